#include "logcapture.h"

#include <safelink/net/securechannel.h>

#include <gtest/gtest.h>

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace safelink;
using namespace safelink::net;

namespace {

constexpr int kWaitMs = 10000; // an upper bound for loopback; tests finish in milliseconds

// Real sockets on 127.0.0.1, port chosen by the system.
class SecureChannelTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_server = std::make_unique<SecureServer>(m_keys);
        const Status listening = m_server->listen(QHostAddress::LocalHost, 0);
        ASSERT_TRUE(listening.ok()) << listening.error().toString().toStdString();
        ASSERT_NE(m_server->serverPort(), 0);
    }

    SecureChannel *connectDesk(QByteArray pinnedKey, SessionOptions options = {})
    {
        return SecureChannel::connectToHost(QStringLiteral("127.0.0.1"), m_server->serverPort(),
                                            std::move(pinnedKey), &m_owner, options);
    }

    // Connects a desk pinned to the right key and returns both ends once established.
    std::pair<SecureChannel *, SecureChannel *> connectedPair()
    {
        QSignalSpy accepted(m_server.get(), &SecureServer::newChannel);
        SecureChannel *desk = connectDesk(m_keys.publicKey);
        QSignalSpy deskUp(desk, &SecureChannel::established);
        EXPECT_TRUE(QTest::qWaitFor([&] { return accepted.size() == 1 && deskUp.size() == 1; }, kWaitMs));
        if (accepted.size() != 1)
            return {desk, nullptr};
        return {desk, accepted.at(0).at(0).value<SecureChannel *>()};
    }

    // Sends one message each way and checks it arrives.
    static void exchange(SecureChannel *desk, SecureChannel *hub, const QByteArray &toHub,
                         const QByteArray &toDesk)
    {
        QSignalSpy atHub(hub, &SecureChannel::messageReceived);
        QSignalSpy atDesk(desk, &SecureChannel::messageReceived);
        ASSERT_TRUE(desk->send(toHub).ok());
        ASSERT_TRUE(hub->send(toDesk).ok());
        ASSERT_TRUE(QTest::qWaitFor([&] { return atHub.size() == 1 && atDesk.size() == 1; }, kWaitMs));
        EXPECT_EQ(atHub.at(0).at(0).toByteArray(), toHub);
        EXPECT_EQ(atDesk.at(0).at(0).toByteArray(), toDesk);
    }

    KeyPair m_keys = generateKeyPair();
    QObject m_owner; // parent of the desks' channels
    std::unique_ptr<SecureServer> m_server;
};

TEST_F(SecureChannelTest, DeskAndHubExchangeMessagesAndCloseCleanly)
{
    auto [desk, hub] = connectedPair();
    ASSERT_NE(hub, nullptr);
    EXPECT_TRUE(desk->isEstablished());
    EXPECT_TRUE(hub->isEstablished());
    EXPECT_EQ(desk->peerStaticKey(), m_keys.publicKey);
    EXPECT_EQ(m_server->pendingHandshakes(), 0);

    exchange(desk, hub, QStringLiteral("坐席 3 号：已接听，老人摔倒在家").toUtf8(),
             QStringLiteral("平台：已通知其女儿李娟 13802223344").toUtf8());

    // A megabyte, and several messages in a row keep their order.
    QByteArray big(1024 * 1024, 'Z');
    big[12345] = 'q';
    QSignalSpy atHub(hub, &SecureChannel::messageReceived);
    ASSERT_TRUE(desk->send(big).ok());
    for (int i = 0; i < 20; ++i)
        ASSERT_TRUE(desk->send(QByteArray::number(i)).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return atHub.size() == 21; }, kWaitMs));
    EXPECT_EQ(atHub.at(0).at(0).toByteArray(), big);
    for (int i = 0; i < 20; ++i)
        EXPECT_EQ(atHub.at(i + 1).at(0).toByteArray(), QByteArray::number(i));

    QSignalSpy deskClosed(desk, &SecureChannel::closed);
    QSignalSpy hubClosed(hub, &SecureChannel::closed);
    QSignalSpy deskFailed(desk, &SecureChannel::failed);
    QSignalSpy hubFailed(hub, &SecureChannel::failed);
    desk->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return deskClosed.size() == 1 && hubClosed.size() == 1; }, kWaitMs));
    EXPECT_EQ(deskFailed.size(), 0);
    EXPECT_EQ(hubFailed.size(), 0);
    EXPECT_FALSE(desk->send("late").ok());
}

