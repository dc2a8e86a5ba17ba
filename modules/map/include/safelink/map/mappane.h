#pragma once

#include <safelink/map/mapscene.h>

#include <safelink/core/resource.h>

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace safelink::map {

class MapView;

// The map pane of the desk: where the person is (the freshest fix against the home), the map,
// and the nearest hospitals, 120 stations, police, social workers and providers with their
// distances and a phone the agent dials with Enter (the list works without the web view).
class MapPane : public QWidget {
    Q_OBJECT

public:
    explicit MapPane(QWidget *parent = nullptr);

    MapView &view() { return *m_view; }
    void setResources(const QList<core::Resource> &resources);
    void setTiles(const TileSource &tiles);
    // Shows a scene; its nearby resources are worked out here from its focus.
    void showScene(MapScene scene);
    void clear();
    const MapScene &scene() const { return m_scene; }
    // The text above the map ("求助位置：GPS ±25 米 · 3 分钟前，距住址 40 米").
    QString whereText() const;
    int nearbyCount() const;

Q_SIGNALS:
    void dialRequested(const QString &number, const QString &label);

private:
    void fillList();
    void activate(int row);

    QList<core::Resource> m_resources;
    MapScene m_scene;
    QLabel *m_where = nullptr;
    MapView *m_view = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace safelink::map
