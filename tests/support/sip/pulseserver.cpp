#include "pulseserver.h"

#include "siptestutil.h"

#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace safelink::test {

PulseServer::PulseServer() = default;

PulseServer::~PulseServer()
{
    stop();
}

bool PulseServer::start(double micHz)
{
    if (!haveProgram(QStringLiteral("pulseaudio")))
        return false;
    QFile config(m_dir.file(QStringLiteral("default.pa")));
    if (!config.open(QIODevice::WriteOnly))
        return false;
    config.write(
        QStringLiteral("load-module module-native-protocol-unix socket=%1 auth-anonymous=1\n"
                       "load-module module-null-sink sink_name=speakers "
                       "sink_properties=device.description=Laptop-Speakers\n"
                       "load-module module-sine-source source_name=agentmic rate=48000 frequency=%2\n"
                       "set-default-sink speakers\nset-default-source agentmic\n")
            .arg(socketPath())
            .arg(micHz)
            .toUtf8());
    config.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.path());
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList args{QStringLiteral("-n"),
                           QStringLiteral("-F"),
                           config.fileName(),
                           QStringLiteral("--daemonize=no"),
                           QStringLiteral("--exit-idle-time=%1").arg(m_idleExit > 0 ? m_idleExit : -1),
                           QStringLiteral("--log-target=stderr"),
                           QStringLiteral("--use-pid-file=no"),
                           QStringLiteral("--system=false")};
    if (m_idleExit > 0) {
        // Detached, so that neither stop() nor QProcess's destructor ends it.
        m_process.setProgram(QStringLiteral("pulseaudio"));
        m_process.setArguments(args);
        m_process.setStandardOutputFile(m_dir.file(QStringLiteral("pulseaudio.log")));
        m_process.setStandardErrorFile(m_dir.file(QStringLiteral("pulseaudio.log")), QIODevice::Append);
        if (!m_process.startDetached(&m_detachedPid))
            return false;
    } else {
        m_process.start(QStringLiteral("pulseaudio"), args);
        if (!m_process.waitForStarted(5000))
            return false;
    }
    if (!waitUntil([this] { return QFileInfo::exists(socketPath()); }, 10000))
        return false;
    qputenv("PULSE_SERVER", ("unix:" + socketPath()).toUtf8());
    return true;
}

void PulseServer::stop()
{
    if (m_detachedPid)
        return; // it ends by itself once this process is gone (outliveThisProcess)
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    qunsetenv("PULSE_SERVER");
}

int PulseServer::pactl(const QStringList &args, QString *output) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + socketPath());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("pactl"), args);
    p.waitForFinished(10000);
    if (output)
        *output = QString::fromLocal8Bit(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString PulseServer::logText() const
{
    if (m_detachedPid) {
        QFile log(m_dir.file(QStringLiteral("pulseaudio.log")));
        return log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
    }
    return QString::fromLocal8Bit(const_cast<QProcess &>(m_process).readAll());
}

} // namespace safelink::test
