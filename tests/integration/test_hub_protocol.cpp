// What a broken or hostile client gets from a real hub process: an error reply or a dropped
// connection, a log line, and a hub that keeps serving everyone else.
#include "hubprocess.h"

#include <safelink/net/securechannel.h>
#include <safelink/protocol/frame.h>
#include <safelink/protocol/sync.h>

#include <QCborArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;
using protocol::Frame;
using protocol::MessageType;

namespace {

// A raw client on the secure channel that collects decoded replies.
struct Client {
    explicit Client(HubProcess &hub)
        : channel(net::SecureChannel::connectToHost(QStringLiteral("127.0.0.1"), hub.port(), hub.publicKey()))
    {
        QObject::connect(channel, &net::SecureChannel::messageReceived, channel,
                         [this](const QByteArray &payload) {
                             auto f = protocol::decodeFrame(payload);
                             if (f)
                                 replies.append(*f);
                         });
        QObject::connect(channel, &net::SecureChannel::failed, channel, [this] { gone = true; });
        QObject::connect(channel, &net::SecureChannel::closed, channel, [this] { gone = true; });
    }
    ~Client() { delete channel; }

    bool established()
    {
        return QTest::qWaitFor([this] { return channel->isEstablished() || gone; }, 10000) && !gone;
    }
    void send(MessageType type, quint64 id, const QCborMap &body)
    {
        ASSERT_TRUE(channel->send(protocol::encodeFrame(Frame{type, id, body})).ok());
    }
    std::optional<Frame> reply(quint64 id)
    {
        std::optional<Frame> found;
        QTest::qWaitFor(
            [&] {
                for (const Frame &f : replies) {
                    if (f.requestId == id)
                        found = f;
                }
                return found.has_value() || gone;
            },
            10000);
        return found;
    }
    bool login(const QString &user)
    {
        send(MessageType::Login, 1,
             protocol::LoginRequest{user, HubProcess::kPassword, {}, QStringLiteral("t")}.toBody());
        auto r = reply(1);
        return r && r->type == MessageType::LoginResult;
    }

    net::SecureChannel *channel;
    QList<Frame> replies;
    bool gone = false;
};

} // namespace

class HubProtocol : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_hub.setUp(1));
        ASSERT_TRUE(m_hub.start());
    }

    // After each abuse: a well-behaved seat still signs in, and the hub process still runs.
    void expectHubStillServes()
    {
        EXPECT_TRUE(m_hub.running());
        Client good(m_hub);
        ASSERT_TRUE(good.established());
        EXPECT_TRUE(good.login(QStringLiteral("agent1")));
    }

    HubProcess m_hub;
};

TEST_F(HubProtocol, RequestsBeforeSignInAreRefused)
{
    Client c(m_hub);
    ASSERT_TRUE(c.established());
    c.send(MessageType::Subscribe, 5, protocol::SubscribeRequest{0}.toBody());
    auto r = c.reply(5);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->type, MessageType::Error);
    EXPECT_EQ(protocol::errorFromFrame(*r).code, ErrorCode::Unauthenticated);
    expectHubStillServes();
}

TEST_F(HubProtocol, WrongPasswordAndBadTokenAreRefused)
{
    Client c(m_hub);
    ASSERT_TRUE(c.established());
    c.send(MessageType::Login, 2,
           protocol::LoginRequest{QStringLiteral("agent1"), QStringLiteral("wrong-pass-1"), {}, {}}.toBody());
    auto r = c.reply(2);
    ASSERT_TRUE(r);
    EXPECT_EQ(protocol::errorFromFrame(*r).code, ErrorCode::Unauthenticated);
    c.send(MessageType::Login, 3,
           protocol::LoginRequest{{}, {}, QStringLiteral("forged-token"), {}}.toBody());
    r = c.reply(3);
    ASSERT_TRUE(r);
    EXPECT_EQ(protocol::errorFromFrame(*r).code, ErrorCode::Unauthenticated);
    expectHubStillServes();
}

TEST_F(HubProtocol, MalformedBodiesGetAnErrorNamingTheField)
{
    Client c(m_hub);
    ASSERT_TRUE(c.established());
    ASSERT_TRUE(c.login(QStringLiteral("agent1")));
    QCborMap write;
    write.insert(QStringLiteral("kind"), QStringLiteral("case"));
    write.insert(QStringLiteral("op"), QStringLiteral("put"));
    write.insert(QStringLiteral("record"), 42); // not a map
    write.insert(QStringLiteral("key"), QStringLiteral("k-1"));
    c.send(MessageType::Write, 7, write);
    auto r = c.reply(7);
    ASSERT_TRUE(r);
    const Error e = protocol::errorFromFrame(*r);
    EXPECT_EQ(e.code, ErrorCode::Invalid);
    EXPECT_EQ(e.field, QStringLiteral("record"));
    QCborMap unknownKind = write;
    unknownKind.insert(QStringLiteral("kind"), QStringLiteral("spaceship"));
    c.send(MessageType::Write, 8, unknownKind);
    r = c.reply(8);
    ASSERT_TRUE(r);
    EXPECT_EQ(protocol::errorFromFrame(*r).field, QStringLiteral("kind"));
    // A message type the hub does not take from seats.
    c.send(MessageType::SnapshotDone, 9, {});
    r = c.reply(9);
    ASSERT_TRUE(r);
    EXPECT_EQ(protocol::errorFromFrame(*r).code, ErrorCode::Unsupported);
    expectHubStillServes();
}

TEST_F(HubProtocol, UndecodableFrameEndsOnlyThatConnection)
{
    Client c(m_hub);
    ASSERT_TRUE(c.established());
    ASSERT_TRUE(c.login(QStringLiteral("agent1")));
    QCborArray unknownType{999, 10, QCborMap()}; // type 999 is in no catalog
    ASSERT_TRUE(c.channel->send(QCborValue(unknownType).toCbor()).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] { return c.gone; }, 10000));
    bool errorReplied = false;
    for (const Frame &f : c.replies)
        errorReplied = errorReplied || f.type == MessageType::Error;
    EXPECT_TRUE(errorReplied);
    expectHubStillServes();
}

TEST_F(HubProtocol, OversizedFrameIsRefusedWithoutHurtingTheHub)
{
    // A raw socket that finishes no handshake but announces a 100 MB record.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_hub.port());
    ASSERT_TRUE(raw.waitForConnected(5000));
    const quint32 huge = 100u * 1024u * 1024u;
    QByteArray prefix(4, '\0');
    prefix[0] = char(huge >> 24);
    prefix[1] = char(huge >> 16);
    prefix[2] = char(huge >> 8);
    prefix[3] = char(huge);
    raw.write(prefix + QByteArray(4096, 'x'));
    raw.flush();
    EXPECT_TRUE(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 10000));
    expectHubStillServes();
}

TEST_F(HubProtocol, TamperedRecordEndsTheConnection)
{
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_hub.port());
    ASSERT_TRUE(raw.waitForConnected(5000));
    // Garbage where a hello belongs.
    raw.write(QByteArray::fromHex("0000002053"
                                  "4c4b31")
              + QByteArray(29, '\x7f'));
    raw.flush();
    EXPECT_TRUE(QTest::qWaitFor([&] { return raw.state() == QAbstractSocket::UnconnectedState; }, 10000));
    expectHubStillServes();
}
