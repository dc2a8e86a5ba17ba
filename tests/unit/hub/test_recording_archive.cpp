// The hub's recording archive on a real database (SQLite, and PostgreSQL in the pg.* run) and real
// sealed files: storing is verified and idempotent, recordings are evidence (no delete or export
// unless the center allows it), and every action is in the audit log with who did it.
#include "testdatabase.h"
#include "testutil.h"

#include <safelink/hub/auditlog.h>
#include <safelink/hub/recordingarchive.h>
#include <safelink/recording/recordingfile.h>
#include <safelink/store/database.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::hub;
using namespace safelink::test;

namespace {

QByteArray makeAudio(qint64 size, quint32 seed)
{
    QByteArray wav(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < size; ++i)
        wav[i] = char(rng.bounded(256));
    wav.replace(0, 4, "RIFF");
    return wav;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::string why(const Error &e)
{
    return e.toString().toStdString();
}

// Every file under `dir`, relative to it.
QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

} // namespace

class RecordingArchiveTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto db = store::Database::open(m_database.config());
        ASSERT_TRUE(db.ok()) << why(db.error());
        m_db = std::move(db).value();
        ASSERT_TRUE(m_db->migrate().ok());
        m_audit = std::make_unique<AuditLog>(*m_db);
        bool created = false;
        auto keys = RecordingArchive::loadOrCreateKeys(m_data, &created);
        ASSERT_TRUE(keys.ok()) << why(keys.error());
        EXPECT_TRUE(created);
        m_keys = *keys;
        m_archive =
            std::make_unique<RecordingArchive>(*m_db, *m_audit, m_data, m_keys, [this] { return m_now; });
    }

    // A seat's sealed recording of `audio`, as the network layer would have received it.
    QString sealed(const QString &id, const QByteArray &audio, const QString &name = {},
                   const QByteArray &key = {})
    {
        const QString wav = m_dir.file(QStringLiteral("seat/%1.wav").arg(id));
        EXPECT_TRUE(writeFile(wav, audio));
        recording::RecordingMeta meta;
        meta.recordingId = id;
        meta.callId = QStringLiteral("call-") + id;
        meta.seat = QStringLiteral("坐席3");
        meta.startedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
        meta.endedAt = meta.startedAt.addSecs(95);
        const QString out = m_dir.file(
            QStringLiteral("received/%1").arg(name.isEmpty() ? id + QStringLiteral(".slrec") : name));
        auto r = recording::sealFile(wav, out, key.isEmpty() ? m_keys.publicKey : key, meta);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : why(r.error()));
        return out;
    }

    QList<AuditEntry> audit(const QString &recordId = {})
    {
        auto entries = m_audit->query({}, recordId, 1000);
        EXPECT_TRUE(entries.ok());
        return entries.valueOr({});
    }

    bool audited(const QString &action, const QString &login, const QString &recordId = {})
    {
        for (const AuditEntry &e : audit(recordId)) {
            if (e.action == action && e.login == login)
                return true;
        }
        return false;
    }

    TempDir m_dir;
    QString m_data = m_dir.file(QStringLiteral("hub"));
    TestDatabase m_database{m_dir.file(QStringLiteral("hub.sqlite"))};
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<AuditLog> m_audit;
    recording::RecordingKeys m_keys;
    std::unique_ptr<RecordingArchive> m_archive;

    const Actor m_agent{QStringLiteral("acc-agent"),
                        QStringLiteral("agent1"),
                        {core::Role::Agent},
                        QStringLiteral("坐席3"),
                        QStringLiteral("10.0.0.8:50312")};
    const Actor m_supervisor{QStringLiteral("acc-sup"),
                             QStringLiteral("lead1"),
                             {core::Role::Supervisor},
                             QStringLiteral("坐席1"),
                             QStringLiteral("10.0.0.5:50000")};
    const Actor m_admin{
        QStringLiteral("acc-admin"), QStringLiteral("root"), {core::Role::Admin}, {}, QStringLiteral("cli")};
};

TEST_F(RecordingArchiveTest, KeysAreCreatedOnceAndKept)
{
    EXPECT_TRUE(QFileInfo::exists(m_data + QStringLiteral("/recordings.key")));
    bool created = true;
    auto again = RecordingArchive::loadOrCreateKeys(m_data, &created);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(created);
    EXPECT_EQ(again->secretKey, m_keys.secretKey);
    EXPECT_EQ(m_archive->publicKey(), m_keys.publicKey);
}

