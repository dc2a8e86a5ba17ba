// The SIP peers the telephony tests stand on, against each other: Kamailio with the center's
// configuration (packaging/kamailio/kamailio.cfg) and baresip as alarm terminals and as the PSTN
// gateway. If these fail, a telephony test failure says nothing about the desk.
#include "baresippeer.h"
#include "kamailioprocess.h"
#include "siptestutil.h"
#include "toneanalysis.h"

#include <gtest/gtest.h>

#include <iostream>
#include <memory>
#include <vector>

using namespace safelink::test;

namespace {
const QString kAlicePassword = QStringLiteral("Alice-sip-2026");
const QString kBobPassword = QStringLiteral("Bob-sip-2026");

void pause(int ms)
{
    waitUntil([] { return false; }, ms);
}
} // namespace

class SipPeers : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_kamailio.addUser(QStringLiteral("alice"), kAlicePassword));
        ASSERT_TRUE(m_kamailio.addUser(QStringLiteral("bob"), kBobPassword));
    }

    void TearDown() override
    {
        if (!HasFailure())
            return;
        std::cerr << "--- kamailio: " << m_kamailio.commandLine().join(QLatin1Char(' ')).toStdString() << "\n"
                  << lastLines(m_kamailio.logText(), 60).toStdString() << "\n";
        for (const auto &peer : m_peers) {
            std::cerr << "--- baresip " << peer->aor().toStdString() << "\n"
                      << lastLines(peer->logText(), 40).toStdString() << "\n";
        }
    }

    BaresipPeer &addPeer(BaresipPeer::Options options)
    {
        m_peers.push_back(std::make_unique<BaresipPeer>(std::move(options)));
        return *m_peers.back();
    }

    BaresipPeer &registeredPeer(const QString &user, const QString &password, int toneHz)
    {
        auto options = BaresipPeer::registered(user, password, m_kamailio.port());
        options.toneHz = toneHz;
        return addPeer(options);
    }

    // Declared first: destroyed last, so that the peers can still unregister.
    KamailioProcess m_kamailio;
    std::vector<std::unique_ptr<BaresipPeer>> m_peers;
};

TEST_F(SipPeers, RegisterWithWrongPasswordOrUnknownUserIsRefused)
{
    ASSERT_TRUE(m_kamailio.start());
    BaresipPeer &impostor = registeredPeer(QStringLiteral("alice"), QStringLiteral("not-her-password"), 440);
    BaresipPeer &stranger = registeredPeer(QStringLiteral("mallory"), QStringLiteral("whatever"), 440);
    ASSERT_TRUE(impostor.start());
    ASSERT_TRUE(stranger.start());

    EXPECT_FALSE(impostor.waitRegistered(5000));
    const auto failed = impostor.waitForEvent(QStringLiteral("REGISTER_FAIL"), 1000);
    ASSERT_TRUE(failed);
    EXPECT_TRUE(failed->param.startsWith(QStringLiteral("401"))) << failed->param.toStdString();
    EXPECT_FALSE(stranger.waitRegistered(5000));
    EXPECT_EQ(impostor.eventCount(QStringLiteral("REGISTER_OK")), 0);
    EXPECT_EQ(stranger.eventCount(QStringLiteral("REGISTER_OK")), 0);
    // Both are logged for the audit: wrong password (-2), unknown user (-3).
    const QString log = m_kamailio.logText();
    EXPECT_TRUE(log.contains(QStringLiteral("auth failed (-2): REGISTER")))
        << lastLines(log, 20).toStdString();
    EXPECT_TRUE(log.contains(QStringLiteral("auth failed (-3): REGISTER")))
        << lastLines(log, 20).toStdString();

    // The right password is accepted by the same proxy.
    BaresipPeer &alice = registeredPeer(QStringLiteral("alice"), kAlicePassword, 440);
    ASSERT_TRUE(alice.start());
    ASSERT_TRUE(alice.waitRegistered());

    // Calls are authenticated too: the impostor cannot reach Alice (nor the PSTN gateway).
    ASSERT_TRUE(impostor.dial(m_kamailio.userUri(QStringLiteral("alice"))));
    const auto refused = impostor.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000);
    ASSERT_TRUE(refused);
    EXPECT_TRUE(refused->param.startsWith(QStringLiteral("407"))) << refused->param.toStdString();
    EXPECT_EQ(alice.eventCount(QStringLiteral("CALL_ESTABLISHED")), 0);
    EXPECT_TRUE(m_kamailio.logText().contains(QStringLiteral("auth failed (-2): INVITE")));
}

