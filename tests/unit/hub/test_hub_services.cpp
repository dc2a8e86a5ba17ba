#include "samples.h"
#include "testdatabase.h"
#include "testutil.h"

#include <safelink/hub/accounts.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/changefeed.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::hub;
using namespace safelink::test;

class HubServices : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = store::Database::open(m_database.config());
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->migrate().ok());
        m_audit = std::make_unique<AuditLog>(*m_db);
        AccountPolicy policy;
        policy.maxFailedAttempts = 3;
        policy.lockoutSeconds = 600;
        policy.idleTimeoutSeconds = 1800;
        policy.maxSessionSeconds = 12 * 3600;
        m_accounts = std::make_unique<AccountService>(*m_db, *m_audit, policy, [this] { return m_now; });
        m_writes = std::make_unique<WriteService>(*m_db, *m_audit);
    }

    Account makeAccount(const QString &login, Role role)
    {
        Account a;
        a.login = login;
        a.displayName = QStringLiteral("测试") + login;
        a.roles = {role};
        auto r =
            m_accounts->createAccount(a, QStringLiteral("Passw0rd!x"), Actor::system(QStringLiteral("test")));
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString().toStdString());
        return r.valueOr(a);
    }

    Actor signedIn(const QString &login)
    {
        auto s = m_accounts->signIn(login, QStringLiteral("Passw0rd!x"), QStringLiteral("坐席1"),
                                    QStringLiteral("127.0.0.1"));
        EXPECT_TRUE(s.ok());
        return s.ok() ? s->actor : Actor{};
    }

    WriteRequest put(const QCborMap &record, qint64 basedOn, const QString &key,
                     RecordKind kind = RecordKind::Subject)
    {
        return WriteRequest{kind, WriteOp::Put, record, {}, basedOn, key};
    }

    TempDir m_dir;
    TestDatabase m_database{m_dir.file(QStringLiteral("hub.sqlite"))};
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC);
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<WriteService> m_writes;
};

TEST_F(HubServices, SignInAndAuthenticate)
{
    const Account a = makeAccount(QStringLiteral("agent1"), Role::Agent);
    auto s = m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("Passw0rd!x"),
                                QStringLiteral("坐席1"), QStringLiteral("10.0.0.8"));
    ASSERT_TRUE(s.ok());
    EXPECT_FALSE(s->token.isEmpty());
    EXPECT_EQ(s->actor.accountId, a.meta.id);
    auto again = m_accounts->authenticate(s->token);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->actor.login, QStringLiteral("agent1"));
    EXPECT_TRUE(again->actor.has(Role::Agent));
    // The token itself is not stored, only its hash.
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT token_hash FROM sessions")) && q.next());
    EXPECT_NE(q.value(0).toString(), s->token);
}

TEST_F(HubServices, WrongPasswordAndUnknownLoginLookTheSame)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    auto wrong = m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("nope12345"), {}, {});
    auto unknown = m_accounts->signIn(QStringLiteral("ghost"), QStringLiteral("nope12345"), {}, {});
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(unknown.error().code, ErrorCode::Unauthenticated);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(HubServices, LockoutAfterRepeatedFailuresThenUnlock)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(
            m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("bad-pass-1"), {}, {}).error().code,
            ErrorCode::Unauthenticated);
    // Locked now, even with the right password.
    auto locked = m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("Passw0rd!x"), {}, {});
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::Locked);
    m_now = m_now.addSecs(601);
    EXPECT_TRUE(m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("Passw0rd!x"), {}, {}).ok());
    auto log = m_audit->query();
    ASSERT_TRUE(log.ok());
    QStringList actions;
    for (const AuditEntry &e : *log)
        actions.append(e.action);
    EXPECT_TRUE(actions.contains(QStringLiteral("account_locked")));
    EXPECT_TRUE(actions.contains(QStringLiteral("login_locked")));
    EXPECT_TRUE(actions.contains(QStringLiteral("login_failed")));
    ASSERT_FALSE(actions.isEmpty());
    EXPECT_EQ(actions.first(), QStringLiteral("login"));
}

