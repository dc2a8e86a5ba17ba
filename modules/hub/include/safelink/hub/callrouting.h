#pragma once

#include <safelink/core/result.h>
#include <safelink/hub/actor.h>
#include <safelink/hub/callrouter.h>
#include <safelink/protocol/sync.h>

#include <QCoreApplication>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

class AuditLog;
class WriteService;

struct BlockedNumber {
    QString number; // canonical, as caller ID compares it
    QString reason;
    QString addedBy;
    QDateTime addedAt;
};

// The hub's side of call routing: Kamailio asks it over HTTP (http_client) where a hotline call
// goes and tells it what became of the call; the CallRouter decides from the live seat board. The
// harassment list (骚扰电话屏蔽), the proxy's token and the ring time are center settings here.
// Every call that leaves without an agent becomes a callback work order (当日回拨, 100%) with a
// missed-call record, written through the WriteService so that every seat sees it.
class CallRouting : public QObject {
    Q_OBJECT

public:
    using SeatBoard = std::function<QList<protocol::SeatEntry>()>;

    CallRouting(store::Database &db, WriteService &writes, SeatBoard seatBoard, QObject *parent = nullptr);
    ~CallRouting() override;

    // The token Kamailio sends (`Authorization: Route <token>`). A new one replaces the old one;
    // only its hash is kept, the plain token is returned once.
    static Result<QString> newProxyToken(store::Database &db, AuditLog &audit, const Actor &actor);
    bool checkProxyToken(const QString &token) const;

    // Ring time per seat, the longest wait and the area code of local numbers (caller ID).
    static Status setSettings(store::Database &db, AuditLog &audit, const Actor &actor,
                              std::optional<int> ringSeconds, std::optional<int> maxWaitSeconds,
                              std::optional<QString> areaCode);
    void reloadSettings();

    // The harassment list, kept by supervisors.
    Status block(const QString &number, const QString &reason, const Actor &actor);
    Status unblock(const QString &number, const Actor &actor);
    Result<QList<BlockedNumber>> blockedNumbers();

    // POST /api/v1/route: call (Call-ID), from (caller), to (the number dialled). Invalid when a
    // field is missing or too long.
    Result<RouteDecision> route(const QUrlQuery &form, const QString &address);
    // POST /api/v1/route/events: call, event (answered | failed | cancelled | ended), seat (the
    // seat's extension), status (SIP code of a failed branch).
    Status event(const QUrlQuery &form, const QString &address);

    // Who is calling (caller ID against devices, people and households; the harassment list).
    CallerInfo identify(const QString &caller);

    QList<RoutedCall> queue() const { return m_router.queue(); }
    // The queue as the seats get it (CallQueue message).
    protocol::CallQueue callQueue() const;
    const CallRouter &router() const { return m_router; }
    // The signed-in seats with their extensions and skills (what the router decides from).
    QList<SeatCandidate> candidates();

    // Checks for calls that left without an agent (also done every second by a timer).
    void sweep();

Q_SIGNALS:
    // The queue of waiting and ringing calls changed (for the supervisors' view).
    void queueChanged();
    // A call left without an agent; its callback order is written (workOrderId).
    void callbackCreated(const QString &workOrderId, const QString &caller);

private:
    QString canonical(const QString &caller) const;
    void writeUnanswered(const RoutedCall &call, Unanswered why, const QDateTime &now);
    QString setting(const QString &name) const;

    store::Database &m_db;
    WriteService &m_writes;
    SeatBoard m_seatBoard;
    CallRouter m_router;
    QString m_areaCode;
    QString m_tokenHash;
    QTimer m_sweep;
    QHash<QString, QPair<QString, QStringList>> m_seatCache; // seat name → (sipUser, skills) for one question
    int m_lastQueueSize = 0;
};

} // namespace safelink::hub
