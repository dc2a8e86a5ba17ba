#include <safelink/core/alarm.h>
#include <safelink/core/cbor.h>

namespace safelink::core {

qint64 Alarm::waitingSeconds(const QDateTime &now) const
{
    if (!raisedAt.isValid())
        return 0;
    const QDateTime until = takenAt.isValid() ? takenAt : (closedAt.isValid() ? closedAt : now);
    return std::max<qint64>(0, raisedAt.secsTo(until));
}

Status Alarm::take(const QString &accountId, const QString &name, const QDateTime &at)
{
    if (state == AlarmState::Closed)
        return makeError(ErrorCode::Conflict, tr("The alarm is closed already."), QStringLiteral("state"));
    if (state == AlarmState::Taken && takenBy != accountId)
        return makeError(ErrorCode::Conflict, tr("%1 has this alarm already.").arg(takenByName),
                         QStringLiteral("takenBy"));
    if (accountId.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Who takes the alarm is missing."),
                         QStringLiteral("takenBy"));
    state = AlarmState::Taken;
    takenBy = accountId;
    takenByName = name;
    if (!takenAt.isValid())
        takenAt = at; // the first pick-up counts for the answer time
    return {};
}

Status Alarm::hold(const QString &reason, int lowerPriority, const QDateTime &at)
{
    if (state == AlarmState::Closed)
        return makeError(ErrorCode::Conflict, tr("The alarm is closed already."), QStringLiteral("state"));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the alarm waits."), QStringLiteral("holdReason"));
    if (lowerPriority < priority || lowerPriority > kLowest)
        return makeError(ErrorCode::Invalid,
                         tr("A held alarm gets a lower priority (P%1 to P%2).").arg(priority).arg(kLowest),
                         QStringLiteral("priority"));
    if (originalPriority == 0)
        originalPriority = priority;
    priority = lowerPriority;
    state = AlarmState::Held;
    holdReason = reason.trimmed();
    heldAt = at;
    return {};
}

Status Alarm::close(const QString &accountId, const QString &text, const QDateTime &at)
{
    if (state == AlarmState::Closed)
        return makeError(ErrorCode::Conflict, tr("The alarm is closed already."), QStringLiteral("state"));
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say what was done."), QStringLiteral("outcome"));
    if (!takenAt.isValid()) {
        takenAt = at;
        takenBy = accountId;
    }
    state = AlarmState::Closed;
    closedAt = at;
    closedBy = accountId;
    outcome = text.trimmed();
    return {};
}

QList<Error> Alarm::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (!raisedAt.isValid())
        out.append(Validation::required(QStringLiteral("raisedAt")));
    if (priority < kHighest || priority > kLowest)
        out.append(Validation::invalid(QStringLiteral("priority"), tr("A priority from P1 to P5.")));
    if (state == AlarmState::Taken && takenBy.isEmpty())
        out.append(Validation::required(QStringLiteral("takenBy")));
    if (state == AlarmState::Held && holdReason.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("holdReason")));
    if (state == AlarmState::Closed && (!closedAt.isValid() || outcome.trimmed().isEmpty()))
        out.append(Validation::required(QStringLiteral("outcome")));
    if (battery < -1 || battery > 100)
        out.append(Validation::invalid(QStringLiteral("battery"), tr("A battery level from 0 to 100%.")));
    out += Validation::checkGeo(position, QStringLiteral("position"));
    return out;
}

QCborMap Alarm::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("category"), cbor::fromEnum(category));
    m.insert(QStringLiteral("priority"), priority);
    if (originalPriority)
        m.insert(QStringLiteral("originalPriority"), originalPriority);
    m.insert(QStringLiteral("state"), cbor::fromEnum(state));
    m.insert(QStringLiteral("deviceId"), deviceId);
    m.insert(QStringLiteral("subjectId"), subjectId);
    m.insert(QStringLiteral("source"), source);
    m.insert(QStringLiteral("sourceRef"), sourceRef);
    m.insert(QStringLiteral("detail"), detail);
    m.insert(QStringLiteral("raisedAt"), cbor::fromDateTime(raisedAt));
    m.insert(QStringLiteral("deviceTime"), cbor::fromDateTime(deviceTime));
    if (position)
        m.insert(QStringLiteral("position"), cbor::fromGeo(*position));
    if (positionSource != PositionSource::Unknown)
        m.insert(QStringLiteral("positionSource"), cbor::fromEnum(positionSource));
    m.insert(QStringLiteral("positionAt"), cbor::fromDateTime(positionAt));
    if (battery >= 0)
        m.insert(QStringLiteral("battery"), battery);
    m.insert(QStringLiteral("takenBy"), takenBy);
    m.insert(QStringLiteral("takenByName"), takenByName);
    m.insert(QStringLiteral("takenAt"), cbor::fromDateTime(takenAt));
    m.insert(QStringLiteral("holdReason"), holdReason);
    m.insert(QStringLiteral("heldAt"), cbor::fromDateTime(heldAt));
    m.insert(QStringLiteral("escalatedAt"), cbor::fromDateTime(escalatedAt));
    m.insert(QStringLiteral("closedAt"), cbor::fromDateTime(closedAt));
    m.insert(QStringLiteral("closedBy"), closedBy);
    m.insert(QStringLiteral("outcome"), outcome);
    m.insert(QStringLiteral("caseId"), caseId);
    m.insert(QStringLiteral("workOrderId"), workOrderId);
    return m;
}

Result<Alarm> Alarm::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("alarm"));
    Alarm a;
    a.meta = r.meta();
    a.category = r.enumValue(QStringLiteral("category"), AlarmCategory::Other);
    a.priority = int(r.integer(QStringLiteral("priority"), 3));
    a.originalPriority = int(r.integer(QStringLiteral("originalPriority"), 0));
    a.state = r.enumValue(QStringLiteral("state"), AlarmState::Open);
    a.deviceId = r.string(QStringLiteral("deviceId"));
    a.subjectId = r.string(QStringLiteral("subjectId"));
    a.source = r.string(QStringLiteral("source"));
    a.sourceRef = r.string(QStringLiteral("sourceRef"));
    a.detail = r.string(QStringLiteral("detail"));
    a.raisedAt = r.dateTime(QStringLiteral("raisedAt"));
    a.deviceTime = r.dateTime(QStringLiteral("deviceTime"));
    a.position = r.geo(QStringLiteral("position"));
    a.positionSource = r.enumValue(QStringLiteral("positionSource"), PositionSource::Unknown);
    a.positionAt = r.dateTime(QStringLiteral("positionAt"));
    a.battery = int(r.integer(QStringLiteral("battery"), -1));
    a.takenBy = r.string(QStringLiteral("takenBy"));
    a.takenByName = r.string(QStringLiteral("takenByName"));
    a.takenAt = r.dateTime(QStringLiteral("takenAt"));
    a.holdReason = r.string(QStringLiteral("holdReason"));
    a.heldAt = r.dateTime(QStringLiteral("heldAt"));
    a.escalatedAt = r.dateTime(QStringLiteral("escalatedAt"));
    a.closedAt = r.dateTime(QStringLiteral("closedAt"));
    a.closedBy = r.string(QStringLiteral("closedBy"));
    a.outcome = r.string(QStringLiteral("outcome"));
    a.caseId = r.string(QStringLiteral("caseId"));
    a.workOrderId = r.string(QStringLiteral("workOrderId"));
    if (!r.ok())
        return r.error();
    return a;
}

} // namespace safelink::core
