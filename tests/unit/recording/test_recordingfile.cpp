// Sealed recordings: what a seat writes the hub opens byte for byte, and every kind of damage (cut
// short, a flipped bit anywhere, chunks moved, the wrong key, no file) is a clear error, never a
// crash and never wrong audio.
#include "testutil.h"

#include <safelink/recording/recordingfile.h>
#include <safelink/recording/recordingkeys.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::recording;

namespace {

// A 16-bit PCM WAV with `dataBytes` bytes of audio (pseudo-random, so every chunk differs).
QByteArray makeWav(qint64 dataBytes, int sampleRate = 8000, int channels = 1, quint32 seed = 7)
{
    QByteArray wav(44, '\0');
    char *h = wav.data();
    memcpy(h, "RIFF", 4);
    qToLittleEndian<quint32>(quint32(36 + dataBytes), h + 4);
    memcpy(h + 8, "WAVEfmt ", 8);
    qToLittleEndian<quint32>(16, h + 16);
    qToLittleEndian<quint16>(1, h + 20); // PCM
    qToLittleEndian<quint16>(quint16(channels), h + 22);
    qToLittleEndian<quint32>(quint32(sampleRate), h + 24);
    qToLittleEndian<quint32>(quint32(sampleRate * channels * 2), h + 28);
    qToLittleEndian<quint16>(quint16(channels * 2), h + 32);
    qToLittleEndian<quint16>(16, h + 34);
    memcpy(h + 36, "data", 4);
    qToLittleEndian<quint32>(quint32(dataBytes), h + 40);
    QByteArray audio(dataBytes, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < dataBytes; ++i)
        audio[i] = char(rng.bounded(256));
    return wav + audio;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

RecordingMeta sampleMeta(const QString &id = QStringLiteral("0190d2c4-7a1e-7c3b-9f00-123456789abc"))
{
    RecordingMeta m;
    m.recordingId = id;
    m.callId = QStringLiteral("a84b4c76e66710@10.0.0.8");
    m.seat = QStringLiteral("坐席3");
    m.startedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 0), Qt::UTC);
    m.endedAt = m.startedAt.addSecs(200);
    return m;
}

std::string why(const Error &e)
{
    return e.toString().toStdString();
}

class RecordingFileTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_keys = RecordingKeys::generate();
        ASSERT_TRUE(m_keys.isValid());
    }

    // Seals `plain` into sealed.slrec and returns the sealed file's bytes.
    QByteArray seal(const QByteArray &plain, RecordingMeta meta = sampleMeta())
    {
        EXPECT_TRUE(writeFile(m_wav, plain));
        auto sealed = sealFile(m_wav, m_sealed, m_keys.publicKey, meta);
        EXPECT_TRUE(sealed.ok()) << (sealed.ok() ? "" : why(sealed.error()));
        if (sealed.ok())
            m_header = *sealed;
        return readFile(m_sealed);
    }

    // What verify() says about `bytes` written as a sealed file.
    Result<RecordingHeader> verifyBytes(const QByteArray &bytes, const RecordingKeys &keys)
    {
        const QString path = m_dir.file(QStringLiteral("damaged.slrec"));
        EXPECT_TRUE(writeFile(path, bytes));
        return verify(path, keys);
    }

    // Every way of opening `bytes` fails, with the same field; returns that field.
    QString failure(const QByteArray &bytes)
    {
        const QString path = m_dir.file(QStringLiteral("damaged.slrec"));
        EXPECT_TRUE(writeFile(path, bytes));
        auto v = verify(path, m_keys);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        auto o = openToDevice(path, m_keys, out);
        auto reader = RecordingReader::openFile(path, m_keys);
        QString readerField;
        if (reader) {
            (*reader)->readAll();
            readerField = (*reader)->error() ? (*reader)->error()->field : QString();
        } else {
            readerField = reader.error().field;
        }
        if (v.ok() || o.ok() || readerField.isEmpty()) {
            ADD_FAILURE() << "damage not found";
            return {};
        }
        EXPECT_FALSE(v.error().message.isEmpty());
        EXPECT_EQ(v.error().field, o.error().field);
        EXPECT_EQ(v.error().field, readerField);
        return v.error().field;
    }

    // Offsets of the parts of the layout (recordingfile.h).
    qint64 headerEnd() const { return 12 + m_header.headerSize; }
    qint64 keyEnd() const { return headerEnd() + 80; }
    qint64 streamHeaderEnd() const { return keyEnd() + 24; }
    qint64 bodyStart() const { return streamHeaderEnd() + 17; }
    static constexpr qint64 kSealedChunk = kRecordingChunkSize + 17;

    test::TempDir m_dir;
    QString m_wav = m_dir.file(QStringLiteral("call.wav"));
    QString m_sealed = m_dir.file(QStringLiteral("out/sealed.slrec"));
    RecordingKeys m_keys;
    RecordingHeader m_header;
};

} // namespace

