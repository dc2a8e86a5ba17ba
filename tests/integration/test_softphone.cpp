// The seat's softphone (modules/telephony, liblinphone on its own thread) against real peers on
// loopback: Kamailio with the shipped config as registrar and proxy, baresip as the alarm terminal,
// the relative and the 120 gateway, and a second seat of our own where a peer must do what baresip
// 1.0.0 cannot (receive SIP INFO, take an attended transfer). What a call carried is checked in the
// recordings: every party plays a tone of its own.
#include "baresippeer.h"
#include "kamailioprocess.h"
#include "pulseserver.h"
#include "siptestutil.h"
#include "testutil.h"
#include "toneanalysis.h"

#include <safelink/telephony/phone.h>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace safelink::telephony;
using namespace safelink::test;

namespace {

constexpr double kAgentHz = 1000;   // what the agent's seat sends
constexpr double kTerminalHz = 440; // the alarm terminal
constexpr double kRelativeHz = 660; // the relative / 120
constexpr double kAbsentHz = 1700;  // nobody plays this
const QString kSeatPassword = QStringLiteral("seat-pass-1001");
const QString kPeerPassword = QStringLiteral("peer-pass");

// One seat: a Phone with file audio, and what it reported.
class Seat {
public:
    // playWav empty: the seat uses its sound card (a PulseServer of the test), like a real desk.
    Seat(const QString &dir, const QString &playWav, DtmfMode dtmfMode = DtmfMode::Rfc4733)
    {
        EngineConfig config;
        config.dataDir = dir + QStringLiteral("/sip");
        config.recordDir = dir + QStringLiteral("/rec");
        config.useFiles = !playWav.isEmpty();
        config.playFile = playWav;
        config.dtmf = dtmfMode;
        phone = std::make_unique<Phone>(config);
        QObject::connect(phone.get(), &Phone::callChanged, phone.get(), [this](const CallInfo &c) {
            calls[c.id] = c;
            history.append(c);
        });
        QObject::connect(phone.get(), &Phone::registrationChanged, phone.get(),
                         [this](RegistrationState s, const QString &m, int status) {
                             registration = s;
                             registrationMessage = m;
                             registrationStatus = status;
                         });
        QObject::connect(phone.get(), &Phone::recordingFinished, phone.get(),
                         [this](const CallInfo &c, const QString &path) { recordings.insert(c.id, path); });
        QObject::connect(phone.get(), &Phone::dtmfReceived, phone.get(),
                         [this](CallId, QChar d) { dtmf.append(d); });
        QObject::connect(phone.get(), &Phone::actionFailed, phone.get(),
                         [this](CallId, const QString &m) { failures.append(m); });
        QObject::connect(phone.get(), &Phone::callQuality, phone.get(),
                         [this](const CallQuality &q) { qualities.append(q); });
        QObject::connect(phone.get(), &Phone::deviceFallback, phone.get(),
                         [this](const QString &m) { fallbacks.append(m); });
        phone->start();
    }

    bool registerAt(const KamailioProcess &proxy, const QString &user, const QString &password)
    {
        phone->setAccount(AccountConfig{proxy.proxyUri(), user, password, {}, {}, 60});
        return waitUntil([this] { return registration == RegistrationState::Registered; }, 10000);
    }

