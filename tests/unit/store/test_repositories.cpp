#include "samples.h"
#include "testdatabase.h"
#include "testutil.h"

#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::store;
using namespace safelink::test;

class Repositories : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(m_database.config());
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->migrate().ok());
    }

    template<typename Repo, typename T, typename F>
    void crud(T record, F change)
    {
        Repo repo(*m_db);
        ASSERT_TRUE(repo.insert(record).ok());
        auto got = repo.get(record.meta.id);
        ASSERT_TRUE(got.ok()) << got.error().toString().toStdString();
        EXPECT_TRUE(got.value() == record);
        // A second insert with the same id is a conflict and changes nothing.
        auto dup = repo.insert(record);
        ASSERT_FALSE(dup.ok());
        EXPECT_EQ(dup.error().code, ErrorCode::Conflict);
        // Update based on the current version succeeds.
        T changed = record;
        change(changed);
        changed.meta.version = record.meta.version + 1;
        ASSERT_TRUE(repo.update(changed, record.meta.version).ok());
        EXPECT_TRUE(repo.get(record.meta.id).value() == changed);
        // A write based on the old version is refused and the stored record stays.
        T stale = record;
        stale.meta.version = record.meta.version + 1;
        auto s = repo.update(stale, record.meta.version);
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().code, ErrorCode::Conflict);
        EXPECT_TRUE(repo.get(record.meta.id).value() == changed);
        EXPECT_EQ(repo.count().value(), 1);
        ASSERT_TRUE(repo.remove(record.meta.id).ok());
        EXPECT_EQ(repo.get(record.meta.id).error().code, ErrorCode::NotFound);
        EXPECT_EQ(repo.remove(record.meta.id).error().code, ErrorCode::NotFound);
        EXPECT_EQ(repo.count().value(), 0);
    }

    TempDir m_dir;
    TestDatabase m_database{m_dir.file(QStringLiteral("hub.sqlite"))};
    std::unique_ptr<Database> m_db;
};

TEST_F(Repositories, SubjectCrudWithChineseText)
{
    crud<SubjectRepository>(sampleSubject(), [](Subject &s) {
        s.healthNotes = QStringLiteral("新增：糖尿病，每日注射胰岛素");
        s.careTier = CareTier::KeyVisit;
    });
}
TEST_F(Repositories, HouseholdCrud)
{
    crud<HouseholdRepository>(sampleHousehold(),
                              [](Household &h) { h.accessNotes = QStringLiteral("密码锁 1234#"); });
}
TEST_F(Repositories, DeviceCrud)
{
    crud<DeviceRepository>(sampleDevice(), [](Device &d) { d.status = DeviceStatus::Faulty; });
}
TEST_F(Repositories, CaseCrud)
{
    crud<CaseRepository>(sampleCase(), [](CaseRecord &c) { c.notes += QStringLiteral("；家属已到医院"); });
}
TEST_F(Repositories, CallCrud)
{
    crud<CallRepository>(sampleCall(), [](CallRecord &c) { c.recordingId = QStringLiteral("rec-2"); });
}
TEST_F(Repositories, WorkOrderCrud)
{
    crud<WorkOrderRepository>(sampleWorkOrder(), [](WorkOrder &w) {
        ASSERT_TRUE(
            w.transition(WorkOrderState::InProgress, w.createdAt.addSecs(3600), QStringLiteral("tech")).ok());
    });
}
TEST_F(Repositories, ResourceCrud)
{
    crud<ResourceRepository>(sampleResource(), [](Resource &r) { r.hours = QStringLiteral("周一至周五"); });
}
TEST_F(Repositories, KbCrud)
{
    crud<KbFolderRepository>(sampleFolder(), [](KbFolder &f) { f.name = QStringLiteral("应急流程（新）"); });
    crud<KbArticleRepository>(sampleArticle(),
                              [](KbArticle &a) { a.title = QStringLiteral("跌倒处置（修订）"); });
}
TEST_F(Repositories, AccountAndSeatCrud)
{
    crud<AccountRepository>(sampleAccount(), [](Account &a) { a.roles.append(Role::Supervisor); });
    crud<SeatRepository>(sampleSeat(), [](Seat &s) { s.location = QStringLiteral("三楼"); });
}

TEST_F(Repositories, InvalidRecordIsRefusedAndNothingIsWritten)
{
    SubjectRepository repo(*m_db);
    Subject s = sampleSubject();
    s.name.clear();
    auto r = repo.insert(s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("name"));
    EXPECT_EQ(repo.count().value(), 0);
    EXPECT_TRUE(repo.findByPhone(QStringLiteral("+8613802223344")).value().isEmpty());
}

TEST_F(Repositories, UpdateOfMissingRecordIsNotFound)
{
    SubjectRepository repo(*m_db);
    auto r = repo.update(sampleSubject(), 3);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::NotFound);
}

TEST_F(Repositories, CallerIdMatchesAnySpellingOfTheNumber)
{
    SubjectRepository repo(*m_db);
    const Subject s = sampleSubject();
    ASSERT_TRUE(repo.insert(s).ok());
    for (const char *spelling :
         {"13802223344", "+86 138 0222 3344", "0086-138-0222-3344", "(020)83001234", "83001234"}) {
        auto p = PhoneNumber::parse(QString::fromUtf8(spelling), u"20");
        ASSERT_TRUE(p.ok()) << spelling;
        auto m = repo.findByPhone(p->canonical());
        ASSERT_TRUE(m.ok());
        ASSERT_EQ(m->size(), 1) << spelling;
        EXPECT_EQ(m->first().subjectId, s.meta.id);
        EXPECT_FALSE(m->first().isContact);
    }
    // The daughter calling in is recognised as a contact of the subject.
    auto daughter = repo.findByPhone(phone("13911112222").canonical());
    ASSERT_TRUE(daughter.ok());
    ASSERT_EQ(daughter->size(), 1);
    EXPECT_TRUE(daughter->first().isContact);
    EXPECT_TRUE(repo.findByPhone(phone("13900000000").canonical()).value().isEmpty());
}

