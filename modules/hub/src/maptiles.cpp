#include <safelink/hub/actor.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/centersettings.h>
#include <safelink/hub/maptiles.h>

#include <safelink/store/database.h>

#include <QDateTime>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace safelink::hub {

namespace {
const QString kUrl = QStringLiteral("map_tiles");
const QString kFile = QStringLiteral("map_mbtiles");
} // namespace

MapTiles::MapTiles(store::Database &db)
    : m_db(db)
{
}

MapTiles::~MapTiles()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString MapTiles::setting(const QString &name) const
{
    return centerSetting(m_db, name);
}

Status MapTiles::store(const QString &name, const QString &value, AuditLog &audit, const Actor &actor)
{
    return storeCenterSetting(m_db, audit, actor, name, value);
}

Status MapTiles::setUrl(const core::TileSource &tiles, AuditLog &audit, const Actor &actor)
{
    if (Status s = core::TileSource::check(tiles.urlTemplate); !s)
        return s;
    if (tiles.maxZoom < 1 || tiles.maxZoom > 22)
        return makeError(ErrorCode::Invalid, tr("The highest zoom level is between 1 and 22."),
                         QStringLiteral("maxZoom"));
    return m_db.transaction([&]() -> Status {
        if (Status s = store(kFile, QString(), audit, actor); !s)
            return s;
        return store(kUrl, tiles.serialize(), audit, actor);
    });
}

Status MapTiles::openFile(const QString &file)
{
    if (file == m_openFile && !m_connection.isEmpty())
        return {};
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
        m_connection.clear();
        m_openFile.clear();
    }
    if (!QFileInfo(file).isFile())
        return makeError(ErrorCode::NotFound, tr("There is no file %1.").arg(file),
                         QStringLiteral("mbtiles"));
    const QString name = QStringLiteral("mbtiles-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(file);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    auto fail = [&](const QString &why) -> Status {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(ErrorCode::Invalid, tr("%1 is not an MBTiles file: %2").arg(file, why),
                         QStringLiteral("mbtiles"));
    };
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1")))
        return fail(tr("it has no tiles table"));
    if (!q.next())
        return fail(tr("it holds no tiles"));
    QString format;
    if (q.exec(QStringLiteral("SELECT value FROM metadata WHERE name = 'format'")) && q.next())
        format = q.value(0).toString().toLower();
    q.finish();
    if (format == QLatin1String("jpg") || format == QLatin1String("jpeg"))
        m_contentType = "image/jpeg";
    else if (format == QLatin1String("webp"))
        m_contentType = "image/webp";
    else if (format.isEmpty() || format == QLatin1String("png"))
        m_contentType = "image/png";
    else
        return fail(tr("its tiles are \"%1\"; the map shows png, jpg or webp").arg(format));
    m_connection = name;
    m_openFile = file;
    return {};
}

Status MapTiles::setMbtiles(const QString &file, bool gcj02, const QString &attribution, AuditLog &audit,
                            const Actor &actor)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    if (Status s = openFile(path); !s)
        return s;
    int maxZoom = 18;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        if (q.exec(QStringLiteral("SELECT MAX(zoom_level) FROM tiles")) && q.next())
            maxZoom = std::clamp(q.value(0).toInt(), 1, 22);
    }
    core::TileSource t;
    t.urlTemplate = QStringLiteral("http://{hub}:{port}/api/v1/tiles/{z}/{x}/{y}");
    t.gcj02 = gcj02;
    t.maxZoom = maxZoom;
    t.attribution = attribution;
    return m_db.transaction([&]() -> Status {
        if (Status s = store(kUrl, t.serialize(), audit, actor); !s)
            return s;
        return store(kFile, path, audit, actor);
    });
}

Status MapTiles::clear(AuditLog &audit, const Actor &actor)
{
    return m_db.transaction([&]() -> Status {
        if (Status s = store(kFile, QString(), audit, actor); !s)
            return s;
        return store(kUrl, QString(), audit, actor);
    });
}

QString MapTiles::forSeats(quint16 httpPort) const
{
    QString v = setting(kUrl);
    if (!setting(kFile).isEmpty()) {
        if (httpPort == 0)
            return {}; // the hub serves no HTTP: seats draw the grid
        v.replace(QLatin1String("{port}"), QString::number(httpPort));
    }
    return v;
}

QString MapTiles::mbtilesFile() const
{
    return setting(kFile);
}

Result<MapTiles::Tile> MapTiles::tile(int z, int x, int y)
{
    if (z < 0 || z > 22 || x < 0 || y < 0 || x >= (1 << z) || y >= (1 << z))
        return makeError(ErrorCode::Invalid, tr("There is no tile %1/%2/%3.").arg(z).arg(x).arg(y));
    const QString file = mbtilesFile();
    if (file.isEmpty())
        return makeError(ErrorCode::NotFound, tr("This center's hub serves no map tiles."));
    if (Status s = openFile(file); !s)
        return s.error();
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral(
        "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?"));
    q.addBindValue(z);
    q.addBindValue(x);
    q.addBindValue((1 << z) - 1 - y);
    if (!q.exec())
        return makeError(ErrorCode::Storage, q.lastError().text());
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("There is no tile %1/%2/%3.").arg(z).arg(x).arg(y));
    return Tile{q.value(0).toByteArray(), m_contentType};
}

} // namespace safelink::hub