    // The first call in `state` (optionally from/to `user`), 0 after the timeout.
    CallId waitForCall(CallState state, const QString &user = {}, int timeoutMs = 10000)
    {
        CallId found = 0;
        waitUntil(
            [&] {
                for (const CallInfo &c : std::as_const(calls)) {
                    if (c.state == state && (user.isEmpty() || c.remoteUser == user)) {
                        found = c.id;
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }

    bool waitState(CallId id, CallState state, int timeoutMs = 10000)
    {
        return waitUntil([&] { return calls.contains(id) && calls[id].state == state; }, timeoutMs);
    }

    bool waitEnded(CallId id, int timeoutMs = 10000)
    {
        return waitUntil([&] { return calls.contains(id) && !calls[id].isLive(); }, timeoutMs);
    }

    std::unique_ptr<Phone> phone;
    QHash<CallId, CallInfo> calls;
    QList<CallInfo> history;
    QMultiHash<CallId, QString> recordings;
    RegistrationState registration = RegistrationState::None;
    QString registrationMessage;
    int registrationStatus = 0;
    QString dtmf;
    QStringList failures;
    QStringList fallbacks;
    QList<CallQuality> qualities;
};

class Softphone : public ::testing::Test {
protected:
    void SetUp() override
    {
        for (const char *program : {"kamailio", "baresip"}) {
            if (!haveProgram(QLatin1String(program)))
                GTEST_FAIL() << program << " is not installed (packaging/scripts/common.sh installs it)";
        }
        ASSERT_TRUE(makeToneWav(m_dir.file(QStringLiteral("agent.wav")), kAgentHz, 120));
        ASSERT_TRUE(makeToneWav(m_dir.file(QStringLiteral("relative.wav")), kRelativeHz, 120));
        ASSERT_TRUE(makeToneWav(m_dir.file(QStringLiteral("terminal.wav")), kTerminalHz, 120));
        ASSERT_TRUE(m_proxy.addUser(QStringLiteral("1001"), kSeatPassword));
        ASSERT_TRUE(m_proxy.addUser(QStringLiteral("1002"), kSeatPassword));
        ASSERT_TRUE(m_proxy.addUser(QStringLiteral("1003"), kSeatPassword));
        for (const QString &u : {QStringLiteral("2001"), QStringLiteral("2002")})
            ASSERT_TRUE(m_proxy.addUser(u, kPeerPassword));
        ASSERT_TRUE(m_proxy.start()) << m_proxy.logText().toStdString();
    }

    std::unique_ptr<Seat> agent(DtmfMode dtmf = DtmfMode::Rfc4733, bool soundCard = false)
    {
        auto seat =
            std::make_unique<Seat>(m_dir.file(QStringLiteral("agent")),
                                   soundCard ? QString() : m_dir.file(QStringLiteral("agent.wav")), dtmf);
        EXPECT_TRUE(seat->registerAt(m_proxy, QStringLiteral("1001"), kSeatPassword))
            << seat->registrationMessage.toStdString();
        return seat;
    }

    std::unique_ptr<BaresipPeer> terminal(const QString &user, int hz, bool autoAnswer = true)
    {
        auto options = BaresipPeer::registered(user, kPeerPassword, m_proxy.port());
        options.toneHz = hz;
        options.autoAnswer = autoAnswer;
        auto peer = std::make_unique<BaresipPeer>(options);
        EXPECT_TRUE(peer->start()) << peer->logText().toStdString();
        EXPECT_TRUE(peer->waitRegistered()) << peer->logText().toStdString();
        return peer;
    }

    static std::optional<ToneAnalysis> analyse(const QString &path)
    {
        QString error;
        auto a = ToneAnalysis::load(path, &error);
        EXPECT_TRUE(a.has_value()) << path.toStdString() << ": " << error.toStdString();
        return a;
    }

    TempDir m_dir;
    KamailioProcess m_proxy;
};

} // namespace

TEST_F(Softphone, WrongPasswordIsReportedAndNotRetried)
{
    Seat seat(m_dir.file(QStringLiteral("wrong")), m_dir.file(QStringLiteral("agent.wav")));
    seat.phone->setAccount(AccountConfig{
        m_proxy.proxyUri(), QStringLiteral("1001"), QStringLiteral("not-the-password"), {}, {}, 60});
    ASSERT_TRUE(waitUntil([&] { return seat.registration == RegistrationState::Failed; }, 10000));
    EXPECT_TRUE(seat.registrationStatus == 401 || seat.registrationStatus == 403) << seat.registrationStatus;
    EXPECT_FALSE(seat.registrationMessage.isEmpty());
    // Not retried: repeated wrong passwords would get the account locked at the proxy.
    waitUntil([] { return false; }, 3000);
    EXPECT_EQ(seat.registration, RegistrationState::Failed);
}

TEST_F(Softphone, IncomingCallIsAnsweredAndTheRecordingHoldsBothSides)
{
    auto seat = agent();
    auto alarm = terminal(QStringLiteral("2001"), int(kTerminalHz));
    ASSERT_TRUE(alarm->dial(m_proxy.userUri(QStringLiteral("1001"))));
    const CallId id = seat->waitForCall(CallState::Ringing);
    ASSERT_NE(id, 0u);
    EXPECT_EQ(seat->calls[id].direction, CallDirection::Incoming);
    EXPECT_EQ(seat->calls[id].remoteUser, QStringLiteral("2001")); // the caller's number, for the screen pop
    EXPECT_EQ(seat->calls[id].dialled, QStringLiteral("1001"));
    seat->phone->answer(id);
    ASSERT_TRUE(seat->waitState(id, CallState::Active));
    ASSERT_TRUE(alarm->waitForEvent(QStringLiteral("CALL_ESTABLISHED")));
    waitUntil([] { return false; }, 3000); // three seconds of talk
    // Quality figures arrive about once a second while the call has media: G.711 (the terminal
    // offers µ-law first, and the answer follows the offer) on a clean loopback scores high.
    ASSERT_FALSE(seat->qualities.isEmpty());
    EXPECT_EQ(seat->qualities.last().id, id);
    EXPECT_TRUE(seat->qualities.last().codec == QLatin1String("PCMU/8000")
                || seat->qualities.last().codec == QLatin1String("PCMA/8000"))
        << seat->qualities.last().codec.toStdString();
    EXPECT_GT(seat->qualities.last().mos, 3.5);
    EXPECT_LT(seat->qualities.last().lossPercent, 1.0);
    seat->phone->hangup(id);
    ASSERT_TRUE(seat->waitEnded(id));
    ASSERT_TRUE(waitUntil([&] { return seat->recordings.contains(id); }, 5000));
    auto rec = analyse(seat->recordings.value(id));
    ASSERT_TRUE(rec);
    EXPECT_GT(rec->seconds(), 2.0);
    EXPECT_GT(rec->energyAt(kTerminalHz), 0.15) << "the caller's tone is missing from the recording";
    EXPECT_GT(rec->energyAt(kAgentHz), 0.15) << "the agent's side is missing from the recording";
    EXPECT_LT(rec->energyAt(kAbsentHz), 0.02);
    EXPECT_TRUE(seat->calls[id].isAnswered());
}

TEST_F(Softphone, OutgoingCallReachesThePeerAndThePeerHearsTheAgent)
{
    auto seat = agent();
    auto relative = terminal(QStringLiteral("2001"), int(kRelativeHz));
    const CallId id = seat->phone->dial(QStringLiteral("2001"));
    ASSERT_TRUE(seat->waitState(id, CallState::Active))
        << seat->failures.join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(relative->waitForEvent(QStringLiteral("CALL_ESTABLISHED")));
    waitUntil([] { return false; }, 2500);
    seat->phone->hangup(id);
    ASSERT_TRUE(relative->waitForEvent(QStringLiteral("CALL_CLOSED")));
    waitUntil([] { return false; }, 300);
    auto heard = analyse(relative->lastRecording());
    ASSERT_TRUE(heard);
    EXPECT_GT(heard->energyAt(kAgentHz), 0.3) << "the peer did not hear the agent";
    EXPECT_LT(heard->energyAt(kAbsentHz), 0.02);
}

TEST_F(Softphone, OutgoingCallToAnUnknownNumberFailsWithTheProxysAnswer)
{
    auto seat = agent();
    const CallId id = seat->phone->dial(QStringLiteral("9999"));
    ASSERT_TRUE(seat->waitEnded(id));
    EXPECT_EQ(seat->calls[id].state, CallState::Failed);
    EXPECT_EQ(seat->calls[id].sipStatus, 404);
    EXPECT_FALSE(seat->calls[id].endReason.isEmpty());
}

TEST_F(Softphone, HoldAndResume)
{
    auto seat = agent();
    auto relative = terminal(QStringLiteral("2001"), int(kRelativeHz));
    const CallId id = seat->phone->dial(QStringLiteral("2001"));
    ASSERT_TRUE(seat->waitState(id, CallState::Active));
    ASSERT_TRUE(relative->waitForEvent(QStringLiteral("CALL_ESTABLISHED")));
    seat->phone->hold(id);
    ASSERT_TRUE(seat->waitState(id, CallState::Held));
    EXPECT_TRUE(waitUntil([&] { return relative->audioDirection() == QLatin1String("recvonly"); }, 5000))
        << relative->audioDirection().toStdString();
    seat->phone->resume(id);
    ASSERT_TRUE(seat->waitState(id, CallState::Active));
    EXPECT_TRUE(waitUntil([&] { return relative->audioDirection() == QLatin1String("sendrecv"); }, 5000))
        << relative->audioDirection().toStdString();
    seat->phone->hangup(id);
    EXPECT_TRUE(seat->waitEnded(id));
}

TEST_F(Softphone, DtmfReachesThePeerAsRtpEvents)
{
    auto seat = agent();
    auto peer = terminal(QStringLiteral("2001"), int(kTerminalHz));
    const CallId id = seat->phone->dial(QStringLiteral("2001"));
    ASSERT_TRUE(seat->waitState(id, CallState::Active));
    ASSERT_TRUE(peer->waitForEvent(QStringLiteral("CALL_ESTABLISHED")));
    waitUntil([] { return false; }, 500);
    seat->phone->sendDtmf(id, QStringLiteral("123#"));
    EXPECT_TRUE(waitUntil([&] { return peer->receivedDtmf() == QLatin1String("123#"); }, 8000))
        << peer->receivedDtmf().toStdString();
    seat->phone->hangup(id);
}

TEST_F(Softphone, DtmfAsSipInfoReachesASeat)
{
    // baresip 1.0.0 does not take SIP INFO: the receiving end is a second seat of ours.
    auto seat = agent(DtmfMode::SipInfo);
    Seat other(m_dir.file(QStringLiteral("other")), m_dir.file(QStringLiteral("relative.wav")));
    ASSERT_TRUE(other.registerAt(m_proxy, QStringLiteral("1002"), kSeatPassword));
    const CallId id = seat->phone->dial(QStringLiteral("1002"));
    const CallId incoming = other.waitForCall(CallState::Ringing);
    ASSERT_NE(incoming, 0u);
    other.phone->answer(incoming);
    ASSERT_TRUE(seat->waitState(id, CallState::Active));
    seat->phone->sendDtmf(id, QStringLiteral("*59#"));
    EXPECT_TRUE(waitUntil([&] { return other.dtmf == QLatin1String("*59#"); }, 8000))
        << other.dtmf.toStdString();
    seat->phone->hangup(id);
}

TEST_F(Softphone, OpusBetweenSeatsWhenBothPreferIt)
{
    auto seat = agent();
    Seat other(m_dir.file(QStringLiteral("other")), m_dir.file(QStringLiteral("relative.wav")));
    ASSERT_TRUE(other.registerAt(m_proxy, QStringLiteral("1002"), kSeatPassword));
    // The agent's seat offers A-law first (what China's PSTN gateways speak), so A-law it is...
    const CallId first = seat->phone->dial(QStringLiteral("1002"));
    const CallId in = other.waitForCall(CallState::Ringing);
    ASSERT_NE(in, 0u);
    other.phone->answer(in);
    ASSERT_TRUE(seat->waitState(first, CallState::Active));
    ASSERT_TRUE(waitUntil([&] { return !seat->qualities.isEmpty(); }, 5000));
    EXPECT_EQ(seat->qualities.last().codec, QStringLiteral("PCMA/8000"));
    seat->phone->hangup(first);
    ASSERT_TRUE(seat->waitEnded(first));
    // ...and between two seats that prefer Opus, Opus it is.
    EngineConfig opus;
    opus.dataDir = m_dir.file(QStringLiteral("opus/sip"));
    opus.useFiles = true;
    opus.playFile = m_dir.file(QStringLiteral("agent.wav"));
    opus.codecs = {QStringLiteral("opus"), QStringLiteral("PCMA")};
    Phone opusSeat(opus);
    QList<CallQuality> seen;
    QHash<CallId, CallInfo> calls;
    RegistrationState reg = RegistrationState::None;
    QObject::connect(&opusSeat, &Phone::callQuality, &opusSeat,
                     [&](const CallQuality &q) { seen.append(q); });
    QObject::connect(&opusSeat, &Phone::callChanged, &opusSeat, [&](const CallInfo &c) { calls[c.id] = c; });
    QObject::connect(&opusSeat, &Phone::registrationChanged, &opusSeat,
                     [&](RegistrationState s) { reg = s; });
    opusSeat.start();
    opusSeat.setAccount(AccountConfig{m_proxy.proxyUri(), QStringLiteral("1003"), kSeatPassword, {}, {}, 60});
    ASSERT_TRUE(waitUntil([&] { return reg == RegistrationState::Registered; }, 10000));
    const CallId viaOpus = opusSeat.dial(QStringLiteral("1002"));
    const CallId in2 = other.waitForCall(CallState::Ringing);
    ASSERT_NE(in2, 0u);
    other.phone->answer(in2);
    ASSERT_TRUE(waitUntil([&] { return calls.value(viaOpus).media; }, 10000));
    ASSERT_TRUE(waitUntil([&] { return !seen.isEmpty(); }, 5000));
    EXPECT_EQ(seen.last().codec, QStringLiteral("opus/48000"));
    opusSeat.hangup(viaOpus);
    waitUntil([&] { return !calls.value(viaOpus).isLive(); }, 5000);
}

TEST_F(Softphone, BlindTransferHandsTheCallerToAnotherPeer)
{
    auto seat = agent();
    auto caller = terminal(QStringLiteral("2001"), int(kTerminalHz));
    auto target = terminal(QStringLiteral("2002"), int(kRelativeHz));
    ASSERT_TRUE(caller->dial(m_proxy.userUri(QStringLiteral("1001"))));
    const CallId id = seat->waitForCall(CallState::Ringing);
    ASSERT_NE(id, 0u);
    seat->phone->answer(id);
    ASSERT_TRUE(seat->waitState(id, CallState::Active));
    seat->phone->blindTransfer(id, QStringLiteral("2002"));
    // The caller is now talking to the target, and the seat's leg is gone.
    auto established = target->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 10000);
    ASSERT_TRUE(established) << caller->logText().toStdString();
    EXPECT_TRUE(established->peerUri.contains(QStringLiteral("2001"))) << established->peerUri.toStdString();
    ASSERT_TRUE(seat->waitEnded(id));
    EXPECT_EQ(seat->calls[id].transfer, TransferState::Done);
}

TEST_F(Softphone, AttendedTransferConnectsTheCallerToTheConsultedParty)
{
    // baresip 1.0.0 cannot take part in an attended transfer (no Replaces, either way): the caller
    // and the consulted party are seats of ours, each on its own liblinphone core.
    auto seat = agent();
    Seat caller(m_dir.file(QStringLiteral("caller")), m_dir.file(QStringLiteral("terminal.wav")));
    ASSERT_TRUE(caller.registerAt(m_proxy, QStringLiteral("1003"), kSeatPassword));
    Seat consulted(m_dir.file(QStringLiteral("consulted")), m_dir.file(QStringLiteral("relative.wav")));
    ASSERT_TRUE(consulted.registerAt(m_proxy, QStringLiteral("1002"), kSeatPassword));
    const CallId fromCaller = caller.phone->dial(QStringLiteral("1001"));
    const CallId first = seat->waitForCall(CallState::Ringing);
    ASSERT_NE(first, 0u);
    seat->phone->answer(first);
    ASSERT_TRUE(seat->waitState(first, CallState::Active));
    // Consult: the caller goes on hold, the agent talks to the other party first.
    const CallId second = seat->phone->dial(QStringLiteral("1002"));
    const CallId atConsulted = consulted.waitForCall(CallState::Ringing);
    ASSERT_NE(atConsulted, 0u);
    consulted.phone->answer(atConsulted);
    ASSERT_TRUE(seat->waitState(second, CallState::Active));
    ASSERT_TRUE(seat->waitState(first, CallState::Held));
    seat->phone->attendedTransfer(first, second);
    // The caller's new call replaces the agent's call at the consulted party; the agent is out.
    const CallId replaced = consulted.waitForCall(CallState::Active, QStringLiteral("1003"), 10000);
    EXPECT_NE(replaced, 0u);
    EXPECT_TRUE(seat->waitEnded(first));
    EXPECT_TRUE(seat->waitEnded(second));
    EXPECT_TRUE(consulted.waitEnded(atConsulted));
    EXPECT_TRUE(waitUntil(
        [&] {
            for (const CallInfo &c : std::as_const(caller.calls)) {
                if (c.state == CallState::Active && c.remoteUser == QLatin1String("1002"))
                    return true;
            }
            return false;
        },
        10000))
        << "the caller is not talking to the consulted party";
    Q_UNUSED(fromCaller);
}

TEST_F(Softphone, ThreeWayConferenceBothPeersHearTheAgent)
{
    // The caller is a seat of ours (1002, playing the terminal's tone): baresip stops recording at
    // the first hold, and the caller is on hold while the agent dials. The relative is baresip.
    // The agent's seat talks through a sound card (PulseAudio with a sine microphone): with file
    // audio liblinphone's conference has no local voice.
    PulseServer pulse;
    pulse.outliveThisProcess(); // see PulseServer: the phone's pulse connection lives until exit
    ASSERT_TRUE(pulse.start(kAgentHz)) << "pulseaudio did not start: " << pulse.logText().toStdString();
    auto seat = agent(DtmfMode::Rfc4733, true);
    Seat caller(m_dir.file(QStringLiteral("caller")), m_dir.file(QStringLiteral("terminal.wav")));
    ASSERT_TRUE(caller.registerAt(m_proxy, QStringLiteral("1002"), kSeatPassword));
    auto relative = terminal(QStringLiteral("2002"), int(kRelativeHz));
    const CallId fromCaller = caller.phone->dial(QStringLiteral("1001"));
    const CallId a = seat->waitForCall(CallState::Ringing);
    ASSERT_NE(a, 0u);
    seat->phone->answer(a);
    ASSERT_TRUE(seat->waitState(a, CallState::Active));
    seat->phone->conference({a}); // one call is not a conference
    ASSERT_TRUE(waitUntil([&] { return !seat->failures.isEmpty(); }, 3000));
    seat->failures.clear();
    const CallId b = seat->phone->dial(QStringLiteral("2002"));
    ASSERT_TRUE(seat->waitState(b, CallState::Active));
    ASSERT_TRUE(seat->waitState(a, CallState::Held));
    seat->phone->conference({a, b});
    ASSERT_TRUE(waitUntil(
        [&] {
            return seat->calls[a].inConference && seat->calls[b].inConference && seat->calls[a].media
                   && seat->calls[b].media;
        },
        8000));
    waitUntil([] { return false; }, 3000);
    EXPECT_TRUE(seat->failures.isEmpty()) << seat->failures.join(QLatin1Char('\n')).toStdString();
    seat->phone->hangup(b);
    ASSERT_TRUE(relative->waitForEvent(QStringLiteral("CALL_CLOSED")));
    // The caller stays with the agent when the relative leaves.
    ASSERT_TRUE(seat->waitEnded(b));
    waitUntil([] { return false; }, 1000);
    EXPECT_TRUE(seat->calls[a].isLive());
    EXPECT_TRUE(caller.calls[fromCaller].isLive());
    seat->phone->hangup(a);
    ASSERT_TRUE(seat->waitEnded(a));
    ASSERT_TRUE(caller.waitEnded(fromCaller));
    ASSERT_TRUE(waitUntil([&] { return caller.recordings.contains(fromCaller); }, 5000));
    waitUntil([] { return false; }, 500);

    // The relative heard the agent and the caller (the seat mixes the conference).
    auto relativeHeard = analyse(relative->lastRecording());
    ASSERT_TRUE(relativeHeard);
    const auto relativeTail = relativeHeard->window(std::max(0.0, relativeHeard->seconds() - 2.5), 2.0);
    EXPECT_GT(relativeTail.energyAt(kAgentHz), 0.05) << "the relative did not hear the agent";
    EXPECT_GT(relativeTail.energyAt(kTerminalHz), 0.05) << "the relative did not hear the caller";
    EXPECT_LT(relativeTail.energyAt(kAbsentHz), 0.02);
    // The caller's recording (its own tone and what it heard) holds the relative and the agent.
    auto callerHeard = analyse(caller.recordings.value(fromCaller));
    ASSERT_TRUE(callerHeard);
    EXPECT_GT(callerHeard->energyAt(kRelativeHz), 0.01) << "the caller did not hear the relative";
    EXPECT_GT(callerHeard->energyAt(kAgentHz), 0.05) << "the caller did not hear the agent";
    // The conference is recorded as a whole (calls in a conference cannot record alone).
    ASSERT_TRUE(waitUntil([&] { return seat->recordings.size() >= 2; }, 5000)) << seat->recordings.size();
    bool conferenceRecorded = false;
    for (const QString &path : std::as_const(seat->recordings)) {
        if (!QFileInfo(path).fileName().startsWith(QLatin1String("conference-")))
            continue;
        auto mix = analyse(path);
        ASSERT_TRUE(mix);
        EXPECT_GT(mix->energyAt(kTerminalHz), 0.05);
        EXPECT_GT(mix->energyAt(kRelativeHz), 0.05);
        conferenceRecorded = true;
    }
    EXPECT_TRUE(conferenceRecorded);
}

TEST_F(Softphone, ProxyDownThenUpAgain)
{
    auto seat = agent();
    m_proxy.stop();
    seat->phone->refreshRegistration();
    ASSERT_TRUE(waitUntil([&] { return seat->registration == RegistrationState::Failed; }, 40000))
        << seat->registrationMessage.toStdString();
    EXPECT_FALSE(seat->registrationMessage.isEmpty());
    ASSERT_TRUE(m_proxy.start());
    // Retried with backoff by the phone itself, no agent action.
    ASSERT_TRUE(waitUntil([&] { return seat->registration == RegistrationState::Registered; }, 40000))
        << seat->registrationMessage.toStdString();
    // And calls reach the seat again.
    auto alarm = terminal(QStringLiteral("2001"), int(kTerminalHz));
    ASSERT_TRUE(alarm->dial(m_proxy.userUri(QStringLiteral("1001"))));
    EXPECT_NE(seat->waitForCall(CallState::Ringing), 0u);
}

TEST_F(Softphone, DoNotDisturbRefusesWithoutRinging)
{
    auto seat = agent();
    seat->phone->setDoNotDisturb(true);
    auto alarm = terminal(QStringLiteral("2001"), int(kTerminalHz));
    ASSERT_TRUE(alarm->dial(m_proxy.userUri(QStringLiteral("1001"))));
    auto closed = alarm->waitForEvent(QStringLiteral("CALL_CLOSED"), 10000);
    ASSERT_TRUE(closed);
    EXPECT_TRUE(closed->param.contains(QStringLiteral("486"))) << closed->param.toStdString();
    EXPECT_EQ(seat->phone->ringingCall(), 0u);
}

TEST_F(Softphone, UnpluggedHeadsetFallsBackToTheDefaultAndSaysSo)
{
    // A USB headset as PulseAudio sees it: a sink and a source of its own, next to the defaults.
    PulseServer pulse;
    pulse.outliveThisProcess(); // see PulseServer: the phone's pulse connection lives until exit
    ASSERT_TRUE(pulse.start(kAgentHz)) << pulse.logText().toStdString();
    QString sinkModule;
    ASSERT_EQ(pulse.pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                           QStringLiteral("sink_name=usbheadset"),
                           QStringLiteral("sink_properties=device.description=USB-Headset")},
                          &sinkModule),
              0);
    auto seat = agent(DtmfMode::Rfc4733, true);
    ASSERT_TRUE(waitUntil([&] { return !seat->phone->devices().isEmpty(); }, 5000));
    QString headsetId;
    for (const AudioDevice &d : seat->phone->devices()) {
        if (d.canPlay && d.name.contains(QStringLiteral("USB-Headset")))
            headsetId = d.id;
    }
    ASSERT_FALSE(headsetId.isEmpty()) << "devices seen: " << seat->phone->devices().size();
    seat->phone->setDevices(DevicePreferences{{}, headsetId, {}});
    ASSERT_TRUE(waitUntil([&] { return seat->phone->devicesInUse().playbackId == headsetId; }, 5000));
    EXPECT_TRUE(seat->fallbacks.isEmpty());

