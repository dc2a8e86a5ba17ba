#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>
#include <safelink/sync/replica.h>

#include <QCborValue>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcReplica, "safelink.sync.replica")

namespace safelink::sync {

using namespace safelink::core;

namespace {
const QString kSeq = QStringLiteral("last_seq");
} // namespace

Replica::Replica(store::Database &db)
    : m_db(db)
    , m_records(std::make_unique<store::RecordStore>(db))
{
}

Replica::~Replica() = default;

Status Replica::setValue(const QString &name, const QString &value)
{
    auto q =
        m_db.prepared(QStringLiteral("INSERT INTO sync_state (name, value) VALUES (?, ?) ON CONFLICT (name) "
                                     "DO UPDATE SET value = excluded.value"));
    if (!q)
        return q.error();
    (*q)->addBindValue(name);
    (*q)->addBindValue(value);
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("sync state"), (*q)->lastError());
    return {};
}

Result<QString> Replica::value(const QString &name)
{
    auto q = m_db.prepared(QStringLiteral("SELECT value FROM sync_state WHERE name = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(name);
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("sync state"), (*q)->lastError());
    const QString v = (*q)->next() ? (*q)->value(0).toString() : QString();
    (*q)->finish();
    return v;
}

Result<qint64> Replica::lastSeq()
{
    auto v = value(kSeq);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status Replica::setSeq(qint64 seq)
{
    return setValue(kSeq, QString::number(seq));
}

Status Replica::beginSnapshot()
{
    return m_db.transaction([&]() -> Status {
        for (RecordKind kind : allRecordKinds()) {
            if (Status s = m_records->clear(kind); !s)
                return s;
        }
        return setSeq(0);
    });
}

Status Replica::applySnapshotChunk(const protocol::SnapshotChunk &chunk)
{
    return m_db.transaction([&]() -> Status {
        for (const QByteArray &bytes : chunk.records) {
            QCborParserError err;
            const QCborValue v = QCborValue::fromCbor(bytes, &err);
            if (err.error != QCborError::NoError || !v.isMap())
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("snapshot record is not CBOR: %1").arg(err.errorString()));
            // beginSnapshot() emptied the tables and a snapshot sends each record once, so a plain
            // insert (no side rows to replace) is right.
            if (Status s = m_records->insert(chunk.kind, v.toMap()); !s)
                return s;
        }
        return {};
    });
}

Status Replica::finishSnapshot(qint64 seq)
{
    return setSeq(seq);
}

Status Replica::applyChange(const protocol::Change &change)
{
    return m_db.transaction([&]() -> Status {
        auto have = m_records->storedVersion(change.kind, change.recordId);
        if (!have)
            return have.error();
        if (change.deleted) {
            if (*have > 0) {
                if (Status s = m_records->remove(change.kind, change.recordId); !s)
                    return s;
            }
        } else if (*have < change.version) {
            QCborParserError err;
            const QCborValue v = QCborValue::fromCbor(change.data, &err);
            if (err.error != QCborError::NoError || !v.isMap())
                return makeError(ErrorCode::Invalid,
                                 QStringLiteral("change record is not CBOR: %1").arg(err.errorString()));
            if (Status s = m_records->upsert(change.kind, v.toMap()); !s)
                return s;
        }
        return setSeq(change.seq);
    });
}

Status Replica::replaceWith(const QString &snapshotFile, qint64 seq)
{
    // What belongs to this desk, not to the hub: carried over into the new file.
    QList<QPair<QString, QString>> state;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT name, value FROM sync_state WHERE name <> 'last_seq'")))
            return store::sqlError(QStringLiteral("sync state"), q.lastError());
        while (q.next())
            state.append({q.value(0).toString(), q.value(1).toString()});
    }
    auto outbox = pending();
    if (!outbox)
        return outbox.error();
    if (Status s = m_db.replaceFile(snapshotFile); !s)
        return s;
    if (Status s = m_db.migrate(); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        for (const auto &[name, v] : state) {
            if (Status s = setValue(name, v); !s)
                return s;
        }
        for (const OutboxEntry &e : *outbox) {
            if (auto key = enqueue(e.request); !key)
                return key.error();
        }
        return setSeq(seq);
    });
}

Result<QString> Replica::enqueue(protocol::WriteRequest request)
{
    if (request.idempotencyKey.isEmpty())
        request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (request.op == protocol::WriteOp::Put) {
        // Refuse here what the hub would refuse, so that the agent sees the error at once, by field.
        auto ref = store::RecordStore::check(request.kind, request.record);
        if (!ref)
            return ref.error();
        request.recordId = ref->id;
    }
    auto q = m_db.prepared(
        QStringLiteral("INSERT INTO outbox (idempotency_key, kind, op, record_id, based_on, data, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    (*q)->addBindValue(request.idempotencyKey);
    (*q)->addBindValue(recordKindKey(request.kind));
    (*q)->addBindValue(request.op == protocol::WriteOp::Put ? QStringLiteral("put")
                                                            : QStringLiteral("delete"));
    (*q)->addBindValue(request.recordId);
    (*q)->addBindValue(request.basedOnVersion);
    (*q)->addBindValue(request.op == protocol::WriteOp::Put ? QVariant(request.record.toCborValue().toCbor())
                                                            : QVariant());
    (*q)->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("outbox"), (*q)->lastError());
    qCInfo(lcReplica) << "queued" << recordKindKey(request.kind) << request.recordId << "key"
                      << request.idempotencyKey;
    return request.idempotencyKey;
}

Result<QList<OutboxEntry>> Replica::pending()
{
    auto q =
        m_db.prepared(QStringLiteral("SELECT position, idempotency_key, kind, op, record_id, based_on, data, "
                                     "created_at, attempts FROM outbox ORDER BY position"));
    if (!q)
        return q.error();
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("outbox"), (*q)->lastError());
    QList<OutboxEntry> out;
    while ((*q)->next()) {
        OutboxEntry e;
        e.position = (*q)->value(0).toLongLong();
        e.request.idempotencyKey = (*q)->value(1).toString();
        e.request.kind = recordKindFromKey((*q)->value(2).toString()).value_or(RecordKind::Case);
        e.request.op = (*q)->value(3).toString() == QLatin1String("delete") ? protocol::WriteOp::Delete
                                                                            : protocol::WriteOp::Put;
        e.request.recordId = (*q)->value(4).toString();
        e.request.basedOnVersion = (*q)->value(5).toLongLong();
        if (e.request.op == protocol::WriteOp::Put)
            e.request.record = QCborValue::fromCbor((*q)->value(6).toByteArray()).toMap();
        e.createdAt = QDateTime::fromString((*q)->value(7).toString(), Qt::ISODateWithMs);
        e.attempts = (*q)->value(8).toInt();
        out.append(e);
    }
    (*q)->finish();
    return out;
}

Result<int> Replica::pendingCount()
{
    auto q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM outbox"));
    if (!q)
        return q.error();
    if (!(*q)->exec() || !(*q)->next())
        return store::sqlError(QStringLiteral("outbox"), (*q)->lastError());
    const int n = (*q)->value(0).toInt();
    (*q)->finish();
    return n;
}

Status Replica::removeFromOutbox(const QString &key)
{
    auto q = m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE idempotency_key = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(key);
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("outbox"), (*q)->lastError());
    return {};
}

Status Replica::noteAttempt(const QString &key, const QString &error)
{
    auto q = m_db.prepared(QStringLiteral(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE idempotency_key = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(error);
    (*q)->addBindValue(key);
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("outbox"), (*q)->lastError());
    return {};
}

} // namespace safelink::sync
