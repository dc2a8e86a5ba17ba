#include <safelink/store/database.h>
#include <safelink/store/dialect.h>
#include <safelink/store/replicafile.h>

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace safelink::store {

Result<qint64> writeReplicaSeed(Database &db, const QString &file)
{
    if (db.config().backend != Backend::Sqlite)
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("replica seed files need the SQLite backend"));
    QFile::remove(file);
    if (Status s = db.dialect().backupTo(db, file); !s)
        return s.error();
    auto copy = Database::open(DatabaseConfig{.path = file});
    if (!copy)
        return copy.error();
    Database &c = **copy;
    auto seq = [&]() -> Result<qint64> {
        QSqlQuery q(c.connection());
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes")) || !q.next())
            return sqlError(QStringLiteral("seed seq"), q.lastError());
        return q.value(0).toLongLong();
    }();
    if (!seq)
        return seq.error();
    Status s = c.transaction([&]() -> Status {
        // The audit log refuses deletes; in this copy it goes whole and comes back empty.
        for (const QString &sql :
             {QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"),
              QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"),
              QStringLiteral("DELETE FROM audit_log"), QStringLiteral("DELETE FROM account_secrets"),
              QStringLiteral("DELETE FROM sessions"), QStringLiteral("DELETE FROM changes"),
              QStringLiteral("DELETE FROM outbox"), QStringLiteral("DELETE FROM sync_state"),
              // The hub's own bookkeeping: where recordings lie on its disk, the center's policy.
              QStringLiteral("DELETE FROM recordings"), QStringLiteral("DELETE FROM center_settings"),
              QStringLiteral("DELETE FROM seat_secrets")}) {
            if (Status st = c.exec(sql); !st)
                return st;
        }
        for (const QString &sql : c.dialect().appendOnly(QStringLiteral("audit_log"))) {
            if (Status st = c.exec(sql); !st)
                return st;
        }
        QSqlQuery q(c.connection());
        q.prepare(QStringLiteral("INSERT INTO sync_state (name, value) VALUES ('last_seq', ?)"));
        q.addBindValue(QString::number(*seq));
        if (!q.exec())
            return sqlError(QStringLiteral("seed state"), q.lastError());
        return {};
    });
    if (!s)
        return s.error();
    // One file, no -wal beside it: what is sent is complete.
    (void)c.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    (void)c.exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    qCInfo(lcStore) << "replica seed" << file << "at seq" << *seq << QFileInfo(file).size() / 1048576 << "MB";
    return *seq;
}

Status Database::replaceFile(const QString &newFile)
{
    if (m_transactionDepth > 0)
        return makeError(ErrorCode::Internal, QStringLiteral("replaceFile inside a transaction"));
    const QString path = m_config.path;
    m_statements.clear();
    m_dialect->discardPending();
    m_db.close();
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    QFile::remove(path);
    const bool moved = QFile::rename(newFile, path);
    if (!m_db.open())
        return makeError(ErrorCode::Io,
                         tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text()));
    for (const QString &sql : m_dialect->connectionSetup()) {
        if (Status s = exec(sql); !s)
            return s;
    }
    if (!moved)
        return makeError(ErrorCode::Io, tr("Cannot put %1 in place of %2.").arg(newFile, path));
    qCInfo(lcStore) << "replaced" << path << "with a received snapshot";
    return {};
}

} // namespace safelink::store
