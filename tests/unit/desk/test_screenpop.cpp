#include "samples.h"
#include "testdatabase.h"
#include "testutil.h"

#include <safelink/desk/screenpop.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::desk;
using namespace safelink::store;
using namespace safelink::test;

namespace {

const QString kChen = QStringLiteral("5b0e7a1c-1111-4c3e-9a55-000000000001");
const QDate kToday(2026, 11, 24);

class ScreenPopTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(m_database.config());
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->migrate().ok());
        // 陈桂英 (own mobile 13800138000, home 020-83001234) lives with 林伯 in hh-1 and wears dev-1.
        Subject chen = sampleSubject(QStringLiteral("陈桂英"), QStringLiteral("13800138000"));
        Subject lin = sampleSubject(QStringLiteral("林伯"), QStringLiteral("13900001111"));
        lin.meta.id = QStringLiteral("subject-lin");
        lin.residentId = {};
        lin.phones = {ContactPhone{phone("13900001111"), QStringLiteral("手机")}};
        lin.contacts = {};
        ASSERT_TRUE(SubjectRepository(*m_db).insert(chen).ok());
        ASSERT_TRUE(SubjectRepository(*m_db).insert(lin).ok());
        ASSERT_TRUE(HouseholdRepository(*m_db).insert(sampleHousehold()).ok());
        ASSERT_TRUE(DeviceRepository(*m_db).insert(sampleDevice()).ok());
        // A couple in hh-2 whose fixed terminal dials from the home line 020-83005555.
        Household home2 = sampleHousehold();
        home2.meta.id = QStringLiteral("hh-2");
        home2.landline = phone("020-83005555");
        ASSERT_TRUE(HouseholdRepository(*m_db).insert(home2).ok());
        for (const char *id : {"subject-he", "subject-she"}) {
            Subject s = sampleSubject(QString::fromLatin1(id), QStringLiteral("13700000000"));
            s.meta.id = QString::fromLatin1(id);
            s.residentId = {};
            s.phones = {};
            s.contacts = {};
            s.householdId = QStringLiteral("hh-2");
            ASSERT_TRUE(SubjectRepository(*m_db).insert(s).ok());
        }
        // One open and one closed case, a call, a service.
        CaseRecord open = sampleCase();
        open.meta.id = QStringLiteral("case-open");
        open.number = QStringLiteral("JJ-20261123-0007");
        open.status = CaseStatus::FollowUp;
        open.summary = QStringLiteral("夜间跌倒，已送医");
        ASSERT_TRUE(CaseRepository(*m_db).insert(open).ok());
        ASSERT_TRUE(CaseRepository(*m_db).insert(sampleCase()).ok()); // closed
        ASSERT_TRUE(CallRepository(*m_db).insert(sampleCall()).ok());
        ASSERT_TRUE(WorkOrderRepository(*m_db).insert(sampleWorkOrder()).ok());
    }

    PopCard pop(const QString &number) const
    {
        return ScreenPop(*m_db, QStringLiteral("20")).forCaller(number, kToday);
    }

    TempDir m_dir;
    TestDatabase m_database{m_dir.file(QStringLiteral("replica.sqlite"))};
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(ScreenPopTest, OwnMobileShowsThePersonAndEverythingAroundThem)
{
    const PopCard card = pop(QStringLiteral("+8613800138000"));
    EXPECT_EQ(card.match, CallerMatch::Subject);
    ASSERT_TRUE(card.isKnown());
    EXPECT_EQ(card.subject->name, QStringLiteral("陈桂英"));
    EXPECT_EQ(card.callerDisplay, QStringLiteral("138 0013 8000"));
    EXPECT_EQ(card.age, 88);
    ASSERT_TRUE(card.household.has_value());
    EXPECT_EQ(card.household->meta.id, QStringLiteral("hh-1"));
    ASSERT_EQ(card.householdMembers.size(), 1);
    EXPECT_EQ(card.householdMembers.first().name, QStringLiteral("林伯"));
    ASSERT_EQ(card.devices.size(), 1);
    EXPECT_EQ(card.devices.first().batteryPercent, 64);
    ASSERT_EQ(card.openCases.size(), 1); // the closed one is not "open"
    EXPECT_EQ(card.openCases.first().number, QStringLiteral("JJ-20261123-0007"));
    ASSERT_EQ(card.lastCalls.size(), 1);
    ASSERT_EQ(card.services.size(), 1);
    EXPECT_TRUE(card.error.isEmpty()) << card.error.toStdString();
}

