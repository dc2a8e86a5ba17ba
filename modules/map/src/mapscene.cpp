#include <safelink/map/mapscene.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrl>

namespace safelink::map {

namespace {

class Text {
    Q_DECLARE_TR_FUNCTIONS(safelink::map::MapScene)
};

QJsonObject point(const core::GeoPoint &wgs, const TileSource &tiles)
{
    const core::GeoPoint shown = tiles.isSet() && tiles.gcj02 ? wgs84ToGcj02(wgs) : wgs;
    return QJsonObject{{QStringLiteral("lat"), shown.latitude},
                       {QStringLiteral("lon"), shown.longitude},
                       {QStringLiteral("accuracy"), wgs.accuracyMeters}};
}

QString fixDetail(const MapFix &fix, const QDateTime &now)
{
    QStringList parts{core::label(fix.source)};
    if (fix.at.accuracyMeters > 0)
        parts.append(Text::tr("±%1 m").arg(qRound(fix.at.accuracyMeters)));
    if (fix.takenAt.isValid())
        parts.append(core::agoText(fix.takenAt, now));
    return parts.join(QStringLiteral(" · "));
}

QString categoryColor(core::ResourceCategory c)
{
    using C = core::ResourceCategory;
    switch (c) {
    case C::Hospital:
        return QStringLiteral("#ad1457");
    case C::EmergencyStation:
        return QStringLiteral("#e65100");
    case C::Police:
    case C::FireStation:
        return QStringLiteral("#1e88e5");
    case C::SocialWorker:
    case C::GridWorker:
    case C::Volunteer:
        return QStringLiteral("#2e7d32");
    default:
        return QStringLiteral("#6a1b9a");
    }
}

} // namespace

std::optional<core::GeoPoint> MapScene::focus(const QDateTime &now) const
{
    const MapFix *freshest = nullptr;
    for (const MapFix &f : fixes) {
        if (f.at.isValid() && f.takenAt.isValid() && (!freshest || f.takenAt > freshest->takenAt))
            freshest = &f;
    }
    if (freshest && freshest->takenAt.secsTo(now) <= 3600)
        return freshest->at;
    if (caseLocation && caseLocation->isValid())
        return caseLocation;
    if (home && home->isValid())
        return home;
    if (freshest)
        return freshest->at;
    return std::nullopt;
}

QJsonObject sceneJson(const MapScene &scene, const TileSource &tiles, const QDateTime &now)
{
    QJsonObject out;
    out.insert(QStringLiteral("title"), scene.title);
    if (tiles.isSet()) {
        out.insert(QStringLiteral("tiles"), QJsonObject{{QStringLiteral("url"), tiles.urlTemplate},
                                                        {QStringLiteral("maxZoom"), tiles.maxZoom},
                                                        {QStringLiteral("attribution"), tiles.attribution}});
    }
    if (scene.home && scene.home->isValid()) {
        QJsonObject home = point(*scene.home, tiles);
        home.insert(QStringLiteral("title"), Text::tr("Home of %1").arg(scene.title));
        home.insert(QStringLiteral("detail"), scene.address);
        out.insert(QStringLiteral("home"), home);
    }
    QJsonArray fixes;
    for (const MapFix &f : scene.fixes) {
        if (!f.at.isValid())
            continue;
        QJsonObject p = point(f.at, tiles);
        p.insert(QStringLiteral("title"), f.label);
        p.insert(QStringLiteral("detail"), fixDetail(f, now));
        p.insert(QStringLiteral("stale"), !f.takenAt.isValid() || f.takenAt.secsTo(now) > 3600);
        fixes.append(p);
    }
    out.insert(QStringLiteral("fixes"), fixes);
    if (scene.caseLocation && scene.caseLocation->isValid()) {
        QJsonObject p = point(*scene.caseLocation, tiles);
        p.insert(QStringLiteral("title"), Text::tr("Where the case was opened"));
        out.insert(QStringLiteral("caseLocation"), p);
    }
    QJsonArray resources;
    QJsonArray legend;
    if (out.contains(QStringLiteral("home")))
        legend.append(QJsonObject{{QStringLiteral("color"), QStringLiteral("#263238")},
                                  {QStringLiteral("text"), Text::tr("Home")}});
    if (!fixes.isEmpty())
        legend.append(QJsonObject{{QStringLiteral("color"), QStringLiteral("#d32f2f")},
                                  {QStringLiteral("text"), Text::tr("Terminal's position")}});
    QStringList colors;             // one legend line per colour, naming its categories
    QList<QStringList> colorLabels; // in the order they first appear
    for (const NearbyResource &n : scene.nearby) {
        const QString color = categoryColor(n.resource.category);
        const QString what = core::label(n.resource.category);
        qsizetype i = colors.indexOf(color);
        if (i < 0) {
            colors.append(color);
            colorLabels.append(QStringList());
            i = colors.size() - 1;
        }
        if (!colorLabels[i].contains(what))
            colorLabels[i].append(what);
        QJsonObject p = point(*n.resource.location, tiles);
        p.insert(QStringLiteral("id"), n.resource.meta.id);
        p.insert(QStringLiteral("title"), n.resource.name);
        p.insert(QStringLiteral("detail"),
                 QStringLiteral("%1 · %2").arg(core::label(n.resource.category), distanceText(n.meters)));
        p.insert(QStringLiteral("color"), color);
        resources.append(p);
    }
    for (qsizetype i = 0; i < colors.size(); ++i)
        legend.append(QJsonObject{{QStringLiteral("color"), colors[i]},
                                  {QStringLiteral("text"), colorLabels[i].join(QStringLiteral("、"))}});
    out.insert(QStringLiteral("resources"), resources);
    out.insert(QStringLiteral("legend"), legend);
    out.insert(QStringLiteral("labels"),
               QJsonObject{
                   {QStringLiteral("noTiles"),
                    Text::tr("No basemap is configured: the points are drawn on a latitude/longitude grid.")},
                   {QStringLiteral("tilesFailed"),
                    Text::tr("The basemap server does not answer: the points are drawn on a grid.")},
                   {QStringLiteral("nothing"), Text::tr("No known position for this person.")},
                   {QStringLiteral("scale"), Text::tr("Grid lines every %1")}});
    return out;
}

} // namespace safelink::map
