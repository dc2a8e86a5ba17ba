// The desk's alarm queue (报警队列): alarms, waiting hotline calls and owed callbacks in one list,
// most urgent first, waits against the 60-second target, a sound per priority repeated until
// somebody picks the row up; then with a real hub: an SOS posted by a terminal shows up on the
// agent's and the supervisor's desks, the agent takes it by keyboard and every desk sees who has
// it, an alarm nobody takes alerts the supervisor.
#include "deskclient.h"
#include "hubprocess.h"
#include "hubrecords.h"
#include "samples.h"
#include "testutil.h"

#include <safelink/desk/alarmqueue.h>
#include <safelink/desk/blocklist.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::desk;
using namespace safelink::test;

namespace {

core::Alarm alarmOf(const QString &id, core::AlarmCategory category, int priority, const QDateTime &raised)
{
    core::Alarm a;
    a.meta.id = id;
    a.meta.version = 1;
    a.category = category;
    a.priority = priority;
    a.raisedAt = raised;
    a.source = QStringLiteral("device-event");
    a.deviceId = QStringLiteral("dev-") + id;
    return a;
}

class AlarmQueueReplica : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = store::Database::open(
            store::DatabaseConfig{.path = m_dir.file(QStringLiteral("replica.sqlite"))});
        ASSERT_TRUE(db.ok());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->migrate().ok());
        core::Subject s = sampleSubject();
        ASSERT_TRUE(store::SubjectRepository(*m_db).insert(s).ok());
        m_subjectId = s.meta.id;
    }

    TempDir m_dir;
    std::unique_ptr<store::Database> m_db;
    QString m_subjectId;
};

} // namespace

// Order, waits, summary and the sounds, from a replica without a hub.
TEST_F(AlarmQueueReplica, MostUrgentFirstWaitsAgainstTheTargetAndTheSoundRepeatsUntilPickedUp)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::AlarmRepository alarms(*m_db);
    core::Alarm battery =
        alarmOf(QStringLiteral("a-bat"), core::AlarmCategory::LowBattery, 4, now.addSecs(-600));
    core::Alarm fall = alarmOf(QStringLiteral("a-fall"), core::AlarmCategory::Fall, 1, now.addSecs(-75));
    fall.subjectId = m_subjectId;
    core::Alarm taken = alarmOf(QStringLiteral("a-taken"), core::AlarmCategory::Sos, 1, now.addSecs(-200));
    ASSERT_TRUE(taken.take(QStringLiteral("acc-2"), QStringLiteral("王芳"), now.addSecs(-190)).ok());
    core::Alarm closed = alarmOf(QStringLiteral("a-closed"), core::AlarmCategory::Sos, 1, now.addSecs(-900));
    ASSERT_TRUE(closed.close(QStringLiteral("acc-2"), QStringLiteral("误报"), now.addSecs(-800)).ok());
    for (const core::Alarm &a : {battery, fall, taken, closed})
        ASSERT_TRUE(alarms.insert(a).ok());
    core::WorkOrder callback = sampleWorkOrder();
    callback.kind = core::WorkOrderKind::Callback;
    callback.state = core::WorkOrderState::Created;
    callback.assignee.clear();
    callback.providerId.clear();
    callback.phone = QStringLiteral("+8613900000009");
    callback.createdAt = now.addSecs(-3600);
    callback.dueAt = now.addSecs(3600);
    callback.history.clear();
    ASSERT_TRUE(store::WorkOrderRepository(*m_db).insert(callback).ok());

    AlarmQueue queue(m_db.get(), nullptr,
                     AlarmQueue::Identity{QStringLiteral("acc-1"), QStringLiteral("李娜"), false});
    QAbstractItemModelTester tester(&queue.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    queue.setCalls({protocol::QueuedCall{QStringLiteral("call-1"),
                                         QStringLiteral("13900000009"),
                                         QStringLiteral("unknown"),
                                         {},
                                         {},
                                         {},
                                         {},
                                         now.addSecs(-20)},
                    protocol::QueuedCall{QStringLiteral("call-2"),
                                         QStringLiteral("14712345678"),
                                         QStringLiteral("terminal"),
                                         QStringLiteral("s-9"),
                                         QStringLiteral("李建国"),
                                         {},
                                         QStringLiteral("1002"),
                                         now.addSecs(-5)}});
    queue.tick(now);
    const AlarmQueueModel &m = queue.model();
    // P1 rows nobody has first (the fall), then P1 in hand (taken SOS, the call ringing at a seat),
    // then the unknown caller (P3), then the callback (P4) and the battery (P4, older). Closed: gone.
    QStringList order;
    for (int r = 0; r < m.rowCount(); ++r)
        order << m.item(r)->id;
    EXPECT_EQ(order,
              (QStringList{QStringLiteral("a-fall"), QStringLiteral("a-taken"), QStringLiteral("call-2"),
                           QStringLiteral("call-1"), QStringLiteral("a-bat"), callback.meta.id}));
    EXPECT_EQ(m.data(m.index(0, AlarmQueueModel::Who)).toString(), QStringLiteral("陈桂英"));
    EXPECT_EQ(m.data(m.index(0, AlarmQueueModel::Waiting)).toString(), QStringLiteral("1:15"));
    // Past the 60-second target: amber; past 180 s: red.
    EXPECT_EQ(m.data(m.index(0, AlarmQueueModel::Waiting), Qt::ForegroundRole).value<QBrush>().color(),
              QColor(0xb3, 0x5c, 0x00));
    EXPECT_EQ(m.data(m.index(4, AlarmQueueModel::Waiting), Qt::ForegroundRole).value<QBrush>().color(),
              QColor(0xb0, 0x00, 0x20));
    EXPECT_EQ(m.data(m.index(1, AlarmQueueModel::Handler)).toString(), QStringLiteral("王芳"));
    EXPECT_EQ(m.item(5)->phone, QStringLiteral("+8613900000009"));
    // An alarm without a voice call: the person's own phone to call back (her first phone).
    EXPECT_EQ(m.item(0)->phone, QStringLiteral("+8613802223344"));
    EXPECT_EQ(m.waitingCount(), 3); // the fall, the unknown caller, the battery
    EXPECT_EQ(m.longestWait(), 600);

    // The P1 sound, again every 2 s while the fall waits; nothing in between.
    QSignalSpy alerts(&queue, &AlarmQueue::alert);
    queue.tick(now.addSecs(1));
    queue.tick(now.addSecs(2));
    queue.tick(now.addSecs(3));
    queue.tick(now.addSecs(4));
    ASSERT_EQ(alerts.size(), 2);
    EXPECT_EQ(alerts[0][0].toInt(), 1);
    // Without a hub an agent cannot take it (the take must reach the other desks).
    const Status refused = queue.take(QStringLiteral("a-fall"));
    EXPECT_FALSE(refused.ok());
    // Once the fall is in hand, the loudest is the unknown caller's P3, every 5 s.
    core::Alarm fallTaken = fall;
    ASSERT_TRUE(fallTaken.take(QStringLiteral("acc-1"), QStringLiteral("李娜"), now).ok());
    fallTaken.meta.version = 2;
    ASSERT_TRUE(alarms.upsert(fallTaken).ok());
    queue.reload();
    alerts.clear();
    for (int s = 10; s <= 20; ++s)
        queue.tick(now.addSecs(s));
    ASSERT_EQ(alerts.size(), 3); // at 10, 15, 20
    EXPECT_EQ(alerts[0][0].toInt(), 3);
    EXPECT_EQ(AlarmQueue::repeatSeconds(1), 2);
    EXPECT_EQ(AlarmQueue::repeatSeconds(5), 30);
}

