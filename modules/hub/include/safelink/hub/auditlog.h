#pragma once

#include <safelink/core/result.h>
#include <safelink/hub/actor.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

// One line of the audit log: who did what to which record, when and from where. Personal data is
// sensitive under PIPL (health, location, minors): every sign-in, every read of a person's record
// through the API and every change is written here. The table refuses UPDATE and DELETE.
struct AuditEntry {
    qint64 seq = 0;
    QDateTime at;
    QString accountId;
    QString login;
    QString seat;
    QString address;
    QString action; // login, login_failed, login_locked, logout, read, create, update, delete, import,
                    // export, ...
    QString kind;   // record kind key, when about a record
    QString recordId;
    QString detail;
};

class AuditLog {
public:
    explicit AuditLog(store::Database &db)
        : m_db(db)
    {
    }

    Status record(const Actor &actor, const QString &action, const QString &kind = {},
                  const QString &recordId = {}, const QString &detail = {});
    // Newest first; empty filters match everything.
    Result<QList<AuditEntry>> query(const QString &accountId = {}, const QString &recordId = {},
                                    int limit = 100);

private:
    store::Database &m_db;
};

} // namespace safelink::hub