TEST_F(RecordingArchiveTest, StoreListAndPlay)
{
    const QByteArray audio = makeAudio(300000, 1);
    const QString file = sealed(QStringLiteral("rec-1"), audio);
    auto stored = m_archive->store(file, m_agent);
    ASSERT_TRUE(stored.ok()) << why(stored.error());
    EXPECT_FALSE(stored->duplicate);
    EXPECT_EQ(stored->entry.path, QStringLiteral("recordings/2026/11/rec-1.slrec"));
    EXPECT_EQ(stored->entry.account, QStringLiteral("acc-agent"));
    EXPECT_EQ(stored->entry.seat, QStringLiteral("坐席3"));
    EXPECT_EQ(stored->entry.callId, QStringLiteral("call-rec-1"));
    EXPECT_EQ(stored->entry.size, audio.size());
    EXPECT_EQ(stored->entry.durationMs, 95000); // not a readable WAV header: the call's times
    // Kept sealed, byte for byte as received, and nothing else (no temporary files).
    EXPECT_EQ(readFile(m_data + QStringLiteral("/recordings/2026/11/rec-1.slrec")), readFile(file));
    EXPECT_EQ(filesUnder(m_data + QStringLiteral("/recordings")),
              QStringList{QStringLiteral("2026/11/rec-1.slrec")});
    EXPECT_TRUE(QFileInfo::exists(file)); // the caller's to remove

    auto listed = m_archive->list({}, m_supervisor);
    ASSERT_TRUE(listed.ok()) << why(listed.error());
    ASSERT_EQ(listed->size(), 1);
    const RecordingEntry &e = listed->first();
    EXPECT_EQ(e.id, QStringLiteral("rec-1"));
    EXPECT_EQ(e.startedAt, QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC));
    EXPECT_EQ(e.endedAt, e.startedAt.addSecs(95));
    EXPECT_EQ(e.storedAt, m_now);
    EXPECT_EQ(e.sealedSize, QFileInfo(file).size());
    EXPECT_EQ(e.sha256,
              QString::fromLatin1(QCryptographicHash::hash(audio, QCryptographicHash::Sha256).toHex()));
    EXPECT_FALSE(e.deleted);

    auto player = m_archive->openForPlayback(QStringLiteral("rec-1"), m_supervisor);
    ASSERT_TRUE(player.ok()) << why(player.error());
    EXPECT_TRUE((*player)->readAll() == audio);
    EXPECT_EQ((*player)->error(), nullptr);

    EXPECT_TRUE(
        audited(QStringLiteral("recording_store"), QStringLiteral("agent1"), QStringLiteral("rec-1")));
    EXPECT_TRUE(audited(QStringLiteral("recording_play"), QStringLiteral("lead1"), QStringLiteral("rec-1")));
    EXPECT_TRUE(audited(QStringLiteral("recording_list"), QStringLiteral("lead1")));
    for (const AuditEntry &a : audit(QStringLiteral("rec-1"))) {
        if (a.action == QLatin1String("recording_play")) {
            EXPECT_EQ(a.seat, QStringLiteral("坐席1"));
            EXPECT_EQ(a.address, QStringLiteral("10.0.0.5:50000"));
            EXPECT_EQ(a.kind, QStringLiteral("recording"));
        }
    }

    auto missing = m_archive->openForPlayback(QStringLiteral("rec-404"), m_supervisor);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
    EXPECT_FALSE(m_archive->list({}, Actor{}).ok()); // no role, no list
}

