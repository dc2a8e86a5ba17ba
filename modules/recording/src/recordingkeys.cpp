#include <safelink/net/keys.h>
#include <safelink/recording/durablefile.h>
#include <safelink/recording/recordingkeys.h>

#include "logging.h"

#include <QFile>

#include <sodium.h>

namespace safelink::recording {

namespace {
// Not net::KeyFile's magic: a recording key file given where the hub's identity key is expected
// (or the other way round) is named as the wrong kind of file instead of being used.
constexpr char kMagic[] = "SLRK0001";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
constexpr qsizetype kFileSize = kMagicSize + kRecordingPublicKeySize + kRecordingSecretKeySize;

static_assert(kRecordingPublicKeySize == crypto_box_PUBLICKEYBYTES
              && kRecordingSecretKeySize == crypto_box_SECRETKEYBYTES);
} // namespace

bool RecordingKeys::isValid() const
{
    if (publicKey.size() != kRecordingPublicKeySize || secretKey.size() != kRecordingSecretKeySize
        || !net::ensureSodium())
        return false;
    unsigned char derived[crypto_scalarmult_BYTES];
    if (crypto_scalarmult_base(derived, reinterpret_cast<const unsigned char *>(secretKey.constData())) != 0)
        return false;
    const bool matches = sodium_memcmp(derived, publicKey.constData(), sizeof derived) == 0;
    sodium_memzero(derived, sizeof derived);
    return matches;
}

QString RecordingKeys::fingerprint() const
{
    return net::fingerprint(publicKey);
}

RecordingKeys RecordingKeys::generate()
{
    if (!net::ensureSodium()) {
        qCCritical(lcRecording) << "libsodium could not be initialised: no recording key pair";
        return {};
    }
    RecordingKeys keys;
    keys.publicKey = QByteArray(kRecordingPublicKeySize, Qt::Uninitialized);
    keys.secretKey = QByteArray(kRecordingSecretKeySize, Qt::Uninitialized);
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                       reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

Result<RecordingKeys> RecordingKeys::load(const QString &file)
{
    QFile f(file);
    if (!f.exists())
        return makeError(ErrorCode::NotFound, tr("The recording key file %1 does not exist.").arg(file));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot read the recording key file %1: %2").arg(file, f.errorString()));
    QByteArray data = f.read(kFileSize + 1);
    if (data.size() != kFileSize || !data.startsWith(QByteArrayView(kMagic, kMagicSize))) {
        const bool rightSize = data.size() == kFileSize;
        sodium_memzero(data.data(), data.size());
        if (!rightSize)
            return makeError(ErrorCode::Invalid,
                             tr("The recording key file %1 is damaged: it must be exactly %2 bytes long.")
                                 .arg(file)
                                 .arg(kFileSize));
        return makeError(ErrorCode::Invalid, tr("%1 is not a Safelink recording key file.").arg(file));
    }
    RecordingKeys keys;
    keys.publicKey = data.mid(kMagicSize, kRecordingPublicKeySize);
    keys.secretKey = data.mid(kMagicSize + kRecordingPublicKeySize, kRecordingSecretKeySize);
    sodium_memzero(data.data(), data.size());
    if (!keys.isValid())
        return makeError(
            ErrorCode::Invalid,
            tr("The recording key file %1 is damaged: its public key does not belong to its secret key.")
                .arg(file));
    if (f.permissions()
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
           | QFileDevice::WriteOther))
        qCWarning(lcRecording).noquote()
            << "recording key file" << file << "can be read by others; it should have mode 0600";
    return keys;
}

Status RecordingKeys::save(const QString &file) const
{
    if (!isValid())
        return makeError(ErrorCode::Invalid, tr("The recording key pair is not valid and was not saved."));
    // DurableFile's temporary file has mode 0600 from the start and is renamed over the target.
    DurableFile out(file);
    if (Status s = out.open(); !s)
        return s;
    QByteArray data = QByteArray(kMagic, kMagicSize) + publicKey + secretKey;
    const bool written = out.device().write(data) == data.size();
    sodium_memzero(data.data(), data.size());
    if (!written)
        return makeError(
            ErrorCode::Io,
            tr("Cannot write the recording key file %1: %2").arg(file, out.device().errorString()));
    // Never over an existing key: the recordings sealed to it could not be opened again.
    return out.commit(DurableFile::Existing::Refuse);
}

} // namespace safelink::recording
