#include "samples.h"
#include "testdatabase.h"
#include "testutil.h"

#include <safelink/demo/demodata.h>
#include <safelink/store/database.h>
#include <safelink/store/dialect.h>
#include <safelink/store/repositories.h>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::store;
using namespace safelink::test;

class Search : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = Database::open(m_database.config());
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->migrate().ok());
        SubjectRepository repo(*m_db);
        ASSERT_TRUE(repo.insert(sampleSubject()).ok());
        Subject other = sampleSubject(QStringLiteral("张国强"), QStringLiteral("13599998888"));
        other.meta.id = QStringLiteral("subject-zhang");
        other.sex = Sex::Male;
        other.birthDate = QDate(1945, 9, 1);
        other.residentId =
            ResidentId::parse(residentId(QStringLiteral("440104"), other.birthDate, 311)).value();
        other.phones = {ContactPhone{phone("13599998888"), QString()}};
        other.address.street = QStringLiteral("人民街道");
        other.address.detail = QStringLiteral("大新路12号");
        other.healthNotes = QStringLiteral("糖尿病");
        other.medications = {QStringLiteral("二甲双胍")};
        other.allergies.clear();
        other.contacts = {EmergencyContact{1,
                                           QStringLiteral("张伟"),
                                           Relationship::Son,
                                           {ContactPhone{phone("13512340000"), QString()}},
                                           false,
                                           false,
                                           {}}};
        other.categories = {SubjectCategory::ElderlyOnlyHousehold};
        other.disabilityLevel = DisabilityLevel::None;
        ASSERT_TRUE(repo.insert(other).ok());
    }

    QStringList names(const QString &query)
    {
        SubjectRepository repo(*m_db);
        auto r = repo.search(query);
        EXPECT_TRUE(r.ok()) << query.toStdString();
        QStringList out;
        for (const Subject &s : r.valueOr({}))
            out.append(s.name);
        out.sort();
        return out;
    }

    TempDir m_dir;
    TestDatabase m_database{m_dir.file(QStringLiteral("hub.sqlite"))};
    std::unique_ptr<Database> m_db;
};

TEST_F(Search, FullNameThreeCharacters)
{
    EXPECT_EQ(names(QStringLiteral("陈桂英")), QStringList{QStringLiteral("陈桂英")});
    EXPECT_EQ(names(QStringLiteral("张国强")), QStringList{QStringLiteral("张国强")});
}

TEST_F(Search, TwoCharacterTermsUseTheShortPath)
{
    EXPECT_EQ(names(QStringLiteral("轮椅")), QStringList{QStringLiteral("陈桂英")});
    EXPECT_EQ(names(QStringLiteral("国强")), QStringList{QStringLiteral("张国强")});
    EXPECT_EQ(names(QStringLiteral("陈")), QStringList{QStringLiteral("陈桂英")});
}

TEST_F(Search, AddressNotesMedicationsAndContacts)
{
    EXPECT_EQ(names(QStringLiteral("北京路")), QStringList{QStringLiteral("陈桂英")});
    EXPECT_EQ(names(QStringLiteral("大新路12号")), QStringList{QStringLiteral("张国强")});
    EXPECT_EQ(names(QStringLiteral("二甲双胍")), QStringList{QStringLiteral("张国强")});
    EXPECT_EQ(names(QStringLiteral("青霉素")), QStringList{QStringLiteral("陈桂英")});
    EXPECT_EQ(names(QStringLiteral("李秀兰")), QStringList{QStringLiteral("陈桂英")}); // her daughter
    EXPECT_EQ(names(QStringLiteral("越秀区")).size(), 2);
}

TEST_F(Search, EveryTermMustMatch)
{
    EXPECT_EQ(names(QStringLiteral("越秀区 糖尿病")), QStringList{QStringLiteral("张国强")});
    EXPECT_EQ(names(QStringLiteral("陈 人民街道")), QStringList());
}

TEST_F(Search, NumbersAndFullWidthInput)
{
    EXPECT_EQ(names(QStringLiteral("13599998888")), QStringList{QStringLiteral("张国强")});
    EXPECT_EQ(names(sampleSubject().residentId.number()), QStringList{QStringLiteral("陈桂英")});
    // Full-width digits typed with a Chinese input method find the same.
    EXPECT_EQ(names(QStringLiteral("１３５９９９９８８８８")), QStringList{QStringLiteral("张国强")});
}