// A supervisor's desk hears an escalated alarm as P1 and is told once.
TEST_F(AlarmQueueReplica, ASupervisorIsAlertedOnceAboutAnEscalatedAlarm)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    core::Alarm battery =
        alarmOf(QStringLiteral("a-bat"), core::AlarmCategory::LowBattery, 4, now.addSecs(-120));
    battery.escalatedAt = now.addSecs(-60);
    ASSERT_TRUE(store::AlarmRepository(*m_db).insert(battery).ok());
    AlarmQueue agent(m_db.get(), nullptr, {QStringLiteral("acc-1"), QStringLiteral("李娜"), false});
    AlarmQueue supervisor(m_db.get(), nullptr, {QStringLiteral("acc-9"), QStringLiteral("张班长"), true});
    QSignalSpy agentAlerts(&agent, &AlarmQueue::alert);
    QSignalSpy supAlerts(&supervisor, &AlarmQueue::alert);
    QSignalSpy escalated(&supervisor, &AlarmQueue::escalated);
    agent.tick(now);
    supervisor.tick(now);
    supervisor.tick(now.addSecs(2));
    ASSERT_EQ(agentAlerts.size(), 1);
    EXPECT_EQ(agentAlerts[0][0].toInt(), 4);
    ASSERT_EQ(supAlerts.size(), 2);
    EXPECT_EQ(supAlerts[0][0].toInt(), 1);
    ASSERT_EQ(escalated.size(), 1);
    EXPECT_EQ(escalated[0][0].toString(), QStringLiteral("a-bat"));
    EXPECT_EQ(agent.model().data(agent.model().index(0, AlarmQueueModel::Handler)).toString(),
              AlarmQueueModel::tr("Escalated"));
}

