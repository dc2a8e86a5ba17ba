#pragma once

// A real safelink-hub process for integration tests: its own data folder (init, accounts), started
// with `serve` on a fixed loopback port so that it can be killed and restarted on the same port.
// Its database is hub.sqlite in the data folder, or with SAFELINK_TEST_BACKEND=postgresql a database
// of its own on the PostgreSQL test server, named in the folder's hub.conf.
#include "testdatabase.h"
#include "testutil.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace safelink::test {

class HubProcess {
public:
    HubProcess();
    ~HubProcess();

    // init with admin "root", plus agents agent1..agentN, all with the password kPassword.
    // demoSubjects > 0: the data folder first gets a demo center of that many subjects.
    bool setUp(int agents = 3, int demoSubjects = 0);
    bool start();
    // Serve the HTTP API too, on a free loopback port (before start()); httpPort() says where.
    void enableHttp();
    quint16 httpPort() const { return m_httpPort; }
    // SIGKILL: no clean shutdown, as when the machine loses power or the process is killed.
    void kill();
    void stop();
    bool running() const;

    // Runs `safelink-hub args...` in English and returns its exit code (output in lastOutput()).
    int run(const QStringList &args);
    QString lastOutput() const { return m_lastOutput; }

    QString dataDir() const { return m_dir.file(QStringLiteral("hub")); }
    // The SQLite file of the hub (unused on PostgreSQL: open databaseConfig() instead).
    QString databasePath() const { return dataDir() + QStringLiteral("/hub.sqlite"); }
    // What the hub opens, for a test that looks into its database once it has stopped.
    const store::DatabaseConfig &databaseConfig() const { return m_database.config(); }
    quint16 port() const { return m_port; }
    QByteArray publicKey() const;
    QString scratch(const QString &name) const { return m_dir.file(name); }

    static inline const QString kPassword = QStringLiteral("Test-pass-2026");

private:
    TempDir m_dir;
    TestDatabase m_database{databasePath()};
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_httpPort = 0;
    QString m_lastOutput;
};

} // namespace safelink::test
