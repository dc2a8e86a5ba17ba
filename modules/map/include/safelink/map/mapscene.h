#pragma once

#include <safelink/map/geo.h>

#include <safelink/core/common.h>
#include <safelink/core/enums.h>
#include <safelink/core/tilesource.h>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace safelink::map {

using TileSource = core::TileSource;

// A terminal's reported position.
struct MapFix {
    QString label; // "腕表 GW-2231"
    core::GeoPoint at;
    core::PositionSource source = core::PositionSource::Unknown;
    QDateTime takenAt;
};

// What the map shows for one person (or one case): the home, the terminals' fixes, the place the
// case was opened at, and the resources nearest to where help must go.
struct MapScene {
    QString title; // the person's name
    std::optional<core::GeoPoint> home;
    QString address;
    QList<MapFix> fixes;
    std::optional<core::GeoPoint> caseLocation;
    QList<NearbyResource> nearby;

    bool hasPoints() const { return home || !fixes.isEmpty() || caseLocation || !nearby.isEmpty(); }
    // Where help must go: the freshest fix if it is newer than an hour, else the home.
    std::optional<core::GeoPoint> focus(const QDateTime &now) const;
};

// The page's view of a scene: points in the basemap's datum (GCJ-02 when the tiles are), the
// tile source, translated labels. Distances stay computed on WGS-84.
QJsonObject sceneJson(const MapScene &scene, const TileSource &tiles, const QDateTime &now);

} // namespace safelink::map
