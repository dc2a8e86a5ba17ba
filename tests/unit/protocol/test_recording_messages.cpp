// The recording messages: encoded by one side, decoded by the other, and hostile bodies refused
// with the field named.
#include <safelink/protocol/sync.h>

#include <QCborArray>

#include <gtest/gtest.h>

#include <QCborMap>

using namespace safelink;
using namespace safelink::protocol;

TEST(RecordingMessages, RoundTrip)
{
    RecordingUploadPart up{QStringLiteral("rec-1"), 256 * 1024, 300 * 1024, QByteArray(44 * 1024, 'x')};
    auto up2 = RecordingUploadPart::fromBody(up.toBody());
    ASSERT_TRUE(up2.ok()) << up2.error().toString().toStdString();
    EXPECT_EQ(up2->recordingId, up.recordingId);
    EXPECT_EQ(up2->offset, up.offset);
    EXPECT_EQ(up2->total, up.total);
    EXPECT_EQ(up2->data, up.data);

    auto stored =
        RecordingStoredReply::fromBody(RecordingStoredReply{QStringLiteral("rec-1"), true}.toBody());
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->duplicate);

    auto fetch = RecordingFetchRequest::fromBody(
        RecordingFetchRequest{QStringLiteral("rec-1"), RecordingPurpose::Export}.toBody());
    ASSERT_TRUE(fetch.ok());
    EXPECT_EQ(fetch->purpose, RecordingPurpose::Export);

    RecordingDataPart data{QStringLiteral("rec-1"), 0, 10, QByteArray("RIFF....WA")};
    auto data2 = RecordingDataPart::fromBody(data.toBody());
    ASSERT_TRUE(data2.ok());
    EXPECT_EQ(data2->data, data.data);
}

TEST(RecordingMessages, HostileBodiesNameTheField)
{
    auto field = [](const QCborMap &body) {
        auto r = RecordingUploadPart::fromBody(body);
        return r.ok() ? QString() : r.error().field;
    };
    RecordingUploadPart good{QStringLiteral("rec-1"), 0, 100, QByteArray(100, 'x')};
    QCborMap m = good.toBody();
    m.remove(QStringLiteral("id"));
    EXPECT_TRUE(field(m).contains(QStringLiteral("id")));
    m = good.toBody();
    m.insert(QStringLiteral("data"), QStringLiteral("not bytes"));
    EXPECT_TRUE(field(m).contains(QStringLiteral("data")));
    m = good.toBody();
    m.insert(QStringLiteral("offset"), 50); // 50 + 100 > total
    EXPECT_TRUE(field(m).contains(QStringLiteral("offset")));
    m = good.toBody();
    m.insert(QStringLiteral("total"), kMaxRecordingBytes + 1);
    EXPECT_TRUE(field(m).contains(QStringLiteral("total")));
    m = good.toBody();
    m.insert(QStringLiteral("offset"), -1);
    EXPECT_TRUE(field(m).contains(QStringLiteral("offset")));
    m = RecordingUploadPart{QStringLiteral("rec-1"), 0, kMaxRecordingBytes,
                            QByteArray(kRecordingPartBytes + 1, 'x')}
            .toBody();
    EXPECT_TRUE(field(m).contains(QStringLiteral("offset"))); // a piece larger than allowed
    EXPECT_TRUE(field(good.toBody()).isEmpty());

    QCborMap f = RecordingFetchRequest{QStringLiteral("rec-1"), RecordingPurpose::Play}.toBody();
    f.insert(QStringLiteral("purpose"), QStringLiteral("delete"));
    auto fetch = RecordingFetchRequest::fromBody(f);
    ASSERT_FALSE(fetch.ok());
    EXPECT_TRUE(fetch.error().field.contains(QStringLiteral("purpose")));
}

TEST(RecordingMessages, LoginReplyCarriesTheRecordingKey)
{
    LoginReply reply;
    reply.token = QStringLiteral("t");
    reply.accountId = QStringLiteral("a");
    reply.recordingKey = QByteArray(32, '\x07');
    auto back = LoginReply::fromBody(reply.toBody());
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    EXPECT_EQ(back->recordingKey, reply.recordingKey);
    QCborMap bad = reply.toBody();
    bad.insert(QStringLiteral("recordingKey"), QByteArray(5, 'x'));
    auto refused = LoginReply::fromBody(bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().field.contains(QStringLiteral("recordingKey")));
}