TEST_F(HubServices, SessionsExpireWhenIdleOrOld)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    auto s = m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("Passw0rd!x"), {}, {});
    ASSERT_TRUE(s.ok());
    m_now = m_now.addSecs(1700);
    EXPECT_TRUE(m_accounts->authenticate(s->token).ok()); // used: idle timer restarts
    m_now = m_now.addSecs(1801);
    auto idle = m_accounts->authenticate(s->token);
    ASSERT_FALSE(idle.ok());
    EXPECT_EQ(idle.error().code, ErrorCode::Unauthenticated);

    auto s2 = m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("Passw0rd!x"), {}, {});
    ASSERT_TRUE(s2.ok());
    for (int i = 0; i < 30; ++i) { // active all shift long, but no session outlives 12 hours
        m_now = m_now.addSecs(1700);
        if (!m_accounts->authenticate(s2->token).ok())
            break;
    }
    EXPECT_FALSE(m_accounts->authenticate(s2->token).ok());
    EXPECT_FALSE(m_accounts->authenticate(QStringLiteral("made-up-token")).ok());
    EXPECT_FALSE(m_accounts->authenticate(QString()).ok());
}

TEST_F(HubServices, SignOutAndPasswordChangeEndSessions)
{
    const Account a = makeAccount(QStringLiteral("agent1"), Role::Agent);
    auto s = m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("Passw0rd!x"), {}, {});
    ASSERT_TRUE(s.ok() && m_accounts->signOut(s->token).ok());
    EXPECT_FALSE(m_accounts->authenticate(s->token).ok());
    auto s2 = m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("Passw0rd!x"), {}, {});
    ASSERT_TRUE(s2.ok());
    EXPECT_FALSE(
        m_accounts->setPassword(a.meta.id, QStringLiteral("short"), Actor::system(QStringLiteral("t"))).ok());
    ASSERT_TRUE(
        m_accounts->setPassword(a.meta.id, QStringLiteral("Newpass123"), Actor::system(QStringLiteral("t")))
            .ok());
    EXPECT_FALSE(m_accounts->authenticate(s2->token).ok());
    EXPECT_TRUE(m_accounts->signIn(QStringLiteral("agent1"), QStringLiteral("Newpass123"), {}, {}).ok());
}

TEST_F(HubServices, WeakPasswordsAreRefused)
{
    Account a;
    a.login = QStringLiteral("weak");
    a.displayName = QStringLiteral("弱");
    a.roles = {Role::Agent};
    for (const char *p : {"", "abc", "abcdefgh", "12345678"})
        EXPECT_FALSE(
            m_accounts->createAccount(a, QString::fromLatin1(p), Actor::system(QStringLiteral("t"))).ok())
            << p;
    EXPECT_FALSE(m_accounts->hasAccounts());
}

TEST_F(HubServices, AuditLogIsAppendOnly)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    QSqlQuery q(m_db->connection());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET action = 'nothing'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_FALSE(m_audit->query().value().isEmpty());
}

TEST_F(HubServices, WriteCreateUpdateAndStaleConflict)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    const Actor agent = signedIn(QStringLiteral("agent1"));
    Subject s = sampleSubject();
    s.meta.version = 0;
    auto created = m_writes->apply(put(s.toCbor(), 0, QStringLiteral("k1")), agent);
    ASSERT_TRUE(created.ok()) << created.error().toString().toStdString();
    EXPECT_EQ(created->change.version, 1);
    EXPECT_EQ(created->change.seq, 1);
    EXPECT_FALSE(created->duplicate);

    Subject v1 = Subject::fromCbor(QCborValue::fromCbor(created->change.data)).value();
    EXPECT_EQ(v1.meta.updatedBy, agent.accountId); // stamped by the hub
    Subject edited = v1;
    edited.healthNotes = QStringLiteral("新诊断：房颤");
    auto updated = m_writes->apply(put(edited.toCbor(), 1, QStringLiteral("k2")), agent);
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->change.version, 2);
    EXPECT_EQ(updated->change.seq, 2);

    // Another seat still on version 1 is refused, and the record keeps the first writer's change.
    Subject other = v1;
    other.remarks = QStringLiteral("另一坐席的修改");
    auto stale = m_writes->apply(put(other.toCbor(), 1, QStringLiteral("k3")), agent);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::Conflict);
    auto current = m_writes->current(RecordKind::Subject, s.meta.id);
    ASSERT_TRUE(current.ok());
    EXPECT_EQ(current->value(QStringLiteral("healthNotes")).toString(), QStringLiteral("新诊断：房颤"));
    EXPECT_EQ(ChangeFeed(*m_db).latestSeq().value(), 2);
}

