#include <safelink/desk/seatboard.h>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace safelink::desk {

SeatBoardModel::SeatBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void SeatBoardModel::setBoard(const QList<protocol::SeatEntry> &seats)
{
    beginResetModel();
    m_seats = seats;
    endResetModel();
}

void SeatBoardModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_seats.isEmpty())
        Q_EMIT dataChanged(index(0, Activity), index(int(m_seats.size()) - 1, Duration));
}

int SeatBoardModel::count(core::SeatActivity activity) const
{
    return int(std::count_if(m_seats.cbegin(), m_seats.cend(),
                             [activity](const protocol::SeatEntry &e) { return e.activity == activity; }));
}

qint64 SeatBoardModel::secondsIn(const protocol::SeatEntry &e) const
{
    return e.since.isValid() ? std::max<qint64>(0, e.since.secsTo(m_now)) : 0;
}

bool SeatBoardModel::needsAttention(int row) const
{
    if (row < 0 || row >= m_seats.size())
        return false;
    const protocol::SeatEntry &e = m_seats[row];
    if (!e.phoneRegistered)
        return true;
    const qint64 s = secondsIn(e);
    return (e.activity == core::SeatActivity::Break && s > kLongBreakSecs)
           || (e.activity == core::SeatActivity::WrapUp && s > kLongWrapUpSecs);
}

int SeatBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_seats.size());
}

int SeatBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SeatBoardModel::durationText(qint64 secs)
{
    const qint64 h = secs / 3600;
    const qint64 m = (secs % 3600) / 60;
    const qint64 s = secs % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QVariant SeatBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_seats.size())
        return {};
    const protocol::SeatEntry &e = m_seats[index.row()];
    const qint64 secs = secondsIn(e);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Seat:
            return e.seat;
        case Agent:
            return e.displayName.isEmpty() ? e.login : QStringLiteral("%1（%2）").arg(e.displayName, e.login);
        case Activity:
            return e.reason.isEmpty() ? core::label(e.activity)
                                      : QStringLiteral("%1（%2）").arg(core::label(e.activity), e.reason);
        case Duration:
            return durationText(secs);
        case Phone:
            return e.phoneRegistered ? tr("registered") : tr("not registered");
        }
    }
    if (role == Qt::UserRole) { // sorting: durations as numbers, states in their order
        if (index.column() == Duration)
            return secs;
        if (index.column() == Activity)
            return int(e.activity);
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Phone && !e.phoneRegistered)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Activity) {
            switch (e.activity) {
            case core::SeatActivity::Ready:
                return QBrush(QColor(0x2e, 0x7d, 0x32));
            case core::SeatActivity::Busy:
                return QBrush(QColor(0x15, 0x65, 0xc0));
            case core::SeatActivity::WrapUp:
            case core::SeatActivity::Break:
                return QBrush(QColor(0xb2, 0x6a, 0x00));
            case core::SeatActivity::Away:
                return QBrush(QColor(0x61, 0x61, 0x61));
            }
        }
    }
    if (role == Qt::BackgroundRole && needsAttention(index.row()))
        return QBrush(QColor(0xff, 0xf3, 0xe0));
    if (role == Qt::FontRole && index.column() == Activity && needsAttention(index.row())) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && needsAttention(index.row())) {
        if (!e.phoneRegistered)
            return tr("The seat's phone is not registered: it cannot take calls.");
        return e.activity == core::SeatActivity::Break
                   ? tr("A break longer than %n minute(s).", nullptr, int(kLongBreakSecs / 60))
                   : tr("Wrap-up longer than %n minute(s).", nullptr, int(kLongWrapUpSecs / 60));
    }
    return {};
}

QVariant SeatBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seat:
        return tr("Seat");
    case Agent:
        return tr("Agent");
    case Activity:
        return tr("State");
    case Duration:
        return tr("For");
    case Phone:
        return tr("Phone");
    }
    return {};
}

SeatBoardWindow::SeatBoardWindow(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Seat board"));
    setObjectName(QStringLiteral("seatBoard"));
    m_model = new SeatBoardModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: bold; padding: 4px;"));
    layout->addWidget(m_summary);
    m_table = new QTableView(this);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SeatBoardModel::Seat, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SeatBoardModel::Agent, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SeatBoardModel::Activity, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_table, 1);
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, [this] {
        m_model->setNow(QDateTime::currentDateTimeUtc());
        refreshSummary();
    });
    tick->start(1000);
    resize(720, 420);
    refreshSummary();
}

void SeatBoardWindow::setBoard(const QList<protocol::SeatEntry> &seats)
{
    m_model->setNow(QDateTime::currentDateTimeUtc());
    m_model->setBoard(seats);
    refreshSummary();
}

QString SeatBoardWindow::summaryText() const
{
    QStringList parts;
    for (auto a : {core::SeatActivity::Ready, core::SeatActivity::Busy, core::SeatActivity::WrapUp,
                   core::SeatActivity::Break, core::SeatActivity::Away})
        parts.append(QStringLiteral("%1 %2").arg(core::label(a)).arg(m_model->count(a)));
    int attention = 0;
    for (int i = 0; i < m_model->rowCount(); ++i)
        attention += m_model->needsAttention(i) ? 1 : 0;
    parts.append(tr("needing attention %1").arg(attention));
    return parts.join(QStringLiteral(" · "));
}

void SeatBoardWindow::refreshSummary()
{
    m_summary->setText(summaryText());
}

} // namespace safelink::desk
