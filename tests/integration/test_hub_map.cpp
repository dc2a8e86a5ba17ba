// The center's basemap from the hub: `safelink-hub map` checks what the admin gives it, the hub
// serves an MBTiles file's tiles over HTTP (XYZ asked, TMS stored), refuses bad coordinates, and
// every seat gets the tile address in its login reply (kept in its replica).
#include "deskclient.h"
#include "hubprocess.h"
#include "mbtilesfile.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

namespace {

struct Got {
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
};

Got get(QNetworkAccessManager &net, const QString &url)
{
    QNetworkReply *r = net.get(QNetworkRequest(QUrl(url)));
    EXPECT_TRUE(QTest::qWaitFor([r] { return r->isFinished(); }, 10000));
    Got g{r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll(),
          r->rawHeader("Content-Type"), r->rawHeader("Cache-Control")};
    r->deleteLater();
    return g;
}

QByteArray storedTile(const QString &file, int z, int x, int tmsRow)
{
    QByteArray data;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT tile_data FROM tiles WHERE zoom_level=? AND tile_column=? AND tile_row=?"));
        q.addBindValue(z);
        q.addBindValue(x);
        q.addBindValue(tmsRow);
        EXPECT_TRUE(q.exec() && q.next());
        data = q.value(0).toByteArray();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return data;
}

} // namespace

TEST(HubMap, ServesTheMbtilesBasemapAndHandsItsAddressToEverySeat)
{
    HubProcess hub;
    ASSERT_TRUE(hub.setUp(1));
    const QString data = hub.dataDir();
    const QString file = hub.scratch(QStringLiteral("guangzhou.mbtiles"));
    MbtilesFile written;
    ASSERT_TRUE(writeMbtiles(file, 23.129, 113.264, 12, 1, &written));

    // What the admin gets wrong is refused, clearly, and changes nothing.
    EXPECT_EQ(hub.run({QStringLiteral("map"), QStringLiteral("--data"), data}), 2);
    EXPECT_TRUE(hub.lastOutput().contains(QStringLiteral("--tiles, --mbtiles or --off")));
    EXPECT_EQ(hub.run({QStringLiteral("map"), QStringLiteral("--data"), data, QStringLiteral("--tiles"),
                       QStringLiteral("ftp://tiles/{z}/{x}/{y}")}),
              1);
    EXPECT_TRUE(hub.lastOutput().contains(QStringLiteral("http://"))) << hub.lastOutput().toStdString();
    EXPECT_EQ(hub.run({QStringLiteral("map"), QStringLiteral("--data"), data, QStringLiteral("--mbtiles"),
                       hub.scratch(QStringLiteral("missing.mbtiles"))}),
              1);
    const QString notTiles = hub.scratch(QStringLiteral("not-tiles.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        db.setDatabaseName(notTiles);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (a)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("plain"));
    EXPECT_EQ(hub.run({QStringLiteral("map"), QStringLiteral("--data"), data, QStringLiteral("--mbtiles"),
                       notTiles}),
              1);
    EXPECT_TRUE(hub.lastOutput().contains(QStringLiteral("not an MBTiles file")))
        << hub.lastOutput().toStdString();

    ASSERT_EQ(
        hub.run({QStringLiteral("map"), QStringLiteral("--data"), data, QStringLiteral("--mbtiles"), file}),
        0)
        << hub.lastOutput().toStdString();
    hub.enableHttp();
    ASSERT_TRUE(hub.start());

    // Tiles over HTTP: the XYZ tile Leaflet asks for is the file's TMS row (y flipped).
    QNetworkAccessManager net;
    int x = 0;
    int y = 0;
    tileOf(23.129, 113.264, 12, x, y);
    const QString base = QStringLiteral("http://127.0.0.1:%1/api/v1/tiles/").arg(hub.httpPort());
    Got tile;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            tile = get(net, base + QStringLiteral("12/%1/%2").arg(x).arg(y));
            return tile.status != 0;
        },
        10000));
    EXPECT_EQ(tile.status, 200);
    EXPECT_EQ(tile.contentType, QByteArray("image/png"));
    EXPECT_EQ(tile.cacheControl, QByteArray("public, max-age=86400"));
    EXPECT_EQ(tile.body, storedTile(file, 12, x, (1 << 12) - 1 - y));
    EXPECT_TRUE(tile.body.startsWith("\x89PNG"));
    EXPECT_EQ(get(net, base + QStringLiteral("12/%1/%2.png").arg(x).arg(y)).status, 200);
    EXPECT_EQ(get(net, base + QStringLiteral("12/0/0")).status, 404); // not in the file
    EXPECT_EQ(get(net, base + QStringLiteral("1/5/0")).status, 400);  // no such tile at zoom 1
    EXPECT_EQ(get(net, base + QStringLiteral("a/b/c")).status, 400);
    EXPECT_EQ(get(net, base + QStringLiteral("30/0/0")).status, 400);

    // A seat gets the address with the hub's host as it reaches it, and keeps it.
    {
        DeskClient desk(hub, QStringLiteral("seat1"), QStringLiteral("agent1"));
        QSignalSpy changed(desk.client.get(), &sync::SyncClient::mapTilesChanged);
        desk.client->start();
        ASSERT_TRUE(desk.waitLive());
        const QString expected =
            QStringLiteral("http://127.0.0.1:%1/api/v1/tiles/{z}/{x}/{y}|gcj02|12|").arg(hub.httpPort());
        EXPECT_EQ(desk.client->mapTiles(), expected);
        EXPECT_EQ(changed.count(), 1);
        EXPECT_EQ(desk.replica->value(QStringLiteral("map_tiles")).valueOr(QString()), expected);
    }

    // A LAN tile server instead; seats pick it up at their next sign-in.
    ASSERT_EQ(hub.run({QStringLiteral("map"), QStringLiteral("--data"), data, QStringLiteral("--tiles"),
                       QStringLiteral("http://10.1.1.5/osm/{z}/{x}/{y}.png"), QStringLiteral("--wgs84"),
                       QStringLiteral("--max-zoom"), QStringLiteral("19")}),
              0)
        << hub.lastOutput().toStdString();
    EXPECT_EQ(get(net, base + QStringLiteral("12/%1/%2").arg(x).arg(y)).status,
              404); // the hub serves none now
    DeskClient other(hub, QStringLiteral("seat2"), QStringLiteral("agent1"));
    other.client->start();
    ASSERT_TRUE(other.waitLive());
    EXPECT_EQ(other.client->mapTiles(), QStringLiteral("http://10.1.1.5/osm/{z}/{x}/{y}.png|wgs84|19|"));
}
