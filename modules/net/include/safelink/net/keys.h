#pragma once

#include <safelink/core/result.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace safelink::net {

// Initialises libsodium; false only when the system cannot supply randomness. Every function here
// that uses libsodium calls it first, so no global initialiser object is needed: sodium_init() is
// thread-safe and returns at once when it already ran.
bool ensureSodium();

constexpr qsizetype kPublicKeySize = 32; // crypto_kx_PUBLICKEYBYTES (X25519)
constexpr qsizetype kSecretKeySize = 32; // crypto_kx_SECRETKEYBYTES

// A long-term crypto_kx key pair: the hub's identity on the LAN.
struct KeyPair {
    QByteArray publicKey;
    QByteArray secretKey;

    // Both keys have the right size and the public key belongs to the secret key.
    bool isValid() const;
};

// A fresh key pair; both keys are empty when libsodium cannot be initialised.
KeyPair generateKeyPair();

// What people compare: BLAKE2b-256 of the public key as 16 groups of 4 upper-case hex digits
// separated by spaces ("3F2A 91C0 ..."), short enough to read out over the phone and compare.
QString fingerprint(QByteArrayView publicKey);

// Key files hold a magic line, the public and the secret key (72 bytes). They are written
// atomically with mode 0600 (the secret never sits in a file others can open); loading one checks
// its size, magic and that the public key belongs to the secret key, and warns when others can
// read it.
class KeyFile {
    Q_DECLARE_TR_FUNCTIONS(safelink::net::KeyFile)

public:
    static Result<KeyPair> load(const QString &file);
    static Status save(const QString &file, const KeyPair &keys);
};

inline Result<KeyPair> loadKeyPair(const QString &file)
{
    return KeyFile::load(file);
}
inline Status saveKeyPair(const QString &file, const KeyPair &keys)
{
    return KeyFile::save(file, keys);
}

} // namespace safelink::net
