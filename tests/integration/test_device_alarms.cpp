// The device gateway end to end: a real hub process takes terminals' events over HTTP and raises
// alarms (and fault work orders) that desks signed in to it receive; silent terminals and alarms
// nobody takes are noticed by the hub itself.

#include "deskclient.h"
#include "hubprocess.h"
#include "hubrecords.h"
#include "samples.h"
#include "testutil.h"

#include <safelink/core/alarm.h>
#include <safelink/core/workorder.h>
#include <safelink/hub/deviceevents.h>
#include <safelink/store/repositories.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

namespace {

struct Posted {
    int status = 0;
    QJsonObject body;
};

class DeviceAlarms : public ::testing::Test {
protected:
    // The hub with a person and her wearable; `settings` for `safelink-hub alarms`.
    void startHub(const QStringList &settings = {})
    {
        ASSERT_TRUE(hub.setUp(1));
        m_deviceId = HubRecords(hub).putWearer();
        ASSERT_FALSE(m_deviceId.isEmpty());
        m_subjectId = sampleDevice().subjectId;
        ASSERT_EQ(hub.run({QStringLiteral("device-token"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--device"), m_deviceId}),
                  0)
            << hub.lastOutput().toStdString();
        m_token = "Device " + hub.lastOutput().trimmed().split(QLatin1Char('\n')).last().trimmed().toUtf8();
        if (!settings.isEmpty())
            ASSERT_EQ(hub.run(QStringList{QStringLiteral("alarms"), QStringLiteral("--data"), hub.dataDir()}
                              + settings),
                      0)
                << hub.lastOutput().toStdString();
        hub.enableHttp();
        ASSERT_TRUE(hub.start());
        desk = std::make_unique<DeskClient>(hub, QStringLiteral("seat-1"), QStringLiteral("agent1"));
        desk->client->start();
        ASSERT_TRUE(desk->waitLive());
    }

    Posted post(const QJsonObject &event, const QByteArray &auth)
    {
        QNetworkRequest req(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/device-events").arg(hub.httpPort())));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!auth.isEmpty())
            req.setRawHeader("Authorization", auth);
        QNetworkReply *r = m_net.post(req, QJsonDocument(event).toJson(QJsonDocument::Compact));
        EXPECT_TRUE(QTest::qWaitFor([r] { return r->isFinished(); }, 10000));
        Posted out{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   QJsonDocument::fromJson(r->readAll()).object()};
        r->deleteLater();
        return out;
    }

    static QJsonObject event(const QString &id, const QString &type, const QDateTime &at)
    {
        return QJsonObject{{QStringLiteral("eventId"), id},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}};
    }

    QList<core::Alarm> alarms() { return store::AlarmRepository(*desk->db).all().valueOr({}); }
    QList<core::Alarm> alarmsOf(core::AlarmCategory c)
    {
        QList<core::Alarm> out;
        for (const core::Alarm &a : alarms()) {
            if (a.category == c)
                out.append(a);
        }
        return out;
    }
    QList<core::WorkOrder> maintenance()
    {
        QList<core::WorkOrder> out;
        for (const core::WorkOrder &w : store::WorkOrderRepository(*desk->db).all().valueOr({})) {
            if (w.kind == core::WorkOrderKind::Maintenance)
                out.append(w);
        }
        return out;
    }

    HubProcess hub;
    std::unique_ptr<DeskClient> desk;
    QNetworkAccessManager m_net;
    QByteArray m_token;
    QString m_deviceId;
    QString m_subjectId;
};

} // namespace

// An SOS with a GPS fix, posted by the wearable: on the desk as a P1 alarm with the person and the
// position within a second, and the terminal's record moves on the map.
TEST_F(DeviceAlarms, SosWithGpsReachesTheDeskWithinASecond)
{
    startHub();
    QJsonObject sos = event(QStringLiteral("W4G-1"), QStringLiteral("sos"), QDateTime::currentDateTimeUtc());
    sos.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("lat"), 23.1291},
                                                       {QStringLiteral("lon"), 113.2644},
                                                       {QStringLiteral("accuracy"), 8},
                                                       {QStringLiteral("source"), QStringLiteral("gps")}});
    sos.insert(QStringLiteral("battery"), 64);
    QElapsedTimer clock;
    clock.start();
    const Posted posted = post(sos, m_token);
    ASSERT_EQ(posted.status, 202) << QJsonDocument(posted.body).toJson().toStdString();
    QList<core::Alarm> raised;
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !(raised = alarmsOf(core::AlarmCategory::Sos)).isEmpty(); }, 1000));
    std::printf("device_event_to_desk_ms: %lld\n", static_cast<long long>(clock.elapsed()));
    ASSERT_EQ(raised.size(), 1);
    const core::Alarm &a = raised[0];
    EXPECT_EQ(a.priority, 1);
    EXPECT_EQ(a.state, core::AlarmState::Open);
    EXPECT_EQ(a.deviceId, m_deviceId);
    EXPECT_EQ(a.subjectId, m_subjectId);
    ASSERT_TRUE(a.position.has_value());
    EXPECT_DOUBLE_EQ(a.position->latitude, 23.1291);
    EXPECT_EQ(a.positionSource, core::PositionSource::Gps);
    EXPECT_TRUE(a.workOrderId.isEmpty()); // an SOS is no fault
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto d = store::DeviceRepository(*desk->db).get(m_deviceId);
            return d && d->lastPosition && std::abs(d->lastPosition->latitude - 23.1291) < 1e-9;
        },
        3000));
    EXPECT_EQ(store::DeviceRepository(*desk->db).get(m_deviceId)->batteryPercent, 64);

    // Pressed again while the first alarm is open: the same alarm, brought up to date.
    ASSERT_EQ(
        post(event(QStringLiteral("W4G-2"), QStringLiteral("sos"), QDateTime::currentDateTimeUtc()), m_token)
            .status,
        202);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            auto all = alarmsOf(core::AlarmCategory::Sos);
            return all.size() == 1 && all[0].meta.version > a.meta.version;
        },
        3000));
    EXPECT_TRUE(alarmsOf(core::AlarmCategory::Sos)[0].detail.contains(QStringLiteral("again"))
                || alarmsOf(core::AlarmCategory::Sos)[0].detail.contains(QStringLiteral("再次")));
}

