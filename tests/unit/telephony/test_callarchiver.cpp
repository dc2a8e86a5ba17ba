// The call record the desk writes after every call, from what the phone reported.
#include <safelink/desk/callarchiver.h>

#include <gtest/gtest.h>

using namespace safelink;
using telephony::CallDirection;
using telephony::CallInfo;
using telephony::CallState;

namespace {
CallInfo call(CallDirection direction, CallState state, bool answered)
{
    CallInfo c;
    c.id = 7;
    c.direction = direction;
    c.state = state;
    c.remoteUser = QStringLiteral("13800138000");
    c.dialled = QStringLiteral("96333");
    c.sipCallId = QStringLiteral("abc@host");
    c.startedAt = QDateTime(QDate(2026, 11, 23), QTime(21, 0, 0), Qt::UTC);
    if (answered)
        c.answeredAt = c.startedAt.addSecs(4);
    c.endedAt = c.startedAt.addSecs(60);
    return c;
}
} // namespace

TEST(CallArchiver, AnsweredIncomingCall)
{
    const auto r = desk::CallArchiver::recordFor(call(CallDirection::Incoming, CallState::Ended, true),
                                                 QStringLiteral("rec-1"), QStringLiteral("seat-3"),
                                                 QStringLiteral("agent1"));
    EXPECT_TRUE(r.validate().ok()) << r.validate().error().toString().toStdString();
    EXPECT_EQ(r.direction, core::CallDirection::Inbound);
    EXPECT_EQ(r.disposition, core::CallDisposition::Answered);
    EXPECT_EQ(r.remoteNumber.canonical(), QStringLiteral("+8613800138000"));
    EXPECT_EQ(r.hotline, QStringLiteral("96333"));
    EXPECT_EQ(r.recordingId, QStringLiteral("rec-1"));
    EXPECT_EQ(r.waitSeconds(), 4);
    EXPECT_EQ(r.talkSeconds(), 56);
    EXPECT_EQ(r.sipCallId, QStringLiteral("abc@host"));
}

TEST(CallArchiver, DispositionsOfCallsThatWereNotAnswered)
{
    auto abandoned = call(CallDirection::Incoming, CallState::Ended, false);
    abandoned.endReason.clear();
    EXPECT_EQ(desk::CallArchiver::recordFor(abandoned, {}, {}, {}).disposition,
              core::CallDisposition::Abandoned);
    auto busy = call(CallDirection::Outgoing, CallState::Failed, false);
    busy.sipStatus = 486;
    EXPECT_EQ(desk::CallArchiver::recordFor(busy, {}, {}, {}).disposition, core::CallDisposition::Rejected);
    auto unreachable = call(CallDirection::Outgoing, CallState::Failed, false);
    unreachable.sipStatus = 480;
    EXPECT_EQ(desk::CallArchiver::recordFor(unreachable, {}, {}, {}).disposition,
              core::CallDisposition::Failed);
    auto noAnswer = call(CallDirection::Outgoing, CallState::Ended, false);
    EXPECT_EQ(desk::CallArchiver::recordFor(noAnswer, {}, {}, {}).disposition, core::CallDisposition::Missed);
    for (const auto &c : {abandoned, busy, unreachable, noAnswer})
        EXPECT_TRUE(desk::CallArchiver::recordFor(c, {}, {}, {}).validate().ok());
}

TEST(CallArchiver, ANumberThatIsNotAPhoneNumberIsNotInvented)
{
    auto c = call(CallDirection::Incoming, CallState::Ended, true);
    c.remoteUser = QStringLiteral("terminal-A7");
    const auto r = desk::CallArchiver::recordFor(c, {}, {}, {});
    EXPECT_TRUE(r.remoteNumber.canonical().isEmpty());
    EXPECT_TRUE(r.validate().ok());
}