TEST_F(HubServices, SameIdempotencyKeyIsAppliedOnce)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    const Actor agent = signedIn(QStringLiteral("agent1"));
    const CaseRecord c = sampleCase();
    auto first = m_writes->apply(put(c.toCbor(), 0, QStringLiteral("case-key"), RecordKind::Case), agent);
    ASSERT_TRUE(first.ok());
    auto again = m_writes->apply(put(c.toCbor(), 0, QStringLiteral("case-key"), RecordKind::Case), agent);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->duplicate);
    EXPECT_EQ(again->change.seq, first->change.seq);
    EXPECT_EQ(ChangeFeed(*m_db).latestSeq().value(), 1);
}

TEST_F(HubServices, TheHubNumbersCasesByTypeAndDayAndKeepsTheNumber)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    const Actor agent = signedIn(QStringLiteral("agent1"));
    const QString day = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd"));
    auto numberOf = [&](const QString &id) {
        return m_writes->current(RecordKind::Case, id).value().value(QStringLiteral("number")).toString();
    };
    CaseRecord first = sampleCase();
    first.meta.id = QStringLiteral("case-a");
    first.number.clear();
    first.type = CaseType::Emergency;
    ASSERT_TRUE(m_writes->apply(put(first.toCbor(), 0, QStringLiteral("n1"), RecordKind::Case), agent).ok());
    EXPECT_EQ(numberOf(QStringLiteral("case-a")), QStringLiteral("JJ-%1-0001").arg(day));
    CaseRecord second = first;
    second.meta.id = QStringLiteral("case-b");
    ASSERT_TRUE(m_writes->apply(put(second.toCbor(), 0, QStringLiteral("n2"), RecordKind::Case), agent).ok());
    EXPECT_EQ(numberOf(QStringLiteral("case-b")), QStringLiteral("JJ-%1-0002").arg(day));
    CaseRecord question = first;
    question.meta.id = QStringLiteral("case-c");
    question.type = CaseType::Consultation;
    ASSERT_TRUE(
        m_writes->apply(put(question.toCbor(), 0, QStringLiteral("n3"), RecordKind::Case), agent).ok());
    EXPECT_EQ(numberOf(QStringLiteral("case-c")), QStringLiteral("ZX-%1-0001").arg(day));
    // An update written before the desk saw its number keeps the number; it is never renumbered.
    first.notes = QStringLiteral("已通知女儿");
    ASSERT_TRUE(m_writes->apply(put(first.toCbor(), 1, QStringLiteral("n4"), RecordKind::Case), agent).ok());
    EXPECT_EQ(numberOf(QStringLiteral("case-a")), QStringLiteral("JJ-%1-0001").arg(day));
}

TEST_F(HubServices, BadRecordChangesNothing)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    const Actor agent = signedIn(QStringLiteral("agent1"));
    QCborMap bad = sampleSubject().toCbor();
    bad.insert(QStringLiteral("name"), QString());
    auto r = m_writes->apply(put(bad, 0, QStringLiteral("bad-1")), agent);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("name"));
    QCborMap garbage;
    garbage.insert(QStringLiteral("id"), 5);
    EXPECT_FALSE(m_writes->apply(put(garbage, 0, QStringLiteral("bad-2")), agent).ok());
    EXPECT_FALSE(m_writes->apply(put(sampleSubject().toCbor(), 0, QString()), agent).ok()); // no key
    EXPECT_EQ(ChangeFeed(*m_db).latestSeq().value(), 0);
    EXPECT_EQ(store::SubjectRepository(*m_db).count().value(), 0);
}

