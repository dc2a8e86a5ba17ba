#include <safelink/core/account.h>
#include <safelink/core/cbor.h>

#include <QRegularExpression>

namespace safelink::core {

QList<Error> Account::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._-]{2,32}$"));
    if (!loginPattern.match(login).hasMatch())
        out.append(Validation::invalid(
            QStringLiteral("login"), Validation::tr("A login is 2 to 32 letters, digits, '.', '_' or '-'.")));
    if (displayName.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("displayName")));
    if (roles.isEmpty())
        out.append(Validation::invalid(QStringLiteral("roles"),
                                       Validation::tr("Give the account at least one role.")));
    return out;
}

QCborMap Account::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("login"), login);
    m.insert(QStringLiteral("displayName"), displayName);
    m.insert(QStringLiteral("roles"), cbor::fromEnums(roles));
    m.insert(QStringLiteral("skills"), cbor::fromStrings(skills));
    m.insert(QStringLiteral("employeeNumber"), employeeNumber);
    m.insert(QStringLiteral("active"), active);
    return m;
}

Result<Account> Account::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("account"));
    Account a;
    a.meta = r.meta();
    a.login = r.string(QStringLiteral("login"), true);
    a.displayName = r.string(QStringLiteral("displayName"));
    a.roles = r.enumList<Role>(QStringLiteral("roles"));
    a.skills = r.strings(QStringLiteral("skills"));
    a.employeeNumber = r.string(QStringLiteral("employeeNumber"));
    a.active = r.boolean(QStringLiteral("active"), true);
    if (!r.ok())
        return r.error();
    return a;
}

QList<Error> Seat::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (name.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("name")));
    static const QRegularExpression sipPattern(QStringLiteral("^[A-Za-z0-9._-]{1,32}$"));
    if (!sipPattern.match(sipUser).hasMatch())
        out.append(
            Validation::invalid(QStringLiteral("sipUser"),
                                Validation::tr("A SIP user is 1 to 32 letters, digits, '.', '_' or '-'.")));
    return out;
}

QCborMap Seat::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("sipUser"), sipUser);
    m.insert(QStringLiteral("extension"), extension);
    m.insert(QStringLiteral("location"), location);
    m.insert(QStringLiteral("supervisorSeat"), supervisorSeat);
    return m;
}

Result<Seat> Seat::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("seat"));
    Seat s;
    s.meta = r.meta();
    s.name = r.string(QStringLiteral("name"), true);
    s.sipUser = r.string(QStringLiteral("sipUser"));
    s.extension = r.string(QStringLiteral("extension"));
    s.location = r.string(QStringLiteral("location"));
    s.supervisorSeat = r.boolean(QStringLiteral("supervisorSeat"));
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace safelink::core
