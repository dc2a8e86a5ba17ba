#include "postgresdialect.h"

#include <safelink/store/database.h>

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace safelink::store {

QStringList PostgresDialect::connectionSetup() const
{
    return {
        // Times are stored as ISO text in UTC; the session's zone only matters to what the server
        // computes itself, and that should not depend on where it runs.
        QStringLiteral("SET TIME ZONE 'UTC'"),
        // Notices (such as "extension already exists, skipping") would go to the hub's stderr.
        QStringLiteral("SET client_min_messages = warning"),
        // As SQLite's busy_timeout: wait a while for another connection's lock, then fail clearly.
        // No statement_timeout: a migration that builds an index on a large table may take minutes.
        QStringLiteral("SET lock_timeout = '5s'"),
    };
}

QStringList PostgresDialect::appendOnly(const QString &table) const
{
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION safelink_append_only() RETURNS trigger LANGUAGE plpgsql "
                       "AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$"),
        QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW "
                       "EXECUTE FUNCTION safelink_append_only()")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1 FOR EACH STATEMENT "
                       "EXECUTE FUNCTION safelink_append_only()")
            .arg(table),
    };
}

Result<bool> PostgresDialect::hasTable(const Database &db, const QString &table) const
{
    // QSqlDatabase::tables() names tables outside "public" with their schema, so it misses the
    // tables of a hub whose role has a schema of its own (the default search path starts with
    // "$user"). to_regclass looks the name up as the hub's statements do.
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"));
    q.addBindValue(table);
    if (!q.exec() || !q.next())
        return sqlError(QStringLiteral("table lookup"), q.lastError());
    return q.value(0).toBool();
}

Status PostgresDialect::backupTo(Database &db, const QString &) const
{
    // A consistent copy of a PostgreSQL database is pg_dump's job (one snapshot, while the hub keeps
    // writing); it cannot be written to a file from SQL.
    const DatabaseConfig &c = db.config();
    return makeError(ErrorCode::Unsupported,
                     tr("This hub keeps its data in PostgreSQL (%1); safelink-hub backup copies only SQLite "
                        "databases. Back it up with PostgreSQL's own tool, for example: pg_dump "
                        "--format=custom --host=%2 --port=%3 --username=%4 --file=safelink.dump %5 "
                        "(and restore such a file with pg_restore).")
                         .arg(c.describe(), c.host.isEmpty() ? QStringLiteral("localhost") : c.host)
                         .arg(c.port)
                         .arg(c.user, c.databaseName));
}

Result<QStringList> PostgresDialect::integrityCheck(Database &db) const
{
    // The server checks its own pages; what can be wrong at this level is an index left invalid by
    // an interrupted build, which queries then silently stop using.
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral(
            "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT i.indisvalid")))
        return sqlError(QStringLiteral("integrity check"), q.lastError());
    QStringList problems;
    while (q.next())
        problems.append(tr("The index %1 is invalid; rebuild it with REINDEX.").arg(q.value(0).toString()));
    return problems;
}

Status PostgresDialect::checkServer(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT pg_encoding_to_char(encoding), datctype FROM pg_database "
                               "WHERE datname = current_database()"))
        || !q.next())
        return sqlError(QStringLiteral("server check"), q.lastError());
    const QString encoding = q.value(0).toString();
    const QString ctype = q.value(1).toString();
    if (encoding != QLatin1String("UTF8"))
        return makeError(ErrorCode::Unsupported,
                         tr("The PostgreSQL database %1 uses the encoding %2; Safelink needs UTF8. Create it "
                            "with ENCODING 'UTF8' (see the README).")
                             .arg(db.config().describe(), encoding));
    if (ctype == QLatin1String("C") || ctype == QLatin1String("POSIX"))
        qCWarning(lcStore) << "database" << db.config().describe() << "has LC_CTYPE" << ctype
                           << "- pg_trgm cannot index Chinese text there and searches scan every row;"
                              " create it with LC_CTYPE 'C.UTF-8' or 'zh_CN.UTF-8'";
    return {};
}

