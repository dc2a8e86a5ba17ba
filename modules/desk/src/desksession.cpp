#include <safelink/core/logging.h>
#include <safelink/desk/alarmqueue.h>
#include <safelink/desk/blocklist.h>
#include <safelink/desk/callbar.h>
#include <safelink/desk/callcontroller.h>
#include <safelink/desk/caseform.h>
#include <safelink/desk/caseformwidget.h>
#include <safelink/desk/desksession.h>
#include <safelink/desk/history.h>
#include <safelink/desk/knowledge.h>
#include <safelink/desk/mainwindow.h>
#include <safelink/desk/seatboard.h>
#include <safelink/desk/seatstate.h>
#include <safelink/desk/subjectcard.h>
#include <safelink/map/mappane.h>
#include <safelink/map/mapview.h>
#include <safelink/protocol/sync.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>
#include <safelink/sync/syncclient.h>
#include <safelink/telephony/phone.h>

#include <QAction>
#include <QApplication>
#include <QCborMap>
#include <QCborValue>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QMenu>
#include <QTabWidget>
#include <QTimer>

namespace safelink::desk {

Q_LOGGING_CATEGORY(lcSession, "safelink.desk")

DeskSession::DeskSession(MainWindow &window, telephony::Phone &phone, store::Database *replica,
                         sync::SyncClient *sync, Config config, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_replica(replica)
    , m_sync(sync)
    , m_config(std::move(config))
{
    if (m_replica)
        m_pop = std::make_unique<ScreenPop>(*m_replica, m_config.areaCode);
    m_calls = new CallController(phone, this);
    m_bar = new CallBar(*m_calls);
    m_card = new SubjectCard;
    if (m_replica) {
        m_card->setSearch([this](const QString &text) {
            auto found = store::SubjectRepository(*m_replica).search(text, 30);
            if (!found) {
                qCWarning(lcSession) << "search failed:" << found.error().toString();
                m_window.showWarning(tr("The search failed: %1").arg(found.error().message));
                return QList<core::Subject>{};
            }
            return *found;
        });
    }
    m_form = new CaseForm(m_sync && !m_sync->accountId().isEmpty() ? m_sync->accountId() : m_config.accountId,
                          this);
    if (m_sync)
        connect(m_sync, &sync::SyncClient::signedIn, m_form, &CaseForm::setAccount);
    m_formWidget = new CaseFormWidget(*m_form);
    // The right side: the map (an alarm's "where") and the knowledge base (a question's "what").
    m_map = new map::MapPane;
    m_kb = new KnowledgePanel(m_replica, m_sync);
    m_side = new QTabWidget;
    m_side->setObjectName(QStringLiteral("sidePanes"));
    m_side->addTab(m_map, tr("Map"));
    m_side->addTab(m_kb, tr("Knowledge base"));
    m_side->setTabToolTip(0, tr("Where the person is and the nearest help (Ctrl+M)"));
    m_side->setTabToolTip(1, tr("Policies, procedures and scripts (Ctrl+K searches)"));
    m_window.setWorkArea(m_bar, {m_card, m_formWidget, m_side});
    connect(m_kb, &KnowledgePanel::attachRequested, this, [this](const QString &id, const QString &title) {
        m_form->attachArticle(id, title);
        m_window.showStatusMessage(tr("\"%1\" is attached to the case.").arg(title));
    });
    connect(m_form, &CaseForm::changed, m_kb, [this] { m_kb->setCaseOpen(m_form->isOpen()); });
    connect(m_map, &map::MapPane::dialRequested, m_calls,
            [this](const QString &number, const QString &) { m_calls->dial(number); });
    loadResources();
    if (m_sync) {
        m_map->setTiles(map::TileSource::parse(m_sync->mapTiles()));
        connect(m_sync, &sync::SyncClient::mapTilesChanged, m_map,
                [this](const QString &tiles) { m_map->setTiles(map::TileSource::parse(tiles)); });
        auto *reload = new QTimer(this);
        reload->setSingleShot(true);
        reload->setInterval(500);
        connect(reload, &QTimer::timeout, this, &DeskSession::loadResources);
        connect(m_sync, &sync::SyncClient::changeApplied, reload, [reload](const protocol::Change &c) {
            if (c.kind == core::RecordKind::Resource)
                reload->start();
        });
        connect(m_sync, &sync::SyncClient::snapshotApplied, reload, qOverload<>(&QTimer::start));
        // The card (and the map) follow what changes about the person while it is shown: the
        // case numbered by the hub, a terminal's new fix, a colleague's note.
        m_refresh = new QTimer(this);
        m_refresh->setSingleShot(true);
        m_refresh->setInterval(300);
        connect(m_refresh, &QTimer::timeout, this, &DeskSession::refreshCard);
        connect(m_sync, &sync::SyncClient::changeApplied, this, &DeskSession::onChange);
        // The knowledge base follows the hub; supervisors and administrators edit it.
        auto *kbReload = new QTimer(this);
        kbReload->setSingleShot(true);
        kbReload->setInterval(300);
        connect(kbReload, &QTimer::timeout, m_kb, &KnowledgePanel::reload);
        connect(m_sync, &sync::SyncClient::changeApplied, kbReload, [kbReload](const protocol::Change &c) {
            if (c.kind == core::RecordKind::KbArticle || c.kind == core::RecordKind::KbFolder)
                kbReload->start();
        });
        connect(m_sync, &sync::SyncClient::snapshotApplied, kbReload, qOverload<>(&QTimer::start));
        auto editor = [this] {
            m_kb->setEditor(m_sync->hasRole(core::Role::Supervisor) || m_sync->hasRole(core::Role::Admin));
        };
        editor();
        connect(m_sync, &sync::SyncClient::signedIn, m_kb, editor);
    }
    setupAlarmQueue();
    if (m_config.warmUpMap)
        QTimer::singleShot(1500, m_map, [this] { m_map->view().warmUp(); });
    connect(m_formWidget, &CaseFormWidget::saveRequested, this, &DeskSession::saveCase);

    QMenu *menu = m_window.workMenu();
    QAction *alarm = menu->addAction(tr("New &alarm case"));
    alarm->setObjectName(QStringLiteral("caseNewAlarm"));
    alarm->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    alarm->setShortcutContext(Qt::ApplicationShortcut);
    alarm->setToolTip(tr("An emergency case for the caller, with caller, time and place filled in (%1)")
                          .arg(alarm->shortcut().toString(QKeySequence::NativeText)));
    connect(alarm, &QAction::triggered, this, [this] { openCase(core::CaseType::Emergency); });
    QAction *other = menu->addAction(tr("New &other case"));
    other->setObjectName(QStringLiteral("caseNewOther"));
    other->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    other->setShortcutContext(Qt::ApplicationShortcut);
    other->setToolTip(tr("A question, complaint, service request or device fault (%1)")
                          .arg(other->shortcut().toString(QKeySequence::NativeText)));
    connect(other, &QAction::triggered, this, [this] { openCase(core::CaseType::Consultation); });
    menu->addSeparator();
    QAction *kb = menu->addAction(tr("Search the &knowledge base"));
    kb->setObjectName(QStringLiteral("kbFocus"));
    kb->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    kb->setShortcutContext(Qt::ApplicationShortcut);
    kb->setToolTip(
        tr("Policies, procedures and scripts (%1)").arg(kb->shortcut().toString(QKeySequence::NativeText)));
    connect(kb, &QAction::triggered, this, [this] {
        m_window.showWork();
        m_side->setCurrentWidget(m_kb);
        m_kb->focusSearch(); // asked for by the agent
    });
    // Text fields take Ctrl+K for themselves (delete to the end of the line): the knowledge base's
    // key must work from the case form too.
    qApp->installEventFilter(this);
    QAction *mapAction = menu->addAction(tr("Show the &map"));
    mapAction->setObjectName(QStringLiteral("mapShow"));
    mapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    mapAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(mapAction, &QAction::triggered, this, [this] {
        m_window.showWork();
        m_side->setCurrentWidget(m_map);
    });
    QAction *history = menu->addAction(tr("&History of the person…"));
    history->setObjectName(QStringLiteral("caseHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    history->setShortcutContext(Qt::ApplicationShortcut);
    history->setToolTip(tr("Calls (with recordings), cases and work orders of the person on the card (%1)")
                            .arg(history->shortcut().toString(QKeySequence::NativeText)));
    connect(history, &QAction::triggered, this, &DeskSession::showHistory);

    // The seat's state: chosen by the agent (F10 ready, F11 break, F12 away), busy and wrap-up by
    // the calls themselves; the hub routes by it and shows it to the supervisors.
    m_seat = new SeatState(*m_calls, m_sync, this);
    connect(&phone, &telephony::Phone::registrationChanged, m_seat, [this](telephony::RegistrationState s) {
        m_seat->setPhoneRegistered(s == telephony::RegistrationState::Registered);
    });
    auto showState = [this] {
        const bool available = m_seat->activity() == core::SeatActivity::Ready;
        m_window.showSeatState(
            m_seat->reason().isEmpty()
                ? core::label(m_seat->activity())
                : QStringLiteral("%1（%2）").arg(core::label(m_seat->activity()), m_seat->reason()),
            available);
    };
    connect(m_seat, &SeatState::changed, this, showState);
    showState();
    QMenu *states = m_window.stateMenu();
    auto stateAction = [&](const QString &name, const QString &text, const QString &tip,
                           const QKeySequence &key) {
        QAction *a = states->addAction(text);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::ApplicationShortcut);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        return a;
    };
    connect(stateAction(QStringLiteral("seatReady"), tr("&Ready"), tr("Take calls"), Qt::Key_F10),
            &QAction::triggered, m_seat, &SeatState::ready);
    connect(
        stateAction(QStringLiteral("seatBreak"), tr("&Break…"), tr("A break, with its reason"), Qt::Key_F11),
        &QAction::triggered, this, [this] {
            bool ok = false;
            const QStringList reasons{tr("Meal"), tr("Rest"), tr("Training"), tr("Meeting"), tr("Other")};
            const QString reason =
                QInputDialog::getItem(&m_window, tr("Break"), tr("Why:"), reasons, 0, true, &ok);
            if (ok && !m_seat->takeBreak(reason))
                m_window.showStatusMessage(tr("A break needs its reason."));
        });
    connect(stateAction(QStringLiteral("seatAway"), tr("&Away"), tr("Signed in but not taking calls"),
                        Qt::Key_F12),
            &QAction::triggered, m_seat, &SeatState::away);
    connect(stateAction(QStringLiteral("seatEndWrapUp"), tr("&End wrap-up"),
                        tr("Done writing: take the next call"), QKeySequence(Qt::CTRL | Qt::Key_F10)),
            &QAction::triggered, m_seat, &SeatState::endWrapUp);

    // 坐席监控: the board of signed-in seats, kept current from the hub.
    states->addSeparator();
    QAction *board = stateAction(QStringLiteral("seatBoard"), tr("Seat &board…"),
                                 tr("Every signed-in seat: state, for how long, phone"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    connect(board, &QAction::triggered, this, &DeskSession::showSeatBoard);
    // 骚扰号码名单: supervisors keep it, everybody sees it.
    QAction *blocked = stateAction(QStringLiteral("blockList"), tr("Blocked &numbers…"),
                                   tr("Numbers the hotline refuses, with the reasons"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(blocked, &QAction::triggered, this, &DeskSession::showBlockList);

    connect(m_calls, &CallController::incoming, this, &DeskSession::onIncoming);
    // Calls made or taken while a case is open belong to it (120, the relatives).
    connect(m_calls, &CallController::answered, this, [this](const telephony::CallInfo &call) {
        if (m_form->isOpen() && m_callLinks.value(call.id).second.isEmpty())
            m_callLinks.insert(call.id, {m_form->record().subjectId, m_form->record().meta.id});
    });
    connect(m_calls, &CallController::problem, &m_window,
            [this](const QString &message) { m_window.showStatusMessage(message); });
    connect(m_card, &SubjectCard::dialRequested, m_calls,
            [this](const QString &number, const QString &) { m_calls->dial(number); });
    connect(m_card, &SubjectCard::subjectChosen, this, [this](const QString &subjectId) {
        if (!m_pop)
            return;
        show(m_pop->forSubject(subjectId, m_popNumber));
        if (auto call = m_calls->current())
            m_callLinks[call->id].first = subjectId;
    });
    connect(m_card, &SubjectCard::linkNumberRequested, this, &DeskSession::linkNumber);
}

DeskSession::~DeskSession() = default;

bool DeskSession::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_K && key->modifiers() == Qt::ControlModifier) {
            event->ignore(); // not the widget's: the application shortcut fires
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void DeskSession::onIncoming(const telephony::CallInfo &call)
{
    QElapsedTimer timer;
    timer.start();
    m_popNumber = call.remoteUser;
    PopCard card;
    if (m_pop) {
        card = m_pop->forCaller(call.remoteUser);
    } else {
        card.callerNumber = call.remoteUser;
        card.callerDisplay = call.remoteUser;
        card.error = tr("This seat has no records yet (not connected to a hub).");
    }
    show(card);
    if (card.subject)
        m_callLinks.insert(call.id, {card.subject->meta.id, QString()});
    m_window.alertIncoming();
    m_lastPopMicros = timer.nsecsElapsed() / 1000;
    qCInfo(lcSession) << "pop for" << card.canonical << "match" << int(card.match) << "in" << m_lastPopMicros
                      << "us";
}

void DeskSession::openCase(core::CaseType type)
{
    m_form->start(type, m_shownCard, QDateTime::currentDateTimeUtc());
    // The call on the line belongs to this case (its call record will say so).
    if (auto call = m_calls->current())
        m_callLinks.insert(call->id, {m_form->record().subjectId, m_form->record().meta.id});
    m_formWidget->showProblems({});
    if (m_form->record().location) {
        map::MapScene scene = sceneFor(m_shownCard);
        scene.caseLocation = m_form->record().location;
        m_map->showScene(scene);
    }
    m_window.showWork();
    m_formWidget->focusSummary(); // asked for by the agent: the one place focus moves
}

bool DeskSession::saveCase(bool closing)
{
    auto write = m_form->save(closing, QDateTime::currentDateTimeUtc());
    if (!write) {
        m_formWidget->showProblems(m_form->problems(closing));
        return false;
    }
    m_formWidget->showProblems({});
    if (!m_sync) {
        m_window.showWarning(tr("Not connected to a hub: the case cannot be saved."));
        return false;
    }
    protocol::WriteRequest request;
    request.kind = core::RecordKind::Case;
    request.record = write->record.toCbor();
    request.recordId = write->record.meta.id;
    request.basedOnVersion = write->basedOnVersion;
    auto key = m_sync->write(request);
    if (!key) {
        m_window.showWarning(tr("The case could not be saved: %1").arg(key.error().message));
        return false;
    }
    // The outbox sends writes in order: the next save of this case is based on the version this
    // one will get, also while the hub is away.
    m_form->saved(write->basedOnVersion + 1);
    if (write->callback) {
        protocol::WriteRequest cb;
        cb.kind = core::RecordKind::WorkOrder;
        cb.record = write->callback->toCbor();
        cb.recordId = write->callback->meta.id;
        if (auto k = m_sync->write(cb); !k)
            m_window.showWarning(
                tr("The same-day callback could not be scheduled: %1").arg(k.error().message));
    }
    qCInfo(lcSession) << "case" << write->record.meta.id << (closing ? "closed" : "saved");
    m_window.showStatusMessage(closing ? tr("Case closed.") : tr("Case saved."));
    Q_EMIT caseSaved(write->record);
    if (closing)
        m_form->clear();
    return true;
}

void DeskSession::annotate(const telephony::CallInfo &call, core::CallRecord &record) const
{
    const auto link = m_callLinks.value(call.id);
    if (record.subjectId.isEmpty())
        record.subjectId = link.first;
    if (record.caseId.isEmpty())
        record.caseId = link.second;
}

void DeskSession::showHistory()
{
    if (!m_replica || !m_shownCard.subject) {
        m_window.showStatusMessage(tr("No person on the card: the history needs one."));
        return;
    }
    const QString id = m_shownCard.subject->meta.id;
    auto *model = new SubjectHistoryModel;
    model->setHistory(store::CallRepository(*m_replica).forSubject(id, 500).valueOr({}),
                      store::CaseRepository(*m_replica).forSubject(id, 500).valueOr({}),
                      store::WorkOrderRepository(*m_replica).forSubject(id).valueOr({}));
    SubjectHistoryDialog dialog(
        m_shownCard.subject->name, model,
        [this](const QString &recordingId) {
            if (m_sync)
                m_sync->fetchRecording(recordingId, protocol::RecordingPurpose::Play);
        },
        &m_window);
    QList<QMetaObject::Connection> links;
    if (m_sync) {
        links << connect(m_sync, &sync::SyncClient::recordingFetched, &dialog,
                         &SubjectHistoryDialog::showRecording);
        links << connect(
            m_sync, &sync::SyncClient::recordingFetchFailed, &dialog,
            [&dialog](const QString &rid, const Error &e) { dialog.showFetchError(rid, e.message); });
    }
    dialog.exec();
    for (const auto &l : std::as_const(links))
        disconnect(l);
}

void DeskSession::onChange(const protocol::Change &change)
{
    if (!m_pop || !m_shownCard.subject || !m_refresh)
        return;
    const QString subjectId = m_shownCard.subject->meta.id;
    const QString householdId = m_shownCard.household ? m_shownCard.household->meta.id : QString();
    bool concerns = false;
    switch (change.kind) {
    case core::RecordKind::Subject:
        concerns = change.recordId == subjectId;
        break;
    case core::RecordKind::Household:
        concerns = !householdId.isEmpty() && change.recordId == householdId;
        break;
    case core::RecordKind::Device:
    case core::RecordKind::Case:
    case core::RecordKind::Call:
    case core::RecordKind::WorkOrder: {
        const QCborMap record = QCborValue::fromCbor(change.data).toMap();
        concerns = record.value(QStringLiteral("subjectId")).toString() == subjectId
                   || (!householdId.isEmpty()
                       && record.value(QStringLiteral("householdId")).toString() == householdId)
                   || std::any_of(m_shownCard.devices.cbegin(), m_shownCard.devices.cend(),
                                  [&](const core::Device &d) { return d.meta.id == change.recordId; });
        break;
    }
    default:
        break;
    }
    if (concerns)
        m_refresh->start();
}

void DeskSession::refreshCard()
{
    if (!m_pop || !m_shownCard.subject)
        return;
    PopCard card = m_pop->forSubject(m_shownCard.subject->meta.id, m_popNumber);
    if (!card.subject)
        return;
    card.match = m_shownCard.match;
    card.matchNote = m_shownCard.matchNote;
    const map::MapScene before = sceneFor(m_shownCard);
    m_shownCard = card;
    m_card->showCard(card);
    // The map moves only when a place changed: the agent may have zoomed in.
    map::MapScene after = sceneFor(card);
    auto places = [](const map::MapScene &sc) {
        QStringList out;
        if (sc.home)
            out << QStringLiteral("%1,%2").arg(sc.home->latitude).arg(sc.home->longitude);
        for (const map::MapFix &f : sc.fixes)
            out << QStringLiteral("%1,%2,%3,%4")
                       .arg(f.at.latitude)
                       .arg(f.at.longitude)
                       .arg(f.at.accuracyMeters)
                       .arg(f.takenAt.toString(Qt::ISODate));
        return out;
    };
    if (places(before) != places(after)) {
        if (m_form->isOpen())
            after.caseLocation = m_form->record().location;
        m_map->showScene(after);
    }
    qCInfo(lcSession) << "card refreshed for" << card.subject->meta.id;
}

void DeskSession::setupAlarmQueue()
{
    auto identity = [this] {
        AlarmQueue::Identity me;
        if (m_sync) {
            me.accountId = m_sync->accountId();
            me.name = m_sync->displayName();
            me.supervisor = m_sync->hasRole(core::Role::Supervisor) || m_sync->hasRole(core::Role::Admin);
        }
        if (me.accountId.isEmpty())
            me.accountId = m_config.accountId;
        return me;
    };
    m_alarms = new AlarmQueue(m_replica, m_sync, identity(), this);
    m_alarmPanel = new AlarmQueuePanel(*m_alarms);
    m_window.setAlarmQueue(m_alarmPanel);
    connect(m_alarms, &AlarmQueue::actionRefused, &m_window, &MainWindow::showStatusMessage);
    connect(m_alarmPanel, &AlarmQueuePanel::takeRequested, this, &DeskSession::showQueueItem);
    connect(m_alarmPanel, &AlarmQueuePanel::callBackRequested, this, [this](const QueueItem &item) {
        showQueueItem(item);
        m_calls->dial(item.phone);
    });
    // Something new to pick up: the desk comes to the front (the keyboard stays where it is).
    auto waiting = std::make_shared<int>(0);
    connect(m_alarms, &AlarmQueue::changed, this, [this, waiting] {
        const int now = m_alarms->model().waitingCount();
        if (now > *waiting)
            m_window.alertIncoming();
        *waiting = now;
    });
    connect(m_alarms, &AlarmQueue::escalated, this, [this](const QString &) {
        m_window.alertIncoming();
        m_window.showStatusMessage(tr("An alarm has waited too long: nobody has taken it."));
    });
    if (!m_sync)
        return;
    connect(m_sync, &sync::SyncClient::signedIn, m_alarms,
            [this, identity] { m_alarms->setIdentity(identity()); });
    // A change the hub refused (a stale case, a role that may not): the agent must know it did not
    // happen. The alarm queue says its own refusals; the bar goes once a later change is accepted.
    connect(m_sync, &sync::SyncClient::writeRejected, this,
            [this](const QString &key, const Error &error, const QCborMap &) {
                if (m_alarms->owns(key))
                    return;
                m_refusalShown = true;
                m_window.showWarning(tr("The hub refused a change: %1").arg(error.message));
            });
    connect(m_sync, &sync::SyncClient::writeAccepted, this, [this](const QString &, qint64, qint64) {
        if (std::exchange(m_refusalShown, false))
            m_window.showWarning(QString());
    });
    auto reload = new QTimer(this);
    reload->setSingleShot(true);
    reload->setInterval(200);
    connect(reload, &QTimer::timeout, m_alarms, &AlarmQueue::reload);
    connect(m_sync, &sync::SyncClient::changeApplied, reload, [reload](const protocol::Change &c) {
        if (c.kind == core::RecordKind::Alarm || c.kind == core::RecordKind::WorkOrder
            || c.kind == core::RecordKind::Subject)
            reload->start();
    });
    connect(m_sync, &sync::SyncClient::snapshotApplied, reload, qOverload<>(&QTimer::start));
}

void DeskSession::showQueueItem(const QueueItem &item)
{
    if (!m_pop)
        return;
    if (!item.subjectId.isEmpty()) {
        show(m_pop->forSubject(item.subjectId, item.phone));
    } else if (!item.phone.isEmpty()) {
        show(m_pop->forCaller(item.phone));
    } else {
        return;
    }
    m_window.showWork();
}

void DeskSession::showBlockList()
{
    const bool editor =
        m_sync && (m_sync->hasRole(core::Role::Supervisor) || m_sync->hasRole(core::Role::Admin));
    auto *dialog = new BlockListDialog(m_replica, m_sync, editor, m_config.areaCode, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void DeskSession::showSeatBoard()
{
    if (!m_sync) {
        m_window.showStatusMessage(tr("Not connected to a hub: there is no seat board."));
        return;
    }
    if (!m_board) {
        m_board = new SeatBoardWindow(&m_window);
        connect(m_sync, &sync::SyncClient::seatBoardChanged, m_board, &SeatBoardWindow::setBoard);
    }
    m_board->setBoard(m_sync->seatBoard());
    m_board->show();
    m_board->raise();
}

void DeskSession::show(const PopCard &card)
{
    m_shownCard = card;
    m_card->showCard(card);
    m_bar->setCallerName(card.subject ? card.subject->name : QString());
    if (card.subject)
        m_map->showScene(sceneFor(card));
    else
        m_map->clear();
    // A new caller brings the map forward, unless the agent is typing in the knowledge base.
    if (!m_kb->isAncestorOf(QApplication::focusWidget()))
        m_side->setCurrentWidget(m_map);
    m_window.showWork();
    Q_EMIT popShown(card);
}

map::MapScene DeskSession::sceneFor(const PopCard &card)
{
    map::MapScene scene;
    if (!card.subject)
        return scene;
    scene.title = card.subject->name;
    scene.address = card.subject->address.fullText();
    if (card.subject->location && card.subject->location->isValid())
        scene.home = card.subject->location;
    else if (card.household && card.household->location && card.household->location->isValid())
        scene.home = card.household->location;
    for (const core::Device &d : card.devices) {
        if (!d.lastPosition || !d.lastPosition->isValid())
            continue;
        const QString what = d.kind == core::DeviceKind::Wearable ? tr("Wearable") : tr("Terminal");
        scene.fixes.append(map::MapFix{QStringLiteral("%1 %2").arg(what, d.serial), *d.lastPosition,
                                       d.positionSource,
                                       d.positionAt.isValid() ? d.positionAt : d.lastSeenAt});
    }
    return scene;
}

void DeskSession::loadResources()
{
    if (!m_replica)
        return;
    auto all = store::ResourceRepository(*m_replica).all();
    if (!all) {
        qCWarning(lcSession) << "resources for the map:" << all.error().toString();
        return;
    }
    m_map->setResources(*all);
}

void DeskSession::linkNumber(const QString &subjectId, const QString &canonical)
{
    if (!m_replica || !m_sync) {
        m_window.showWarning(tr("Not connected to a hub: the number cannot be linked now."));
        return;
    }
    auto subject = store::SubjectRepository(*m_replica).get(subjectId);
    auto number = core::PhoneNumber::parse(canonical, m_config.areaCode);
    if (!subject || !number) {
        m_window.showWarning(tr("The number could not be linked: %1")
                                 .arg(!subject ? subject.error().message : number.error().message));
        return;
    }
    core::Subject changed = *subject;
    for (const core::ContactPhone &p : std::as_const(changed.phones)) {
        if (p.number.canonical() == number->canonical()) {
            show(m_pop->forSubject(subjectId, m_popNumber));
            return; // already theirs
        }
    }
    changed.phones.append(core::ContactPhone{*number, tr("caller ID")});
    if (Status s = changed.validate(); !s) {
        m_window.showWarning(tr("The number could not be linked: %1").arg(s.error().toString()));
        return;
    }
    protocol::WriteRequest request;
    request.kind = core::RecordKind::Subject;
    request.record = changed.toCbor();
    request.recordId = changed.meta.id;
    request.basedOnVersion = subject->meta.version;
    auto key = m_sync->write(request);
    if (!key) {
        m_window.showWarning(tr("The number could not be linked: %1").arg(key.error().message));
        return;
    }
    qCInfo(lcSession) << "linked" << number->canonical() << "to" << subjectId;
    m_window.showStatusMessage(tr("%1 is now saved as a phone of %2.").arg(number->display(), changed.name));
    show(m_pop->forSubject(subjectId, m_popNumber));
}

} // namespace safelink::desk
