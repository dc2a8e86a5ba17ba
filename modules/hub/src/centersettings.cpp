#include <safelink/hub/actor.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/centersettings.h>

#include <safelink/store/database.h>

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace safelink::hub {

QString centerSetting(store::Database &db, const QString &name)
{
    auto q = db.prepared(QStringLiteral("SELECT value FROM center_settings WHERE name = ?"));
    if (!q)
        return {};
    (*q)->addBindValue(name);
    if (!(*q)->exec() || !(*q)->next())
        return {};
    const QString v = (*q)->value(0).toString();
    (*q)->finish();
    return v;
}

Status storeCenterSetting(store::Database &db, AuditLog &audit, const Actor &actor, const QString &name,
                          const QString &value, const QString &auditedValue)
{
    return db.transaction([&]() -> Status {
        auto del = db.prepared(QStringLiteral("DELETE FROM center_settings WHERE name = ?"));
        if (!del)
            return del.error();
        (*del)->addBindValue(name);
        if (!(*del)->exec())
            return makeError(ErrorCode::Storage, (*del)->lastError().text());
        if (!value.isEmpty()) {
            auto ins = db.prepared(QStringLiteral(
                "INSERT INTO center_settings (name, value, changed_at, changed_by) VALUES (?, ?, ?, ?)"));
            if (!ins)
                return ins.error();
            (*ins)->addBindValue(name);
            (*ins)->addBindValue(value);
            (*ins)->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            (*ins)->addBindValue(actor.accountId);
            if (!(*ins)->exec())
                return makeError(ErrorCode::Storage, (*ins)->lastError().text());
        }
        const QString shown = !auditedValue.isEmpty() ? auditedValue
                              : value.isEmpty()       ? QStringLiteral("(none)")
                                                      : value;
        return audit.record(actor, QStringLiteral("setting"), QStringLiteral("center"), name, shown);
    });
}

} // namespace safelink::hub
