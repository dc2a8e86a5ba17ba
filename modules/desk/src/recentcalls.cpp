#include <safelink/desk/recentcalls.h>
#include <safelink/desk/recordingplayer.h>

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace safelink::desk {

RecentCallsModel::RecentCallsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RecentCallsModel::setCalls(QList<core::CallRecord> calls)
{
    beginResetModel();
    m_calls = std::move(calls);
    endResetModel();
}

int RecentCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_calls.size());
}

int RecentCallsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentCallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CallRecord &c = m_calls.at(index.row());
    if (role == Qt::UserRole)
        return c.recordingId;
    if (role == Qt::TextAlignmentRole && index.column() == TalkTime)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(c.startedAt.toLocalTime(), QStringLiteral("MM-dd HH:mm:ss"));
    case Direction:
        return core::label(c.direction);
    case Number:
        return c.remoteNumber.canonical().isEmpty() ? tr("(unknown)") : c.remoteNumber.display();
    case Disposition:
        return core::label(c.disposition);
    case TalkTime: {
        const qint64 s = c.talkSeconds();
        return s < 0 ? QString() : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    case Recording:
        return c.recordingId.isEmpty() ? QString() : tr("Recorded");
    }
    return {};
}

QVariant RecentCallsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Direction:
        return tr("Direction");
    case Number:
        return tr("Number");
    case Disposition:
        return tr("Outcome");
    case TalkTime:
        return tr("Talk time");
    case Recording:
        return tr("Recording");
    }
    return {};
}

RecentCallsDialog::RecentCallsDialog(QList<core::CallRecord> calls, Fetcher fetch, QWidget *parent)
    : QDialog(parent)
    , m_model(new RecentCallsModel(this))
{
    setWindowTitle(tr("Recent calls"));
    setObjectName(QStringLiteral("recentCallsDialog"));
    resize(820, 560);
    m_model->setCalls(std::move(calls));
    auto *layout = new QVBoxLayout(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("recentCallsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setToolTip(tr("Enter plays the selected call's recording"));
    layout->addWidget(m_view, 1);
    m_recording = new HubRecordingPane(std::move(fetch), this);
    m_recording->status()->setObjectName(QStringLiteral("recentCallsStatus"));
    layout->addWidget(m_recording);
    connect(m_view, &QTableView::activated, this, [this] { playSelected(); });
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    m_view->setFocus();
}

RecordingPlayer *RecentCallsDialog::player() const
{
    return m_recording->player();
}

void RecentCallsDialog::playSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const core::CallRecord &c = m_model->callAt(current.row());
    if (c.recordingId.isEmpty()) {
        m_recording->say(tr("This call has no recording."));
        return;
    }
    m_recording->request(c.recordingId, QStringLiteral("%1  %2  %3")
                                            .arg(QLocale().toString(c.startedAt.toLocalTime(),
                                                                    QStringLiteral("yyyy-MM-dd HH:mm")),
                                                 core::label(c.direction), c.remoteNumber.display()));
}

void RecentCallsDialog::showRecording(const QString &recordingId, const QByteArray &wav)
{
    m_recording->deliver(recordingId, wav);
}

void RecentCallsDialog::showFetchError(const QString &recordingId, const QString &message)
{
    m_recording->fail(recordingId, message);
}

} // namespace safelink::desk