    // Pulled out in the middle of a call: the phone notices, moves to the default, says which
    // device is gone, and the call goes on.
    auto alarm = terminal(QStringLiteral("2001"), int(kTerminalHz));
    ASSERT_TRUE(alarm->dial(m_proxy.userUri(QStringLiteral("1001"))));
    const CallId id = seat->waitForCall(CallState::Ringing);
    ASSERT_NE(id, 0u);
    seat->phone->answer(id);
    ASSERT_TRUE(seat->waitState(id, CallState::Active));
    waitUntil([] { return false; }, 500);
    ASSERT_EQ(pulse.pactl({QStringLiteral("unload-module"), sinkModule}), 0);
    seat->phone->reloadDevices();
    ASSERT_TRUE(waitUntil([&] { return !seat->fallbacks.isEmpty(); }, 10000));
    EXPECT_TRUE(seat->fallbacks.last().contains(QStringLiteral("USB-Headset"))
                || seat->fallbacks.last().contains(headsetId))
        << seat->fallbacks.last().toStdString();
    EXPECT_NE(seat->phone->devicesInUse().playbackId, headsetId);
    waitUntil([] { return false; }, 1500);
    EXPECT_EQ(seat->calls[id].state, CallState::Active);
    EXPECT_TRUE(seat->calls[id].media);
    seat->phone->hangup(id);
    EXPECT_TRUE(seat->waitEnded(id));