TEST_F(Search, SyntaxInQueriesIsJustText)
{
    for (const char *q :
         {"\"", "陈\" OR \"张", "NEAR(", "*", "%", "_", "a AND", "'; DROP TABLE subjects; --"})
        EXPECT_TRUE(names(QString::fromUtf8(q)).isEmpty()) << q;
    EXPECT_TRUE(names(QStringLiteral("   ")).isEmpty());
    SubjectRepository repo(*m_db);
    EXPECT_EQ(repo.count().value(), 2);
}

TEST_F(Search, WildcardsInLongTermsAreText)
{
    // As LIKE patterns (PostgreSQL) these would match 陈桂英 and 张国强.
    for (const char *q : {"陈%英", "陈_英", "%国强", "!国强", "\\国强"})
        EXPECT_TRUE(names(QString::fromUtf8(q)).isEmpty()) << q;
    // A short term is matched by its letters and digits, as the SQLite gram index tokenises it.
    EXPECT_EQ(names(QStringLiteral("张%")), QStringList{QStringLiteral("张国强")});
    EXPECT_EQ(names(QStringLiteral("陈 桂英")), QStringList{QStringLiteral("陈桂英")});
}

TEST_F(Search, FollowsUpdatesAndDeletes)
{
    SubjectRepository repo(*m_db);
    Subject s = repo.get(sampleSubject().meta.id).value();
    Subject changed = s;
    changed.healthNotes = QStringLiteral("慢阻肺");
    changed.meta.version += 1;
    ASSERT_TRUE(repo.update(changed, s.meta.version).ok());
    EXPECT_TRUE(names(QStringLiteral("轮椅")).isEmpty());
    EXPECT_EQ(names(QStringLiteral("慢阻肺")), QStringList{QStringLiteral("陈桂英")});
    ASSERT_TRUE(repo.remove(s.meta.id).ok());
    EXPECT_TRUE(names(QStringLiteral("慢阻肺")).isEmpty());
}

TEST_F(Search, KnowledgeBaseArticles)
{
    KbArticleRepository articles(*m_db);
    ASSERT_TRUE(articles.insert(sampleArticle()).ok());
    auto hits = articles.search(QStringLiteral("跌倒 120"));
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().title, QStringLiteral("跌倒紧急呼援处置流程"));
    EXPECT_TRUE(articles.search(QStringLiteral("低保政策")).value().isEmpty());
}

TEST(SearchText, Normalisation)
{
    EXPECT_EQ(normaliseSearchText(QStringLiteral("  ＡＢＣ　１２３  ")), QStringLiteral("abc 123"));
    EXPECT_EQ(normaliseSearchText(QStringLiteral("陈桂英")), QStringLiteral("陈桂英"));
}

TEST(DemoSearch, DemoCenterIsSearchableAndConsistent)
{
    TempDir dir;
    TestDatabase database(dir.file(QStringLiteral("demo.sqlite")));
    auto db = Database::open(database.config());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->migrate().ok());
    auto summary =
        demo::populate(**db, demo::DemoOptions{.subjects = 300, .seed = 7, .today = QDate(2026, 11, 23)});
    ASSERT_TRUE(summary.ok()) << summary.error().toString().toStdString();
    EXPECT_EQ(summary->subjects, 300);
    SubjectRepository subjects(**db);
    EXPECT_EQ(subjects.count().value(), 300);
    // Every subject's own phones lead back to them (caller ID is unambiguous in the demo).
    for (const Subject &s : subjects.all().value()) {
        for (const ContactPhone &p : s.phones) {
            const auto matches = subjects.findByPhone(p.number.canonical()).value();
            ASSERT_FALSE(matches.isEmpty());
            EXPECT_EQ(matches.first().subjectId, s.meta.id);
        }
    }
    const Subject first = subjects.all(1).value().first();
    EXPECT_FALSE(subjects.search(first.name).value().isEmpty());
    KbArticleRepository articles(**db);
    EXPECT_GT(articles.count().value(), 10);
}
