#include <safelink/core/cbor.h>
#include <safelink/net/keys.h>
#include <safelink/recording/durablefile.h>
#include <safelink/recording/recordingfile.h>

#include "logging.h"
#include "wavinfo.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>
#include <optional>
#include <utility>

namespace safelink::recording {

namespace {

constexpr qsizetype kMagicSize = sizeof(kRecordingMagic) - 1;
constexpr qsizetype kFixedSize = kMagicSize + 2 + 4; // magic, version, header length
constexpr qsizetype kKeySize = crypto_secretstream_xchacha20poly1305_KEYBYTES;
constexpr qsizetype kSealedKeySize = kKeySize + crypto_box_SEALBYTES;
constexpr qsizetype kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kTagSize = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qint64 kSealedChunkSize = kRecordingChunkSize + kTagSize;
constexpr qint64 kMaxPlainSize = qint64(1) << 40; // far above any call; keeps size arithmetic sane
constexpr qsizetype kShaSize = crypto_hash_sha256_BYTES;

static_assert(kMagicSize == 6 && kSealedKeySize == 80 && kStreamHeaderSize == 24 && kTagSize == 17);
static_assert(kRecordingPublicKeySize == crypto_box_PUBLICKEYBYTES);

// The header's keys; the format is fixed by them (recordingfile.h).
const QString kId = QStringLiteral("id");
const QString kCall = QStringLiteral("call");
const QString kSeat = QStringLiteral("seat");
const QString kStarted = QStringLiteral("started");
const QString kEnded = QStringLiteral("ended");
const QString kDuration = QStringLiteral("durationMs");
const QString kSampleRate = QStringLiteral("sampleRate");
const QString kChannels = QStringLiteral("channels");
const QString kFormat = QStringLiteral("format");
const QString kSize = QStringLiteral("size");
const QString kSha = QStringLiteral("sha256");
const QString kRecipient = QStringLiteral("recipient");

// Error::field values (recordingfile.h).
const QString kFieldFile = QStringLiteral("file");
const QString kFieldFormat = QStringLiteral("format");
const QString kFieldRecipient = QStringLiteral("recipient");
const QString kFieldKey = QStringLiteral("key");
const QString kFieldHeader = QStringLiteral("header");
const QString kFieldEnd = QStringLiteral("end");
const QString kFieldBody = QStringLiteral("body");
const QString kFieldOut = QStringLiteral("out");

unsigned char *bytes(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
const unsigned char *bytes(QByteArrayView a)
{
    return reinterpret_cast<const unsigned char *>(a.data());
}

// Reads until `size` bytes or the end; -1 on a read error.
qint64 readFull(QIODevice &in, char *data, qint64 size)
{
    qint64 got = 0;
    while (got < size) {
        const qint64 n = in.read(data + got, size - got);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += n;
    }
    return got;
}

void wipe(QByteArray &a)
{
    if (!a.isEmpty())
        sodium_memzero(a.data(), size_t(a.size()));
}

Error sodiumMissing()
{
    return makeError(ErrorCode::Internal,
                     RecordingFile::tr("The encryption library could not be initialised."));
}

Error noFile(const QString &path)
{
    return makeError(ErrorCode::NotFound, RecordingFile::tr("The recording %1 does not exist.").arg(path),
                     kFieldFile);
}

Error unreadable(const QString &path, const QString &why)
{
    return makeError(ErrorCode::Io, RecordingFile::tr("Cannot read the recording %1: %2").arg(path, why),
                     kFieldFile);
}

Error notARecording(const QString &path)
{
    return makeError(ErrorCode::Invalid,
                     RecordingFile::tr("%1 is not a sealed Safelink recording.").arg(path), kFieldFormat);
}

Error cutShort(const QString &path)
{
    return makeError(
        ErrorCode::Invalid,
        RecordingFile::tr("The recording %1 is cut short: it ends before its last part.").arg(path),
        kFieldEnd);
}

Error damagedHeader(const QString &path, const QString &why)
{
    return makeError(ErrorCode::Invalid,
                     RecordingFile::tr("The header of the recording %1 is damaged: %2").arg(path, why),
                     kFieldHeader);
}

Error alteredHeader(const QString &path)
{
    return makeError(
        ErrorCode::Invalid,
        RecordingFile::tr("The header of the recording %1 was altered or damaged; its audio is not trusted.")
            .arg(path),
        kFieldHeader);
}

Error alteredBody(const QString &path, qint64 chunk)
{
    return makeError(ErrorCode::Invalid,
                     RecordingFile::tr("Part %1 of the recording %2 was altered, damaged, dropped or moved.")
                         .arg(chunk)
                         .arg(path),
                     kFieldBody);
}

QByteArray encodeHeader(const RecordingHeader &h)
{
    QCborMap m;
    m.insert(kId, h.meta.recordingId);
    m.insert(kCall, h.meta.callId);
    m.insert(kSeat, h.meta.seat);
    if (h.meta.startedAt.isValid())
        m.insert(kStarted, core::cbor::fromDateTime(h.meta.startedAt));
    if (h.meta.endedAt.isValid())
        m.insert(kEnded, core::cbor::fromDateTime(h.meta.endedAt));
    m.insert(kDuration, h.meta.durationMs);
    m.insert(kSampleRate, h.meta.sampleRate);
    m.insert(kChannels, h.meta.channels);
    m.insert(kFormat, h.meta.format);
    m.insert(kSize, h.plainSize);
    m.insert(kSha, h.sha256);
    m.insert(kRecipient, h.recipient);
    return m.toCborValue().toCbor();
}

Result<RecordingHeader> decodeHeader(const QByteArray &cbor, const QString &path)
{
    // Exactly one CBOR value filling the whole header: a changed length field is found here.
    QCborStreamReader stream(cbor);
    const QCborValue value = QCborValue::fromCbor(stream);
    if (stream.lastError() != QCborError::NoError)
        return damagedHeader(path, stream.lastError().toString());
    if (stream.currentOffset() != cbor.size())
        return damagedHeader(path, RecordingFile::tr("it has bytes after its end"));
    core::cbor::Reader r(value, QStringLiteral("recording header"));
    RecordingHeader h;
    h.meta.recordingId = r.string(kId, true);
    h.meta.callId = r.string(kCall);
    h.meta.seat = r.string(kSeat);
    h.meta.startedAt = r.dateTime(kStarted);
    h.meta.endedAt = r.dateTime(kEnded);
    h.meta.durationMs = r.integer(kDuration);
    h.meta.sampleRate = int(r.integer(kSampleRate));
    h.meta.channels = int(r.integer(kChannels));
    h.meta.format = r.string(kFormat, true);
    h.plainSize = r.integer(kSize, -1);
    const QCborValue sha = r.raw().value(kSha);
    const QCborValue recipient = r.raw().value(kRecipient);
    if (!r.ok())
        return damagedHeader(path, r.error().toString());
    h.sha256 = sha.toByteArray();
    h.recipient = recipient.toByteArray();
    if (!isValidRecordingId(h.meta.recordingId))
        return damagedHeader(path, RecordingFile::tr("its recording id is not valid"));
    if (h.plainSize < 0 || h.plainSize > kMaxPlainSize || h.meta.durationMs < 0 || h.meta.sampleRate < 0
        || h.meta.channels < 0)
        return damagedHeader(path, RecordingFile::tr("a size is out of range"));
    if (!sha.isByteArray() || h.sha256.size() != kShaSize || !recipient.isByteArray()
        || h.recipient.size() != kRecordingPublicKeySize)
        return damagedHeader(path, RecordingFile::tr("its hash or key is missing"));
    return h;
}

// Reads magic, version, length and CBOR header from the start of `in`; `prefix` gets those bytes.
Result<RecordingHeader> readPrefix(QIODevice &in, const QString &path, QByteArray &prefix)
{
    prefix = QByteArray(kFixedSize, Qt::Uninitialized);
    const qint64 n = readFull(in, prefix.data(), kFixedSize);
    if (n < 0)
        return unreadable(path, in.errorString());
    const qsizetype magicSeen = qMin<qsizetype>(n, kMagicSize);
    if (QByteArrayView(prefix.constData(), magicSeen) != QByteArrayView(kRecordingMagic, magicSeen))
        return notARecording(path);
    if (n < kFixedSize)
        return cutShort(path);
    const quint16 version = qFromBigEndian<quint16>(prefix.constData() + kMagicSize);
    if (version == 0)
        return notARecording(path);
    if (version > kRecordingFormatVersion)
        return makeError(
            ErrorCode::Unsupported,
            RecordingFile::tr(
                "The recording %1 was written by a newer Safelink (format %2); this program reads format %3.")
                .arg(path)
                .arg(version)
                .arg(kRecordingFormatVersion),
            kFieldFormat);
    const quint32 headerSize = qFromBigEndian<quint32>(prefix.constData() + kMagicSize + 2);
    if (headerSize == 0 || headerSize > quint32(kRecordingMaxHeaderSize))
        return damagedHeader(path, RecordingFile::tr("its length is out of range"));
    QByteArray cbor(qsizetype(headerSize), Qt::Uninitialized);
    const qint64 m = readFull(in, cbor.data(), headerSize);
    if (m < 0)
        return unreadable(path, in.errorString());
    if (m < qint64(headerSize))
        return cutShort(path);
    auto header = decodeHeader(cbor, path);
    if (!header)
        return header.error();
    header->version = version;
    header->headerSize = headerSize;
    prefix += cbor;
    return header;
}

} // namespace

qint64 RecordingHeader::expectedFileSize() const
{
    const qint64 chunks = plainSize == 0 ? 1 : (plainSize + kRecordingChunkSize - 1) / kRecordingChunkSize;
    return kFixedSize + headerSize + kSealedKeySize + kStreamHeaderSize + kTagSize + chunks * kTagSize
           + plainSize;
}

bool isValidRecordingId(const QString &id)
{
    if (id.isEmpty() || id.size() > 128 || id.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-'
                        || u == '_' || u == '.';
        if (!ok)
            return false;
    }
    return true;
}

Result<RecordingHeader> sealFile(const QString &plainWavPath, const QString &outPath,
                                 QByteArrayView recipientPublicKey, const RecordingMeta &meta)
{
    if (!net::ensureSodium())
        return sodiumMissing();
    if (!isValidRecordingId(meta.recordingId))
        return makeError(ErrorCode::Invalid,
                         RecordingFile::tr(
                             "\"%1\" cannot name a recording: use 1 to 128 letters, digits, '-', '_' or '.'.")
                             .arg(meta.recordingId),
                         QStringLiteral("id"));
    if (recipientPublicKey.size() != kRecordingPublicKeySize)
        return makeError(ErrorCode::Invalid, RecordingFile::tr("The hub's recording key is not valid."),
                         kFieldRecipient);
    QFile in(plainWavPath);
    if (!in.exists())
        return noFile(plainWavPath);
    if (!in.open(QIODevice::ReadOnly))
        return unreadable(plainWavPath, in.errorString());

    // First pass: size and hash, which the header (written first) carries.
    QByteArray cur(kRecordingChunkSize, Qt::Uninitialized);
    QByteArray head;
    crypto_hash_sha256_state hash;
    crypto_hash_sha256_init(&hash);
    qint64 plainSize = 0;
    for (;;) {
        const qint64 n = readFull(in, cur.data(), kRecordingChunkSize);
        if (n < 0)
            return unreadable(plainWavPath, in.errorString());
        if (plainSize == 0)
            head = cur.first(n);
        crypto_hash_sha256_update(&hash, bytes(cur), quint64(n));
        plainSize += n;
        if (n < kRecordingChunkSize)
            break;
    }
    RecordingHeader h;
    h.meta = meta;
    h.plainSize = plainSize;
    h.sha256 = QByteArray(kShaSize, Qt::Uninitialized);
    crypto_hash_sha256_final(&hash, bytes(h.sha256));
    h.recipient = recipientPublicKey.toByteArray();
    const WavInfo wav = parseWav(head, plainSize);
    wipe(head);
    if (h.meta.sampleRate == 0)
        h.meta.sampleRate = wav.sampleRate;
    if (h.meta.channels == 0)
        h.meta.channels = wav.channels;
    if (h.meta.durationMs == 0) {
        if (wav.valid)
            h.meta.durationMs = wav.durationMs;
        else if (meta.startedAt.isValid() && meta.endedAt.isValid() && meta.startedAt <= meta.endedAt)
            h.meta.durationMs = meta.startedAt.msecsTo(meta.endedAt);
    }
    if (h.meta.format.isEmpty())
        h.meta.format = QStringLiteral("wav");
    if (!wav.valid)
        qCWarning(lcRecording) << "sealing" << plainWavPath << "whose WAV header cannot be read";

    const QByteArray cbor = encodeHeader(h);
    if (cbor.size() > kRecordingMaxHeaderSize)
        return makeError(ErrorCode::Invalid,
                         RecordingFile::tr("The recording's details are too long to be stored."),
                         kFieldHeader);
    h.headerSize = cbor.size();

    QByteArray prefix(kFixedSize, Qt::Uninitialized);
    memcpy(prefix.data(), kRecordingMagic, kMagicSize);
    qToBigEndian<quint16>(quint16(kRecordingFormatVersion), prefix.data() + kMagicSize);
    qToBigEndian<quint32>(quint32(cbor.size()), prefix.data() + kMagicSize + 2);
    prefix += cbor;

    // A fresh stream key for this file only, sealed to the hub: the seat cannot open it again.
    unsigned char key[kKeySize];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    QByteArray sealedKey(kSealedKeySize, Qt::Uninitialized);
    if (crypto_box_seal(bytes(sealedKey), key, kKeySize, bytes(recipientPublicKey)) != 0) {
        sodium_memzero(key, sizeof key);
        return makeError(ErrorCode::Invalid, RecordingFile::tr("The hub's recording key is not valid."),
                         kFieldRecipient);
    }
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(kStreamHeaderSize, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, bytes(streamHeader), key);
    sodium_memzero(key, sizeof key);
    prefix += sealedKey;
    prefix += streamHeader;
    // The header tag: an empty first message whose additional data is everything above.
    QByteArray headerTag(kTagSize, Qt::Uninitialized);
    unsigned char nothing = 0;
    crypto_secretstream_xchacha20poly1305_push(&state, bytes(headerTag), nullptr, &nothing, 0, bytes(prefix),
                                               quint64(prefix.size()),
                                               crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);

    struct Cleanup {
        crypto_secretstream_xchacha20poly1305_state *state;
        QByteArray *buffers[2];
        ~Cleanup()
        {
            sodium_memzero(state, sizeof *state);
            for (QByteArray *b : buffers)
                wipe(*b);
        }
    };
    QByteArray next(kRecordingChunkSize, Qt::Uninitialized);
    Cleanup cleanup{&state, {&cur, &next}};

    DurableFile out(outPath);
    if (Status s = out.open(); !s)
        return s.error();
    auto writeFailed = [&] {
        return makeError(ErrorCode::Io,
                         RecordingFile::tr("Cannot write %1: %2").arg(outPath, out.device().errorString()));
    };
    if (out.device().write(prefix) != prefix.size() || out.device().write(headerTag) != headerTag.size())
        return writeFailed();

    // Second pass: one chunk read ahead, so that the last one is tagged FINAL even when the WAV's size
    // is a multiple of the chunk size.
    if (!in.seek(0))
        return unreadable(plainWavPath, in.errorString());
    crypto_hash_sha256_init(&hash);
    qint64 sealedSize = 0;
    QByteArray sealed(kSealedChunkSize, Qt::Uninitialized);
    qint64 curSize = readFull(in, cur.data(), kRecordingChunkSize);
    for (;;) {
        if (curSize < 0)
            return unreadable(plainWavPath, in.errorString());
        const qint64 nextSize =
            curSize == kRecordingChunkSize ? readFull(in, next.data(), kRecordingChunkSize) : 0;
        if (nextSize < 0)
            return unreadable(plainWavPath, in.errorString());
        const unsigned char tag = nextSize == 0 ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, bytes(sealed), &sealedLength, bytes(cur),
                                                   quint64(curSize), nullptr, 0, tag);
        if (out.device().write(sealed.constData(), qint64(sealedLength)) != qint64(sealedLength))
            return writeFailed();
        crypto_hash_sha256_update(&hash, bytes(cur), quint64(curSize));
        sealedSize += curSize;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
        std::swap(cur, next);
        curSize = nextSize;
    }
    QByteArray sha(kShaSize, Qt::Uninitialized);
    crypto_hash_sha256_final(&hash, bytes(sha));
    if (sealedSize != h.plainSize || sha != h.sha256)
        return makeError(
            ErrorCode::Conflict,
            RecordingFile::tr("The recording %1 changed while it was being encrypted; nothing was written.")
                .arg(plainWavPath));
    if (Status s = out.commit(); !s)
        return s.error();
    return h;
}

Result<RecordingHeader> readHeader(const QString &path)
{
    QFile in(path);
    if (!in.exists())
        return noFile(path);
    if (!in.open(QIODevice::ReadOnly))
        return unreadable(path, in.errorString());
    QByteArray prefix;
    return readPrefix(in, path, prefix);
}

// The decrypting side, shared by verify(), openToDevice() and RecordingReader.
class Opener {
public:
    Opener() = default;
    Opener(const Opener &) = delete;
    Opener &operator=(const Opener &) = delete;
    ~Opener()
    {
        sodium_memzero(&m_state, sizeof m_state);
        wipe(m_sealed);
    }

