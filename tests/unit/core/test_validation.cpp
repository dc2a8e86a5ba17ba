#include "samples.h"

#include <safelink/core/enums.h>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::test;

namespace {
const QDate kToday(2026, 11, 23);

QStringList fields(const QList<Error> &errors)
{
    QStringList out;
    for (const Error &e : errors) {
        out.append(e.field);
        EXPECT_FALSE(e.message.isEmpty()) << e.field.toStdString();
        EXPECT_EQ(e.code, ErrorCode::Invalid);
    }
    return out;
}
} // namespace

TEST(Validation, SubjectNeedsAName)
{
    Subject s = sampleSubject();
    s.name = QStringLiteral("   ");
    EXPECT_TRUE(fields(s.problems(kToday)).contains(QStringLiteral("name")));
}

TEST(Validation, SubjectBirthDateMustMatchResidentId)
{
    Subject s = sampleSubject();
    s.birthDate = s.birthDate.addDays(1);
    EXPECT_TRUE(fields(s.problems(kToday)).contains(QStringLiteral("birthDate")));
}

TEST(Validation, SubjectSexMustMatchResidentId)
{
    Subject s = sampleSubject(); // sequence 122: even, a woman
    s.sex = Sex::Male;
    EXPECT_TRUE(fields(s.problems(kToday)).contains(QStringLiteral("sex")));
}

TEST(Validation, SubjectReportsEveryProblemWithItsField)
{
    Subject s = sampleSubject();
    s.name.clear();
    s.address.regionCode = QStringLiteral("4401");
    s.location = GeoPoint{123, 500, 0};
    s.contacts[1].phones.clear();
    s.contacts[1].order = 1;
    s.categories.append(SubjectCategory::Disabled);
    s.disabilityLevel = DisabilityLevel::None;
    s.status = SubjectStatus::Deceased;
    const QStringList f = fields(s.problems(kToday));
    EXPECT_TRUE(f.contains(QStringLiteral("name")));
    EXPECT_TRUE(f.contains(QStringLiteral("address.regionCode")));
    EXPECT_TRUE(f.contains(QStringLiteral("location")));
    EXPECT_TRUE(f.contains(QStringLiteral("contacts[1].phones")));
    EXPECT_TRUE(f.contains(QStringLiteral("contacts[1].order")));
    EXPECT_TRUE(f.contains(QStringLiteral("disabilityLevel")));
    EXPECT_TRUE(f.contains(QStringLiteral("statusSince")));
    EXPECT_FALSE(s.validate(kToday).ok());
}

TEST(Validation, SubjectAge)
{
    Subject s = sampleSubject(); // born 1938-04-12
    EXPECT_EQ(s.ageOn(QDate(2026, 4, 11)), 87);
    EXPECT_EQ(s.ageOn(QDate(2026, 4, 12)), 88);
    s.birthDate = {};
    EXPECT_EQ(s.ageOn(kToday), -1);
}

TEST(Validation, SubjectSearchTextHoldsWhatAgentsSearchFor)
{
    const QString text = sampleSubject().searchText();
    EXPECT_TRUE(text.contains(QStringLiteral("陈桂英")));
    EXPECT_TRUE(text.contains(QStringLiteral("北京路238号")));
    EXPECT_TRUE(text.contains(QStringLiteral("轮椅")));
    EXPECT_TRUE(text.contains(QStringLiteral("青霉素")));
    EXPECT_TRUE(text.contains(QStringLiteral("李秀兰")));
}

TEST(Validation, DeviceImeiLuhn)
{
    EXPECT_TRUE(Device::isValidImei(QStringLiteral("490154203237518")));
    EXPECT_FALSE(Device::isValidImei(QStringLiteral("490154203237519")));
    EXPECT_FALSE(Device::isValidImei(QStringLiteral("49015420323751")));
    EXPECT_FALSE(Device::isValidImei(QStringLiteral("49015420323751X")));
    Device d = sampleDevice();
    d.imei.clear();
    EXPECT_TRUE(fields(d.problems()).contains(QStringLiteral("imei"))); // wearables need one
    d = sampleDevice();
    d.simIccid = QStringLiteral("12345");
    d.batteryPercent = 140;
    d.householdId.clear();
    const QStringList f = fields(d.problems());
    EXPECT_TRUE(f.contains(QStringLiteral("simIccid")));
    EXPECT_TRUE(f.contains(QStringLiteral("batteryPercent")));
    EXPECT_TRUE(f.contains(QStringLiteral("householdId")));
}