TEST(RecordingKeys, SaveLoadAndRefuseToOverwrite)
{
    test::TempDir dir;
    const QString file = dir.file(QStringLiteral("data/recordings.key"));
    const RecordingKeys keys = RecordingKeys::generate();
    ASSERT_TRUE(keys.isValid());
    ASSERT_TRUE(keys.save(file).ok());
    EXPECT_EQ(QFile::permissions(file)
                  & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                      | QFileDevice::WriteUser),
              QFileDevice::Permissions());
    auto loaded = RecordingKeys::load(file);
    ASSERT_TRUE(loaded.ok()) << why(loaded.error());
    EXPECT_EQ(loaded->publicKey, keys.publicKey);
    EXPECT_EQ(loaded->secretKey, keys.secretKey);
    EXPECT_EQ(loaded->fingerprint(), keys.fingerprint());
    EXPECT_FALSE(keys.fingerprint().isEmpty());

    // The key that opens every recording is never replaced.
    auto again = RecordingKeys::generate().save(file);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(RecordingKeys::load(file)->secretKey, keys.secretKey);
    EXPECT_EQ(QDir(dir.file(QStringLiteral("data"))).entryList(QDir::Files).size(), 1); // no temporary left

    EXPECT_EQ(RecordingKeys::load(dir.file(QStringLiteral("missing.key"))).error().code, ErrorCode::NotFound);
    QByteArray bytes = readFile(file);
    bytes[20] = char(bytes[20] ^ 1); // in the public key
    ASSERT_TRUE(writeFile(dir.file(QStringLiteral("bad.key")), bytes));
    EXPECT_EQ(RecordingKeys::load(dir.file(QStringLiteral("bad.key"))).error().code, ErrorCode::Invalid);
    ASSERT_TRUE(writeFile(dir.file(QStringLiteral("short.key")), bytes.left(50)));
    EXPECT_EQ(RecordingKeys::load(dir.file(QStringLiteral("short.key"))).error().code, ErrorCode::Invalid);
    bytes = readFile(file);
    bytes.replace(0, 8, "SLKX0001"); // the hub's identity key file format
    ASSERT_TRUE(writeFile(dir.file(QStringLiteral("identity.key")), bytes));
    auto wrongKind = RecordingKeys::load(dir.file(QStringLiteral("identity.key")));
    ASSERT_FALSE(wrongKind.ok());
    EXPECT_TRUE(wrongKind.error().message.contains(QStringLiteral("not a Safelink recording key")));
    EXPECT_FALSE(RecordingKeys().save(dir.file(QStringLiteral("empty.key"))).ok());
}

