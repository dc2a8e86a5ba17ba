// The hub's ACD (CallRouter) as it is: hand-made seat lists, a caller-ID table instead of the
// database, and explicit times instead of a clock. Each test walks one timeline second by second.
#include <safelink/hub/callrouter.h>

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::hub;
using core::SeatActivity;

namespace {

const QString kHotline = QStringLiteral("96110");
const QString kCantonese = QStringLiteral("粤语");
const QString kMandarin = QStringLiteral("普通话");

// Callers the "database" knows.
const QString kTerminal = QStringLiteral("14712345678");
const QString kSubject1 = QStringLiteral("13802223344");
const QString kSubject2 = QStringLiteral("13802225566");
const QString kCantoneseSubject = QStringLiteral("13802227788");
const QString kHakkaSubject = QStringLiteral("13802229900");
const QString kBlocked = QStringLiteral("13900000666");
const QString kBlockedNoReason = QStringLiteral("13900000777");
const QString kUnknown1 = QStringLiteral("13900000001");
const QString kUnknown2 = QStringLiteral("13900000002");

QDateTime at(int seconds)
{
    static const QDateTime t0(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    return t0.addSecs(seconds);
}

SeatCandidate seat(const QString &sipUser, SeatActivity activity, int since, const QStringList &skills = {},
                   bool phoneRegistered = true)
{
    SeatCandidate s;
    s.sipUser = sipUser;
    s.seat = QStringLiteral("坐席") + sipUser;
    s.login = QStringLiteral("agent") + sipUser;
    s.displayName = QStringLiteral("座席员") + sipUser;
    s.skills = skills;
    s.activity = activity;
    s.phoneRegistered = phoneRegistered;
    s.since = at(since);
    return s;
}

CallerInfo person(CallerClass callerClass, const QString &subjectId, const QStringList &languages = {})
{
    CallerInfo info;
    info.callerClass = callerClass;
    info.subjectId = subjectId;
    info.subjectName = QStringLiteral("服务对象 ") + subjectId;
    info.languages = languages;
    if (callerClass == CallerClass::Terminal)
        info.deviceId = QStringLiteral("dev-") + subjectId;
    return info;
}

} // namespace

class CallRouterTest : public ::testing::Test {
protected:
    CallRouterTest()
    {
        m_people.insert(kTerminal, person(CallerClass::Terminal, QStringLiteral("s-t")));
        m_people.insert(kSubject1, person(CallerClass::Subject, QStringLiteral("s-1")));
        m_people.insert(kSubject2, person(CallerClass::Subject, QStringLiteral("s-2")));
        m_people.insert(kCantoneseSubject, person(CallerClass::Subject, QStringLiteral("s-c"), {kCantonese}));
        m_people.insert(kHakkaSubject,
                        person(CallerClass::Subject, QStringLiteral("s-h"), {QStringLiteral("客家话")}));
        CallerInfo blocked;
        blocked.blocked = true;
        blocked.blockReason = QStringLiteral("反复骚扰坐席");
        m_people.insert(kBlocked, blocked);
        CallerInfo blockedNoReason;
        blockedNoReason.blocked = true;
        m_people.insert(kBlockedNoReason, blockedNoReason);
    }

    RouteDecision ask(const QString &callId, const QString &caller, int now)
    {
        return m_router.route(callId, caller, kHotline, m_seats, m_identify, at(now));
    }
    RouteDecision ask(CallRouter &router, const QString &callId, const QString &caller, int now)
    {
        return router.route(callId, caller, kHotline, m_seats, m_identify, at(now));
    }

    // Changes a seat on the board (what its desk reported last).
    void setSeat(const QString &sipUser, SeatActivity activity, int since)
    {
        for (SeatCandidate &s : m_seats) {
            if (s.sipUser == sipUser) {
                s.activity = activity;
                s.since = at(since);
                return;
            }
        }
        ADD_FAILURE() << "no seat " << sipUser.toStdString();
    }

    QStringList queueIds() const
    {
        QStringList out;
        for (const RoutedCall &c : m_router.queue())
            out.append(c.callId);
        return out;
    }

    std::optional<RoutedCall> queued(const QString &callId) const
    {
        for (const RoutedCall &c : m_router.queue()) {
            if (c.callId == callId)
                return c;
        }
        return std::nullopt;
    }

