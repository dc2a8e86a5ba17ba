#pragma once

#include <safelink/desk/screenpop.h>

#include <safelink/core/callrecord.h>

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

#include <memory>

class QTabWidget;
class QTimer;

namespace safelink::protocol {
struct Change;
}
namespace safelink::store {
class Database;
}
namespace safelink::sync {
class SyncClient;
}
namespace safelink::map {
class MapPane;
struct MapScene;
} // namespace safelink::map
namespace safelink::telephony {
class Phone;
struct CallInfo;
} // namespace safelink::telephony

namespace safelink::desk {

class AlarmQueue;
class AlarmQueuePanel;
struct QueueItem;
class CallBar;
class CallController;
class CaseForm;
class CaseFormWidget;
class MainWindow;
class KnowledgePanel;
class SeatBoardWindow;
class SeatState;
class SubjectCard;

// The agent's work on one seat, wired: the phone's calls drive the call bar; an incoming call pops
// the caller's card from the replica while it still rings (and raises the desk without taking the
// keyboard); the card's contacts dial out; an unknown number is searched and linked to the person
// through the hub (the outbox keeps the change when the hub is away).
class DeskSession : public QObject {
    Q_OBJECT

public:
    struct Config {
        QString areaCode;  // the center's, for local numbers without one ("20")
        QString accountId; // the signed-in agent: author of case steps
        // Load the map's page once the desk is up (off in tests that never look at the map).
        bool warmUpMap = true;
    };

    // replica and sync may be null (no hub configured yet): calls still work, the pop says why it
    // is empty.
    DeskSession(MainWindow &window, telephony::Phone &phone, store::Database *replica, sync::SyncClient *sync,
                Config config, QObject *parent = nullptr);
    ~DeskSession() override;

    CallController &calls() { return *m_calls; }
    CallBar &callBar() { return *m_bar; }
    SubjectCard &card() { return *m_card; }
    CaseForm &caseForm() { return *m_form; }
    CaseFormWidget &caseFormWidget() { return *m_formWidget; }
    SeatState &seatState() { return *m_seat; }
    map::MapPane &mapPane() { return *m_map; }
    KnowledgePanel &knowledge() { return *m_kb; }
    // The map's scene for a card: the home, the terminals' fixes, the case's place.
    static map::MapScene sceneFor(const PopCard &card);
    // Opens a case of this kind for the caller on the card (Ctrl+E: an alarm).
    void openCase(core::CaseType type);
    // Saves the open case through the outbox (closing: with its outcome). False with the errors
    // shown next to their fields when the case is not complete.
    bool saveCase(bool closing);
    // Fills in what the session knows of a call for its call record: the person, the case.
    void annotate(const telephony::CallInfo &call, core::CallRecord &record) const;
    // The history of the person on the card (calls, cases, work orders), in a dialog.
    void showHistory();
    // 坐席监控 (Ctrl+Shift+B): every signed-in seat, kept current from the hub.
    void showSeatBoard();
    // 骚扰号码名单 (Ctrl+Shift+X): kept by supervisors, read-only for agents.
    void showBlockList();
    SeatBoardWindow *seatBoardWindow() const { return m_board; }
    // 报警队列: alarms, waiting calls and callbacks (docked at the bottom of the window).
    AlarmQueue &alarmQueue() { return *m_alarms; }
    AlarmQueuePanel &alarmPanel() { return *m_alarmPanel; }
    // The person of a queue row on the card and the map (an alarm taken, a callback made).
    void showQueueItem(const QueueItem &item);
    // Microseconds from the incoming call's signal to the card laid out (the last pop).
    qint64 lastPopMicros() const { return m_lastPopMicros; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The card for a call is complete (tests and the benchmark wait for this).
    void popShown(const safelink::desk::PopCard &card);
    // The case (and its callback work order) went into the outbox.
    void caseSaved(const safelink::core::CaseRecord &record);

private:
    void onIncoming(const telephony::CallInfo &call);
    void setupAlarmQueue();
    void show(const PopCard &card);
    void linkNumber(const QString &subjectId, const QString &canonical);
    void loadResources();
    void onChange(const protocol::Change &change);
    void refreshCard();

    MainWindow &m_window;
    store::Database *m_replica;
    sync::SyncClient *m_sync;
    Config m_config;
    std::unique_ptr<ScreenPop> m_pop;
    CallController *m_calls = nullptr;
    CallBar *m_bar = nullptr;
    SubjectCard *m_card = nullptr;
    CaseForm *m_form = nullptr;
    CaseFormWidget *m_formWidget = nullptr;
    SeatState *m_seat = nullptr;
    map::MapPane *m_map = nullptr;
    SeatBoardWindow *m_board = nullptr;
    KnowledgePanel *m_kb = nullptr;
    QTabWidget *m_side = nullptr;
    AlarmQueue *m_alarms = nullptr;
    AlarmQueuePanel *m_alarmPanel = nullptr;
    QTimer *m_refresh = nullptr;
    PopCard m_shownCard;
    QHash<quint64, QPair<QString, QString>> m_callLinks; // call → (subject, case)
    QString m_popNumber;                                 // the caller whose card is shown
    qint64 m_lastPopMicros = 0;
    bool m_refusalShown = false; // the warning bar says the hub refused a change
};

} // namespace safelink::desk
