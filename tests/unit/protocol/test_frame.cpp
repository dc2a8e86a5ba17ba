#include <safelink/protocol/frame.h>

#include <gtest/gtest.h>

#include <QCborArray>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QSet>

using namespace safelink;
using namespace safelink::protocol;

namespace {

QCborMap sampleBody()
{
    QCborMap body;
    body.insert(QStringLiteral("name"), QStringLiteral("陈桂英"));
    body.insert(QStringLiteral("address"), QStringLiteral("广州市越秀区北京街道盐运西社区"));
    body.insert(QStringLiteral("priority"), 1);
    body.insert(QStringLiteral("blob"), QByteArray("\x00\x01\xff", 3));
    QCborArray list;
    list.append(QStringLiteral("120"));
    list.append(2.5);
    list.append(QCborMap{{QStringLiteral("nested"), true}});
    body.insert(QStringLiteral("list"), list);
    return body;
}

// Writes raw CBOR the encoder never would, to feed the decoder hostile shapes.
template<typename Fn>
QByteArray cbor(Fn &&write)
{
    QByteArray out;
    QCborStreamWriter writer(&out);
    write(writer);
    return out;
}

QByteArray arrayOf(const QCborValue &a, const QCborValue &b, const QCborValue &c)
{
    return QCborValue(QCborArray{a, b, c}).toCbor();
}

void expectInvalid(const QByteArray &bytes, const char *what)
{
    const Result<Frame> decoded = decodeFrame(bytes);
    ASSERT_FALSE(decoded.ok()) << what;
    EXPECT_EQ(decoded.error().code, ErrorCode::Invalid) << what;
    EXPECT_FALSE(decoded.error().message.isEmpty()) << what;
}

TEST(Frame, EveryMessageTypeRoundTrips)
{
    const quint64 ids[] = {0, 1, 4242, kMaxRequestId};
    for (MessageType type : kAllMessageTypes) {
        for (quint64 id : ids) {
            const Frame frame{type, id, sampleBody()};
            const Result<Frame> decoded = decodeFrame(encodeFrame(frame));
            ASSERT_TRUE(decoded.ok()) << messageName(type).data() << decoded.error().toString().toStdString();
            EXPECT_EQ(*decoded, frame) << messageName(type).data();
        }
        const Frame empty{type, 7, {}};
        EXPECT_EQ(decodeFrame(encodeFrame(empty)).value(), empty);
    }
}

TEST(Frame, UnknownTypesAreRejected)
{
    for (qint64 type : {qint64(0), qint64(25), qint64(0xFFFF), qint64(0x10000), qint64(-1)})
        expectInvalid(arrayOf(type, 1, QCborMap()), "unknown type");
    const auto decoded = decodeFrame(arrayOf(25, 1, QCborMap()));
    EXPECT_TRUE(decoded.error().message.contains(QLatin1String("25")));
}

TEST(Frame, MalformedCborIsRejected)
{
    expectInvalid(QByteArray(), "empty");
    expectInvalid(QByteArray("\xff", 1), "lone break");
    expectInvalid(QByteArray("\x83\x01", 2), "array cut short");
    expectInvalid(QByteArray("\x1c", 1), "reserved additional info");
    // A byte string declaring far more bytes than there are (once crashed Qt 6.4 if touched).
    expectInvalid(QByteArray::fromHex("5b0000001000000000"), "huge byte string");
    expectInvalid(QByteArray::fromHex("83010a5b7fffffffffffffff"), "huge string inside");
    expectInvalid(QByteArray("not cbor at all, just text"), "text");
}

TEST(Frame, TrailingBytesAreRejected)
{
    QByteArray bytes = encodeFrame(Frame{MessageType::Ping, 1, {}});
    bytes.append('\0');
    expectInvalid(bytes, "one trailing byte");
    QByteArray two = encodeFrame(Frame{MessageType::Ping, 1, {}});
    two += encodeFrame(Frame{MessageType::Pong, 1, {}});
    expectInvalid(two, "two frames in one buffer");
}

TEST(Frame, WrongShapesAreRejected)
{
    expectInvalid(QCborValue(QCborMap{{QStringLiteral("type"), 13}}).toCbor(), "map instead of array");
    expectInvalid(QCborValue(13).toCbor(), "integer");
    expectInvalid(QCborValue(QStringLiteral("Ping")).toCbor(), "text");
    expectInvalid(QCborValue(QCborArray{13, 1}).toCbor(), "two elements");
    expectInvalid(QCborValue(QCborArray{13, 1, QCborMap(), QCborMap()}).toCbor(), "four elements");
    expectInvalid(QCborValue(QCborArray()).toCbor(), "empty array");
    expectInvalid(arrayOf(QStringLiteral("Ping"), 1, QCborMap()), "type as text");
    expectInvalid(arrayOf(13.0, 1, QCborMap()), "type as double");
    expectInvalid(arrayOf(13, QStringLiteral("1"), QCborMap()), "id as text");
    expectInvalid(arrayOf(13, 1.5, QCborMap()), "id as double");
    expectInvalid(arrayOf(13, 1, QCborArray()), "body as array");
    expectInvalid(arrayOf(13, 1, QCborValue()), "body undefined");
    expectInvalid(arrayOf(13, 1, QCborValue(QCborValue::Null)), "body null");
    expectInvalid(arrayOf(13, 1, QStringLiteral("body")), "body as text");
    expectInvalid(arrayOf(13, 1, QCborMap{{1, 2}}), "integer key");
    expectInvalid(QCborValue(QCborKnownTags::Signature, QCborArray{13, 1, QCborMap()}).toCbor(),
                  "tagged array");
}

TEST(Frame, NegativeAndOverflowingIdsAreRejected)
{
    expectInvalid(arrayOf(13, -1, QCborMap()), "negative id");
    expectInvalid(arrayOf(13, std::numeric_limits<qint64>::min(), QCborMap()), "most negative id");
    expectInvalid(cbor([](QCborStreamWriter &w) {
                      w.startArray(3);
                      w.append(13);
                      w.append(quint64(kMaxRequestId) + 1);
                      w.startMap(0);
                      w.endMap();
                      w.endArray();
                  }),
                  "id just above 2^63-1");
    expectInvalid(cbor([](QCborStreamWriter &w) {
                      w.startArray(3);
                      w.append(13);
                      w.append(std::numeric_limits<quint64>::max());
                      w.startMap(0);
                      w.endMap();
                      w.endArray();
                  }),
                  "id 2^64-1");
    expectInvalid(cbor([](QCborStreamWriter &w) {
                      w.startArray(3);
                      w.append(13);
                      w.append(QCborNegativeInteger(std::numeric_limits<quint64>::max()));
                      w.startMap(0);
                      w.endMap();
                      w.endArray();
                  }),
                  "id -2^64");
}

TEST(Frame, RepeatedBodyKeyIsRejected)
{
    const QByteArray bytes = cbor([](QCborStreamWriter &w) {
        w.startArray(3);
        w.append(11);
        w.append(5);
        w.startMap(2);
        w.append(QLatin1String("subject"));
        w.append(QLatin1String("a"));
        w.append(QLatin1String("subject"));
        w.append(QLatin1String("b"));
        w.endMap();
        w.endArray();
    });
    expectInvalid(bytes, "duplicate key");
    EXPECT_TRUE(decodeFrame(bytes).error().message.contains(QLatin1String("subject")));
}

TEST(Frame, ErrorFramesRoundTripEveryCode)
{
    // Every code core defines (they are numbered from 0 without gaps).
    QList<ErrorCode> codes;
    for (int i = 0; !errorCodeKey(ErrorCode(i)).isEmpty(); ++i)
        codes.append(ErrorCode(i));
    ASSERT_GE(codes.size(), 7);
    EXPECT_TRUE(codes.contains(ErrorCode::Internal));
    QSet<QString> keys;
    for (ErrorCode code : codes) {
        keys.insert(QString(errorCodeKey(code)));
        EXPECT_EQ(errorCodeFromKey(QString(errorCodeKey(code))), code);
        const Frame frame = makeError(99, code, QStringLiteral("住址不能为空"));
        EXPECT_EQ(frame.type, MessageType::Error);
        EXPECT_EQ(frame.requestId, 99u);
        const Result<Frame> decoded = decodeFrame(encodeFrame(frame));
        ASSERT_TRUE(decoded.ok());
        const Error error = errorFromFrame(*decoded);
        EXPECT_EQ(error.code, code);
        EXPECT_EQ(error.message, QStringLiteral("住址不能为空"));
        EXPECT_TRUE(error.field.isEmpty());
    }
    EXPECT_EQ(keys.size(), codes.size());
    // Pinned: these strings are on the wire.
    EXPECT_EQ(errorCodeKey(ErrorCode::Invalid), QLatin1String("invalid"));
    EXPECT_EQ(errorCodeKey(ErrorCode::NotFound), QLatin1String("not-found"));
    EXPECT_EQ(errorCodeKey(ErrorCode::Internal), QLatin1String("internal"));
    EXPECT_FALSE(errorCodeFromKey(u"no-such-code").has_value());

    const Frame withField =
        makeError(3, makeError(ErrorCode::Invalid, QStringLiteral("bad"), QStringLiteral("phone")));
    EXPECT_EQ(errorFromFrame(decodeFrame(encodeFrame(withField)).value()).field, QStringLiteral("phone"));
}

TEST(Frame, ErrorFromOddFrames)
{
    QCborMap newer;
    newer.insert(QStringLiteral("code"), QStringLiteral("rate-limited"));
    newer.insert(QStringLiteral("message"), QStringLiteral("slow down"));
    const Error fromNewerPeer = errorFromFrame(Frame{MessageType::Error, 1, newer});
    EXPECT_EQ(fromNewerPeer.code, ErrorCode::Internal);
    EXPECT_EQ(fromNewerPeer.message, QStringLiteral("slow down"));

    EXPECT_EQ(errorFromFrame(Frame{MessageType::Pong, 1, newer}).code, ErrorCode::Invalid);
    EXPECT_EQ(errorFromFrame(Frame{MessageType::Error, 1, {}}).code, ErrorCode::Invalid);

    QCborMap noMessage;
    noMessage.insert(QStringLiteral("code"), QStringLiteral("storage"));
    const Error bare = errorFromFrame(Frame{MessageType::Error, 1, noMessage});
    EXPECT_EQ(bare.code, ErrorCode::Storage);
    EXPECT_FALSE(bare.message.isEmpty());
}

} // namespace