    CallRouter m_router;
    QList<SeatCandidate> m_seats;
    QHash<QString, CallerInfo> m_people;
    int m_identified = 0;
    CallRouter::Identify m_identify = [this](const QString &caller) {
        ++m_identified;
        return m_people.value(caller);
    };
};

// ---- ranking

TEST_F(CallRouterTest, TerminalBeforeSubjectBeforeUnknownWhateverTheOrderTheyCalledIn)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Break, -600)};

    RouteDecision d = ask(QStringLiteral("u1"), kUnknown1, 0);
    EXPECT_EQ(d.action, RouteAction::Wait);
    EXPECT_EQ(d.position, 1);
    EXPECT_EQ(d.toLine(), QByteArray("wait 1"));
    EXPECT_EQ(ask(QStringLiteral("s1"), kSubject1, 1).position, 1);
    EXPECT_EQ(ask(QStringLiteral("t1"), kTerminal, 2).position, 1);
    EXPECT_EQ(ask(QStringLiteral("s2"), kSubject2, 3).position, 3);
    d = ask(QStringLiteral("u2"), kUnknown2, 4);
    EXPECT_EQ(d.position, 5);
    EXPECT_EQ(d.toLine(), QByteArray("wait 5"));

    EXPECT_EQ(queueIds(), (QStringList{QStringLiteral("t1"), QStringLiteral("s1"), QStringLiteral("s2"),
                                       QStringLiteral("u1"), QStringLiteral("u2")}));
    const QList<RoutedCall> q = m_router.queue();
    EXPECT_EQ(q[0].info.callerClass, CallerClass::Terminal);
    EXPECT_EQ(q[0].info.deviceId, QStringLiteral("dev-s-t"));
    EXPECT_EQ(q[0].enteredAt, at(2));
    EXPECT_EQ(q[0].caller, kTerminal);
    EXPECT_EQ(q[0].dialled, kHotline);
    EXPECT_EQ(q[1].info.callerClass, CallerClass::Subject);
    EXPECT_EQ(q[3].info.callerClass, CallerClass::Unknown);
    EXPECT_EQ(q[3].state, RoutedCall::State::Queued);

    // Asked again, a call keeps its entering time (and is not identified again).
    d = ask(QStringLiteral("u1"), kUnknown1, 4);
    EXPECT_EQ(d.position, 4);
    EXPECT_EQ(m_identified, 5);
    EXPECT_EQ(m_router.size(), 5);

    // One seat comes back: it is kept for the terminal, whoever asks first.
    setSeat(QStringLiteral("1001"), SeatActivity::Ready, 5);
    EXPECT_EQ(ask(QStringLiteral("u1"), kUnknown1, 5).toLine(), QByteArray("wait 4"));
    EXPECT_EQ(ask(QStringLiteral("s1"), kSubject1, 5).toLine(), QByteArray("wait 2"));
    EXPECT_EQ(ask(QStringLiteral("t1"), kTerminal, 5).toLine(), QByteArray("offer 1001 15"));
    // The ringing call is no longer waiting: everybody moves up one place.
    EXPECT_EQ(ask(QStringLiteral("s1"), kSubject1, 6).position, 1);
    EXPECT_EQ(ask(QStringLiteral("u2"), kUnknown2, 6).position, 4);
    // queue() still lists the ringing call first.
    EXPECT_EQ(queueIds().first(), QStringLiteral("t1"));
    EXPECT_EQ(m_router.queue().first().state, RoutedCall::State::Offered);
}

TEST_F(CallRouterTest, WithinAClassFirstComeFirstServed)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Busy, -600)};
    EXPECT_EQ(ask(QStringLiteral("b"), kUnknown1, 0).position, 1);
    EXPECT_EQ(ask(QStringLiteral("a"), kUnknown2, 1).position, 2);
    EXPECT_EQ(ask(QStringLiteral("c"), QStringLiteral("13900000003"), 2).position, 3);
    // Entering time, not the Call-ID, decides.
    EXPECT_EQ(queueIds(), (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));

    setSeat(QStringLiteral("1001"), SeatActivity::Ready, 3);
    EXPECT_EQ(ask(QStringLiteral("c"), QStringLiteral("13900000003"), 3).toLine(), QByteArray("wait 3"));
    EXPECT_EQ(ask(QStringLiteral("a"), kUnknown2, 3).toLine(), QByteArray("wait 2"));
    EXPECT_EQ(ask(QStringLiteral("b"), kUnknown1, 3).toLine(), QByteArray("offer 1001 15"));
}