    // Plugged in again: the remembered choice comes back by itself.
    ASSERT_EQ(pulse.pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"),
                           QStringLiteral("sink_name=usbheadset"),
                           QStringLiteral("sink_properties=device.description=USB-Headset")}),
              0);
    seat->phone->reloadDevices();
    EXPECT_TRUE(waitUntil([&] { return seat->phone->devicesInUse().playbackId == headsetId; }, 10000));
}

TEST_F(Softphone, APeerThatVanishesMidCallNeverBlocksTheNextAlarm)
{
    // A 4G terminal loses its network mid-call: no BYE ever comes. The next alarm must still be
    // answered at once, and the dead call must end by itself rather than hold a line for ever.
    auto seat = agent();
    auto lost = terminal(QStringLiteral("2001"), int(kTerminalHz));
    ASSERT_TRUE(lost->dial(m_proxy.userUri(QStringLiteral("1001"))));
    const CallId first = seat->waitForCall(CallState::Ringing, QStringLiteral("2001"));
    ASSERT_NE(first, 0u);
    seat->phone->answer(first);
    ASSERT_TRUE(seat->waitState(first, CallState::Active));
    ASSERT_TRUE(waitUntil([&] { return seat->calls[first].media; }, 5000));
    lost->kill();

    auto next = terminal(QStringLiteral("2002"), int(kRelativeHz));
    ASSERT_TRUE(next->dial(m_proxy.userUri(QStringLiteral("1001"))));
    const CallId second = seat->waitForCall(CallState::Ringing, QStringLiteral("2002"));
    ASSERT_NE(second, 0u);
    seat->phone->answer(second);
    ASSERT_TRUE(seat->waitState(second, CallState::Active, 5000))
        << "state " << key(seat->calls[second].state).toStdString()
        << "; failures: " << seat->failures.join(QStringLiteral("; ")).toStdString();
    ASSERT_TRUE(next->waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000));
    // The vanished caller's call ends (no answer to the hold, or no media) well before a shift does.
    ASSERT_TRUE(seat->waitEnded(first, 15000)) << "state " << key(seat->calls[first].state).toStdString();
    EXPECT_TRUE(seat->calls[first].endReason.contains(QStringLiteral("gone")))
        << seat->calls[first].endReason.toStdString();
    EXPECT_EQ(seat->calls[second].state, CallState::Active);
}

