// The desk's phone-related widgets as an agent sees them: the phone line and device warnings in the
// main window, the audio devices dialog, and playing a recording from memory.
#include "testutil.h"

#include <safelink/desk/audiodevicesdialog.h>
#include <safelink/desk/devicesettings.h>
#include <safelink/desk/mainwindow.h>
#include <safelink/desk/recentcalls.h>
#include <safelink/desk/recordingplayer.h>
#include <safelink/i18n/translations.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QtEndian>

#include <cmath>

#include <gtest/gtest.h>

using namespace safelink;

namespace {

// A 16-bit mono 8 kHz WAV of a 440 Hz tone.
QByteArray toneWav(double seconds)
{
    const int rate = 8000;
    const int samples = int(seconds * rate);
    QByteArray pcm(samples * 2, Qt::Uninitialized);
    for (int i = 0; i < samples; ++i)
        qToLittleEndian<qint16>(qint16(8000 * std::sin(2 * M_PI * 440 * i / rate)), pcm.data() + 2 * i);
    QByteArray wav;
    auto u32 = [&wav](quint32 v) {
        wav.append(reinterpret_cast<const char *>(&v), 4);
    };
    auto u16 = [&wav](quint16 v) {
        wav.append(reinterpret_cast<const char *>(&v), 2);
    };
    wav.append("RIFF");
    u32(36 + pcm.size());
    wav.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(rate);
    u32(rate * 2);
    u16(2);
    u16(16);
    wav.append("data");
    u32(pcm.size());
    return wav + pcm;
}

class PhoneWidgets : public ::testing::Test {
protected:
    void SetUp() override { i18n::install(*qApp, QStringLiteral("zh_CN")); }
};

} // namespace