TEST_F(RecordingArchiveTest, StoringTheSameRecordingAgainIsIdempotent)
{
    const QByteArray audio = makeAudio(200000, 2);
    const QString file = sealed(QStringLiteral("rec-2"), audio);
    ASSERT_TRUE(m_archive->store(file, m_agent).ok());
    const QByteArray kept = readFile(m_data + QStringLiteral("/recordings/2026/11/rec-2.slrec"));

    // The same file (a reply lost on the way back to the seat).
    auto again = m_archive->store(file, m_agent);
    ASSERT_TRUE(again.ok()) << why(again.error());
    EXPECT_TRUE(again->duplicate);
    // The same audio sealed a second time: different bytes, same recording.
    auto resealed =
        m_archive->store(sealed(QStringLiteral("rec-2"), audio, QStringLiteral("again.slrec")), m_agent);
    ASSERT_TRUE(resealed.ok()) << why(resealed.error());
    EXPECT_TRUE(resealed->duplicate);
    // Other audio under the same id is refused, and the stored one is untouched.
    auto other = m_archive->store(
        sealed(QStringLiteral("rec-2"), makeAudio(200000, 3), QStringLiteral("other.slrec")), m_agent);
    ASSERT_FALSE(other.ok());
    EXPECT_EQ(other.error().code, ErrorCode::Conflict);
    EXPECT_EQ(readFile(m_data + QStringLiteral("/recordings/2026/11/rec-2.slrec")), kept);
    EXPECT_EQ(m_archive->list({}, m_admin)->size(), 1);
    EXPECT_TRUE(audited(QStringLiteral("recording_store_refused"), QStringLiteral("agent1"),
                        QStringLiteral("rec-2")));
}

TEST_F(RecordingArchiveTest, DamagedOrForeignUploadsAreRefusedAndLeaveNothing)
{
    const QString file = sealed(QStringLiteral("rec-3"), makeAudio(150000, 4));
    QByteArray bytes = readFile(file);

    const QString cut = m_dir.file(QStringLiteral("received/cut.slrec"));
    ASSERT_TRUE(writeFile(cut, bytes.left(bytes.size() - 100)));
    auto r = m_archive->store(cut, m_agent);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_EQ(r.error().field, QStringLiteral("end"));

    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
    const QString flipped = m_dir.file(QStringLiteral("received/flipped.slrec"));
    ASSERT_TRUE(writeFile(flipped, bytes));
    r = m_archive->store(flipped, m_agent);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("body"));

    const recording::RecordingKeys stranger = recording::RecordingKeys::generate();
    r = m_archive->store(sealed(QStringLiteral("rec-4"), makeAudio(1000, 5), {}, stranger.publicKey),
                         m_agent);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().field, QStringLiteral("recipient"));

    const QString garbage = m_dir.file(QStringLiteral("received/garbage.slrec"));
    ASSERT_TRUE(writeFile(garbage, QByteArray(5000, 'g')));
    EXPECT_EQ(m_archive->store(garbage, m_agent).error().field, QStringLiteral("format"));
    EXPECT_EQ(m_archive->store(m_dir.file(QStringLiteral("received/none.slrec")), m_agent).error().code,
              ErrorCode::NotFound);

    EXPECT_TRUE(m_archive->list({}, m_admin)->isEmpty());
    EXPECT_TRUE(filesUnder(m_data + QStringLiteral("/recordings")).isEmpty());
    EXPECT_TRUE(audited(QStringLiteral("recording_store_refused"), QStringLiteral("agent1"),
                        QStringLiteral("rec-3")));
    // The good one still goes in afterwards.
    EXPECT_TRUE(m_archive->store(file, m_agent).ok());
}

TEST_F(RecordingArchiveTest, RecordingsAreEvidenceByDefault)
{
    ASSERT_TRUE(m_archive->store(sealed(QStringLiteral("rec-5"), makeAudio(80000, 6)), m_agent).ok());
    auto policy = m_archive->policy();
    ASSERT_TRUE(policy.ok());
    EXPECT_EQ(*policy, RecordingPolicy{});
    EXPECT_FALSE(policy->allowDelete);
    EXPECT_FALSE(policy->allowExport);

    const QString out = m_dir.file(QStringLiteral("export/rec-5.wav"));
    Status s = m_archive->exportTo(QStringLiteral("rec-5"), out, m_admin);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Forbidden);
    EXPECT_FALSE(QFileInfo::exists(out));
    s = m_archive->remove(QStringLiteral("rec-5"), m_admin);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(QFileInfo::exists(m_data + QStringLiteral("/recordings/2026/11/rec-5.slrec")));
    EXPECT_TRUE(
        audited(QStringLiteral("recording_export_refused"), QStringLiteral("root"), QStringLiteral("rec-5")));
    EXPECT_TRUE(
        audited(QStringLiteral("recording_delete_refused"), QStringLiteral("root"), QStringLiteral("rec-5")));

    // Nor to a seat over the network.
    auto toSeat = m_archive->openForExport(QStringLiteral("rec-5"), m_supervisor);
    ASSERT_FALSE(toSeat.ok());
    EXPECT_EQ(toSeat.error().code, ErrorCode::Forbidden);
    EXPECT_TRUE(audited(QStringLiteral("recording_export_refused"), QStringLiteral("lead1"),
                        QStringLiteral("rec-5")));

    // Only an administrator changes the policy.
    s = m_archive->setPolicy(RecordingPolicy{true, true}, m_supervisor);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Forbidden);
    EXPECT_EQ(*m_archive->policy(), RecordingPolicy{});
    EXPECT_TRUE(audited(QStringLiteral("recording_policy_refused"), QStringLiteral("lead1")));
}

