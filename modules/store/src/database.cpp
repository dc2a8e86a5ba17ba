#include "migrations.h"
#include "sqlitedialect.h"

#include <safelink/store/database.h>
#include <safelink/store/dialect.h>

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
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
    if (config.backend != Backend::Sqlite)
        return makeError(ErrorCode::Unsupported, tr("This build supports only the SQLite backend."));
    if (config.path.isEmpty())
        return makeError(ErrorCode::Invalid, tr("No database file given."), QStringLiteral("path"));
    const QFileInfo info(config.path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), nextConnectionName());
    db.setDatabaseName(config.path);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        const QString name = db.connectionName();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Io, tr("Cannot open the database %1: %2").arg(config.path, reason));
    }
    auto dialect = std::make_unique<SqliteDialect>();
    std::unique_ptr<Database> out(new Database(config, db, std::move(dialect)));
    for (const QString &sql : out->dialect().connectionSetup()) {
        QSqlQuery q(out->m_db);
        if (!q.exec(sql))
            return sqlError(sql, q.lastError());
    }
    qCInfo(lcStore) << "opened" << config.path << "with" << out->dialect().name();
    return out;
}

int Database::latestSchemaVersion()
{
    return migrations().last().version;
}

Result<int> Database::schemaVersion() const
{
    if (!m_db.tables().contains(QStringLiteral("schema_migrations")))
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
        qCCritical(lcStore) << "database" << m_config.path << "has schema" << *current << "newer than"
                            << latest;
        return makeError(
            ErrorCode::Unsupported,
            tr("The database %1 has schema version %2, but this program only knows up to version %3. "
               "It was written by a newer Safelink; install that version (the file was not changed).")
                .arg(m_config.path)
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
        qCInfo(lcStore) << "migrated" << m_config.path << "to schema" << m.version << m.name;
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

} // namespace safelink::store
