// Call routing with the real parts: Kamailio running packaging/kamailio/kamailio.cfg asks a real
// hub process (http_client) where hotline calls go; seats are baresip phones registered at
// Kamailio plus desks signed in to the hub (their ready/break state is what the ACD reads);
// callers are baresip terminals dialling the hotline.

#include "deskclient.h"
#include "hubprocess.h"
#include "hubrecords.h"

#include "samples.h"
#include "sip/baresippeer.h"
#include "sip/kamailioprocess.h"
#include "sip/siptestutil.h"
#include "testutil.h"

#include <safelink/core/callrecord.h>
#include <safelink/core/workorder.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>
#include <safelink/store/repositories.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

namespace {

const QString kHotline = QStringLiteral("96110");
const QString kSipPassword = QStringLiteral("sip-secret");
// Who calls: a person on record who speaks 粤语, a wearable (its SIM number is its SIP account)
// worn by a Mandarin speaker, and numbers the center does not know.
const QString kCantonese = QStringLiteral("13802223344");
const QString kTerminal = QStringLiteral("14712345678");
const QString kUnknown = QStringLiteral("13900000009");
const QString kBlocked = QStringLiteral("13900000666");

// A seat: its phone (baresip registered at Kamailio) and its desk (signed in to the hub).
struct TestSeat {
    std::unique_ptr<BaresipPeer> phone;
    std::unique_ptr<DeskClient> desk;

