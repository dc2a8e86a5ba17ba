// `safelink-hub recordings` on a real data folder (SQLite, or the PostgreSQL test server in the pg.*
// run): a recording sealed by the recording module and stored by the hub's archive is listed,
// refused for export and deletion until the center allows them, exported byte for byte, deleted,
// and every step is in the audit log. Also: init and serve create the recording key.
#include "hubprocess.h"
#include "testutil.h"

#include <safelink/hub/auditlog.h>
#include <safelink/hub/recordingarchive.h>
#include <safelink/recording/recordingfile.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

namespace {

// A 16-bit mono 8 kHz WAV of `seconds` of noise.
QByteArray makeWav(int seconds)
{
    const quint32 dataBytes = quint32(seconds) * 16000;
    QByteArray wav(44, '\0');
    char *h = wav.data();
    memcpy(h, "RIFF", 4);
    qToLittleEndian<quint32>(36 + dataBytes, h + 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, h + 16);
    qToLittleEndian<quint16>(1, h + 20);
    qToLittleEndian<quint16>(1, h + 22);
    qToLittleEndian<quint32>(8000, h + 24);
    qToLittleEndian<quint32>(16000, h + 28);
    qToLittleEndian<quint16>(2, h + 32);
    qToLittleEndian<quint16>(16, h + 34);
    memcpy(h + 36, "data", 4);
    qToLittleEndian<quint32>(dataBytes, h + 40);
    QByteArray audio(dataBytes, Qt::Uninitialized);
    QRandomGenerator rng(42);
    for (quint32 i = 0; i < dataBytes; ++i)
        audio[i] = char(rng.bounded(256));
    return wav + audio;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class HubRecordings : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(m_hub.setUp(1)); }

    QString data() const { return m_hub.dataDir(); }

    int run(QStringList args)
    {
        args.insert(2, QStringLiteral("--data"));
        args.insert(3, data());
        return m_hub.run(args);
    }

    // What a seat does after a call (seal to the hub's recording key) and what the hub does when
    // the upload arrives (store), with agent1 signed in at 坐席3.
    void storeRecording(const QString &id, const QByteArray &wav)
    {
        auto keys = recording::RecordingKeys::load(hub::RecordingArchive::keyPath(data()));
        ASSERT_TRUE(keys.ok()) << keys.error().toString().toStdString();
        const QString wavFile = m_hub.scratch(id + QStringLiteral(".wav"));
        QFile f(wavFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(wav);
        f.close();
        recording::RecordingMeta meta;
        meta.recordingId = id;
        meta.callId = QStringLiteral("call-") + id;
        meta.seat = QStringLiteral("坐席3");
        meta.startedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30), Qt::UTC);
        meta.endedAt = meta.startedAt.addSecs(62);
        const QString sealed = m_hub.scratch(QStringLiteral("upload/") + id + QStringLiteral(".slrec"));
        auto r = recording::sealFile(wavFile, sealed, keys->publicKey, meta);
        ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();

        auto db = store::Database::open(m_hub.databaseConfig());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE((*db)->migrate().ok());
        auto agent = store::AccountRepository(**db).findByLogin(QStringLiteral("agent1"));
        ASSERT_TRUE(agent.ok());
        hub::AuditLog audit(**db);
        hub::RecordingArchive archive(**db, audit, data(), *keys);
        const hub::Actor actor{agent->meta.id, agent->login, agent->roles, QStringLiteral("坐席3"),
                               QStringLiteral("127.0.0.1:40000")};
        auto stored = archive.store(sealed, actor);
        ASSERT_TRUE(stored.ok()) << stored.error().toString().toStdString();
    }

    // The audit log's actions (oldest first) and the address of the policy changes.
    QStringList auditActions(QString *policyAddress = nullptr)
    {
        auto db = store::Database::open(m_hub.databaseConfig());
        EXPECT_TRUE(db.ok());
        if (!db)
            return {};
        auto entries = hub::AuditLog(**db).query({}, {}, 1000);
        EXPECT_TRUE(entries.ok());
        QStringList out;
        for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
            if (!it->action.startsWith(QLatin1String("recording")))
                continue;
            out << it->action;
            if (policyAddress && it->action == QLatin1String("recording_policy"))
                *policyAddress = it->address;
        }
        return out;
    }

    HubProcess m_hub;
};

} // namespace

