#include <safelink/core/cbor.h>
#include <safelink/hub/changefeed.h>
#include <safelink/store/database.h>

#include <QSqlError>
#include <QSqlQuery>

namespace safelink::hub {

using namespace safelink::core;

Result<qint64> ChangeFeed::latestSeq()
{
    auto q = m_db.prepared(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM changes"));
    if (!q)
        return q.error();
    if (!(*q)->exec() || !(*q)->next())
        return store::sqlError(QStringLiteral("latest seq"), (*q)->lastError());
    const qint64 seq = (*q)->value(0).toLongLong();
    (*q)->finish();
    return seq;
}

Result<qint64> ChangeFeed::lastVersion(core::RecordKind kind, const QString &recordId)
{
    auto q = m_db.prepared(
        QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM changes WHERE kind = ? AND record_id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(core::recordKindKey(kind));
    (*q)->addBindValue(recordId);
    if (!(*q)->exec() || !(*q)->next())
        return store::sqlError(QStringLiteral("last version"), (*q)->lastError());
    const qint64 version = (*q)->value(0).toLongLong();
    (*q)->finish();
    return version;
}

Result<QList<Change>> ChangeFeed::select(const QString &where, const QVariantList &binds)
{
    auto q = m_db.prepared(QStringLiteral("SELECT seq, kind, record_id, version, deleted, data, at, author, "
                                          "idempotency_key FROM changes ")
                           + where);
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    for (const QVariant &b : binds)
        query.addBindValue(b);
    if (!query.exec())
        return store::sqlError(QStringLiteral("changes"), query.lastError());
    QList<Change> out;
    while (query.next()) {
        Change c;
        c.seq = query.value(0).toLongLong();
        c.kind = recordKindFromKey(query.value(1).toString()).value_or(RecordKind::Subject);
        c.recordId = query.value(2).toString();
        c.version = query.value(3).toLongLong();
        c.deleted = query.value(4).toInt() != 0;
        c.data = query.value(5).toByteArray();
        c.at = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
        c.author = query.value(7).toString();
        c.idempotencyKey = query.value(8).toString();
        out.append(std::move(c));
    }
    query.finish();
    return out;
}

Result<QList<Change>> ChangeFeed::since(qint64 seq, int limit)
{
    return select(QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, limit});
}

Result<std::optional<Change>> ChangeFeed::byIdempotencyKey(const QString &key)
{
    auto rows = select(QStringLiteral("WHERE idempotency_key = ?"), {key});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<Change>();
    return std::optional<Change>(rows->first());
}

Status ChangeFeed::append(Change &change, const QString &seat)
{
    auto q = m_db.prepared(
        QStringLiteral("INSERT INTO changes (at, kind, record_id, version, deleted, data, author, "
                       "seat, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    query.addBindValue(change.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(recordKindKey(change.kind));
    query.addBindValue(change.recordId);
    query.addBindValue(change.version);
    query.addBindValue(change.deleted ? 1 : 0);
    query.addBindValue(change.deleted ? QVariant() : QVariant(change.data));
    query.addBindValue(change.author);
    query.addBindValue(seat);
    query.addBindValue(change.idempotencyKey.isEmpty() ? QVariant() : QVariant(change.idempotencyKey));
    if (!query.exec() || !query.next())
        return store::sqlError(QStringLiteral("append change"), query.lastError());
    change.seq = query.value(0).toLongLong(); // RETURNING: portable where lastInsertId() is not
    query.finish();
    return {};
}

} // namespace safelink::hub
