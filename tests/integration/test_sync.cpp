// A real hub process and several desks' sync clients (headless, each with its own replica file) on
// loopback: writes reach every seat, the hub is killed mid-stream, a desk is offline for a while.
#include "deskclient.h"
#include "hubprocess.h"
#include "samples.h"

#include <safelink/hub/changefeed.h>
#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>
#include <safelink/store/repositories.h>
#include <safelink/sync/replica.h>
#include <safelink/sync/syncclient.h>

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::sync;
using namespace safelink::test;
using namespace std::chrono_literals;

namespace {

using Desk = DeskClient;

CaseRecord newCase(int n)
{
    CaseRecord c = sampleCase();
    c.meta = RecordMeta{RecordMeta::newId(), 0, {}, {}};
    c.number = QStringLiteral("T-%1").arg(n);
    c.status = CaseStatus::Open;
    c.closedAt = {};
    c.outcomeCode.clear();
    c.summary = QStringLiteral("测试个案 %1：老人跌倒").arg(n);
    return c;
}

protocol::WriteRequest put(const CaseRecord &c, qint64 basedOn = 0)
{
    return protocol::WriteRequest{
        RecordKind::Case, protocol::WriteOp::Put, c.toCbor(), c.meta.id, basedOn, {}};
}

} // namespace

class Sync : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_hub.setUp());
        ASSERT_TRUE(m_hub.start());
    }
    HubProcess m_hub;
};

TEST_F(Sync, AWriteOnOneDeskIsSeenOnTheOthers)
{
    Desk a(m_hub, QStringLiteral("desk-a"), QStringLiteral("agent1"));
    Desk b(m_hub, QStringLiteral("desk-b"), QStringLiteral("agent2"));
    Desk c(m_hub, QStringLiteral("desk-c"), QStringLiteral("agent3"));
    for (Desk *d : {&a, &b, &c})
        d->client->start();
    for (Desk *d : {&a, &b, &c})
        ASSERT_TRUE(d->waitLive());

    QSignalSpy accepted(a.client.get(), &SyncClient::writeAccepted);
    const CaseRecord fall = newCase(1);
    auto key = a.client->write(put(fall));
    ASSERT_TRUE(key.ok()) << key.error().toString().toStdString();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return b.count(RecordKind::Case) == 1 && c.count(RecordKind::Case) == 1; }, 5000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return accepted.count() == 1; }, 5000));
    EXPECT_EQ(a.client->pendingWrites(), 0);
    auto onB = store::CaseRepository(*b.db).get(fall.meta.id);
    ASSERT_TRUE(onB.ok());
    EXPECT_EQ(onB->summary, fall.summary);
    EXPECT_EQ(onB->meta.version, 1);
    EXPECT_FALSE(onB->meta.updatedBy.isEmpty()); // stamped by the hub
}

TEST_F(Sync, EverySeatSeesWhatTheOthersAreDoing)
{
    Desk a(m_hub, QStringLiteral("坐席1"), QStringLiteral("agent1"));
    Desk b(m_hub, QStringLiteral("坐席2"), QStringLiteral("agent2"));
    for (Desk *d : {&a, &b})
        d->client->start();
    for (Desk *d : {&a, &b})
        ASSERT_TRUE(d->waitLive());
    auto onB = [&](const QString &seat) -> std::optional<protocol::SeatEntry> {
        for (const protocol::SeatEntry &e : b.client->seatBoard()) {
            if (e.seat == seat)
                return e;
        }
        return std::nullopt;
    };
    // Signed in is not ready.
    ASSERT_TRUE(QTest::qWaitFor([&] { return onB(QStringLiteral("坐席1")).has_value(); }, 5000));
    EXPECT_EQ(onB(QStringLiteral("坐席1"))->activity, SeatActivity::Away);
    EXPECT_EQ(onB(QStringLiteral("坐席1"))->login, QStringLiteral("agent1"));

    a.client->setSeatStatus({SeatActivity::Ready, QString(), true});
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return onB(QStringLiteral("坐席1"))->activity == SeatActivity::Ready; }, 5000));
    EXPECT_TRUE(onB(QStringLiteral("坐席1"))->phoneRegistered);
    a.client->setSeatStatus({SeatActivity::Break, QStringLiteral("用餐"), true});
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return onB(QStringLiteral("坐席1"))->activity == SeatActivity::Break; }, 5000));
    EXPECT_EQ(onB(QStringLiteral("坐席1"))->reason, QStringLiteral("用餐"));

    // A break without its reason is refused and the board keeps the last good state.
    QSignalSpy refused(a.client.get(), &SyncClient::seatStatusRefused);
    a.client->setSeatStatus({SeatActivity::Break, QString(), true});
    ASSERT_TRUE(refused.wait(5000));
    EXPECT_EQ(refused.at(0).at(0).value<Error>().field, QStringLiteral("reason"));
    EXPECT_EQ(onB(QStringLiteral("坐席1"))->reason, QStringLiteral("用餐"));

    // The seat's state survives a reconnect; a seat that leaves is off the board.
    a.client->setSeatStatus({SeatActivity::Ready, QString(), true});
    m_hub.kill();
    ASSERT_TRUE(m_hub.start());
    ASSERT_TRUE(a.waitLive());
    ASSERT_TRUE(b.waitLive());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return onB(QStringLiteral("坐席1"))
                   && onB(QStringLiteral("坐席1"))->activity == SeatActivity::Ready;
        },
        10000));
    a.client->stop();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !onB(QStringLiteral("坐席1")).has_value(); }, 5000));
}

