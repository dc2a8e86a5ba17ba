#pragma once

#include <safelink/core/result.h>

#include <QString>

namespace safelink::store {

class Database;

// Writes a consistent copy of the hub's database that can serve as a desk's replica: every record
// and its indexes, at the change-feed position returned, without what only the hub may hold
// (password hashes, sessions, the audit log, the change feed itself). Unsupported on backends that
// cannot copy themselves in SQL; the hub then sends records instead.
Result<qint64> writeReplicaSeed(Database &db, const QString &file);

} // namespace safelink::store
