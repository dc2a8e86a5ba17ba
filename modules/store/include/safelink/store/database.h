#pragma once

#include <safelink/core/result.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace safelink::store {

class Dialect;

enum class Backend { Sqlite, Postgres };

struct DatabaseConfig {
    Backend backend = Backend::Sqlite;
    QString path; // SQLite: the database file (created when missing)
    // PostgreSQL (the hub of a larger center):
    QString host;
    int port = 5432;
    QString databaseName;
    QString user;
    QString password;
    QString sslMode; // libpq's sslmode (disable, require, verify-full...); empty: libpq's default

    // The database as people name it: the file, or "name on host:port".
    QString describe() const;

    // Reads the [database] section of an INI file (a data folder's hub.conf):
    //   backend=sqlite|postgresql  (default sqlite)
    //   path=FILE                  SQLite, relative to the file's folder (default `defaultSqlitePath`)
    //   host=, port=, name=, user=, sslmode=, password-file=FILE
    // The password file holds the password on its first line and must not be readable by others
    // than its owner (0600); a relative path is relative to the INI file's folder.
    static Result<DatabaseConfig> fromFile(const QString &iniFile, const QString &defaultSqlitePath = {});
};

// One open connection with its dialect. Not shared across threads: each thread that needs the
// database opens its own (Qt's QSqlDatabase rule).
class Database {
    Q_DECLARE_TR_FUNCTIONS(safelink::store::Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (and for SQLite creates) the database. Does not migrate: call migrate().
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config);

    // Brings the schema up to `target` (default: the newest this binary knows), one numbered
    // migration per transaction. A database newer than the binary is refused (ErrorCode::Unsupported)
    // and left untouched.
    Status migrate(int target = -1);
    Result<int> schemaVersion() const;
    static int latestSchemaVersion();

    QSqlDatabase &connection() { return m_db; }
    const QSqlDatabase &connection() const { return m_db; }
    const Dialect &dialect() const { return *m_dialect; }
    const DatabaseConfig &config() const { return m_config; }

    // Runs `work` in a transaction; nested calls join the outer one. Rolled back when `work` fails.
    Status transaction(const std::function<Status()> &work);

    // Runs `fn` once the outermost transaction has committed (at once when none is open); dropped
    // when it rolls back. What announces a write must not announce one that was rolled back.
    void afterCommit(std::function<void()> fn);

    // Executes one statement without results (DDL, maintenance); errors carry the SQL's reason.
    Status exec(const QString &sql);

    // A prepared statement for `sql`, prepared once per connection and reused (preparing costs
    // more than running on SQLite). Bind values and exec(); the caller must not keep it past the
    // next prepared() call for the same SQL.
    Result<QSqlQuery *> prepared(const QString &sql);

    // Replaces this database's file with `newFile` (a snapshot a desk received) and reopens it on
    // the same connection; refused inside a transaction. (replicafile.cpp)
    Status replaceFile(const QString &newFile);

private:
    Database(DatabaseConfig config, QSqlDatabase db, std::unique_ptr<Dialect> dialect);

    DatabaseConfig m_config;
    QSqlDatabase m_db;
    std::unique_ptr<Dialect> m_dialect;
    QHash<QString, QSqlQuery> m_statements;
    QList<std::function<void()>> m_afterCommit;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

// The error value for a failed query, with the driver's reason; logs it too.
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace safelink::store
