#include <safelink/core/casefile.h>
#include <safelink/core/cbor.h>

namespace safelink::core {

namespace {
class CaseText {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::CaseRecord)

public:
    static QString badPriority() { return tr("Priority is from 1 (life at risk) to 5 (information)."); }
    static QString closeNeedsOutcome() { return tr("Choose an outcome before closing the case."); }
    static QString closeNeedsTime() { return tr("A closed case needs the time it was closed."); }
    static QString closedBeforeOpened() { return tr("The case cannot be closed before it was opened."); }
    static QString stepNeedsTime() { return tr("Each step needs its time."); }
};
} // namespace

QList<Error> CaseRecord::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (!openedAt.isValid())
        out.append(Validation::required(QStringLiteral("openedAt")));
    if (openedBy.isEmpty())
        out.append(Validation::required(QStringLiteral("openedBy")));
    if (priority < 1 || priority > 5)
        out.append(Validation::invalid(QStringLiteral("priority"), CaseText::badPriority()));
    if (summary.size() > 200)
        out.append(Validation::tooLong(QStringLiteral("summary"), 200));
    if (status == CaseStatus::Closed) {
        if (outcomeCode.isEmpty())
            out.append(Validation::invalid(QStringLiteral("outcomeCode"), CaseText::closeNeedsOutcome()));
        if (!closedAt.isValid())
            out.append(Validation::invalid(QStringLiteral("closedAt"), CaseText::closeNeedsTime()));
        else if (openedAt.isValid() && closedAt < openedAt)
            out.append(Validation::invalid(QStringLiteral("closedAt"), CaseText::closedBeforeOpened()));
    }
    for (const CaseStep &s : steps) {
        if (!s.at.isValid() || s.kind.isEmpty()) {
            out.append(Validation::invalid(QStringLiteral("steps"), CaseText::stepNeedsTime()));
            break;
        }
    }
    out += Validation::checkGeo(location, QStringLiteral("location"));
    return out;
}

QCborMap CaseRecord::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("number"), number);
    m.insert(QStringLiteral("type"), cbor::fromEnum(type));
    m.insert(QStringLiteral("status"), cbor::fromEnum(status));
    m.insert(QStringLiteral("priority"), priority);
    m.insert(QStringLiteral("subjectId"), subjectId);
    m.insert(QStringLiteral("callerNumber"), cbor::fromPhone(callerNumber));
    m.insert(QStringLiteral("openedAt"), cbor::fromDateTime(openedAt));
    m.insert(QStringLiteral("openedBy"), openedBy);
    m.insert(QStringLiteral("summary"), summary);
    m.insert(QStringLiteral("notes"), notes);
    m.insert(QStringLiteral("outcomeCode"), outcomeCode);
    if (location)
        m.insert(QStringLiteral("location"), cbor::fromGeo(*location));
    QCborArray st;
    for (const CaseStep &s : steps) {
        QCborMap x;
        x.insert(QStringLiteral("kind"), s.kind);
        x.insert(QStringLiteral("at"), cbor::fromDateTime(s.at));
        x.insert(QStringLiteral("by"), s.by);
        x.insert(QStringLiteral("note"), s.note);
        st.append(x);
    }
    m.insert(QStringLiteral("steps"), st);
    m.insert(QStringLiteral("callIds"), cbor::fromStrings(callIds));
    m.insert(QStringLiteral("articleIds"), cbor::fromStrings(articleIds));
    m.insert(QStringLiteral("followUpDue"), cbor::fromDateTime(followUpDue));
    m.insert(QStringLiteral("closedAt"), cbor::fromDateTime(closedAt));
    return m;
}

Result<CaseRecord> CaseRecord::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("case"));
    CaseRecord c;
    c.meta = r.meta();
    c.number = r.string(QStringLiteral("number"));
    c.type = r.enumValue(QStringLiteral("type"), CaseType::Other);
    c.status = r.enumValue(QStringLiteral("status"), CaseStatus::Open);
    c.priority = int(r.integer(QStringLiteral("priority"), 3));
    c.subjectId = r.string(QStringLiteral("subjectId"));
    c.callerNumber = r.phone(QStringLiteral("callerNumber")).value_or(PhoneNumber());
    c.openedAt = r.dateTime(QStringLiteral("openedAt"));
    c.openedBy = r.string(QStringLiteral("openedBy"));
    c.summary = r.string(QStringLiteral("summary"));
    c.notes = r.string(QStringLiteral("notes"));
    c.outcomeCode = r.string(QStringLiteral("outcomeCode"));
    c.location = r.geo(QStringLiteral("location"));
    for (const QCborValue &v : r.array(QStringLiteral("steps"))) {
        cbor::Reader sr(v, QStringLiteral("step"));
        c.steps.append(CaseStep{sr.string(QStringLiteral("kind")), sr.dateTime(QStringLiteral("at")),
                                sr.string(QStringLiteral("by")), sr.string(QStringLiteral("note"))});
        if (!sr.ok())
            r.fail(QStringLiteral("steps.") + sr.error().field, sr.error().message);
    }
    c.callIds = r.strings(QStringLiteral("callIds"));
    c.articleIds = r.strings(QStringLiteral("articleIds"));
    c.followUpDue = r.dateTime(QStringLiteral("followUpDue"));
    c.closedAt = r.dateTime(QStringLiteral("closedAt"));
    if (!r.ok())
        return r.error();
    return c;
}

} // namespace safelink::core