TEST_F(HubServices, RolesDecideWhatMayBeWritten)
{
    makeAccount(QStringLiteral("agent1"), Role::Agent);
    makeAccount(QStringLiteral("auditor"), Role::Auditor);
    makeAccount(QStringLiteral("boss"), Role::Supervisor);
    const Actor agent = signedIn(QStringLiteral("agent1"));
    const Actor auditor = signedIn(QStringLiteral("auditor"));
    const Actor supervisor = signedIn(QStringLiteral("boss"));
    EXPECT_EQ(m_writes->apply(put(sampleCase().toCbor(), 0, QStringLiteral("a1"), RecordKind::Case), auditor)
                  .error()
                  .code,
              ErrorCode::Forbidden);
    EXPECT_EQ(
        m_writes->apply(put(sampleArticle().toCbor(), 0, QStringLiteral("a2"), RecordKind::KbArticle), agent)
            .error()
            .code,
        ErrorCode::Forbidden);
    EXPECT_TRUE(
        m_writes
            ->apply(put(sampleArticle().toCbor(), 0, QStringLiteral("a3"), RecordKind::KbArticle), supervisor)
            .ok());
    EXPECT_EQ(
        m_writes->apply(put(sampleSeat().toCbor(), 0, QStringLiteral("a4"), RecordKind::Seat), supervisor)
            .error()
            .code,
        ErrorCode::Forbidden);
    // Agents never delete; the refusal is audited.
    ASSERT_TRUE(
        m_writes->apply(put(sampleCase().toCbor(), 0, QStringLiteral("a5"), RecordKind::Case), agent).ok());
    WriteRequest del{RecordKind::Case, WriteOp::Delete, {}, sampleCase().meta.id, 1, QStringLiteral("a6")};
    EXPECT_EQ(m_writes->apply(del, agent).error().code, ErrorCode::Forbidden);
    bool forbiddenAudited = false;
    for (const AuditEntry &e : m_audit->query().value())
        forbiddenAudited = forbiddenAudited || e.action == QStringLiteral("forbidden");
    EXPECT_TRUE(forbiddenAudited);
}

TEST_F(HubServices, DeleteGoesThroughTheFeed)
{
    makeAccount(QStringLiteral("admin"), Role::Admin);
    const Actor admin = signedIn(QStringLiteral("admin"));
    ASSERT_TRUE(
        m_writes->apply(put(sampleResource().toCbor(), 0, QStringLiteral("r1"), RecordKind::Resource), admin)
            .ok());
    WriteRequest stale{RecordKind::Resource, WriteOp::Delete, {}, sampleResource().meta.id, 7,
                       QStringLiteral("r2")};
    EXPECT_EQ(m_writes->apply(stale, admin).error().code, ErrorCode::Conflict);
    WriteRequest del{RecordKind::Resource, WriteOp::Delete, {}, sampleResource().meta.id, 1,
                     QStringLiteral("r3")};
    auto r = m_writes->apply(del, admin);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->change.deleted);
    EXPECT_EQ(r->change.version, 2);
    auto changes = ChangeFeed(*m_db).since(0, 10);
    ASSERT_EQ(changes->size(), 2);
    EXPECT_TRUE(changes->at(1).deleted);
    auto roundTrip = Change::fromBody(changes->at(0).toBody());
    ASSERT_TRUE(roundTrip.ok());
    EXPECT_EQ(roundTrip->data, changes->at(0).data);
    EXPECT_EQ(m_writes->current(RecordKind::Resource, sampleResource().meta.id).error().code,
              ErrorCode::NotFound);
}