TEST_F(RecordingFileTest, SeveralMegabytesRoundTrip)
{
    // 3 MB and a bit: 49 chunks, the last one partly filled.
    const QByteArray wav = makeWav(3 * 1024 * 1024 + 1234, 8000, 1);
    ASSERT_NE(wav.size() % kRecordingChunkSize, 0);
    const QByteArray sealed = seal(wav);
    ASSERT_FALSE(sealed.isEmpty());

    EXPECT_TRUE(sealed.startsWith("SLREC1"));
    EXPECT_EQ(sealed.size(), m_header.expectedFileSize());
    EXPECT_EQ(m_header.plainSize, wav.size());
    EXPECT_EQ(m_header.sha256, QCryptographicHash::hash(wav, QCryptographicHash::Sha256));
    EXPECT_EQ(m_header.recipient, m_keys.publicKey);
    EXPECT_EQ(m_header.meta.sampleRate, 8000);
    EXPECT_EQ(m_header.meta.channels, 1);
    EXPECT_EQ(m_header.meta.durationMs, (3 * 1024 * 1024 + 1234) * 1000LL / 16000);
    EXPECT_EQ(m_header.meta.format, QStringLiteral("wav"));
    // No audio in the clear.
    EXPECT_FALSE(sealed.contains(wav.mid(100000, 32)));
    EXPECT_FALSE(sealed.contains("RIFF"));
    // Nothing but the sealed file in its folder: the temporary name was renamed.
    EXPECT_EQ(QDir(m_dir.file(QStringLiteral("out"))).entryList(QDir::Files),
              QStringList{QStringLiteral("sealed.slrec")});

    auto header = readHeader(m_sealed);
    ASSERT_TRUE(header.ok()) << why(header.error());
    EXPECT_EQ(header->meta.recordingId, sampleMeta().recordingId);
    EXPECT_EQ(header->meta.callId, sampleMeta().callId);
    EXPECT_EQ(header->meta.seat, QStringLiteral("坐席3"));
    EXPECT_EQ(header->meta.startedAt, sampleMeta().startedAt);
    EXPECT_EQ(header->meta.endedAt, sampleMeta().endedAt);
    EXPECT_EQ(header->plainSize, wav.size());
    EXPECT_EQ(header->sha256, m_header.sha256);
    EXPECT_EQ(header->version, kRecordingFormatVersion);

    auto verified = verify(m_sealed, m_keys);
    ASSERT_TRUE(verified.ok()) << why(verified.error());
    EXPECT_EQ(verified->sha256Hex(), QString::fromLatin1(m_header.sha256.toHex()));

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto opened = openToDevice(m_sealed, m_keys, out);
    ASSERT_TRUE(opened.ok()) << why(opened.error());
    EXPECT_TRUE(out.data() == wav);

    // The streaming device, read in odd-sized pieces.
    auto reader = RecordingReader::openFile(m_sealed, m_keys);
    ASSERT_TRUE(reader.ok()) << why(reader.error());
    EXPECT_EQ((*reader)->plainSize(), wav.size());
    EXPECT_TRUE((*reader)->isSequential());
    QByteArray streamed;
    while (!(*reader)->atEnd()) {
        const QByteArray piece = (*reader)->read(10007);
        ASSERT_FALSE(piece.isEmpty() && !(*reader)->atEnd());
        streamed += piece;
    }
    EXPECT_EQ((*reader)->error(), nullptr);
    EXPECT_TRUE(streamed == wav);
}

TEST_F(RecordingFileTest, ExactMultipleOfTheChunkSize)
{
    // The last full chunk is the FINAL one: there is no empty chunk after it.
    const QByteArray plain = makeWav(2 * kRecordingChunkSize - 44);
    ASSERT_EQ(plain.size(), 2 * kRecordingChunkSize);
    const QByteArray sealed = seal(plain);
    EXPECT_EQ(sealed.size(), bodyStart() + 2 * kSealedChunk);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(openToDevice(m_sealed, m_keys, out).ok());
    EXPECT_TRUE(out.data() == plain);
}

