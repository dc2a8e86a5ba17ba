#include <safelink/core/cbor.h>
#include <safelink/core/subject.h>

#include <algorithm>

namespace safelink::core {

namespace {
class SubjectText {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::Subject)

public:
    static QString idBirthMismatch() { return tr("The birth date does not match the resident ID number."); }
    static QString idSexMismatch() { return tr("The sex does not match the resident ID number."); }
    static QString futureBirth() { return tr("The birth date is in the future."); }
    static QString disabledNeedsLevel()
    {
        return tr("Give the disability level for a subject who has lost self-care ability.");
    }
    static QString contactNeedsPhone() { return tr("An emergency contact needs at least one phone number."); }
    static QString duplicateOrder() { return tr("Two emergency contacts have the same calling order."); }
    static QString statusNeedsDate() { return tr("Give the date the status changed."); }
};

QCborArray contactsToCbor(const QList<EmergencyContact> &contacts)
{
    QCborArray a;
    for (const EmergencyContact &c : contacts) {
        QCborMap m;
        m.insert(QStringLiteral("order"), c.order);
        m.insert(QStringLiteral("name"), c.name);
        m.insert(QStringLiteral("relationship"), cbor::fromEnum(c.relationship));
        m.insert(QStringLiteral("phones"), cbor::fromPhones(c.phones));
        m.insert(QStringLiteral("holdsKey"), c.holdsKey);
        m.insert(QStringLiteral("livesNearby"), c.livesNearby);
        m.insert(QStringLiteral("notes"), c.notes);
        a.append(m);
    }
    return a;
}
} // namespace

int Subject::ageOn(const QDate &day) const
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

QString Subject::searchText() const
{
    QStringList parts{name,
                      address.fullText(),
                      healthNotes,
                      medications.join(QLatin1Char(' ')),
                      allergies.join(QLatin1Char(' ')),
                      remarks};
    for (const EmergencyContact &c : contacts)
        parts.append(c.name);
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QList<Error> Subject::problems(const QDate &today) const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (name.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("name")));
    else if (name.size() > 50)
        out.append(Validation::tooLong(QStringLiteral("name"), 50));
    if (birthDate.isValid() && birthDate > today)
        out.append(Validation::invalid(QStringLiteral("birthDate"), SubjectText::futureBirth()));
    if (!residentId.isNull()) {
        if (birthDate.isValid() && residentId.birthDate() != birthDate)
            out.append(Validation::invalid(QStringLiteral("birthDate"), SubjectText::idBirthMismatch()));
        if (sex != Sex::Unknown && residentId.sex() != sex)
            out.append(Validation::invalid(QStringLiteral("sex"), SubjectText::idSexMismatch()));
    }
    out += Validation::checkAddress(address, QStringLiteral("address"));
    out += Validation::checkGeo(location, QStringLiteral("location"));
    if (hasCategory(SubjectCategory::Disabled) && disabilityLevel == DisabilityLevel::None)
        out.append(Validation::invalid(QStringLiteral("disabilityLevel"), SubjectText::disabledNeedsLevel()));
    QList<int> orders;
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const EmergencyContact &c = contacts[i];
        const QString field = QStringLiteral("contacts[%1]").arg(i);
        if (c.name.trimmed().isEmpty())
            out.append(Validation::required(field + QStringLiteral(".name")));
        if (c.phones.isEmpty())
            out.append(
                Validation::invalid(field + QStringLiteral(".phones"), SubjectText::contactNeedsPhone()));
        if (orders.contains(c.order))
            out.append(Validation::invalid(field + QStringLiteral(".order"), SubjectText::duplicateOrder()));
        orders.append(c.order);
    }
    if (status != SubjectStatus::Active && !statusSince.isValid())
        out.append(Validation::invalid(QStringLiteral("statusSince"), SubjectText::statusNeedsDate()));
    return out;
}

