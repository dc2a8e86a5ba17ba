#include "mapbridge.h"

#include <safelink/map/mapview.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace safelink::map {

Q_LOGGING_CATEGORY(lcMap, "safelink.map")

void MapBridge::pageReady()
{
    ready = true;
    Q_EMIT becameReady();
}

void MapBridge::rendered(const QString &summaryJson)
{
    Q_EMIT drew(summaryJson);
}

void MapBridge::tilesStatus(int loaded, int failed, const QString &mode)
{
    Q_EMIT tilesReported(loaded, failed, mode);
}

void MapBridge::resourceActivated(const QString &id)
{
    Q_EMIT resourceClicked(id);
}

class MapView::Page : public QWebEnginePage {
public:
    Page(QWebEngineProfile *profile, QObject *parent)
        : QWebEnginePage(profile, parent)
    {
    }

    QStringList errors;
    MapView::Drawn drawn;

protected:
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int line,
                                  const QString &source) override
    {
        if (level == InfoMessageLevel) {
            qCDebug(lcMap).noquote() << "page:" << message;
            return;
        }
        const QString text = QStringLiteral("%1:%2: %3").arg(source).arg(line).arg(message);
        qCWarning(lcMap).noquote() << "page:" << text;
        errors.append(text);
    }
};

MapView::MapView(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder = new QLabel(tr("The map is loading…"), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_placeholder);
    setMinimumSize(240, 180);
}

MapView::~MapView()
{
    // The page must go before its profile (both are children; make the order explicit).
    if (m_view)
        m_view->setPage(nullptr);
    delete m_page;
}

void MapView::warmUp()
{
    ensurePage();
}

void MapView::ensurePage()
{
    if (m_view)
        return;
    auto *profile = new QWebEngineProfile(this); // off the record: nothing of the page on disk
    m_page = new Page(profile, this);
    m_page->settings()->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, true);
    m_page->settings()->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    m_page->settings()->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    m_page->setBackgroundColor(QColor(0xf3, 0xf4, 0xf1));
    m_bridge = new MapBridge(this);
    auto *channel = new QWebChannel(m_page);
    channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(channel);
    auto *since = new QElapsedTimer;
    since->start();
    connect(m_page, &QObject::destroyed, this, [since] { delete since; });
    connect(m_page, &QWebEnginePage::loadStarted, this,
            [since] { qCInfo(lcMap) << "map page load started after" << since->elapsed() << "ms"; });
    connect(m_page, &QWebEnginePage::loadFinished, this, [since](bool ok) {
        qCInfo(lcMap) << "map page loaded" << ok << "after" << since->elapsed() << "ms";
    });
    connect(m_bridge, &MapBridge::becameReady, this, [this, since] {
        qCInfo(lcMap) << "map page ready after" << since->elapsed() << "ms";
        if (m_hasScene)
            push();
    });
    connect(m_bridge, &MapBridge::drew, this, [this](const QString &json) {
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        Drawn &d = m_page->drawn;
        d.markers = o.value(QStringLiteral("markers")).toInt();
        d.mode = o.value(QStringLiteral("mode")).toString();
        d.zoom = o.value(QStringLiteral("zoom")).toInt();
        d.latitude = o.value(QStringLiteral("lat")).toDouble();
        d.longitude = o.value(QStringLiteral("lon")).toDouble();
        Q_EMIT drawnChanged(d);
    });
    connect(m_bridge, &MapBridge::tilesReported, this, [this](int loaded, int failed, const QString &mode) {
        Drawn &d = m_page->drawn;
        d.tilesLoaded = loaded;
        d.tilesFailed = failed;
        d.mode = mode;
        Q_EMIT drawnChanged(d);
    });
    connect(m_bridge, &MapBridge::resourceClicked, this, &MapView::resourceActivated);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok) {
            qCWarning(lcMap) << "the map page did not load";
            m_page->errors.append(QStringLiteral("load failed"));
        }
    });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
                qCWarning(lcMap) << "map render process ended" << status << code << "; reloading";
                m_bridge->ready = false;
                m_page->errors.append(QStringLiteral("render process ended"));
                m_page->load(QUrl(QStringLiteral("qrc:/safelink/map/map.html")));
            });
    m_view = new QWebEngineView(this);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_view->setFocusPolicy(Qt::ClickFocus); // an incoming call never moves the keyboard here
    layout()->replaceWidget(m_placeholder, m_view);
    m_placeholder->hide();
    m_page->load(QUrl(QStringLiteral("qrc:/safelink/map/map.html")));
}

void MapView::setTiles(const TileSource &tiles)
{
    if (tiles == m_tiles)
        return;
    m_tiles = tiles;
    if (m_hasScene)
        push();
}

void MapView::setScene(const MapScene &scene)
{
    m_scene = scene;
    m_hasScene = true;
    ensurePage();
    push();
}

void MapView::push()
{
    if (!m_bridge || !m_bridge->ready)
        return; // sent when the page says it is ready
    const QJsonObject json = sceneJson(m_scene, m_tiles, QDateTime::currentDateTimeUtc());
    Q_EMIT m_bridge->sceneChanged(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
}

bool MapView::pageReady() const
{
    return m_bridge && m_bridge->ready;
}

MapView::Drawn MapView::drawn() const
{
    return m_page ? m_page->drawn : Drawn{};
}

QStringList MapView::pageErrors() const
{
    return m_page ? m_page->errors : QStringList{};
}

QWebEnginePage *MapView::page() const
{
    return m_page;
}

qint64 MapView::renderProcessId() const
{
    return m_page ? m_page->renderProcessPid() : 0;
}

} // namespace safelink::map
