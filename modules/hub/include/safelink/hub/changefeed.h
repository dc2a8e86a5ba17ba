#pragma once

#include <safelink/core/recordkind.h>
#include <safelink/core/result.h>
#include <safelink/protocol/sync.h>

#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QString>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

using protocol::Change;

// The hub's ordered log of accepted writes (table `changes`).
class ChangeFeed {
public:
    explicit ChangeFeed(store::Database &db)
        : m_db(db)
    {
    }

    Result<qint64> latestSeq();
    // The highest version a record ever had (0: never written), also after it was deleted.
    Result<qint64> lastVersion(core::RecordKind kind, const QString &recordId);
    // Changes after `seq`, oldest first, at most `limit`.
    Result<QList<Change>> since(qint64 seq, int limit);
    // The change a write with this idempotency key produced, if it was accepted before.
    Result<std::optional<Change>> byIdempotencyKey(const QString &key);
    // Appends inside the caller's transaction; fills in seq.
    Status append(Change &change, const QString &seat);

private:
    Result<QList<Change>> select(const QString &where, const QVariantList &binds);
    store::Database &m_db;
};

} // namespace safelink::hub