TEST_F(RecordingArchiveTest, ExportWhenTheCenterAllowsIt)
{
    const QByteArray audio = makeAudio(250000, 7);
    ASSERT_TRUE(m_archive->store(sealed(QStringLiteral("rec-6"), audio), m_agent).ok());
    ASSERT_TRUE(
        m_archive->setPolicy(RecordingPolicy{.allowDelete = false, .allowExport = true}, m_admin).ok());
    EXPECT_EQ(*m_archive->policy(), (RecordingPolicy{false, true}));
    bool policyAudited = false;
    for (const AuditEntry &e : audit()) {
        if (e.action == QLatin1String("recording_policy") && e.login == QLatin1String("root")) {
            policyAudited = true;
            EXPECT_TRUE(e.detail.contains(QStringLiteral("allow export yes"))) << e.detail.toStdString();
            EXPECT_TRUE(e.detail.contains(QStringLiteral("was: allow delete no, allow export no")));
        }
    }
    EXPECT_TRUE(policyAudited);

    const QString out = m_dir.file(QStringLiteral("export/rec-6.wav"));
    Status s = m_archive->exportTo(QStringLiteral("rec-6"), out, m_supervisor);
    ASSERT_TRUE(s.ok()) << why(s.error());
    EXPECT_TRUE(readFile(out) == audio);
    EXPECT_EQ(filesUnder(m_dir.file(QStringLiteral("export"))), QStringList{QStringLiteral("rec-6.wav")});
    EXPECT_TRUE(
        audited(QStringLiteral("recording_export"), QStringLiteral("lead1"), QStringLiteral("rec-6")));
    // Never over an existing file.
    s = m_archive->exportTo(QStringLiteral("rec-6"), out, m_supervisor);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Conflict);
    EXPECT_EQ(m_archive->exportTo(QStringLiteral("nope"), m_dir.file(QStringLiteral("export/x.wav")), m_admin)
                  .error()
                  .code,
              ErrorCode::NotFound);
    // To a seat over the network, as a stream.
    auto toSeat = m_archive->openForExport(QStringLiteral("rec-6"), m_agent);
    ASSERT_TRUE(toSeat.ok()) << why(toSeat.error());
    EXPECT_TRUE((*toSeat)->readAll() == audio);
    EXPECT_TRUE(
        audited(QStringLiteral("recording_export"), QStringLiteral("agent1"), QStringLiteral("rec-6")));
    // Still no deleting.
    EXPECT_EQ(m_archive->remove(QStringLiteral("rec-6"), m_admin).error().code, ErrorCode::Forbidden);
}

