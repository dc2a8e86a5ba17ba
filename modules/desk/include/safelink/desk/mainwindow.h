#pragma once

#include <safelink/sync/syncclient.h>
#include <safelink/telephony/calltypes.h>

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace safelink::desk {

// What the seat shows before it has a hub: the product, the version, and that it is not connected.
// The panels (call bar, screen pop, case forms, map, knowledge base) are added to this window.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Connection to the center's hub, shown in the status bar: "Not connected", "Live", ...
    void setHubStatus(const QString &text);
    QString hubStatus() const;
    // The connection as the status bar shows it: live / catching up / connecting / offline, and how
    // many of this seat's writes wait in the outbox. Offline with waiting writes is shown in red.
    void showSync(safelink::sync::SyncState state, int pendingWrites);
    // The seat's phone line in the status bar: registered (green) or not (red, with the reason).
    void showPhone(safelink::telephony::RegistrationState state, const QString &message);
    QString phoneStatus() const;
    // A warning the agent must see (headset unplugged, phone engine down), in a bar above the work
    // area until cleared with an empty text.
    void showWarning(const QString &text);
    QString warning() const;
    // A passing message in the status bar (a refused action, a saved change).
    void showStatusMessage(const QString &text);

    // The agent's work area: the call bar above, side by side below it the caller's card and the
    // case form (all owned by the window from then on).
    void setWorkArea(QWidget *callBar, const QList<QWidget *> &panes);
    // The alarm queue, docked along the bottom and always in view (also while waiting for calls).
    void setAlarmQueue(QWidget *panel);
    // A menu of the agent's work ("&Case") where the session puts its actions (keys shown).
    QMenu *workMenu();
    // The seat's state menu ("S&tate": ready, break, away) and the state in the status bar.
    QMenu *stateMenu();
    void showSeatState(const QString &text, bool available);
    QString seatState() const;
    // Shows the work area instead of the waiting page.
    void showWork();
    bool workShown() const;
    // An incoming call: the window comes to the front and the taskbar flashes, but the keyboard
    // focus stays where the agent is typing.
    void alertIncoming();

Q_SIGNALS:
    void audioDevicesRequested();
    void recentCallsRequested();

private:
    void setupActions();
    void setupCentralArea();
    void setupStatusBar();

    QLabel *m_hubStatus = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_phoneStatus = nullptr;
    QLabel *m_warning = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_work = nullptr;
    QMenu *m_workMenu = nullptr;
    QMenu *m_stateMenu = nullptr;
    QLabel *m_seatState = nullptr;
    QDockWidget *m_alarmDock = nullptr;
};

} // namespace safelink::desk
