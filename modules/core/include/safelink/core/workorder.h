#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>

namespace safelink::core {

struct WorkOrderTransition {
    WorkOrderState from = WorkOrderState::Created;
    WorkOrderState to = WorkOrderState::Created;
    QDateTime at;
    QString by;
    QString note;
    friend bool operator==(const WorkOrderTransition &, const WorkOrderTransition &) = default;
};

// 派单: work handed to a provider or a colleague (repair, referral, home visit, callback), with a
// state machine and a deadline:
//   Created → Assigned → Accepted → InProgress → Completed → Verified (回访确认)
//   Assigned/Accepted → Created (provider declines, back to the pool)
//   any state before Completed → Cancelled (with a reason)
class WorkOrder {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::WorkOrder)

public:
    RecordMeta meta;
    WorkOrderKind kind = WorkOrderKind::Maintenance;
    WorkOrderState state = WorkOrderState::Created;
    QString caseId;
    QString subjectId;
    QString deviceId;
    QString providerId; // resource that does the work
    QString assignee;   // person at the provider or agent account
    QString description;
    QString
        phone; // the number to call back (Callback orders from missed calls; may be unknown to the center)
    QDateTime createdAt;
    QDateTime dueAt;
    QDateTime completedAt;
    QList<WorkOrderTransition> history;

    // How long a kind of work may take: device faults are handled within 24 h (tender), callbacks
    // the same day, referrals within 3 days, visits within 7.
    static qint64 defaultDeadlineSeconds(WorkOrderKind kind);
    static bool canTransition(WorkOrderState from, WorkOrderState to);

    // Moves to a new state, recording who and when; a note is required to cancel or decline.
    Status transition(WorkOrderState to, const QDateTime &at, const QString &by, const QString &note = {});
    bool isOpen() const;
    bool isOverdue(const QDateTime &now) const;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<WorkOrder> fromCbor(const QCborValue &value);
    friend bool operator==(const WorkOrder &, const WorkOrder &) = default;
};

} // namespace safelink::core