TEST_F(ScreenPopTest, ALocalNumberWithoutAreaCodeIsTheSameLine)
{
    const PopCard card = pop(QStringLiteral("83001234"));
    EXPECT_EQ(card.canonical, QStringLiteral("+862083001234"));
    EXPECT_EQ(card.match, CallerMatch::Subject);
    ASSERT_TRUE(card.isKnown());
    EXPECT_EQ(card.subject->meta.id, kChen);
}

TEST_F(ScreenPopTest, ARelativeCallingIsShownWithThePersonTheyCallAbout)
{
    const PopCard card = pop(QStringLiteral("13911112222"));
    EXPECT_EQ(card.match, CallerMatch::Contact);
    ASSERT_TRUE(card.isKnown());
    EXPECT_EQ(card.subject->meta.id, kChen);
    EXPECT_TRUE(card.matchNote.contains(QStringLiteral("李秀兰"))) << card.matchNote.toStdString();
}

TEST_F(ScreenPopTest, AWearablesSimFindsItsWearer)
{
    const PopCard card = pop(QStringLiteral("14712345678"));
    EXPECT_EQ(card.match, CallerMatch::Terminal);
    ASSERT_TRUE(card.isKnown());
    EXPECT_EQ(card.subject->meta.id, kChen);
}

TEST_F(ScreenPopTest, AHomeLineSharedByACoupleLetsTheAgentChooseAndShowsTheHome)
{
    const PopCard card = pop(QStringLiteral("02083005555"));
    EXPECT_EQ(card.match, CallerMatch::Several);
    EXPECT_FALSE(card.isKnown());
    ASSERT_EQ(card.candidates.size(), 2);
    ASSERT_TRUE(card.household.has_value());
    EXPECT_EQ(card.household->meta.id, QStringLiteral("hh-2"));

    const PopCard chosen =
        ScreenPop(*m_db, QStringLiteral("20"))
            .forSubject(QStringLiteral("subject-she"), QStringLiteral("02083005555"), kToday);
    ASSERT_TRUE(chosen.isKnown());
    EXPECT_EQ(chosen.subject->meta.id, QStringLiteral("subject-she"));
    EXPECT_TRUE(chosen.candidates.isEmpty());
    ASSERT_EQ(chosen.householdMembers.size(), 1);
    EXPECT_EQ(chosen.householdMembers.first().meta.id, QStringLiteral("subject-he"));
}

TEST_F(ScreenPopTest, UnknownWithheldAndGarbageNumbersStillGiveACard)
{
    const PopCard unknown = pop(QStringLiteral("13612345678"));
    EXPECT_EQ(unknown.match, CallerMatch::Unknown);
    EXPECT_FALSE(unknown.isKnown());
    EXPECT_EQ(unknown.canonical, QStringLiteral("+8613612345678"));

    const PopCard withheld = pop(QStringLiteral("anonymous"));
    EXPECT_EQ(withheld.match, CallerMatch::Withheld);
    EXPECT_FALSE(withheld.callerDisplay.isEmpty());

    // A SIP user part that is not a phone number (an extension name, a hostile header).
    const PopCard garbage = pop(QStringLiteral("<script>'; DROP TABLE subjects;--"));
    EXPECT_EQ(garbage.match, CallerMatch::Unknown);
    EXPECT_TRUE(garbage.canonical.isEmpty());
    EXPECT_EQ(SubjectRepository(*m_db).count().value(), 4); // nothing changed
}
