#include "sqlitedialect.h"

#include <safelink/store/database.h>

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace safelink::store {

QStringList SqliteDialect::connectionSetup() const
{
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the
        // last commits, which the desks' outboxes re-send.
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        // 64 MB of page cache: a bulk load or a snapshot in one transaction otherwise spills pages to
        // the WAL over and over.
        QStringLiteral("PRAGMA cache_size=-65536"),
    };
}

QStringList SqliteDialect::appendOnly(const QString &table) const
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%1 is "
                       "append-only'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%1 is "
                       "append-only'); END")
            .arg(table),
    };
}

Status SqliteDialect::backupTo(Database &db, const QString &file) const
{
    // VACUUM INTO writes a compact, consistent snapshot without blocking writers for long.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(file);
    if (!q.exec())
        return sqlError(QStringLiteral("backup"), q.lastError());
    return {};
}

Result<QStringList> SqliteDialect::integrityCheck(Database &db) const
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QStringLiteral("integrity check"), q.lastError());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

// Each index is an FTS5 trigram table over the full text, an FTS5 table of one- and two-character
// grams (one token each), and a key table that maps the owner's text id to the shared rowid, so that
// replacing one owner's text is indexed, not a scan.
QStringList SqliteDialect::createSearchIndex(const QString &index) const
{
    return {
        QStringLiteral("CREATE TABLE %1_keys (docid INTEGER PRIMARY KEY, owner_id TEXT NOT NULL UNIQUE)")
            .arg(index),
        QStringLiteral("CREATE VIRTUAL TABLE %1_fts USING fts5(text, tokenize='trigram')").arg(index),
        QStringLiteral(
            "CREATE VIRTUAL TABLE %1_short USING fts5(grams, tokenize='unicode61 remove_diacritics 0', "
            "detail='none')")
            .arg(index),
    };
}

QString SqliteDialect::shortGrams(const QString &text)
{
    return shortSearchGrams(text).join(QLatin1Char(' '));
}

Status SqliteDialect::searchPut(Database &db, const QString &index, const QString &ownerId,
                                const QString &text, const QString &shortText) const
{
    // A new owner gets a new docid and needs no delete: deleting from FTS5 forces it to flush the
    // rows it is still collecting in memory, which made bulk loads write one segment per row.
    auto ins = db.prepared(
        QStringLiteral(
            "INSERT INTO %1_keys (owner_id) VALUES (?) ON CONFLICT (owner_id) DO NOTHING RETURNING docid")
            .arg(index));
    if (!ins)
        return ins.error();
    QSqlQuery &k = **ins;
    k.addBindValue(ownerId);
    if (!k.exec())
        return sqlError(QStringLiteral("search key"), k.lastError());
    qint64 docid = -1;
    const bool fresh = k.next();
    if (fresh)
        docid = k.value(0).toLongLong();
    k.finish();
    if (fresh) {
        QList<PendingDoc> &pending = m_pending[index];
        pending.append(PendingDoc{docid, text, shortGrams(shortText)});
        return pending.size() >= 2000 ? flushPending(db) : Status();
    }
    if (Status s = flushPending(db); !s) // the owner's row may still be in the buffer
        return s;
    {
        auto sel = db.prepared(QStringLiteral("SELECT docid FROM %1_keys WHERE owner_id = ?").arg(index));
        if (!sel)
            return sel.error();
        (*sel)->addBindValue(ownerId);
        if (!(*sel)->exec() || !(*sel)->next())
            return sqlError(QStringLiteral("search key"), (*sel)->lastError());
        docid = (*sel)->value(0).toLongLong();
        (*sel)->finish();
        for (const char *table : {"fts", "short"}) {
            auto del = db.prepared(
                QStringLiteral("DELETE FROM %1_%2 WHERE rowid = ?").arg(index, QLatin1String(table)));
            if (!del)
                return del.error();
            (*del)->addBindValue(docid);
            if (!(*del)->exec())
                return sqlError(QStringLiteral("search delete"), (*del)->lastError());
        }
    }
    m_pending[index].append(PendingDoc{docid, text, shortGrams(shortText)});
    return flushPending(db);
}

