#include <safelink/core/enums.h>
#include <safelink/core/phone.h>
#include <safelink/desk/screenpop.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QLoggingCategory>

#include <algorithm>

namespace safelink::desk {

Q_LOGGING_CATEGORY(lcPop, "safelink.desk.pop")

namespace {

const QStringList &withheldNames()
{
    static const QStringList names{QStringLiteral("anonymous"), QStringLiteral("unknown"),
                                   QStringLiteral("restricted"), QStringLiteral("private")};
    return names;
}

} // namespace

ScreenPop::ScreenPop(store::Database &replica, QString defaultAreaCode)
    : m_db(replica)
    , m_areaCode(std::move(defaultAreaCode))
{
}

PopCard ScreenPop::forCaller(const QString &number, const QDate &today) const
{
    PopCard card;
    card.callerNumber = number.trimmed();
    if (card.callerNumber.isEmpty() || withheldNames().contains(card.callerNumber.toLower())) {
        card.match = CallerMatch::Withheld;
        card.callerDisplay = tr("Number withheld");
        return card;
    }
    auto parsed = core::PhoneNumber::parse(card.callerNumber, m_areaCode);
    if (!parsed) {
        card.callerDisplay = card.callerNumber.left(64);
        card.match = CallerMatch::Unknown;
        return card;
    }
    card.canonical = parsed->canonical();
    card.callerDisplay = parsed->display();

    store::SubjectRepository subjects(m_db);
    auto fail = [&](const Error &e) {
        qCWarning(lcPop) << "screen pop for" << card.canonical << "failed:" << e.toString();
        card.error = tr("The local records could not be read: %1").arg(e.message);
        return card;
    };
    auto matches = subjects.findByPhone(card.canonical);
    if (!matches)
        return fail(matches.error());
    QStringList own;
    QStringList viaContact;
    for (const store::PhoneMatch &m : std::as_const(*matches)) {
        QStringList &list = m.isContact ? viaContact : own;
        if (!list.contains(m.subjectId))
            list.append(m.subjectId);
    }

    QStringList ids = own;
    if (!ids.isEmpty()) {
        card.match = CallerMatch::Subject;
    } else {
        // A terminal: the SIM of a wearable (its wearer, else the household), or a home line.
        auto devices = store::DeviceRepository(m_db).findBySimNumber(card.canonical);
        if (!devices)
            return fail(devices.error());
        QStringList households;
        for (const core::Device &d : std::as_const(*devices)) {
            if (!d.subjectId.isEmpty() && !ids.contains(d.subjectId))
                ids.append(d.subjectId);
            else if (d.subjectId.isEmpty() && !d.householdId.isEmpty())
                households.append(d.householdId);
        }
        auto homes = store::HouseholdRepository(m_db).findByLandline(card.canonical);
        if (!homes)
            return fail(homes.error());
        for (const core::Household &h : std::as_const(*homes))
            households.append(h.meta.id);
        if (ids.isEmpty()) {
            for (const QString &householdId : std::as_const(households)) {
                auto members = subjects.inHousehold(householdId);
                if (!members)
                    return fail(members.error());
                for (const core::Subject &s : std::as_const(*members)) {
                    if (s.status == core::SubjectStatus::Active && !ids.contains(s.meta.id))
                        ids.append(s.meta.id);
                }
            }
        }
        if (!ids.isEmpty()) {
            card.match = CallerMatch::Terminal;
            card.matchNote = tr("The alarm terminal or home line of this household");
        } else if (!viaContact.isEmpty()) {
            ids = viaContact;
            card.match = CallerMatch::Contact;
        }
    }
    if (ids.isEmpty())
        return card; // Unknown

    if (ids.size() > 1) {
        card.match = CallerMatch::Several;
        for (const QString &id : std::as_const(ids)) {
            auto s = subjects.get(id);
            if (s)
                card.candidates.append(*s);
        }
        card.matchNote =
            tr("%n people share this number: choose who is calling", nullptr, int(card.candidates.size()));
        // Members of one home share the home's data: show it while the agent chooses.
        if (!card.candidates.isEmpty()) {
            const QString home = card.candidates.first().householdId;
            const bool oneHome = std::all_of(card.candidates.cbegin(), card.candidates.cend(),
                                             [&](const core::Subject &s) { return s.householdId == home; });
            if (oneHome && !home.isEmpty()) {
                if (auto h = store::HouseholdRepository(m_db).get(home))
                    card.household = *h;
                if (auto d = store::DeviceRepository(m_db).inHousehold(home))
                    card.devices = *d;
            }
        }
        return card;
    }
    auto subject = subjects.get(ids.first());
    if (!subject)
        return fail(subject.error());
    if (card.match == CallerMatch::Contact)
        card.matchNote = contactNote(*subject, card.canonical);
    fill(card, *subject, today);
    return card;
}

PopCard ScreenPop::forSubject(const QString &subjectId, const QString &callerNumber, const QDate &today) const
{
    PopCard card = forCaller(callerNumber, today);
    auto subject = store::SubjectRepository(m_db).get(subjectId);
    if (!subject) {
        card.error = tr("The local records could not be read: %1").arg(subject.error().message);
        return card;
    }
    card.candidates.clear();
    card.household.reset();
    card.householdMembers.clear();
    card.devices.clear();
    if (card.match == CallerMatch::Unknown || card.match == CallerMatch::Withheld
        || card.match == CallerMatch::Several)
        card.matchNote = tr("Chosen by the agent");
    fill(card, *subject, today);
    return card;
}

QString ScreenPop::contactNote(const core::Subject &subject, const QString &canonical) const
{
    for (const core::EmergencyContact &c : subject.contacts) {
        for (const core::ContactPhone &p : c.phones) {
            if (p.number.canonical() == canonical)
                return tr("Emergency contact %1 (%2) is calling about this person")
                    .arg(c.name, core::label(c.relationship));
        }
    }
    return tr("An emergency contact is calling about this person");
}

void ScreenPop::fill(PopCard &card, const core::Subject &subject, const QDate &today) const
{
    card.subject = subject;
    card.age = subject.ageOn(today);
    const QString id = subject.meta.id;
    if (!subject.householdId.isEmpty()) {
        if (auto h = store::HouseholdRepository(m_db).get(subject.householdId))
            card.household = *h;
        if (auto members = store::SubjectRepository(m_db).inHousehold(subject.householdId)) {
            for (const core::Subject &m : std::as_const(*members)) {
                if (m.meta.id != id)
                    card.householdMembers.append(m);
            }
        }
        if (auto devices = store::DeviceRepository(m_db).inHousehold(subject.householdId)) {
            for (const core::Device &d : std::as_const(*devices)) {
                if (d.subjectId.isEmpty() || d.subjectId == id)
                    card.devices.append(d);
            }
        }
    }
    if (auto cases = store::CaseRepository(m_db).forSubject(id, 50)) {
        for (const core::CaseRecord &c : std::as_const(*cases)) {
            if (c.status != core::CaseStatus::Closed)
                card.openCases.append(c);
        }
    } else {
        card.error = tr("The local records could not be read: %1").arg(cases.error().message);
    }
    if (auto calls = store::CallRepository(m_db).forSubject(id, lastCallsShown()))
        card.lastCalls = *calls;
    if (auto orders = store::WorkOrderRepository(m_db).forSubject(id)) {
        card.services = *orders;
        std::sort(
            card.services.begin(), card.services.end(),
            [](const core::WorkOrder &a, const core::WorkOrder &b) { return a.createdAt > b.createdAt; });
        if (card.services.size() > 5)
            card.services.resize(5);
    }
}

} // namespace safelink::desk
