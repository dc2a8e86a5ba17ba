#include <safelink/map/mappane.h>
#include <safelink/map/mapview.h>

#include <QDateTime>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace safelink::map {

namespace {

// The first phone of a resource, from its contacts in order.
std::optional<core::ContactPhone> firstPhone(const core::Resource &r)
{
    for (const core::ResourceContact &c : r.contacts) {
        for (const core::ContactPhone &p : c.phones) {
            if (!p.number.isNull())
                return p;
        }
    }
    return std::nullopt;
}

} // namespace

MapPane::MapPane(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setTextFormat(Qt::PlainText);
    m_where->setStyleSheet(QStringLiteral("font-weight: bold; padding: 2px 4px;"));
    layout->addWidget(m_where);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_view = new MapView(split);
    m_list = new QTreeWidget(split);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Nearest"), tr("Name"), tr("Distance"), tr("Phone")});
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->setToolTip(tr("Enter dials the selected resource's phone."));
    m_list->setAccessibleName(tr("Nearest resources"));
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { activate(m_list->indexOfTopLevelItem(item)); });
    connect(m_view, &MapView::resourceActivated, this, [this](const QString &id) {
        for (int i = 0; i < m_scene.nearby.size(); ++i) {
            if (m_scene.nearby[i].resource.meta.id == id) {
                m_list->setCurrentItem(m_list->topLevelItem(i));
                return;
            }
        }
    });
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({440, 150}); // the map first; the list shows its eight or so rows below
    layout->addWidget(split, 1);
    clear();
}

void MapPane::setResources(const QList<core::Resource> &resources)
{
    m_resources = resources;
    if (m_scene.hasPoints()) {
        MapScene again = m_scene;
        again.nearby.clear();
        showScene(again);
    }
}

void MapPane::setTiles(const TileSource &tiles)
{
    m_view->setTiles(tiles);
}

void MapPane::showScene(MapScene scene)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (auto focus = scene.focus(now); focus && scene.nearby.isEmpty())
        scene.nearby = nearestResources(m_resources, *focus, alarmCategories(), 2, 50'000);
    m_scene = std::move(scene);
    m_where->setText(whereText());
    fillList();
    m_view->setScene(m_scene);
}

void MapPane::clear()
{
    m_scene = MapScene{};
    m_where->setText(tr("No person on the card."));
    m_list->clear();
}

QString MapPane::whereText() const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const MapFix *freshest = nullptr;
    for (const MapFix &f : m_scene.fixes) {
        if (f.at.isValid() && (!freshest || f.takenAt > freshest->takenAt))
            freshest = &f;
    }
    if (!freshest) {
        if (m_scene.home)
            return tr("No position from a terminal: help goes to the home (%1).").arg(m_scene.address);
        if (!m_scene.hasPoints())
            return tr("No known position for this person.");
        return tr("Position of the case.");
    }
    QStringList parts{core::label(freshest->source)};
    if (freshest->at.accuracyMeters > 0)
        parts.append(tr("±%1 m").arg(qRound(freshest->at.accuracyMeters)));
    if (freshest->takenAt.isValid())
        parts.append(core::agoText(freshest->takenAt, now));
    QString text = tr("Position: %1").arg(parts.join(QStringLiteral(" · ")));
    if (m_scene.home && m_scene.home->isValid()) {
        const double m = distanceMeters(freshest->at, *m_scene.home);
        text += m <= std::max(60.0, freshest->at.accuracyMeters) ? tr(", at home")
                                                                 : tr(", %1 from home").arg(distanceText(m));
    }
    return text;
}

int MapPane::nearbyCount() const
{
    return int(m_scene.nearby.size());
}

void MapPane::fillList()
{
    m_list->clear();
    for (const NearbyResource &n : std::as_const(m_scene.nearby)) {
        const auto phone = firstPhone(n.resource);
        auto *item = new QTreeWidgetItem(m_list, {core::label(n.resource.category), n.resource.name,
                                                  distanceText(n.meters),
                                                  phone ? phone->number.display() : QString()});
        item->setToolTip(1,
                         n.resource.address.detail.isEmpty() ? n.resource.name : n.resource.address.detail);
    }
    if (m_list->topLevelItemCount() == 0 && m_scene.hasPoints()) {
        auto *item =
            new QTreeWidgetItem(m_list, {QString(), tr("No resource with a known position nearby.")});
        item->setFlags(Qt::NoItemFlags);
    }
}

void MapPane::activate(int row)
{
    if (row < 0 || row >= m_scene.nearby.size())
        return;
    const core::Resource &r = m_scene.nearby[row].resource;
    if (const auto phone = firstPhone(r))
        Q_EMIT dialRequested(phone->number.dialString(), r.name);
}

} // namespace safelink::map