TEST_F(Repositories, CallerIdFollowsUpdatesAndDeletes)
{
    SubjectRepository repo(*m_db);
    Subject s = sampleSubject();
    ASSERT_TRUE(repo.insert(s).ok());
    Subject changed = s;
    changed.phones = {ContactPhone{phone("13655556666"), QStringLiteral("新手机")}};
    changed.meta.version = s.meta.version + 1;
    ASSERT_TRUE(repo.update(changed, s.meta.version).ok());
    EXPECT_TRUE(repo.findByPhone(phone("13802223344").canonical()).value().isEmpty());
    EXPECT_EQ(repo.findByPhone(phone("13655556666").canonical()).value().size(), 1);
    ASSERT_TRUE(repo.remove(s.meta.id).ok());
    EXPECT_TRUE(repo.findByPhone(phone("13655556666").canonical()).value().isEmpty());
}

TEST_F(Repositories, LookupsByIndexedColumns)
{
    SubjectRepository subjects(*m_db);
    ASSERT_TRUE(subjects.insert(sampleSubject()).ok());
    EXPECT_EQ(subjects.findByResidentId(sampleSubject().residentId.number()).value().size(), 1);
    EXPECT_EQ(subjects.inHousehold(QStringLiteral("hh-1")).value().size(), 1);
    EXPECT_EQ(subjects.idsInCategory(SubjectCategory::LivingAlone).value(),
              QStringList{sampleSubject().meta.id});
    EXPECT_TRUE(subjects.idsInCategory(SubjectCategory::Orphan).value().isEmpty());

    DeviceRepository devices(*m_db);
    ASSERT_TRUE(devices.insert(sampleDevice()).ok());
    EXPECT_EQ(devices.findByImei(QStringLiteral("490154203237518")).value().size(), 1);
    EXPECT_EQ(devices.findBySerial(QStringLiteral("W4G-2024-000123")).value().size(), 1);

    CaseRepository cases(*m_db);
    CaseRecord older = sampleCase();
    older.meta.id = QStringLiteral("case-0");
    older.openedAt = older.openedAt.addDays(-3);
    older.closedAt = older.openedAt.addSecs(60);
    ASSERT_TRUE(cases.insert(older).ok());
    ASSERT_TRUE(cases.insert(sampleCase()).ok());
    auto forSubject = cases.forSubject(sampleSubject().meta.id);
    ASSERT_EQ(forSubject.value().size(), 2);
    EXPECT_EQ(forSubject.value().first().meta.id, QStringLiteral("case-1")); // newest first

    WorkOrderRepository orders(*m_db);
    ASSERT_TRUE(orders.insert(sampleWorkOrder()).ok());
    const QDateTime due = sampleWorkOrder().dueAt;
    EXPECT_TRUE(orders.overdue(due.addSecs(-60)).value().isEmpty());
    EXPECT_EQ(orders.overdue(due.addSecs(60)).value().size(), 1);

    AccountRepository accounts(*m_db);
    ASSERT_TRUE(accounts.insert(sampleAccount()).ok());
    EXPECT_EQ(accounts.findByLogin(QStringLiteral("agent3")).value().displayName, QStringLiteral("黄美玲"));
    EXPECT_EQ(accounts.findByLogin(QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
}

TEST_F(Repositories, DuplicateResidentIdIsAConflict)
{
    SubjectRepository repo(*m_db);
    ASSERT_TRUE(repo.insert(sampleSubject()).ok());
    Subject twin = sampleSubject(QStringLiteral("陈桂英"), QStringLiteral("13700001111"));
    twin.meta.id = QStringLiteral("another-id");
    auto r = repo.insert(twin);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Conflict);
    EXPECT_EQ(repo.count().value(), 1);
    EXPECT_TRUE(repo.findByPhone(phone("13700001111").canonical()).value().isEmpty());
}

TEST_F(Repositories, FailedTransactionRollsBackEverything)
{
    SubjectRepository repo(*m_db);
    auto s = m_db->transaction([&]() -> Status {
        if (Status st = repo.insert(sampleSubject()); !st)
            return st;
        return makeError(ErrorCode::Invalid, QStringLiteral("later step failed"));
    });
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(repo.count().value(), 0);
    EXPECT_TRUE(repo.search(QStringLiteral("陈桂英")).value().isEmpty());
}

TEST_F(Repositories, UpsertReplacesWhateverIsStored)
{
    SubjectRepository repo(*m_db);
    Subject s = sampleSubject();
    ASSERT_TRUE(repo.upsert(s).ok());
    s.meta.version = 10;
    s.name = QStringLiteral("陈桂英（已更名）");
    ASSERT_TRUE(repo.upsert(s).ok());
    EXPECT_EQ(repo.count().value(), 1);
    EXPECT_EQ(repo.get(s.meta.id).value().meta.version, 10);
    EXPECT_EQ(repo.findByPhone(phone("13802223344").canonical()).value().size(), 1);
}