    void setState(core::SeatActivity activity)
    {
        protocol::SeatStatusUpdate s;
        s.activity = activity;
        s.reason = activity == core::SeatActivity::Break ? QStringLiteral("培训") : QString();
        s.phoneRegistered = true;
        desk->client->setSeatStatus(s);
    }
};

class CallRouting : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(hub.setUp(0));
        const QString pw = hub.scratch(QStringLiteral("password"));
        ASSERT_EQ(hub.run({QStringLiteral("add-account"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--login"), QStringLiteral("mandarin"), QStringLiteral("--role"),
                           QStringLiteral("agent"), QStringLiteral("--skill"), QStringLiteral("普通话"),
                           QStringLiteral("--password-file"), pw}),
                  0)
            << hub.lastOutput().toStdString();
        ASSERT_EQ(hub.run({QStringLiteral("add-account"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--login"), QStringLiteral("cantonese"), QStringLiteral("--role"),
                           QStringLiteral("agent"), QStringLiteral("--skill"), QStringLiteral("粤语"),
                           QStringLiteral("--password-file"), pw}),
                  0);
        ASSERT_EQ(hub.run({QStringLiteral("add-account"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--login"), QStringLiteral("boss"), QStringLiteral("--role"),
                           QStringLiteral("supervisor"), QStringLiteral("--password-file"), pw}),
                  0);
        const QString sipPw = hub.scratch(QStringLiteral("sip-password"));
        QFile f(sipPw);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(kSipPassword.toUtf8() + '\n');
        f.close();
        for (const auto &[name, user] : {std::pair{QStringLiteral("坐席1"), QStringLiteral("1001")},
                                         std::pair{QStringLiteral("坐席2"), QStringLiteral("1002")}}) {
            ASSERT_EQ(hub.run({QStringLiteral("seat"), QStringLiteral("--data"), hub.dataDir(),
                               QStringLiteral("--name"), name, QStringLiteral("--sip-user"), user,
                               QStringLiteral("--sip-password-file"), sipPw}),
                      0)
                << hub.lastOutput().toStdString();
        }
        ASSERT_EQ(hub.run({QStringLiteral("routing"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--ring-seconds"), QStringLiteral("5")}),
                  0)
            << hub.lastOutput().toStdString();
        ASSERT_EQ(hub.run({QStringLiteral("block"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--add"), kBlocked, QStringLiteral("--reason"),
                           QStringLiteral("反复骚扰坐席")}),
                  0)
            << hub.lastOutput().toStdString();
        ASSERT_EQ(hub.run({QStringLiteral("routing"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--new-token")}),
                  0);
        // The token is the last line (log lines go to the same output).
        const QString token = hub.lastOutput().trimmed().split(QLatin1Char('\n')).last().trimmed();
        ASSERT_EQ(token.size(), 43) << token.toStdString();
        writeCenterRecords();

        hub.enableHttp();
        ASSERT_TRUE(hub.start());
        sip.addDefine(QStringLiteral("HUB_URL=\"http://127.0.0.1:%1\"").arg(hub.httpPort()));
        sip.addDefine(QStringLiteral("ROUTE_TOKEN=\"%1\"").arg(token));
        sip.addDefine(QStringLiteral("HOTLINE=\"%1\"").arg(kHotline));
        for (const QString &u :
             {QStringLiteral("1001"), QStringLiteral("1002"), kCantonese, kTerminal, kUnknown, kBlocked})
            ASSERT_TRUE(sip.addUser(u, kSipPassword));
        ASSERT_TRUE(sip.start());
    }

    // The people and the terminal, written into the hub's database before it starts.
    void writeCenterRecords()
    {
        HubRecords records(hub);
        auto put = [&](core::RecordKind kind, const QCborMap &record) {
            ASSERT_TRUE(records.put(kind, record));
        };
        core::Subject cantonese = sampleSubject(QStringLiteral("陈桂英"), kCantonese);
        cantonese.languages = {QStringLiteral("粤语")};
        cantonese.meta.version = 0;
        put(core::RecordKind::Subject, cantonese.toCbor());
        core::Subject wearer = sampleSubject(QStringLiteral("李建国"), QStringLiteral("13911112222"));
        wearer.meta = core::RecordMeta{};
        wearer.meta.id = QStringLiteral("5b0e7a1c-1111-4c3e-9a55-000000000002");
        wearer.residentId = {};
        wearer.householdId.clear();
        wearer.languages = {QStringLiteral("普通话")};
        put(core::RecordKind::Subject, wearer.toCbor());
        core::Device watch = sampleDevice();
        watch.meta.version = 0;
        watch.subjectId = wearer.meta.id;
        watch.householdId = QStringLiteral("hh-2");
        watch.simNumber = core::PhoneNumber::parse(kTerminal).value();
        put(core::RecordKind::Device, watch.toCbor());
        m_wearerId = wearer.meta.id;
        m_cantoneseId = cantonese.meta.id;
    }

    TestSeat seat(const QString &sipUser, const QString &name, const QString &login, bool autoAnswer = true)
    {
        TestSeat s;
        auto options = BaresipPeer::registered(sipUser, kSipPassword, sip.port());
        options.autoAnswer = autoAnswer;
        s.phone = std::make_unique<BaresipPeer>(options);
        EXPECT_TRUE(s.phone->start());
        EXPECT_TRUE(s.phone->waitRegistered());
        s.desk = std::make_unique<DeskClient>(hub, name, login);
        s.desk->client->start();
        EXPECT_TRUE(s.desk->waitLive());
        return s;
    }

    std::unique_ptr<BaresipPeer> caller(const QString &user)
    {
        auto p = std::make_unique<BaresipPeer>(BaresipPeer::registered(user, kSipPassword, sip.port()));
        EXPECT_TRUE(p->start());
        EXPECT_TRUE(p->waitRegistered());
        return p;
    }

    // The hub's call queue as a supervisor reads it over HTTP.
    QJsonArray callQueue()
    {
        if (m_bearer.isEmpty()) {
            QNetworkRequest req(
                QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/sessions").arg(hub.httpPort())));
            req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            QNetworkReply *r = m_net.post(
                req, QJsonDocument(QJsonObject{{QStringLiteral("login"), QStringLiteral("boss")},
                                               {QStringLiteral("password"), HubProcess::kPassword}})
                         .toJson());
            EXPECT_TRUE(QTest::qWaitFor([r] { return r->isFinished(); }, 10000));
            m_bearer = "Bearer "
                       + QJsonDocument::fromJson(r->readAll())
                             .object()
                             .value(QStringLiteral("token"))
                             .toString()
                             .toUtf8();
            r->deleteLater();
        }
        QNetworkRequest req(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/call-queue").arg(hub.httpPort())));
        req.setRawHeader("Authorization", m_bearer);
        QNetworkReply *r = m_net.get(req);
        EXPECT_TRUE(QTest::qWaitFor([r] { return r->isFinished(); }, 10000));
        const QJsonArray calls =
            QJsonDocument::fromJson(r->readAll()).object().value(QStringLiteral("calls")).toArray();
        r->deleteLater();
        return calls;
    }

    static QStringList callers(const QJsonArray &calls)
    {
        QStringList out;
        for (const QJsonValue &v : calls)
            out << v.toObject().value(QStringLiteral("caller")).toString();
        return out;
    }

    // Work orders of one kind on a desk's replica.
    static QList<core::WorkOrder> callbacks(DeskClient &desk)
    {
        QList<core::WorkOrder> out;
        store::WorkOrderRepository orders(*desk.db);
        for (const core::WorkOrder &w : orders.all().valueOr({})) {
            if (w.kind == core::WorkOrderKind::Callback)
                out.append(w);
        }
        return out;
    }

    HubProcess hub;
    KamailioProcess sip;
    QNetworkAccessManager m_net;
    QByteArray m_bearer;
    QString m_wearerId;
    QString m_cantoneseId;
};

bool establishedWith(BaresipPeer &phone, const QString &user, int ms)
{
    return phone
        .waitForEvent(QStringLiteral("CALL_ESTABLISHED"), ms,
                      [&](const BaresipEvent &e) { return e.peerUri.contains(user + QLatin1Char('@')); })
        .has_value();
}

} // namespace

// Three callers while both agents are on a break: all three wait in the hub's queue (terminal
// first, then the person on record, then the unknown number, whatever the order they called in);
// the first agent back gets the SOS terminal; the unknown caller gives up and becomes a callback
// task on the desks; the Cantonese agent gets the Cantonese caller.
TEST_F(CallRouting, TheSosTerminalIsAnsweredFirstAndAnAbandonedCallBecomesACallback)
{
    TestSeat a = seat(QStringLiteral("1001"), QStringLiteral("坐席1"), QStringLiteral("mandarin"));
    TestSeat b = seat(QStringLiteral("1002"), QStringLiteral("坐席2"), QStringLiteral("cantonese"));
    a.setState(core::SeatActivity::Break);
    b.setState(core::SeatActivity::Break);
    QTest::qWait(300);

    auto unknown = caller(kUnknown);
    auto cantonese = caller(kCantonese);
    auto terminal = caller(kTerminal);
    ASSERT_TRUE(unknown->dial(QStringLiteral("sip:%1@127.0.0.1:%2").arg(kHotline).arg(sip.port())));
    ASSERT_TRUE(unknown->waitForEvent(QStringLiteral("CALL_RINGING"), 5000)) << sip.logText().toStdString();
    ASSERT_TRUE(cantonese->dial(QStringLiteral("sip:%1@127.0.0.1:%2").arg(kHotline).arg(sip.port())));
    ASSERT_TRUE(cantonese->waitForEvent(QStringLiteral("CALL_RINGING"), 5000));
    ASSERT_TRUE(terminal->dial(QStringLiteral("sip:%1@127.0.0.1:%2").arg(kHotline).arg(sip.port())));
    ASSERT_TRUE(terminal->waitForEvent(QStringLiteral("CALL_RINGING"), 5000));

    QJsonArray queue;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (queue = callQueue()).size() == 3; }, 5000)) << queue.size();
    EXPECT_EQ(callers(queue), (QStringList{kTerminal, kCantonese, kUnknown}));
    EXPECT_EQ(queue[0].toObject().value(QStringLiteral("callerClass")).toString(),
              QStringLiteral("terminal"));
    EXPECT_EQ(queue[1].toObject().value(QStringLiteral("subjectName")).toString(), QStringLiteral("陈桂英"));
    EXPECT_EQ(queue[1].toObject().value(QStringLiteral("languages")).toArray().first().toString(),
              QStringLiteral("粤语"));
    EXPECT_EQ(queue[2].toObject().value(QStringLiteral("callerClass")).toString(), QStringLiteral("unknown"));

    // The Mandarin agent is back first: the terminal's SOS is put through, not the first caller.
    a.setState(core::SeatActivity::Ready);
    EXPECT_TRUE(establishedWith(*a.phone, kTerminal, 8000)) << sip.logText().toStdString();
    EXPECT_TRUE(terminal->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 3000));

    // The unknown caller hangs up while waiting: a callback order reaches every desk.
    ASSERT_TRUE(unknown->hangup());
    QList<core::WorkOrder> orders;
    ASSERT_TRUE(QTest::qWaitFor([&] { return !(orders = callbacks(*b.desk)).isEmpty(); }, 5000));
    ASSERT_EQ(orders.size(), 1);
    EXPECT_EQ(orders[0].phone, QStringLiteral("+86") + kUnknown);
    EXPECT_EQ(orders[0].state, core::WorkOrderState::Created);
    EXPECT_TRUE(orders[0].subjectId.isEmpty());
    EXPECT_TRUE(orders[0].isOpen());
    EXPECT_LE(orders[0].dueAt, orders[0].createdAt.addSecs(24 * 3600));
    EXPECT_TRUE(orders[0].description.contains(QStringLiteral("139 0000 0009"))
                || orders[0].description.contains(kUnknown))
        << orders[0].description.toStdString();
    // ...with the missed call itself in the call records.
    bool abandonedCall = false;
    for (const core::CallRecord &c : store::CallRepository(*b.desk->db).all().valueOr({}))
        abandonedCall |= c.disposition == core::CallDisposition::Abandoned
                         && c.remoteNumber.canonical() == QStringLiteral("+86") + kUnknown;
    EXPECT_TRUE(abandonedCall);
    ASSERT_TRUE(QTest::qWaitFor([&] { return callQueue().size() == 1; }, 3000));

    // The Cantonese agent comes back: the Cantonese caller reaches her.
    b.setState(core::SeatActivity::Ready);
    EXPECT_TRUE(establishedWith(*b.phone, kCantonese, 8000)) << sip.logText().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return callQueue().isEmpty(); }, 3000));
    // Answered calls are no callback work.
    QTest::qWait(1500);
    EXPECT_EQ(callbacks(*b.desk).size(), 1);
}

// Both agents free: the Mandarin agent has waited longer, but the Cantonese caller goes to the
// agent who speaks 粤语. Then a seat that lets a call ring out is skipped: the next caller rings
// there for the ring time (5 s) and is then put through to the other seat.
TEST_F(CallRouting, DialectSpeakerFirstAndASeatThatDoesNotAnswerIsSkipped)
{
    TestSeat a = seat(QStringLiteral("1001"), QStringLiteral("坐席1"), QStringLiteral("mandarin"), false);
    TestSeat b = seat(QStringLiteral("1002"), QStringLiteral("坐席2"), QStringLiteral("cantonese"));
    a.setState(core::SeatActivity::Ready);
    QTest::qWait(1100); // a is idle longer
    b.setState(core::SeatActivity::Ready);
    QTest::qWait(300);

    auto cantonese = caller(kCantonese);
    ASSERT_TRUE(cantonese->dial(QStringLiteral("sip:%1@127.0.0.1:%2").arg(kHotline).arg(sip.port())));
    EXPECT_TRUE(establishedWith(*b.phone, kCantonese, 8000)) << sip.logText().toStdString();
    EXPECT_EQ(a.phone->eventCount(QStringLiteral("CALL_INCOMING")), 0);
    ASSERT_TRUE(cantonese->hangup());
    ASSERT_TRUE(b.phone->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000));
    b.setState(core::SeatActivity::WrapUp);
    b.setState(core::SeatActivity::Ready);
    QTest::qWait(300);

    // Seat a (idle longest, no dialect needed) rings and does not answer; b answers after it.
    auto unknown = caller(kUnknown);
    ASSERT_TRUE(unknown->dial(QStringLiteral("sip:%1@127.0.0.1:%2").arg(kHotline).arg(sip.port())));
    ASSERT_TRUE(a.phone->waitForEvent(QStringLiteral("CALL_INCOMING"), 5000)) << sip.logText().toStdString();
    const qint64 rangAt = monotonicMs();
    EXPECT_TRUE(establishedWith(*b.phone, kUnknown, 12000)) << sip.logText().toStdString();
    EXPECT_GE(monotonicMs() - rangAt, 4000); // after a's ring time, not at once
    EXPECT_TRUE(a.phone->waitForEvent(QStringLiteral("CALL_CLOSED"), 3000));
    // Put through, so nothing to call back.
    QTest::qWait(1500);
    EXPECT_TRUE(callbacks(*b.desk).isEmpty());
}

// A number on the harassment list is refused (603) without ringing any seat, and the refusal is
// recorded with its reason.
TEST_F(CallRouting, ABlockedNumberIsRefusedWithItsReasonRecorded)
{
    TestSeat a = seat(QStringLiteral("1001"), QStringLiteral("坐席1"), QStringLiteral("mandarin"));
    a.setState(core::SeatActivity::Ready);
    QTest::qWait(300);
    auto blocked = caller(kBlocked);
    ASSERT_TRUE(blocked->dial(QStringLiteral("sip:%1@127.0.0.1:%2").arg(kHotline).arg(sip.port())));
    auto closed = blocked->waitForEvent(QStringLiteral("CALL_CLOSED"), 5000);
    ASSERT_TRUE(closed);
    EXPECT_TRUE(closed->param.contains(QStringLiteral("603"))) << closed->param.toStdString();
    EXPECT_EQ(a.phone->eventCount(QStringLiteral("CALL_ESTABLISHED")), 0);

    bool rejected = false;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            for (const core::CallRecord &c : store::CallRepository(*a.desk->db).all().valueOr({}))
                rejected |= c.disposition == core::CallDisposition::Rejected
                            && c.remoteNumber.canonical() == QStringLiteral("+86") + kBlocked;
            return rejected;
        },
        5000));
    auto db = store::Database::open(hub.databaseConfig());
    ASSERT_TRUE(db.ok());
    auto q = (*db)->prepared(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'call_refused'"));
    ASSERT_TRUE(q.ok());
    ASSERT_TRUE((*q)->exec());
    ASSERT_TRUE((*q)->next());
    EXPECT_TRUE((*q)->value(0).toString().contains(QStringLiteral("反复骚扰坐席")));
    // A callback is owed to callers we could not answer, not to refused ones.
    EXPECT_TRUE(callbacks(*a.desk).isEmpty());
}
