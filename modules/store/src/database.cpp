#include "migrations.h"
#include "postgresdialect.h"
#include "sqlitedialect.h"

#include <safelink/store/database.h>
#include <safelink/store/dialect.h>

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcStore, "safelink.store")

namespace safelink::store {

namespace {
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("safelink-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    qCWarning(lcStore) << what << "failed:" << error.text();
    const ErrorCode code =
        error.nativeErrorCode() == QLatin1String("2067")             // SQLITE_CONSTRAINT_UNIQUE
                || error.nativeErrorCode() == QLatin1String("1555")  // SQLITE_CONSTRAINT_PRIMARYKEY
                || error.nativeErrorCode() == QLatin1String("23505") // PostgreSQL unique_violation
            ? ErrorCode::Conflict
            : ErrorCode::Storage;
    return makeError(code,
                     Database::tr("The database refused the operation (%1): %2").arg(what, error.text()));
}

QString DatabaseConfig::describe() const
{
    if (backend == Backend::Sqlite)
        return path;
    return Database::tr("PostgreSQL database %1 on %2:%3")
        .arg(databaseName, host.isEmpty() ? QStringLiteral("localhost") : host)
        .arg(port);
}

Result<DatabaseConfig> DatabaseConfig::fromFile(const QString &iniFile, const QString &defaultSqlitePath)
{
    if (!QFileInfo(iniFile).isFile())
        return makeError(ErrorCode::Io,
                         Database::tr("The configuration file %1 does not exist.").arg(iniFile));
    QSettings ini(iniFile, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return makeError(ErrorCode::Invalid,
                         Database::tr("The configuration file %1 is not a valid INI file.").arg(iniFile));
    ini.beginGroup(QStringLiteral("database"));
    const QDir base = QFileInfo(iniFile).absoluteDir();
    auto text = [&](const char *key) {
        const QVariant v = ini.value(QLatin1String(key));
        // QSettings reads an unquoted value with commas as a list.
        return v.typeId() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char(','))
                                                    : v.toString().trimmed();
    };
    // "hub.conf: what is wrong"; the messages name the key.
    auto invalid = [&](const QString &message) -> Error {
        return makeError(ErrorCode::Invalid, iniFile + QStringLiteral(": ") + message);
    };

    DatabaseConfig config;
    const QString backend = text("backend").toLower();
    if (backend.isEmpty() || backend == QLatin1String("sqlite")) {
        const QString path = text("path");
        config.path = path.isEmpty() ? defaultSqlitePath : base.absoluteFilePath(path);
        if (config.path.isEmpty())
            return invalid(Database::tr("[database] path: the SQLite database file is missing."));
        return config;
    }
    if (backend != QLatin1String("postgresql") && backend != QLatin1String("postgres"))
        return invalid(
            Database::tr("[database] backend: unknown database backend \"%1\"; use sqlite or postgresql.")
                .arg(backend));
    config.backend = Backend::Postgres;
    config.host = text("host");
    config.databaseName = text("name");
    config.user = text("user");
    config.sslMode = text("sslmode");
    if (const QString port = text("port"); !port.isEmpty()) {
        bool ok = false;
        config.port = port.toInt(&ok);
        if (!ok || config.port < 1 || config.port > 65535)
            return invalid(Database::tr("[database] port: \"%1\" is not a port number.").arg(port));
    }
    if (config.databaseName.isEmpty())
        return invalid(Database::tr("[database] name: the PostgreSQL database name is missing."));
    if (ini.contains(QStringLiteral("password")))
        return invalid(
            Database::tr("[database] password: the password does not belong here; put it in a file "
                         "that only the hub's user may read, and name that file with password-file."));
    if (const QString name = text("password-file"); !name.isEmpty()) {
        QFile file(base.absoluteFilePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return invalid(Database::tr("[database] password-file: cannot read %1.").arg(file.fileName()));
        constexpr auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                | QFileDevice::WriteOther;
        if (file.permissions() & others)
            return invalid(
                Database::tr("[database] password-file: other users may read or change %1; make it "
                             "private to its owner (chmod 600 %1).")
                    .arg(file.fileName()));
        QByteArray line = file.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        config.password = QString::fromUtf8(line);
    }
    return config;
}

Database::Database(DatabaseConfig config, QSqlDatabase db, std::unique_ptr<Dialect> dialect)
    : m_config(std::move(config))
    , m_db(std::move(db))
    , m_dialect(std::move(dialect))
{
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config)
{
    QSqlDatabase db;
    std::unique_ptr<Dialect> dialect;
    if (config.backend == Backend::Postgres) {
        if (config.databaseName.isEmpty())
            return makeError(ErrorCode::Invalid, tr("No PostgreSQL database name given."),
                             QStringLiteral("name"));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return makeError(ErrorCode::Unsupported,
                             tr("Qt's PostgreSQL driver is not installed (Debian package libqt6sql6-psql)."));
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), nextConnectionName());
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.databaseName);
        db.setUserName(config.user);
        db.setPassword(config.password);
        QStringList options{QStringLiteral("connect_timeout=10"),
                            QStringLiteral("application_name=safelink")};
        if (!config.sslMode.isEmpty())
            options.append(QStringLiteral("sslmode=") + config.sslMode);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        dialect = std::make_unique<PostgresDialect>();
    } else {
        if (config.path.isEmpty())
            return makeError(ErrorCode::Invalid, tr("No database file given."), QStringLiteral("path"));
        const QFileInfo info(config.path);
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
        db.setDatabaseName(config.path);
        dialect = std::make_unique<SqliteDialect>();
    }
    if (!db.open()) {
        const QString reason = db.lastError().text();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Io, tr("Cannot open the database %1: %2").arg(config.describe(), reason));
    }
    std::unique_ptr<Database> out(new Database(config, db, std::move(dialect)));
    for (const QString &sql : out->dialect().connectionSetup()) {
        QSqlQuery q(out->m_db);
        if (!q.exec(sql))
            return sqlError(sql, q.lastError());
    }
    if (config.backend == Backend::Postgres) {
        if (Status s = PostgresDialect::checkServer(*out); !s)
            return s.error();
    }
    qCInfo(lcStore) << "opened" << config.describe() << "with" << out->dialect().name();
    return out;
}

