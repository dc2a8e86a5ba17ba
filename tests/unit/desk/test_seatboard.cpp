// 坐席监控's model: one row per signed-in seat, durations counted to "now", the states that need a
// supervisor's eye marked (phone not registered, long break, long wrap-up), sorting by duration.
#include <safelink/desk/seatboard.h>

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::desk;
using core::SeatActivity;

namespace {

const QDateTime kNow(QDate(2026, 11, 24), QTime(3, 0), Qt::UTC);

protocol::SeatEntry seat(const QString &name, SeatActivity activity, qint64 secsAgo, bool phone = true,
                         const QString &reason = {})
{
    protocol::SeatEntry e;
    e.seat = name;
    e.login = name + QStringLiteral("-agent");
    e.displayName = QStringLiteral("坐席员") + name;
    e.activity = activity;
    e.reason = reason;
    e.phoneRegistered = phone;
    e.since = kNow.addSecs(-secsAgo);
    return e;
}

} // namespace

TEST(SeatBoard, CountsStatesAndMarksWhatNeedsAttention)
{
    SeatBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setNow(kNow);
    model.setBoard({seat(QStringLiteral("坐席1"), SeatActivity::Ready, 60),
                    seat(QStringLiteral("坐席2"), SeatActivity::Busy, 125),
                    seat(QStringLiteral("坐席3"), SeatActivity::Break, 45 * 60, true, QStringLiteral("用餐")),
                    seat(QStringLiteral("坐席4"), SeatActivity::WrapUp, 60),
                    seat(QStringLiteral("坐席5"), SeatActivity::Ready, 10, false)});
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.count(SeatActivity::Ready), 2);
    EXPECT_EQ(model.count(SeatActivity::Away), 0);
    EXPECT_EQ(model.data(model.index(1, SeatBoardModel::Duration)).toString(), QStringLiteral("2:05"));
    EXPECT_EQ(model.data(model.index(2, SeatBoardModel::Activity)).toString(),
              core::label(SeatActivity::Break) + QStringLiteral("（用餐）"));
    EXPECT_EQ(model.data(model.index(2, SeatBoardModel::Agent)).toString(),
              QStringLiteral("坐席员坐席3（坐席3-agent）"));
    EXPECT_FALSE(model.needsAttention(0));
    EXPECT_TRUE(model.needsAttention(2));  // a 45-minute break
    EXPECT_FALSE(model.needsAttention(3)); // a 1-minute wrap-up
    EXPECT_TRUE(model.needsAttention(4));  // its phone is not registered
    EXPECT_FALSE(model.data(model.index(4, SeatBoardModel::Phone), Qt::ToolTipRole).toString().isEmpty());

    // Time passes: the wrap-up becomes too long, durations count on.
    model.setNow(kNow.addSecs(5 * 60));
    EXPECT_TRUE(model.needsAttention(3));
    EXPECT_EQ(model.data(model.index(2, SeatBoardModel::Duration)).toString(), QStringLiteral("50:00"));
    EXPECT_EQ(model.data(model.index(3, SeatBoardModel::Duration), Qt::UserRole).toLongLong(), 6 * 60);
    EXPECT_EQ(SeatBoardModel::durationText(3 * 3600 + 62), QStringLiteral("3:01:02"));

    // A new board replaces the old one (a seat left).
    model.setBoard({seat(QStringLiteral("坐席1"), SeatActivity::Away, 0)});
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.count(SeatActivity::Away), 1);
}