TEST_F(SipPeers, CallThroughKamailioCarriesToneAndDtmf)
{
    ASSERT_TRUE(m_kamailio.start());
    BaresipPeer &alice = registeredPeer(QStringLiteral("alice"), kAlicePassword, 440);
    BaresipPeer &bob = registeredPeer(QStringLiteral("bob"), kBobPassword, 1000);
    ASSERT_TRUE(alice.start());
    ASSERT_TRUE(bob.start());
    ASSERT_TRUE(alice.waitRegistered());
    ASSERT_TRUE(bob.waitRegistered());

    const qint64 dialled = monotonicMs();
    ASSERT_TRUE(alice.dial(m_kamailio.userUri(QStringLiteral("bob"))));
    const auto answered = bob.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000);
    const auto established = alice.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000);
    ASSERT_TRUE(answered);
    ASSERT_TRUE(established);
    EXPECT_EQ(answered->direction, QStringLiteral("incoming"));
    EXPECT_TRUE(answered->peerUri.contains(QStringLiteral("alice"))) << answered->peerUri.toStdString();
    EXPECT_EQ(answered->callId, established->callId);
    std::cout << "sip-peers: call set-up through Kamailio " << established->ms - dialled << " ms\n";

    // Let the tones flow, then RFC 4733 digits through the same media path.
    pause(1500);
    ASSERT_TRUE(alice.sendDtmf(QStringLiteral("12#")));
    EXPECT_TRUE(waitUntil([&] { return bob.receivedDtmf() == QStringLiteral("12#"); }, 5000))
        << bob.receivedDtmf().toStdString();

    // BYE takes the recorded route back through Kamailio.
    ASSERT_TRUE(alice.hangup());
    const auto closed = bob.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000);
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->callId, answered->callId);
    ASSERT_TRUE(alice.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000));

    // Bob heard Alice's 440 Hz and not his own 1000 Hz; Alice the other way round.
    QString error;
    const auto heardByBob = ToneAnalysis::load(bob.lastRecording(), &error);
    ASSERT_TRUE(heardByBob) << error.toStdString();
    EXPECT_GT(heardByBob->seconds(), 1.0);
    EXPECT_GT(heardByBob->energyAt(440), 0.5);
    EXPECT_LT(heardByBob->energyAt(1000), 0.05);
    EXPECT_NEAR(heardByBob->dominantFrequency(), 440.0, 5.0);

    const auto heardByAlice = ToneAnalysis::load(alice.lastRecording(), &error);
    ASSERT_TRUE(heardByAlice) << error.toStdString();
    EXPECT_GT(heardByAlice->energyAt(1000), 0.5);
    EXPECT_LT(heardByAlice->energyAt(440), 0.05);
}

// Bob is on TCP, Alice on UDP: the call crosses transports at the proxy (two Record-Routes).
TEST_F(SipPeers, ManualAnswerWaitsForTheAnswerCommand)
{
    ASSERT_TRUE(m_kamailio.start());
    BaresipPeer &alice = registeredPeer(QStringLiteral("alice"), kAlicePassword, 440);
    auto bobOptions = BaresipPeer::registered(QStringLiteral("bob"), kBobPassword, m_kamailio.port());
    bobOptions.autoAnswer = false;
    bobOptions.transport = QStringLiteral("tcp");
    BaresipPeer &bob = addPeer(bobOptions);
    ASSERT_TRUE(alice.start());
    ASSERT_TRUE(bob.start());
    ASSERT_TRUE(alice.waitRegistered());
    ASSERT_TRUE(bob.waitRegistered());

    ASSERT_TRUE(alice.dial(m_kamailio.userUri(QStringLiteral("bob"))));
    const auto incoming = bob.waitForEvent(QStringLiteral("CALL_INCOMING"), 5000);
    ASSERT_TRUE(incoming);
    EXPECT_TRUE(alice.waitForEvent(QStringLiteral("CALL_RINGING"), 5000));
    pause(300);
    EXPECT_EQ(alice.eventCount(QStringLiteral("CALL_ESTABLISHED")), 0);

    ASSERT_TRUE(bob.answer());
    EXPECT_TRUE(alice.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000));
    EXPECT_TRUE(bob.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000));
    ASSERT_TRUE(bob.hangup());
    EXPECT_TRUE(alice.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000));
}

