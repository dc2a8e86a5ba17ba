#pragma once

#include <safelink/core/recordkind.h>
#include <safelink/core/result.h>
#include <safelink/hub/actor.h>
#include <safelink/hub/changefeed.h>

#include <QCborMap>
#include <QCoreApplication>
#include <QObject>

#include <functional>

namespace safelink::store {
class Database;
class RecordStore;
} // namespace safelink::store

namespace safelink::hub {

class AuditLog;

using protocol::WriteOp;
using protocol::WriteRequest;

struct WriteResult {
    Change change;
    bool duplicate = false; // the key was seen before: this is the original outcome, nothing new applied
};

// The hub's only path for changing the truth: checks the role, decodes and validates the record,
// refuses a write based on a stale version (ErrorCode::Conflict), stamps the new version, time and
// author, stores the record, appends the change to the feed and the audit log — all in one
// transaction — and then announces the change.
class WriteService : public QObject {
    Q_OBJECT

public:
    WriteService(store::Database &db, AuditLog &audit, QObject *parent = nullptr);
    ~WriteService() override;

    Result<WriteResult> apply(const WriteRequest &request, const Actor &actor);
    // The record as currently stored (for a conflict reply), or NotFound.
    Result<QCborMap> current(core::RecordKind kind, const QString &id);

    static bool mayWrite(const Actor &actor, core::RecordKind kind, WriteOp op);
    // The audit log the writes go to (the server records seat activity there too).
    AuditLog &audit() { return m_audit; }

Q_SIGNALS:
    // After the commit: push it to the seats.
    void committed(const safelink::hub::Change &change);

private:
    Status numberCase(QCborMap &record, const QCborMap &existing, const QDateTime &now);

    store::Database &m_db;
    AuditLog &m_audit;
    ChangeFeed m_feed;
    std::unique_ptr<store::RecordStore> m_records;
};

} // namespace safelink::hub
