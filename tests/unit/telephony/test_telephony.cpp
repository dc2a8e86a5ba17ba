// The telephony module without SIP peers: device choice, the line-test tool's arguments, and the
// thread model of Phone/SipEngine with a real liblinphone core that has no account.
#include "testutil.h"

#include <safelink/telephony/audiodevices.h>
#include <safelink/telephony/linetest.h>
#include <safelink/telephony/phone.h>
#include <safelink/telephony/sipengine.h>

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

using namespace safelink::telephony;
using safelink::test::TempDir;

namespace {

AudioDevice device(const QString &id, const QString &name, bool capture, bool play)
{
    return AudioDevice{id, name, QStringLiteral("ALSA"), capture, play};
}

const AudioDevice kDefaultIn =
    device(QStringLiteral("default-in"), QStringLiteral("内置麦克风"), true, false);
const AudioDevice kDefaultOut =
    device(QStringLiteral("default-out"), QStringLiteral("笔记本扬声器"), false, true);
const AudioDevice kHeadset =
    device(QStringLiteral("usb-headset"), QStringLiteral("Jabra Evolve 40"), true, true);
const AudioDevice kSpeaker = device(QStringLiteral("hdmi"), QStringLiteral("显示器扬声器"), false, true);

} // namespace

TEST(AudioDevices, PreferredHeadsetIsUsedWhenPresent)
{
    DevicePreferences prefs{kHeadset.id, kHeadset.id, kSpeaker.id};
    const auto r =
        resolveDevices(prefs, {kDefaultIn, kDefaultOut, kHeadset, kSpeaker}, kDefaultIn, kDefaultOut);
    EXPECT_EQ(r.capture, kHeadset);
    EXPECT_EQ(r.playback, kHeadset);
    EXPECT_EQ(r.ringer, kSpeaker); // the ring device is distinct from the headset
    EXPECT_FALSE(r.fellBack());
}

TEST(AudioDevices, UnpluggedHeadsetFallsBackToDefaultAndSaysSo)
{
    DevicePreferences prefs{kHeadset.id, kHeadset.id, kSpeaker.id};
    const QList<AudioDevice> before{kDefaultIn, kDefaultOut, kHeadset, kSpeaker};
    const auto r = resolveDevices(prefs, {kDefaultIn, kDefaultOut, kSpeaker}, kDefaultIn, kDefaultOut);
    EXPECT_EQ(r.capture, kDefaultIn);
    EXPECT_EQ(r.playback, kDefaultOut);
    EXPECT_TRUE(r.captureFellBack);
    EXPECT_TRUE(r.playbackFellBack);
    EXPECT_FALSE(r.ringerFellBack);
    const QString message = describeFallback(prefs, before, r);
    EXPECT_TRUE(message.contains(QStringLiteral("Jabra Evolve 40"))) << message.toStdString();
    EXPECT_TRUE(message.contains(QStringLiteral("笔记本扬声器"))) << message.toStdString();
}

TEST(AudioDevices, DeviceWithoutTheCapabilityIsNotUsed)
{
    // A playback-only device chosen as microphone (a stale setting) must not be used for capture.
    DevicePreferences prefs{kSpeaker.id, QString(), QString()};
    const auto r = resolveDevices(prefs, {kDefaultIn, kDefaultOut, kSpeaker}, kDefaultIn, kDefaultOut);
    EXPECT_EQ(r.capture, kDefaultIn);
    EXPECT_TRUE(r.captureFellBack);
    EXPECT_EQ(r.playback, kDefaultOut); // nothing chosen: the default, and that is not a fallback
    EXPECT_FALSE(r.playbackFellBack);
}

TEST(LineTestOptions, ParsesEveryOption)
{
    const QStringList args{QStringLiteral("--proxy"),         QStringLiteral("sip:127.0.0.1:5060"),
                           QStringLiteral("--user"),          QStringLiteral("1001"),
                           QStringLiteral("--password-file"), QStringLiteral("pw.txt"),
                           QStringLiteral("--listen-port"),   QStringLiteral("5099"),
                           QStringLiteral("--dial"),          QStringLiteral("120"),
                           QStringLiteral("--dtmf"),          QStringLiteral("123#"),
                           QStringLiteral("--transfer"),      QStringLiteral("1002"),
                           QStringLiteral("--seconds"),       QStringLiteral("7"),
                           QStringLiteral("--record"),        QStringLiteral("out.wav")};
    auto o = LineTestOptions::parse(args, QStringLiteral("secret"));
    ASSERT_TRUE(o.ok()) << o.error().toString().toStdString();
    EXPECT_EQ(o->proxy, QStringLiteral("sip:127.0.0.1:5060"));
    EXPECT_EQ(o->user, QStringLiteral("1001"));
    EXPECT_EQ(o->password, QStringLiteral("secret"));
    EXPECT_EQ(o->listenPort, 5099);
    EXPECT_EQ(o->mode, LineTestOptions::Mode::Dial);
    EXPECT_EQ(o->dialTarget, QStringLiteral("120"));
    EXPECT_EQ(o->dtmf, QStringLiteral("123#"));
    EXPECT_EQ(o->transferTarget, QStringLiteral("1002"));
    EXPECT_EQ(o->seconds, 7);
    EXPECT_EQ(o->recordFile, QStringLiteral("out.wav"));
}

