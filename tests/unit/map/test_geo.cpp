// The map's arithmetic: WGS-84 ↔ GCJ-02 against the npm package gcoord (reference values computed
// with gcoord 1.x), nearest resources with Qt Positioning's distances, the tile source setting and
// the scene the page gets.
#include <safelink/map/geo.h>
#include <safelink/map/mapscene.h>

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::map;
using core::GeoPoint;

namespace {

struct Reference {
    double lon, lat, gcjLon, gcjLat;
};

// gcoord.transform([lon, lat], gcoord.WGS84, gcoord.GCJ02)
constexpr Reference kReferences[] = {
    {116.397428, 39.90923, 116.403671626, 39.910633506},  // 天安门
    {113.264385, 23.129112, 113.269714583, 23.126435337}, // 广州
    {121.4737, 31.2304, 121.478223059, 31.228457738},     // 上海
    {114.0579, 22.5431, 114.063013999, 22.540382814},     // 深圳
    {126.6424, 45.7567, 126.648369816, 45.758651102},     // 哈尔滨
};

core::Resource resource(const QString &name, core::ResourceCategory category, double lat, double lon,
                        core::ResourceStatus status = core::ResourceStatus::Active)
{
    core::Resource r;
    r.meta.id = name;
    r.name = name;
    r.category = category;
    r.status = status;
    r.location = GeoPoint{lat, lon, 0};
    return r;
}

} // namespace

TEST(Gcj02, MatchesTheReferenceImplementationToAMillionthOfADegree)
{
    for (const Reference &r : kReferences) {
        const GeoPoint gcj = wgs84ToGcj02(GeoPoint{r.lat, r.lon, 12});
        EXPECT_NEAR(gcj.longitude, r.gcjLon, 1e-6) << r.lon << "," << r.lat;
        EXPECT_NEAR(gcj.latitude, r.gcjLat, 1e-6) << r.lon << "," << r.lat;
        EXPECT_EQ(gcj.accuracyMeters, 12); // the accuracy travels with the point
        // The shift is what makes raw GPS sit off on Chinese basemaps: hundreds of metres.
        const double shift = distanceMeters(GeoPoint{r.lat, r.lon, 0}, gcj);
        EXPECT_GT(shift, 100);
        EXPECT_LT(shift, 800);
    }
}

TEST(Gcj02, TheInverseReturnsTheGpsFixToACentimetre)
{
    for (const Reference &r : kReferences) {
        const GeoPoint back = gcj02ToWgs84(GeoPoint{r.gcjLat, r.gcjLon, 0});
        EXPECT_LT(distanceMeters(back, GeoPoint{r.lat, r.lon, 0}), 0.05) << r.lon << "," << r.lat;
    }
}

TEST(Gcj02, OutsideChinaNothingMoves)
{
    const GeoPoint paris{48.8566, 2.3522, 5};
    EXPECT_EQ(wgs84ToGcj02(paris), paris);
    EXPECT_EQ(gcj02ToWgs84(paris), paris);
    EXPECT_FALSE(insideChina(paris));
    EXPECT_TRUE(insideChina(GeoPoint{23.13, 113.26, 0}));
}

