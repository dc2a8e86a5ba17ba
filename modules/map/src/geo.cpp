#include <safelink/map/geo.h>

#include <QCoreApplication>
#include <QGeoCoordinate>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace safelink::map {

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kAxis = 6378245.0;                       // Krasovsky 1940, as the GCJ-02 algorithm uses
constexpr double kEccentricity2 = 0.00669342162296594323; // its first eccentricity squared

double shiftLatitude(double x, double y)
{
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * kPi) + 40.0 * std::sin(y / 3.0 * kPi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * kPi) + 320.0 * std::sin(y * kPi / 30.0)) * 2.0 / 3.0;
    return r;
}

double shiftLongitude(double x, double y)
{
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * kPi) + 20.0 * std::sin(2.0 * x * kPi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * kPi) + 40.0 * std::sin(x / 3.0 * kPi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * kPi) + 300.0 * std::sin(x / 30.0 * kPi)) * 2.0 / 3.0;
    return r;
}

// The GCJ-02 offset (degrees) at a WGS-84 point.
std::pair<double, double> offset(double lat, double lon)
{
    double dLat = shiftLatitude(lon - 105.0, lat - 35.0);
    double dLon = shiftLongitude(lon - 105.0, lat - 35.0);
    const double radLat = lat / 180.0 * kPi;
    double magic = std::sin(radLat);
    magic = 1 - kEccentricity2 * magic * magic;
    const double sqrtMagic = std::sqrt(magic);
    dLat = (dLat * 180.0) / ((kAxis * (1 - kEccentricity2)) / (magic * sqrtMagic) * kPi);
    dLon = (dLon * 180.0) / (kAxis / sqrtMagic * std::cos(radLat) * kPi);
    return {dLat, dLon};
}

} // namespace

bool insideChina(const core::GeoPoint &p)
{
    // The rectangle every published implementation uses; Chinese basemaps shift everything in it.
    return p.longitude >= 72.004 && p.longitude <= 137.8347 && p.latitude >= 0.8293 && p.latitude <= 55.8271;
}

core::GeoPoint wgs84ToGcj02(const core::GeoPoint &p)
{
    if (!insideChina(p))
        return p;
    const auto [dLat, dLon] = offset(p.latitude, p.longitude);
    core::GeoPoint out = p;
    out.latitude = p.latitude + dLat;
    out.longitude = p.longitude + dLon;
    return out;
}

core::GeoPoint gcj02ToWgs84(const core::GeoPoint &p)
{
    if (!insideChina(p))
        return p;
    core::GeoPoint guess = p;
    for (int i = 0; i < 30; ++i) {
        const core::GeoPoint there = wgs84ToGcj02(guess);
        const double eLat = there.latitude - p.latitude;
        const double eLon = there.longitude - p.longitude;
        guess.latitude -= eLat;
        guess.longitude -= eLon;
        if (std::abs(eLat) < 1e-9 && std::abs(eLon) < 1e-9)
            break;
    }
    return guess;
}

double distanceMeters(const core::GeoPoint &a, const core::GeoPoint &b)
{
    return QGeoCoordinate(a.latitude, a.longitude).distanceTo(QGeoCoordinate(b.latitude, b.longitude));
}

QList<NearbyResource> nearestResources(const QList<core::Resource> &resources, const core::GeoPoint &from,
                                       const QList<core::ResourceCategory> &categories, int perCategory,
                                       double maxMeters)
{
    QList<NearbyResource> out;
    if (!from.isValid() || perCategory <= 0)
        return out;
    for (core::ResourceCategory category : categories) {
        QList<NearbyResource> found;
        for (const core::Resource &r : resources) {
            if (r.category != category || r.status != core::ResourceStatus::Active || !r.location
                || !r.location->isValid())
                continue;
            const double m = distanceMeters(from, *r.location);
            if (m <= maxMeters)
                found.append(NearbyResource{r, m});
        }
        std::sort(found.begin(), found.end(), [](const NearbyResource &a, const NearbyResource &b) {
            return a.meters < b.meters || (a.meters == b.meters && a.resource.name < b.resource.name);
        });
        out += found.mid(0, perCategory);
    }
    return out;
}

QList<core::ResourceCategory> alarmCategories()
{
    using C = core::ResourceCategory;
    return {C::Hospital,   C::EmergencyStation, C::Police,   C::SocialWorker,
            C::GridWorker, C::Volunteer,        C::HomeCare, C::Pharmacy};
}

QString distanceText(double meters)
{
    if (meters < 1000)
        return QCoreApplication::translate("safelink::map::Geo", "%1 m").arg(qRound(meters / 10.0) * 10);
    return QCoreApplication::translate("safelink::map::Geo", "%1 km").arg(meters / 1000.0, 0, 'f', 1);
}

} // namespace safelink::map
