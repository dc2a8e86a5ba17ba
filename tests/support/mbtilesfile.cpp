#include "mbtilesfile.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace safelink::test {

void tileOf(double latitude, double longitude, int zoom, int &x, int &y)
{
    const double n = std::pow(2.0, zoom);
    const double lat = latitude * std::numbers::pi / 180.0;
    x = int(std::floor((longitude + 180.0) / 360.0 * n));
    y = int(std::floor((1.0 - std::asinh(std::tan(lat)) / std::numbers::pi) / 2.0 * n));
}

bool writeMbtiles(const QString &path, double latitude, double longitude, int maxZoom, int radius,
                  MbtilesFile *written)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    int count = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            ADD_FAILURE() << db.lastError().text().toStdString();
            return false;
        }
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"))
             && q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                                      "tile_row INTEGER, tile_data BLOB)"))
             && q.exec(QStringLiteral("INSERT INTO metadata VALUES ('format', 'png'), ('name', 'test')"))
             && db.transaction();
        for (int z = 0; ok && z <= maxZoom; ++z) {
            QImage image(256, 256, QImage::Format_RGB32);
            image.fill(QColor::fromHsv((z * 40) % 360, 60, 240));
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            int cx = 0;
            int cy = 0;
            tileOf(latitude, longitude, z, cx, cy);
            const int last = (1 << z) - 1;
            for (int x = std::max(0, cx - radius); ok && x <= std::min(last, cx + radius); ++x) {
                for (int y = std::max(0, cy - radius); ok && y <= std::min(last, cy + radius); ++y) {
                    q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
                    q.addBindValue(z);
                    q.addBindValue(x);
                    q.addBindValue(last - y); // MBTiles rows are TMS
                    q.addBindValue(png);
                    ok = q.exec();
                    ++count;
                }
            }
        }
        if (ok)
            ok = db.commit();
        if (!ok)
            ADD_FAILURE() << "mbtiles: " << q.lastError().text().toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (written)
        written->tiles = count;
    return ok;
}

} // namespace safelink::test
