// SCAIP terminals (SS 91100 / CLC/TS 50134-9) against the real parts: hand-made SIP MESSAGEs over
// UDP to Kamailio running packaging/kamailio/kamailio.cfg, which carries them to a real hub; the
// hub's <mrs> comes back in Kamailio's own MESSAGE, and alarms reach a desk signed in to the hub.

#include "deskclient.h"
#include "hubprocess.h"
#include "hubrecords.h"
#include "samples.h"
#include "sip/kamailioprocess.h"
#include "testutil.h"

#include <safelink/core/alarm.h>
#include <safelink/store/repositories.h>

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <QUdpSocket>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

namespace {

const QString kTerminal = QStringLiteral("86001"); // the SCAIP controller id = the terminal's serial

QString token()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}

// A SCAIP terminal made of one UDP socket: sends a MESSAGE, reads the proxy's answer to it and
// the center's MESSAGE with the <mrs> (and answers that one with 200, as a terminal does).
class ScaipTerminal {
public:
    explicit ScaipTerminal(quint16 proxyPort)
        : m_proxyPort(proxyPort)
    {
        EXPECT_TRUE(m_socket.bind(QHostAddress::LocalHost, 0));
    }

    struct Answer {
        int status = 0; // the proxy's reply to our MESSAGE
        QByteArray mrs; // the body of the center's MESSAGE, empty when none came
    };

    Answer send(const QString &controllerId, const QByteArray &body,
                const QByteArray &contentType = "application/scaip+xml", int waitMs = 5000)
    {
        const QByteArray port = QByteArray::number(m_socket.localPort());
        const QByteArray proxy = "127.0.0.1:" + QByteArray::number(m_proxyPort);
        QByteArray msg = "MESSAGE sip:scaip@" + proxy
                         + " SIP/2.0\r\n"
                           "Via: SIP/2.0/UDP 127.0.0.1:"
                         + port + ";branch=z9hG4bK" + token().toLatin1()
                         + ";rport\r\n"
                           "Max-Forwards: 70\r\n"
                           "From: <sip:"
                         + controllerId.toLatin1() + "@127.0.0.1:" + port + ">;tag=" + token().toLatin1()
                         + "\r\n"
                           "To: <sip:scaip@127.0.0.1>\r\n"
                           "Call-ID: "
                         + token().toLatin1()
                         + "@127.0.0.1\r\n"
                           "CSeq: 1 MESSAGE\r\n"
                           "Content-Type: "
                         + contentType
                         + "\r\n"
                           "Content-Length: "
                         + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_socket.writeDatagram(msg, QHostAddress::LocalHost, m_proxyPort);
        Answer answer;
        QTest::qWaitFor(
            [&] {
                while (m_socket.hasPendingDatagrams()) {
                    QByteArray d(int(m_socket.pendingDatagramSize()), '\0');
                    QHostAddress from;
                    quint16 fromPort = 0;
                    m_socket.readDatagram(d.data(), d.size(), &from, &fromPort);
                    if (d.startsWith("SIP/2.0 ")) {
                        const int code = d.mid(8, 3).toInt();
                        if (code >= 200)
                            answer.status = code;
                    } else if (d.startsWith("MESSAGE ")) {
                        answer.mrs = d.mid(d.indexOf("\r\n\r\n") + 4);
                        m_socket.writeDatagram(okFor(d), from, fromPort);
                    }
                }
                return answer.status >= 300 || (answer.status == 200 && !answer.mrs.isEmpty());
            },
            waitMs);
        return answer;
    }

    static QString tag(const QByteArray &xml, const QString &name)
    {
        const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(name));
        const auto m = re.match(QString::fromUtf8(xml));
        return m.hasMatch() ? m.captured(1) : QString();
    }

private:
    // 200 OK to a request: its Via, From, To, Call-ID and CSeq copied.
    static QByteArray okFor(const QByteArray &request)
    {
        QByteArray out = "SIP/2.0 200 OK\r\n";
        for (const QByteArray &line : request.left(request.indexOf("\r\n\r\n")).split('\n')) {
            const QByteArray l = line.trimmed();
            for (const char *h : {"Via:", "From:", "To:", "Call-ID:", "CSeq:", "v:", "f:", "t:", "i:"}) {
                if (l.startsWith(h)) {
                    out += l + "\r\n";
                    break;
                }
            }
        }
        return out + "Content-Length: 0\r\n\r\n";
    }

    QUdpSocket m_socket;
    quint16 m_proxyPort;
};