TEST_F(RecordingFileTest, EmptyishRecordingsRoundTrip)
{
    // A WAV header and no audio (a call hung up at once).
    const QByteArray headerOnly = makeWav(0, 16000, 2);
    seal(headerOnly);
    EXPECT_EQ(m_header.meta.durationMs, 0);
    EXPECT_EQ(m_header.meta.sampleRate, 16000);
    EXPECT_EQ(m_header.meta.channels, 2);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(openToDevice(m_sealed, m_keys, out).ok());
    EXPECT_TRUE(out.data() == headerOnly);

    // An empty file (the phone crashed before writing anything) is still sealed and opened: one
    // empty FINAL chunk. Its duration comes from the call's times.
    seal(QByteArray());
    EXPECT_EQ(m_header.plainSize, 0);
    EXPECT_EQ(m_header.meta.sampleRate, 0);
    EXPECT_EQ(m_header.meta.durationMs, 200000);
    EXPECT_EQ(QFileInfo(m_sealed).size(), bodyStart() + 17);
    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    auto opened = openToDevice(m_sealed, m_keys, empty);
    ASSERT_TRUE(opened.ok()) << why(opened.error());
    EXPECT_TRUE(empty.data().isEmpty());
    auto reader = RecordingReader::openFile(m_sealed, m_keys);
    ASSERT_TRUE(reader.ok());
    EXPECT_TRUE((*reader)->readAll().isEmpty());
    EXPECT_TRUE((*reader)->atEnd());
    EXPECT_EQ((*reader)->error(), nullptr);
}

TEST_F(RecordingFileTest, UnfinishedWavHeaderStillGivesTheDuration)
{
    // A phone killed mid-call leaves the RIFF and data sizes at 0.
    QByteArray wav = makeWav(16000 * 3, 8000, 1);
    qToLittleEndian<quint32>(0, wav.data() + 4);
    qToLittleEndian<quint32>(0, wav.data() + 40);
    seal(wav);
    EXPECT_EQ(m_header.meta.durationMs, 3000);
}

TEST_F(RecordingFileTest, TruncationAtEveryBoundaryAndMidChunk)
{
    const QByteArray sealed = seal(makeWav(4 * kRecordingChunkSize + 5000));
    ASSERT_FALSE(sealed.isEmpty());
    QList<qint64> cuts{0,
                       3,
                       6,
                       8,
                       11,
                       12,
                       12 + m_header.headerSize / 2,
                       headerEnd(),
                       headerEnd() + 40,
                       keyEnd(),
                       keyEnd() + 10,
                       streamHeaderEnd(),
                       streamHeaderEnd() + 5,
                       bodyStart()};
    for (qint64 at = bodyStart(); at < sealed.size(); at += kSealedChunk) {
        cuts << at << at + 1 << at + 16 << at + 17 << at + 1000 << at + kSealedChunk / 2;
        if (at + kSealedChunk < sealed.size())
            cuts << at + kSealedChunk - 1;
    }
    cuts << sealed.size() - 1;
    for (qint64 cut : cuts) {
        if (cut >= sealed.size())
            continue;
        EXPECT_EQ(failure(sealed.left(cut)), QStringLiteral("end")) << "cut at " << cut;
    }
    // Bytes after the end are refused too.
    EXPECT_EQ(failure(sealed + QByteArray(17, 'x')), QStringLiteral("end"));
    EXPECT_EQ(failure(sealed + QByteArray(1, '\0')), QStringLiteral("end"));
}

TEST_F(RecordingFileTest, FileCutShortWhileBeingReadIsFound)
{
    // Whole when opened, cut short under the reader (the disk lost its tail): a read error, not a
    // silently short WAV.
    const QByteArray wav = makeWav(5 * kRecordingChunkSize);
    seal(wav);
    auto reader = RecordingReader::openFile(m_sealed, m_keys);
    ASSERT_TRUE(reader.ok());
    const QByteArray first = (*reader)->read(1000);
    EXPECT_EQ(first, wav.left(1000));
    ASSERT_TRUE(QFile::resize(m_sealed, bodyStart() + 3 * kSealedChunk));
    const QByteArray rest = (*reader)->readAll();
    EXPECT_LT(first.size() + rest.size(), wav.size());
    ASSERT_NE((*reader)->error(), nullptr);
    EXPECT_EQ((*reader)->error()->field, QStringLiteral("end"));
    EXPECT_FALSE((*reader)->errorString().isEmpty());
    EXPECT_EQ((*reader)->read(100).size(), 0);
}