// A PSTN gateway that rings and then ignores CANCEL (it says 200 to the CANCEL but never ends the
// INVITE with 487): the INVITE stays open at the proxy until its timer, and at the seat until then.
const char kDeafGatewayScenario[] = R"(<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<scenario name="gateway deaf to CANCEL">
  <recv request="INVITE" crlf="true"/>
  <send><![CDATA[
SIP/2.0 180 Ringing
[last_Via:]
[last_From:]
[last_To:];tag=[pid]SIPpTag01[call_number]
[last_Call-ID:]
[last_CSeq:]
[last_Record-Route:]
Contact: <sip:[local_ip]:[local_port];transport=[transport]>
Content-Length: 0

]]></send>
  <recv request="CANCEL"/>
  <send><![CDATA[
SIP/2.0 200 OK
[last_Via:]
[last_From:]
[last_To:]
[last_Call-ID:]
[last_CSeq:]
Content-Length: 0

]]></send>
  <pause milliseconds="300000"/>
</scenario>
)";

TEST_F(Softphone, CallsCancelledWhileRingingNeverMakeTheSeatBusyForTheNextAlarm)
{
    // The agent tries relatives whose phones ring (through a gateway that never confirms the
    // CANCEL) and hangs up each time. liblinphone keeps such a call until its INVITE transaction
    // ends, minutes later: the next alarm must still ring, not be refused with 486. (liblinphone
    // does not count these towards its call limit; the next test guards the limit itself.)
    if (!haveProgram(QStringLiteral("sipp")))
        GTEST_FAIL() << "sipp is not installed (packaging/scripts/common.sh installs it)";
    const quint16 gatewayPort = freeLoopbackPort();
    ASSERT_NE(gatewayPort, 0);
    QFile scenario(m_dir.file(QStringLiteral("deaf-gateway.xml")));
    ASSERT_TRUE(scenario.open(QIODevice::WriteOnly));
    scenario.write(kDeafGatewayScenario);
    scenario.close();
    QProcess gateway;
    gateway.setProcessChannelMode(QProcess::MergedChannels);
    gateway.start(QStringLiteral("sipp"),
                  {QStringLiteral("-sf"), scenario.fileName(), QStringLiteral("-i"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(gatewayPort),
                   QStringLiteral("-m"), QStringLiteral("10"), QStringLiteral("-nostdin"),
                   QStringLiteral("-timeout"), QStringLiteral("120")});
    ASSERT_TRUE(gateway.waitForStarted());
    KamailioProcess proxy;
    proxy.setGateway(QStringLiteral("sip:127.0.0.1:%1").arg(gatewayPort));
    ASSERT_TRUE(proxy.addUser(QStringLiteral("1001"), kSeatPassword));
    ASSERT_TRUE(proxy.addUser(QStringLiteral("2001"), kPeerPassword));
    ASSERT_TRUE(proxy.start()) << proxy.logText().toStdString();
    Seat seat(m_dir.file(QStringLiteral("cancels")), m_dir.file(QStringLiteral("agent.wav")));
    ASSERT_TRUE(seat.registerAt(proxy, QStringLiteral("1001"), kSeatPassword));
    for (int i = 0; i < 6; ++i) {
        SCOPED_TRACE(i);
        const CallId out = seat.phone->dial(QStringLiteral("1390000111%1").arg(i));
        ASSERT_TRUE(seat.waitState(out, CallState::RemoteRinging)) << gateway.readAll().toStdString();
        seat.phone->hangup(out);
        ASSERT_TRUE(seat.waitEnded(out));
    }
    auto options = BaresipPeer::registered(QStringLiteral("2001"), kPeerPassword, proxy.port());
    options.toneHz = int(kTerminalHz);
    BaresipPeer alarm(options);
    ASSERT_TRUE(alarm.start());
    ASSERT_TRUE(alarm.waitRegistered());
    ASSERT_TRUE(alarm.dial(proxy.userUri(QStringLiteral("1001"))));
    const CallId in = seat.waitForCall(CallState::Ringing, QStringLiteral("2001"));
    ASSERT_NE(in, 0u) << "the alarm was refused: " << alarm.logText().toStdString();
    seat.phone->answer(in);
    ASSERT_TRUE(seat.waitState(in, CallState::Active));
    EXPECT_TRUE(alarm.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000).has_value());
    seat.phone->stop();
    gateway.kill();
    gateway.waitForFinished(3000);
}

