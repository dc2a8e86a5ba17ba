#include "samples.h"

#include <safelink/desk/callcontroller.h>
#include <safelink/desk/caseform.h>
#include <safelink/desk/seatstate.h>
#include <safelink/telephony/phone.h>

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::desk;
using safelink::core::SeatActivity;

namespace {

PopCard cardFor(const Subject &s)
{
    PopCard card;
    card.callerNumber = QStringLiteral("13800138000");
    card.canonical = QStringLiteral("+8613800138000");
    card.match = CallerMatch::Subject;
    card.subject = s;
    Device wearable = test::sampleDevice();
    wearable.subjectId = s.meta.id;
    card.devices = {wearable};
    return card;
}

QDateTime localAt(int h, int m)
{
    return QDateTime(QDate(2026, 11, 24), QTime(h, m), QTimeZone::systemTimeZone()).toUTC();
}

} // namespace

TEST(CaseForm, AnAlarmCaseStartsWithCallerTimePersonAndWhereTheWearableIs)
{
    CaseForm form(QStringLiteral("acc-agent"));
    const Subject chen = test::sampleSubject();
    const QDateTime now = localAt(20, 14);
    form.start(CaseType::Emergency, cardFor(chen), now);
    const CaseRecord &r = form.record();
    EXPECT_TRUE(form.isOpen());
    EXPECT_TRUE(form.isNew());
    EXPECT_EQ(r.type, CaseType::Emergency);
    EXPECT_EQ(r.priority, 1);
    EXPECT_EQ(r.subjectId, chen.meta.id);
    EXPECT_EQ(r.callerNumber.canonical(), QStringLiteral("+8613800138000"));
    EXPECT_EQ(r.openedAt, now);
    EXPECT_EQ(r.openedBy, QStringLiteral("acc-agent"));
    ASSERT_TRUE(r.location.has_value());
    EXPECT_EQ(*r.location, *test::sampleDevice().lastPosition); // the fix, not the home
    EXPECT_FALSE(r.meta.id.isEmpty());
}

TEST(CaseForm, ErrorsNameTheirFieldAndChangeNothing)
{
    CaseForm form(QStringLiteral("acc-agent"));
    form.start(CaseType::Emergency, cardFor(test::sampleSubject()), localAt(10, 0));
    auto noSummary = form.save(false, localAt(10, 1));
    ASSERT_FALSE(noSummary.ok());
    EXPECT_EQ(noSummary.error().field, QStringLiteral("summary"));
    EXPECT_TRUE(form.record().followUpDue.isNull()); // nothing scheduled by a refused save
    form.setSummary(QStringLiteral("卫生间跌倒，无法起身"));
    auto noOutcome = form.save(true, localAt(10, 2));
    ASSERT_FALSE(noOutcome.ok());
    EXPECT_EQ(noOutcome.error().field, QStringLiteral("outcomeCode"));
    EXPECT_EQ(form.record().status, CaseStatus::Open);
    form.setOutcome(QStringLiteral("info_given")); // a consultation's outcome
    auto wrongKind = form.save(true, localAt(10, 3));
    ASSERT_FALSE(wrongKind.ok());
    EXPECT_EQ(wrongKind.error().field, QStringLiteral("outcomeCode"));
}

TEST(CaseForm, StepsAreTimeStampedAndSavingSchedulesOneSameDayCallback)
{
    CaseForm form(QStringLiteral("acc-agent"));
    QSignalSpy changed(&form, &CaseForm::changed);
    const Subject chen = test::sampleSubject();
    form.start(CaseType::Emergency, cardFor(chen), localAt(20, 14));
    form.setSummary(QStringLiteral("卫生间跌倒，无法起身"));
    form.markStep(QStringLiteral("assess"), QStringLiteral("意识清醒，左髋痛"), localAt(20, 15));
    form.markStep(QStringLiteral("call_120"), {}, localAt(20, 16));
    EXPECT_EQ(form.stepDone(QStringLiteral("call_120")), localAt(20, 16));
    EXPECT_FALSE(form.stepDone(QStringLiteral("call_110")).isValid());
    EXPECT_GE(changed.count(), 4);

    auto first = form.save(false, localAt(20, 20));
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->basedOnVersion, 0);
    EXPECT_EQ(first->record.status, CaseStatus::FollowUp);
    ASSERT_TRUE(first->callback.has_value());
    EXPECT_EQ(first->callback->kind, WorkOrderKind::Callback);
    EXPECT_EQ(first->callback->subjectId, chen.meta.id);
    EXPECT_EQ(first->callback->caseId, first->record.meta.id);
    EXPECT_EQ(first->callback->dueAt, localAt(21, 0)); // four hours on would be tomorrow
    EXPECT_EQ(first->record.followUpDue, localAt(21, 0));
    EXPECT_TRUE(first->callback->validate().ok())
        << first->callback->validate().error().toString().toStdString();
    EXPECT_TRUE(first->record.validate().ok());
    form.saved(1);

    form.setOutcome(QStringLiteral("ambulance"));
    auto closed = form.save(true, localAt(20, 40));
    ASSERT_TRUE(closed.ok());
    EXPECT_EQ(closed->basedOnVersion, 1);
    EXPECT_EQ(closed->record.status, CaseStatus::Closed);
    EXPECT_EQ(closed->record.closedAt, localAt(20, 40));
    EXPECT_FALSE(closed->callback.has_value()); // one callback per alarm
}