TEST_F(RecordingFileTest, AnyFlippedBitIsFound)
{
    const QByteArray sealed = seal(makeWav(3 * kRecordingChunkSize + 777));
    ASSERT_FALSE(sealed.isEmpty());
    auto flipped = [&](qint64 at, int bit) {
        QByteArray b = sealed;
        b[at] = char(b[at] ^ (1 << bit));
        return b;
    };
    // Every bit of the magic, version, length and CBOR header.
    for (qint64 at = 0; at < headerEnd(); ++at) {
        for (int bit = 0; bit < 8; ++bit) {
            const QString field = failure(flipped(at, bit));
            if (at < 8)
                EXPECT_EQ(field, QStringLiteral("format")) << at << ":" << bit;
            else
                EXPECT_EQ(field, QStringLiteral("header")) << at << ":" << bit;
        }
    }
    // Every byte of the sealed key, the stream header and the header tag.
    for (qint64 at = headerEnd(); at < bodyStart(); ++at) {
        const QString field = failure(flipped(at, int(at % 8)));
        EXPECT_EQ(field, at < keyEnd() ? QStringLiteral("key") : QStringLiteral("header")) << at;
    }
    // The body: the first, a middle and the last byte of every chunk, and its tags.
    for (qint64 start = bodyStart(); start < sealed.size(); start += kSealedChunk) {
        const qint64 end = qMin<qint64>(start + kSealedChunk, sealed.size());
        for (qint64 at : {start, start + 1, (start + end) / 2, end - 17, end - 1})
            EXPECT_EQ(failure(flipped(at, int(at % 8))), QStringLiteral("body")) << at;
    }
}

TEST_F(RecordingFileTest, MovedRepeatedOrDroppedChunksAreFound)
{
    const QByteArray sealed = seal(makeWav(4 * kRecordingChunkSize + 100));
    auto chunk = [&](int i) {
        return sealed.mid(bodyStart() + i * kSealedChunk, kSealedChunk);
    };
    const QByteArray head = sealed.left(bodyStart());
    const QByteArray tail = sealed.mid(bodyStart() + 4 * kSealedChunk);
    EXPECT_EQ(failure(head + chunk(0) + chunk(2) + chunk(1) + chunk(3) + tail), QStringLiteral("body"));
    EXPECT_EQ(failure(head + chunk(1) + chunk(0) + chunk(2) + chunk(3) + tail), QStringLiteral("body"));
    EXPECT_EQ(failure(head + chunk(0) + chunk(0) + chunk(2) + chunk(3) + tail), QStringLiteral("body"));
    // Dropping one changes the size the header promises.
    EXPECT_EQ(failure(head + chunk(0) + chunk(2) + chunk(3) + tail), QStringLiteral("end"));
    // The FINAL chunk moved forward, the rest dropped.
    EXPECT_EQ(failure(head + tail), QStringLiteral("end"));

    // A chunk from another file sealed to the same key, at the same place.
    const QByteArray other = seal(makeWav(4 * kRecordingChunkSize + 100, 8000, 1, 99));
    const QByteArray otherChunk = other.mid(bodyStart() + kSealedChunk, kSealedChunk);
    EXPECT_EQ(failure(head + chunk(0) + otherChunk + chunk(2) + chunk(3) + tail), QStringLiteral("body"));
    // Another file's header on this body.
    EXPECT_EQ(failure(other.left(bodyStart()) + sealed.mid(bodyStart())), QStringLiteral("body"));
}

TEST_F(RecordingFileTest, WrongKeyIsNamedAsSuch)
{
    seal(makeWav(100000));
    const RecordingKeys other = RecordingKeys::generate();
    auto v = verify(m_sealed, other);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::Invalid);
    EXPECT_EQ(v.error().field, QStringLiteral("recipient"));
    EXPECT_TRUE(v.error().message.contains(m_keys.fingerprint())) << why(v.error());
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_EQ(openToDevice(m_sealed, other, out).error().field, QStringLiteral("recipient"));
    EXPECT_TRUE(out.data().isEmpty());
    EXPECT_EQ(RecordingReader::openFile(m_sealed, other).error().field, QStringLiteral("recipient"));

    // No key pair at all, or a public key that does not belong to the secret key.
    EXPECT_EQ(verify(m_sealed, RecordingKeys()).error().field, QStringLiteral("key"));
    RecordingKeys mixed{m_keys.publicKey, other.secretKey};
    EXPECT_EQ(verify(m_sealed, mixed).error().field, QStringLiteral("key"));
    // The right key still opens it.
    EXPECT_TRUE(verify(m_sealed, m_keys).ok());
}