TEST_F(HubRecordings, InitCreatesTheRecordingKey)
{
    const QString key = hub::RecordingArchive::keyPath(data());
    ASSERT_TRUE(QFileInfo::exists(key));
    EXPECT_EQ(QFile::permissions(key)
                  & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                     | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    auto keys = recording::RecordingKeys::load(key);
    ASSERT_TRUE(keys.ok());
    EXPECT_TRUE(keys->isValid());
    // Not the hub's identity key.
    EXPECT_NE(keys->publicKey, m_hub.publicKey());
}

TEST_F(HubRecordings, ServeCreatesTheKeyForAnOlderDataFolder)
{
    const QString key = hub::RecordingArchive::keyPath(data());
    ASSERT_TRUE(QFile::remove(key)); // a data folder made before recordings existed
    ASSERT_TRUE(m_hub.start());
    m_hub.stop();
    ASSERT_TRUE(QFileInfo::exists(key));
    const QByteArray first = readFile(key);
    EXPECT_TRUE(auditActions().contains(QStringLiteral("recording_key_created")));
    // Kept on the next start.
    ASSERT_TRUE(m_hub.start());
    m_hub.stop();
    EXPECT_EQ(readFile(key), first);
    EXPECT_EQ(auditActions().count(QStringLiteral("recording_key_created")), 1);
}

TEST_F(HubRecordings, ListExportDeleteAndPolicy)
{
    const QString id = QStringLiteral("0190d2c4-7a1e-7c3b-9f00-123456789abc");
    const QByteArray wav = makeWav(62); // about 1 MB
    storeRecording(id, wav);

    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("list")}), 0)
        << m_hub.lastOutput().toStdString();
    QString out = m_hub.lastOutput();
    EXPECT_TRUE(out.contains(id)) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("坐席3")));
    EXPECT_TRUE(out.contains(QStringLiteral("agent1")));
    EXPECT_TRUE(out.contains(QStringLiteral("1:02")));
    EXPECT_TRUE(out.contains(QStringLiteral("1 recording")));

    // Evidence by default: no export, no delete.
    const QString exported = m_hub.scratch(QStringLiteral("export/call.wav"));
    EXPECT_EQ(
        run({QStringLiteral("recordings"), QStringLiteral("export"), id, QStringLiteral("--out"), exported}),
        1);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("does not allow")))
        << m_hub.lastOutput().toStdString();
    EXPECT_FALSE(QFileInfo::exists(exported));
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("delete"), id}), 1);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("evidence")));
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("policy")}), 0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("may be deleted: no")));
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("may be exported: no")));

    // Allow exports: the WAV comes out byte for byte, never over an existing file.
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("policy"), QStringLiteral("--allow-export"),
                   QStringLiteral("yes")}),
              0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("may be exported: yes")));
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("may be deleted: no")));
    ASSERT_EQ(
        run({QStringLiteral("recordings"), QStringLiteral("export"), id, QStringLiteral("--out"), exported}),
        0)
        << m_hub.lastOutput().toStdString();
    EXPECT_TRUE(readFile(exported) == wav);
    EXPECT_EQ(
        run({QStringLiteral("recordings"), QStringLiteral("export"), id, QStringLiteral("--out"), exported}),
        1);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("exists already")));
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("export"), QStringLiteral("no-such-id"),
                   QStringLiteral("--out"), m_hub.scratch(QStringLiteral("export/none.wav"))}),
              1);
    // Still no deleting.
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("delete"), id}), 1);

    // Allow deletion: the sealed file goes, the entry stays among the deleted ones.
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("policy"), QStringLiteral("--allow-delete"),
                   QStringLiteral("yes")}),
              0);
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("delete"), id}), 0)
        << m_hub.lastOutput().toStdString();
    EXPECT_FALSE(
        QFileInfo::exists(data() + QStringLiteral("/recordings/2026/11/") + id + QStringLiteral(".slrec")));
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("list")}), 0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("No recordings")));
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--deleted")}), 0);
    EXPECT_TRUE(m_hub.lastOutput().contains(id));
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("deleted")));
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("export"), id, QStringLiteral("--out"),
                   m_hub.scratch(QStringLiteral("export/again.wav"))}),
              1);

    // Every step, refused ones too, with who did it.
    QString policyAddress;
    const QStringList actions = auditActions(&policyAddress);
    const QStringList expected{
        QStringLiteral("recording_store"),          QStringLiteral("recording_list"),
        QStringLiteral("recording_export_refused"), QStringLiteral("recording_delete_refused"),
        QStringLiteral("recording_policy"),         QStringLiteral("recording_export"),
        QStringLiteral("recording_export_refused"), QStringLiteral("recording_export_refused"),
        QStringLiteral("recording_delete_refused"), QStringLiteral("recording_policy"),
        QStringLiteral("recording_delete"),         QStringLiteral("recording_list"),
        QStringLiteral("recording_list"),           QStringLiteral("recording_export_refused"),
    };
    EXPECT_EQ(actions, expected) << actions.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(policyAddress.startsWith(QStringLiteral("cli:"))) << policyAddress.toStdString();
}

