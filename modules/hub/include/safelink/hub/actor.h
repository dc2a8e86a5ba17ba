#pragma once

#include <safelink/core/enums.h>

#include <QList>
#include <QString>

namespace safelink::hub {

// Who is acting, as the audit log records it: the signed-in account, its roles, and where from.
struct Actor {
    QString accountId;
    QString login;
    QList<core::Role> roles;
    QString seat;    // seat name or SIP user; empty for the command line and the HTTP API
    QString address; // peer address ("127.0.0.1:53122") or "cli"

    bool has(core::Role r) const { return roles.contains(r); }
    // The hub itself (imports, demo data, migrations run from the command line by an admin).
    static Actor system(const QString &what);
};

} // namespace safelink::hub