TEST(SeatLines, TheDeskSignedInAtASeatGetsItsPhoneLineFromTheHubAndNoOtherSeatSeesThePassword)
{
    HubProcess hub;
    ASSERT_TRUE(hub.setUp(2));
    const QString secret = hub.scratch(QStringLiteral("sip-secret"));
    QFile f(secret);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("line-pass-1003\n");
    f.close();
    EXPECT_EQ(hub.run({QStringLiteral("seat"), QStringLiteral("--data"), hub.dataDir()}), 2); // nothing to do
    EXPECT_EQ(hub.run({QStringLiteral("seat"), QStringLiteral("--data"), hub.dataDir(),
                       QStringLiteral("--sip-proxy"), QStringLiteral("http://nope")}),
              1);
    ASSERT_EQ(hub.run({QStringLiteral("seat"), QStringLiteral("--data"), hub.dataDir(),
                       QStringLiteral("--sip-proxy"), QStringLiteral("sip:127.0.0.1:5060"),
                       QStringLiteral("--name"), QStringLiteral("坐席3"), QStringLiteral("--sip-user"),
                       QStringLiteral("1003"), QStringLiteral("--sip-password-file"), secret}),
              0);
    ASSERT_TRUE(hub.start());

    Desk at3(hub, QStringLiteral("坐席3"), QStringLiteral("agent1"));
    Desk elsewhere(hub, QStringLiteral("坐席9"), QStringLiteral("agent2"));
    for (Desk *d : {&at3, &elsewhere})
        d->client->start();
    for (Desk *d : {&at3, &elsewhere})
        ASSERT_TRUE(d->waitLive());
    const auto line = at3.client->sipLine();
    EXPECT_EQ(line.proxy, QStringLiteral("sip:127.0.0.1:5060"));
    EXPECT_EQ(line.user, QStringLiteral("1003"));
    EXPECT_EQ(line.password, QStringLiteral("line-pass-1003"));
    EXPECT_TRUE(elsewhere.client->sipLine().user.isEmpty());
    // The seat record reaches every seat; its password reaches none.
    auto seats = store::SeatRepository(*elsewhere.db).all();
    ASSERT_TRUE(seats.ok());
    ASSERT_EQ(seats->size(), 1);
    EXPECT_EQ(seats->first().sipUser, QStringLiteral("1003"));
    QSqlQuery q(elsewhere.db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM seat_secrets")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(Sync, StaleWriteIsRefusedWithTheCurrentRecord)
{
    Desk a(m_hub, QStringLiteral("desk-a"), QStringLiteral("agent1"));
    Desk b(m_hub, QStringLiteral("desk-b"), QStringLiteral("agent2"));
    a.client->start();
    b.client->start();
    ASSERT_TRUE(a.waitLive() && b.waitLive());
    const CaseRecord c = newCase(7);
    ASSERT_TRUE(a.client->write(put(c)).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return b.count(RecordKind::Case) == 1; }, 5000));

    CaseRecord fromA = store::CaseRepository(*a.db).get(c.meta.id).value();
    CaseRecord fromB = store::CaseRepository(*b.db).get(c.meta.id).value();
    fromA.notes = QStringLiteral("坐席A：已联系女儿");
    fromB.notes = QStringLiteral("坐席B：已呼叫120");
    QSignalSpy rejected(b.client.get(), &SyncClient::writeRejected);
    ASSERT_TRUE(a.client->write(put(fromA, 1)).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return a.client->pendingWrites() == 0; }, 5000));
    ASSERT_TRUE(b.client->write(put(fromB, 1)).ok());
    ASSERT_TRUE(rejected.wait(5000));
    const auto args = rejected.takeFirst();
    EXPECT_EQ(args.at(1).value<Error>().code, ErrorCode::Conflict);
    EXPECT_EQ(args.at(2).value<QCborMap>().value(QStringLiteral("notes")).toString(),
              QStringLiteral("坐席A：已联系女儿"));
    EXPECT_EQ(b.client->pendingWrites(), 0);
}