TEST_F(HubRecordings, ListFiltersAndBadUse)
{
    storeRecording(QStringLiteral("rec-a"), makeWav(3));
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--call"),
                   QStringLiteral("call-rec-a")}),
              0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("rec-a")));
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--from"),
                   QStringLiteral("2026-12-01")}),
              0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("No recordings")));
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--from"),
                   QStringLiteral("2026-11-22"), QStringLiteral("--to"), QStringLiteral("2026-11-24")}),
              0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("rec-a")));

    EXPECT_EQ(m_hub.run({QStringLiteral("recordings")}), 2);
    EXPECT_EQ(m_hub.run({QStringLiteral("recordings"), QStringLiteral("frobnicate")}), 2);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("Unknown subcommand")));
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("export"), QStringLiteral("--out"),
                   m_hub.scratch(QStringLiteral("x.wav"))}),
              2); // no id
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("export"), QStringLiteral("rec-a")}),
              2); // no --out
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("delete"), QStringLiteral("a"),
                   QStringLiteral("b")}),
              2);
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("policy"), QStringLiteral("--allow-delete"),
                   QStringLiteral("maybe")}),
              2);
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--from"),
                   QStringLiteral("yesterday")}),
              2);
    EXPECT_EQ(run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--bogus")}), 2);
    EXPECT_EQ(m_hub.run({QStringLiteral("recordings"), QStringLiteral("list"), QStringLiteral("--data"),
                         m_hub.scratch(QStringLiteral("nowhere"))}),
              1);
    EXPECT_EQ(m_hub.run({QStringLiteral("recordings"), QStringLiteral("list")}), 2); // no --data
    // Nothing was changed by any of that.
    ASSERT_EQ(run({QStringLiteral("recordings"), QStringLiteral("policy")}), 0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("may be deleted: no")));

    // Help everywhere.
    ASSERT_EQ(m_hub.run({QStringLiteral("--help")}), 0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("recordings")));
    ASSERT_EQ(m_hub.run({QStringLiteral("recordings"), QStringLiteral("--help")}), 0);
    const QString subcommands = m_hub.lastOutput();
    for (const char *sub : {"list", "export", "delete", "policy"}) {
        EXPECT_TRUE(subcommands.contains(QLatin1String(sub)));
        EXPECT_EQ(
            m_hub.run({QStringLiteral("recordings"), QString::fromLatin1(sub), QStringLiteral("--help")}), 0)
            << sub;
    }
    ASSERT_EQ(m_hub.run({QStringLiteral("recordings"), QStringLiteral("policy"), QStringLiteral("--help")}),
              0);
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("--allow-export")));
    EXPECT_TRUE(m_hub.lastOutput().contains(QStringLiteral("--data")));
}