TEST(LineTestOptions, RejectsBadArgumentsNamingTheOption)
{
    struct Case {
        QStringList args;
        QString field;
    };
    const QString proxy = QStringLiteral("--proxy"), p = QStringLiteral("sip:127.0.0.1:5060");
    const QString user = QStringLiteral("--user"), u = QStringLiteral("1001");
    const QList<Case> cases{
        {{user, u, QStringLiteral("--answer")}, proxy},
        {{proxy, QStringLiteral("127.0.0.1"), user, u, QStringLiteral("--answer")}, proxy},
        {{proxy, p, QStringLiteral("--answer")}, user},
        {{proxy, p, user, u}, QStringLiteral("--answer/--dial")},
        {{proxy, p, user, u, QStringLiteral("--answer"), QStringLiteral("--dial"), QStringLiteral("1")},
         QStringLiteral("--answer/--dial")},
        {{proxy, p, user, u, QStringLiteral("--answer"), QStringLiteral("--seconds"), QStringLiteral("x")},
         QStringLiteral("--seconds")},
        {{proxy, p, user, u, QStringLiteral("--answer"), QStringLiteral("--listen-port"),
          QStringLiteral("70000")},
         QStringLiteral("--listen-port")},
        {{proxy, p, user, u, QStringLiteral("--answer"), QStringLiteral("--dtmf"), QStringLiteral("12;rm")},
         QStringLiteral("--dtmf")},
        {{proxy, p, user, u, QStringLiteral("--answer"), QStringLiteral("--play"),
          QStringLiteral("/nonexistent.wav")},
         QStringLiteral("--play")},
        {{proxy, p, user, u, QStringLiteral("--answer"), QStringLiteral("--bogus")},
         QStringLiteral("--bogus")},
        {{proxy, p, user}, user},
    };
    for (const Case &c : cases) {
        auto o = LineTestOptions::parse(c.args);
        ASSERT_FALSE(o.ok()) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_EQ(o.error().field, c.field) << c.args.join(QLatin1Char(' ')).toStdString();
        EXPECT_FALSE(o.error().message.isEmpty());
    }
}

TEST(Labels, EveryStateHasAKeyAndALabel)
{
    for (CallState s : {CallState::Ringing, CallState::Dialling, CallState::RemoteRinging, CallState::Active,
                        CallState::Held, CallState::HeldByRemote, CallState::Ended, CallState::Failed}) {
        EXPECT_FALSE(key(s).isEmpty());
        EXPECT_FALSE(Labels::call(s).isEmpty());
    }
    for (RegistrationState s :
         {RegistrationState::None, RegistrationState::Progress, RegistrationState::Registered,
          RegistrationState::Cleared, RegistrationState::Failed}) {
        EXPECT_FALSE(key(s).isEmpty());
        EXPECT_FALSE(Labels::registration(s).isEmpty());
    }
}

class PhoneThread : public ::testing::Test {
protected:
    EngineConfig config()
    {
        EngineConfig c;
        c.dataDir = m_dir.file(QStringLiteral("sip"));
        c.recordDir = m_dir.file(QStringLiteral("rec"));
        c.useFiles = true;
        return c;
    }
    TempDir m_dir;
};

TEST_F(PhoneThread, EngineRunsOnItsOwnThreadAndSignalsArriveOnTheCallersThread)
{
    Phone phone(config());
    QSignalSpy started(&phone, &Phone::started);
    QThread *signalThread = nullptr;
    QObject::connect(&phone, &Phone::started, &phone, [&] { signalThread = QThread::currentThread(); });
    phone.start();
    ASSERT_TRUE(started.wait(10000));
    EXPECT_NE(phone.engineThread(), QThread::currentThread());
    EXPECT_TRUE(phone.engineThread()->isRunning());
    EXPECT_EQ(signalThread, QThread::currentThread());
    QPointer<QThread> thread = phone.engineThread();
    phone.stop();
    EXPECT_EQ(phone.engineThread(), nullptr);
    EXPECT_TRUE(thread.isNull()); // the last phone of the process joined and deleted it
    phone.stop();                 // twice is fine
}

