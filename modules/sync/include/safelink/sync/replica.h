#pragma once

#include <safelink/core/result.h>
#include <safelink/protocol/sync.h>

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace safelink::store {
class Database;
class RecordStore;
} // namespace safelink::store

namespace safelink::sync {

// A write waiting in the desk's outbox until the hub acknowledges it.
struct OutboxEntry {
    qint64 position = 0;
    protocol::WriteRequest request;
    QDateTime createdAt;
    int attempts = 0;
};

// The desk's local copy of the hub's records (what the screen pop reads, never waiting on the
// network) and its outbox (what the agent wrote, kept on disk until the hub has it). Both live in the
// desk's own SQLite file, with the same schema as the hub's.
class Replica {
public:
    explicit Replica(store::Database &db);
    ~Replica();

    // The last change of the hub's feed this replica holds; 0 = empty, needs a snapshot.
    Result<qint64> lastSeq();
    // A snapshot replaces everything: clear, apply the chunks, then finish at the hub's seq.
    Status beginSnapshot();
    Status applySnapshotChunk(const protocol::SnapshotChunk &chunk);
    Status finishSnapshot(qint64 seq);
    // Replaces the whole replica with a snapshot database file received from the hub, keeping this
    // desk's own state (session token, pinned hub key) and outbox.
    Status replaceWith(const QString &snapshotFile, qint64 seq);
    // Applies one change and records its seq, in one transaction. Idempotent: a change the replica
    // already has (same or newer version) only moves the seq.
    Status applyChange(const protocol::Change &change);

    // Puts a write in the outbox (a key is made when the request has none); returns the key.
    Result<QString> enqueue(protocol::WriteRequest request);
    Result<QList<OutboxEntry>> pending();
    Result<int> pendingCount();
    Status removeFromOutbox(const QString &key);
    Status noteAttempt(const QString &key, const QString &error);

    // The hub's session token, kept so that a reconnect does not need the password again.
    Status setValue(const QString &name, const QString &value);
    Result<QString> value(const QString &name);

    store::Database &database() { return m_db; }

private:
    Status setSeq(qint64 seq);

    store::Database &m_db;
    std::unique_ptr<store::RecordStore> m_records;
};

} // namespace safelink::sync