int Database::latestSchemaVersion()
{
    return migrations().last().version;
}

Result<int> Database::schemaVersion() const
{
    auto exists = m_dialect->hasTable(*this, QStringLiteral("schema_migrations"));
    if (!exists)
        return exists.error();
    if (!*exists)
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return sqlError(QStringLiteral("schema version"), q.lastError());
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

Status Database::migrate(int target)
{
    const int latest = latestSchemaVersion();
    if (target < 0)
        target = latest;
    if (target > latest)
        return makeError(ErrorCode::Invalid,
                         tr("There is no schema version %1; the newest is %2.").arg(target).arg(latest));
    auto current = schemaVersion();
    if (!current)
        return current.error();
    if (*current > latest) {
        qCCritical(lcStore) << "database" << m_config.describe() << "has schema" << *current << "newer than"
                            << latest;
        return makeError(
            ErrorCode::Unsupported,
            tr("The database %1 has schema version %2, but this program only knows up to version %3. "
               "It was written by a newer Safelink; install that version (the file was not changed).")
                .arg(m_config.describe())
                .arg(*current)
                .arg(latest));
    }
    if (*current == 0) {
        if (Status s = exec(
                QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
            !s)
            return s;
    }
    for (const Migration &m : migrations()) {
        if (m.version <= *current || m.version > target)
            continue;
        Status s = transaction([&]() -> Status {
            for (const QString &sql : m.statements(*m_dialect)) {
                if (Status e = exec(sql); !e)
                    return e;
            }
            if (m.backfill) {
                if (Status e = m.backfill(*this); !e)
                    return e;
            }
            QSqlQuery q(m_db);
            q.prepare(
                QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
            q.addBindValue(m.version);
            q.addBindValue(QString::fromLatin1(m.name));
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!q.exec())
                return sqlError(QStringLiteral("record migration"), q.lastError());
            return {};
        });
        if (!s)
            return makeError(s.error().code, tr("Migration %1 (%2) failed: %3")
                                                 .arg(m.version)
                                                 .arg(QString::fromLatin1(m.name), s.error().message));
        qCInfo(lcStore) << "migrated" << m_config.describe() << "to schema" << m.version << m.name;
    }
    return {};
}

Status Database::transaction(const std::function<Status()> &work)
{
    const bool outermost = m_transactionDepth == 0;
    if (outermost) {
        if (!m_db.transaction())
            return sqlError(QStringLiteral("begin"), m_db.lastError());
        m_rollbackOnly = false;
    }
    ++m_transactionDepth;
    Status s = work();
    --m_transactionDepth;
    if (!s)
        m_rollbackOnly = true;
    if (!outermost)
        return s;
    if (!m_rollbackOnly) {
        if (Status flushed = m_dialect->flushPending(*this); !flushed) {
            s = flushed;
            m_rollbackOnly = true;
        }
    }
    if (m_rollbackOnly) {
        m_dialect->discardPending();
        // Statements still open keep SQLite from rolling back cleanly.
        for (QSqlQuery &q : m_statements)
            q.finish();
        m_db.rollback();
        m_rollbackOnly = false;
        m_afterCommit.clear();
        return s.ok() ? Status(makeError(ErrorCode::Storage, tr("The transaction was rolled back."))) : s;
    }
    for (QSqlQuery &q : m_statements)
        q.finish();
    if (!m_db.commit()) {
        const Error e = sqlError(QStringLiteral("commit"), m_db.lastError());
        m_db.rollback();
        m_afterCommit.clear();
        return e;
    }
    const QList<std::function<void()>> callbacks = std::exchange(m_afterCommit, {});
    for (const auto &fn : callbacks)
        fn();
    return {};
}

void Database::afterCommit(std::function<void()> fn)
{
    if (m_transactionDepth == 0)
        fn();
    else
        m_afterCommit.append(std::move(fn));
}

Status Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return sqlError(sql.left(60), q.lastError());
    return {};
}

Result<QSqlQuery *> Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return sqlError(sql.left(60), q.lastError());
        it = m_statements.insert(sql, q);
    }
    return &it.value();
}

QString normaliseSearchText(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded().simplified();
}

Result<bool> Dialect::hasTable(const Database &db, const QString &table) const
{
    return db.connection().tables().contains(table);
}

QStringList shortSearchGrams(const QString &text)
{
    QStringList grams;
    QSet<QString> seen;
    auto add = [&](const QString &g) {
        if (!seen.contains(g)) {
            seen.insert(g);
            grams.append(g);
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text[i].isLetterOrNumber())
            continue;
        add(text.mid(i, 1));
        if (i + 1 < text.size() && text[i + 1].isLetterOrNumber())
            add(text.mid(i, 2));
    }
    return grams;
}

} // namespace safelink::store
