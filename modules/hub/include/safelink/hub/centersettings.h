#pragma once

#include <safelink/core/result.h>

#include <QString>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

class AuditLog;
struct Actor;

// The center's settings (table center_settings: map tiles, call routing, ...): one text value per
// name, each change audited.
QString centerSetting(store::Database &db, const QString &name);
// Stores `value` under `name` (an empty value removes the setting) and audits the change with
// `auditedValue` (the value itself when empty: pass "(hidden)" for secrets).
Status storeCenterSetting(store::Database &db, AuditLog &audit, const Actor &actor, const QString &name,
                          const QString &value, const QString &auditedValue = {});

} // namespace safelink::hub