QCborMap Subject::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("sex"), cbor::fromEnum(sex));
    m.insert(QStringLiteral("birthDate"), cbor::fromDate(birthDate));
    m.insert(QStringLiteral("residentId"), residentId.number());
    m.insert(QStringLiteral("phones"), cbor::fromPhones(phones));
    m.insert(QStringLiteral("householdId"), householdId);
    m.insert(QStringLiteral("address"), cbor::fromAddress(address));
    if (location)
        m.insert(QStringLiteral("location"), cbor::fromGeo(*location));
    m.insert(QStringLiteral("languages"), cbor::fromStrings(languages));
    m.insert(QStringLiteral("categories"), cbor::fromEnums(categories));
    m.insert(QStringLiteral("disabilityLevel"), cbor::fromEnum(disabilityLevel));
    m.insert(QStringLiteral("fundingSequence"), cbor::fromEnum(fundingSequence));
    m.insert(QStringLiteral("careTier"), cbor::fromEnum(careTier));
    m.insert(QStringLiteral("healthNotes"), healthNotes);
    m.insert(QStringLiteral("medications"), cbor::fromStrings(medications));
    m.insert(QStringLiteral("allergies"), cbor::fromStrings(allergies));
    m.insert(QStringLiteral("contacts"), contactsToCbor(contacts));
    QCborMap c;
    c.insert(QStringLiteral("given"), consent.given);
    c.insert(QStringLiteral("date"), cbor::fromDate(consent.date));
    c.insert(QStringLiteral("signedBy"), consent.signedBy);
    c.insert(QStringLiteral("scope"), consent.scope);
    m.insert(QStringLiteral("consent"), c);
    m.insert(QStringLiteral("status"), cbor::fromEnum(status));
    m.insert(QStringLiteral("statusSince"), cbor::fromDate(statusSince));
    m.insert(QStringLiteral("remarks"), remarks);
    return m;
}

Result<Subject> Subject::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("subject"));
    Subject s;
    s.meta = r.meta();
    s.name = r.string(QStringLiteral("name"), true);
    s.sex = r.enumValue(QStringLiteral("sex"), Sex::Unknown);
    s.birthDate = r.date(QStringLiteral("birthDate"));
    if (const QString id = r.string(QStringLiteral("residentId")); !id.isEmpty()) {
        auto parsed = ResidentId::parse(id, QDate(9999, 12, 31));
        if (parsed)
            s.residentId = parsed.value();
        else
            r.fail(QStringLiteral("residentId"), parsed.error().message);
    }
    s.phones = r.phones(QStringLiteral("phones"));
    s.householdId = r.string(QStringLiteral("householdId"));
    s.address = r.address(QStringLiteral("address"));
    s.location = r.geo(QStringLiteral("location"));
    s.languages = r.strings(QStringLiteral("languages"));
    s.categories = r.enumList<SubjectCategory>(QStringLiteral("categories"));
    s.disabilityLevel = r.enumValue(QStringLiteral("disabilityLevel"), DisabilityLevel::None);
    s.fundingSequence = r.enumValue(QStringLiteral("fundingSequence"), FundingSequence::None);
    s.careTier = r.enumValue(QStringLiteral("careTier"), CareTier::Routine);
    s.healthNotes = r.string(QStringLiteral("healthNotes"));
    s.medications = r.strings(QStringLiteral("medications"));
    s.allergies = r.strings(QStringLiteral("allergies"));
    for (const QCborValue &v : r.array(QStringLiteral("contacts"))) {
        cbor::Reader cr(v, QStringLiteral("contact"));
        EmergencyContact c;
        c.order = int(cr.integer(QStringLiteral("order"), 1));
        c.name = cr.string(QStringLiteral("name"));
        c.relationship = cr.enumValue(QStringLiteral("relationship"), Relationship::Other);
        c.phones = cr.phones(QStringLiteral("phones"));
        c.holdsKey = cr.boolean(QStringLiteral("holdsKey"));
        c.livesNearby = cr.boolean(QStringLiteral("livesNearby"));
        c.notes = cr.string(QStringLiteral("notes"));
        if (!cr.ok())
            r.fail(QStringLiteral("contacts.") + cr.error().field, cr.error().message);
        s.contacts.append(c);
    }
    std::stable_sort(s.contacts.begin(), s.contacts.end(),
                     [](const EmergencyContact &a, const EmergencyContact &b) { return a.order < b.order; });
    cbor::Reader cr(r.map(QStringLiteral("consent")), QStringLiteral("consent"));
    s.consent.given = cr.boolean(QStringLiteral("given"));
    s.consent.date = cr.date(QStringLiteral("date"));
    s.consent.signedBy = cr.string(QStringLiteral("signedBy"));
    s.consent.scope = cr.string(QStringLiteral("scope"));
    s.status = r.enumValue(QStringLiteral("status"), SubjectStatus::Active);
    s.statusSince = r.date(QStringLiteral("statusSince"));
    s.remarks = r.string(QStringLiteral("remarks"));
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace safelink::core
