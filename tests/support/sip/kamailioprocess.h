#pragma once

// A real Kamailio running packaging/kamailio/kamailio.cfg on a free loopback port (UDP and TCP),
// with its subscriber database (SQLite) in a folder of its own. It can be stopped or killed and
// started again on the same port, as when the center's SIP proxy goes down and comes back.
//
// Kamailio forks worker processes; they are started in a process group of their own so that
// kill() (SIGKILL) takes the workers too: killed alone, the main process leaves them holding
// the port.
#include "testutil.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace safelink::test {

class KamailioProcess {
public:
    // The SIP domain and digest realm of the tests (the proxy's own address).
    static inline const QString kDomain = QStringLiteral("127.0.0.1");

    KamailioProcess();
    ~KamailioProcess();
    KamailioProcess(const KamailioProcess &) = delete;
    KamailioProcess &operator=(const KamailioProcess &) = delete;

    // Adds (or replaces) a seat or terminal account; works while Kamailio runs, too (auth_db
    // reads the table on every request).
    bool addUser(const QString &user, const QString &password);
    bool removeUser(const QString &user);

    // Where calls to numbers that are not subscribers go (the PSTN gateway), e.g.
    // "sip:127.0.0.1:5090". Before start(); empty: such calls get 404.
    void setGateway(const QString &uri) { m_gateway = uri; }
    // Further `-A` defines (e.g. "WITH_DEBUG" for a log line per relayed request).
    void addDefine(const QString &define) { m_defines << define; }

    // Starts Kamailio and waits until it answers a SIP OPTIONS; false (with a test failure
    // naming the log) when it does not within `timeoutMs`.
    bool start(int timeoutMs = 15000);
    // SIGTERM and wait for every process of it; SIGKILL after `timeoutMs`.
    void stop(int timeoutMs = 10000);
    // SIGKILL to all of its processes: no clean shutdown.
    void kill();
    bool isRunning() const;

    // Sends a SIP OPTIONS to the proxy and returns whether any reply came.
    bool ping(int timeoutMs = 500) const;

    quint16 port() const { return m_port; }
    // sip:127.0.0.1:PORT
    QString proxyUri() const;
    // sip:user@127.0.0.1:PORT
    QString userUri(const QString &user) const;
    QString databasePath() const { return m_dir.file(QStringLiteral("sip.sqlite")); }
    QString configPath() const;
    // The command line of the last start() (program first), for logs and bug reports.
    QStringList commandLine() const { return m_commandLine; }
    // Everything Kamailio wrote to stdout/stderr, over all its runs.
    QString logText() const;

private:
    bool createDatabase();
    bool execSql(const QString &sql, const QVariantList &values);
    bool waitGroupGone(int timeoutMs);

    TempDir m_dir;
    QProcess m_process;
    qint64 m_pid = 0;
    quint16 m_port = 0;
    QString m_gateway;
    QStringList m_defines;
    QStringList m_commandLine;
    bool m_databaseReady = false;
};

} // namespace safelink::test
