#include "kamailioprocess.h"

#include "siptestutil.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QNetworkDatagram>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUdpSocket>
#include <QUuid>

#include <gtest/gtest.h>

#include <csignal>
#include <unistd.h>

namespace safelink::test {

namespace {
QString md5Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex());
}

// One short-lived connection per operation: Kamailio reads the same file, and a connection of
// ours left open (e.g. after a failed statement) could hold a lock it then waits for.
class Connection {
public:
    explicit Connection(const QString &path)
        : m_name(QStringLiteral("safelink-test-sip-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (!m_open)
            ADD_FAILURE() << "cannot open " << path.toStdString() << ": "
                          << db.lastError().text().toStdString();
    }
    ~Connection()
    {
        {
            auto db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
};

// Whether a process of group `pgid` is still running. Zombies do not count: workers orphaned by
// a killed main process are reparented to PID 1, which in a container may never reap them, and
// they hold no socket any more.
bool groupAlive(qint64 pgid)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[2].toLongLong() == pgid && fields[0] != "Z")
            return true;
    }
    return false;
}
} // namespace

KamailioProcess::KamailioProcess()
{
    m_port = freeLoopbackPort();
    QDir().mkpath(m_dir.file(QStringLiteral("run")));
    // A file, not a pipe: Kamailio logs a lot and must never block on a reader that is busy.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.file(QStringLiteral("kamailio.log")), QIODevice::Append);
    m_process.setWorkingDirectory(m_dir.path());
    // A process group of its own, so that kill() reaches the forked workers.
    m_process.setChildProcessModifier([] { ::setsid(); });
}

KamailioProcess::~KamailioProcess()
{
    kill();
}

QString KamailioProcess::configPath() const
{
    return sourceDir() + QStringLiteral("/packaging/kamailio/kamailio.cfg");
}

QString KamailioProcess::proxyUri() const
{
    return QStringLiteral("sip:%1:%2").arg(kDomain).arg(m_port);
}

QString KamailioProcess::userUri(const QString &user) const
{
    return QStringLiteral("sip:%1@%2:%3").arg(user, kDomain).arg(m_port);
}