// ---- which seat

TEST_F(CallRouterTest, AFreeReadySeatWithARegisteredPhoneIsOffered)
{
    m_seats = {seat(QStringLiteral("1003"), SeatActivity::Ready, -60)};
    const RouteDecision d = ask(QStringLiteral("call-1@10.0.0.5"), kSubject1, 0);
    EXPECT_EQ(d.action, RouteAction::Offer);
    EXPECT_EQ(d.sipUser, QStringLiteral("1003"));
    EXPECT_EQ(d.seat, QStringLiteral("坐席1003"));
    EXPECT_EQ(d.ringSeconds, 15);
    EXPECT_EQ(d.toLine(), QByteArray("offer 1003 15"));

    ASSERT_EQ(m_router.queue().size(), 1);
    const RoutedCall c = m_router.queue().first();
    EXPECT_EQ(c.state, RoutedCall::State::Offered);
    EXPECT_EQ(c.offeredTo, QStringLiteral("1003"));
    EXPECT_EQ(c.offeredAt, at(0));
    EXPECT_EQ(c.info.subjectId, QStringLiteral("s-1"));

    // The ring time is the center's setting.
    CallRouter other(RouterSettings{.ringSeconds = 25});
    EXPECT_EQ(ask(other, QStringLiteral("call-2"), kSubject1, 0).toLine(), QByteArray("offer 1003 25"));
}

TEST_F(CallRouterTest, SeatsNotReadyOrWithoutAPhoneAreNeverOffered)
{
    // All of them idle for an hour: longer than any ready seat.
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Break, -3600),
               seat(QStringLiteral("1002"), SeatActivity::Busy, -3600),
               seat(QStringLiteral("1003"), SeatActivity::WrapUp, -3600),
               seat(QStringLiteral("1004"), SeatActivity::Away, -3600),
               seat(QStringLiteral("1005"), SeatActivity::Ready, -3600, {}, false)};
    SeatCandidate noExtension = seat(QString(), SeatActivity::Ready, -3600);
    m_seats.append(noExtension);
    for (int t = 0; t < 4; ++t) {
        const RouteDecision d = ask(QStringLiteral("a"), kTerminal, t);
        EXPECT_EQ(d.action, RouteAction::Wait) << t;
        EXPECT_EQ(d.position, 1);
    }
    m_seats.append(seat(QStringLiteral("1006"), SeatActivity::Ready, 3));
    EXPECT_EQ(ask(QStringLiteral("a"), kTerminal, 4).toLine(), QByteArray("offer 1006 15"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject1, 4).toLine(), QByteArray("wait 1"));
}

TEST_F(CallRouterTest, TheSeatIdleLongestGetsTheCall)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -10),
               seat(QStringLiteral("1002"), SeatActivity::Ready, -300),
               seat(QStringLiteral("1003"), SeatActivity::Ready, -60)};
    EXPECT_EQ(ask(QStringLiteral("a"), kUnknown1, 0).sipUser, QStringLiteral("1002"));
    EXPECT_EQ(ask(QStringLiteral("b"), kUnknown2, 0).sipUser, QStringLiteral("1003"));
    EXPECT_EQ(ask(QStringLiteral("c"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    EXPECT_EQ(ask(QStringLiteral("d"), kSubject2, 0).toLine(), QByteArray("wait 1"));

    // Equally idle: the lower extension, whatever the order of the board.
    CallRouter tie;
    m_seats = {seat(QStringLiteral("1005"), SeatActivity::Ready, -100),
               seat(QStringLiteral("1004"), SeatActivity::Ready, -100)};
    EXPECT_EQ(ask(tie, QStringLiteral("e"), kUnknown1, 0).sipUser, QStringLiteral("1004"));
}

TEST_F(CallRouterTest, ADialectCallerGoesToASpeakerEvenIfAnotherAgentIsIdleLonger)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600, {kMandarin}),
               seat(QStringLiteral("1002"), SeatActivity::Ready, -10, {kMandarin, kCantonese}),
               seat(QStringLiteral("1003"), SeatActivity::Ready, -60, {kCantonese})};
    // The speaker idle longest.
    EXPECT_EQ(ask(QStringLiteral("c1"), kCantoneseSubject, 0).sipUser, QStringLiteral("1003"));
    EXPECT_EQ(ask(QStringLiteral("c2"), kCantoneseSubject, 0).sipUser, QStringLiteral("1002"));
    // Nobody speaks 客家话: the caller goes to whoever is free.
    EXPECT_EQ(ask(QStringLiteral("h"), kHakkaSubject, 0).sipUser, QStringLiteral("1001"));
}

