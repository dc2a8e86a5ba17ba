// The map pane in a real QtWebEngine (offscreen): the page draws the scene it is sent, on a grid
// without a basemap, on the hub's MBTiles basemap (a real hub process serving a real MBTiles file),
// on a grid again when the tile server does not answer; it never turns data into markup.
#include "hubprocess.h"
#include "mbtilesfile.h"

#include <safelink/map/geo.h>
#include <safelink/map/mappane.h>
#include <safelink/map/mapview.h>

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTreeWidget>
#include <QWebEnginePage>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::map;
using namespace safelink::test;

namespace {

const core::GeoPoint kHome{23.129112, 113.264385, 0};

core::Resource hospital(const QString &name, double lat, double lon)
{
    core::Resource r;
    r.meta.id = name;
    r.name = name;
    r.category = core::ResourceCategory::Hospital;
    r.location = core::GeoPoint{lat, lon, 0};
    r.contacts.append(core::ResourceContact{
        QStringLiteral("急诊"),
        QStringLiteral("前台"),
        {core::ContactPhone{*core::PhoneNumber::parse(QStringLiteral("020-83827812"), u"20"),
                            QStringLiteral("急诊")}}});
    return r;
}

MapScene scene(const QString &title = QStringLiteral("王建国"))
{
    MapScene s;
    s.title = title;
    s.home = kHome;
    s.address = QStringLiteral("越秀区北京街道 1 号");
    s.fixes.append(MapFix{QStringLiteral("腕表 GW-1"), core::GeoPoint{23.1296, 113.2651, 30},
                          core::PositionSource::Gps, QDateTime::currentDateTimeUtc().addSecs(-120)});
    return s;
}

bool waitFor(MapView &view, const std::function<bool(const MapView::Drawn &)> &done, int ms = 30000)
{
    return QTest::qWaitFor([&] { return done(view.drawn()); }, ms);
}

QVariant evaluate(MapView &view, const QString &script)
{
    QVariant result;
    bool finished = false;
    view.page()->runJavaScript(script, [&](const QVariant &v) {
        result = v;
        finished = true;
    });
    EXPECT_TRUE(QTest::qWaitFor([&] { return finished; }, 10000)) << script.toStdString();
    return result;
}

} // namespace

TEST(MapPaneView, DrawsThePersonFixAndNearestResourcesOnAGridWithoutABasemap)
{
    MapPane pane;
    pane.resize(900, 700);
    pane.setResources({hospital(QStringLiteral("市第一人民医院"), 23.1300, 113.2600),
                       hospital(QStringLiteral("远郊医院"), 23.5000, 113.2600)});
    pane.show();
    pane.showScene(scene());
    EXPECT_EQ(pane.nearbyCount(), 2); // nearest two hospitals, within 50 km
    EXPECT_TRUE(pane.whereText().contains(QStringLiteral("GPS"))) << pane.whereText().toStdString();
    MapView &view = pane.view();
    EXPECT_GT(view.height(), pane.height() / 2); // the map, not the list, takes the pane
    // Fitted to the points (also after the pane is laid out), not the whole country.
    ASSERT_TRUE(waitFor(view, [](const MapView::Drawn &d) { return d.markers > 0 && d.zoom >= 9; }))
        << view.drawn().zoom << " " << view.pageErrors().join(QLatin1Char('\n')).toStdString();
    const MapView::Drawn drawn = view.drawn();
    EXPECT_EQ(drawn.markers, 4); // home, wearable, two hospitals
    EXPECT_EQ(drawn.mode, QStringLiteral("grid"));
    EXPECT_TRUE(view.pageErrors().isEmpty()) << view.pageErrors().join(QLatin1Char('\n')).toStdString();
    // The page says there is no basemap, and draws grid lines.
    EXPECT_TRUE(evaluate(view, QStringLiteral("document.getElementById('notice').textContent"))
                    .toString()
                    .contains(QStringLiteral("grid")));
    EXPECT_GT(
        evaluate(view, QStringLiteral("document.querySelectorAll('path.leaflet-interactive, path').length"))
            .toInt(),
        4);

    // Enter on a resource dials it.
    QSignalSpy dial(&pane, &MapPane::dialRequested);
    auto *list = pane.findChild<QTreeWidget *>();
    ASSERT_NE(list, nullptr);
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Return);
    ASSERT_EQ(dial.count(), 1);
    EXPECT_EQ(dial.at(0).at(0).toString(), QStringLiteral("02083827812"));
}