TEST_F(Sync, HubKilledMidStreamLosesNothingAndAppliesEachWriteOnce)
{
    Desk a(m_hub, QStringLiteral("desk-a"), QStringLiteral("agent1"));
    a.client->start();
    ASSERT_TRUE(a.waitLive());
    QSignalSpy accepted(a.client.get(), &SyncClient::writeAccepted);
    constexpr int total = 120;
    QStringList ids;
    for (int i = 0; i < total; ++i) {
        const CaseRecord c = newCase(i);
        ids.append(c.meta.id);
        ASSERT_TRUE(a.client->write(put(c)).ok());
        if (i == 40) {
            // Let some be acknowledged, then pull the plug while others are in flight.
            QTest::qWaitFor([&] { return accepted.count() >= 20; }, 5000);
            m_hub.kill();
        }
    }
    EXPECT_GT(a.client->pendingWrites(), 0); // the outbox holds what the hub did not confirm
    const int acknowledgedBeforeKill = int(accepted.count());
    ASSERT_TRUE(m_hub.start());
    ASSERT_TRUE(QTest::qWaitFor([&] { return a.client->pendingWrites() == 0; }, 30000));
    ASSERT_TRUE(a.waitLive());
    m_hub.stop();

    auto db = store::Database::open(m_hub.databaseConfig());
    ASSERT_TRUE(db.ok());
    store::CaseRepository cases(**db);
    EXPECT_EQ(cases.count().value(), total);
    for (const QString &id : ids) {
        auto c = cases.get(id);
        ASSERT_TRUE(c.ok()) << id.toStdString();
        EXPECT_EQ(c->meta.version, 1); // applied once: a second apply would have made version 2 or a conflict
    }
    EXPECT_EQ(hub::ChangeFeed(**db).latestSeq().value(), total);
    EXPECT_GE(acknowledgedBeforeKill, 20);
    EXPECT_EQ(a.count(RecordKind::Case), total);
}

TEST_F(Sync, OfflineDeskCatchesUpFromWhereItStopped)
{
    Desk a(m_hub, QStringLiteral("desk-a"), QStringLiteral("agent1"));
    Desk c(m_hub, QStringLiteral("desk-c"), QStringLiteral("agent3"));
    a.client->start();
    c.client->start();
    ASSERT_TRUE(a.waitLive() && c.waitLive());
    ASSERT_TRUE(a.client->write(put(newCase(0))).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return c.count(RecordKind::Case) == 1; }, 5000));
    c.client->stop();
    const qint64 seqWhenLeft = c.replica->lastSeq().value();
    for (int i = 1; i <= 25; ++i)
        ASSERT_TRUE(a.client->write(put(newCase(i))).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return a.client->pendingWrites() == 0; }, 10000));
    EXPECT_EQ(c.count(RecordKind::Case), 1);
    QSignalSpy snapshots(c.client.get(), &SyncClient::snapshotApplied);
    c.client->start();
    ASSERT_TRUE(c.waitLive());
    EXPECT_EQ(c.count(RecordKind::Case), 26);
    EXPECT_EQ(snapshots.count(), 0); // incremental from seq, not a new snapshot
    EXPECT_EQ(c.replica->lastSeq().value(), seqWhenLeft + 25);
}

class FreshDesk : public Sync, public ::testing::WithParamInterface<bool> {};