QString KamailioProcess::logText() const
{
    QFile f(m_dir.file(QStringLiteral("kamailio.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool KamailioProcess::createDatabase()
{
    if (m_databaseReady)
        return true;
    QFile schema(sourceDir() + QStringLiteral("/packaging/kamailio/sip-users.sql"));
    if (!schema.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << schema.fileName().toStdString();
        return false;
    }
    Connection connection(databasePath());
    if (!connection.isOpen())
        return false;
    // The schema file is for sqlite3; QSqlQuery runs one statement at a time.
    QString sql;
    for (const QString &line : QString::fromUtf8(schema.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QStringLiteral("--")))
            sql += line + QLatin1Char('\n');
    }
    for (const QString &statement : sql.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(connection.db());
        if (!q.exec(statement)) {
            ADD_FAILURE() << "sip-users.sql: " << q.lastError().text().toStdString();
            return false;
        }
    }
    m_databaseReady = true;
    return true;
}

bool KamailioProcess::execSql(const QString &sql, const QVariantList &values)
{
    if (!createDatabase())
        return false;
    Connection connection(databasePath());
    if (!connection.isOpen())
        return false;
    QSqlQuery q(connection.db());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        ADD_FAILURE() << "subscriber table: " << q.lastError().text().toStdString();
        return false;
    }
    return true;
}

bool KamailioProcess::addUser(const QString &user, const QString &password)
{
    // The realm is the domain (kamailio.cfg: auth_check(SIP_DOMAIN, ...)).
    const QString ha1 = md5Hex(user + QLatin1Char(':') + kDomain + QLatin1Char(':') + password);
    const QString ha1b =
        md5Hex(user + QLatin1Char('@') + kDomain + QLatin1Char(':') + kDomain + QLatin1Char(':') + password);
    return execSql(QStringLiteral("INSERT OR REPLACE INTO subscriber (username, domain, password, ha1, ha1b) "
                                  "VALUES (?, ?, '', ?, ?)"),
                   {user, kDomain, ha1, ha1b});
}

bool KamailioProcess::removeUser(const QString &user)
{
    return execSql(QStringLiteral("DELETE FROM subscriber WHERE username = ? AND domain = ?"),
                   {user, kDomain});
}

bool KamailioProcess::start(int timeoutMs)
{
    if (isRunning())
        return true;
    if (!haveProgram(QStringLiteral("kamailio"))) {
        ADD_FAILURE() << "kamailio is not installed (SAFELINK_TEST_PACKAGES in packaging/scripts/common.sh)";
        return false;
    }
    if (m_port == 0) {
        ADD_FAILURE() << "no free loopback port for Kamailio";
        return false;
    }
    if (!createDatabase())
        return false;

    const QString listen = QStringLiteral("%1:%2").arg(kDomain).arg(m_port);
    QStringList args{
        QStringLiteral("-DD"),
        QStringLiteral("-E"),
        QStringLiteral("-f"),
        configPath(),
        // Runtime and working folders of its own: nothing is written to /run or /var.
        QStringLiteral("-Y"),
        m_dir.file(QStringLiteral("run")),
        QStringLiteral("-w"),
        m_dir.path(),
        QStringLiteral("-l"),
        QStringLiteral("udp:") + listen,
        QStringLiteral("-l"),
        QStringLiteral("tcp:") + listen,
        // Small: the test machine is shared, a handful of calls need little memory and few workers.
        QStringLiteral("-m"),
        QStringLiteral("32"),
        QStringLiteral("-M"),
        QStringLiteral("4"),
        QStringLiteral("-A"),
        QStringLiteral("CHILDREN=2"),
        QStringLiteral("-A"),
        QStringLiteral("SIP_DOMAIN=\"%1\"").arg(kDomain),
        // db_sqlite takes what follows "sqlite://" as host and path: an absolute path needs "///".
        QStringLiteral("-A"),
        QStringLiteral("DBURL=\"sqlite:///%1\"").arg(databasePath()),
    };
    if (!m_gateway.isEmpty())
        args << QStringLiteral("-A") << QStringLiteral("GATEWAY=\"%1\"").arg(m_gateway);
    for (const QString &define : m_defines)
        args << QStringLiteral("-A") << define;

    m_commandLine = QStringList{QStringLiteral("kamailio")} + args;
    m_process.start(QStringLiteral("kamailio"), args);
    if (!m_process.waitForStarted(10000)) {
        ADD_FAILURE() << "kamailio did not start: " << m_process.errorString().toStdString();
        return false;
    }
    m_pid = m_process.processId();

    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        if (ping(200))
            return true;
        QThread::msleep(50);
    }
    ADD_FAILURE() << "Kamailio did not answer on " << listen.toStdString() << "; its log ends:\n"
                  << lastLines(logText(), 40).toStdString();
    kill();
    return false;
}

bool KamailioProcess::ping(int timeoutMs) const
{
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::LocalHost, 0))
        return false;
    const QByteArray callId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QByteArray request = QStringLiteral("OPTIONS sip:%1:%2 SIP/2.0\r\n"
                                              "Via: SIP/2.0/UDP 127.0.0.1:%3;branch=z9hG4bK%4;rport\r\n"
                                              "Max-Forwards: 70\r\n"
                                              "From: <sip:probe@127.0.0.1:%3>;tag=probe\r\n"
                                              "To: <sip:%1:%2>\r\n"
                                              "Call-ID: %4\r\n"
                                              "CSeq: 1 OPTIONS\r\n"
                                              "Content-Length: 0\r\n\r\n")
                                   .arg(kDomain)
                                   .arg(m_port)
                                   .arg(socket.localPort())
                                   .arg(QString::fromLatin1(callId))
                                   .toUtf8();
    socket.writeDatagram(request, QHostAddress::LocalHost, m_port);
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.receiveDatagram().data().startsWith("SIP/2.0 ");
}

bool KamailioProcess::waitGroupGone(int timeoutMs)
{
    if (m_pid <= 0)
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    while (groupAlive(m_pid)) {
        if (deadline.hasExpired())
            return false;
        // Reaps the main process once it has exited.
        m_process.waitForFinished(20);
    }
    m_process.waitForFinished(1000);
    m_pid = 0;
    return true;
}

void KamailioProcess::stop(int timeoutMs)
{
    if (m_pid <= 0)
        return;
    // The main process tells its workers to stop.
    ::kill(pid_t(m_pid), SIGTERM);
    if (!waitGroupGone(timeoutMs))
        kill();
}

void KamailioProcess::kill()
{
    if (m_pid <= 0)
        return;
    ::kill(pid_t(-m_pid), SIGKILL);
    waitGroupGone(10000);
}

bool KamailioProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

} // namespace safelink::test