TEST_F(CallRouterTest, ADialectCallerGoesToAnyoneWhenNoSpeakerIsFree)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -10, {kMandarin}),
               seat(QStringLiteral("1002"), SeatActivity::Busy, -600, {kCantonese}),
               seat(QStringLiteral("1003"), SeatActivity::Ready, -600, {kCantonese}, false)};
    EXPECT_EQ(ask(QStringLiteral("c"), kCantoneseSubject, 0).toLine(), QByteArray("offer 1001 15"));
}

TEST_F(CallRouterTest, ACallerAheadLeavesTheOnlySpeakerToTheDialectCallerBehind)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Break, -600, {kCantonese, kMandarin}),
               seat(QStringLiteral("1002"), SeatActivity::Break, -600, {kMandarin})};
    EXPECT_EQ(ask(QStringLiteral("first"), kSubject1, 0).position, 1);
    EXPECT_EQ(ask(QStringLiteral("cantonese"), kCantoneseSubject, 1).position, 2);
    // The speaker is back first (idle longest), then the other agent.
    setSeat(QStringLiteral("1001"), SeatActivity::Ready, 1);
    setSeat(QStringLiteral("1002"), SeatActivity::Ready, 2);

    // Control: without the Cantonese caller behind, the first caller gets the agent idle longest.
    {
        CallRouter alone;
        EXPECT_EQ(ask(alone, QStringLiteral("first"), kSubject1, 2).sipUser, QStringLiteral("1001"));
    }
    EXPECT_EQ(ask(QStringLiteral("first"), kSubject1, 2).toLine(), QByteArray("offer 1002 15"));
    EXPECT_EQ(ask(QStringLiteral("cantonese"), kCantoneseSubject, 2).toLine(), QByteArray("offer 1001 15"));
}

TEST_F(CallRouterTest, TheDialectCallerBehindGetsTheSpeakerWhenItAsksFirst)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Break, -600, {kCantonese}),
               seat(QStringLiteral("1002"), SeatActivity::Break, -600, {kMandarin})};
    ask(QStringLiteral("first"), kSubject1, 0);
    ask(QStringLiteral("cantonese"), kCantoneseSubject, 1);
    setSeat(QStringLiteral("1001"), SeatActivity::Ready, 1);
    setSeat(QStringLiteral("1002"), SeatActivity::Ready, 2);
    EXPECT_EQ(ask(QStringLiteral("cantonese"), kCantoneseSubject, 2).sipUser, QStringLiteral("1001"));
    EXPECT_EQ(ask(QStringLiteral("first"), kSubject1, 2).sipUser, QStringLiteral("1002"));
}

// ---- offers, failures, RONA

TEST_F(CallRouterTest, AnOfferedSeatGetsNoOtherCallUntilItAnswersOrFails)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).toLine(), QByteArray("offer 1001 15"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 1).toLine(), QByteArray("wait 1"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 2).toLine(), QByteArray("wait 1"));

    // Busy is an answer: no RONA, but `a` is not offered to 1001 again; `b` gets it.
    m_router.seatFailed(QStringLiteral("a"), QStringLiteral("1001"), 486, at(3));
    const auto a = queued(QStringLiteral("a"));
    ASSERT_TRUE(a);
    EXPECT_EQ(a->state, RoutedCall::State::Queued);
    EXPECT_TRUE(a->tried.contains(QStringLiteral("1001")));
    EXPECT_TRUE(a->offeredTo.isEmpty());
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 3).toLine(), QByteArray("offer 1001 15"));
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 3).toLine(), QByteArray("wait 1"));

    // A failure reported by a seat the call was not offered to changes nothing.
    m_router.seatFailed(QStringLiteral("b"), QStringLiteral("1002"), 408, at(4));
    EXPECT_EQ(queued(QStringLiteral("b"))->state, RoutedCall::State::Offered);
    EXPECT_EQ(queued(QStringLiteral("b"))->offeredTo, QStringLiteral("1001"));
}

