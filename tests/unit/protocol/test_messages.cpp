#include <safelink/protocol/messages.h>
#include <safelink/protocol/negotiation.h>

#include <gtest/gtest.h>

#include <QSet>
#include <QString>

using namespace safelink;
using namespace safelink::protocol;

namespace {

// The numbers travel on the wire: a desk and a hub built months apart must agree on them. Changing a
// line here means breaking every deployed desk; append instead.
struct Pinned {
    const char *name;
    quint16 number;
};
constexpr Pinned kPinned[] = {
    {"Hello", 1},
    {"HelloAck", 2},
    {"Error", 3},
    {"Login", 4},
    {"LoginResult", 5},
    {"Logout", 6},
    {"Subscribe", 7},
    {"SnapshotChunk", 8},
    {"SnapshotDone", 9},
    {"Change", 10},
    {"Write", 11},
    {"WriteResult", 12},
    {"Ping", 13},
    {"Pong", 14},
    {"SnapshotFile", 15},
    {"RecordingUpload", 16},
    {"RecordingStored", 17},
    {"RecordingFetch", 18},
    {"RecordingData", 19},
    {"SeatStatus", 20},
    {"SeatBoard", 21},
    {"HistoryRequest", 22},
    {"History", 23},
    {"CallQueue", 24},
};

TEST(Messages, NumbersAndNamesArePinned)
{
    ASSERT_EQ(kAllMessageTypes.size(), std::size(kPinned));
    for (std::size_t i = 0; i < std::size(kPinned); ++i) {
        EXPECT_EQ(quint16(kAllMessageTypes[i]), kPinned[i].number) << kPinned[i].name;
        EXPECT_EQ(messageName(kAllMessageTypes[i]), QLatin1String(kPinned[i].name));
    }
}

TEST(Messages, NamesAreUniqueAndKnown)
{
    QSet<QString> names;
    for (MessageType type : kAllMessageTypes) {
        EXPECT_FALSE(messageName(type).isEmpty());
        names.insert(QString(messageName(type)));
        EXPECT_TRUE(isKnownMessageType(quint16(type)));
    }
    EXPECT_EQ(names.size(), qsizetype(kAllMessageTypes.size()));
}

TEST(Messages, UnknownNumbers)
{
    EXPECT_FALSE(isKnownMessageType(0));
    EXPECT_FALSE(isKnownMessageType(25)); // the next free number
    EXPECT_FALSE(isKnownMessageType(0xFFFF));
    EXPECT_TRUE(messageName(MessageType(999)).isEmpty());
    static_assert(isKnownMessageType(1) && !isKnownMessageType(0), "usable at compile time");
}

TEST(Messages, VersionConstants)
{
    EXPECT_GE(kMinProtocolVersion, 1);
    EXPECT_LE(kMinProtocolVersion, kProtocolVersion);
}

TEST(Negotiation, PicksHighestCommonVersion)
{
    EXPECT_EQ(negotiateVersion(kMinProtocolVersion, kProtocolVersion).value(), kProtocolVersion);
    EXPECT_EQ(negotiateVersion(1, 3, 1, 2).value(), 2);
    EXPECT_EQ(negotiateVersion(2, 5, 1, 3).value(), 3);
    EXPECT_EQ(negotiateVersion(1, 1, 1, 4).value(), 1);
    EXPECT_EQ(negotiateVersion(3, 3, 3, 3).value(), 3);
}

TEST(Negotiation, NoOverlapIsUnsupportedAndSaysWhoToUpdate)
{
    const auto newer = negotiateVersion(4, 6, 1, 3);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(newer.error().message.contains(QLatin1String("update this program")))
        << newer.error().message.toStdString();

    const auto older = negotiateVersion(1, 1, 2, 3);
    ASSERT_FALSE(older.ok());
    EXPECT_EQ(older.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(older.error().message.contains(QLatin1String("update the other side")));
}

TEST(Negotiation, NonsenseRangeIsInvalid)
{
    EXPECT_EQ(negotiateVersion(3, 2).error().code, ErrorCode::Invalid);
    EXPECT_EQ(negotiateVersion(0, 1).error().code, ErrorCode::Invalid);
    EXPECT_EQ(negotiateVersion(-5, -1).error().code, ErrorCode::Invalid);
}

} // namespace