TEST_F(RecordingArchiveTest, DeleteWhenTheCenterAllowsIt)
{
    const QByteArray audio = makeAudio(120000, 8);
    const QString file = sealed(QStringLiteral("rec-7"), audio);
    ASSERT_TRUE(m_archive->store(file, m_agent).ok());
    ASSERT_TRUE(
        m_archive->setPolicy(RecordingPolicy{.allowDelete = true, .allowExport = false}, m_admin).ok());

    // An administrator's decision, even when allowed.
    EXPECT_EQ(m_archive->remove(QStringLiteral("rec-7"), m_supervisor).error().code, ErrorCode::Forbidden);
    m_now = m_now.addDays(400);
    Status s = m_archive->remove(QStringLiteral("rec-7"), m_admin);
    ASSERT_TRUE(s.ok()) << why(s.error());
    EXPECT_TRUE(filesUnder(m_data + QStringLiteral("/recordings")).isEmpty());
    EXPECT_TRUE(m_archive->list({}, m_admin)->isEmpty());
    auto all = m_archive->list(RecordingFilter{.includeDeleted = true}, m_admin);
    ASSERT_EQ(all->size(), 1);
    EXPECT_TRUE(all->first().deleted);
    EXPECT_EQ(all->first().deletedBy, QStringLiteral("root"));
    EXPECT_EQ(all->first().deletedAt, m_now);
    EXPECT_TRUE(audited(QStringLiteral("recording_delete"), QStringLiteral("root"), QStringLiteral("rec-7")));

    auto play = m_archive->openForPlayback(QStringLiteral("rec-7"), m_admin);
    ASSERT_FALSE(play.ok());
    EXPECT_EQ(play.error().code, ErrorCode::NotFound);
    EXPECT_TRUE(play.error().message.contains(QStringLiteral("root")));
    EXPECT_EQ(m_archive->remove(QStringLiteral("rec-7"), m_admin).error().code, ErrorCode::NotFound);
    // The seat sending it again (it never got the reply) is told it is done, and it stays deleted.
    auto again = m_archive->store(file, m_agent);
    ASSERT_TRUE(again.ok()) << why(again.error());
    EXPECT_TRUE(again->duplicate);
    EXPECT_TRUE(filesUnder(m_data + QStringLiteral("/recordings")).isEmpty());
}

TEST_F(RecordingArchiveTest, ListFilters)
{
    for (int i = 1; i <= 5; ++i) {
        const QString id = QStringLiteral("rec-f%1").arg(i);
        ASSERT_TRUE(
            m_archive->store(sealed(id, makeAudio(1000 + i, 10 + i)), i % 2 ? m_agent : m_supervisor).ok());
    }
    EXPECT_EQ(m_archive->list({}, m_admin)->size(), 5);
    EXPECT_EQ(m_archive->list(RecordingFilter{.account = QStringLiteral("acc-agent")}, m_admin)->size(), 3);
    EXPECT_EQ(m_archive->list(RecordingFilter{.callId = QStringLiteral("call-rec-f2")}, m_admin)->size(), 1);
    EXPECT_EQ(m_archive->list(RecordingFilter{.seat = QStringLiteral("坐席3")}, m_admin)->size(), 5);
    EXPECT_EQ(m_archive->list(RecordingFilter{.seat = QStringLiteral("坐席9")}, m_admin)->size(), 0);
    const QDateTime start(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
    EXPECT_EQ(m_archive->list(RecordingFilter{.from = start, .to = start.addSecs(1)}, m_admin)->size(), 5);
    EXPECT_EQ(m_archive->list(RecordingFilter{.from = start.addSecs(1)}, m_admin)->size(), 0);
    EXPECT_EQ(m_archive->list(RecordingFilter{.limit = 2}, m_admin)->size(), 2);
}

TEST_F(RecordingArchiveTest, AFileDamagedOnDiskIsNotPlayed)
{
    const QByteArray audio = makeAudio(3 * recording::kRecordingChunkSize, 20);
    ASSERT_TRUE(m_archive->store(sealed(QStringLiteral("rec-8"), audio), m_agent).ok());
    const QString kept = m_data + QStringLiteral("/recordings/2026/11/rec-8.slrec");
    QByteArray bytes = readFile(kept);
    bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 1);
    ASSERT_TRUE(writeFile(kept, bytes));
    // The damage is in the last chunk: playback starts, and ends in an error instead of a short WAV.
    auto player = m_archive->openForPlayback(QStringLiteral("rec-8"), m_admin);
    ASSERT_TRUE(player.ok());
    const QByteArray got = (*player)->readAll();
    EXPECT_LT(got.size(), audio.size());
    ASSERT_NE((*player)->error(), nullptr);
    EXPECT_EQ((*player)->error()->field, QStringLiteral("body"));

    ASSERT_TRUE(m_archive->setPolicy(RecordingPolicy{false, true}, m_admin).ok());
    const QString out = m_dir.file(QStringLiteral("export/rec-8.wav"));
    EXPECT_FALSE(m_archive->exportTo(QStringLiteral("rec-8"), out, m_admin).ok());
    EXPECT_FALSE(QFileInfo::exists(out));
    EXPECT_TRUE(filesUnder(m_dir.file(QStringLiteral("export"))).isEmpty());
}