TEST_F(SecureChannelTest, WrongPinnedKeyFailsAndTheHubServesTheNextDesk)
{
    QSignalSpy handshakeFailed(m_server.get(), &SecureServer::handshakeFailed);
    SecureChannel *impostorVictim = connectDesk(generateKeyPair().publicKey);
    QSignalSpy failed(impostorVictim, &SecureChannel::failed);
    QSignalSpy established(impostorVictim, &SecureChannel::established);
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_EQ(established.size(), 0);
    const auto error = failed.at(0).at(0).value<Error>();
    EXPECT_EQ(error.code, ErrorCode::Conflict);
    EXPECT_TRUE(error.message.contains(QLatin1String("possible impersonation")));
    // The desk hung up mid-handshake; the hub drops that connection and carries on.
    ASSERT_TRUE(QTest::qWaitFor([&] { return handshakeFailed.size() == 1; }, kWaitMs));
    EXPECT_TRUE(m_server->isListening());

    auto [desk, hub] = connectedPair();
    ASSERT_NE(hub, nullptr);
    exchange(desk, hub, "ping", "pong");
    EXPECT_EQ(m_server->pendingHandshakes(), 0);
}

TEST_F(SecureChannelTest, GarbageIsDroppedAndLoggedWhileTheHubStaysUp)
{
    test::LogCapture log;
    QSignalSpy handshakeFailed(m_server.get(), &SecureServer::handshakeFailed);
    QTcpSocket raw;
    QSignalSpy rawClosed(&raw, &QTcpSocket::disconnected);
    raw.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    ASSERT_TRUE(raw.waitForConnected(kWaitMs));
    raw.write("GET /admin HTTP/1.1\r\nHost: hub\r\n\r\n");
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return rawClosed.size() == 1 && handshakeFailed.size() == 1; }, kWaitMs));
    EXPECT_EQ(handshakeFailed.at(0).at(0).value<Error>().code, ErrorCode::Invalid);
    const QString peer = handshakeFailed.at(0).at(1).toString();
    EXPECT_TRUE(peer.startsWith(QLatin1String("127.0.0.1:"))) << peer.toStdString();
    EXPECT_EQ(log.warningsContaining(QStringLiteral("handshake with ") + peer).size(), 1)
        << log.warnings().join(u'\n').toStdString();

    auto [desk, hub] = connectedPair();
    ASSERT_NE(hub, nullptr);
    exchange(desk, hub, "still", "here");
}

TEST_F(SecureChannelTest, SilentConnectionsAreDroppedAfterTheHandshakeTimeout)
{
    m_server->setHandshakeTimeout(std::chrono::milliseconds(200));
    QSignalSpy handshakeFailed(m_server.get(), &SecureServer::handshakeFailed);
    QTcpSocket raw;
    QSignalSpy rawClosed(&raw, &QTcpSocket::disconnected);
    raw.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
    ASSERT_TRUE(raw.waitForConnected(kWaitMs));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return rawClosed.size() == 1 && handshakeFailed.size() == 1; }, kWaitMs));
    EXPECT_EQ(handshakeFailed.at(0).at(0).value<Error>().code, ErrorCode::Io);
    EXPECT_EQ(m_server->pendingHandshakes(), 0);
}

TEST_F(SecureChannelTest, ACutConnectionIsAFailureNotAClose)
{
    auto [desk, hub] = connectedPair();
    ASSERT_NE(hub, nullptr);
    QSignalSpy deskFailed(desk, &SecureChannel::failed);
    QSignalSpy deskClosed(desk, &SecureChannel::closed);
    hub->socket()->abort(); // the hub's end vanishes without TAG_FINAL
    ASSERT_TRUE(deskFailed.wait(kWaitMs));
    EXPECT_EQ(deskFailed.at(0).at(0).value<Error>().code, ErrorCode::Io);
    EXPECT_EQ(deskClosed.size(), 0);
    ASSERT_TRUE(desk->error().has_value());
    EXPECT_FALSE(desk->send("x").ok());
}

TEST_F(SecureChannelTest, AnOutdatedDeskIsToldWhy)
{
    SecureChannel *desk = connectDesk(m_keys.publicKey, SessionOptions{.minVersion = 7, .maxVersion = 9});
    QSignalSpy failed(desk, &SecureChannel::failed);
    ASSERT_TRUE(failed.wait(kWaitMs));
    const auto error = failed.at(0).at(0).value<Error>();
    EXPECT_EQ(error.code, ErrorCode::Unsupported);
    EXPECT_TRUE(error.message.contains(QLatin1String("update the other side")))
        << error.message.toStdString();
}

TEST_F(SecureChannelTest, NobodyListeningIsAnIoFailure)
{
    const quint16 port = m_server->serverPort();
    m_server.reset(); // nothing listens on that port any more
    SecureChannel *desk =
        SecureChannel::connectToHost(QStringLiteral("127.0.0.1"), port, m_keys.publicKey, &m_owner);
    QSignalSpy failed(desk, &SecureChannel::failed);
    ASSERT_TRUE(failed.wait(kWaitMs));
    EXPECT_EQ(failed.at(0).at(0).value<Error>().code, ErrorCode::Io);
}

} // namespace