QByteArray mrq(const QString &ref, const QString &cid, const QString &inner)
{
    return QStringLiteral("<mrq><ref>%1</ref><cid>%2</cid>%3</mrq>").arg(ref, cid, inner).toUtf8();
}

class ScaipReceiver : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(hub.setUp(1));
        m_deviceId = HubRecords(hub).putWearer(kTerminal); // the SCAIP controller id is its serial
        ASSERT_FALSE(m_deviceId.isEmpty());
        ASSERT_EQ(hub.run({QStringLiteral("alarms"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--heartbeat-seconds"), QStringLiteral("3")}),
                  0);
        ASSERT_EQ(hub.run({QStringLiteral("routing"), QStringLiteral("--data"), hub.dataDir(),
                           QStringLiteral("--new-token")}),
                  0);
        const QString routeToken = hub.lastOutput().trimmed().split(QLatin1Char('\n')).last().trimmed();
        hub.enableHttp();
        ASSERT_TRUE(hub.start());
        sip.addDefine(QStringLiteral("HUB_URL=\"http://127.0.0.1:%1\"").arg(hub.httpPort()));
        sip.addDefine(QStringLiteral("ROUTE_TOKEN=\"%1\"").arg(routeToken));
        ASSERT_TRUE(sip.start());
        desk = std::make_unique<DeskClient>(hub, QStringLiteral("seat-1"), QStringLiteral("agent1"));
        desk->client->start();
        ASSERT_TRUE(desk->waitLive());
    }

    QList<core::Alarm> alarmsOf(core::AlarmCategory c)
    {
        QList<core::Alarm> out;
        for (const core::Alarm &a : store::AlarmRepository(*desk->db).all().valueOr({})) {
            if (a.category == c)
                out.append(a);
        }
        return out;
    }

    HubProcess hub;
    KamailioProcess sip;
    std::unique_ptr<DeskClient> desk;
    QString m_deviceId;
};

} // namespace

// A pendant's alarm with a position: 200, then <mrs> snu 0 asking for a duplex voice call; the
// alarm is on the desk with the terminal, its person and the position. The same ref sent again (the
// terminal did not see our answer) gets the same answer and no second alarm.
TEST_F(ScaipReceiver, AlarmThenTheSameRefAgain)
{
    ScaipTerminal terminal(sip.port());
    const QByteArray alarm = mrq(
        QStringLiteral("A1"), kTerminal,
        QStringLiteral("<mty>ME</mty><dty>3</dty><stt>按键求助</stt><lge><geo>23.1291,113.2644</geo></lge>"));
    const auto first = terminal.send(kTerminal, alarm);
    ASSERT_EQ(first.status, 200) << sip.logText().toStdString();
    ASSERT_FALSE(first.mrs.isEmpty()) << sip.logText().toStdString();
    EXPECT_EQ(ScaipTerminal::tag(first.mrs, QStringLiteral("ref")), QStringLiteral("A1"));
    EXPECT_EQ(ScaipTerminal::tag(first.mrs, QStringLiteral("snu")), QStringLiteral("0"));
    EXPECT_EQ(ScaipTerminal::tag(first.mrs, QStringLiteral("mre")), QStringLiteral("1"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::Sos).isEmpty(); }, 3000));
    const core::Alarm a = alarmsOf(core::AlarmCategory::Sos).first();
    EXPECT_EQ(a.priority, 1);
    EXPECT_EQ(a.deviceId, m_deviceId);
    EXPECT_FALSE(a.subjectId.isEmpty());
    EXPECT_EQ(a.source, QStringLiteral("scaip"));
    EXPECT_TRUE(a.detail.contains(QStringLiteral("按键求助")));
    ASSERT_TRUE(a.position.has_value());
    EXPECT_NEAR(a.position->longitude, 113.2644, 1e-9);
    // The terminal's record moves on the map too.
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            auto d = store::DeviceRepository(*desk->db).get(m_deviceId);
            return d && d->lastPosition && std::abs(d->lastPosition->longitude - 113.2644) < 1e-9;
        },
        3000));

    const auto again = terminal.send(kTerminal, alarm);
    EXPECT_EQ(again.status, 200);
    EXPECT_EQ(again.mrs, first.mrs);
    QTest::qWait(500);
    EXPECT_EQ(alarmsOf(core::AlarmCategory::Sos).size(), 1);
    EXPECT_EQ(alarmsOf(core::AlarmCategory::Sos).first().meta.version, a.meta.version);
}

