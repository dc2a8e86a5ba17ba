#include <safelink/desk/alarmqueue.h>

#include <safelink/core/enums.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>
#include <safelink/sync/syncclient.h>

#include <QBrush>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSoundEffect>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace safelink::desk {

// ---- model ----------------------------------------------------------------------------------------

AlarmQueueModel::AlarmQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
}

void AlarmQueueModel::setItems(QList<QueueItem> items)
{
    // Most urgent first; within a priority, rows nobody has come first, then the longest waiting.
    std::stable_sort(items.begin(), items.end(), [](const QueueItem &a, const QueueItem &b) {
        if (a.priority != b.priority)
            return a.priority < b.priority;
        if (a.needsPickUp != b.needsPickUp)
            return a.needsPickUp;
        return a.since < b.since;
    });
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void AlarmQueueModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Waiting), index(int(m_items.size()) - 1, Waiting));
}

const QueueItem *AlarmQueueModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int AlarmQueueModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].id == id)
            return i;
    }
    return -1;
}

int AlarmQueueModel::waitingCount() const
{
    return int(
        std::count_if(m_items.cbegin(), m_items.cend(), [](const QueueItem &i) { return i.needsPickUp; }));
}

qint64 AlarmQueueModel::longestWait() const
{
    qint64 longest = 0;
    for (const QueueItem &i : m_items) {
        if (i.needsPickUp)
            longest = std::max(longest, waited(i));
    }
    return longest;
}

qint64 AlarmQueueModel::waited(const QueueItem &item) const
{
    return item.since.isValid() ? std::max<qint64>(0, item.since.secsTo(m_now)) : 0;
}