TEST(Distances, AgreeWithKnownDistances)
{
    // 广州塔 → 广州南站, about 15.4 km (great circle).
    const double m = distanceMeters(GeoPoint{23.1066, 113.3245, 0}, GeoPoint{22.9886, 113.2691, 0});
    EXPECT_NEAR(m, 14'200, 600);
    EXPECT_EQ(distanceText(842), QStringLiteral("840 m"));
    EXPECT_EQ(distanceText(3240), QStringLiteral("3.2 km"));
}

TEST(NearestResources, PerCategoryNearestFirstOnlyActiveWithinRange)
{
    using C = core::ResourceCategory;
    const GeoPoint home{23.1290, 113.2640, 0};
    const QList<core::Resource> all{
        resource(QStringLiteral("远医院"), C::Hospital, 23.1500, 113.2640), // ~2.3 km
        resource(QStringLiteral("近医院"), C::Hospital, 23.1300, 113.2640), // ~110 m
        resource(QStringLiteral("中医院"), C::Hospital, 23.1390, 113.2640), // ~1.1 km
        resource(QStringLiteral("停用医院"), C::Hospital, 23.1291, 113.2640, core::ResourceStatus::Suspended),
        resource(QStringLiteral("120分站"), C::EmergencyStation, 23.1200, 113.2700),
        resource(QStringLiteral("外地派出所"), C::Police, 24.5000, 113.2640), // ~150 km
        resource(QStringLiteral("家政"), C::Housekeeping, 23.1291, 113.2641), // not asked for
    };
    core::Resource noPlace = resource(QStringLiteral("无坐标社工站"), C::SocialWorker, 0, 0);
    noPlace.location.reset();
    QList<core::Resource> withUnknown = all;
    withUnknown.append(noPlace);

    const auto found = nearestResources(
        withUnknown, home, {C::EmergencyStation, C::Hospital, C::Police, C::SocialWorker}, 2, 50'000);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found[0].resource.name, QStringLiteral("120分站")); // categories in the order asked
    EXPECT_EQ(found[1].resource.name, QStringLiteral("近医院"));
    EXPECT_EQ(found[2].resource.name, QStringLiteral("中医院")); // two per category, nearest first
    EXPECT_NEAR(found[1].meters, 111, 3);
    EXPECT_TRUE(nearestResources(all, GeoPoint{}, alarmCategories(), 2, 50'000).isEmpty());
}

TEST(TileSourceSetting, ChecksRoundTripsAndRefusesWhatLeafletCannotUse)
{
    EXPECT_TRUE(core::TileSource::check(QStringLiteral("http://10.0.0.5/tiles/{z}/{x}/{y}.png")));
    for (const char *bad : {"ftp://h/{z}/{x}/{y}", "http://h/{z}/{x}.png", "tiles/{z}/{x}/{y}", ""}) {
        const Status s = core::TileSource::check(QString::fromLatin1(bad));
        ASSERT_FALSE(s) << bad;
        EXPECT_EQ(s.error().field, QStringLiteral("tiles"));
        EXPECT_FALSE(s.error().message.isEmpty());
    }
    core::TileSource t{QStringLiteral("https://t.lan/{z}/{x}/{y}"), false, 17,
                       QStringLiteral("© 本市测绘|院")};
    EXPECT_EQ(core::TileSource::parse(t.serialize()), t);
    EXPECT_FALSE(core::TileSource::parse(QStringLiteral("garbage|gcj02|9")).isSet());
    EXPECT_FALSE(core::TileSource::parse(QString()).isSet());
    EXPECT_EQ(core::TileSource::parse(QStringLiteral("http://h/{z}/{x}/{y}|gcj02|99")).maxZoom, 18);
}

TEST(Scene, PointsGoToTheBasemapsDatumAndDistancesStayOnWgs84)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MapScene scene;
    scene.title = QStringLiteral("王建国");
    scene.home = GeoPoint{23.129112, 113.264385, 0};
    scene.address = QStringLiteral("越秀区北京街道 1 号");
    scene.fixes.append(MapFix{QStringLiteral("腕表"), GeoPoint{23.1300, 113.2650, 25},
                              core::PositionSource::Gps, now.addSecs(-180)});
    scene.nearby.append(NearbyResource{
        resource(QStringLiteral("医院"), core::ResourceCategory::Hospital, 23.1300, 113.2640), 110});

    const QJsonObject grid = sceneJson(scene, core::TileSource{}, now);
    EXPECT_FALSE(grid.contains(QStringLiteral("tiles")));
    EXPECT_DOUBLE_EQ(grid[QStringLiteral("home")][QStringLiteral("lat")].toDouble(),
                     23.129112); // no basemap: raw

    const core::TileSource gcj{QStringLiteral("http://t/{z}/{x}/{y}"), true, 18, {}};
    const QJsonObject shown = sceneJson(scene, gcj, now);
    EXPECT_NEAR(shown[QStringLiteral("home")][QStringLiteral("lat")].toDouble(), 23.126435337, 1e-6);
    EXPECT_NEAR(shown[QStringLiteral("home")][QStringLiteral("lon")].toDouble(), 113.269714583, 1e-6);
    const QJsonObject fix = shown[QStringLiteral("fixes")].toArray().at(0).toObject();
    EXPECT_EQ(fix[QStringLiteral("accuracy")].toDouble(), 25);
    EXPECT_FALSE(fix[QStringLiteral("stale")].toBool());
    EXPECT_TRUE(fix[QStringLiteral("detail")].toString().contains(QStringLiteral("GPS")));
    EXPECT_EQ(shown[QStringLiteral("resources")].toArray().size(), 1);
    EXPECT_TRUE(
        shown[QStringLiteral("resources")].toArray().at(0)[QStringLiteral("detail")].toString().contains(
            QStringLiteral("110 m")));

    // The legend names each colour once: home, the terminal, then the resources' categories.
    const QJsonArray legend = shown[QStringLiteral("legend")].toArray();
    ASSERT_EQ(legend.size(), 3);
    EXPECT_EQ(legend.at(2)[QStringLiteral("text")].toString(), core::label(core::ResourceCategory::Hospital));
    MapScene helpers = scene;
    helpers.nearby.clear();
    for (auto c : {core::ResourceCategory::SocialWorker, core::ResourceCategory::Volunteer,
                   core::ResourceCategory::SocialWorker})
        helpers.nearby.append(NearbyResource{resource(QStringLiteral("x"), c, 23.13, 113.26), 100});
    const QJsonArray grouped = sceneJson(helpers, gcj, now)[QStringLiteral("legend")].toArray();
    ASSERT_EQ(grouped.size(), 3); // one green line for both kinds of helpers
    EXPECT_EQ(grouped.at(2)[QStringLiteral("text")].toString(),
              core::label(core::ResourceCategory::SocialWorker) + QStringLiteral("、")
                  + core::label(core::ResourceCategory::Volunteer));

    const core::TileSource wgs{QStringLiteral("http://t/{z}/{x}/{y}"), false, 18, {}};
    EXPECT_DOUBLE_EQ(sceneJson(scene, wgs, now)[QStringLiteral("home")][QStringLiteral("lat")].toDouble(),
                     23.129112);
}

TEST(Scene, HelpGoesToAFreshFixElseTheHome)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MapScene scene;
    EXPECT_FALSE(scene.focus(now));
    scene.home = GeoPoint{23.10, 113.20, 0};
    scene.fixes.append(MapFix{QStringLiteral("腕表"), GeoPoint{23.20, 113.30, 30}, core::PositionSource::Gps,
                              now.addSecs(-2 * 3600)});
    EXPECT_EQ(scene.focus(now)->latitude, 23.10); // a two-hour-old fix is not where he is now
    scene.fixes[0].takenAt = now.addSecs(-120);
    EXPECT_EQ(scene.focus(now)->latitude, 23.20);
}
