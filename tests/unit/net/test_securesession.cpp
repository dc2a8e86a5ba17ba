#include "logcapture.h"

#include <safelink/net/securesession.h>
#include <safelink/protocol/framereader.h>

#include <gtest/gtest.h>

#include <functional>
#include <numeric>

using namespace safelink;
using namespace safelink::net;

namespace {

const QByteArray kJia = QStringLiteral("甲：王秀兰 80岁 独居，血压高").toUtf8();
const QByteArray kYi = QStringLiteral("乙：已派 120 救护车，预计 8 分钟").toUtf8();

QByteArray ok(const Result<QByteArray> &r)
{
    EXPECT_TRUE(r.ok()) << r.error().toString().toStdString();
    return r.ok() ? *r : QByteArray();
}

// A client and a server session with the handshake done in memory.
struct Pair {
    SecureSession client;
    SecureSession server;
};

Pair established(const KeyPair &keys, SessionOptions clientOptions = {}, SessionOptions serverOptions = {})
{
    Pair p{SecureSession::client(keys.publicKey, clientOptions), SecureSession::server(keys, serverOptions)};
    QList<QByteArray> none;
    const QByteArray hello = ok(p.client.start());
    const QByteArray serverFlight = ok(p.server.receive(hello, &none));
    const QByteArray clientFinished = ok(p.client.receive(serverFlight, &none));
    EXPECT_TRUE(ok(p.server.receive(clientFinished, &none)).isEmpty());
    EXPECT_TRUE(none.isEmpty());
    return p;
}

void expectFailedForGood(SecureSession &session, ErrorCode code)
{
    ASSERT_TRUE(session.hasFailed());
    const Error first = session.error();
    EXPECT_EQ(first.code, code) << first.toString().toStdString();
    EXPECT_FALSE(first.message.isEmpty());
    EXPECT_FALSE(session.isEstablished());
    QList<QByteArray> messages;
    const auto same = [&](const Error &e) {
        return e.code == first.code && e.message == first.message;
    };
    EXPECT_TRUE(same(session.start().error()));
    EXPECT_TRUE(same(session.receive(QByteArray("\x00\x00\x00\x01x", 5), &messages).error()));
    EXPECT_TRUE(same(session.seal("more").error()));
    EXPECT_TRUE(same(session.close().error()));
    EXPECT_TRUE(same(session.endOfStream().error()));
    EXPECT_TRUE(messages.isEmpty());
}

class SecureSessionTest : public ::testing::Test {
protected:
    KeyPair m_keys = generateKeyPair();
};

TEST_F(SecureSessionTest, HandshakeThenDataBothWays)
{
    Pair p = established(m_keys);
    ASSERT_TRUE(p.client.isEstablished());
    ASSERT_TRUE(p.server.isEstablished());
    EXPECT_EQ(p.client.peerStaticKey(), m_keys.publicKey);
    EXPECT_EQ(p.client.protocolVersion(), protocol::kProtocolVersion);
    EXPECT_EQ(p.server.protocolVersion(), protocol::kProtocolVersion);

    QList<QByteArray> atServer, atClient;
    EXPECT_TRUE(ok(p.server.receive(ok(p.client.seal(kJia)), &atServer)).isEmpty());
    EXPECT_EQ(atServer, QList<QByteArray>{kJia});
    EXPECT_TRUE(ok(p.client.receive(ok(p.server.seal(kYi)), &atClient)).isEmpty());
    EXPECT_EQ(atClient, QList<QByteArray>{kYi});

    // A megabyte each way, and an empty message.
    QByteArray big(1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 + i / 4096);
    atServer.clear();
    atClient.clear();
    ok(p.server.receive(ok(p.client.seal(big)), &atServer));
    ok(p.client.receive(ok(p.server.seal(big)), &atClient));
    ok(p.client.receive(ok(p.server.seal(QByteArray())), &atClient));
    EXPECT_EQ(atServer, QList<QByteArray>{big});
    EXPECT_EQ(atClient, (QList<QByteArray>{big, QByteArray()}));
}

TEST_F(SecureSessionTest, RecordsMayArriveMergedOrByteByByte)
{
    Pair p = established(m_keys);
    QByteArray stream;
    QList<QByteArray> sent;
    for (int i = 0; i < 50; ++i) {
        sent.append(QStringLiteral("第%1条 平安通").arg(i).toUtf8());
        stream += ok(p.client.seal(sent.last()));
    }
    QList<QByteArray> got;
    ok(p.server.receive(stream.left(stream.size() / 2), &got));
    for (qsizetype i = stream.size() / 2; i < stream.size(); ++i)
        ok(p.server.receive(QByteArrayView(stream).sliced(i, 1), &got));
    EXPECT_EQ(got, sent);
}

TEST_F(SecureSessionTest, HandshakeBytesMaySplitAnywhere)
{
    SecureSession client = SecureSession::client(m_keys.publicKey);
    SecureSession server = SecureSession::server(m_keys);
    QList<QByteArray> none;
    const QByteArray hello = ok(client.start());
    QByteArray serverFlight;
    for (char c : hello)
        serverFlight += ok(server.receive(QByteArrayView(&c, 1), &none));
    QByteArray clientFlight;
    for (char c : serverFlight)
        clientFlight += ok(client.receive(QByteArrayView(&c, 1), &none));
    clientFlight += ok(client.seal(kJia)); // data right behind the Finished, in the same chunk
    QList<QByteArray> got;
    ok(server.receive(clientFlight, &got));
    EXPECT_TRUE(server.isEstablished());
    EXPECT_EQ(got, QList<QByteArray>{kJia});
}

TEST_F(SecureSessionTest, UnpinnedClientAcceptsAndReportsTheKey)
{
    SecureSession client = SecureSession::client(QByteArray());
    SecureSession server = SecureSession::server(m_keys);
    QList<QByteArray> none;
    ok(server.receive(ok(client.receive(ok(server.receive(ok(client.start()), &none)), &none)), &none));
    EXPECT_TRUE(client.isEstablished());
    EXPECT_TRUE(server.isEstablished());
    EXPECT_EQ(client.peerStaticKey(), m_keys.publicKey);
}

TEST_F(SecureSessionTest, WrongPinnedKeyIsRefused)
{
    const KeyPair impostor = generateKeyPair();
    SecureSession client = SecureSession::client(m_keys.publicKey);
    SecureSession server = SecureSession::server(impostor);
    QList<QByteArray> none;
    const QByteArray serverFlight = ok(server.receive(ok(client.start()), &none));
    test::LogCapture log;
    const Result<QByteArray> answer = client.receive(serverFlight, &none);
    ASSERT_FALSE(answer.ok());
    EXPECT_EQ(answer.error().code, ErrorCode::Conflict);
    const QString message = answer.error().message;
    EXPECT_TRUE(message.contains(QLatin1String("does not match the pinned fingerprint")))
        << message.toStdString();
    EXPECT_TRUE(message.contains(QLatin1String("possible impersonation")));
    EXPECT_TRUE(message.contains(fingerprint(m_keys.publicKey)));
    EXPECT_TRUE(message.contains(fingerprint(impostor.publicKey)));
    EXPECT_EQ(log.warningsContaining(QStringLiteral("impersonation")).size(), 1);
    expectFailedForGood(client, ErrorCode::Conflict);
    EXPECT_EQ(log.warnings().size(), 1); // the reason is logged once, not on every later call
    // The impostor never sees a Finished from the client, so it never accepts data from it.
    EXPECT_FALSE(server.isEstablished());
}

// Plays a whole session, flight by flight, letting `tamper` alter the bytes of one flight on the
// wire. Flights: 0 ClientHello; 1 ServerHello + ServerFinished; 2 ClientFinished + data; 3 data from
// the server; 4 the client's close.
struct SessionRun {
    QList<QByteArray> atServer;
    QList<QByteArray> atClient;
    bool receiverFailed = false; // the side that received the tampered flight
};

SessionRun playSession(const KeyPair &keys, int tamperedFlight,
                       const std::function<void(QByteArray &)> &tamper)
{
    SecureSession client = SecureSession::client(keys.publicKey);
    SecureSession server = SecureSession::server(keys);
    SessionRun run;
    const auto deliver = [&](int flight, QByteArray bytes, SecureSession &to, QList<QByteArray> *into) {
        if (flight == tamperedFlight)
            tamper(bytes);
        const Result<QByteArray> reply = to.receive(bytes, into);
        return reply.ok() ? *reply : QByteArray();
    };
    const QByteArray hello = client.start().valueOr({});
    const QByteArray serverFlight = deliver(0, hello, server, &run.atServer);
    QByteArray clientFlight = deliver(1, serverFlight, client, &run.atClient);
    clientFlight += client.seal(kJia).valueOr({});
    deliver(2, clientFlight, server, &run.atServer);
    deliver(3, server.seal(kYi).valueOr({}), client, &run.atClient);
    deliver(4, client.close().valueOr({}), server, &run.atServer);

    SecureSession &receiver = tamperedFlight == 1 || tamperedFlight == 3 ? client : server;
    // A length prefix made longer leaves the receiver waiting for bytes that never come: the end of
    // the stream must then count as a failure, not as an orderly close.
    run.receiverFailed = receiver.hasFailed() || !receiver.endOfStream().ok();
    return run;
}

TEST_F(SecureSessionTest, UntamperedSessionEndsCleanly)
{
    const SessionRun run = playSession(m_keys, -1, [](QByteArray &) {});
    EXPECT_EQ(run.atServer, QList<QByteArray>{kJia});
    EXPECT_EQ(run.atClient, QList<QByteArray>{kYi});
    EXPECT_FALSE(run.receiverFailed);
}

TEST_F(SecureSessionTest, AFlippedBitInAnyRecordIsRefused)
{
    test::QuietNetLogs quiet;
    // Measure each flight once, then flip every bit of it, one run per bit.
    const int flightSizes[] = {45, 4 + 71 + 4 + 74, 4 + 74 + 4 + 17 + 1 + int(kJia.size()),
                               4 + 17 + 1 + int(kYi.size()), 4 + 17 + 1};
    int runs = 0;
    for (int flight = 0; flight < 5; ++flight) {
        for (int bit = 0; bit < flightSizes[flight] * 8; ++bit) {
            qsizetype seenSize = -1;
            const SessionRun run = playSession(m_keys, flight, [&](QByteArray &bytes) {
                seenSize = bytes.size();
                if (bit / 8 < bytes.size())
                    bytes[bit / 8] = char(bytes[bit / 8] ^ (1 << (bit % 8)));
            });
            ASSERT_EQ(seenSize, flightSizes[flight]) << "flight " << flight;
            EXPECT_TRUE(run.receiverFailed) << "flight " << flight << " bit " << bit;
            // Whatever got through is exactly what was sent (here: data that preceded the damage).
            EXPECT_TRUE(run.atServer.isEmpty() || run.atServer == QList<QByteArray>{kJia})
                << flight << "/" << bit;
            EXPECT_TRUE(run.atClient.isEmpty() || run.atClient == QList<QByteArray>{kYi})
                << flight << "/" << bit;
            // Before the server checked the ClientFinished nobody accepts anything.
            if (flight <= 2) {
                EXPECT_TRUE(run.atServer.isEmpty()) << flight << "/" << bit;
            }
            if (flight <= 1) {
                EXPECT_TRUE(run.atClient.isEmpty()) << flight << "/" << bit;
            }
            ++runs;
        }
    }
    EXPECT_EQ(runs, 8 * std::accumulate(std::begin(flightSizes), std::end(flightSizes), 0));
}

TEST_F(SecureSessionTest, ReplayedRecordIsRefused)
{
    Pair p = established(m_keys);
    const QByteArray first = ok(p.client.seal("第一条"));
    QList<QByteArray> got;
    ok(p.server.receive(first, &got));
    const Result<QByteArray> replay = p.server.receive(first, &got);
    ASSERT_FALSE(replay.ok());
    EXPECT_EQ(got, QList<QByteArray>{"第一条"});
    expectFailedForGood(p.server, ErrorCode::Invalid);
}

TEST_F(SecureSessionTest, RecordedSessionReplayedToTheHubIsRefused)
{
    // An eavesdropper records a desk's whole side of a session and plays it to the hub again.
    SecureSession client = SecureSession::client(m_keys.publicKey);
    SecureSession server = SecureSession::server(m_keys);
    QList<QByteArray> none;
    const QByteArray hello = ok(client.start());
    QByteArray recorded = hello;
    QByteArray clientFlight = ok(client.receive(ok(server.receive(hello, &none)), &none));
    clientFlight += ok(client.seal("写入：删除个案"));
    recorded += clientFlight;
    ok(server.receive(clientFlight, &none));
    ASSERT_EQ(none.size(), 1);

    SecureSession fresh = SecureSession::server(m_keys);
    QList<QByteArray> got;
    const Result<QByteArray> replayed = fresh.receive(recorded, &got);
    EXPECT_FALSE(replayed.ok());
    EXPECT_TRUE(got.isEmpty());
    EXPECT_FALSE(fresh.isEstablished());
}

TEST_F(SecureSessionTest, ReorderedOrDroppedRecordsAreRefused)
{
    {
        Pair p = established(m_keys);
        const QByteArray a = ok(p.client.seal("A"));
        const QByteArray b = ok(p.client.seal("B"));
        QList<QByteArray> got;
        EXPECT_FALSE(p.server.receive(QByteArray(b + a), &got).ok());
        EXPECT_TRUE(got.isEmpty());
        expectFailedForGood(p.server, ErrorCode::Invalid);
    }
    {
        Pair p = established(m_keys);
        ok(p.client.seal("A")); // lost on the way
        const QByteArray b = ok(p.client.seal("B"));
        QList<QByteArray> got;
        EXPECT_FALSE(p.server.receive(b, &got).ok());
        EXPECT_TRUE(got.isEmpty());
    }
}

TEST_F(SecureSessionTest, RecordsDoNotCrossSessionsOrDirections)
{
    Pair one = established(m_keys);
    Pair two = established(m_keys);
    QList<QByteArray> got;
    EXPECT_FALSE(two.server.receive(ok(one.client.seal("x")), &got).ok());
    // Reflected: the server's own record sent back to it.
    EXPECT_FALSE(one.server.receive(ok(one.server.seal("y")), &got).ok());
    EXPECT_TRUE(got.isEmpty());
}

TEST_F(SecureSessionTest, TruncationIsToldApartFromCleanClose)
{
    {
        Pair p = established(m_keys);
        QList<QByteArray> got;
        QByteArray flight = ok(p.client.seal("最后一条"));
        flight += ok(p.client.close());
        ok(p.server.receive(flight, &got));
        EXPECT_TRUE(p.server.closedCleanly());
        EXPECT_TRUE(p.server.endOfStream().ok());
        EXPECT_EQ(got, QList<QByteArray>{"最后一条"});
        EXPECT_TRUE(p.client.isClosedForSending());
        EXPECT_FALSE(p.client.seal("after").ok());
        EXPECT_FALSE(p.client.hasFailed()); // refusing to send after close is not a failure
        // The server can still answer and close its side.
        QList<QByteArray> atClient;
        QByteArray answer = ok(p.server.seal("收到"));
        answer += ok(p.server.close());
        ok(p.client.receive(answer, &atClient));
        EXPECT_TRUE(p.client.closedCleanly());
        EXPECT_EQ(atClient, QList<QByteArray>{"收到"});
    }
    {
        Pair p = established(m_keys);
        QList<QByteArray> got;
        ok(p.server.receive(ok(p.client.seal("最后一条")), &got));
        EXPECT_FALSE(p.server.closedCleanly());
        const Status end = p.server.endOfStream();
        ASSERT_FALSE(end.ok());
        EXPECT_EQ(end.error().code, ErrorCode::Io);
        EXPECT_TRUE(end.error().message.contains(QLatin1String("cut"))) << end.error().message.toStdString();
        expectFailedForGood(p.server, ErrorCode::Io);
    }
    {
        // The close record itself cut short.
        Pair p = established(m_keys);
        const QByteArray bye = ok(p.client.close());
        QList<QByteArray> got;
        ok(p.server.receive(bye.left(bye.size() - 1), &got));
        EXPECT_FALSE(p.server.endOfStream().ok());
    }
    {
        // Data after the close.
        Pair p = established(m_keys);
        QByteArray bye = ok(p.client.close());
        QList<QByteArray> got;
        EXPECT_FALSE(p.server.receive(QByteArray(bye + QByteArray("\x00\x00\x00\x02hi", 6)), &got).ok());
        EXPECT_FALSE(p.server.closedCleanly());
    }
    {
        // Cut during the handshake.
        SecureSession server = SecureSession::server(m_keys);
        QList<QByteArray> none;
        ok(server.receive(ok(SecureSession::client({}).start()), &none));
        EXPECT_EQ(server.endOfStream().error().code, ErrorCode::Io);
    }
}

TEST_F(SecureSessionTest, GarbageInsteadOfHelloIsRefused)
{
    QList<QByteArray> got;
    {
        // An HTTP request: "GET " read as a length is about 1.2 GB; refused before buffering anything.
        SecureSession server = SecureSession::server(m_keys);
        const Result<QByteArray> r = server.receive("GET / HTTP/1.1\r\nHost: hub\r\n\r\n", &got);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Invalid);
        expectFailedForGood(server, ErrorCode::Invalid);
    }
    {
        // Framed correctly, right size, wrong content.
        SecureSession server = SecureSession::server(m_keys);
        const Result<QByteArray> r = server.receive(protocol::lengthPrefixed(QByteArray(41, 'A')), &got);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message.contains(QLatin1String("did not start a Safelink secure handshake")));
    }
    {
        // A ClientHello sent to a client.
        SecureSession client = SecureSession::client(m_keys.publicKey);
        ok(client.start());
        EXPECT_FALSE(client.receive(ok(SecureSession::client({}).start()), &got).ok());
    }
    {
        // Bytes to a client that has not started.
        SecureSession client = SecureSession::client(m_keys.publicKey);
        EXPECT_FALSE(client.receive("hello", &got).ok());
    }
    {
        // A hello whose key is a low-order point (all zeros): refused, not used.
        SecureSession server = SecureSession::server(m_keys);
        QByteArray hello = ok(SecureSession::client({}).start());
        hello.replace(4 + 9, 32, QByteArray(32, '\0'));
        EXPECT_FALSE(server.receive(hello, &got).ok());
    }
    EXPECT_TRUE(got.isEmpty());
}