// A snapshot as a database file (the default) and record by record (hubs that cannot copy themselves).
TEST_P(FreshDesk, GetsASnapshotOfEverything)
{
    const bool asFile = GetParam();
    m_hub.stop();
    ASSERT_EQ(m_hub.run({QStringLiteral("demo"), QStringLiteral("--data"), m_hub.dataDir(),
                         QStringLiteral("--subjects"), QStringLiteral("300")}),
              0)
        << m_hub.lastOutput().toStdString();
    // A center setting the hub keeps for itself.
    ASSERT_EQ(m_hub.run({QStringLiteral("recordings"), QStringLiteral("policy"), QStringLiteral("--data"),
                         m_hub.dataDir(), QStringLiteral("--allow-export"), QStringLiteral("yes")}),
              0)
        << m_hub.lastOutput().toStdString();
    ASSERT_TRUE(m_hub.start());
    Desk d(m_hub, QStringLiteral("desk-new"), QStringLiteral("agent1"), {}, asFile);
    // Something queued before the first sync must survive the replica being replaced.
    const CaseRecord early = newCase(99);
    ASSERT_TRUE(d.client->write(put(early)).ok());
    QSignalSpy snapshots(d.client.get(), &SyncClient::snapshotApplied);
    d.client->start();
    ASSERT_TRUE(d.waitLive(60000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return d.client->pendingWrites() == 0; }, 10000));
    EXPECT_EQ(snapshots.count(), 1);
    EXPECT_EQ(d.count(RecordKind::Subject), 300);
    EXPECT_GT(d.count(RecordKind::Device), 0);
    EXPECT_GT(d.count(RecordKind::KbArticle), 10);
    ASSERT_TRUE(QTest::qWaitFor([&] { return store::CaseRepository(*d.db).get(early.meta.id).ok(); }, 5000));
    // The replica is a working store: caller ID and Chinese search answer locally.
    store::SubjectRepository subjects(*d.db);
    const Subject first = subjects.all(1).value().first();
    ASSERT_FALSE(first.phones.isEmpty());
    EXPECT_FALSE(subjects.findByPhone(first.phones.first().number.canonical()).value().isEmpty());
    EXPECT_FALSE(subjects.search(first.name).value().isEmpty());
    // What only the hub may hold never reaches a desk.
    QSqlQuery q(d.db->connection());
    for (const char *table : {"account_secrets", "sessions", "audit_log", "recordings", "center_settings"}) {
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 0) << table;
    }
    // And after a restart the desk resumes from its seq, signed in with its kept token.
    d.client->stop();
    QSignalSpy again(d.client.get(), &SyncClient::snapshotApplied);
    d.client->start();
    ASSERT_TRUE(d.waitLive());
    EXPECT_EQ(again.count(), 0);
}

INSTANTIATE_TEST_SUITE_P(Sync, FreshDesk, ::testing::Values(true, false),
                         [](const auto &info) { return info.param ? "AsFile" : "AsRecords"; });

TEST_F(Sync, WrongPasswordAndWrongHubKeyAreRefused)
{
    Desk wrong(m_hub, QStringLiteral("desk-x"), QStringLiteral("agent1"));
    SyncConfig bad;
    wrong.client.reset();
    {
        SyncConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = m_hub.port();
        config.pinnedHubKey = m_hub.publicKey();
        config.login = QStringLiteral("agent1");
        config.password = QStringLiteral("not-the-password-1");
        SyncClient client(*wrong.replica, config);
        QSignalSpy failed(&client, &SyncClient::signInFailed);
        client.start();
        ASSERT_TRUE(failed.wait(10000));
        EXPECT_EQ(failed.first().at(0).value<Error>().code, ErrorCode::Unauthenticated);
        EXPECT_NE(client.state(), SyncState::Live);
    }
    {
        SyncConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = m_hub.port();
        config.pinnedHubKey = QByteArray(32, '\x42'); // some other hub
        config.login = QStringLiteral("agent1");
        config.password = HubProcess::kPassword;
        config.minReconnectMs = 200;
        SyncClient client(*wrong.replica, config);
        client.start();
        QTest::qWait(1500);
        EXPECT_NE(client.state(), SyncState::Live);
        EXPECT_EQ(wrong.count(RecordKind::Case), 0);
    }
}
