#include <safelink/core/tilesource.h>

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace safelink::core {

namespace {
class Text {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::TileSource)
};
} // namespace

Status TileSource::check(const QString &urlTemplate)
{
    const QUrl url(QString(urlTemplate)
                       .replace(QLatin1Char('{'), QLatin1Char('_'))
                       .replace(QLatin1Char('}'), QLatin1Char('_')));
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || url.host().isEmpty())
        return makeError(ErrorCode::Invalid,
                         Text::tr("The tile address must start with http:// or https:// and name a server."),
                         QStringLiteral("tiles"));
    for (const char *part : {"{z}", "{x}", "{y}"}) {
        if (!urlTemplate.contains(QLatin1String(part)))
            return makeError(ErrorCode::Invalid,
                             Text::tr("The tile address needs {z}, {x} and {y} where the tile's zoom, column "
                                      "and row go."),
                             QStringLiteral("tiles"));
    }
    return {};
}

QString TileSource::serialize() const
{
    if (!isSet())
        return {};
    return QStringList{urlTemplate, gcj02 ? QStringLiteral("gcj02") : QStringLiteral("wgs84"),
                       QString::number(maxZoom), attribution}
        .join(QLatin1Char('|'));
}

TileSource TileSource::parse(const QString &text)
{
    TileSource t;
    const QStringList parts = text.split(QLatin1Char('|'));
    if (parts.isEmpty() || !check(parts.value(0)))
        return t;
    t.urlTemplate = parts.value(0);
    t.gcj02 = parts.value(1) != QLatin1String("wgs84");
    bool ok = false;
    const int zoom = parts.value(2).toInt(&ok);
    t.maxZoom = ok && zoom >= 1 && zoom <= 22 ? zoom : 18;
    t.attribution = parts.mid(3).join(QLatin1Char('|'));
    return t;
}

} // namespace safelink::core
