#pragma once

#include <safelink/core/result.h>

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace safelink::store {

class Database;

// How a record type maps to its table: the table, and the indexed columns derived from the record
// (the CBOR document is always stored whole in `data`). Specialised in repositories.cpp.
template<typename T>
struct RecordTraits;

// Create, read, update and delete for one record type, with optimistic concurrency on `version`.
// Writes keep the type's side tables (phones, categories, search index) in the same transaction.
template<typename T>
class RecordRepository {
public:
    explicit RecordRepository(Database &db)
        : m_db(db)
    {
    }
    virtual ~RecordRepository() = default;

    // Fails with ErrorCode::Conflict when the id exists.
    Status insert(const T &record);
    // Replaces the stored record only while its stored version is still `basedOnVersion`;
    // otherwise ErrorCode::Conflict (someone else wrote first) or NotFound.
    Status update(const T &record, qint64 basedOnVersion);
    // Insert or replace whatever is stored (a replica applying the hub's feed).
    Status upsert(const T &record);
    Status remove(const QString &id);

    Result<T> get(const QString &id);
    // The stored version of a record, 0 when there is none (cheaper than get()).
    Result<qint64> storedVersion(const QString &id);
    // Deletes every record of this type and its side tables (a replica starting a fresh snapshot).
    virtual Status clearAll();
    Result<QList<T>> all(int limit = -1, int offset = 0);
    Result<qint64> count();
    // Stored documents (CBOR bytes, as written) with ids after `afterId`, in id order: keyset paging
    // for snapshots, which stream raw bytes without decoding them.
    Result<QList<QPair<QString, QByteArray>>> rawPage(const QString &afterId, int limit);
    // Records whose indexed column equals value, in the given order (column names are the
    // caller's constants, never user input).
    Result<QList<T>> where(const QString &column, const QVariant &value, const QString &orderBy = {},
                           int limit = -1);

protected:
    virtual Status writeSideTables(const T &) { return {}; }
    virtual Status removeSideTables(const QString &) { return {}; }
    Result<QList<T>> decodeRows(const QString &sql, const QVariantList &binds);

    Database &m_db;

private:
    // fresh: a new row, so there are no side-table rows to replace.
    Status write(const T &record, const QString &sql, const QVariantList &binds, bool mustChange,
                 const QString &id, bool fresh);
};

} // namespace safelink::store
