#include <safelink/core/cbor.h>
#include <safelink/core/household.h>

namespace safelink::core {

QList<Error> Household::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (address.isEmpty())
        out.append(Validation::required(QStringLiteral("address")));
    out += Validation::checkAddress(address, QStringLiteral("address"));
    out += Validation::checkGeo(location, QStringLiteral("location"));
    return out;
}

QCborMap Household::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("address"), cbor::fromAddress(address));
    if (location)
        m.insert(QStringLiteral("location"), cbor::fromGeo(*location));
    m.insert(QStringLiteral("memberIds"), cbor::fromStrings(memberIds));
    m.insert(QStringLiteral("landline"), cbor::fromPhone(landline));
    m.insert(QStringLiteral("accessNotes"), accessNotes);
    m.insert(QStringLiteral("notes"), notes);
    return m;
}

Result<Household> Household::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("household"));
    Household h;
    h.meta = r.meta();
    h.address = r.address(QStringLiteral("address"));
    h.location = r.geo(QStringLiteral("location"));
    h.memberIds = r.strings(QStringLiteral("memberIds"));
    h.landline = r.phone(QStringLiteral("landline")).value_or(PhoneNumber());
    h.accessNotes = r.string(QStringLiteral("accessNotes"));
    h.notes = r.string(QStringLiteral("notes"));
    if (!r.ok())
        return r.error();
    return h;
}

} // namespace safelink::core