// Bad, duplicated, out-of-order and unauthenticated events: each handled as the API says, and a
// fault opens a maintenance order due within 24 hours.
TEST_F(DeviceAlarms, BadDuplicateOutOfOrderAndUnauthenticatedEvents)
{
    startHub();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Bad: a latitude out of range is refused naming the field, and nothing is raised.
    QJsonObject bad = event(QStringLiteral("bad-1"), QStringLiteral("sos"), now);
    bad.insert(QStringLiteral("position"), QJsonObject{{QStringLiteral("lat"), 123.0},
                                                       {QStringLiteral("lon"), 113.0},
                                                       {QStringLiteral("source"), QStringLiteral("gps")}});
    const Posted refused = post(bad, m_token);
    EXPECT_EQ(refused.status, 400);
    EXPECT_EQ(
        refused.body.value(QStringLiteral("error")).toObject().value(QStringLiteral("field")).toString(),
        QStringLiteral("position.lat"));
    // Unauthenticated: no token, or a wrong one.
    EXPECT_EQ(post(event(QStringLiteral("anon-1"), QStringLiteral("sos"), now), {}).status, 401);
    EXPECT_EQ(post(event(QStringLiteral("anon-2"), QStringLiteral("sos"), now), "Device not-a-token").status,
              401);

    // A fault: low battery opens a P4 alarm and a maintenance order due within 24 h.
    QJsonObject low = event(QStringLiteral("bat-1"), QStringLiteral("low_battery"), now);
    low.insert(QStringLiteral("battery"), 9);
    ASSERT_EQ(post(low, m_token).status, 202);
    // Duplicate: the same eventId again is 200 and changes nothing.
    const Posted again = post(low, m_token);
    EXPECT_EQ(again.status, 200);
    EXPECT_TRUE(again.body.value(QStringLiteral("duplicate")).toBool());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::LowBattery).isEmpty(); }, 3000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return maintenance().size() == 1; }, 3000));
    const core::WorkOrder order = maintenance().first();
    EXPECT_EQ(order.deviceId, m_deviceId);
    EXPECT_EQ(order.createdAt.secsTo(order.dueAt), 24 * 3600);
    EXPECT_EQ(alarmsOf(core::AlarmCategory::LowBattery).first().workOrderId, order.meta.id);
    EXPECT_EQ(alarmsOf(core::AlarmCategory::LowBattery).first().priority, 4);

    // Out of order: the terminal's queued "mains lost" arrives after "mains restored" that happened
    // later by its clock — news (P5), not a fault: no second maintenance order.
    ASSERT_EQ(post(event(QStringLiteral("pw-2"), QStringLiteral("power_restored"), now.addSecs(-60)), m_token)
                  .status,
              202);
    ASSERT_EQ(
        post(event(QStringLiteral("pw-1"), QStringLiteral("power_lost"), now.addSecs(-600)), m_token).status,
        202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::PowerLost).isEmpty(); }, 3000));
    EXPECT_EQ(alarmsOf(core::AlarmCategory::PowerLost).first().priority, 5);
    EXPECT_TRUE(alarmsOf(core::AlarmCategory::PowerLost).first().workOrderId.isEmpty());
    QTest::qWait(500);
    EXPECT_EQ(maintenance().size(), 1);
    EXPECT_TRUE(alarmsOf(core::AlarmCategory::Sos).isEmpty());
}

