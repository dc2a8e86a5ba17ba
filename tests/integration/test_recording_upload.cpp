// Call recordings from a desk to a real hub: sealed to the key the hub announced at sign-in,
// uploaded from the desk's recordings folder, deleted there only once the hub stored and verified
// them, nothing lost when the hub is killed mid-upload, played back from the hub, and exported
// only when the center's policy allows it.
#include "deskclient.h"
#include "hubprocess.h"
#include "toneanalysis.h"

#include <safelink/recording/recordingfile.h>
#include <safelink/store/database.h>
#include <safelink/sync/replica.h>
#include <safelink/sync/syncclient.h>

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::sync;
using namespace safelink::test;

namespace {

// A desk that seals a WAV into its recordings folder, as the call archiver does.
struct Desk : DeskClient {
    explicit Desk(HubProcess &hub)
        : DeskClient(hub, QStringLiteral("seat-1"), QStringLiteral("agent1"))
    {
    }

    QString seal(const QString &id, double seconds, const QString &scratch)
    {
        EXPECT_TRUE(makeToneWav(scratch, 440, seconds));
        recording::RecordingMeta meta;
        meta.recordingId = id;
        meta.callId = QStringLiteral("call-") + id;
        meta.seat = QStringLiteral("seat-1");
        meta.startedAt = QDateTime::currentDateTimeUtc().addSecs(-qint64(seconds));
        meta.endedAt = QDateTime::currentDateTimeUtc();
        const QString out = QDir(client->recordingOutbox()).filePath(id + QStringLiteral(".slrec"));
        auto sealed = recording::sealFile(scratch, out, client->recordingKey(), meta);
        EXPECT_TRUE(sealed.ok()) << sealed.error().toString().toStdString();
        return out;
    }
};

} // namespace

class RecordingUpload : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_hub.setUp(1));
        ASSERT_TRUE(m_hub.start());
    }
    HubProcess m_hub;
};

TEST_F(RecordingUpload, SealedToTheHubsKeyStoredThenDeletedOnTheDeskAndPlayedBack)
{
    Desk desk(m_hub);
    QSignalSpy learned(desk.client.get(), &SyncClient::recordingKeyLearned);
    desk.client->start();
    ASSERT_TRUE(desk.waitLive());
    ASSERT_EQ(desk.client->recordingKey().size(), 32);
    EXPECT_EQ(learned.count(), 1);

    const QString sealed = desk.seal(QStringLiteral("rec-0001"), 20, m_hub.scratch(QStringLiteral("a.wav")));
    QSignalSpy uploaded(desk.client.get(), &SyncClient::recordingUploaded);
    desk.client->uploadRecordings();
    ASSERT_TRUE(uploaded.wait(15000));
    EXPECT_EQ(uploaded.at(0).at(0).toString(), QStringLiteral("rec-0001"));
    EXPECT_FALSE(QFile::exists(sealed)); // deleted only after the hub said it has it
    EXPECT_EQ(desk.client->pendingRecordings(), 0);

    ASSERT_EQ(m_hub.run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--data"),
                         m_hub.dataDir()}),
              0)
        << m_hub.lastOutput().toStdString();
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("rec-0001"))) << m_hub.lastOutput().toStdString();

    // Playback: the plain WAV comes back over the encrypted channel, byte for byte.
    QSignalSpy fetched(desk.client.get(), &SyncClient::recordingFetched);
    desk.client->fetchRecording(QStringLiteral("rec-0001"), protocol::RecordingPurpose::Play);
    ASSERT_TRUE(fetched.wait(15000));
    QFile original(m_hub.scratch(QStringLiteral("a.wav")));
    ASSERT_TRUE(original.open(QIODevice::ReadOnly));
    EXPECT_EQ(fetched.at(0).at(1).toByteArray(), original.readAll());

    // Export is refused by default (recordings are evidence), allowed once the admin says so.
    QSignalSpy failed(desk.client.get(), &SyncClient::recordingFetchFailed);
    desk.client->fetchRecording(QStringLiteral("rec-0001"), protocol::RecordingPurpose::Export);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.at(0).at(1).value<Error>().code, ErrorCode::Forbidden);
    desk.client->fetchRecording(QStringLiteral("no-such-recording"), protocol::RecordingPurpose::Play);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.at(1).at(1).value<Error>().code, ErrorCode::NotFound);
}

TEST_F(RecordingUpload, HubKilledMidUploadLosesNothing)
{
    Desk desk(m_hub);
    desk.client->start();
    ASSERT_TRUE(desk.waitLive());
    // An hour-long call: about 57 MB, so the hub is killed while pieces are still arriving.
    const QString big =
        desk.seal(QStringLiteral("rec-long"), 3600, m_hub.scratch(QStringLiteral("long.wav")));
    const QString small =
        desk.seal(QStringLiteral("rec-short"), 5, m_hub.scratch(QStringLiteral("short.wav")));
    QSignalSpy uploaded(desk.client.get(), &SyncClient::recordingUploaded);
    desk.client->uploadRecordings();
    QTest::qWait(150);
    m_hub.kill();
    EXPECT_TRUE(QFile::exists(big));
    EXPECT_TRUE(QFile::exists(small));
    QTest::qWait(500);
    ASSERT_TRUE(m_hub.start());
    ASSERT_TRUE(QTest::qWaitFor([&] { return uploaded.count() >= 2; }, 60000)) << uploaded.count();
    EXPECT_FALSE(QFile::exists(big));
    EXPECT_FALSE(QFile::exists(small));
    m_hub.stop();
    ASSERT_EQ(m_hub.run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--data"),
                         m_hub.dataDir()}),
              0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("rec-long")));
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("rec-short")));
    // The hub kept no half-received file.
    const auto leftovers =
        QDir(m_hub.dataDir() + QStringLiteral("/recordings/.incoming")).entryList(QDir::Files);
    EXPECT_TRUE(leftovers.isEmpty()) << leftovers.join(QLatin1Char(' ')).toStdString();
}

TEST_F(RecordingUpload, AFileThatIsNotASealedRecordingIsRefusedAndKept)
{
    Desk desk(m_hub);
    desk.client->start();
    ASSERT_TRUE(desk.waitLive());
    const QString bogus = QDir(desk.client->recordingOutbox()).filePath(QStringLiteral("bogus.slrec"));
    QFile f(bogus);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(100000, 'x'));
    f.close();
    QSignalSpy refused(desk.client.get(), &SyncClient::recordingRefused);
    desk.client->uploadRecordings();
    ASSERT_TRUE(refused.wait(10000));
    EXPECT_EQ(refused.at(0).at(1).value<Error>().code, ErrorCode::Invalid);
    // Kept for an admin to look at, out of the queue.
    EXPECT_FALSE(QFile::exists(bogus));
    EXPECT_TRUE(QFile::exists(desk.client->recordingOutbox() + QStringLiteral("/refused/bogus.slrec")));
    EXPECT_EQ(desk.client->pendingRecordings(), 0);
}
