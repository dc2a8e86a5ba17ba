#include <safelink/protocol/framereader.h>

#include <gtest/gtest.h>

#include <QRandomGenerator>

using namespace safelink;
using namespace safelink::protocol;

namespace {

QByteArray payload(int i)
{
    return QStringLiteral("第%1帧 frame payload").arg(i).toUtf8().repeated(1 + i % 7);
}

// Everything next() yields until it needs more bytes; fails the test on an error.
QList<QByteArray> drain(FrameReader &reader)
{
    QList<QByteArray> out;
    for (;;) {
        auto next = reader.next();
        EXPECT_TRUE(next.ok()) << next.error().toString().toStdString();
        if (!next.ok() || !next->has_value())
            return out;
        out.append(**next);
    }
}

QByteArray prefix(quint32 length)
{
    const char bytes[4] = {char(length >> 24), char(length >> 16), char(length >> 8), char(length)};
    return QByteArray(bytes, 4);
}

TEST(FrameReader, LengthPrefixIsBigEndian)
{
    EXPECT_EQ(lengthPrefixed("abc"), QByteArray("\x00\x00\x00\x03"
                                                "abc",
                                                7));
    EXPECT_EQ(lengthPrefixed(QByteArray(0x01020304 & 0xFFFF, 'x')).left(4), prefix(0x0304));
}

TEST(FrameReader, WholeFrame)
{
    FrameReader reader;
    reader.feed(lengthPrefixed("hello"));
    EXPECT_EQ(drain(reader), QList<QByteArray>{"hello"});
    EXPECT_EQ(reader.bufferedBytes(), 0);
}

TEST(FrameReader, ByteByByte)
{
    FrameReader reader;
    const QByteArray stream = lengthPrefixed(payload(1)) + lengthPrefixed(payload(2));
    QList<QByteArray> got;
    for (char c : stream) {
        reader.feed(QByteArrayView(&c, 1));
        got += drain(reader);
    }
    EXPECT_EQ(got, (QList<QByteArray>{payload(1), payload(2)}));
    EXPECT_EQ(reader.bufferedBytes(), 0);
}

TEST(FrameReader, MergedAndRandomlySplitChunks)
{
    QList<QByteArray> sent;
    QByteArray stream;
    for (int i = 0; i < 200; ++i) {
        sent.append(payload(i));
        stream += lengthPrefixed(sent.last());
    }
    // All at once.
    FrameReader whole;
    whole.feed(stream);
    EXPECT_EQ(drain(whole), sent);

    // Random cut points, the same ones every run.
    QRandomGenerator random(20261120);
    for (int round = 0; round < 20; ++round) {
        FrameReader reader;
        QList<QByteArray> got;
        qsizetype pos = 0;
        while (pos < stream.size()) {
            const qsizetype n = std::min<qsizetype>(stream.size() - pos, random.bounded(1, 300));
            reader.feed(QByteArrayView(stream).sliced(pos, n));
            pos += n;
            if (random.bounded(2))
                got += drain(reader);
        }
        got += drain(reader);
        EXPECT_EQ(got, sent) << "round " << round;
    }
}

TEST(FrameReader, PendingFrameSize)
{
    FrameReader reader;
    EXPECT_FALSE(reader.pendingFrameSize().has_value());
    reader.feed(prefix(10).left(3));
    EXPECT_FALSE(reader.pendingFrameSize().has_value());
    reader.feed(prefix(10).mid(3));
    EXPECT_EQ(reader.pendingFrameSize(), 10);
    EXPECT_FALSE(reader.next().value().has_value());
}

TEST(FrameReader, ZeroLengthFailsForGood)
{
    FrameReader reader;
    reader.feed(QByteArray(lengthPrefixed("before") + prefix(0) + lengthPrefixed("after")));
    EXPECT_TRUE(reader.hasFailed());
    auto first = reader.next();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first->value(), QByteArray("before"));
    for (int i = 0; i < 3; ++i) {
        auto next = reader.next();
        ASSERT_FALSE(next.ok());
        EXPECT_EQ(next.error().code, ErrorCode::Invalid);
    }
    reader.feed(lengthPrefixed("later"));
    EXPECT_FALSE(reader.next().ok());
    EXPECT_EQ(reader.bufferedBytes(), 0);
}

TEST(FrameReader, HugeDeclaredLengthIsRejectedBeforeBuffering)
{
    FrameReader reader; // 16 MiB limit
    // The prefix of a 100 MB frame followed by the first megabyte of it, in one chunk.
    QByteArray chunk = prefix(100 * 1000 * 1000);
    chunk += QByteArray(1024 * 1024, 'x');
    reader.feed(chunk);
    EXPECT_TRUE(reader.hasFailed());
    EXPECT_LE(reader.bufferedBytes(), 16);
    const auto next = reader.next();
    ASSERT_FALSE(next.ok());
    EXPECT_EQ(next.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(next.error().message.contains(QLatin1String("100000000")))
        << next.error().message.toStdString();

    // The rest of the "frame" keeps coming: nothing is kept.
    for (int i = 0; i < 50; ++i)
        reader.feed(QByteArray(64 * 1024, 'y'));
    EXPECT_EQ(reader.bufferedBytes(), 0);
    EXPECT_FALSE(reader.next().ok());
}

TEST(FrameReader, HugeLengthBehindAGoodFrameIsCaughtAtOnce)
{
    FrameReader reader;
    QByteArray chunk = lengthPrefixed("ok") + prefix(0xFFFFFFFFu) + QByteArray(100000, 'z');
    reader.feed(chunk);
    EXPECT_TRUE(reader.hasFailed());
    EXPECT_LE(reader.bufferedBytes(), 6);
    EXPECT_EQ(reader.next().value().value(), QByteArray("ok"));
    EXPECT_FALSE(reader.next().ok());
}

TEST(FrameReader, LimitIsInclusive)
{
    FrameReader reader(1000);
    reader.feed(lengthPrefixed(QByteArray(1000, 'a')));
    EXPECT_EQ(reader.next().value().value().size(), 1000);
    reader.feed(prefix(1001));
    EXPECT_FALSE(reader.next().ok());
}

} // namespace