TEST_F(SipPeers, NumbersThatAreNotUsersGoToTheGateway)
{
    const quint16 gatewayPort = freeLoopbackPort(2);
    ASSERT_NE(gatewayPort, 0);
    m_kamailio.setGateway(QStringLiteral("sip:127.0.0.1:%1").arg(gatewayPort));
    ASSERT_TRUE(m_kamailio.start());
    auto gatewayOptions =
        BaresipPeer::gateway(gatewayPort, {QStringLiteral("120"), QStringLiteral("13800138000")});
    gatewayOptions.toneHz = 1000;
    BaresipPeer &gateway = addPeer(gatewayOptions);
    BaresipPeer &alice = registeredPeer(QStringLiteral("alice"), kAlicePassword, 440);
    ASSERT_TRUE(gateway.start());
    ASSERT_TRUE(alice.start());
    ASSERT_TRUE(alice.waitRegistered());

    for (const QString &number : {QStringLiteral("120"), QStringLiteral("13800138000")}) {
        SCOPED_TRACE(number.toStdString());
        ASSERT_TRUE(alice.dial(m_kamailio.userUri(number)));
        const auto atGateway = gateway.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000);
        ASSERT_TRUE(atGateway);
        EXPECT_TRUE(atGateway->json.value(QStringLiteral("accountaor")).toString().contains(number));
        EXPECT_TRUE(atGateway->peerUri.contains(QStringLiteral("alice")));
        ASSERT_TRUE(alice.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000));
        ASSERT_TRUE(alice.hangup());
        EXPECT_TRUE(gateway.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000));
        ASSERT_TRUE(alice.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000));
    }

    // Bob is a subscriber but not registered: 480. A name nobody has: 404, not the gateway.
    ASSERT_TRUE(alice.dial(m_kamailio.userUri(QStringLiteral("bob"))));
    auto closed = alice.waitForEvent(QStringLiteral("CALL_CLOSED"), 10000);
    ASSERT_TRUE(closed);
    EXPECT_TRUE(closed->param.startsWith(QStringLiteral("480"))) << closed->param.toStdString();
    ASSERT_TRUE(alice.dial(m_kamailio.userUri(QStringLiteral("nobody"))));
    closed = alice.waitForEvent(QStringLiteral("CALL_CLOSED"), 10000);
    ASSERT_TRUE(closed);
    EXPECT_TRUE(closed->param.startsWith(QStringLiteral("404"))) << closed->param.toStdString();
    EXPECT_EQ(gateway.eventCount(QStringLiteral("CALL_ESTABLISHED")), 2);
}