TEST(CaseForm, TheSameDayCallbackIsDueWithinTheDay)
{
    EXPECT_EQ(CaseForm::sameDayCallbackDue(localAt(9, 0)), localAt(13, 0));
    EXPECT_EQ(CaseForm::sameDayCallbackDue(localAt(18, 30)), localAt(21, 0));
    EXPECT_EQ(CaseForm::sameDayCallbackDue(localAt(20, 50)), localAt(21, 20)); // never sooner than 30 min
}

TEST(CaseForm, EachKindHasItsStepsOutcomesAndPriority)
{
    for (CaseType t :
         {CaseType::Emergency, CaseType::Consultation, CaseType::Complaint, CaseType::ServiceRequest,
          CaseType::DeviceFault, CaseType::CareCall, CaseType::Other}) {
        EXPECT_FALSE(CaseForm::stepsFor(t).isEmpty()) << int(t);
        EXPECT_FALSE(CaseForm::outcomesFor(t).isEmpty()) << int(t);
        const int p = CaseForm::defaultPriority(t);
        EXPECT_TRUE(p >= 1 && p <= 5);
    }
    EXPECT_EQ(CaseForm::stepsFor(CaseType::Emergency).first().kind, QStringLiteral("assess"));
    CaseForm form(QStringLiteral("acc-agent"));
    form.start(CaseType::Emergency, PopCard{}, localAt(9, 0)); // an unknown caller still gets a case
    EXPECT_TRUE(form.record().subjectId.isEmpty());
    form.setOutcome(QStringLiteral("ambulance"));
    form.setType(CaseType::Consultation);
    EXPECT_TRUE(form.record().outcomeCode.isEmpty());
    EXPECT_EQ(form.record().priority, 5); // the default follows the kind
    form.setSummary(QStringLiteral("咨询高龄津贴"));
    auto saved = form.save(false, localAt(9, 5));
    ASSERT_TRUE(saved.ok());
    EXPECT_FALSE(saved->callback.has_value()); // no callback for a question
}

// The seat's state from the agent's choice and the calls (the phone's reports played here).
TEST(SeatStateLogic, BusyOnACallWrapUpAfterAndBackToWhatTheAgentChose)
{
    telephony::EngineConfig config;
    config.dataDir = QDir::tempPath() + QStringLiteral("/safelink-seatstate-test");
    telephony::Phone phone(config); // not started: its signals are played by the test
    CallController calls(phone);
    SeatState seat(calls, nullptr);
    QSignalSpy changed(&seat, &SeatState::changed);
    EXPECT_EQ(seat.activity(), SeatActivity::Away);
    seat.ready();
    EXPECT_EQ(seat.activity(), SeatActivity::Ready);
    EXPECT_FALSE(seat.takeBreak(QStringLiteral("  "))); // a break needs its reason
    EXPECT_EQ(seat.activity(), SeatActivity::Ready);

    telephony::CallInfo call;
    call.id = 1;
    call.direction = telephony::CallDirection::Incoming;
    call.state = telephony::CallState::Ringing;
    call.remoteUser = QStringLiteral("13800138000");
    Q_EMIT phone.callChanged(call);
    EXPECT_EQ(seat.activity(), SeatActivity::Busy);
    call.state = telephony::CallState::Ended;
    Q_EMIT phone.callChanged(call);
    EXPECT_EQ(seat.activity(), SeatActivity::WrapUp);
    seat.endWrapUp();
    EXPECT_EQ(seat.activity(), SeatActivity::Ready);

    // On a break, a call the agent makes is busy, then the break goes on (no wrap-up).
    ASSERT_TRUE(seat.takeBreak(QStringLiteral("用餐")));
    EXPECT_EQ(seat.activity(), SeatActivity::Break);
    EXPECT_EQ(seat.reason(), QStringLiteral("用餐"));
    call.id = 2;
    call.direction = telephony::CallDirection::Outgoing;
    call.state = telephony::CallState::Dialling;
    Q_EMIT phone.callChanged(call);
    EXPECT_EQ(seat.activity(), SeatActivity::Busy);
    EXPECT_TRUE(seat.reason().isEmpty());
    call.state = telephony::CallState::Ended;
    Q_EMIT phone.callChanged(call);
    EXPECT_EQ(seat.activity(), SeatActivity::Break);
    EXPECT_EQ(seat.reason(), QStringLiteral("用餐"));

    // Wrap-up ends by itself.
    seat.setWrapUpSeconds(1);
    seat.ready();
    call.id = 3;
    call.state = telephony::CallState::Ringing;
    call.direction = telephony::CallDirection::Incoming;
    Q_EMIT phone.callChanged(call);
    call.state = telephony::CallState::Ended;
    Q_EMIT phone.callChanged(call);
    EXPECT_EQ(seat.activity(), SeatActivity::WrapUp);
    EXPECT_TRUE(QTest::qWaitFor([&] { return seat.activity() == SeatActivity::Ready; }, 3000));
    EXPECT_GE(changed.count(), 8);
}