    Status open(const QString &path, const RecordingKeys &keys);
    // Decrypts the next chunk into `plain`; false once the FINAL chunk was read.
    Result<bool> next(QByteArray &plain);
    bool finished() const { return m_finished; }
    const RecordingHeader &header() const { return m_header; }

private:
    QString m_path;
    QFile m_file;
    RecordingHeader m_header;
    crypto_secretstream_xchacha20poly1305_state m_state{};
    crypto_hash_sha256_state m_hash{};
    QByteArray m_sealed;
    qint64 m_plainSoFar = 0;
    qint64 m_chunk = 0;
    bool m_finished = false;
};

Status Opener::open(const QString &path, const RecordingKeys &keys)
{
    if (!net::ensureSodium())
        return sodiumMissing();
    m_path = path;
    m_file.setFileName(path);
    if (!m_file.exists())
        return noFile(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return unreadable(path, m_file.errorString());
    const qint64 fileSize = m_file.size();
    QByteArray prefix;
    auto header = readPrefix(m_file, path, prefix);
    if (!header)
        return header.error();
    m_header = std::move(header).value();

    QByteArray rest(kSealedKeySize + kStreamHeaderSize + kTagSize, Qt::Uninitialized);
    const qint64 n = readFull(m_file, rest.data(), rest.size());
    if (n < 0)
        return unreadable(path, m_file.errorString());
    if (n < rest.size())
        return cutShort(path);
    if (!keys.isValid())
        return makeError(ErrorCode::Invalid,
                         RecordingFile::tr("There is no valid recording key to open %1 with.").arg(path),
                         kFieldKey);

    unsigned char key[kKeySize];
    if (crypto_box_seal_open(key, bytes(rest), kSealedKeySize, bytes(keys.publicKey), bytes(keys.secretKey))
        != 0) {
        if (m_header.recipient != keys.publicKey)
            return makeError(
                ErrorCode::Invalid,
                RecordingFile::tr("The recording %1 was sealed to another recording key (%2), not to this "
                                  "one (%3).")
                    .arg(path, net::fingerprint(m_header.recipient), keys.fingerprint()),
                kFieldRecipient);
        return makeError(
            ErrorCode::Invalid,
            RecordingFile::tr("The key block of the recording %1 is damaged; it cannot be opened.").arg(path),
            kFieldKey);
    }
    const int init =
        crypto_secretstream_xchacha20poly1305_init_pull(&m_state, bytes(rest) + kSealedKeySize, key);
    sodium_memzero(key, sizeof key);
    if (init != 0)
        return alteredHeader(path);
    prefix += rest.first(kSealedKeySize + kStreamHeaderSize);
    unsigned char nothing = 0;
    unsigned long long length = 0;
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state, &nothing, &length, &tag,
                                                   bytes(rest) + kSealedKeySize + kStreamHeaderSize, kTagSize,
                                                   bytes(prefix), quint64(prefix.size()))
            != 0
        || length != 0 || tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        return alteredHeader(path);

    // The header is authentic from here on: its plaintext size gives the file's size.
    const qint64 expected = m_header.expectedFileSize();
    if (fileSize < expected)
        return makeError(ErrorCode::Invalid,
                         RecordingFile::tr("The recording %1 is cut short: it has %2 of its %3 bytes.")
                             .arg(path)
                             .arg(fileSize)
                             .arg(expected),
                         kFieldEnd);
    if (fileSize > expected)
        return makeError(ErrorCode::Invalid,
                         RecordingFile::tr("The recording %1 has %2 bytes after its end.")
                             .arg(path)
                             .arg(fileSize - expected),
                         kFieldEnd);
    crypto_hash_sha256_init(&m_hash);
    m_sealed = QByteArray(kSealedChunkSize, Qt::Uninitialized);
    return {};
}

Result<bool> Opener::next(QByteArray &plain)
{
    if (m_finished)
        return false;
    const qint64 n = readFull(m_file, m_sealed.data(), kSealedChunkSize);
    if (n < 0)
        return unreadable(m_path, m_file.errorString());
    if (n < kTagSize)
        return cutShort(m_path);
    plain.resize(n - kTagSize);
    unsigned long long length = 0;
    unsigned char tag = 0;
    ++m_chunk;
    if (crypto_secretstream_xchacha20poly1305_pull(&m_state, bytes(plain), &length, &tag, bytes(m_sealed),
                                                   quint64(n), nullptr, 0)
        != 0)
        return alteredBody(m_path, m_chunk);
    plain.resize(qsizetype(length));
    crypto_hash_sha256_update(&m_hash, bytes(plain), length);
    m_plainSoFar += qint64(length);
    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        m_finished = true;
        QByteArray sha(kShaSize, Qt::Uninitialized);
        crypto_hash_sha256_final(&m_hash, bytes(sha));
        if (!m_file.atEnd())
            return makeError(ErrorCode::Invalid,
                             RecordingFile::tr("The recording %1 has bytes after its end.").arg(m_path),
                             kFieldEnd);
        // The writer made both from the same bytes; a difference means a broken writer.
        if (m_plainSoFar != m_header.plainSize || sha != m_header.sha256)
            return makeError(
                ErrorCode::Invalid,
                RecordingFile::tr("The audio of the recording %1 does not match its header.").arg(m_path),
                kFieldBody);
        return true;
    }
    // Every chunk but the last is full.
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE || qint64(length) != kRecordingChunkSize)
        return alteredBody(m_path, m_chunk);
    return true;
}

