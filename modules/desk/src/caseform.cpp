#include <safelink/desk/caseform.h>

#include <QTimeZone>

namespace safelink::desk {

using core::CaseType;

CaseForm::CaseForm(QString accountId, QObject *parent)
    : QObject(parent)
    , m_account(std::move(accountId))
{
}

QList<StepTemplate> CaseForm::stepsFor(CaseType type)
{
    switch (type) {
    case CaseType::Emergency:
        return {
            {QStringLiteral("assess"), tr("Assess: what happened, is the person conscious and breathing")},
            {QStringLiteral("call_120"), tr("Call 120 (ambulance), three-way with the caller")},
            {QStringLiteral("call_110"), tr("Call 110 (police) when needed")},
            {QStringLiteral("notify_contact"), tr("Notify the designated relatives")},
            {QStringLiteral("follow_up"), tr("Follow up until the person is safe")}};
    case CaseType::Consultation:
        return {{QStringLiteral("answer"), tr("Answer from the knowledge base")},
                {QStringLiteral("refer"), tr("Refer to the right office when we cannot answer")}};
    case CaseType::Complaint:
        return {{QStringLiteral("record"), tr("Record the complaint in the caller's words")},
                {QStringLiteral("escalate"), tr("Pass it to the supervisor")},
                {QStringLiteral("reply"), tr("Reply to the caller")}};
    case CaseType::ServiceRequest:
        return {{QStringLiteral("need"), tr("Record the need")},
                {QStringLiteral("refer_provider"), tr("Refer to a provider")},
                {QStringLiteral("confirm"), tr("Confirm the service with the person")}};
    case CaseType::DeviceFault:
        return {{QStringLiteral("diagnose"), tr("Diagnose with the caller (battery, power, line)")},
                {QStringLiteral("repair_order"), tr("Open a repair work order")},
                {QStringLiteral("confirm"), tr("Confirm the terminal works again")}};
    case CaseType::CareCall:
    case CaseType::Other:
        break;
    }
    return {{QStringLiteral("note"), tr("Note what was done")}};
}

QList<Outcome> CaseForm::outcomesFor(CaseType type)
{
    switch (type) {
    case CaseType::Emergency:
        return {{QStringLiteral("ambulance"), tr("Ambulance sent (120)")},
                {QStringLiteral("police"), tr("Police called (110)")},
                {QStringLiteral("contact_handled"), tr("Relative or neighbour went to help")},
                {QStringLiteral("resolved_by_phone"), tr("Resolved on the phone")},
                {QStringLiteral("false_alarm"), tr("False alarm, person safe")},
                {QStringLiteral("no_answer_escalated"), tr("No answer: on-site check arranged")}};
    case CaseType::Consultation:
        return {{QStringLiteral("info_given"), tr("Information given")},
                {QStringLiteral("referred"), tr("Referred elsewhere")}};
    case CaseType::Complaint:
        return {{QStringLiteral("complaint_resolved"), tr("Resolved, caller satisfied")},
                {QStringLiteral("complaint_escalated"), tr("Escalated to the supervisor")}};
    case CaseType::ServiceRequest:
        return {{QStringLiteral("service_referred"), tr("Referred to a provider")},
                {QStringLiteral("service_declined"), tr("Not possible, caller told why")}};
    case CaseType::DeviceFault:
        return {{QStringLiteral("fixed_remotely"), tr("Fixed on the phone")},
                {QStringLiteral("repair_ordered"), tr("Repair work order opened")}};
    case CaseType::CareCall:
        return {{QStringLiteral("care_ok"), tr("Care call done, person well")},
                {QStringLiteral("contact_confirmed"), tr("Not reached, a contact confirmed they are well")}};
    case CaseType::Other:
        break;
    }
    return {{QStringLiteral("done"), tr("Done")}};
}

int CaseForm::defaultPriority(CaseType type)
{
    switch (type) {
    case CaseType::Emergency:
        return 1;
    case CaseType::DeviceFault:
    case CaseType::Complaint:
        return 3;
    case CaseType::ServiceRequest:
        return 4;
    case CaseType::Consultation:
    case CaseType::CareCall:
    case CaseType::Other:
        break;
    }
    return 5;
}

QDateTime CaseForm::sameDayCallbackDue(const QDateTime &now)
{
    const QDateTime local = now.toLocalTime();
    const QDateTime evening(local.date(), QTime(21, 0), local.timeZone());
    QDateTime due = std::min(local.addSecs(4 * 3600), evening);
    if (due < local.addSecs(30 * 60))
        due = local.addSecs(30 * 60);
    return due.toUTC();
}

void CaseForm::start(CaseType type, const PopCard &card, const QDateTime &now)
{
    m_record = core::CaseRecord{};
    m_record.meta.id = core::RecordMeta::newId();
    m_record.type = type;
    m_record.status = core::CaseStatus::Open;
    m_record.priority = defaultPriority(type);
    m_record.openedAt = now.toUTC();
    m_record.openedBy = m_account;
    if (!card.canonical.isEmpty()) {
        if (auto number = core::PhoneNumber::parse(card.canonical))
            m_record.callerNumber = *number;
    }
    if (card.subject) {
        m_record.subjectId = card.subject->meta.id;
        m_record.location = card.subject->location;
    }
    // A wearable's fix is where the person is now; the home is where they live.
    for (const core::Device &d : card.devices) {
        if (d.lastPosition && d.lastPosition->isValid()
            && (!card.subject || d.subjectId == card.subject->meta.id))
            m_record.location = d.lastPosition;
    }
    m_basedOn = 0;
    m_open = true;
    m_callbackScheduled = false;
    Q_EMIT changed();
}

void CaseForm::open(const core::CaseRecord &record)
{
    m_record = record;
    m_basedOn = record.meta.version;
    m_open = true;
    m_callbackScheduled = record.followUpDue.isValid();
    Q_EMIT changed();
}

void CaseForm::clear()
{
    m_record = core::CaseRecord{};
    m_basedOn = 0;
    m_open = false;
    m_callbackScheduled = false;
    Q_EMIT changed();
}

void CaseForm::setType(CaseType type)
{
    if (m_record.type == type)
        return;
    const bool defaultPriorityKept = m_record.priority == defaultPriority(m_record.type);
    m_record.type = type;
    if (defaultPriorityKept)
        m_record.priority = defaultPriority(type);
    m_record.outcomeCode.clear();
    Q_EMIT changed();
}

void CaseForm::setPriority(int priority)
{
    m_record.priority = priority;
    Q_EMIT changed();
}

void CaseForm::setSummary(const QString &summary)
{
    m_record.summary = summary;
    Q_EMIT changed();
}

void CaseForm::setNotes(const QString &notes)
{
    m_record.notes = notes;
    Q_EMIT changed();
}

void CaseForm::setOutcome(const QString &code)
{
    m_record.outcomeCode = code;
    Q_EMIT changed();
}

void CaseForm::markStep(const QString &kind, const QString &note, const QDateTime &now)
{
    m_record.steps.append(core::CaseStep{kind, now.toUTC(), m_account, note.trimmed()});
    Q_EMIT changed();
}

QDateTime CaseForm::stepDone(const QString &kind) const
{
    QDateTime last;
    for (const core::CaseStep &s : m_record.steps) {
        if (s.kind == kind)
            last = s.at;
    }
    return last;
}

void CaseForm::attachArticle(const QString &articleId, const QString &title)
{
    if (!title.isEmpty())
        m_articleTitles.insert(articleId, title);
    if (!m_record.articleIds.contains(articleId))
        m_record.articleIds.append(articleId);
    Q_EMIT changed();
}

QList<Error> CaseForm::problems(bool closing, const QDateTime &now) const
{
    QList<Error> out;
    if (!m_open) {
        out.append(makeError(ErrorCode::Invalid, tr("No case is open.")));
        return out;
    }
    if (m_record.summary.trimmed().isEmpty())
        out.append(makeError(ErrorCode::Invalid, tr("Say in a few words what happened."),
                             QStringLiteral("summary")));
    core::CaseRecord check = m_record;
    if (closing) {
        check.status = core::CaseStatus::Closed;
        check.closedAt = now.toUTC();
        bool known = false;
        for (const Outcome &o : outcomesFor(m_record.type))
            known = known || o.code == m_record.outcomeCode;
        if (!m_record.outcomeCode.isEmpty() && !known)
            out.append(makeError(ErrorCode::Invalid, tr("This outcome does not belong to this kind of case."),
                                 QStringLiteral("outcomeCode")));
    }
    for (const Error &e : check.problems()) {
        const bool duplicate =
            std::any_of(out.cbegin(), out.cend(), [&](const Error &o) { return o.field == e.field; });
        if (!duplicate)
            out.append(e);
    }
    return out;
}

Result<CaseWrite> CaseForm::save(bool closing, const QDateTime &now)
{
    if (const QList<Error> wrong = problems(closing, now); !wrong.isEmpty())
        return wrong.first();
    CaseWrite write;
    write.basedOnVersion = m_basedOn;
    core::CaseRecord &r = m_record;
    if (closing) {
        r.status = core::CaseStatus::Closed;
        r.closedAt = now.toUTC();
    } else if (r.status == core::CaseStatus::Open && r.type == CaseType::Emergency && !r.steps.isEmpty()) {
        r.status = core::CaseStatus::FollowUp;
    }
    // Every alarm is called back the same day, closed or not: the person may be alone again tonight.
    if (r.type == CaseType::Emergency && !m_callbackScheduled && !r.subjectId.isEmpty()) {
        r.followUpDue = sameDayCallbackDue(now);
        core::WorkOrder callback;
        callback.meta.id = core::RecordMeta::newId();
        callback.kind = core::WorkOrderKind::Callback;
        callback.state = core::WorkOrderState::Created;
        callback.caseId = r.meta.id;
        callback.subjectId = r.subjectId;
        callback.description = tr("Same-day callback after the alarm: %1").arg(r.summary.left(80));
        callback.createdAt = now.toUTC();
        callback.dueAt = r.followUpDue;
        write.callback = callback;
        m_callbackScheduled = true;
    }
    write.record = r;
    Q_EMIT changed();
    return write;
}

void CaseForm::saved(qint64 version)
{
    m_basedOn = version;
}

} // namespace safelink::desk
