#include <safelink/desk/mainwindow.h>

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace safelink::desk {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Safelink agent desk %1").arg(QApplication::applicationVersion()));
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    setupActions();
    setupCentralArea();
    setupStatusBar();
}

void MainWindow::setupActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&Desk"));
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setToolTip(tr("Quit the desk (%1)").arg(quit->shortcut().toString(QKeySequence::NativeText)));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QAction *audio = fileMenu->addAction(tr("&Audio devices…"));
    audio->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    audio->setToolTip(tr("Choose the headset, microphone and ring device (%1)")
                          .arg(audio->shortcut().toString(QKeySequence::NativeText)));
    connect(audio, &QAction::triggered, this, &MainWindow::audioDevicesRequested);
    fileMenu->insertAction(quit, audio);
    QAction *recent = fileMenu->addAction(tr("&Recent calls…"));
    recent->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    recent->setToolTip(tr("The newest calls and their recordings (%1)")
                           .arg(recent->shortcut().toString(QKeySequence::NativeText)));
    connect(recent, &QAction::triggered, this, &MainWindow::recentCallsRequested);
    fileMenu->insertAction(audio, recent);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Safelink"));
    about->setShortcut(QKeySequence(Qt::Key_F1));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Safelink"),
                           tr("<h3>Safelink %1</h3><p>Agent desk of the Ping'antong emergency-call and "
                              "social-care center.</p><p>Licensed under the GNU GPL version 3 or later.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setupCentralArea()
{
    auto *outer = new QWidget(this);
    m_layout = new QVBoxLayout(outer);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(0);
    m_pages = new QStackedWidget(outer);
    auto *central = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    m_warning = new QLabel(outer);
    m_warning->setObjectName(QStringLiteral("warningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("background: #fff3cd; color: #7a4f01; border: 1px solid #e0b252; "
                                            "padding: 8px; font-weight: bold;"));
    m_warning->hide();
    m_layout->addWidget(m_warning);
    m_layout->addWidget(m_pages, 1);
    layout->addStretch(2);

    auto *title = new QLabel(tr("Ping'antong Emergency Call Center"), central);
    title->setObjectName(QStringLiteral("titleLabel"));
    title->setAlignment(Qt::AlignCenter);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *subtitle = new QLabel(tr("Agent desk"), central);
    subtitle->setAlignment(Qt::AlignCenter);
    QFont subFont = subtitle->font();
    subFont.setPointSizeF(subFont.pointSizeF() * 1.4);
    subtitle->setFont(subFont);
    layout->addWidget(subtitle);

    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    auto *waiting =
        new QLabel(tr("Not signed in. Connect this seat to the center's hub to receive calls."), central);
    m_waiting = waiting;
    waiting->setObjectName(QStringLiteral("waitingLabel"));
    waiting->setAlignment(Qt::AlignCenter);
    waiting->setWordWrap(true);
    layout->addWidget(waiting);

    auto *version = new QLabel(tr("Version %1").arg(QApplication::applicationVersion()), central);
    version->setObjectName(QStringLiteral("versionLabel"));
    version->setAlignment(Qt::AlignCenter);
    layout->addWidget(version);

    layout->addStretch(3);
    m_pages->addWidget(central);
    setCentralWidget(outer);
}

void MainWindow::setWorkArea(QWidget *callBar, const QList<QWidget *> &panes)
{
    m_layout->insertWidget(1, callBar); // below the warning, above the pages
    m_work = new QSplitter(Qt::Horizontal, m_pages);
    m_work->setObjectName(QStringLiteral("workArea"));
    QList<int> sizes;
    for (int i = 0; i < panes.size(); ++i) {
        panes[i]->setParent(m_work);
        m_work->addWidget(panes[i]);
        m_work->setStretchFactor(i, 1);
        m_work->setCollapsible(i, false); // nothing the agent needs slides out of sight
        // The card keeps room to read (about 560 px of 1366), the form and the map share the rest.
        sizes.append(i == 0 ? 560 : 480);
    }
    m_work->setSizes(sizes);
    m_pages->addWidget(m_work);
}

QMenu *MainWindow::workMenu()
{
    if (!m_workMenu) {
        m_workMenu = new QMenu(tr("&Case"), this);
        menuBar()->insertMenu(menuBar()->actions().value(1), m_workMenu);
    }
    return m_workMenu;
}

QMenu *MainWindow::stateMenu()
{
    if (!m_stateMenu) {
        m_stateMenu = new QMenu(tr("S&tate"), this);
        menuBar()->insertMenu(menuBar()->actions().value(1), m_stateMenu);
    }
    return m_stateMenu;
}

void MainWindow::showSeatState(const QString &text, bool available)
{
    if (!m_seatState) {
        m_seatState = new QLabel(this);
        m_seatState->setObjectName(QStringLiteral("seatStateLabel"));
        statusBar()->insertPermanentWidget(0, m_seatState);
    }
    m_seatState->setText(tr("Seat: %1").arg(text));
    m_seatState->setStyleSheet(available ? QStringLiteral("color: #1b5e20; font-weight: bold;")
                                         : QStringLiteral("color: #7a4f01; font-weight: bold;"));
}

QString MainWindow::seatState() const
{
    return m_seatState ? m_seatState->text() : QString();
}

void MainWindow::showWork()
{
    if (m_work)
        m_pages->setCurrentWidget(m_work);
}

bool MainWindow::workShown() const
{
    return m_work && m_pages->currentWidget() == m_work;
}

void MainWindow::setAlarmQueue(QWidget *panel)
{
    if (!m_alarmDock) {
        m_alarmDock = new QDockWidget(tr("Alarm queue"), this);
        m_alarmDock->setObjectName(QStringLiteral("alarmQueueDock"));
        // Never closed by accident: an alarm nobody sees is an alarm nobody answers.
        m_alarmDock->setFeatures(QDockWidget::DockWidgetMovable);
        m_alarmDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
        // The panel's own first line names it: no title bar taking a line from the work area.
        m_alarmDock->setTitleBarWidget(new QWidget(m_alarmDock));
        addDockWidget(Qt::BottomDockWidgetArea, m_alarmDock);
    }
    m_alarmDock->setWidget(panel);
    // About five rows; the agent can drag it taller.
    resizeDocks({m_alarmDock}, {170}, Qt::Vertical);
}

void MainWindow::alertIncoming()
{
    if (isMinimized())
        showNormal();
    raise();
    QApplication::alert(this);
}

void MainWindow::showStatusMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::setupStatusBar()
{
    m_hubStatus = new QLabel(this);
    m_hubStatus->setObjectName(QStringLiteral("hubStatusLabel"));
    setHubStatus(tr("Hub: not connected"));
    // Permanent: a passing message (showStatusMessage) must never hide the line and hub state.
    statusBar()->addPermanentWidget(m_hubStatus);

    m_phoneStatus = new QLabel(this);
    m_phoneStatus->setObjectName(QStringLiteral("phoneStatusLabel"));
    showPhone(telephony::RegistrationState::None, tr("no extension set"));
    statusBar()->addPermanentWidget(m_phoneStatus);

    auto *versionLabel = new QLabel(tr("Safelink %1").arg(QApplication::applicationVersion()), this);
    statusBar()->addPermanentWidget(versionLabel);

    m_clock = new QLabel(this);
    statusBar()->addPermanentWidget(m_clock);
    auto updateClock = [this] {
        m_clock->setText(
            QLocale().toString(QDateTime::currentDateTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    };
    updateClock();
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, updateClock);
    timer->start(1000);
}

void MainWindow::setHubStatus(const QString &text)
{
    m_hubStatus->setText(text);
}

void MainWindow::showSync(sync::SyncState state, int pendingWrites)
{
    QString text;
    switch (state) {
    case sync::SyncState::Live:
        text = tr("Hub: live");
        break;
    case sync::SyncState::CatchingUp:
        text = tr("Hub: catching up");
        break;
    case sync::SyncState::Connecting:
        text = tr("Hub: connecting");
        break;
    case sync::SyncState::Offline:
        text = tr("Hub: offline");
        break;
    }
    if (pendingWrites > 0)
        text += QStringLiteral(" · ") + tr("%n write(s) waiting to be sent", nullptr, pendingWrites);
    m_hubStatus->setText(text);
    switch (state) {
    case sync::SyncState::Live:
        m_waiting->setText(tr("Connected to the hub. Waiting for calls."));
        break;
    case sync::SyncState::CatchingUp:
        m_waiting->setText(tr("Bringing this seat's records up to date…"));
        break;
    case sync::SyncState::Connecting:
        m_waiting->setText(tr("Connecting to the hub…"));
        break;
    case sync::SyncState::Offline:
        m_waiting->setText(tr("The hub cannot be reached. Work continues from this seat's records; "
                              "what you save is sent when the hub is back."));
        break;
    }
    const bool alarming = state == sync::SyncState::Offline;
    m_hubStatus->setStyleSheet(alarming ? QStringLiteral("color: #b00020; font-weight: bold;")
                               : state == sync::SyncState::Live ? QStringLiteral("color: #1b5e20;")
                                                                : QString());
}

void MainWindow::showPhone(telephony::RegistrationState state, const QString &message)
{
    const bool ok = state == telephony::RegistrationState::Registered;
    m_phoneStatus->setText(tr("Phone: %1").arg(message));
    m_phoneStatus->setStyleSheet(ok ? QStringLiteral("color: #1b5e20;")
                                 : state == telephony::RegistrationState::Progress
                                     ? QString()
                                     : QStringLiteral("color: #b00020; font-weight: bold;"));
}

QString MainWindow::phoneStatus() const
{
    return m_phoneStatus->text();
}

void MainWindow::showWarning(const QString &text)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

QString MainWindow::warning() const
{
    return m_warning->isVisible() ? m_warning->text() : QString();
}

QString MainWindow::hubStatus() const
{
    return m_hubStatus->text();
}

} // namespace safelink::desk