TEST(Validation, ClosedCaseNeedsOutcomeAndTime)
{
    CaseRecord c = sampleCase();
    c.outcomeCode.clear();
    c.closedAt = c.openedAt.addSecs(-5);
    c.priority = 9;
    const QStringList f = fields(c.problems());
    EXPECT_TRUE(f.contains(QStringLiteral("outcomeCode")));
    EXPECT_TRUE(f.contains(QStringLiteral("closedAt")));
    EXPECT_TRUE(f.contains(QStringLiteral("priority")));
}

TEST(Validation, CallTimesInOrder)
{
    CallRecord c = sampleCall();
    c.endedAt = c.startedAt.addSecs(-1);
    EXPECT_FALSE(c.validate().ok());
    c = sampleCall();
    c.answeredAt = {};
    EXPECT_TRUE(fields(c.problems()).contains(QStringLiteral("answeredAt")));
    EXPECT_EQ(sampleCall().waitSeconds(), 6);
    EXPECT_EQ(sampleCall().talkSeconds(), 294);
}

TEST(Validation, ResourceServesItsAreas)
{
    const Resource r = sampleResource();
    EXPECT_TRUE(r.serves(QStringLiteral("440104001002")));
    EXPECT_TRUE(r.serves(QStringLiteral("440103")));
    EXPECT_FALSE(r.serves(QStringLiteral("440106001")));
}

TEST(Validation, AccountAndSeat)
{
    Account a = sampleAccount();
    a.login = QStringLiteral("有空格 的名字");
    a.roles.clear();
    const QStringList f = fields(a.problems());
    EXPECT_TRUE(f.contains(QStringLiteral("login")));
    EXPECT_TRUE(f.contains(QStringLiteral("roles")));
    Seat s = sampleSeat();
    s.sipUser.clear();
    EXPECT_TRUE(fields(s.problems()).contains(QStringLiteral("sipUser")));
}

TEST(Validation, KnowledgeBase)
{
    KbFolder f = sampleFolder();
    f.parentId = f.meta.id;
    EXPECT_TRUE(fields(f.problems()).contains(QStringLiteral("parentId")));
    KbArticle a = sampleArticle();
    a.body.clear();
    EXPECT_TRUE(fields(a.problems()).contains(QStringLiteral("body"))); // published needs a body
    a.status = ArticleStatus::Draft;
    EXPECT_TRUE(a.validate().ok());
}

TEST(Validation, GeoDistance)
{
    const GeoPoint a{23.1252, 113.2697, 0};
    const GeoPoint b{23.1370, 113.2600, 0};
    EXPECT_NEAR(a.distanceTo(b), 1640, 40); // about 1.6 km across Yuexiu
    EXPECT_DOUBLE_EQ(a.distanceTo(a), 0);
}

TEST(Validation, AddressFullText)
{
    Address a = sampleHousehold().address;
    EXPECT_EQ(a.fullText(), QStringLiteral("广东省广州市越秀区北京街道盐运西社区北京路238号3栋502房"));
    a = Address{{}, QStringLiteral("北京市"), QStringLiteral("北京市"), QStringLiteral("东城区"), {}, {}, {}};
    EXPECT_EQ(a.fullText(), QStringLiteral("北京市东城区"));
}

TEST(Validation, LabelsExistForEveryValue)
{
    for (SubjectCategory c : enumValues<SubjectCategory>())
        EXPECT_FALSE(label(c).isEmpty());
    for (WorkOrderState s : enumValues<WorkOrderState>())
        EXPECT_FALSE(label(s).isEmpty());
    for (ResourceCategory c : enumValues<ResourceCategory>())
        EXPECT_FALSE(label(c).isEmpty());
    EXPECT_EQ(visitIntervalDays(CareTier::SpecialCare), 7);
    EXPECT_EQ(visitIntervalDays(CareTier::KeyVisit), 30);
    EXPECT_EQ(visitIntervalDays(CareTier::Routine), 90);
}
