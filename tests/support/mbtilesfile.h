#pragma once

// A real MBTiles file for the map tests: a tile pyramid around one point (every tile at zoom
// 0..maxZoom within `radius` tiles of it), each a 256×256 PNG whose colour encodes its zoom.
#include <QString>

namespace safelink::test {

struct MbtilesFile {
    int tiles = 0;
};

// False with a test failure added when the file cannot be written.
bool writeMbtiles(const QString &path, double latitude, double longitude, int maxZoom, int radius,
                  MbtilesFile *written = nullptr);

// The XYZ tile that holds a point at a zoom (what Leaflet asks for).
void tileOf(double latitude, double longitude, int zoom, int &x, int &y);

} // namespace safelink::test
