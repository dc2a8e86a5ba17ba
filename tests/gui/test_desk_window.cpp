// The desk's main window as a person sees it: title, version, connection state, shortcuts.
#include <safelink/desk/mainwindow.h>
#include <safelink/i18n/translations.h>

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

using safelink::desk::MainWindow;

class DeskWindow : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        QApplication::setApplicationVersion(QStringLiteral(SAFELINK_VERSION));
        ASSERT_TRUE(safelink::i18n::install(*qApp, QStringLiteral("zh_CN")));
    }
};

TEST_F(DeskWindow, ShowsVersionAndNotConnectedInChinese)
{
    MainWindow w;
    w.show();
    EXPECT_TRUE(w.windowTitle().contains(QStringLiteral(SAFELINK_VERSION)));
    EXPECT_TRUE(w.windowTitle().contains(QStringLiteral("坐席"))) << w.windowTitle().toStdString();
    auto *version = w.findChild<QLabel *>(QStringLiteral("versionLabel"));
    ASSERT_TRUE(version);
    EXPECT_TRUE(version->isVisible());
    EXPECT_TRUE(version->text().contains(QStringLiteral(SAFELINK_VERSION)));
    EXPECT_TRUE(w.hubStatus().contains(QStringLiteral("未连接"))) << w.hubStatus().toStdString();
    auto *title = w.findChild<QLabel *>(QStringLiteral("titleLabel"));
    ASSERT_TRUE(title);
    EXPECT_TRUE(title->text().contains(QStringLiteral("平安通"))) << title->text().toStdString();
}

TEST_F(DeskWindow, HubStatusIsShown)
{
    MainWindow w;
    w.setHubStatus(QStringLiteral("中心服务器：在线"));
    EXPECT_EQ(w.hubStatus(), QStringLiteral("中心服务器：在线"));
}

TEST_F(DeskWindow, EveryMenuActionHasAShortcut)
{
    MainWindow w;
    int actions = 0;
    for (QAction *menu : w.menuBar()->actions()) {
        ASSERT_TRUE(menu->menu());
        for (QAction *a : menu->menu()->actions()) {
            if (a->isSeparator())
                continue;
            ++actions;
            EXPECT_FALSE(a->shortcut().isEmpty()) << a->text().toStdString();
        }
    }
    EXPECT_GE(actions, 2);
}

TEST_F(DeskWindow, ShowsTheSyncStateAndWaitingWrites)
{
    using safelink::sync::SyncState;
    MainWindow w;
    w.showSync(SyncState::Live, 0);
    EXPECT_EQ(w.hubStatus(), QStringLiteral("中心服务器：在线"));
    auto *waiting = w.findChild<QLabel *>(QStringLiteral("waitingLabel"));
    ASSERT_TRUE(waiting);
    EXPECT_TRUE(waiting->text().contains(QStringLiteral("等待来电"))) << waiting->text().toStdString();
    w.showSync(SyncState::CatchingUp, 0);
    EXPECT_TRUE(w.hubStatus().contains(QStringLiteral("同步中"))) << w.hubStatus().toStdString();
    w.showSync(SyncState::Offline, 3);
    EXPECT_TRUE(w.hubStatus().contains(QStringLiteral("离线"))) << w.hubStatus().toStdString();
    EXPECT_TRUE(w.hubStatus().contains(QStringLiteral("3"))) << w.hubStatus().toStdString();
    auto *label = w.findChild<QLabel *>(QStringLiteral("hubStatusLabel"));
    ASSERT_TRUE(label);
    EXPECT_TRUE(label->styleSheet().contains(QStringLiteral("#b00020"))); // offline is shown in red
}
