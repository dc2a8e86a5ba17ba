#include <safelink/core/common.h>

#include <QDateTime>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>
#include <numbers>

namespace safelink::core {

QString RecordMeta::newId()
{
    // UUIDv7 layout: 48 bits of milliseconds, then random bits. Time-ordered keys append to the
    // tables' B-trees instead of landing on random pages (random v4 ids made bulk loads disk-bound).
    QUuid u = QUuid::createUuid();
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    u.data1 = quint32(ms >> 16);
    u.data2 = quint16(ms & 0xffff);
    u.data3 = quint16((u.data3 & 0x0fff) | 0x7000);
    return u.toString(QUuid::WithoutBraces);
}

bool GeoPoint::isValid() const
{
    return std::isfinite(latitude) && std::isfinite(longitude) && latitude >= -90 && latitude <= 90
           && longitude >= -180 && longitude <= 180 && accuracyMeters >= 0
           && !(latitude == 0 && longitude == 0);
}

double GeoPoint::distanceTo(const GeoPoint &other) const
{
    constexpr double earthRadius = 6371008.8;
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (other.latitude - latitude) * rad;
    const double dLon = (other.longitude - longitude) * rad;
    const double a =
        std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(latitude * rad) * std::cos(other.latitude * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * earthRadius * std::atan2(std::sqrt(a), std::sqrt(1 - a));
}

bool Address::isEmpty() const
{
    return regionCode.isEmpty() && province.isEmpty() && city.isEmpty() && district.isEmpty()
           && street.isEmpty() && community.isEmpty() && detail.isEmpty();
}

QString Address::fullText() const
{
    QString out = province;
    // Municipalities repeat the province as the city (北京市北京市): write it once.
    if (city != province)
        out += city;
    return out + district + street + community + detail;
}

Error Validation::required(const QString &field)
{
    return makeError(ErrorCode::Invalid, tr("This field is required."), field);
}

Error Validation::tooLong(const QString &field, int max)
{
    return makeError(ErrorCode::Invalid, tr("At most %n characters.", nullptr, max), field);
}

Error Validation::invalid(const QString &field, const QString &why)
{
    return makeError(ErrorCode::Invalid, why, field);
}

QList<Error> Validation::checkAddress(const Address &a, const QString &field)
{
    QList<Error> out;
    static const QRegularExpression regionPattern(QStringLiteral("^(\\d{6}|\\d{9}|\\d{12})$"));
    if (!a.regionCode.isEmpty() && !regionPattern.match(a.regionCode).hasMatch())
        out.append(invalid(field + QStringLiteral(".regionCode"),
                           tr("A region code has 6 (district), 9 (street) or 12 (community) digits.")));
    if (a.detail.size() > 200)
        out.append(tooLong(field + QStringLiteral(".detail"), 200));
    return out;
}

QList<Error> Validation::checkGeo(const std::optional<GeoPoint> &p, const QString &field)
{
    if (p && !p->isValid())
        return {invalid(field, tr("Latitude must be within ±90 and longitude within ±180 degrees."))};
    return {};
}

Status firstProblem(const QList<Error> &problems)
{
    if (problems.isEmpty())
        return {};
    return problems.first();
}

} // namespace safelink::core
