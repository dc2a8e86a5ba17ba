#pragma once

#include <safelink/core/account.h>
#include <safelink/core/result.h>
#include <safelink/hub/actor.h>

#include <QCoreApplication>

#include <optional>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

class WriteService;

// Where a seat registers its phone: the center's SIP proxy, the seat's extension and password.
struct SipAccount {
    QString proxy; // "sip:192.168.1.10:5060"
    QString user;  // "1003"
    QString password;
};

// The center's seats and their phone lines (坐席配置): a seat record per desk position (name, SIP
// extension; synced to every seat), its SIP password (kept on the hub only, handed to the desk signed
// in at that seat) and the center's SIP proxy.
class SeatDirectory {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::SeatDirectory)

public:
    SeatDirectory(store::Database &db, WriteService &writes);

    // Creates or updates the seat by name; an empty password keeps the one stored.
    Result<core::Seat> setSeat(const QString &name, const QString &sipUser, const QString &sipPassword,
                               bool supervisorSeat, const Actor &actor);
    Status setSipProxy(const QString &uri, const Actor &actor);
    QString sipProxy() const;
    std::optional<core::Seat> seatNamed(const QString &name) const;
    // What the desk signed in at `seatName` registers with; nothing when the seat, its password or
    // the proxy is not configured.
    std::optional<SipAccount> sipAccountFor(const QString &seatName) const;

private:
    store::Database &m_db;
    WriteService &m_writes;
};

} // namespace safelink::hub
