#pragma once

#include <safelink/core/result.h>
#include <safelink/recording/recordingkeys.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QString>

#include <memory>

// Sealed call recordings: the "SLREC1" file format.
//
// Every call is recorded on the seat as a WAV file. After the call the seat seals it to the hub's
// recording public key and deletes the WAV; the sealed file travels to the hub and is kept there as
// it is. Only the hub's recording secret key opens it. A seat cannot read back what it sealed.
//
// Layout (integers big-endian; H = length of the CBOR header):
//
//   offset      size       field
//   0           6          magic "SLREC1"
//   6           2          format version, 1
//   8           4          H, 1..16384
//   12          H          header: a CBOR map with text keys
//                            id          recording id (text; letters, digits, '-', '_', '.')
//                            call        SIP Call-ID of the call (text, may be empty)
//                            seat        seat that recorded it (text)
//                            started     call start, UTC ISO 8601 with ms (text, may be absent)
//                            ended       call end, likewise
//                            durationMs  audio length in ms (integer)
//                            sampleRate  Hz (integer; 0 when the WAV header could not be read)
//                            channels    (integer; likewise)
//                            format      "wav"
//                            size        plaintext size in bytes (integer)
//                            sha256      SHA-256 of the plaintext (32 bytes)
//                            recipient   the recording public key it is sealed to (32 bytes)
//   12+H        80         crypto_box_seal(K, recipient): K, the file's random
//                          crypto_secretstream_xchacha20poly1305 key, sealed to the hub
//   92+H        24         crypto_secretstream_xchacha20poly1305 header
//   116+H       17         header tag: the stream's first message, empty, TAG_MESSAGE, with
//                          bytes [0, 116+H) as additional data. It authenticates everything
//                          above: a changed bit in the header, key block or stream header
//                          makes it fail.
//   133+H       ...        body: the WAV in chunks of 65536 bytes, each sealed as one stream
//                          message (65536 + 17 bytes); the last chunk (1..65536 bytes, or 0 bytes
//                          for an empty WAV) is tagged TAG_FINAL and nothing follows it.
//
// The stream's nonces chain the messages: a chunk that is dropped, repeated or moved fails to
// decrypt, and a file that ends before a FINAL chunk is cut short. The file size follows from the
// header's plaintext size, so truncation is also found before any audio is decrypted.
//
// The header is readable without a key (for listing) but trusted only once the header tag has been
// checked: readHeader() does not check it, verify(), openToDevice() and RecordingReader do.
namespace safelink::recording {

constexpr char kRecordingMagic[] = "SLREC1";
constexpr int kRecordingFormatVersion = 1;
constexpr qint64 kRecordingChunkSize = 64 * 1024;
constexpr qint64 kRecordingMaxHeaderSize = 16 * 1024;
constexpr char kRecordingFileSuffix[] = ".slrec";

// What a recording is about. sealFile() fills sampleRate, channels and durationMs from the WAV when
// they are 0 (the duration from endedAt - startedAt when the WAV header cannot be read).
struct RecordingMeta {
    QString recordingId;
    QString callId;
    QString seat;
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 durationMs = 0;
    int sampleRate = 0;
    int channels = 0;
    QString format = QStringLiteral("wav");
};

// The header of a sealed file.
struct RecordingHeader {
    int version = kRecordingFormatVersion;
    RecordingMeta meta;
    qint64 plainSize = 0;
    QByteArray sha256;     // of the plaintext, 32 bytes
    QByteArray recipient;  // the recording public key it is sealed to
    qint64 headerSize = 0; // H in the layout above

    // The size the whole file must have.
    qint64 expectedFileSize() const;
    QString sha256Hex() const { return QString::fromLatin1(sha256.toHex()); }
};

// Whether `id` may name a recording: 1..128 letters, digits, '-', '_' or '.', not starting with
// '.'. Recording ids become file names on the hub.
bool isValidRecordingId(const QString &id);

// Error messages of this format, in one translation context.
class RecordingFile {
    Q_DECLARE_TR_FUNCTIONS(safelink::recording::RecordingFile)
};

// Seals `plainWavPath` to `recipientPublicKey` into `outPath`, in constant memory: the WAV is read
// twice (its hash goes into the header, which comes first) and an error is returned when it changed
// in between. The sealed file is written to a temporary name, fsynced and renamed over `outPath`.
// Errors: NotFound (no WAV), Invalid (bad id or key; field "id" or "recipient"), Conflict (the WAV
// changed while being sealed), Io.
Result<RecordingHeader> sealFile(const QString &plainWavPath, const QString &outPath,
                                 QByteArrayView recipientPublicKey, const RecordingMeta &meta);

// The header of a sealed file, for listing: no key needed, and NOT authenticated.
Result<RecordingHeader> readHeader(const QString &path);

// Opening errors name what is wrong in Error::field, with ErrorCode::Invalid unless said otherwise:
//   "file"      no such file (ErrorCode::NotFound) or unreadable (ErrorCode::Io)
//   "format"    not a sealed recording; a newer format version is ErrorCode::Unsupported
//   "recipient" sealed to another recording key than `keys` (the wrong key)
//   "key"       the sealed key block is damaged, or `keys` is not a valid key pair
//   "header"    the header or the stream header was altered
//   "end"       the file is cut short (no FINAL chunk) or has bytes after its end
//   "body"      a chunk was altered, dropped, repeated or moved
//   "out"       (openToDevice) the output device refused the data (ErrorCode::Io)

// Checks every byte of a sealed file without keeping any plaintext; returns its authenticated header.
Result<RecordingHeader> verify(const QString &path, const RecordingKeys &keys);

// Decrypts a sealed file into `out` (open for writing) and returns its authenticated header. Every
// byte written has been authenticated, but on an error `out` holds only the part before the
// damage: discard it.
Result<RecordingHeader> openToDevice(const QString &path, const RecordingKeys &keys, QIODevice &out);

// A sealed file as a sequential, read-only device giving the plaintext WAV, decrypted a chunk at a
// time (constant memory, for playback). openFile() checks the key and the header tag and that the file
// is whole; a chunk found damaged later makes read() return -1 with errorString() set, and error()
// gives the Error. atEnd() only after the FINAL chunk was read and checked.
class RecordingReader : public QIODevice {
    Q_OBJECT

public:
    ~RecordingReader() override;

    static Result<std::unique_ptr<RecordingReader>> openFile(const QString &path, const RecordingKeys &keys);

    const RecordingHeader &header() const;
    // The plaintext size (the header's), since size() of a sequential device is what is buffered.
    qint64 plainSize() const { return header().plainSize; }
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    // Set once a read failed.
    const Error *error() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct Private;
    explicit RecordingReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace safelink::recording
