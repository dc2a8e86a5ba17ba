#pragma once

#include <safelink/core/common.h>
#include <safelink/core/resource.h>

#include <QList>

namespace safelink::map {

// GCJ-02 (国测局坐标): the obfuscated datum of Chinese basemaps (AutoNavi, Tencent and most LAN
// tile servers cut from them). Positions are stored in WGS-84 as GPS reports them; a fix drawn
// raw on such a basemap sits 300–600 m off, so the map converts for display. Outside China the
// two are the same.
bool insideChina(const core::GeoPoint &p);
core::GeoPoint wgs84ToGcj02(const core::GeoPoint &p);
// The inverse has no closed form; iterated to better than 1e-7° (about a centimetre).
core::GeoPoint gcj02ToWgs84(const core::GeoPoint &p);

// Metres along the ellipsoid between two WGS-84 points (Qt Positioning).
double distanceMeters(const core::GeoPoint &a, const core::GeoPoint &b);

struct NearbyResource {
    core::Resource resource;
    double meters = 0;
};

// The nearest active resources with a known location in each of the categories, at most
// `perCategory` each and within `maxMeters`, nearest first within a category, categories in the
// order given.
QList<NearbyResource> nearestResources(const QList<core::Resource> &resources, const core::GeoPoint &from,
                                       const QList<core::ResourceCategory> &categories, int perCategory,
                                       double maxMeters);

// The categories an agent needs on an alarm, in the order she looks for them: 医院, 120, 派出所,
// 社工, then the providers.
QList<core::ResourceCategory> alarmCategories();

// "850 米", "3.2 公里" (translated).
QString distanceText(double meters);

} // namespace safelink::map
