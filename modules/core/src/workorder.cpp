#include <safelink/core/cbor.h>
#include <safelink/core/workorder.h>

namespace safelink::core {

qint64 WorkOrder::defaultDeadlineSeconds(WorkOrderKind kind)
{
    constexpr qint64 hour = 3600;
    switch (kind) {
    case WorkOrderKind::Maintenance:
        return 24 * hour;
    case WorkOrderKind::Callback:
        return 8 * hour;
    case WorkOrderKind::ServiceReferral:
        return 72 * hour;
    case WorkOrderKind::HomeVisit:
        return 7 * 24 * hour;
    case WorkOrderKind::Installation:
        return 7 * 24 * hour;
    }
    return 24 * hour;
}

bool WorkOrder::canTransition(WorkOrderState from, WorkOrderState to)
{
    using S = WorkOrderState;
    switch (from) {
    case S::Created:
        return to == S::Assigned || to == S::Cancelled;
    case S::Assigned:
        return to == S::Accepted || to == S::Created || to == S::Cancelled;
    case S::Accepted:
        return to == S::InProgress || to == S::Created || to == S::Cancelled;
    case S::InProgress:
        return to == S::Completed || to == S::Cancelled;
    case S::Completed:
        return to == S::Verified || to == S::InProgress; // verification failed: rework
    case S::Verified:
    case S::Cancelled:
        return false;
    }
    return false;
}

Status WorkOrder::transition(WorkOrderState to, const QDateTime &at, const QString &by, const QString &note)
{
    if (!canTransition(state, to))
        return makeError(ErrorCode::Conflict,
                         tr("A work order that is \"%1\" cannot become \"%2\".").arg(label(state), label(to)),
                         QStringLiteral("state"));
    const bool needsReason = to == WorkOrderState::Cancelled || to == WorkOrderState::Created
                             || (state == WorkOrderState::Completed && to == WorkOrderState::InProgress);
    if (needsReason && note.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give a reason."), QStringLiteral("note"));
    if (to == WorkOrderState::Assigned && providerId.isEmpty() && assignee.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose who the work is assigned to."),
                         QStringLiteral("assignee"));
    if (!at.isValid() || by.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A state change needs its time and who made it."),
                         QStringLiteral("at"));
    history.append(WorkOrderTransition{state, to, at, by, note});
    state = to;
    if (to == WorkOrderState::Completed)
        completedAt = at;
    else if (to == WorkOrderState::InProgress)
        completedAt = {};
    return {};
}

bool WorkOrder::isOpen() const
{
    return state != WorkOrderState::Completed && state != WorkOrderState::Verified
           && state != WorkOrderState::Cancelled;
}

bool WorkOrder::isOverdue(const QDateTime &now) const
{
    return isOpen() && dueAt.isValid() && now > dueAt;
}

QList<Error> WorkOrder::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (!createdAt.isValid())
        out.append(Validation::required(QStringLiteral("createdAt")));
    if (!dueAt.isValid())
        out.append(Validation::required(QStringLiteral("dueAt")));
    else if (createdAt.isValid() && dueAt < createdAt)
        out.append(Validation::invalid(QStringLiteral("dueAt"),
                                       tr("The deadline is before the order was created.")));
    if (description.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("description")));
    if (state != WorkOrderState::Created && state != WorkOrderState::Cancelled && providerId.isEmpty()
        && assignee.isEmpty())
        out.append(
            Validation::invalid(QStringLiteral("assignee"), tr("Choose who the work is assigned to.")));
    return out;
}

QCborMap WorkOrder::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("kind"), cbor::fromEnum(kind));
    m.insert(QStringLiteral("state"), cbor::fromEnum(state));
    m.insert(QStringLiteral("caseId"), caseId);
    m.insert(QStringLiteral("subjectId"), subjectId);
    m.insert(QStringLiteral("deviceId"), deviceId);
    m.insert(QStringLiteral("providerId"), providerId);
    m.insert(QStringLiteral("assignee"), assignee);
    m.insert(QStringLiteral("description"), description);
    if (!phone.isEmpty())
        m.insert(QStringLiteral("phone"), phone);
    m.insert(QStringLiteral("createdAt"), cbor::fromDateTime(createdAt));
    m.insert(QStringLiteral("dueAt"), cbor::fromDateTime(dueAt));
    m.insert(QStringLiteral("completedAt"), cbor::fromDateTime(completedAt));
    QCborArray h;
    for (const WorkOrderTransition &t : history) {
        QCborMap x;
        x.insert(QStringLiteral("from"), cbor::fromEnum(t.from));
        x.insert(QStringLiteral("to"), cbor::fromEnum(t.to));
        x.insert(QStringLiteral("at"), cbor::fromDateTime(t.at));
        x.insert(QStringLiteral("by"), t.by);
        x.insert(QStringLiteral("note"), t.note);
        h.append(x);
    }
    m.insert(QStringLiteral("history"), h);
    return m;
}

Result<WorkOrder> WorkOrder::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("workOrder"));
    WorkOrder w;
    w.meta = r.meta();
    w.kind = r.enumValue(QStringLiteral("kind"), WorkOrderKind::Maintenance);
    w.state = r.enumValue(QStringLiteral("state"), WorkOrderState::Created);
    w.caseId = r.string(QStringLiteral("caseId"));
    w.subjectId = r.string(QStringLiteral("subjectId"));
    w.deviceId = r.string(QStringLiteral("deviceId"));
    w.providerId = r.string(QStringLiteral("providerId"));
    w.assignee = r.string(QStringLiteral("assignee"));
    w.description = r.string(QStringLiteral("description"));
    w.phone = r.string(QStringLiteral("phone"));
    w.createdAt = r.dateTime(QStringLiteral("createdAt"));
    w.dueAt = r.dateTime(QStringLiteral("dueAt"));
    w.completedAt = r.dateTime(QStringLiteral("completedAt"));
    for (const QCborValue &v : r.array(QStringLiteral("history"))) {
        cbor::Reader hr(v, QStringLiteral("transition"));
        WorkOrderTransition t;
        t.from = hr.enumValue(QStringLiteral("from"), WorkOrderState::Created);
        t.to = hr.enumValue(QStringLiteral("to"), WorkOrderState::Created);
        t.at = hr.dateTime(QStringLiteral("at"));
        t.by = hr.string(QStringLiteral("by"));
        t.note = hr.string(QStringLiteral("note"));
        if (!hr.ok())
            r.fail(QStringLiteral("history.") + hr.error().field, hr.error().message);
        w.history.append(t);
    }
    if (!r.ok())
        return r.error();
    return w;
}

} // namespace safelink::core