// Heartbeats (PI): answered with the center's interval (hbi, minutes) when the terminal accepts
// one; when they stop, the hub raises "terminal silent" by itself.
TEST_F(ScaipReceiver, HeartbeatsAndTheirSilence)
{
    ScaipTerminal terminal(sip.port());
    const auto ping =
        terminal.send(kTerminal, mrq(QStringLiteral("P1"), kTerminal,
                                     QStringLiteral("<mty>PI</mty><dty>48</dty><hbo>001</hbo>")));
    ASSERT_EQ(ping.status, 200) << sip.logText().toStdString();
    EXPECT_EQ(ScaipTerminal::tag(ping.mrs, QStringLiteral("snu")), QStringLiteral("0"));
    EXPECT_EQ(ScaipTerminal::tag(ping.mrs, QStringLiteral("hbi")), QStringLiteral("1"));
    QTest::qWait(1500);
    EXPECT_TRUE(alarmsOf(core::AlarmCategory::HeartbeatMissing).isEmpty());
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::HeartbeatMissing).isEmpty(); }, 9000));
    EXPECT_EQ(alarmsOf(core::AlarmCategory::HeartbeatMissing).first().deviceId, m_deviceId);
}

// Broken messages are answered with the SCAIP status that says what is wrong, and change nothing:
// a missing mandatory tag is snu 7, XML that does not parse snu 2; a wrong Content-Type is 415.
TEST_F(ScaipReceiver, MissingTagAndMalformedXml)
{
    ScaipTerminal terminal(sip.port());
    const auto missing =
        terminal.send(kTerminal, mrq(QStringLiteral("M1"), kTerminal, QStringLiteral("<mty>ME</mty>")));
    ASSERT_EQ(missing.status, 200);
    EXPECT_EQ(ScaipTerminal::tag(missing.mrs, QStringLiteral("snu")), QStringLiteral("7"));
    EXPECT_EQ(ScaipTerminal::tag(missing.mrs, QStringLiteral("ref")), QStringLiteral("M1"));
    EXPECT_TRUE(ScaipTerminal::tag(missing.mrs, QStringLiteral("ste")).contains(QStringLiteral("dty")));

    const auto malformed = terminal.send(kTerminal, "<mrq><ref>X1</ref><cid>86001</cid><dty>3</mrq>");
    ASSERT_EQ(malformed.status, 200);
    EXPECT_EQ(ScaipTerminal::tag(malformed.mrs, QStringLiteral("snu")), QStringLiteral("2"));

    const auto wrongType = terminal.send(
        kTerminal, mrq(QStringLiteral("T1"), kTerminal, QStringLiteral("<dty>3</dty>")), "text/plain");
    EXPECT_EQ(wrongType.status, 415);
    EXPECT_TRUE(wrongType.mrs.isEmpty());
    QTest::qWait(500);
    EXPECT_TRUE(store::AlarmRepository(*desk->db).all().valueOr({}).isEmpty());
}

// A terminal the center has no record of: refused (snu 5: it tries its next receiver) and never
// silence — an alarm of its own, with what it reported, goes to the desks.
TEST_F(ScaipReceiver, AnUnknownDeviceIsRefusedWithAnAlarmOfItsOwn)
{
    ScaipTerminal terminal(sip.port());
    const auto answer =
        terminal.send(QStringLiteral("99999"), mrq(QStringLiteral("U1"), QStringLiteral("99999"),
                                                   QStringLiteral("<mty>ME</mty><dty>5</dty>")));
    ASSERT_EQ(answer.status, 200);
    EXPECT_EQ(ScaipTerminal::tag(answer.mrs, QStringLiteral("snu")), QStringLiteral("5"));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return !alarmsOf(core::AlarmCategory::UnknownDevice).isEmpty(); }, 3000));
    const core::Alarm a = alarmsOf(core::AlarmCategory::UnknownDevice).first();
    EXPECT_EQ(a.priority, 1); // it reported a fall
    EXPECT_TRUE(a.deviceId.isEmpty());
    EXPECT_TRUE(a.detail.contains(QStringLiteral("99999")));
}