TEST_F(CallRouterTest, ARingOutSendsTheCallBackWithItsPlaceAndTheSeatIntoRona)
{
    // Calls that are not asked about for a while stay (this test is about RONA, not expiry).
    m_router.setSettings(RouterSettings{.vanishedSeconds = 1000});
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600),
               seat(QStringLiteral("1002"), SeatActivity::Break, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).toLine(), QByteArray("offer 1001 15"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 1).toLine(), QByteArray("wait 1"));

    m_router.seatFailed(QStringLiteral("a"), QStringLiteral("1001"), 408, at(15));
    EXPECT_EQ(queueIds(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(queued(QStringLiteral("a"))->enteredAt, at(0));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 15).toLine(), QByteArray("wait 2"));
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 15).toLine(), QByteArray("wait 1"));

    // Another seat comes back: it is `a`'s (first in the queue).
    setSeat(QStringLiteral("1002"), SeatActivity::Ready, 16);
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 16).toLine(), QByteArray("wait 2"));
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 16).toLine(), QByteArray("offer 1002 15"));
    m_router.answered(QStringLiteral("a"), QStringLiteral("1002"), at(17));
    // 1001 let a call ring out: no call for 60 s although it still says it is ready.
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 17).toLine(), QByteArray("wait 1"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 74).toLine(), QByteArray("wait 1"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 75).toLine(), QByteArray("offer 1001 15"));
}

TEST_F(CallRouterTest, ASeatInRonaGetsCallsAgainOnceItChangesItsState)
{
    m_router.setSettings(RouterSettings{.vanishedSeconds = 1000});
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    m_router.seatFailed(QStringLiteral("a"), QStringLiteral("1001"), 480, at(2));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 3).toLine(), QByteArray("wait 2"));
    // A state that began at the ring-out (or before) is not a change.
    setSeat(QStringLiteral("1001"), SeatActivity::Ready, 2);
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 4).toLine(), QByteArray("wait 2"));
    // The agent went on a break and came back: not RONA any more (but `a` is still not offered there).
    setSeat(QStringLiteral("1001"), SeatActivity::Ready, 5);
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 6).toLine(), QByteArray("wait 1"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 6).toLine(), QByteArray("offer 1001 15"));
}

TEST_F(CallRouterTest, BusyIsNoRona)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 1).position, 1);
    m_router.seatFailed(QStringLiteral("a"), QStringLiteral("1001"), 486, at(2));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 2).toLine(), QByteArray("offer 1001 15"));
}

TEST_F(CallRouterTest, AskingAgainAboutAnOfferedCallCountsAsThatSeatFailing)
{
    m_router.setSettings(RouterSettings{.vanishedSeconds = 1000});
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600),
               seat(QStringLiteral("1002"), SeatActivity::Ready, -60)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    // The proxy could not reach 1001 and asks again: the next seat, and the call keeps its place.
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 1).toLine(), QByteArray("offer 1002 15"));
    const auto a = queued(QStringLiteral("a"));
    ASSERT_TRUE(a);
    EXPECT_TRUE(a->tried.contains(QStringLiteral("1001")));
    EXPECT_EQ(a->offeredTo, QStringLiteral("1002"));
    EXPECT_EQ(a->offeredAt, at(1));
    EXPECT_EQ(a->enteredAt, at(0));
    // 1002 is busy: neither seat is offered this call again.
    m_router.seatFailed(QStringLiteral("a"), QStringLiteral("1002"), 486, at(2));
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 2).toLine(), QByteArray("wait 1"));
    EXPECT_EQ(queued(QStringLiteral("a"))->tried.size(), 2);
}

// The same, seen from another call: the seat the proxy could not reach is put into RONA (seatFailed
// with status 0 counts as RONA in callrouter.cpp).
// FAILS with the current callrouter.cpp: route() calls seatFailed(callId, call.offeredTo, 0, now)
// with a reference to call.offeredTo, which seatFailed() clears before `m_rona.insert(sipUser, now)`;
// the RONA entry is made for "" and the unreachable seat gets the next call at once.
TEST_F(CallRouterTest, ASeatTheProxyCouldNotReachGetsNoOtherCallForTheRonaTime)
{
    m_router.setSettings(RouterSettings{.vanishedSeconds = 1000});
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600),
               seat(QStringLiteral("1002"), SeatActivity::Ready, -60)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 1).sipUser, QStringLiteral("1002"));
    m_router.answered(QStringLiteral("a"), QStringLiteral("1002"), at(2));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 2).toLine(), QByteArray("wait 1"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 60).toLine(), QByteArray("wait 1"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 61).toLine(), QByteArray("offer 1001 15"));
}

