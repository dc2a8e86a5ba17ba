#pragma once

#include <safelink/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace safelink::recording {

constexpr qsizetype kRecordingPublicKeySize = 32; // crypto_box_PUBLICKEYBYTES (X25519)
constexpr qsizetype kRecordingSecretKeySize = 32; // crypto_box_SECRETKEYBYTES

// The hub's recording key pair (X25519, for crypto_box_seal). Seats know only the public key and
// seal every call recording to it; only the hub, holding the secret key, can open a recording. It
// is a key pair of its own, not the hub's identity key (hub.key): a recording key can be kept
// offline or rotated without touching how seats recognise the hub.
//
// Key files ("recordings.key" in the hub's data folder) hold a magic, the public and the secret
// key (72 bytes). They are written atomically with mode 0600 and never overwritten; loading checks the size,
// the magic and that the public key belongs to the secret key, and warns when others can read the file.
class RecordingKeys {
    Q_DECLARE_TR_FUNCTIONS(safelink::recording::RecordingKeys)

public:
    QByteArray publicKey;
    QByteArray secretKey;

    // Both keys have the right size and the public key belongs to the secret key.
    bool isValid() const;
    // What people compare (net::fingerprint of the public key); empty when there is none.
    QString fingerprint() const;

    // A fresh key pair; invalid (empty) only when libsodium cannot be initialised.
    static RecordingKeys generate();
    static Result<RecordingKeys> load(const QString &file);
    // Refuses (ErrorCode::Conflict) to replace an existing key file: every recording sealed to the
    // key in it could never be opened again.
    Status save(const QString &file) const;
};

} // namespace safelink::recording