// Every phone of a process uses the one SIP thread: belle-sip's SDP parser is a process-wide
// singleton, and two cores iterated on two threads crashed in it (CI, attended transfer).
TEST_F(PhoneThread, EveryPhoneOfAProcessSharesTheOneSipThread)
{
    Phone first(config());
    EngineConfig second = config();
    second.dataDir = m_dir.file(QStringLiteral("sip2"));
    second.recordDir = m_dir.file(QStringLiteral("rec2"));
    Phone other(second);
    QSignalSpy firstStarted(&first, &Phone::started);
    QSignalSpy otherStarted(&other, &Phone::started);
    first.start();
    other.start();
    ASSERT_TRUE(firstStarted.wait(10000));
    ASSERT_TRUE(otherStarted.count() > 0 || otherStarted.wait(10000));
    ASSERT_NE(first.engineThread(), nullptr);
    EXPECT_EQ(first.engineThread(), other.engineThread());
    QPointer<QThread> thread = first.engineThread();
    first.stop();
    ASSERT_FALSE(thread.isNull());
    EXPECT_TRUE(thread->isRunning()); // the other phone still uses it
    other.stop();
    EXPECT_TRUE(thread.isNull());
}

TEST_F(PhoneThread, RequestsAboutUnknownCallsAndBadTargetsFailClearly)
{
    Phone phone(config());
    QSignalSpy started(&phone, &Phone::started);
    QSignalSpy failures(&phone, &Phone::actionFailed);
    phone.start();
    ASSERT_TRUE(started.wait(10000));
    phone.answer(42);
    phone.hold(42);
    phone.sendDtmf(42, QStringLiteral("12;"));
    const CallId bad = phone.dial(QStringLiteral("not a number; rm -rf"));
    QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 4, 5000);
    EXPECT_EQ(failures.at(0).at(0).value<CallId>(), CallId(42));
    EXPECT_EQ(failures.at(3).at(0).value<CallId>(), bad);
    for (const auto &f : failures)
        EXPECT_FALSE(f.at(1).toString().isEmpty());
    EXPECT_TRUE(phone.calls().isEmpty());
}

TEST_F(PhoneThread, AccountWithBadValuesIsRefusedWithoutRegistering)
{
    Phone phone(config());
    QSignalSpy started(&phone, &Phone::started);
    QSignalSpy registration(&phone, &Phone::registrationChanged);
    phone.start();
    ASSERT_TRUE(started.wait(10000));
    phone.setAccount(AccountConfig{QStringLiteral("sip:127.0.0.1:5999"),
                                   QStringLiteral("10 01<script>"),
                                   QStringLiteral("x"),
                                   {},
                                   {},
                                   300});
    ASSERT_TRUE(registration.wait(5000));
    EXPECT_EQ(registration.at(0).at(0).value<RegistrationState>(), RegistrationState::Failed);
    EXPECT_EQ(phone.registration(), RegistrationState::Failed);
}

TEST_F(PhoneThread, EngineRefusesCallsFromAnotherThread)
{
    // The engine object checks affinity itself: a call from the wrong thread is ignored (and
    // asserts in debug builds), never reaching liblinphone.
    auto ids = std::make_shared<std::atomic<CallId>>(0);
    SipEngine engine(config(), ids);
    QThread thread;
    engine.moveToThread(&thread);
    thread.start();
    QSignalSpy started(&engine, &SipEngine::started);
    QMetaObject::invokeMethod(
        &engine, [&] { engine.start(); }, Qt::QueuedConnection);
    ASSERT_TRUE(started.wait(10000));
    EXPECT_FALSE(engine.onEngineThread());
#ifdef QT_NO_DEBUG
    QSignalSpy failures(&engine, &SipEngine::actionFailed);
    engine.hangup(1); // from the test's thread: ignored
    QTest::qWait(100);
    EXPECT_TRUE(failures.isEmpty());
#endif
    QMetaObject::invokeMethod(
        &engine,
        [&] {
            engine.shutdown();
            engine.moveToThread(QCoreApplication::instance()->thread());
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}
