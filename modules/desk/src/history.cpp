#include <safelink/core/enums.h>
#include <safelink/desk/history.h>
#include <safelink/desk/recordingplayer.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace safelink::desk {

namespace {

// Kind and free text together: a row shows when its kind matches and any column contains the text.
class HistoryFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(int kind, const QString &text)
    {
        m_kind = kind;
        m_text = text.trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QAbstractItemModel *m = sourceModel();
        if (m_kind >= 0 && m->index(row, 0, parent).data(SubjectHistoryModel::KindRole).toInt() != m_kind)
            return false;
        if (m_text.isEmpty())
            return true;
        for (int c = 0; c < m->columnCount(parent); ++c) {
            if (m->index(row, c, parent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    int m_kind = -1;
    QString m_text;
};

} // namespace

SubjectHistoryModel::SubjectHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SubjectHistoryModel::setHistory(const QList<core::CallRecord> &calls,
                                     const QList<core::CaseRecord> &cases,
                                     const QList<core::WorkOrder> &orders)
{
    beginResetModel();
    m_rows.clear();
    for (const core::CallRecord &c : calls) {
        QString what = core::label(c.direction);
        if (!c.remoteNumber.canonical().isEmpty())
            what += QLatin1Char(' ') + c.remoteNumber.display();
        const qint64 talk = c.talkSeconds();
        m_rows.append(
            {Kind::Call, c.startedAt, what,
             talk < 0 ? QString() : tr("talked %1:%2").arg(talk / 60).arg(talk % 60, 2, 10, QLatin1Char('0')),
             core::label(c.disposition)
                 + (c.recordingId.isEmpty() ? QString() : QStringLiteral(" · ") + tr("recorded")),
             c.recordingId});
    }
    for (const core::CaseRecord &c : cases)
        m_rows.append({Kind::Case, c.openedAt, QStringLiteral("%1 %2").arg(core::label(c.type), c.number),
                       c.summary, core::label(c.status), QString()});
    for (const core::WorkOrder &w : orders)
        m_rows.append({Kind::WorkOrder, w.createdAt, core::label(w.kind), w.description, core::label(w.state),
                       QString()});
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.at > b.at; });
    endResetModel();
}

int SubjectHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubjectHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubjectHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == KindRole)
        return int(r.kind);
    if (role == RecordingRole)
        return r.recordingId;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"));
    case What:
        return r.what;
    case Summary:
        return r.summary;
    case State:
        return r.state;
    }
    return {};
}

QVariant SubjectHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case What:
        return tr("What");
    case Summary:
        return tr("Summary");
    case State:
        return tr("State");
    }
    return {};
}

SubjectHistoryDialog::SubjectHistoryDialog(const QString &subjectName, SubjectHistoryModel *model,
                                           Fetcher fetch, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(subjectName));
    resize(900, 600);
    m_model->setParent(this);
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("historyKind"));
    m_kind->addItem(tr("Everything"), -1);
    m_kind->addItem(tr("Calls"), int(SubjectHistoryModel::Kind::Call));
    m_kind->addItem(tr("Cases"), int(SubjectHistoryModel::Kind::Case));
    m_kind->addItem(tr("Work orders"), int(SubjectHistoryModel::Kind::WorkOrder));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setPlaceholderText(tr("Filter: any word, e.g. 跌倒, 120, 回访"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(m_kind);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);
    auto *proxy = new HistoryFilter(this);
    m_proxy = proxy;
    proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(SubjectHistoryModel::Summary, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    m_view->setToolTip(tr("Enter plays a recorded call"));
    layout->addWidget(m_view, 1);
    m_recording = new HubRecordingPane(std::move(fetch), this);
    layout->addWidget(m_recording);
    auto refilter = [this] {
        setFilter(m_kind->currentData().toInt(), m_text->text());
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, refilter);
    connect(m_text, &QLineEdit::textChanged, this, refilter);
    connect(m_view, &QTableView::activated, this, &SubjectHistoryDialog::playSelected);
    m_view->setFocus();
    if (m_proxy->rowCount() > 0)
        m_view->selectRow(0);
}

void SubjectHistoryDialog::setFilter(int kind, const QString &text)
{
    static_cast<HistoryFilter *>(m_proxy)->set(kind, text);
}

int SubjectHistoryDialog::visibleRows() const
{
    return m_proxy->rowCount();
}

RecordingPlayer *SubjectHistoryDialog::player() const
{
    return m_recording->player();
}

void SubjectHistoryDialog::playSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const QString recording = current.siblingAtColumn(0).data(SubjectHistoryModel::RecordingRole).toString();
    if (recording.isEmpty()) {
        m_recording->say(tr("Only recorded calls can be played."));
        return;
    }
    m_recording->request(recording, current.siblingAtColumn(SubjectHistoryModel::What).data().toString());
}

void SubjectHistoryDialog::showRecording(const QString &recordingId, const QByteArray &wav)
{
    m_recording->deliver(recordingId, wav);
}

void SubjectHistoryDialog::showFetchError(const QString &recordingId, const QString &message)
{
    m_recording->fail(recordingId, message);
}

} // namespace safelink::desk