Status SqliteDialect::flushPending(Database &db) const
{
    constexpr qsizetype batch = 200; // 600 parameters per statement
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const QList<PendingDoc> &docs = it.value();
        for (qsizetype from = 0; from < docs.size(); from += batch) {
            const qsizetype n = std::min(batch, docs.size() - from);
            QStringList rows;
            for (qsizetype i = 0; i < n; ++i)
                rows.append(QStringLiteral("(?, ?)"));
            for (int column = 0; column < 2; ++column) {
                auto q = db.prepared(QStringLiteral("INSERT INTO %1_%2 (rowid, %3) VALUES ")
                                         .arg(it.key(),
                                              column == 0 ? QStringLiteral("fts") : QStringLiteral("short"),
                                              column == 0 ? QStringLiteral("text") : QStringLiteral("grams"))
                                     + rows.join(QLatin1Char(',')));
                if (!q) {
                    m_pending.clear();
                    return q.error();
                }
                for (qsizetype i = from; i < from + n; ++i) {
                    (*q)->addBindValue(docs[i].docid);
                    (*q)->addBindValue(column == 0 ? docs[i].text : docs[i].shortGrams);
                }
                if (!(*q)->exec()) {
                    m_pending.clear();
                    return sqlError(QStringLiteral("search insert"), (*q)->lastError());
                }
            }
        }
    }
    m_pending.clear();
    return {};
}

void SqliteDialect::discardPending() const
{
    m_pending.clear();
}

Status SqliteDialect::searchClear(Database &db, const QString &index) const
{
    m_pending.remove(index);
    for (const char *table : {"fts", "short", "keys"}) {
        if (Status s = db.exec(QStringLiteral("DELETE FROM %1_%2").arg(index, QLatin1String(table))); !s)
            return s;
    }
    return {};
}

Status SqliteDialect::searchRemove(Database &db, const QString &index, const QString &ownerId) const
{
    if (Status s = flushPending(db); !s)
        return s;
    for (const char *table : {"fts", "short"}) {
        auto del =
            db.prepared(QStringLiteral("DELETE FROM %1_%2 WHERE rowid = (SELECT docid FROM %1_keys WHERE "
                                       "owner_id = ?)")
                            .arg(index, QLatin1String(table)));
        if (!del)
            return del.error();
        (*del)->addBindValue(ownerId);
        if (!(*del)->exec())
            return sqlError(QStringLiteral("search remove"), (*del)->lastError());
    }
    auto key = db.prepared(QStringLiteral("DELETE FROM %1_keys WHERE owner_id = ?").arg(index));
    if (!key)
        return key.error();
    (*key)->addBindValue(ownerId);
    if (!(*key)->exec())
        return sqlError(QStringLiteral("search remove key"), (*key)->lastError());
    return {};
}

// Every term must match. Terms of three or more characters are phrases in the trigram index; shorter
// ones are tokens of the gram index. Everything the user typed is quoted, so nothing in a query is FTS
// syntax. Results come in index order, not ranked: ranking every match of a common word (高血压
// matches half the subjects) cost 60-100 ms, and agents narrow with a second term.
Result<QStringList> SqliteDialect::searchQuery(Database &db, const QString &index, const QString &query,
                                               int limit) const
{
    if (Status s = flushPending(db); !s)
        return s.error();
    const QStringList terms = normaliseSearchText(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList longTerms;
    QStringList shortTerms;
    for (const QString &t : terms) {
        QString quoted = t;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        (t.size() >= 3 ? longTerms : shortTerms).append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    }
    if (longTerms.isEmpty() && shortTerms.isEmpty())
        return QStringList();
    QString sql = QStringLiteral("SELECT owner_id FROM %1_keys WHERE 1 = 1").arg(index);
    if (!longTerms.isEmpty())
        sql += QStringLiteral(" AND docid IN (SELECT rowid FROM %1_fts WHERE %1_fts MATCH ?)").arg(index);
    if (!shortTerms.isEmpty())
        sql += QStringLiteral(" AND docid IN (SELECT rowid FROM %1_short WHERE %1_short MATCH ?)").arg(index);
    sql += QStringLiteral(" LIMIT ?");
    auto q = db.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery &query_ = **q;
    if (!longTerms.isEmpty())
        query_.addBindValue(longTerms.join(QStringLiteral(" AND ")));
    if (!shortTerms.isEmpty())
        query_.addBindValue(shortTerms.join(QStringLiteral(" AND ")));
    query_.addBindValue(limit);
    if (!query_.exec())
        return sqlError(QStringLiteral("search"), query_.lastError());
    QStringList ids;
    while (query_.next())
        ids.append(query_.value(0).toString());
    query_.finish();
    return ids;
}

} // namespace safelink::store
