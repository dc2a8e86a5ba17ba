#include <safelink/core/callrecord.h>
#include <safelink/core/cbor.h>

namespace safelink::core {

namespace {
class CallText {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::CallRecord)

public:
    static QString outOfOrder() { return tr("The call's times are out of order (start, answer, end)."); }
    static QString answeredNeedsTime() { return tr("An answered call needs the time it was answered."); }
};
} // namespace

qint64 CallRecord::waitSeconds() const
{
    return answeredAt.isValid() && startedAt.isValid() ? startedAt.secsTo(answeredAt) : -1;
}

qint64 CallRecord::talkSeconds() const
{
    return answeredAt.isValid() && endedAt.isValid() ? answeredAt.secsTo(endedAt) : 0;
}

QList<Error> CallRecord::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (!startedAt.isValid())
        out.append(Validation::required(QStringLiteral("startedAt")));
    if (disposition == CallDisposition::Answered && !answeredAt.isValid())
        out.append(Validation::invalid(QStringLiteral("answeredAt"), CallText::answeredNeedsTime()));
    if ((answeredAt.isValid() && answeredAt < startedAt) || (endedAt.isValid() && endedAt < startedAt)
        || (answeredAt.isValid() && endedAt.isValid() && endedAt < answeredAt))
        out.append(Validation::invalid(QStringLiteral("endedAt"), CallText::outOfOrder()));
    return out;
}

QCborMap CallRecord::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("direction"), cbor::fromEnum(direction));
    m.insert(QStringLiteral("remoteNumber"), cbor::fromPhone(remoteNumber));
    m.insert(QStringLiteral("hotline"), hotline);
    m.insert(QStringLiteral("subjectId"), subjectId);
    m.insert(QStringLiteral("agentId"), agentId);
    m.insert(QStringLiteral("seatId"), seatId);
    m.insert(QStringLiteral("startedAt"), cbor::fromDateTime(startedAt));
    m.insert(QStringLiteral("answeredAt"), cbor::fromDateTime(answeredAt));
    m.insert(QStringLiteral("endedAt"), cbor::fromDateTime(endedAt));
    m.insert(QStringLiteral("disposition"), cbor::fromEnum(disposition));
    m.insert(QStringLiteral("recordingId"), recordingId);
    m.insert(QStringLiteral("caseId"), caseId);
    m.insert(QStringLiteral("sipCallId"), sipCallId);
    return m;
}

Result<CallRecord> CallRecord::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("call"));
    CallRecord c;
    c.meta = r.meta();
    c.direction = r.enumValue(QStringLiteral("direction"), CallDirection::Inbound);
    c.remoteNumber = r.phone(QStringLiteral("remoteNumber")).value_or(PhoneNumber());
    c.hotline = r.string(QStringLiteral("hotline"));
    c.subjectId = r.string(QStringLiteral("subjectId"));
    c.agentId = r.string(QStringLiteral("agentId"));
    c.seatId = r.string(QStringLiteral("seatId"));
    c.startedAt = r.dateTime(QStringLiteral("startedAt"));
    c.answeredAt = r.dateTime(QStringLiteral("answeredAt"));
    c.endedAt = r.dateTime(QStringLiteral("endedAt"));
    c.disposition = r.enumValue(QStringLiteral("disposition"), CallDisposition::Answered);
    c.recordingId = r.string(QStringLiteral("recordingId"));
    c.caseId = r.string(QStringLiteral("caseId"));
    c.sipCallId = r.string(QStringLiteral("sipCallId"));
    if (!r.ok())
        return r.error();
    return c;
}

} // namespace safelink::core