// The proxy reports a ring-out (`failed`, 408) after the ring time, ringSeconds (15) > vanishedSeconds
// (5), and CallRouting::event() sweeps right after. The call must be back in the queue with its
// place, not counted as vanished (a spurious callback) and re-entered as a new call at the back.
// FAILS with the current callrouter.cpp: seatFailed() puts the call back as Queued without touching
// `lastAsked` (still the time of the offer), so the next expire() drops it as Vanished.
TEST_F(CallRouterTest, ACallThatRangOutForTheWholeRingTimeKeepsItsPlace)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600),
               seat(QStringLiteral("1002"), SeatActivity::Break, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).toLine(), QByteArray("offer 1001 15"));
    for (int t = 1; t <= 15; ++t)
        EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, t).toLine(), QByteArray("wait 1")) << t;

    // Kamailio's failure_route: event failed 408, the hub sweeps, then the proxy asks again.
    m_router.seatFailed(QStringLiteral("a"), QStringLiteral("1001"), 408, at(15));
    const auto gone = m_router.takeUnanswered(at(15));
    EXPECT_TRUE(gone.isEmpty()) << "dropped as " << unansweredKey(gone.value(0).second).toStdString();
    EXPECT_EQ(queueIds(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 15).toLine(), QByteArray("wait 1"));
    EXPECT_EQ(queued(QStringLiteral("a"))->enteredAt, at(0));
}

// "Busy or declined is an answer" (callrouter.cpp, seatFailed): a seat whose agent declines (the
// desk's reject sends 603 Decline) answered; it should not be put into RONA like a ring-out.
// FAILS with the current callrouter.cpp: every status >= 500 counts as RONA, 6xx included.
TEST_F(CallRouterTest, ADeclinedCallIsAnAnswerNotRona)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 1).position, 1);
    m_router.seatFailed(QStringLiteral("a"), QStringLiteral("1001"), 603, at(2));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 2).toLine(), QByteArray("offer 1001 15"));
}

// ---- answered, ended

TEST_F(CallRouterTest, ASeatThatAnsweredIsNotFreeUntilItsStateMovesOn)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    m_router.answered(QStringLiteral("a"), QStringLiteral("1001"), at(3));
    EXPECT_EQ(m_router.answeredCount(), 1);
    EXPECT_TRUE(m_router.queue().isEmpty());
    EXPECT_EQ(m_router.size(), 1);

    // The seat board has not caught up: the seat still says ready since before the answer.
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 4).toLine(), QByteArray("wait 1"));
    setSeat(QStringLiteral("1001"), SeatActivity::Ready, 3);
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 5).toLine(), QByteArray("wait 1"));
    // The proxy asking about the answered call again is refused, and the call stays.
    const RouteDecision again = ask(QStringLiteral("a"), kSubject1, 5);
    EXPECT_EQ(again.toLine(), QByteArray("refuse 482"));
    EXPECT_EQ(m_router.answeredCount(), 1);
    // Busy, wrap-up, ready again: a new state after the answer.
    setSeat(QStringLiteral("1001"), SeatActivity::Ready, 6);
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 7).toLine(), QByteArray("offer 1001 15"));
    EXPECT_TRUE(m_router.takeUnanswered(at(7)).isEmpty());
}

TEST_F(CallRouterTest, AnEndedCallFreesItsSeat)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    m_router.answered(QStringLiteral("a"), QStringLiteral("1001"), at(3));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 4).toLine(), QByteArray("wait 1"));
    m_router.ended(QStringLiteral("a"));
    EXPECT_EQ(m_router.answeredCount(), 0);
    EXPECT_EQ(m_router.size(), 1);
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 5).toLine(), QByteArray("offer 1001 15"));
    // An answered call that ended is no callback work.
    EXPECT_TRUE(m_router.takeUnanswered(at(5)).isEmpty());
}

// ---- calls that leave without an agent