TEST_F(SecureSessionTest, OversizedRecordsAreRefused)
{
    QList<QByteArray> got;
    {
        // During the handshake, anything over 256 bytes, at once from the prefix.
        SecureSession server = SecureSession::server(m_keys);
        EXPECT_FALSE(server.receive(QByteArray("\x00\x00\x01\x01", 4), &got).ok());
    }
    {
        // Established with a 4 KiB limit on the server.
        Pair p = established(m_keys, {}, SessionOptions{.maxRecordSize = 4096});
        ok(p.server.receive(ok(p.client.seal(QByteArray(4096 - 18, 'a'))), &got)); // exactly at the limit
        EXPECT_EQ(got.size(), 1);
        const Result<QByteArray> r = p.server.receive(ok(p.client.seal(QByteArray(4096, 'a'))), &got);
        ASSERT_FALSE(r.ok());
        EXPECT_TRUE(r.error().message.contains(QLatin1String("limit")));
        expectFailedForGood(p.server, ErrorCode::Invalid);
    }
    {
        // A 100 MB declaration under the default limit fails at the prefix.
        Pair p = established(m_keys);
        EXPECT_FALSE(
            p.server.receive(QByteArray(QByteArray("\x05\xf5\xe1\x00", 4) + QByteArray(1000, 'x')), &got)
                .ok());
    }
    {
        // seal() refuses what the record limit cannot carry, and the session carries on.
        Pair p = established(m_keys, SessionOptions{.maxRecordSize = 1000});
        const Result<QByteArray> tooBig = p.client.seal(QByteArray(p.client.maxPayloadSize() + 1, 'x'));
        ASSERT_FALSE(tooBig.ok());
        EXPECT_EQ(tooBig.error().code, ErrorCode::Invalid);
        EXPECT_FALSE(p.client.hasFailed());
        QList<QByteArray> atServer;
        ok(p.server.receive(ok(p.client.seal(QByteArray(p.client.maxPayloadSize(), 'y'))), &atServer));
        EXPECT_EQ(atServer.size(), 1);
    }
}

