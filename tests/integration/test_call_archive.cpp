// The whole path after an alarm call, with real parts: baresip (the terminal) calls through
// Kamailio, the seat's phone answers and records, and after hang-up the desk's call archiver sends
// the call record through the outbox and the sealed recording to a real hub, which stores both.
#include "baresippeer.h"
#include "deskclient.h"
#include "hubprocess.h"
#include "kamailioprocess.h"
#include "siptestutil.h"
#include "toneanalysis.h"

#include <safelink/desk/callarchiver.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>
#include <safelink/sync/replica.h>
#include <safelink/sync/syncclient.h>
#include <safelink/telephony/phone.h>

#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

TEST(CallArchive, AnsweredCallReachesTheHubWithItsRecording)
{
    HubProcess hub;
    ASSERT_TRUE(hub.setUp(1));
    ASSERT_TRUE(hub.start());
    KamailioProcess proxy;
    ASSERT_TRUE(proxy.addUser(QStringLiteral("1001"), QStringLiteral("seat-pass")));
    ASSERT_TRUE(proxy.addUser(QStringLiteral("2001"), QStringLiteral("peer-pass")));
    ASSERT_TRUE(proxy.start());

    // The desk: replica, sync client, phone, archiver, as app/main.cpp wires them.
    DeskClient desk(hub, QStringLiteral("seat-1"), QStringLiteral("agent1"));
    sync::SyncClient &client = *desk.client;
    client.start();
    ASSERT_TRUE(desk.waitLive());

    ASSERT_TRUE(makeToneWav(hub.scratch(QStringLiteral("agent.wav")), 1000, 60));
    telephony::EngineConfig phoneConfig;
    phoneConfig.dataDir = hub.scratch(QStringLiteral("sip"));
    phoneConfig.recordDir = hub.scratch(QStringLiteral("rec"));
    phoneConfig.useFiles = true;
    phoneConfig.playFile = hub.scratch(QStringLiteral("agent.wav"));
    telephony::Phone phone(phoneConfig);
    desk::CallArchiver archiver(phone, client,
                                {QStringLiteral("seat-1"), QStringLiteral("agent1"), phoneConfig.recordDir,
                                 hub.scratch(QStringLiteral("held"))});
    QSignalSpy archived(&archiver, &desk::CallArchiver::callArchived);
    QSignalSpy sealed(&archiver, &desk::CallArchiver::recordingSealed);
    QSignalSpy uploaded(&client, &sync::SyncClient::recordingUploaded);
    QSignalSpy accepted(&client, &sync::SyncClient::writeAccepted);
    telephony::CallId ringing = 0;
    QObject::connect(&phone, &telephony::Phone::callChanged, &phone, [&](const telephony::CallInfo &c) {
        if (c.state == telephony::CallState::Ringing)
            ringing = c.id;
    });
    phone.start();
    telephony::RegistrationState reg = telephony::RegistrationState::None;
    QObject::connect(&phone, &telephony::Phone::registrationChanged, &phone,
                     [&](telephony::RegistrationState s) { reg = s; });
    phone.setAccount({proxy.proxyUri(), QStringLiteral("1001"), QStringLiteral("seat-pass"), {}, {}, 60});
    ASSERT_TRUE(waitUntil([&] { return reg == telephony::RegistrationState::Registered; }, 10000));

    auto options = BaresipPeer::registered(QStringLiteral("2001"), QStringLiteral("peer-pass"), proxy.port());
    BaresipPeer terminal(options);
    ASSERT_TRUE(terminal.start());
    ASSERT_TRUE(terminal.waitRegistered());
    ASSERT_TRUE(terminal.dial(proxy.userUri(QStringLiteral("1001"))));
    ASSERT_TRUE(waitUntil([&] { return ringing != 0; }, 10000));
    phone.answer(ringing);
    waitUntil([] { return false; }, 2500);
    phone.hangup(ringing);

    ASSERT_TRUE(waitUntil(
        [&] { return archived.count() == 1 && uploaded.count() == 1 && accepted.count() == 1; }, 20000))
        << archived.count() << " " << uploaded.count() << " " << accepted.count();
    const auto record = archived.at(0).at(0).value<core::CallRecord>();
    EXPECT_EQ(record.disposition, core::CallDisposition::Answered);
    EXPECT_EQ(record.seatId, QStringLiteral("seat-1"));
    EXPECT_FALSE(record.recordingId.isEmpty());
    EXPECT_EQ(sealed.at(0).at(0).toString(), record.recordingId);
    EXPECT_EQ(uploaded.at(0).at(0).toString(), record.recordingId);
    // Nothing left on the seat: no plain WAV, no sealed file waiting.
    EXPECT_TRUE(QDir(phoneConfig.recordDir).entryList({QStringLiteral("*.wav")}, QDir::Files).isEmpty());
    EXPECT_EQ(client.pendingRecordings(), 0);

    // The call record came back through the change feed into the desk's replica...
    ASSERT_TRUE(waitUntil([&] { return store::CallRepository(*desk.db).get(record.meta.id).ok(); }, 5000));
    // ...and the hub plays the recording: the terminal's tone is in it.
    QSignalSpy fetched(&client, &sync::SyncClient::recordingFetched);
    client.fetchRecording(record.recordingId, protocol::RecordingPurpose::Play);
    ASSERT_TRUE(fetched.wait(10000));
    const QString wav = hub.scratch(QStringLiteral("fetched.wav"));
    QFile out(wav);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(fetched.at(0).at(1).toByteArray());
    out.close();
    auto heard = ToneAnalysis::load(wav);
    ASSERT_TRUE(heard.has_value());
    EXPECT_GT(heard->energyAt(440), 0.15);
    EXPECT_GT(heard->energyAt(1000), 0.15);
    phone.stop();
}
