#include <safelink/net/keys.h>
#include <safelink/net/logging.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sodium.h>

#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace safelink::net {

namespace {
// Names the format, so a wrong file (a TLS key, a text file) is reported as such, and leaves room for
// a second format.
constexpr char kMagic[] = "SLKX0001";
constexpr qsizetype kMagicSize = sizeof(kMagic) - 1;
constexpr qsizetype kFileSize = kMagicSize + kPublicKeySize + kSecretKeySize;

static_assert(kPublicKeySize == crypto_kx_PUBLICKEYBYTES && kSecretKeySize == crypto_kx_SECRETKEYBYTES);

const unsigned char *bytes(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}
} // namespace

bool ensureSodium()
{
    return sodium_init() >= 0;
}

bool KeyPair::isValid() const
{
    if (publicKey.size() != kPublicKeySize || secretKey.size() != kSecretKeySize || !ensureSodium())
        return false;
    unsigned char derived[crypto_scalarmult_BYTES];
    if (crypto_scalarmult_base(derived, bytes(secretKey)) != 0)
        return false;
    const bool matches = sodium_memcmp(derived, publicKey.constData(), sizeof derived) == 0;
    sodium_memzero(derived, sizeof derived);
    return matches;
}

KeyPair generateKeyPair()
{
    if (!ensureSodium()) {
        qCCritical(lcNet) << "libsodium could not be initialised: no key pair";
        return {};
    }
    KeyPair keys{QByteArray(kPublicKeySize, Qt::Uninitialized),
                 QByteArray(kSecretKeySize, Qt::Uninitialized)};
    crypto_kx_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                      reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

QString fingerprint(QByteArrayView publicKey)
{
    if (publicKey.isEmpty() || !ensureSodium())
        return {};
    unsigned char hash[32];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(publicKey.data()),
                       publicKey.size(), nullptr, 0);
    const QByteArray hex = QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex().toUpper();
    QString out;
    out.reserve(hex.size() + hex.size() / 4);
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (i > 0)
            out += QLatin1Char(' ');
        out += QLatin1String(hex.constData() + i, 4);
    }
    return out;
}

Result<KeyPair> KeyFile::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read the key file %1: %2").arg(file, f.errorString()));
    // One byte more than a key file has tells a longer file apart without reading all of it.
    QByteArray data = f.read(kFileSize + 1);
    if (data.size() != kFileSize) {
        sodium_memzero(data.data(), data.size());
        return makeError(
            ErrorCode::Invalid,
            tr("The key file %1 is damaged: it must be exactly %2 bytes long.").arg(file).arg(kFileSize));
    }
    if (!data.startsWith(QByteArrayView(kMagic, kMagicSize))) {
        sodium_memzero(data.data(), data.size());
        return makeError(ErrorCode::Invalid, tr("%1 is not a Safelink key file.").arg(file));
    }
    KeyPair keys{data.mid(kMagicSize, kPublicKeySize), data.mid(kMagicSize + kPublicKeySize, kSecretKeySize)};
    sodium_memzero(data.data(), data.size());
    if (!keys.isValid()) {
        return makeError(
            ErrorCode::Invalid,
            tr("The key file %1 is damaged: its public key does not belong to its secret key.").arg(file));
    }
    if (f.permissions()
        & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
           | QFileDevice::WriteOther)) {
        qCWarning(lcNet).noquote() << "key file" << file << "can be read by others; it should have mode 0600";
    }
    return keys;
}

Status KeyFile::save(const QString &file, const KeyPair &keys)
{
    if (!keys.isValid())
        return makeError(ErrorCode::Invalid, tr("The key pair is not valid and was not saved."));
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(info.absolutePath()));

    // QTemporaryFile creates the file with mode 0600 from the start; QSaveFile would create a new file
    // 0666 & ~umask and tighten it only afterwards, leaving a moment when others could open it.
    QTemporaryFile temp(info.absoluteFilePath() + QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return makeError(ErrorCode::Io, tr("Cannot write the key file %1: %2").arg(file, temp.errorString()));
    QByteArray data = QByteArray(kMagic, kMagicSize) + keys.publicKey + keys.secretKey;
    const bool written = temp.write(data) == data.size() && temp.flush() && ::fsync(temp.handle()) == 0;
    sodium_memzero(data.data(), data.size());
    if (!written)
        return makeError(ErrorCode::Io, tr("Cannot write the key file %1: %2").arg(file, temp.errorString()));
    temp.close();
    // rename(2) replaces an existing key file in one step: a reader sees the old key or the new one.
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(file).constData()) != 0)
        return makeError(ErrorCode::Io,
                         tr("Cannot write the key file %1: %2").arg(file, qt_error_string(errno)));
    temp.setAutoRemove(false);
    return {};
}

} // namespace safelink::net
