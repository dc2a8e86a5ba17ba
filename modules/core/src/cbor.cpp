#include <safelink/core/cbor.h>

namespace safelink::core::cbor {

namespace {
const QString kId = QStringLiteral("id");
const QString kVersion = QStringLiteral("version");
const QString kUpdatedAt = QStringLiteral("updatedAt");
const QString kUpdatedBy = QStringLiteral("updatedBy");
} // namespace

QCborValue fromDate(const QDate &d)
{
    return d.isValid() ? QCborValue(d.toString(Qt::ISODate)) : QCborValue();
}

QCborValue fromDateTime(const QDateTime &t)
{
    return t.isValid() ? QCborValue(t.toUTC().toString(Qt::ISODateWithMs)) : QCborValue();
}

QCborArray fromStrings(const QStringList &list)
{
    return QCborArray::fromStringList(list);
}

QCborMap fromMeta(const RecordMeta &m)
{
    QCborMap map;
    map.insert(kId, m.id);
    map.insert(kVersion, m.version);
    map.insert(kUpdatedAt, fromDateTime(m.updatedAt));
    map.insert(kUpdatedBy, m.updatedBy);
    return map;
}

QCborMap fromGeo(const GeoPoint &p)
{
    QCborMap map;
    map.insert(QStringLiteral("lat"), p.latitude);
    map.insert(QStringLiteral("lon"), p.longitude);
    map.insert(QStringLiteral("acc"), p.accuracyMeters);
    return map;
}

QCborMap fromAddress(const Address &a)
{
    QCborMap map;
    map.insert(QStringLiteral("regionCode"), a.regionCode);
    map.insert(QStringLiteral("province"), a.province);
    map.insert(QStringLiteral("city"), a.city);
    map.insert(QStringLiteral("district"), a.district);
    map.insert(QStringLiteral("street"), a.street);
    map.insert(QStringLiteral("community"), a.community);
    map.insert(QStringLiteral("detail"), a.detail);
    return map;
}

QCborValue fromPhone(const PhoneNumber &p)
{
    if (p.isNull())
        return QCborValue();
    QCborMap map;
    map.insert(QStringLiteral("n"), p.canonical());
    if (!p.extension().isEmpty())
        map.insert(QStringLiteral("x"), p.extension());
    return map;
}

QCborArray fromPhones(const QList<ContactPhone> &phones)
{
    QCborArray a;
    for (const ContactPhone &p : phones) {
        QCborMap m = fromPhone(p.number).toMap();
        m.insert(QStringLiteral("label"), p.label);
        a.append(m);
    }
    return a;
}

Reader::Reader(const QCborValue &value, QString what)
    : m_map(value.toMap())
    , m_what(std::move(what))
{
    if (!value.isMap())
        fail({}, tr("%1: expected a map").arg(m_what));
}

void Reader::fail(const QString &field, const QString &why)
{
    if (!m_error)
        m_error = makeError(ErrorCode::Invalid, why, field);
}

QString Reader::string(const QString &key, bool required)
{
    const QCborValue v = m_map.value(key);
    if (v.isString())
        return v.toString();
    if (required || !(v.isUndefined() || v.isNull()))
        fail(key, required && v.isUndefined() ? tr("missing") : tr("expected text"));
    return {};
}

qint64 Reader::integer(const QString &key, qint64 fallback)
{
    const QCborValue v = m_map.value(key);
    if (v.isInteger())
        return v.toInteger();
    if (!(v.isUndefined() || v.isNull()))
        fail(key, tr("expected a whole number"));
    return fallback;
}

double Reader::real(const QString &key, double fallback)
{
    const QCborValue v = m_map.value(key);
    if (v.isDouble() || v.isInteger())
        return v.toDouble();
    if (!(v.isUndefined() || v.isNull()))
        fail(key, tr("expected a number"));
    return fallback;
}

bool Reader::boolean(const QString &key, bool fallback)
{
    const QCborValue v = m_map.value(key);
    if (v.isBool())
        return v.toBool();
    if (!(v.isUndefined() || v.isNull()))
        fail(key, tr("expected true or false"));
    return fallback;
}

QDate Reader::date(const QString &key)
{
    const QString s = string(key);
    if (s.isEmpty())
        return {};
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        fail(key, tr("expected a date (YYYY-MM-DD)"));
    return d;
}

QDateTime Reader::dateTime(const QString &key)
{
    const QString s = string(key);
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        fail(key, tr("expected a time (ISO 8601)"));
    return t.toUTC();
}

QStringList Reader::strings(const QString &key)
{
    QStringList out;
    for (const QCborValue &v : array(key)) {
        if (v.isString())
            out.append(v.toString());
        else
            fail(key, tr("expected a list of text"));
    }
    return out;
}

QCborArray Reader::array(const QString &key)
{
    const QCborValue v = m_map.value(key);
    if (v.isArray())
        return v.toArray();
    if (!(v.isUndefined() || v.isNull()))
        fail(key, tr("expected a list"));
    return {};
}

QCborMap Reader::map(const QString &key)
{
    const QCborValue v = m_map.value(key);
    if (v.isMap())
        return v.toMap();
    if (!(v.isUndefined() || v.isNull()))
        fail(key, tr("expected a map"));
    return {};
}

RecordMeta Reader::meta()
{
    RecordMeta m;
    m.id = string(kId, true);
    m.version = integer(kVersion);
    m.updatedAt = dateTime(kUpdatedAt);
    m.updatedBy = string(kUpdatedBy);
    if (m.version < 0)
        fail(kVersion, tr("must not be negative"));
    return m;
}

Address Reader::address(const QString &key)
{
    Reader r(map(key), key);
    Address a;
    a.regionCode = r.string(QStringLiteral("regionCode"));
    a.province = r.string(QStringLiteral("province"));
    a.city = r.string(QStringLiteral("city"));
    a.district = r.string(QStringLiteral("district"));
    a.street = r.string(QStringLiteral("street"));
    a.community = r.string(QStringLiteral("community"));
    a.detail = r.string(QStringLiteral("detail"));
    if (!r.ok())
        fail(key + QLatin1Char('.') + r.error().field, r.error().message);
    return a;
}

std::optional<GeoPoint> Reader::geo(const QString &key)
{
    const QCborValue v = m_map.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    Reader r(v, key);
    GeoPoint p;
    p.latitude = r.real(QStringLiteral("lat"));
    p.longitude = r.real(QStringLiteral("lon"));
    p.accuracyMeters = r.real(QStringLiteral("acc"));
    if (!r.ok()) {
        fail(key, r.error().message);
        return std::nullopt;
    }
    return p;
}

static std::optional<PhoneNumber> decodePhone(Reader &owner, const QString &key, const QCborValue &v)
{
    Reader r(v, key);
    const QString n = r.string(QStringLiteral("n"), true);
    const QString x = r.string(QStringLiteral("x"));
    if (!r.ok()) {
        owner.fail(key, r.error().message);
        return std::nullopt;
    }
    auto parsed = PhoneNumber::parse(x.isEmpty() ? n : n + QStringLiteral(";") + x);
    if (!parsed) {
        owner.fail(key, parsed.error().message);
        return std::nullopt;
    }
    return parsed.value();
}

std::optional<PhoneNumber> Reader::phone(const QString &key)
{
    const QCborValue v = m_map.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    return decodePhone(*this, key, v);
}

QList<ContactPhone> Reader::phones(const QString &key)
{
    QList<ContactPhone> out;
    for (const QCborValue &v : array(key)) {
        auto p = decodePhone(*this, key, v);
        if (!p)
            break;
        out.append(ContactPhone{*p, v.toMap().value(QStringLiteral("label")).toString()});
    }
    return out;
}

} // namespace safelink::core::cbor