// Each index is one table: the owner's full text under a trigram index (pg_trgm answers LIKE
// '%term%' from it), and the one- and two-character grams as an array under a GIN index.
QStringList PostgresDialect::createSearchIndex(const QString &index) const
{
    return {
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral(
            "CREATE TABLE %1_docs (owner_id TEXT PRIMARY KEY, body TEXT NOT NULL, grams TEXT[] NOT NULL)")
            .arg(index),
        QStringLiteral("CREATE INDEX %1_docs_body ON %1_docs USING gin (body gin_trgm_ops)").arg(index),
        QStringLiteral("CREATE INDEX %1_docs_grams ON %1_docs USING gin (grams)").arg(index),
    };
}

Status PostgresDialect::searchPut(Database &db, const QString &index, const QString &ownerId,
                                  const QString &text, const QString &shortText) const
{
    // Grams never contain a space, so one space-separated parameter carries the whole array.
    auto q = db.prepared(QStringLiteral("INSERT INTO %1_docs (owner_id, body, grams) VALUES (?, ?, "
                                        "string_to_array(?, ' ')) ON CONFLICT (owner_id) DO UPDATE SET "
                                        "body = excluded.body, grams = excluded.grams")
                             .arg(index));
    if (!q)
        return q.error();
    (*q)->addBindValue(ownerId);
    (*q)->addBindValue(text);
    (*q)->addBindValue(shortSearchGrams(shortText).join(QLatin1Char(' ')));
    if (!(*q)->exec())
        return sqlError(QStringLiteral("search put"), (*q)->lastError());
    (*q)->finish();
    return {};
}

Status PostgresDialect::searchRemove(Database &db, const QString &index, const QString &ownerId) const
{
    auto q = db.prepared(QStringLiteral("DELETE FROM %1_docs WHERE owner_id = ?").arg(index));
    if (!q)
        return q.error();
    (*q)->addBindValue(ownerId);
    if (!(*q)->exec())
        return sqlError(QStringLiteral("search remove"), (*q)->lastError());
    (*q)->finish();
    return {};
}

Status PostgresDialect::searchClear(Database &db, const QString &index) const
{
    return db.exec(QStringLiteral("DELETE FROM %1_docs").arg(index));
}

// The same answers as SqliteDialect::searchQuery: every term must match; a term of three or more
// characters anywhere in the full text, a shorter one as grams of the short text (split where the
// SQLite gram index's tokenizer splits it: at anything but letters and digits; a term with neither
// matches nothing). Not ranked, for the same reason.
Result<QStringList> PostgresDialect::searchQuery(Database &db, const QString &index, const QString &query,
                                                 int limit) const
{
    const QStringList terms = normaliseSearchText(query).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList patterns;
    QStringList grams;
    for (const QString &t : terms) {
        if (t.size() >= 3) {
            QString escaped = t;
            escaped.replace(QLatin1Char('!'), QStringLiteral("!!"))
                .replace(QLatin1Char('%'), QStringLiteral("!%"))
                .replace(QLatin1Char('_'), QStringLiteral("!_"));
            patterns.append(QLatin1Char('%') + escaped + QLatin1Char('%'));
            continue;
        }
        QString token;
        qsizetype tokens = 0;
        for (qsizetype i = 0; i <= t.size(); ++i) {
            if (i < t.size() && t[i].isLetterOrNumber()) {
                token += t[i];
            } else if (!token.isEmpty()) {
                grams.append(token);
                token.clear();
                ++tokens;
            }
        }
        if (tokens == 0)
            return QStringList();
    }
    if (patterns.isEmpty() && grams.isEmpty())
        return QStringList();
    QString sql = QStringLiteral("SELECT owner_id FROM %1_docs WHERE ").arg(index);
    QStringList conditions;
    for (qsizetype i = 0; i < patterns.size(); ++i)
        conditions.append(QStringLiteral("body LIKE ? ESCAPE '!'"));
    if (!grams.isEmpty())
        conditions.append(QStringLiteral("grams @> string_to_array(?, ' ')"));
    sql += conditions.join(QStringLiteral(" AND "));
    if (limit >= 0)
        sql += QStringLiteral(" LIMIT ?");
    auto q = db.prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery &query_ = **q;
    for (const QString &p : patterns)
        query_.addBindValue(p);
    if (!grams.isEmpty())
        query_.addBindValue(grams.join(QLatin1Char(' ')));
    if (limit >= 0)
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
