#include "hubprocess.h"

#include <safelink/net/keys.h>

#include <QFile>
#include <QTcpServer>
#include <QThread>

#include <gtest/gtest.h>

namespace safelink::test {

namespace {
QString hubBinary()
{
    return binaryDir() + QStringLiteral("/bin/safelink-hub");
}

QProcessEnvironment englishEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFELINK_LANG"), QStringLiteral("en"));
    return env;
}
} // namespace

HubProcess::HubProcess()
{
    // A free loopback port, reused across restarts.
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    m_process.setProcessEnvironment(englishEnvironment());
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

HubProcess::~HubProcess()
{
    stop();
}

int HubProcess::run(const QStringList &args)
{
    QProcess p;
    p.setProcessEnvironment(englishEnvironment());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(hubBinary(), args);
    if (!p.waitForFinished(120000))
        return -1;
    m_lastOutput = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool HubProcess::setUp(int agents, int demoSubjects)
{
    if (!m_database.writeHubConf(dataDir())) {
        ADD_FAILURE() << "cannot write hub.conf into " << dataDir().toStdString();
        return false;
    }
    if (demoSubjects > 0
        && run({QStringLiteral("demo"), QStringLiteral("--data"), dataDir(), QStringLiteral("--subjects"),
                QString::number(demoSubjects)})
               != 0)
        return false;
    const QString passwordFile = m_dir.file(QStringLiteral("password"));
    QFile f(passwordFile);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(kPassword.toUtf8() + '\n');
    f.close();
    if (run({QStringLiteral("init"), QStringLiteral("--data"), dataDir(), QStringLiteral("--admin-login"),
             QStringLiteral("root"), QStringLiteral("--admin-password-file"), passwordFile})
        != 0)
        return false;
    for (int i = 1; i <= agents; ++i) {
        if (run({QStringLiteral("add-account"), QStringLiteral("--data"), dataDir(),
                 QStringLiteral("--login"), QStringLiteral("agent%1").arg(i), QStringLiteral("--role"),
                 QStringLiteral("agent"), QStringLiteral("--password-file"), passwordFile})
            != 0)
            return false;
    }
    return true;
}

void HubProcess::enableHttp()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    m_httpPort = probe.serverPort();
}

bool HubProcess::start()
{
    m_process.start(hubBinary(),
                    {QStringLiteral("serve"), QStringLiteral("--data"), dataDir(), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--http"),
                     m_httpPort ? QStringLiteral("127.0.0.1:%1").arg(m_httpPort) : QStringLiteral("off")});
    if (!m_process.waitForStarted(10000))
        return false;
    // Ready once it says where it listens.
    QByteArray seen;
    for (int i = 0; i < 200 && !seen.contains("listening"); ++i) {
        m_process.waitForReadyRead(100);
        seen += m_process.readAll();
        if (m_process.state() != QProcess::Running)
            break;
    }
    if (!seen.contains("listening"))
        ADD_FAILURE() << "hub did not start: " << seen.toStdString();
    return seen.contains("listening");
}

void HubProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void HubProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            kill();
    }
}

bool HubProcess::running() const
{
    return m_process.state() == QProcess::Running;
}

QByteArray HubProcess::publicKey() const
{
    auto keys = net::loadKeyPair(dataDir() + QStringLiteral("/hub.key"));
    return keys ? keys->publicKey : QByteArray();
}

} // namespace safelink::test