TEST_F(Softphone, ASeatHoldingCallerAmbulancePoliceAndRelativesStillGetsTheNextAlarm)
{
    // A bad night: the caller on hold, 120, 110 and two relatives on the line (five calls, four
    // held), and another alarm comes in. It must ring, not be refused with 486 (liblinphone's
    // default limit, and ours before, was four calls).
    const QStringList numbers{QStringLiteral("120"), QStringLiteral("110"), QStringLiteral("13900001111"),
                              QStringLiteral("13900002222"), QStringLiteral("13900003333")};
    // Port 0: baresip's own pick of a free pair (it binds the next port for TLS too; a port chosen
    // here alone once collided with another test's socket on that next port).
    BaresipPeer gateway(BaresipPeer::gateway(0, numbers));
    ASSERT_TRUE(gateway.start());
    const quint16 gatewayPort = gateway.sipPort();
    ASSERT_NE(gatewayPort, 0);
    KamailioProcess proxy;
    proxy.setGateway(QStringLiteral("sip:127.0.0.1:%1").arg(gatewayPort));
    ASSERT_TRUE(proxy.addUser(QStringLiteral("1001"), kSeatPassword));
    ASSERT_TRUE(proxy.addUser(QStringLiteral("2001"), kPeerPassword));
    ASSERT_TRUE(proxy.start()) << proxy.logText().toStdString();
    Seat seat(m_dir.file(QStringLiteral("busy-night")), m_dir.file(QStringLiteral("agent.wav")));
    ASSERT_TRUE(seat.registerAt(proxy, QStringLiteral("1001"), kSeatPassword));
    QList<CallId> lines;
    for (const QString &number : numbers) {
        SCOPED_TRACE(number.toStdString());
        const CallId out = seat.phone->dial(number); // the one before goes on hold
        ASSERT_TRUE(seat.waitState(out, CallState::Active)) << gateway.logText().toStdString();
        lines.append(out);
    }
    ASSERT_EQ(seat.phone->calls().size(), numbers.size());

    auto options = BaresipPeer::registered(QStringLiteral("2001"), kPeerPassword, proxy.port());
    options.toneHz = int(kTerminalHz);
    BaresipPeer alarm(options);
    ASSERT_TRUE(alarm.start());
    ASSERT_TRUE(alarm.waitRegistered());
    ASSERT_TRUE(alarm.dial(proxy.userUri(QStringLiteral("1001"))));
    const CallId in = seat.waitForCall(CallState::Ringing, QStringLiteral("2001"));
    ASSERT_NE(in, 0u) << "the alarm was refused: " << alarm.logText().toStdString();
    EXPECT_EQ(seat.phone->calls().size(), numbers.size() + 1);
    seat.phone->answer(in);
    ASSERT_TRUE(seat.waitState(in, CallState::Active));
    EXPECT_TRUE(alarm.waitForEvent(QStringLiteral("CALL_ESTABLISHED"), 5000).has_value());
    seat.phone->stop();
}