TEST_F(CallRouterTest, AbandonedWhileWaitingIsReportedOnce)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Break, -600)};
    ask(QStringLiteral("a"), kSubject1, 0);
    ask(QStringLiteral("a"), kSubject1, 1);
    const auto call = m_router.abandoned(QStringLiteral("a"), at(2));
    ASSERT_TRUE(call);
    EXPECT_EQ(call->callId, QStringLiteral("a"));
    EXPECT_EQ(call->caller, kSubject1);
    EXPECT_EQ(call->state, RoutedCall::State::Queued);
    EXPECT_EQ(call->enteredAt, at(0));
    EXPECT_EQ(m_router.size(), 0);

    const auto gone = m_router.takeUnanswered(at(2));
    ASSERT_EQ(gone.size(), 1);
    EXPECT_EQ(gone[0].first.callId, QStringLiteral("a"));
    EXPECT_EQ(gone[0].first.info.subjectId, QStringLiteral("s-1"));
    EXPECT_EQ(gone[0].second, Unanswered::Abandoned);
    EXPECT_EQ(unansweredKey(gone[0].second), QStringLiteral("abandoned"));
    EXPECT_TRUE(m_router.takeUnanswered(at(3)).isEmpty());
    // A second CANCEL for the same call is nothing new.
    EXPECT_FALSE(m_router.abandoned(QStringLiteral("a"), at(3)));
    EXPECT_TRUE(m_router.takeUnanswered(at(3)).isEmpty());
}

TEST_F(CallRouterTest, AbandonedWhileRingingIsReportedOnceAndFreesTheSeat)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kTerminal, 0).sipUser, QStringLiteral("1001"));
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 1).toLine(), QByteArray("wait 1"));
    const auto call = m_router.abandoned(QStringLiteral("a"), at(3));
    ASSERT_TRUE(call);
    EXPECT_EQ(call->state, RoutedCall::State::Offered);
    EXPECT_EQ(call->offeredTo, QStringLiteral("1001"));
    const auto gone = m_router.takeUnanswered(at(3));
    ASSERT_EQ(gone.size(), 1);
    EXPECT_EQ(gone[0].first.callId, QStringLiteral("a"));
    EXPECT_EQ(gone[0].first.info.deviceId, QStringLiteral("dev-s-t"));
    EXPECT_EQ(gone[0].second, Unanswered::Abandoned);
    EXPECT_TRUE(m_router.takeUnanswered(at(3)).isEmpty());
    // The caller hung up, the seat did nothing wrong: no RONA.
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 3).toLine(), QByteArray("offer 1001 15"));
}

TEST_F(CallRouterTest, AnAnsweredCallThatEndsIsNotUnanswered)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    ask(QStringLiteral("a"), kSubject1, 0);
    m_router.answered(QStringLiteral("a"), QStringLiteral("1001"), at(2));
    // A BYE reported as "cancelled" for an answered call ends it; nothing to call back.
    EXPECT_FALSE(m_router.abandoned(QStringLiteral("a"), at(60)));
    EXPECT_EQ(m_router.size(), 0);
    EXPECT_EQ(m_router.answeredCount(), 0);
    EXPECT_TRUE(m_router.takeUnanswered(at(60)).isEmpty());

    ask(QStringLiteral("b"), kSubject2, 61);
    m_router.answered(QStringLiteral("b"), QStringLiteral("1001"), at(62));
    m_router.ended(QStringLiteral("b"));
    EXPECT_EQ(m_router.size(), 0);
    EXPECT_TRUE(m_router.takeUnanswered(at(63)).isEmpty());
}

TEST_F(CallRouterTest, AWaitingCallNotAskedAboutIsVanished)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Break, -600)};
    ask(QStringLiteral("a"), kUnknown1, 0);
    ask(QStringLiteral("a"), kUnknown1, 2);
    EXPECT_TRUE(m_router.takeUnanswered(at(6)).isEmpty()); // 4 s since it was last asked about
    const auto gone = m_router.takeUnanswered(at(7));
    ASSERT_EQ(gone.size(), 1);
    EXPECT_EQ(gone[0].first.callId, QStringLiteral("a"));
    EXPECT_EQ(gone[0].first.enteredAt, at(0));
    EXPECT_EQ(gone[0].second, Unanswered::Vanished);
    EXPECT_EQ(unansweredKey(gone[0].second), QStringLiteral("vanished"));
    EXPECT_EQ(m_router.size(), 0);
    EXPECT_TRUE(m_router.takeUnanswered(at(8)).isEmpty());
}