TEST_F(SecureSessionTest, VersionsAreNegotiated)
{
    {
        Pair p = established(m_keys, SessionOptions{.minVersion = 1, .maxVersion = 3},
                             SessionOptions{.minVersion = 1, .maxVersion = 2});
        EXPECT_EQ(p.client.protocolVersion(), 2);
        EXPECT_EQ(p.server.protocolVersion(), 2);
    }
    {
        // A desk newer than the hub: the hub says which versions it speaks, the desk explains.
        SecureSession client =
            SecureSession::client(m_keys.publicKey, SessionOptions{.minVersion = 2, .maxVersion = 3});
        SecureSession server =
            SecureSession::server(m_keys, SessionOptions{.minVersion = 1, .maxVersion = 1});
        QList<QByteArray> none;
        const Result<QByteArray> r = server.receive(ok(client.start()), &none);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::Unsupported);
        const QByteArray alert = server.takeAlert();
        ASSERT_FALSE(alert.isEmpty());
        EXPECT_TRUE(server.takeAlert().isEmpty());
        const Result<QByteArray> c = client.receive(alert, &none);
        ASSERT_FALSE(c.ok());
        EXPECT_EQ(c.error().code, ErrorCode::Unsupported);
        EXPECT_TRUE(c.error().message.contains(QLatin1String("1 to 1"))) << c.error().message.toStdString();
    }
}