// In-dialog requests through the proxy: re-INVITE for hold and resume, REFER for a blind transfer
// (baresip as transferee calls the target itself, authenticated like any call of its own).
TEST_F(SipPeers, HoldAndBlindTransferThroughKamailio)
{
    const quint16 gatewayPort = freeLoopbackPort(2);
    ASSERT_NE(gatewayPort, 0);
    m_kamailio.setGateway(QStringLiteral("sip:127.0.0.1:%1").arg(gatewayPort));
    ASSERT_TRUE(m_kamailio.start());
    BaresipPeer &gateway = addPeer(BaresipPeer::gateway(gatewayPort));
    BaresipPeer &alice = registeredPeer(QStringLiteral("alice"), kAlicePassword, 440);
    BaresipPeer &bob = registeredPeer(QStringLiteral("bob"), kBobPassword, 1000);
    ASSERT_TRUE(gateway.start());
    ASSERT_TRUE(alice.start());
    ASSERT_TRUE(bob.start());
    ASSERT_TRUE(alice.waitRegistered());
    ASSERT_TRUE(bob.waitRegistered());

    ASSERT_TRUE(alice.dial(m_kamailio.userUri(QStringLiteral("bob"))));
    ASSERT_TRUE(bob.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000));
    ASSERT_TRUE(alice.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000));
    EXPECT_EQ(bob.audioDirection(), QStringLiteral("sendrecv"));

    ASSERT_TRUE(alice.hold());
    EXPECT_TRUE(waitUntil([&] { return bob.audioDirection() == QLatin1String("recvonly"); }, 5000))
        << bob.audioDirection().toStdString();
    ASSERT_TRUE(alice.resume());
    EXPECT_TRUE(waitUntil([&] { return bob.audioDirection() == QLatin1String("sendrecv"); }, 5000))
        << bob.audioDirection().toStdString();

    // Bob hands Alice over to 120.
    ASSERT_TRUE(bob.transfer(m_kamailio.userUri(QStringLiteral("120"))));
    const auto referred = alice.waitForEvent(QStringLiteral("TRANSFER"), 5000);
    ASSERT_TRUE(referred);
    EXPECT_TRUE(referred->param.contains(QStringLiteral("120"))) << referred->param.toStdString();
    const auto atGateway = gateway.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000);
    ASSERT_TRUE(atGateway);
    EXPECT_TRUE(atGateway->peerUri.contains(QStringLiteral("alice")));
    EXPECT_TRUE(bob.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000));
    EXPECT_TRUE(waitUntil([&] { return alice.callCount() == 1; }, 5000));
    ASSERT_TRUE(alice.hangup());
    EXPECT_TRUE(gateway.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000));
}

TEST_F(SipPeers, KamailioRestartedOnTheSamePortTakesRegistrationsAgain)
{
    ASSERT_TRUE(m_kamailio.start());
    const quint16 port = m_kamailio.port();
    BaresipPeer &alice = registeredPeer(QStringLiteral("alice"), kAlicePassword, 440);
    BaresipPeer &bob = registeredPeer(QStringLiteral("bob"), kBobPassword, 1000);
    ASSERT_TRUE(alice.start());
    ASSERT_TRUE(bob.start());
    ASSERT_TRUE(alice.waitRegistered());
    ASSERT_TRUE(bob.waitRegistered());

    // Clean stop: nobody answers on the port any more.
    m_kamailio.stop();
    EXPECT_FALSE(m_kamailio.isRunning());
    EXPECT_FALSE(m_kamailio.ping(300));
    ASSERT_TRUE(alice.reregister());
    EXPECT_FALSE(alice.waitRegistered(3000));

    ASSERT_TRUE(m_kamailio.start());
    EXPECT_EQ(m_kamailio.port(), port);
    ASSERT_TRUE(alice.reregister());
    EXPECT_TRUE(alice.waitRegistered());

    // Killed (power loss): its workers go too, and the port can be taken again at once.
    m_kamailio.kill();
    EXPECT_FALSE(m_kamailio.ping(300));
    ASSERT_TRUE(m_kamailio.start());
    // Contacts lived in memory: both register again, then a call goes through.
    ASSERT_TRUE(alice.reregister());
    ASSERT_TRUE(bob.reregister());
    ASSERT_TRUE(alice.waitRegistered());
    ASSERT_TRUE(bob.waitRegistered());
    ASSERT_TRUE(alice.dial(m_kamailio.userUri(QStringLiteral("bob"))));
    EXPECT_TRUE(bob.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000));
    EXPECT_TRUE(alice.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000));
    ASSERT_TRUE(alice.hangup());
    EXPECT_TRUE(bob.waitForEvent(QStringLiteral("CALL_CLOSED"), 5000));
}