TEST_F(CallRouterTest, AnOfferedCallWithNoEventIsVanishedAndItsSeatFree)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 0).sipUser, QStringLiteral("1001"));
    // ringSeconds 15 + offerGraceSeconds 10
    EXPECT_TRUE(m_router.takeUnanswered(at(24)).isEmpty());
    EXPECT_EQ(queued(QStringLiteral("a"))->state, RoutedCall::State::Offered);
    const auto gone = m_router.takeUnanswered(at(25));
    ASSERT_EQ(gone.size(), 1);
    EXPECT_EQ(gone[0].first.callId, QStringLiteral("a"));
    EXPECT_EQ(gone[0].first.offeredTo, QStringLiteral("1001"));
    EXPECT_EQ(gone[0].second, Unanswered::Vanished);
    EXPECT_EQ(m_router.size(), 0);
    EXPECT_EQ(ask(QStringLiteral("b"), kSubject2, 25).toLine(), QByteArray("offer 1001 15"));
}

TEST_F(CallRouterTest, ACallWaitingLongerThanAllowedIsRefusedAndCalledBack)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Break, -600)};
    for (int t = 0; t < 300; t += 2)
        ASSERT_EQ(ask(QStringLiteral("a"), kSubject1, t).action, RouteAction::Wait) << t;
    EXPECT_EQ(ask(QStringLiteral("a"), kSubject1, 299).action, RouteAction::Wait);
    const RouteDecision d = ask(QStringLiteral("a"), kSubject1, 300);
    EXPECT_EQ(d.action, RouteAction::Refuse);
    EXPECT_EQ(d.sipCode, 480);
    EXPECT_EQ(d.toLine(), QByteArray("refuse 480"));
    EXPECT_TRUE(d.reason.contains(QStringLiteral("300"))) << d.reason.toStdString();
    EXPECT_EQ(m_router.size(), 0);
    const auto gone = m_router.takeUnanswered(at(300));
    ASSERT_EQ(gone.size(), 1);
    EXPECT_EQ(gone[0].first.callId, QStringLiteral("a"));
    EXPECT_EQ(gone[0].first.enteredAt, at(0));
    EXPECT_EQ(gone[0].second, Unanswered::TimedOut);
    EXPECT_EQ(unansweredKey(gone[0].second), QStringLiteral("timed_out"));
    EXPECT_TRUE(m_router.takeUnanswered(at(301)).isEmpty());

    // The longest wait is the center's setting.
    CallRouter shortWait(RouterSettings{.maxWaitSeconds = 30});
    for (int t = 0; t < 30; t += 2)
        ASSERT_EQ(ask(shortWait, QStringLiteral("x"), kSubject1, t).action, RouteAction::Wait) << t;
    EXPECT_EQ(ask(shortWait, QStringLiteral("x"), kSubject1, 30).toLine(), QByteArray("refuse 480"));
}

TEST_F(CallRouterTest, ABlockedCallerIsRefusedWithTheReasonAndNotQueued)
{
    m_seats = {seat(QStringLiteral("1001"), SeatActivity::Ready, -600)};
    const RouteDecision d = ask(QStringLiteral("x"), kBlocked, 0);
    EXPECT_EQ(d.action, RouteAction::Refuse);
    EXPECT_EQ(d.sipCode, 603);
    EXPECT_EQ(d.toLine(), QByteArray("refuse 603"));
    EXPECT_TRUE(d.reason.contains(QStringLiteral("反复骚扰坐席"))) << d.reason.toStdString();
    EXPECT_EQ(m_router.size(), 0);
    EXPECT_TRUE(m_router.queue().isEmpty());
    EXPECT_TRUE(m_router.takeUnanswered(at(10)).isEmpty());

    const RouteDecision noReason = ask(QStringLiteral("y"), kBlockedNoReason, 0);
    EXPECT_EQ(noReason.toLine(), QByteArray("refuse 603"));
    EXPECT_FALSE(noReason.reason.isEmpty());
    EXPECT_EQ(m_router.size(), 0);

    // The seat stays free for the next caller.
    EXPECT_EQ(ask(QStringLiteral("z"), kSubject1, 1).toLine(), QByteArray("offer 1001 15"));
}

TEST(CallRouterKeys, CallerClassAndUnansweredKeys)
{
    EXPECT_EQ(callerClassKey(CallerClass::Terminal), QStringLiteral("terminal"));
    EXPECT_EQ(callerClassKey(CallerClass::Subject), QStringLiteral("subject"));
    EXPECT_EQ(callerClassKey(CallerClass::Unknown), QStringLiteral("unknown"));
    EXPECT_EQ(unansweredKey(Unanswered::TimedOut), QStringLiteral("timed_out"));
}
