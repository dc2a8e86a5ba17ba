#pragma once

#include <safelink/sync/syncclient.h>

#include <QMainWindow>

class QLabel;

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

private:
    void setupActions();
    void setupCentralArea();
    void setupStatusBar();

    QLabel *m_hubStatus = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_clock = nullptr;
};

} // namespace safelink::desk