Result<RecordingHeader> verify(const QString &path, const RecordingKeys &keys)
{
    Opener opener;
    if (Status s = opener.open(path, keys); !s)
        return s.error();
    QByteArray plain;
    while (!opener.finished()) {
        auto more = opener.next(plain);
        if (!more) {
            wipe(plain);
            return more.error();
        }
    }
    wipe(plain);
    return opener.header();
}

Result<RecordingHeader> openToDevice(const QString &path, const RecordingKeys &keys, QIODevice &out)
{
    Opener opener;
    if (Status s = opener.open(path, keys); !s)
        return s.error();
    QByteArray plain;
    while (!opener.finished()) {
        auto more = opener.next(plain);
        if (!more) {
            wipe(plain);
            return more.error();
        }
        if (!plain.isEmpty() && out.write(plain) != plain.size()) {
            wipe(plain);
            return makeError(
                ErrorCode::Io,
                RecordingFile::tr("Cannot write the audio of %1: %2").arg(path, out.errorString()),
                kFieldOut);
        }
    }
    wipe(plain);
    return opener.header();
}

struct RecordingReader::Private {
    Opener opener;
    QByteArray buffer; // the current chunk's plaintext
    qsizetype position = 0;
    std::optional<Error> error;

    ~Private() { wipe(buffer); }
};

