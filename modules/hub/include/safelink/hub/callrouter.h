#pragma once

#include <safelink/core/enums.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace safelink::hub {

// Who is calling the hotline, as far as the hub knows before anybody answers. The order is the
// priority (优先级处理): a registered alarm terminal (its SOS) before a person on record before an
// unknown number.
enum class CallerClass { Terminal, Subject, Unknown };

QString callerClassKey(CallerClass c);

struct CallerInfo {
    CallerClass callerClass = CallerClass::Unknown;
    QString subjectId;
    QString subjectName;
    QString deviceId;
    // Dialects the caller needs a speaker of (粤语, 客家话, ...); 普通话 is left out: everybody speaks it.
    QStringList languages;
    bool blocked = false; // on the harassment list (骚扰电话屏蔽)
    QString blockReason;
};

// A signed-in seat as the ACD sees it: the hub's seat board joined with the seat's SIP extension
// and the agent's skills.
struct SeatCandidate {
    QString sipUser;
    QString seat;
    QString login;
    QString displayName;
    QStringList skills;
    core::SeatActivity activity = core::SeatActivity::Away;
    bool phoneRegistered = false;
    QDateTime since; // in this activity since (longest idle = earliest `since` among ready seats)
};

enum class RouteAction { Offer, Wait, Refuse };

// What Kamailio is told to do with a hotline call.
struct RouteDecision {
    RouteAction action = RouteAction::Wait;
    QString sipUser; // Offer: ring this extension...
    QString seat;
    int ringSeconds = 0; // ...for at most this long, then ask again
    int position = 0;    // Wait: place in the queue, 1 = next
    int sipCode = 0;     // Refuse: the SIP answer to the caller
    QString reason;      // why, for logs and the audit (translated)

    // The line Kamailio's script reads: "offer 1003 15", "wait 2", "refuse 603".
    QByteArray toLine() const;
};

// A call the ACD is handling, as supervisors see it in the queue.
struct RoutedCall {
    enum class State { Queued, Offered, Answered };

    QString callId; // the SIP Call-ID
    QString caller;
    QString dialled;
    CallerInfo info;
    State state = State::Queued;
    QDateTime enteredAt; // first asked about: the waiting time counts from here
    QDateTime lastAsked; // the proxy asks again every second while the call waits
    QString offeredTo;   // sipUser ringing or answering now
    QDateTime offeredAt;
    QSet<QString> tried; // seats that did not take this call
};

// How a call left the ACD without an agent: each of these becomes a callback task (100% 回拨).
enum class Unanswered {
    Abandoned, // the caller hung up while waiting or ringing
    TimedOut,  // waited longer than the center allows and was sent away
    Vanished,  // the proxy stopped asking about it (the proxy restarted, the caller's line dropped)
};

QString unansweredKey(Unanswered u);

struct RouterSettings {
    int ringSeconds = 15;       // a seat that has not answered by then is skipped
    int ronaSeconds = 60;       // ...and gets no new call for this long unless it changes its state
    int maxWaitSeconds = 300;   // a call waiting longer is refused (and called back)
    int vanishedSeconds = 5;    // a waiting call not asked about for this long is gone
    int offerGraceSeconds = 10; // an offered call with no answer or failure after ringSeconds + this is gone
};

// The ACD (智能选择坐席): decides which seat gets which hotline call. It holds no seats itself:
// the caller passes the signed-in seats on each question, so a seat's own word (ready, break) is
// what counts. Calls are ranked by caller class, then by how long they wait; free seats are given
// out in that order, preferring an agent who speaks the caller's dialect, then the agent idle
// longest. Pure logic, no I/O, no clock of its own: tested as it is (tests/unit/hub).
class CallRouter {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::CallRouter)

public:
    using Identify = std::function<CallerInfo(const QString &caller)>;

    explicit CallRouter(RouterSettings settings = {});

    void setSettings(const RouterSettings &s) { m_settings = s; }
    const RouterSettings &settings() const { return m_settings; }

    // The proxy asks where call `callId` goes. A call seen for the first time is identified
    // (once) and enters the queue, unless it is blocked.
    RouteDecision route(const QString &callId, const QString &caller, const QString &dialled,
                        const QList<SeatCandidate> &seats, const Identify &identify, const QDateTime &now);

    // The offered seat answered (200 OK).
    void answered(const QString &callId, const QString &sipUser, const QDateTime &now);
    // The offered seat did not take the call (timeout, busy, declined, unreachable): back to the
    // queue, with its place, and the seat is not offered this call again. A seat that let it ring
    // out (408/480) gets no new call for ronaSeconds (RONA) unless it changes its state.
    void seatFailed(const QString &callId, const QString &sipUser, int sipStatus, const QDateTime &now);
    // The caller hung up before anybody answered. The call, when it was known and not answered.
    std::optional<RoutedCall> abandoned(const QString &callId, const QDateTime &now);
    // An answered call ended (BYE): its seat may get calls again.
    void ended(const QString &callId);

    // Calls that left without an agent since the last call of this function: abandoned ones,
    // those sent away after maxWaitSeconds, and those the proxy stopped asking about.
    QList<QPair<RoutedCall, Unanswered>> takeUnanswered(const QDateTime &now);

    // The waiting and ringing calls in the order seats are given to them.
    QList<RoutedCall> queue() const;
    // Calls answered through the ACD and not ended yet.
    int answeredCount() const;
    int size() const { return int(m_calls.size()); }

private:
    struct Rank;
    bool seatIsFree(const SeatCandidate &seat, const QDateTime &now) const;
    static bool speaks(const SeatCandidate &seat, const QStringList &languages);
    QList<RoutedCall *> rankedWaiting();
    void expire(const QDateTime &now);

    RouterSettings m_settings;
    QHash<QString, RoutedCall> m_calls;
    QHash<QString, QString> m_offered;         // sipUser → callId ringing there
    QHash<QString, QDateTime> m_answeredSince; // sipUser → when it answered an ACD call
    QHash<QString, QString> m_answeredCall;    // sipUser → that call
    QHash<QString, QDateTime> m_rona;          // sipUser → when it let a call ring out
    QList<QPair<RoutedCall, Unanswered>> m_unanswered;
};

} // namespace safelink::hub