QString AlarmQueueModel::waitText(qint64 secs)
{
    if (secs >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(secs / 3600)
            .arg((secs / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(secs % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

int AlarmQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AlarmQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmQueueModel::data(const QModelIndex &index, int role) const
{
    const QueueItem *it = index.isValid() ? item(index.row()) : nullptr;
    if (!it)
        return {};
    const qint64 secs = waited(*it);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Priority:
            return QStringLiteral("P%1").arg(it->priority);
        case What:
            return it->what;
        case Who:
            return it->who;
        case Waiting:
            return waitText(secs);
        case Handler:
            if (it->held)
                return tr("On hold");
            if (it->escalated && it->needsPickUp)
                return tr("Escalated");
            return it->handler.isEmpty() ? (it->needsPickUp ? tr("Nobody yet") : QString()) : it->handler;
        case Detail:
            return it->detail.section(QLatin1Char('\n'), 0, 0);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return it->detail;
    if (role == Qt::ToolTipRole && index.column() == Waiting)
        return tr("Target: picked up within %1 seconds").arg(kTargetSecs);
    if (role == Qt::UserRole)
        return it->id;
    if (role == Qt::FontRole && it->needsPickUp) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Waiting && it->needsPickUp) {
            if (secs > kLateSecs)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            if (secs > kTargetSecs)
                return QBrush(QColor(0xb3, 0x5c, 0x00));
        }
        if (index.column() == Priority && it->priority <= 1)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (it->held)
            return QBrush(QColor(0x70, 0x70, 0x70));
    }
    if (role == Qt::BackgroundRole && it->needsPickUp && it->priority <= 1)
        return QBrush(QColor(0xff, 0xe8, 0xe8));
    if (role == Qt::BackgroundRole && it->escalated && it->needsPickUp)
        return QBrush(QColor(0xff, 0xf0, 0xd0));
    return {};
}

QVariant AlarmQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Priority:
        return tr("Priority");
    case What:
        return tr("What");
    case Who:
        return tr("Who");
    case Waiting:
        return tr("Waiting");
    case Handler:
        return tr("Handled by");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

// ---- controller -----------------------------------------------------------------------------------

AlarmQueue::AlarmQueue(store::Database *replica, sync::SyncClient *sync, Identity me, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_sync(sync)
    , m_me(std::move(me))
    , m_model(new AlarmQueueModel(this))
{
    if (m_sync) {
        connect(m_sync, &sync::SyncClient::callQueueChanged, this, &AlarmQueue::setCalls);
        connect(m_sync, &sync::SyncClient::writeRejected, this,
                [this](const QString &key, const Error &error, const QCborMap &) {
                    if (!m_pendingWrites.contains(key))
                        return;
                    m_pendingWrites.remove(key);
                    Q_EMIT actionRefused(
                        error.code == ErrorCode::Conflict
                            ? tr("Someone else changed this alarm first: %1").arg(error.message)
                            : error.message);
                    reload();
                });
        connect(m_sync, &sync::SyncClient::writeAccepted, this,
                [this](const QString &key, qint64, qint64) { m_pendingWrites.remove(key); });
        m_calls = m_sync->callQueue();
    }
    reload();
}

void AlarmQueue::reload()
{
    m_alarms.clear();
    m_callbacks.clear();
    if (m_replica) {
        m_alarms = store::AlarmRepository(*m_replica).active().valueOr({});
        store::WorkOrderRepository orders(*m_replica);
        for (core::WorkOrderState s : {core::WorkOrderState::Created, core::WorkOrderState::Assigned,
                                       core::WorkOrderState::Accepted, core::WorkOrderState::InProgress}) {
            for (const core::WorkOrder &w : orders.withState(s).valueOr({})) {
                if (w.kind == core::WorkOrderKind::Callback)
                    m_callbacks.append(w);
            }
        }
        store::SubjectRepository subjects(*m_replica);
        auto name = [&](const QString &id) {
            if (id.isEmpty() || m_names.contains(id))
                return;
            if (auto s = subjects.get(id)) {
                m_names.insert(id, s->name);
                if (!s->phones.isEmpty())
                    m_phones.insert(id, s->phones.first().number.canonical());
            }
        };
        store::DeviceRepository devices(*m_replica);
        for (const core::Alarm &a : std::as_const(m_alarms)) {
            name(a.subjectId);
            // Who to call about an alarm that came without a voice call: the wearable's own SIM
            // first (it answers by itself), else the person's phone.
            if (!a.deviceId.isEmpty() && !m_phones.contains(a.deviceId)) {
                if (auto d = devices.get(a.deviceId); d && !d->simNumber.canonical().isEmpty())
                    m_phones.insert(a.deviceId, d->simNumber.canonical());
            }
        }
        for (const core::WorkOrder &w : std::as_const(m_callbacks))
            name(w.subjectId);
    }
    rebuild();
}

void AlarmQueue::setCalls(const QList<protocol::QueuedCall> &calls)
{
    m_calls = calls;
    rebuild();
}

void AlarmQueue::rebuild()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QueueItem> items;
    for (const core::Alarm &a : std::as_const(m_alarms)) {
        QueueItem i;
        i.kind = QueueItem::Kind::Alarm;
        i.id = a.meta.id;
        i.priority = a.priority;
        i.what = core::label(a.category);
        i.subjectId = a.subjectId;
        i.who = m_names.value(a.subjectId);
        if (i.who.isEmpty())
            i.who = a.deviceId.isEmpty() ? tr("Unknown terminal") : tr("Terminal %1").arg(a.deviceId.left(8));
        QStringList parts;
        if (a.state == core::AlarmState::Held)
            parts << tr("On hold: %1").arg(a.holdReason);
        if (a.battery >= 0)
            parts << tr("Battery %1%").arg(a.battery);
        if (a.position)
            parts << tr("Position %1 (%2)")
                         .arg(core::label(a.positionSource), core::agoText(a.positionAt, now));
        if (!a.detail.isEmpty())
            parts << a.detail;
        i.detail = parts.join(QStringLiteral(" · "));
        i.since = a.raisedAt;
        i.phone = m_phones.value(a.deviceId, m_phones.value(a.subjectId));
        i.handler = a.takenByName;
        i.needsPickUp = a.state == core::AlarmState::Open;
        i.held = a.state == core::AlarmState::Held;
        i.escalated = a.escalatedAt.isValid();
        i.alarm = a;
        items.append(i);
    }
    for (const protocol::QueuedCall &c : std::as_const(m_calls)) {
        QueueItem i;
        i.kind = QueueItem::Kind::Call;
        i.id = c.callId;
        i.priority = c.callerClass == QLatin1String("terminal")
                         ? 1
                         : (c.callerClass == QLatin1String("subject") ? 2 : 3);
        i.what = c.ringingAt.isEmpty() ? tr("Call waiting") : tr("Call ringing");
        i.who = c.subjectName.isEmpty() ? c.caller : tr("%1 (%2)").arg(c.subjectName, c.caller);
        i.subjectId = c.subjectId;
        i.phone = c.caller;
        i.detail =
            c.languages.isEmpty() ? QString() : tr("Speaks %1").arg(c.languages.join(QStringLiteral("、")));
        i.since = c.since;
        i.handler = c.ringingAt.isEmpty() ? QString() : tr("Ringing at %1").arg(c.ringingAt);
        i.needsPickUp = c.ringingAt.isEmpty();
        items.append(i);
    }
    for (const core::WorkOrder &w : std::as_const(m_callbacks)) {
        QueueItem i;
        i.kind = QueueItem::Kind::Callback;
        i.id = w.meta.id;
        i.overdue = w.isOverdue(now);
        i.priority = i.overdue ? 3 : 4;
        i.what = i.overdue ? tr("Callback overdue") : tr("Callback");
        i.subjectId = w.subjectId;
        i.phone = w.phone;
        i.who = m_names.value(w.subjectId, w.phone);
        if (!w.subjectId.isEmpty() && !w.phone.isEmpty())
            i.who += QStringLiteral(" (%1)").arg(w.phone);
        i.detail = w.description;
        i.since = w.createdAt;
        i.handler = w.assignee;
        items.append(i);
    }
    m_model->setItems(items);
    m_model->setNow(now);
    Q_EMIT changed();
}

int AlarmQueue::repeatSeconds(int priority)
{
    switch (priority) {
    case 1:
        return 2;
    case 2:
        return 3;
    case 3:
        return 5;
    case 4:
        return 10;
    default:
        return 30;
    }
}

void AlarmQueue::tick(const QDateTime &now)
{
    m_model->setNow(now);
    int loudest = 0;
    for (const QueueItem &i : m_model->items()) {
        int p = 0;
        if (i.needsPickUp)
            p = i.priority;
        // A supervisor hears what nobody took in time as an emergency of its own.
        if (m_me.supervisor && i.escalated && i.needsPickUp) {
            p = 1;
            if (!m_escalatedSeen.contains(i.id)) {
                m_escalatedSeen.insert(i.id);
                Q_EMIT escalated(i.id);
            }
        }
        if (p > 0 && (loudest == 0 || p < loudest))
            loudest = p;
    }
    if (loudest == 0) {
        m_lastAlertPriority = 0;
        return;
    }
    if (loudest != m_lastAlertPriority || !m_lastAlert.isValid()
        || m_lastAlert.secsTo(now) >= repeatSeconds(loudest)) {
        m_lastAlert = now;
        m_lastAlertPriority = loudest;
        Q_EMIT alert(loudest);
    }
}

std::optional<core::Alarm> AlarmQueue::alarm(const QString &id) const
{
    for (const core::Alarm &a : m_alarms) {
        if (a.meta.id == id)
            return a;
    }
    return std::nullopt;
}

Status AlarmQueue::writeAlarm(const core::Alarm &a, qint64 basedOn)
{
    if (!m_sync)
        return makeError(ErrorCode::Unsupported, tr("This desk is not connected to a hub."));
    auto key = m_sync->write(protocol::WriteRequest::put(core::RecordKind::Alarm, a.toCbor(), basedOn));
    if (!key)
        return key.error();
    m_pendingWrites.insert(*key, a.meta.id);
    // Shown at once; the hub's answer (or a refusal) follows.
    for (core::Alarm &mine : m_alarms) {
        if (mine.meta.id == a.meta.id)
            mine = a;
    }
    m_alarms.erase(
        std::remove_if(m_alarms.begin(), m_alarms.end(), [](const core::Alarm &x) { return !x.isActive(); }),
        m_alarms.end());
    rebuild();
    return {};
}

Status AlarmQueue::take(const QString &alarmId)
{
    auto a = alarm(alarmId);
    if (!a)
        return makeError(ErrorCode::NotFound, tr("The alarm is no longer in the queue."));
    const qint64 basedOn = a->meta.version;
    if (Status s = a->take(m_me.accountId, m_me.name, QDateTime::currentDateTimeUtc()); !s)
        return s;
    return writeAlarm(*a, basedOn);
}

Status AlarmQueue::hold(const QString &alarmId, const QString &reason, int priority)
{
    auto a = alarm(alarmId);
    if (!a)
        return makeError(ErrorCode::NotFound, tr("The alarm is no longer in the queue."));
    const qint64 basedOn = a->meta.version;
    if (Status s = a->hold(reason, priority, QDateTime::currentDateTimeUtc()); !s)
        return s;
    return writeAlarm(*a, basedOn);
}

Status AlarmQueue::close(const QString &alarmId, const QString &outcome)
{
    auto a = alarm(alarmId);
    if (!a)
        return makeError(ErrorCode::NotFound, tr("The alarm is no longer in the queue."));
    const qint64 basedOn = a->meta.version;
    if (Status s = a->close(m_me.accountId, outcome, QDateTime::currentDateTimeUtc()); !s)
        return s;
    return writeAlarm(*a, basedOn);
}

Status AlarmQueue::completeCallback(const QString &workOrderId, const QString &note)
{
    if (!m_sync)
        return makeError(ErrorCode::Unsupported, tr("This desk is not connected to a hub."));
    auto it = std::find_if(m_callbacks.begin(), m_callbacks.end(),
                           [&](const core::WorkOrder &w) { return w.meta.id == workOrderId; });
    if (it == m_callbacks.end())
        return makeError(ErrorCode::NotFound, tr("The callback is no longer open."));
    core::WorkOrder w = *it;
    const qint64 basedOn = w.meta.version;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (w.assignee.isEmpty())
        w.assignee = m_me.accountId;
    // Straight through the states a callback passes when the agent has just made it.
    for (core::WorkOrderState s : {core::WorkOrderState::Assigned, core::WorkOrderState::Accepted,
                                   core::WorkOrderState::InProgress, core::WorkOrderState::Completed}) {
        if (w.state == s || !core::WorkOrder::canTransition(w.state, s))
            continue;
        if (Status st =
                w.transition(s, now, m_me.accountId, s == core::WorkOrderState::Completed ? note : QString());
            !st)
            return st;
    }
    w.completedAt = now;
    auto key = m_sync->write(protocol::WriteRequest::put(core::RecordKind::WorkOrder, w.toCbor(), basedOn));
    if (!key)
        return key.error();
    m_pendingWrites.insert(*key, w.meta.id);
    m_callbacks.erase(it);
    rebuild();
    return {};
}

// ---- panel ----------------------------------------------------------------------------------------

namespace {
// Reason and lower priority for putting an alarm on hold.
class HoldDialog : public QDialog {
    Q_DECLARE_TR_FUNCTIONS(safelink::desk::HoldDialog)

public:
    HoldDialog(int priority, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(tr("Put the alarm on hold"));
        auto *form = new QFormLayout(this);
        m_reason = new QLineEdit(this);
        m_reason->setPlaceholderText(tr("Why it can wait (e.g. the family is on the way)"));
        form->addRow(tr("&Reason"), m_reason);
        m_priority = new QComboBox(this);
        for (int p = priority; p <= core::Alarm::kLowest; ++p)
            m_priority->addItem(QStringLiteral("P%1").arg(p), p);
        m_priority->setCurrentIndex(m_priority->count() > 1 ? 1 : 0);
        form->addRow(tr("&Priority while held"), m_priority);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        form->addRow(buttons);
    }
    QString reason() const { return m_reason->text(); }
    int priority() const { return m_priority->currentData().toInt(); }

private:
    QLineEdit *m_reason;
    QComboBox *m_priority;
};

// A button with its key working anywhere on the desk (the agent may be typing in the case form when
// the next alarm comes in), shown in its tooltip.
QPushButton *actionButton(const QString &text, const QKeySequence &key, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    auto *shortcut = new QShortcut(key, parent);
    shortcut->setContext(Qt::ApplicationShortcut);
    QObject::connect(shortcut, &QShortcut::activated, b, &QPushButton::click);
    b->setToolTip(
        QStringLiteral("%1 (%2)").arg(text.section(QLatin1Char('('), 0, 0).remove(QLatin1Char('&')).trimmed(),
                                      key.toString(QKeySequence::NativeText)));
    return b;
}
} // namespace

AlarmQueuePanel::AlarmQueuePanel(AlarmQueue &queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("alarmSummary"));
    top->addWidget(m_summary, 1);
    m_take = actionButton(tr("&Take"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J), this);
    m_hold = actionButton(tr("&Hold"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), this);
    m_close = actionButton(tr("&Done"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this);
    m_callBack = actionButton(tr("&Call back"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), this);
    for (QPushButton *b : {m_take, m_hold, m_close, m_callBack})
        top->addWidget(b);
    layout->addLayout(top);
    m_table = new QTableView(this);
    m_table->setModel(&m_queue.model());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setColumnWidth(AlarmQueueModel::Priority, 48);
    m_table->setColumnWidth(AlarmQueueModel::What, 110);
    m_table->setColumnWidth(AlarmQueueModel::Who, 190);
    m_table->setColumnWidth(AlarmQueueModel::Waiting, 70);
    m_table->setColumnWidth(AlarmQueueModel::Handler, 110);
    layout->addWidget(m_table);
    // Ctrl+Shift+Q: into the queue from anywhere on the desk.
    auto *focus = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q), this);
    focus->setContext(Qt::ApplicationShortcut);
    connect(focus, &QShortcut::activated, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_queue.model().rowCount() > 0)
            m_table->selectRow(0);
    });

    connect(m_take, &QPushButton::clicked, this, &AlarmQueuePanel::takeCurrent);
    connect(m_hold, &QPushButton::clicked, this, &AlarmQueuePanel::holdCurrent);
    connect(m_close, &QPushButton::clicked, this, &AlarmQueuePanel::closeCurrent);
    connect(m_callBack, &QPushButton::clicked, this, &AlarmQueuePanel::callBackCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &AlarmQueuePanel::takeCurrent);
    connect(&m_queue, &AlarmQueue::changed, this, &AlarmQueuePanel::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &AlarmQueuePanel::refresh);
    connect(&m_queue, &AlarmQueue::alert, this, &AlarmQueuePanel::play);

    m_clock = new QTimer(this);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_queue.tick(QDateTime::currentDateTimeUtc());
        m_summary->setText(summaryText());
    });
    m_clock->start();
    refresh();
}