// With the real hub: a terminal's SOS reaches two desks; the agent takes it with Ctrl+Shift+J and
// the supervisor's desk sees who has it; held with a reason and a lower priority; then done.
TEST(AlarmQueueHub, AnSosIsTakenByKeyboardAndEveryDeskSeesWhoHasIt)
{
    HubProcess hub;
    ASSERT_TRUE(hub.setUp(1));
    ASSERT_EQ(hub.run({QStringLiteral("add-account"), QStringLiteral("--data"), hub.dataDir(),
                       QStringLiteral("--login"), QStringLiteral("boss"), QStringLiteral("--name"),
                       QStringLiteral("张班长"), QStringLiteral("--role"), QStringLiteral("supervisor"),
                       QStringLiteral("--password-file"), hub.scratch(QStringLiteral("password"))}),
              0);
    const QString deviceId = HubRecords(hub).putWearer();
    ASSERT_FALSE(deviceId.isEmpty());
    ASSERT_EQ(hub.run({QStringLiteral("device-token"), QStringLiteral("--data"), hub.dataDir(),
                       QStringLiteral("--device"), deviceId}),
              0);
    const QByteArray token =
        "Device " + hub.lastOutput().trimmed().split(QLatin1Char('\n')).last().trimmed().toUtf8();
    hub.enableHttp();
    ASSERT_TRUE(hub.start());
    DeskClient agentDesk(hub, QStringLiteral("seat-1"), QStringLiteral("agent1"));
    DeskClient bossDesk(hub, QStringLiteral("seat-9"), QStringLiteral("boss"));
    agentDesk.client->start();
    bossDesk.client->start();
    ASSERT_TRUE(agentDesk.waitLive());
    ASSERT_TRUE(bossDesk.waitLive());

    AlarmQueue agentQueue(agentDesk.db.get(), agentDesk.client.get(),
                          {agentDesk.client->accountId(), agentDesk.client->displayName(), false});
    AlarmQueue bossQueue(bossDesk.db.get(), bossDesk.client.get(),
                         {bossDesk.client->accountId(), bossDesk.client->displayName(), true});
    // As the desk session does: the queue reads the replica again when a change arrives.
    for (const auto &[queue, desk] : {std::pair{&agentQueue, &agentDesk}, std::pair{&bossQueue, &bossDesk}}) {
        QObject::connect(desk->client.get(), &sync::SyncClient::changeApplied, queue,
                         [q = queue](const protocol::Change &) { q->reload(); });
    }
    QWidget window;
    auto *panel = new AlarmQueuePanel(agentQueue, &window);
    panel->setSoundEnabled(false);
    window.resize(900, 300);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QTest::qWait(50);

    QNetworkAccessManager net;
    QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/device-events").arg(hub.httpPort())));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("Authorization", token);
    QNetworkReply *r = net.post(
        req, QJsonDocument(QJsonObject{{QStringLiteral("eventId"), QStringLiteral("sos-1")},
                                       {QStringLiteral("type"), QStringLiteral("sos")},
                                       {QStringLiteral("at"),
                                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}})
                 .toJson());
    ASSERT_TRUE(QTest::qWaitFor([r] { return r->isFinished(); }, 5000));
    EXPECT_EQ(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return agentQueue.model().rowCount() == 1; }, 1000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return bossQueue.model().rowCount() == 1; }, 1000));
    const QueueItem *row = agentQueue.model().item(0);
    EXPECT_EQ(row->priority, 1);
    EXPECT_EQ(row->who, QStringLiteral("陈桂英"));
    EXPECT_TRUE(row->needsPickUp);
    EXPECT_TRUE(panel->summaryText().contains(QStringLiteral("1")));
    QSignalSpy alerts(&agentQueue, &AlarmQueue::alert);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alerts.isEmpty(); }, 2500));
    EXPECT_EQ(alerts.first().first().toInt(), 1);

    // Ctrl+Shift+J: the agent takes the most urgent row.
    QSignalSpy taken(panel, &AlarmQueuePanel::takeRequested);
    panel->table().setFocus();
    QTest::keyClick(&panel->table(), Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(taken.size(), 1);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QueueItem *i = bossQueue.model().item(0);
            return i && i->alarm && i->alarm->state == core::AlarmState::Taken;
        },
        3000));
    EXPECT_EQ(bossQueue.model().item(0)->handler, agentDesk.client->displayName());
    EXPECT_FALSE(bossQueue.model().item(0)->needsPickUp);
    // No voice call came with the SOS: Ctrl+Shift+R calls the wearable (it answers by itself).
    QSignalSpy callBack(panel, &AlarmQueuePanel::callBackRequested);
    QTest::keyClick(&panel->table(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    ASSERT_EQ(callBack.size(), 1);
    EXPECT_EQ(callBack.first().first().value<QueueItem>().phone, QStringLiteral("+8614712345678"));

    // Held with a reason and a lower priority, then done: off every desk's queue.
    const QString id = bossQueue.model().item(0)->id;
    ASSERT_TRUE(QTest::qWaitFor([&] { return agentQueue.model().item(0)->alarm->meta.version >= 2; }, 3000));
    EXPECT_FALSE(agentQueue.hold(id, QString(), 3).ok()); // a reason is required
    ASSERT_TRUE(agentQueue.hold(id, QStringLiteral("家属已在赶来路上"), 3).ok());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            const QueueItem *i = bossQueue.model().item(0);
            return i && i->held && i->priority == 3;
        },
        3000));
    EXPECT_EQ(bossQueue.model().item(0)->alarm->originalPriority, 1);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return agentQueue.model().item(0)->alarm->state == core::AlarmState::Held; }, 3000));
    ASSERT_TRUE(agentQueue.close(id, QStringLiteral("家属到场，已送医")).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return bossQueue.model().rowCount() == 0; }, 3000));
    auto stored = store::AlarmRepository(*bossDesk.db).get(id);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->state, core::AlarmState::Closed);
    EXPECT_EQ(stored->outcome, QStringLiteral("家属到场，已送医"));
    EXPECT_EQ(stored->closedBy, agentDesk.client->accountId());
}

