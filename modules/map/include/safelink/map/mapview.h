#pragma once

#include <safelink/map/mapscene.h>

#include <QWidget>

#include <memory>

class QLabel;
class QWebEnginePage;
class QWebEngineView;

namespace safelink::map {

class MapBridge;

// The map (QtWebEngine + Leaflet, bridged with QWebChannel). The web view is heavy (its own render
// process, ~0.5 s to the first page): it is made on the first scene or by warmUp(), which the desk
// calls once it is up, so the first alarm's map is already loaded. The page is bundled in the
// program (qrc), talks to nothing but the tile server, keeps nothing on disk (an off-the-record
// profile), and never puts data into markup.
class MapView : public QWidget {
    Q_OBJECT

public:
    // What the page last drew, as it reported it.
    struct Drawn {
        int markers = 0;
        QString mode; // "tiles", "grid" (no basemap), "tilesFailed" (basemap does not answer)
        int zoom = 0;
        double latitude = 0; // the view's centre, in the basemap's datum
        double longitude = 0;
        int tilesLoaded = 0;
        int tilesFailed = 0;
    };

    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setTiles(const TileSource &tiles);
    TileSource tiles() const { return m_tiles; }
    void setScene(const MapScene &scene);
    void warmUp();
    QSize sizeHint() const override { return {520, 440}; }

    bool pageReady() const;
    Drawn drawn() const;
    // Script errors and warnings the page logged (they go to the log too).
    QStringList pageErrors() const;
    // The page's render process (0 before the page exists), for memory figures.
    qint64 renderProcessId() const;
    // The page itself (nullptr before it exists): tests look into what it drew.
    QWebEnginePage *page() const;

Q_SIGNALS:
    void drawnChanged(const safelink::map::MapView::Drawn &drawn);
    void resourceActivated(const QString &resourceId);

private:
    void ensurePage();
    void push();

    TileSource m_tiles;
    MapScene m_scene;
    bool m_hasScene = false;
    QLabel *m_placeholder = nullptr;
    QWebEngineView *m_view = nullptr;
    MapBridge *m_bridge = nullptr;
    class Page;
    Page *m_page = nullptr;
};

} // namespace safelink::map
