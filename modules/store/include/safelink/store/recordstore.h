#pragma once

#include <safelink/core/recordkind.h>
#include <safelink/core/result.h>

#include <QByteArray>
#include <QCborMap>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace safelink::store {

class Database;

// The identity of a decoded, valid record.
struct RecordRef {
    core::RecordKind kind = core::RecordKind::Subject;
    QString id;
    qint64 version = 0;
};

// Any record by its kind, as CBOR: what the hub's write path and a desk's replica need, since both
// handle records they receive as CBOR without caring which type they are. Every write decodes and
// validates the record as its kind first; bad input changes nothing.
class RecordStore {
public:
    explicit RecordStore(Database &db);
    ~RecordStore();

    // Decodes `record` as `kind` and validates it.
    static Result<RecordRef> check(core::RecordKind kind, const QCborMap &record);

    Status insert(core::RecordKind kind, const QCborMap &record);
    Status update(core::RecordKind kind, const QCborMap &record, qint64 basedOnVersion);
    Status upsert(core::RecordKind kind, const QCborMap &record);
    Status remove(core::RecordKind kind, const QString &id);

    Result<QCborMap> get(core::RecordKind kind, const QString &id);
    Result<qint64> storedVersion(core::RecordKind kind, const QString &id);
    Status clear(core::RecordKind kind);
    Result<qint64> count(core::RecordKind kind);
    Result<QList<QPair<QString, QByteArray>>> rawPage(core::RecordKind kind, const QString &afterId,
                                                      int limit);

private:
    struct Repos;
    std::unique_ptr<Repos> m_repos;
};

} // namespace safelink::store
