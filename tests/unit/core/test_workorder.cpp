#include "samples.h"

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::test;

namespace {
const QDateTime kT(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QString kBy = QStringLiteral("acc-agent-3");

WorkOrder freshOrder()
{
    WorkOrder w;
    w.meta.id = QStringLiteral("wo-x");
    w.kind = WorkOrderKind::Maintenance;
    w.description = QStringLiteral("终端无法拨出");
    w.createdAt = kT;
    w.dueAt = kT.addSecs(WorkOrder::defaultDeadlineSeconds(w.kind));
    w.providerId = QStringLiteral("res-repair");
    return w;
}
} // namespace

TEST(WorkOrder, HappyPathKeepsHistory)
{
    WorkOrder w = freshOrder();
    ASSERT_TRUE(w.transition(WorkOrderState::Assigned, kT.addSecs(60), kBy).ok());
    ASSERT_TRUE(w.transition(WorkOrderState::Accepted, kT.addSecs(120), QStringLiteral("tech")).ok());
    ASSERT_TRUE(w.transition(WorkOrderState::InProgress, kT.addSecs(3600), QStringLiteral("tech")).ok());
    ASSERT_TRUE(w.transition(WorkOrderState::Completed, kT.addSecs(7200), QStringLiteral("tech")).ok());
    EXPECT_FALSE(w.isOpen());
    EXPECT_EQ(w.completedAt, kT.addSecs(7200));
    ASSERT_TRUE(w.transition(WorkOrderState::Verified, kT.addSecs(9000), kBy).ok());
    ASSERT_EQ(w.history.size(), 5);
    EXPECT_EQ(w.history[0].from, WorkOrderState::Created);
    EXPECT_EQ(w.history[4].to, WorkOrderState::Verified);
    EXPECT_TRUE(w.validate().ok());
}

TEST(WorkOrder, IllegalTransitionsAreRefusedAndChangeNothing)
{
    WorkOrder w = freshOrder();
    const WorkOrder before = w;
    auto s = w.transition(WorkOrderState::Completed, kT, kBy);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Conflict);
    EXPECT_TRUE(w == before);
    ASSERT_TRUE(w.transition(WorkOrderState::Cancelled, kT, kBy, QStringLiteral("重复派单")).ok());
    EXPECT_FALSE(w.transition(WorkOrderState::Assigned, kT, kBy).ok()); // cancelled is final
}

TEST(WorkOrder, CancelAndDeclineNeedAReason)
{
    WorkOrder w = freshOrder();
    EXPECT_FALSE(w.transition(WorkOrderState::Cancelled, kT, kBy).ok());
    ASSERT_TRUE(w.transition(WorkOrderState::Assigned, kT, kBy).ok());
    EXPECT_FALSE(w.transition(WorkOrderState::Created, kT, kBy, QStringLiteral("  ")).ok());
    EXPECT_TRUE(w.transition(WorkOrderState::Created, kT, kBy, QStringLiteral("服务商人手不足")).ok());
}

TEST(WorkOrder, AssignNeedsSomeone)
{
    WorkOrder w = freshOrder();
    w.providerId.clear();
    auto s = w.transition(WorkOrderState::Assigned, kT, kBy);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().field, QStringLiteral("assignee"));
}

TEST(WorkOrder, ReworkAfterFailedVerification)
{
    WorkOrder w = freshOrder();
    for (auto st : {WorkOrderState::Assigned, WorkOrderState::Accepted, WorkOrderState::InProgress,
                    WorkOrderState::Completed})
        ASSERT_TRUE(w.transition(st, kT, kBy).ok());
    EXPECT_FALSE(w.transition(WorkOrderState::InProgress, kT, kBy).ok());
    ASSERT_TRUE(w.transition(WorkOrderState::InProgress, kT, kBy, QStringLiteral("回访：仍不能用")).ok());
    EXPECT_TRUE(w.isOpen());
    EXPECT_FALSE(w.completedAt.isValid());
}

TEST(WorkOrder, DeadlinesAndOverdue)
{
    EXPECT_EQ(WorkOrder::defaultDeadlineSeconds(WorkOrderKind::Maintenance), 24 * 3600); // fault within 24 h
    WorkOrder w = freshOrder();
    EXPECT_FALSE(w.isOverdue(kT.addSecs(23 * 3600)));
    EXPECT_TRUE(w.isOverdue(kT.addSecs(25 * 3600)));
    ASSERT_TRUE(w.transition(WorkOrderState::Cancelled, kT, kBy, QStringLiteral("撤销")).ok());
    EXPECT_FALSE(w.isOverdue(kT.addSecs(25 * 3600))); // closed orders are never overdue
}

TEST(WorkOrder, ValidationOfDeadline)
{
    WorkOrder w = freshOrder();
    w.dueAt = w.createdAt.addSecs(-1);
    EXPECT_FALSE(w.validate().ok());
}
