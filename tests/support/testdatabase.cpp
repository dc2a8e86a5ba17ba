#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace safelink::test {

namespace {

// Runs one statement on the fixture's own database (the one the conf file names), outside any
// transaction as CREATE/DROP DATABASE need; returns the server's complaint, empty when it worked.
QString runOnServer(const store::DatabaseConfig &server, const QString &sql)
{
    const QString name =
        QStringLiteral("safelink-test-admin-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server.host);
        db.setPort(server.port);
        db.setDatabaseName(server.databaseName);
        db.setUserName(server.user);
        db.setPassword(server.password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                problem = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

bool TestDatabase::postgres()
{
    return qEnvironmentVariable("SAFELINK_TEST_BACKEND") == QLatin1String("postgresql");
}

TestDatabase::TestDatabase(const QString &sqlitePath)
{
    m_config.path = sqlitePath;
    if (!postgres())
        return;
    const QString conf = qEnvironmentVariable("SAFELINK_TEST_PG_CONF");
    auto server = store::DatabaseConfig::fromFile(conf);
    m_config = store::DatabaseConfig{.backend = store::Backend::Postgres};
    if (!server || server->backend != store::Backend::Postgres) {
        ADD_FAILURE() << "SAFELINK_TEST_PG_CONF=" << conf.toStdString()
                      << " does not name a PostgreSQL server: "
                      << (server ? "backend is not postgresql" : server.error().toString().toStdString());
        return;
    }
    const QString name =
        QStringLiteral("sl_test_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (const QString problem = runOnServer(*server, QStringLiteral("CREATE DATABASE %1").arg(name));
        !problem.isEmpty()) {
        ADD_FAILURE() << "cannot create the test database " << name.toStdString() << ": "
                      << problem.toStdString();
        return;
    }
    m_config = *server;
    m_config.databaseName = name;
    const QSettings ini(conf, QSettings::IniFormat);
    m_passwordFile = QFileInfo(conf).absoluteDir().absoluteFilePath(
        ini.value(QStringLiteral("database/password-file")).toString());
}

TestDatabase::~TestDatabase()
{
    if (m_config.backend != store::Backend::Postgres || m_config.databaseName.isEmpty())
        return;
    store::DatabaseConfig server = m_config;
    server.databaseName = QSettings(qEnvironmentVariable("SAFELINK_TEST_PG_CONF"), QSettings::IniFormat)
                              .value(QStringLiteral("database/name"))
                              .toString();
    // FORCE: a hub process a test killed may still hold a connection for a moment.
    if (const QString problem = runOnServer(
            server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_config.databaseName));
        !problem.isEmpty())
        ADD_FAILURE() << "cannot drop the test database " << m_config.databaseName.toStdString() << ": "
                      << problem.toStdString();
}

bool TestDatabase::writeHubConf(const QString &dataDir) const
{
    if (m_config.backend != store::Backend::Postgres)
        return true;
    if (!QDir().mkpath(dataDir))
        return false;
    QFile f(QDir(dataDir).filePath(QStringLiteral("hub.conf")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QString text = QStringLiteral("[database]\nbackend=postgresql\nhost=%1\nport=%2\nname=%3\nuser=%4\n"
                                        "password-file=%5\n")
                             .arg(m_config.host)
                             .arg(m_config.port)
                             .arg(m_config.databaseName, m_config.user, m_passwordFile);
    return f.write(text.toUtf8()) > 0;
}

} // namespace safelink::test