RecordingReader::RecordingReader(std::unique_ptr<Private> p)
    : d(std::move(p))
{
}

RecordingReader::~RecordingReader() = default;

Result<std::unique_ptr<RecordingReader>> RecordingReader::openFile(const QString &path,
                                                                   const RecordingKeys &keys)
{
    auto p = std::make_unique<Private>();
    if (Status s = p->opener.open(path, keys); !s)
        return s.error();
    std::unique_ptr<RecordingReader> reader(new RecordingReader(std::move(p)));
    // Unbuffered: the chunk buffer is the only copy of the plaintext.
    reader->QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return reader;
}

const RecordingHeader &RecordingReader::header() const
{
    return d->opener.header();
}

const Error *RecordingReader::error() const
{
    return d->error ? &*d->error : nullptr;
}

bool RecordingReader::atEnd() const
{
    return d->error || (d->opener.finished() && d->position >= d->buffer.size());
}

qint64 RecordingReader::bytesAvailable() const
{
    return qint64(d->buffer.size() - d->position) + QIODevice::bytesAvailable();
}

qint64 RecordingReader::readData(char *data, qint64 maxSize)
{
    if (d->error)
        return -1;
    qint64 copied = 0;
    while (copied < maxSize) {
        if (d->position < d->buffer.size()) {
            const qint64 n = qMin<qint64>(maxSize - copied, d->buffer.size() - d->position);
            memcpy(data + copied, d->buffer.constData() + d->position, size_t(n));
            d->position += n;
            copied += n;
            continue;
        }
        if (d->opener.finished())
            break;
        wipe(d->buffer);
        d->position = 0;
        auto more = d->opener.next(d->buffer);
        if (!more) {
            d->buffer.clear();
            d->error = more.error();
            setErrorString(more.error().message);
            qCWarning(lcRecording).noquote() << more.error().toString();
            return copied > 0 ? copied : -1;
        }
    }
    return copied;
}

qint64 RecordingReader::writeData(const char *, qint64)
{
    return -1;
}

} // namespace safelink::recording