TEST(MapPaneView, NamesAreShownAsTextNeverAsMarkup)
{
    MapView view;
    view.resize(800, 600);
    view.show();
    const QString hostile = QStringLiteral("<img src=x onerror=\"document.title='hacked'\">王");
    view.setScene(scene(hostile));
    ASSERT_TRUE(waitFor(view, [](const MapView::Drawn &d) { return d.markers == 2; }));
    EXPECT_EQ(evaluate(view, QStringLiteral("document.querySelectorAll('#map img[src=x]').length")).toInt(),
              0);
    EXPECT_NE(evaluate(view, QStringLiteral("document.title")).toString(), QStringLiteral("hacked"));
    EXPECT_TRUE(evaluate(view, QStringLiteral("document.querySelector('.sl-tip b').textContent"))
                    .toString()
                    .contains(QStringLiteral("<img")));
}

TEST(MapPaneView, DrawsTheHubsMbtilesBasemapAndFallsBackToTheGridWhenNoTileServerAnswers)
{
    // The hub serves a real MBTiles file around the (GCJ-02 shifted) home.
    HubProcess hub;
    ASSERT_TRUE(hub.setUp(1));
    const core::GeoPoint shown = wgs84ToGcj02(kHome);
    const QString file = hub.scratch(QStringLiteral("center.mbtiles"));
    ASSERT_TRUE(writeMbtiles(file, shown.latitude, shown.longitude, 17, 5));
    ASSERT_EQ(
        hub.run({QStringLiteral("map"), QStringLiteral("--data"), hub.dataDir(), QStringLiteral("--mbtiles"),
                 file, QStringLiteral("--attribution"), QStringLiteral("测试底图")}),
        0)
        << hub.lastOutput().toStdString();
    hub.enableHttp();
    ASSERT_TRUE(hub.start());

    MapView view;
    view.resize(800, 600);
    view.show();
    view.setTiles(
        core::TileSource{QStringLiteral("http://127.0.0.1:%1/api/v1/tiles/{z}/{x}/{y}").arg(hub.httpPort()),
                         true, 17, QStringLiteral("测试底图")});
    view.setScene(scene());
    ASSERT_TRUE(waitFor(view, [](const MapView::Drawn &d) { return d.tilesLoaded >= 4; }))
        << "loaded " << view.drawn().tilesLoaded << " failed " << view.drawn().tilesFailed << " "
        << view.pageErrors().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(view.drawn().mode, QStringLiteral("tiles"));
    EXPECT_EQ(view.drawn().tilesFailed, 0);
    // The view is centred where the GCJ-02 basemap has the home, not at the raw GPS position.
    const core::GeoPoint centre{view.drawn().latitude, view.drawn().longitude, 0};
    EXPECT_LT(distanceMeters(centre, shown), 150);
    EXPECT_GT(distanceMeters(centre, kHome), 300);
    EXPECT_TRUE(
        evaluate(view, QStringLiteral("document.querySelector('.leaflet-control-attribution').textContent"))
            .toString()
            .contains(QStringLiteral("测试底图")));

    // A tile server that does not answer: the grid comes back with its notice, never a blank page.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    view.setTiles(
        core::TileSource{QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(deadPort), true, 17, {}});
    ASSERT_TRUE(waitFor(view, [](const MapView::Drawn &d) { return d.mode == QLatin1String("tilesFailed"); }))
        << view.drawn().mode.toStdString();
    EXPECT_TRUE(evaluate(view, QStringLiteral("document.getElementById('notice').hidden")).toBool() == false);
}