TEST(SeatMessages, StatusAndBoardRoundTripAndBadBodiesNameTheField)
{
    SeatStatusUpdate breakTime{core::SeatActivity::Break, QStringLiteral("用餐"), true};
    auto back = SeatStatusUpdate::fromBody(breakTime.toBody());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->activity, core::SeatActivity::Break);
    EXPECT_EQ(back->reason, QStringLiteral("用餐"));
    EXPECT_TRUE(back->phoneRegistered);

    SeatStatusUpdate noReason{core::SeatActivity::Break, QString(), false};
    auto refused = SeatStatusUpdate::fromBody(noReason.toBody());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().field, QStringLiteral("reason"));
    QCborMap unknown = breakTime.toBody();
    unknown.insert(QStringLiteral("activity"), QStringLiteral("sleeping"));
    EXPECT_EQ(SeatStatusUpdate::fromBody(unknown).error().field, QStringLiteral("activity"));
    QCborMap tooLong = breakTime.toBody();
    tooLong.insert(QStringLiteral("reason"), QString(101, QLatin1Char('x')));
    EXPECT_EQ(SeatStatusUpdate::fromBody(tooLong).error().field, QStringLiteral("reason"));

    SeatBoard board;
    board.seats.append(SeatEntry{QStringLiteral("坐席3"), QStringLiteral("acc-1"), QStringLiteral("wang"),
                                 QStringLiteral("王芳"), core::SeatActivity::Ready, QString(), true,
                                 QDateTime(QDate(2026, 11, 24), QTime(8, 0), Qt::UTC)});
    auto boardBack = SeatBoard::fromBody(board.toBody());
    ASSERT_TRUE(boardBack.ok());
    ASSERT_EQ(boardBack->seats.size(), 1);
    EXPECT_EQ(boardBack->seats.first(), board.seats.first());
    EXPECT_FALSE(SeatBoard::fromBody(QCborMap{}).ok());
}

TEST(HistoryMessages, RequestAndHistoryRoundTripAndBadBodiesNameTheField)
{
    const protocol::HistoryRequest request{core::RecordKind::KbArticle, QStringLiteral("a-1")};
    auto back = protocol::HistoryRequest::fromBody(request.toBody());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->kind, core::RecordKind::KbArticle);
    EXPECT_EQ(back->recordId, QStringLiteral("a-1"));
    QCborMap badKind = request.toBody();
    badKind.insert(QStringLiteral("kind"), QStringLiteral("spaceship"));
    EXPECT_EQ(protocol::HistoryRequest::fromBody(badKind).error().field, QStringLiteral("kind"));
    QCborMap noId = request.toBody();
    noId.remove(QStringLiteral("id"));
    ASSERT_TRUE(protocol::HistoryRequest::fromBody(noId).ok()); // no id: the kind's deleted records
    EXPECT_TRUE(protocol::HistoryRequest::fromBody(noId)->recordId.isEmpty());
    QCborMap longId = request.toBody();
    longId.insert(QStringLiteral("id"), QString(101, QLatin1Char('x')));
    EXPECT_EQ(protocol::HistoryRequest::fromBody(longId).error().field, QStringLiteral("id"));

    protocol::RecordHistory history{core::RecordKind::KbArticle, QStringLiteral("a-1"), {}};
    history.versions.append({1, QDateTime(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC), QStringLiteral("acc-1"),
                             QStringLiteral("王督导"), QStringLiteral("坐席9"), false,
                             QByteArray("\xa0", 1)});
    history.versions.append({2,
                             QDateTime(QDate(2026, 11, 24), QTime(4, 0), Qt::UTC),
                             QStringLiteral("acc-1"),
                             QStringLiteral("王督导"),
                             QStringLiteral("坐席9"),
                             true,
                             {}});
    auto decoded = protocol::RecordHistory::fromBody(history.toBody());
    ASSERT_TRUE(decoded.ok()) << decoded.error().toString().toStdString();
    EXPECT_EQ(decoded->versions, history.versions);
    QCborMap zero = history.toBody();
    QCborArray versions = zero.value(QStringLiteral("versions")).toArray();
    QCborMap first = versions.at(0).toMap();
    first.insert(QStringLiteral("version"), 0);
    versions[0] = first;
    zero.insert(QStringLiteral("versions"), versions);
    EXPECT_EQ(protocol::RecordHistory::fromBody(zero).error().field, QStringLiteral("versions.version"));
}

TEST(CallQueueMessages, RoundTripAndBadBodies)
{
    protocol::CallQueue queue;
    queue.calls.append(protocol::QueuedCall{QStringLiteral("c-1@10.0.0.5"),
                                            QStringLiteral("14712345678"),
                                            QStringLiteral("terminal"),
                                            QStringLiteral("s-1"),
                                            QStringLiteral("李建国"),
                                            {QStringLiteral("粤语")},
                                            QStringLiteral("1002"),
                                            QDateTime(QDate(2026, 12, 6), QTime(8, 0, 1), Qt::UTC)});
    queue.calls.append(protocol::QueuedCall{QStringLiteral("c-2"),
                                            QStringLiteral("13900000009"),
                                            QStringLiteral("unknown"),
                                            {},
                                            {},
                                            {},
                                            {},
                                            QDateTime(QDate(2026, 12, 6), QTime(8, 0, 2), Qt::UTC)});
    auto back = protocol::CallQueue::fromBody(queue.toBody());
    ASSERT_TRUE(back.ok()) << back.error().toString().toStdString();
    ASSERT_EQ(back->calls.size(), 2);
    EXPECT_EQ(back->calls[0], queue.calls[0]);
    EXPECT_EQ(back->calls[1], queue.calls[1]);
    EXPECT_EQ(protocol::CallQueue::fromBody(QCborMap{}).error().field, QStringLiteral("calls"));
    QCborMap noTime = queue.toBody();
    QCborArray calls = noTime.value(QStringLiteral("calls")).toArray();
    QCborMap first = calls.at(0).toMap();
    first.remove(QStringLiteral("since"));
    calls[0] = first;
    noTime.insert(QStringLiteral("calls"), calls);
    EXPECT_FALSE(protocol::CallQueue::fromBody(noTime).ok());
}