QString AlarmQueuePanel::summaryText() const
{
    const AlarmQueueModel &m = m_queue.model();
    const int waiting = m.waitingCount();
    if (m.rowCount() == 0)
        return tr("Alarm queue: nothing waiting");
    if (waiting == 0)
        return tr("Alarm queue: %n in hand, nobody waiting", nullptr, m.rowCount());
    return tr("Alarm queue: %n waiting · longest %1 (target %2 s)", nullptr, waiting)
        .arg(AlarmQueueModel::waitText(m.longestWait()))
        .arg(AlarmQueueModel::kTargetSecs);
}

const QueueItem *AlarmQueuePanel::current() const
{
    const QModelIndex i = m_table->currentIndex();
    if (i.isValid())
        return m_queue.model().item(i.row());
    return m_queue.model().item(0);
}

void AlarmQueuePanel::refresh()
{
    const QueueItem *it = current();
    const bool alarm = it && it->kind == QueueItem::Kind::Alarm;
    m_take->setEnabled(alarm && it->alarm && it->alarm->state != core::AlarmState::Taken);
    m_hold->setEnabled(alarm && it->alarm && it->alarm->state != core::AlarmState::Held);
    m_close->setEnabled(alarm || (it && it->kind == QueueItem::Kind::Callback));
    m_callBack->setEnabled(it && !it->phone.isEmpty() && it->kind != QueueItem::Kind::Call);
    m_summary->setText(summaryText());
}

