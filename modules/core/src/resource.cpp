#include <safelink/core/cbor.h>
#include <safelink/core/resource.h>

namespace safelink::core {

bool Resource::serves(const QString &regionCode) const
{
    if (serviceAreas.isEmpty())
        return true; // city-wide
    for (const QString &area : serviceAreas) {
        if (regionCode.startsWith(area))
            return true;
    }
    return false;
}

QList<Error> Resource::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (name.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("name")));
    static const QRegularExpression areaPattern(QStringLiteral("^\\d{2,12}$"));
    for (const QString &area : serviceAreas) {
        if (!areaPattern.match(area).hasMatch()) {
            out.append(Validation::checkAddress(Address{area, {}, {}, {}, {}, {}, {}},
                                                QStringLiteral("serviceAreas")));
            break;
        }
    }
    out += Validation::checkAddress(address, QStringLiteral("address"));
    out += Validation::checkGeo(location, QStringLiteral("location"));
    return out;
}

QCborMap Resource::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("category"), cbor::fromEnum(category));
    m.insert(QStringLiteral("serviceAreas"), cbor::fromStrings(serviceAreas));
    m.insert(QStringLiteral("address"), cbor::fromAddress(address));
    if (location)
        m.insert(QStringLiteral("location"), cbor::fromGeo(*location));
    QCborArray cs;
    for (const ResourceContact &c : contacts) {
        QCborMap x;
        x.insert(QStringLiteral("name"), c.name);
        x.insert(QStringLiteral("role"), c.role);
        x.insert(QStringLiteral("phones"), cbor::fromPhones(c.phones));
        cs.append(x);
    }
    m.insert(QStringLiteral("contacts"), cs);
    m.insert(QStringLiteral("hours"), hours);
    m.insert(QStringLiteral("status"), cbor::fromEnum(status));
    m.insert(QStringLiteral("notes"), notes);
    return m;
}

Result<Resource> Resource::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("resource"));
    Resource res;
    res.meta = r.meta();
    res.name = r.string(QStringLiteral("name"), true);
    res.category = r.enumValue(QStringLiteral("category"), ResourceCategory::Other);
    res.serviceAreas = r.strings(QStringLiteral("serviceAreas"));
    res.address = r.address(QStringLiteral("address"));
    res.location = r.geo(QStringLiteral("location"));
    for (const QCborValue &v : r.array(QStringLiteral("contacts"))) {
        cbor::Reader cr(v, QStringLiteral("contact"));
        res.contacts.append(ResourceContact{cr.string(QStringLiteral("name")),
                                            cr.string(QStringLiteral("role")),
                                            cr.phones(QStringLiteral("phones"))});
        if (!cr.ok())
            r.fail(QStringLiteral("contacts.") + cr.error().field, cr.error().message);
    }
    res.hours = r.string(QStringLiteral("hours"));
    res.status = r.enumValue(QStringLiteral("status"), ResourceStatus::Active);
    res.notes = r.string(QStringLiteral("notes"));
    if (!r.ok())
        return r.error();
    return res;
}

} // namespace safelink::core