TEST_F(SecureSessionTest, MisuseIsRefusedWithoutBreakingTheSession)
{
    SecureSession client = SecureSession::client(m_keys.publicKey);
    EXPECT_FALSE(client.seal("early").ok());
    EXPECT_FALSE(client.close().ok());
    EXPECT_FALSE(client.hasFailed());
    SecureSession server = SecureSession::server(m_keys);
    EXPECT_FALSE(server.start().ok());
    EXPECT_FALSE(server.hasFailed());
    QList<QByteArray> none;
    ok(server.receive(ok(client.receive(ok(server.receive(ok(client.start()), &none)), &none)), &none));
    EXPECT_TRUE(client.isEstablished());
    EXPECT_TRUE(server.isEstablished());
    EXPECT_FALSE(client.start().ok());
}

TEST_F(SecureSessionTest, BadConstructionFailsAtFirstUse)
{
    SecureSession client = SecureSession::client(QByteArray(5, 'k'));
    EXPECT_EQ(client.start().error().code, ErrorCode::Invalid);
    SecureSession server = SecureSession::server(KeyPair{m_keys.publicKey, generateKeyPair().secretKey});
    QList<QByteArray> none;
    EXPECT_EQ(server.receive(ok(SecureSession::client({}).start()), &none).error().code, ErrorCode::Invalid);
}

TEST_F(SecureSessionTest, MovedSessionKeepsWorking)
{
    Pair p = established(m_keys);
    SecureSession moved = std::move(p.client);
    QList<QByteArray> got;
    ok(p.server.receive(ok(moved.seal("moved")), &got));
    EXPECT_EQ(got, QList<QByteArray>{"moved"});
}

} // namespace