void AlarmQueuePanel::takeCurrent()
{
    const QueueItem *it = current();
    if (!it || it->kind != QueueItem::Kind::Alarm)
        return;
    const QueueItem item = *it;
    if (Status s = m_queue.take(item.id); !s) {
        Q_EMIT m_queue.actionRefused(s.error().message);
        return;
    }
    Q_EMIT takeRequested(item);
}

void AlarmQueuePanel::holdCurrent()
{
    const QueueItem *it = current();
    if (!it || it->kind != QueueItem::Kind::Alarm)
        return;
    const QString id = it->id;
    HoldDialog dialog(it->priority, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_queue.hold(id, dialog.reason(), dialog.priority()); !s)
        Q_EMIT m_queue.actionRefused(s.error().message);
}

void AlarmQueuePanel::closeCurrent()
{
    const QueueItem *it = current();
    if (!it)
        return;
    const QueueItem item = *it;
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, item.kind == QueueItem::Kind::Callback ? tr("Callback done") : tr("Alarm done"),
        item.kind == QueueItem::Kind::Callback ? tr("What came of the callback:") : tr("What was done:"),
        QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Status s = item.kind == QueueItem::Kind::Callback ? m_queue.completeCallback(item.id, text)
                                                            : m_queue.close(item.id, text);
    if (!s)
        Q_EMIT m_queue.actionRefused(s.error().message);
}

void AlarmQueuePanel::callBackCurrent()
{
    const QueueItem *it = current();
    if (it && !it->phone.isEmpty())
        Q_EMIT callBackRequested(*it);
}

void AlarmQueuePanel::play(int priority)
{
    m_lastSound = priority;
    if (!m_sound)
        return;
    // Made on first use: a desk that never alarms never opens the sound device for it.
    QSoundEffect *&effect = m_sounds[priority];
    if (!effect) {
        effect = new QSoundEffect(this);
        effect->setSource(QUrl(QStringLiteral("qrc:/safelink/sounds/alarm-p%1.wav").arg(priority)));
    }
    effect->play();
}

} // namespace safelink::desk