TEST_F(RecordingFileTest, MissingAndForeignFiles)
{
    const QString missing = m_dir.file(QStringLiteral("nowhere.slrec"));
    for (const Error &e : {verify(missing, m_keys).error(), readHeader(missing).error(),
                           RecordingReader::openFile(missing, m_keys).error()}) {
        EXPECT_EQ(e.code, ErrorCode::NotFound);
        EXPECT_EQ(e.field, QStringLiteral("file"));
        EXPECT_TRUE(e.message.contains(missing));
    }
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_EQ(openToDevice(missing, m_keys, out).error().code, ErrorCode::NotFound);

    // A WAV given as a sealed recording.
    ASSERT_TRUE(writeFile(m_wav, makeWav(5000)));
    EXPECT_EQ(failure(makeWav(5000)), QStringLiteral("format"));
    EXPECT_EQ(readHeader(m_wav).error().field, QStringLiteral("format"));

    // A file from a newer Safelink.
    QByteArray newer = seal(makeWav(1000));
    qToBigEndian<quint16>(2, newer.data() + 6);
    ASSERT_TRUE(writeFile(m_dir.file(QStringLiteral("newer.slrec")), newer));
    auto v = verify(m_dir.file(QStringLiteral("newer.slrec")), m_keys);
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::Unsupported);
    EXPECT_EQ(v.error().field, QStringLiteral("format"));
}

TEST_F(RecordingFileTest, SealingRefusesBadInput)
{
    ASSERT_TRUE(writeFile(m_wav, makeWav(1000)));
    auto noWav =
        sealFile(m_dir.file(QStringLiteral("missing.wav")), m_sealed, m_keys.publicKey, sampleMeta());
    ASSERT_FALSE(noWav.ok());
    EXPECT_EQ(noWav.error().code, ErrorCode::NotFound);
    for (const QString &id :
         {QString(), QStringLiteral("../escape"), QStringLiteral(".hidden"), QStringLiteral("a/b"),
          QStringLiteral("录音"), QString(129, QLatin1Char('a'))}) {
        auto r = sealFile(m_wav, m_sealed, m_keys.publicKey, sampleMeta(id));
        ASSERT_FALSE(r.ok()) << id.toStdString();
        EXPECT_EQ(r.error().field, QStringLiteral("id"));
    }
    auto badKey = sealFile(m_wav, m_sealed, QByteArray(5, 'k'), sampleMeta());
    ASSERT_FALSE(badKey.ok());
    EXPECT_EQ(badKey.error().field, QStringLiteral("recipient"));
    // Nothing was written, not even a temporary file.
    EXPECT_FALSE(QFileInfo::exists(m_dir.file(QStringLiteral("out"))));

    // Details too long for the header.
    RecordingMeta huge = sampleMeta();
    huge.callId = QString(20000, QLatin1Char('x'));
    auto tooLong = sealFile(m_wav, m_sealed, m_keys.publicKey, huge);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().code, ErrorCode::Invalid);
}

TEST_F(RecordingFileTest, ResealingReplacesAtomically)
{
    seal(makeWav(70000, 8000, 1, 1));
    const QByteArray second = makeWav(90000, 8000, 1, 2);
    seal(second);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    ASSERT_TRUE(openToDevice(m_sealed, m_keys, out).ok());
    EXPECT_TRUE(out.data() == second);
    EXPECT_EQ(QDir(m_dir.file(QStringLiteral("out"))).entryList(QDir::Files).size(), 1);
}