// 骚扰号码名单 from the desk: a supervisor blocks a number with its reason (a bad number or a missing
// reason refused, naming the field); the agent's desk lists it read-only; the supervisor unblocks it.
TEST(BlockListHub, ASupervisorKeepsTheListAndAgentsSeeIt)
{
    HubProcess hub;
    ASSERT_TRUE(hub.setUp(1));
    ASSERT_EQ(hub.run({QStringLiteral("add-account"), QStringLiteral("--data"), hub.dataDir(),
                       QStringLiteral("--login"), QStringLiteral("boss"), QStringLiteral("--name"),
                       QStringLiteral("张班长"), QStringLiteral("--role"), QStringLiteral("supervisor"),
                       QStringLiteral("--password-file"), hub.scratch(QStringLiteral("password"))}),
              0);
    ASSERT_TRUE(hub.start());
    DeskClient agentDesk(hub, QStringLiteral("seat-1"), QStringLiteral("agent1"));
    DeskClient bossDesk(hub, QStringLiteral("seat-9"), QStringLiteral("boss"));
    agentDesk.client->start();
    bossDesk.client->start();
    ASSERT_TRUE(agentDesk.waitLive());
    ASSERT_TRUE(bossDesk.waitLive());

    BlockListDialog boss(bossDesk.db.get(), bossDesk.client.get(), true, QStringLiteral("020"));
    BlockListDialog agent(agentDesk.db.get(), agentDesk.client.get(), false, QStringLiteral("020"));
    EXPECT_EQ(agent.findChild<QLineEdit *>(QStringLiteral("blockNumber")), nullptr); // read-only
    ASSERT_NE(boss.findChild<QLineEdit *>(QStringLiteral("blockNumber")), nullptr);

    EXPECT_EQ(boss.block(QStringLiteral("not a number"), QStringLiteral("骚扰")).error().field,
              QStringLiteral("number"));
    EXPECT_EQ(boss.block(QStringLiteral("139 0000 0666"), QString()).error().field, QStringLiteral("reason"));
    ASSERT_TRUE(boss.block(QStringLiteral("139 0000 0666"), QStringLiteral("反复辱骂坐席")).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.rowCount() == 1; }, 3000));
    EXPECT_EQ(agent.numberAt(0), QStringLiteral("+8613900000666"));
    auto listed =
        store::BlockedNumberRepository(*agentDesk.db).findByNumber(QStringLiteral("+8613900000666"));
    ASSERT_TRUE(listed.ok() && listed->has_value());
    EXPECT_EQ((*listed)->reason, QStringLiteral("反复辱骂坐席"));
    EXPECT_EQ((*listed)->addedBy, QStringLiteral("张班长"));

    // An agent cannot change it: the hub refuses the write.
    QSignalSpy refused(agentDesk.client.get(), &sync::SyncClient::writeRejected);
    ASSERT_TRUE(
        agent.block(QStringLiteral("13900000777"), QStringLiteral("试试")).ok()); // queued in the outbox
    ASSERT_TRUE(QTest::qWaitFor([&] { return !refused.isEmpty(); }, 3000));
    EXPECT_EQ(refused.first().at(1).value<Error>().code, ErrorCode::Forbidden);
    EXPECT_EQ(agent.rowCount(), 1);

    ASSERT_TRUE(QTest::qWaitFor([&] { return boss.rowCount() == 1; }, 3000));
    ASSERT_TRUE(boss.unblock((*listed)->meta.id).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return agent.rowCount() == 0; }, 3000));
}
