#pragma once

#include <safelink/core/result.h>
#include <safelink/net/keys.h>
#include <safelink/protocol/framereader.h>
#include <safelink/protocol/messages.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <memory>

namespace safelink::net {

struct SessionOptions {
    // The protocol versions offered (client) or accepted (server); tests play other builds with them.
    int minVersion = protocol::kMinProtocolVersion;
    int maxVersion = protocol::kProtocolVersion;
    // Largest encrypted record accepted from the peer; seal() refuses payloads that would not fit.
    qsizetype maxRecordSize = protocol::FrameReader::kDefaultMaxFrameSize;
};

// The secure channel between a desk and the hub, as a state machine over bytes: no sockets, no
// timers, no threads, so every step (and every attack) can be played in a unit test.
//
// Trust. The hub has a long-term crypto_kx key pair. The desk pins the hub's public key; whether to
// trust a key on first use is the caller's decision: a client session built with an empty key
// accepts any hub and reports the key it saw (peerStaticKey()), one built with a key refuses every
// other (ErrorCode::Conflict: possible impersonation). Desks have no key: they prove who they are
// with Login inside the channel.
//
// Wire. Every record is length-prefixed (protocol::lengthPrefixed, read with protocol::FrameReader).
//   1. client -> ClientHello  "SLK1" 0x01 | min version u16 | max version u16 | client ephemeral pk
//   2. server -> ServerHello  "SLK1" 0x02 | chosen version u16 | server static pk | server ephemeral pk
//                 (or VersionReject "SLK1" 0x03 | server min u16 | server max u16, then it hangs up)
//      server -> ServerFinished: secretstream header (24 bytes) + encrypted [0x01 | transcript hash]
//   3. client -> ClientFinished: secretstream header + encrypted [0x01 | transcript hash]
//   4. either -> records: encrypted [0x02 | application payload] (TAG_MESSAGE)
//      either -> close:   encrypted [0x03] with TAG_FINAL; nothing may follow it
//   Handshake records are at most 256 bytes: a longer length prefix fails at once, unbuffered.
//
// Keys. transcript = BLAKE2b-256(ClientHello record || ServerHello record), both prefixes included.
// k1 = crypto_kx(client ephemeral, server ephemeral) gives forward secrecy; k2 = crypto_kx(client
// ephemeral, server static) means only the holder of the hub's secret key can derive the keys.
// c2s = BLAKE2b-256("SLK1 c2s" || k1.c2s || k2.c2s || transcript), s2c likewise; each direction
// is one crypto_secretstream_xchacha20poly1305 stream. Ephemeral secrets are wiped as soon as the keys
// exist, so a stolen hub key does not open recorded traffic.
//
// Why it holds. Each Finished can only be produced with the derived keys and proves the same
// transcript to the other side: the server's proves it holds the static secret (and that nobody
// changed the hellos: no version downgrade), the client's proves it took part in this handshake.
// The server accepts no application data before a valid ClientFinished; the client none before a
// valid ServerFinished. The secretstream's internal counter makes replayed, reordered or dropped
// records fail authentication, separate keys per direction make reflected ones fail, and TAG_FINAL
// tells an orderly end from a cut connection.
//
// Failure is final: a bad record of any kind (tampered, replayed, reordered, oversized, unexpected
// in the handshake, data after close, a cut stream) puts the session into a failed state; the
// reason is logged once (qCWarning, safelink.net) and every later call returns the same Error.
// Keys are wiped on failure and destruction.
//
// Not thread-safe: one owner drives a session.
class SecureSession {
    Q_DECLARE_TR_FUNCTIONS(safelink::net::SecureSession)

public:
    enum class Role { Client, Server };

    // Handshake records are small; holding an unauthenticated peer to that keeps a stranger from
    // making the hub buffer megabytes before anyone knows who it is.
    static constexpr qsizetype kMaxHandshakeRecord = 256;

    // A desk's session: pinnedServerKey is the hub's public key, or empty to accept any hub and let
    // the caller decide about the key it reports.
    static SecureSession client(QByteArray pinnedServerKey, SessionOptions options = {});
    // The hub's session for one accepted connection.
    static SecureSession server(KeyPair staticKeys, SessionOptions options = {});

    SecureSession(SecureSession &&other) noexcept;
    SecureSession &operator=(SecureSession &&other) noexcept;
    SecureSession(const SecureSession &) = delete; // two copies would reuse nonces
    SecureSession &operator=(const SecureSession &) = delete;
    ~SecureSession();

    // Client only, once: the ClientHello to send.
    Result<QByteArray> start();

    // Feeds bytes from the peer. Returns the bytes to send back (handshake records, possibly none)
    // and appends the application payloads the bytes completed to *appMessages. When a record
    // fails, the payloads of the authentic records before it have still been appended (they
    // arrived intact and in order); nothing after it is.
    Result<QByteArray> receive(QByteArrayView bytes, QList<QByteArray> *appMessages);

    // Encrypts one application payload into a record. Only once established and before close().
    // A payload too big for a record is refused without failing the session.
    Result<QByteArray> seal(QByteArrayView plaintext);

    // The orderly end of our direction (TAG_FINAL); seal() refuses afterwards.
    Result<QByteArray> close();

    // The transport reported end of stream. Ok when the peer closed its direction with close() and
    // nothing is left over; otherwise the stream was cut (truncation) and the session fails.
    Status endOfStream();

    // After a version mismatch on the server: the VersionReject to send before hanging up, so an
    // outdated desk can tell its user to update; empty otherwise. Returns it once.
    QByteArray takeAlert();

    Role role() const;
    bool isEstablished() const; // both Finished records checked (server) / received and sent (client)
    bool hasFailed() const;
    Error error() const;        // the failure; a default Error when the session has not failed
    bool closedCleanly() const; // the peer's TAG_FINAL arrived and authenticated
    bool isClosedForSending() const;
    QByteArray peerStaticKey() const; // client: the hub's static key once the ServerHello arrived
    int protocolVersion() const;      // 0 until negotiated
    // Largest payload seal() accepts with this session's record limit.
    qsizetype maxPayloadSize() const;

private:
    struct Private;
    explicit SecureSession(std::unique_ptr<Private> d);

    Error fail(Error error);

    std::unique_ptr<Private> m_d; // null only in a moved-from session
};

} // namespace safelink::net
