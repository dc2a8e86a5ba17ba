#pragma once

#include <safelink/core/result.h>
#include <safelink/core/tilesource.h>

#include <QCoreApplication>
#include <QString>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

struct Actor;
class AuditLog;

// The center's basemap, as the admin sets it (safelink-hub map): a URL template of a tile server
// on the LAN, or an MBTiles file that the hub serves itself at /api/v1/tiles/{z}/{x}/{y} (tiles are
// public map data: no session needed, nothing audited). Kept in center_settings; every seat gets
// it in its login reply.
class MapTiles {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::MapTiles)

public:
    explicit MapTiles(store::Database &db);
    ~MapTiles();
    MapTiles(const MapTiles &) = delete;
    MapTiles &operator=(const MapTiles &) = delete;

    Status setUrl(const core::TileSource &tiles, AuditLog &audit, const Actor &actor);
    // Checks that the file is an MBTiles database with tiles; its zoom range comes from it.
    Status setMbtiles(const QString &file, bool gcj02, const QString &attribution, AuditLog &audit,
                      const Actor &actor);
    Status clear(AuditLog &audit, const Actor &actor);

    // What a seat's login reply carries ("{hub}" for the hub's host when the hub serves the file).
    QString forSeats(quint16 httpPort) const;
    QString mbtilesFile() const;

    struct Tile {
        QByteArray data;
        QByteArray contentType;
    };
    // The tile at z/x/y in the XYZ scheme Leaflet asks for (MBTiles rows are TMS: y flipped).
    // NotFound when there is none or no file is configured; Invalid for coordinates out of range.
    Result<Tile> tile(int z, int x, int y);

private:
    Status store(const QString &name, const QString &value, AuditLog &audit, const Actor &actor);
    QString setting(const QString &name) const;
    Status openFile(const QString &file);

    store::Database &m_db;
    QString m_connection; // the open MBTiles file's connection, read-only
    QString m_openFile;
    QByteArray m_contentType;
};

} // namespace safelink::hub