TEST_F(Softphone, ATerminalCallingAgainWhileItsFirstCallIsStillUpRingsInsteadOfBusy)
{
    // The terminal's first call dropped on its side but the seat never heard (a lost BYE, a dead 4G
    // link): the old man presses again. liblinphone's default refuses a call from an address it
    // already has a call with (486); the second alarm must ring.
    KamailioProcess proxy;
    ASSERT_TRUE(proxy.addUser(QStringLiteral("1001"), kSeatPassword));
    ASSERT_TRUE(proxy.addUser(QStringLiteral("2001"), kPeerPassword));
    ASSERT_TRUE(proxy.start()) << proxy.logText().toStdString();
    Seat seat(m_dir.file(QStringLiteral("again")), m_dir.file(QStringLiteral("agent.wav")));
    ASSERT_TRUE(seat.registerAt(proxy, QStringLiteral("1001"), kSeatPassword));
    auto options = BaresipPeer::registered(QStringLiteral("2001"), kPeerPassword, proxy.port());
    options.toneHz = int(kTerminalHz);
    BaresipPeer terminal(options);
    ASSERT_TRUE(terminal.start());
    ASSERT_TRUE(terminal.waitRegistered());
    ASSERT_TRUE(terminal.dial(proxy.userUri(QStringLiteral("1001"))));
    const CallId first = seat.waitForCall(CallState::Ringing, QStringLiteral("2001"));
    ASSERT_NE(first, 0u);
    seat.phone->answer(first);
    ASSERT_TRUE(seat.waitState(first, CallState::Active));
    ASSERT_TRUE(terminal.dial(proxy.userUri(QStringLiteral("1001")))); // the same terminal, again
    const CallId second = seat.waitForCall(CallState::Ringing, QStringLiteral("2001")); // the first is active
    ASSERT_NE(second, 0u) << "the second call was refused: " << terminal.logText().toStdString();
    EXPECT_NE(second, first);
    seat.phone->answer(second); // the first goes on hold
    ASSERT_TRUE(seat.waitState(second, CallState::Active));
    seat.phone->stop();
}
