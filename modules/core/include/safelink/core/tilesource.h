#pragma once

#include <safelink/core/result.h>

#include <QString>

namespace safelink::core {

// Where the map's background comes from. An admin sets a URL template (a LAN tile server,
// "http://tiles.lan/{z}/{x}/{y}.png") or an MBTiles file that the hub serves; with neither the
// map draws its points on a plain latitude/longitude grid.
struct TileSource {
    QString urlTemplate;
    bool gcj02 = true; // Chinese basemaps are GCJ-02; OpenStreetMap and 天地图 are WGS-84
    int maxZoom = 18;
    QString attribution;

    bool isSet() const { return !urlTemplate.isEmpty(); }
    // The template is http(s) with {z}, {x} and {y}; the error names what is wrong.
    static Status check(const QString &urlTemplate);
    // "url|gcj02|maxZoom|attribution" as kept in a replica value, and back.
    QString serialize() const;
    static TileSource parse(const QString &text);
    friend bool operator==(const TileSource &, const TileSource &) = default;
};

} // namespace safelink::core