// The hub notices silence itself: a terminal that sent one heartbeat and then nothing for two
// intervals gets a "terminal silent" fault with its maintenance order; heard again, a P5 notice.
TEST_F(DeviceAlarms, ASilentTerminalRaisesAHeartbeatFault)
{
    startHub({QStringLiteral("--heartbeat-seconds"), QStringLiteral("3")});
    ASSERT_EQ(
        post(event(QStringLiteral("hb-1"), QStringLiteral("heartbeat"), QDateTime::currentDateTimeUtc()),
             m_token)
            .status,
        202);
    QTest::qWait(2000);
    EXPECT_TRUE(alarmsOf(core::AlarmCategory::HeartbeatMissing).isEmpty()); // one interval: not yet
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::HeartbeatMissing).isEmpty(); }, 8000));
    const core::Alarm silent = alarmsOf(core::AlarmCategory::HeartbeatMissing).first();
    EXPECT_EQ(silent.deviceId, m_deviceId);
    EXPECT_EQ(silent.priority, 3);
    EXPECT_FALSE(silent.workOrderId.isEmpty());
    ASSERT_TRUE(QTest::qWaitFor([&] { return maintenance().size() == 1; }, 3000));
    QTest::qWait(3500);
    EXPECT_EQ(alarmsOf(core::AlarmCategory::HeartbeatMissing).size(), 1); // raised once, not every check

    ASSERT_EQ(
        post(event(QStringLiteral("hb-2"), QStringLiteral("heartbeat"), QDateTime::currentDateTimeUtc()),
             m_token)
            .status,
        202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::Restore).isEmpty(); }, 3000));
    EXPECT_EQ(alarmsOf(core::AlarmCategory::Restore).first().priority, 5);
}

// Dead-man alert: an alarm nobody takes within the escalation time is marked escalated (the
// supervisors' desks alert on it); one that an agent took is not.
TEST_F(DeviceAlarms, AnAlarmNobodyTakesIsEscalated)
{
    startHub({QStringLiteral("--escalate-seconds"), QStringLiteral("5")});
    ASSERT_EQ(
        post(event(QStringLiteral("f-1"), QStringLiteral("fall"), QDateTime::currentDateTimeUtc()), m_token)
            .status,
        202);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::Fall).isEmpty(); }, 3000));
    EXPECT_FALSE(alarmsOf(core::AlarmCategory::Fall).first().escalatedAt.isValid());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return alarmsOf(core::AlarmCategory::Fall).first().escalatedAt.isValid(); }, 9000));
    const core::Alarm fall = alarmsOf(core::AlarmCategory::Fall).first();
    EXPECT_GE(fall.raisedAt.secsTo(fall.escalatedAt), 5);
    EXPECT_EQ(fall.state, core::AlarmState::Open);
}

// Nothing accepted is lost: an event the hub stored but had not turned into an alarm when it
// stopped (here: stored while it was down) becomes the alarm when it starts again.
TEST_F(DeviceAlarms, AnEventStoredBeforeARestartStillBecomesAnAlarm)
{
    startHub();
    desk->client->stop();
    hub.stop();
    {
        HubRecords records(hub);
        hub::DeviceEvents events(records.db());
        const QJsonObject body =
            event(QStringLiteral("late-1"), QStringLiteral("fall"), QDateTime::currentDateTimeUtc());
        auto e = hub::DeviceEvent::fromJson(body, m_deviceId);
        ASSERT_TRUE(e.ok());
        ASSERT_TRUE(events.record(*e, QJsonDocument(body).toJson(QJsonDocument::Compact)).ok());
    }
    ASSERT_TRUE(hub.start());
    desk->client->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::Fall).isEmpty(); }, 10000));
    EXPECT_EQ(alarmsOf(core::AlarmCategory::Fall).first().sourceRef,
              QStringLiteral("dev:") + m_deviceId + QStringLiteral(":late-1"));
}