TEST_F(PhoneWidgets, PhoneLineAndDeviceWarningAreShown)
{
    desk::MainWindow window;
    window.show();
    window.showPhone(telephony::RegistrationState::Failed, QStringLiteral("登记被拒绝（403）"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("phoneStatusLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("登记被拒绝")));
    EXPECT_TRUE(label->styleSheet().contains(QStringLiteral("#b00020"))); // red: calls cannot reach the seat

    EXPECT_TRUE(window.warning().isEmpty());
    window.showWarning(QStringLiteral("耳机“Jabra”不可用，声音改用笔记本扬声器"));
    auto *bar = window.findChild<QLabel *>(QStringLiteral("warningLabel"));
    ASSERT_NE(bar, nullptr);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_TRUE(window.warning().contains(QStringLiteral("Jabra")));
    window.showWarning(QString());
    EXPECT_FALSE(bar->isVisible());
}

TEST_F(PhoneWidgets, AudioDevicesDialogKeepsAnUnpluggedChoice)
{
    const QList<telephony::AudioDevice> devices{
        {QStringLiteral("in"), QStringLiteral("内置麦克风"), QStringLiteral("ALSA"), true, false},
        {QStringLiteral("out"), QStringLiteral("扬声器"), QStringLiteral("ALSA"), false, true},
    };
    const telephony::DevicePreferences current{QStringLiteral("in"), QStringLiteral("usb-headset"),
                                               QStringLiteral("out")};
    desk::AudioDevicesDialog dialog(devices, current);
    EXPECT_EQ(dialog.preferences(), current);
    auto *playback = dialog.findChild<QComboBox *>(QStringLiteral("playbackCombo"));
    ASSERT_NE(playback, nullptr);
    EXPECT_TRUE(playback->currentText().contains(QStringLiteral("usb-headset")));
    // The microphone list offers only devices that can record.
    auto *capture = dialog.findChild<QComboBox *>(QStringLiteral("captureCombo"));
    ASSERT_NE(capture, nullptr);
    EXPECT_EQ(capture->findData(QStringLiteral("out")), -1);
    capture->setCurrentIndex(0); // the system default
    EXPECT_TRUE(dialog.preferences().captureId.isEmpty());
}

TEST_F(PhoneWidgets, TheChosenHeadsetIsRememberedAcrossRestarts)
{
    test::TempDir dir;
    const QString file = dir.file(QStringLiteral("desk.ini"));
    const telephony::DevicePreferences chosen{QStringLiteral("usb-mic"), QStringLiteral("usb-headset"),
                                              QStringLiteral("hdmi")};
    {
        QSettings settings(file, QSettings::IniFormat);
        EXPECT_EQ(desk::loadDevicePreferences(settings),
                  telephony::DevicePreferences{}); // nothing chosen yet
        desk::saveDevicePreferences(settings, chosen);
    }
    QSettings again(file, QSettings::IniFormat); // the next shift
    EXPECT_EQ(desk::loadDevicePreferences(again), chosen);
}

TEST_F(PhoneWidgets, RecordingPlayerLoadsAWavFromMemory)
{
    desk::RecordingPlayer player;
    player.show();
    QSignalSpy loaded(&player, &desk::RecordingPlayer::loaded);
    QSignalSpy failed(&player, &desk::RecordingPlayer::failed);
    player.load(toneWav(3.0), QStringLiteral("2026-11-23 21:40 王秀英 来电"));
    ASSERT_TRUE(loaded.wait(10000)) << player.errorText().toStdString();
    EXPECT_NEAR(double(player.durationMs()), 3000.0, 150.0);
    EXPECT_TRUE(failed.isEmpty());
    EXPECT_TRUE(player.title().contains(QStringLiteral("王秀英")));
    auto *time = player.findChild<QLabel *>(QStringLiteral("timeLabel"));
    ASSERT_NE(time, nullptr);
    EXPECT_TRUE(time->text().endsWith(QStringLiteral("00:03"))) << time->text().toStdString();
}

TEST_F(PhoneWidgets, RecordingPlayerReportsAFileThatIsNotAudio)
{
    desk::RecordingPlayer player;
    QSignalSpy failed(&player, &desk::RecordingPlayer::failed);
    QSignalSpy loaded(&player, &desk::RecordingPlayer::loaded);
    player.load(QByteArray(4096, 'x'), QStringLiteral("broken"));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !loaded.isEmpty(), 10000);
    EXPECT_FALSE(failed.isEmpty());
    EXPECT_FALSE(player.errorText().isEmpty());
}

TEST_F(PhoneWidgets, RecentCallsComeFromTheReplicaNewestFirstAndPlayOnEnter)
{
    test::TempDir dir;
    auto db =
        store::Database::open(store::DatabaseConfig{.path = dir.file(QStringLiteral("replica.sqlite"))});
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->migrate().ok());
    store::CallRepository calls(**db);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (int i = 0; i < 3; ++i) {
        core::CallRecord c;
        c.meta.id = core::RecordMeta::newId();
        c.meta.version = 1;
        c.direction = i == 1 ? core::CallDirection::Outbound : core::CallDirection::Inbound;
        c.remoteNumber = core::PhoneNumber::parse(QStringLiteral("1380013800%1").arg(i)).value();
        c.seatId = QStringLiteral("seat-1");
        c.startedAt = t0.addSecs(i * 600);
        c.answeredAt = c.startedAt.addSecs(5);
        c.endedAt = c.startedAt.addSecs(125);
        c.disposition = core::CallDisposition::Answered;
        c.recordingId = i == 0 ? QString() : QStringLiteral("rec-%1").arg(i);
        ASSERT_TRUE(calls.upsert(c).ok());
    }
    auto recent = calls.recent(10);
    ASSERT_TRUE(recent.ok());
    ASSERT_EQ(recent->size(), 3);
    QStringList asked;
    desk::RecentCallsDialog dialog(recent.value(), [&](const QString &id) { asked << id; });
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    auto *view = dialog.findChild<QTableView *>(QStringLiteral("recentCallsView"));
    ASSERT_NE(view, nullptr);
    // Newest first: the call two at 20 minutes past, with its recording.
    EXPECT_EQ(dialog.model()->callAt(0).recordingId, QStringLiteral("rec-2"));
    EXPECT_EQ(dialog.model()->data(dialog.model()->index(0, desk::RecentCallsModel::TalkTime)).toString(),
              QStringLiteral("2:00"));
    EXPECT_FALSE(dialog.model()
                     ->data(dialog.model()->index(0, desk::RecentCallsModel::Recording))
                     .toString()
                     .isEmpty());
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(asked, QStringList{QStringLiteral("rec-2")});
    QSignalSpy loaded(dialog.player(), &desk::RecordingPlayer::loaded);
    dialog.showRecording(QStringLiteral("rec-2"), toneWav(2.0));
    ASSERT_TRUE(loaded.wait(10000));
    if (const QString shots = qEnvironmentVariable("SAFELINK_SCREENSHOT_DIR"); !shots.isEmpty())
        dialog.grab().save(shots + QStringLiteral("/recent-calls.png"));
    // The oldest call has no recording: nothing is fetched, the dialog says so.
    view->selectRow(2);
    dialog.playSelected();
    EXPECT_EQ(asked.size(), 1);
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("recentCallsStatus"));
    ASSERT_NE(status, nullptr);
    EXPECT_FALSE(status->text().isEmpty());
}
