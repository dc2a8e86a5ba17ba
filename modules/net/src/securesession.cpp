#include <safelink/net/logging.h>
#include <safelink/net/securesession.h>
#include <safelink/protocol/negotiation.h>

#include <QtEndian>

#include <sodium.h>

#include <array>
#include <cstring>
#include <optional>
#include <utility>

namespace safelink::net {

using protocol::lengthPrefixed;

namespace {
constexpr char kMagic[4] = {'S', 'L', 'K', '1'};
constexpr quint8 kClientHello = 0x01;
constexpr quint8 kServerHello = 0x02;
constexpr quint8 kVersionReject = 0x03;
// First plaintext byte of an encrypted record.
constexpr quint8 kRecordFinished = 0x01;
constexpr quint8 kRecordData = 0x02;
constexpr quint8 kRecordClose = 0x03;

constexpr qsizetype kKeySize = 32;
constexpr qsizetype kHashSize = 32;
constexpr qsizetype kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kStreamOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr qsizetype kClientHelloSize = 4 + 1 + 2 + 2 + kKeySize;
constexpr qsizetype kServerHelloSize = 4 + 1 + 2 + kKeySize + kKeySize;
constexpr qsizetype kVersionRejectSize = 4 + 1 + 2 + 2;
constexpr qsizetype kFinishedSize = kStreamHeaderSize + kStreamOverhead + 1 + kHashSize;

static_assert(kKeySize == crypto_kx_PUBLICKEYBYTES && kKeySize == crypto_kx_SESSIONKEYBYTES
              && kKeySize == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(kServerHelloSize + 4 <= SecureSession::kMaxHandshakeRecord
              && kFinishedSize + 4 <= SecureSession::kMaxHandshakeRecord);

using Key = std::array<unsigned char, kKeySize>;
using StreamState = crypto_secretstream_xchacha20poly1305_state;

// The two crypto_kx results (rx and tx halves each), wiped when they go out of scope.
struct KxKeys {
    unsigned char k1rx[kKeySize], k1tx[kKeySize], k2rx[kKeySize], k2tx[kKeySize];
    KxKeys() = default;
    KxKeys(const KxKeys &) = delete;
    KxKeys &operator=(const KxKeys &) = delete;
    ~KxKeys() { sodium_memzero(this, sizeof *this); }
};

unsigned char *u(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}
const unsigned char *u(QByteArrayView a)
{
    return reinterpret_cast<const unsigned char *>(a.data());
}

bool hasMagic(QByteArrayView record, quint8 kind)
{
    return record.size() >= 5 && std::memcmp(record.data(), kMagic, 4) == 0 && quint8(record[4]) == kind;
}

void appendU16(QByteArray &out, int value)
{
    const quint16 be = qToBigEndian(quint16(value));
    out.append(reinterpret_cast<const char *>(&be), 2);
}

int u16At(QByteArrayView record, qsizetype pos)
{
    return qFromBigEndian<quint16>(record.data() + pos);
}

// One direction's key: BLAKE2b-256(label || k1 half || k2 half || transcript hash). The label keeps
// the two directions apart even if the halves were ever equal.
Key directionKey(const char *label, const unsigned char *k1, const unsigned char *k2,
                 const unsigned char *transcript)
{
    Key key;
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, key.size());
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char *>(label), std::strlen(label));
    crypto_generichash_update(&state, k1, kKeySize);
    crypto_generichash_update(&state, k2, kKeySize);
    crypto_generichash_update(&state, transcript, kHashSize);
    crypto_generichash_final(&state, key.data(), key.size());
    sodium_memzero(&state, sizeof state);
    return key;
}

QByteArray finishedPlaintext(const unsigned char *transcript)
{
    QByteArray plain(1 + kHashSize, Qt::Uninitialized);
    plain[0] = char(kRecordFinished);
    std::memcpy(plain.data() + 1, transcript, kHashSize);
    return plain;
}

// A length-prefixed encrypted record: [streamHeader] + secretstream(type || payload).
QByteArray pushRecord(StreamState *state, quint8 type, QByteArrayView payload, unsigned char tag,
                      QByteArrayView streamHeader = {})
{
    QByteArray plain(1 + payload.size(), Qt::Uninitialized);
    plain[0] = char(type);
    if (!payload.isEmpty())
        std::memcpy(plain.data() + 1, payload.data(), payload.size());
    const qsizetype recordSize = streamHeader.size() + plain.size() + kStreamOverhead;
    QByteArray out(protocol::FrameReader::kPrefixSize + recordSize, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(recordSize), out.data());
    if (!streamHeader.isEmpty())
        std::memcpy(out.data() + protocol::FrameReader::kPrefixSize, streamHeader.data(),
                    streamHeader.size());
    unsigned char *cipher = u(out) + protocol::FrameReader::kPrefixSize + streamHeader.size();
    crypto_secretstream_xchacha20poly1305_push(state, cipher, nullptr, u(plain), plain.size(), nullptr, 0,
                                               tag);
    return out;
}

// Decrypts one record; false when it does not authenticate under the stream's next nonce.
bool pullRecord(StreamState *state, QByteArrayView cipher, QByteArray *plain, unsigned char *tag)
{
    if (cipher.size() < kStreamOverhead + 1)
        return false;
    plain->resize(cipher.size() - kStreamOverhead);
    unsigned long long length = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(state, u(*plain), &length, tag, u(cipher), cipher.size(),
                                                   nullptr, 0)
        != 0) {
        return false;
    }
    return qsizetype(length) == plain->size();
}
} // namespace

struct SecureSession::Private {
    enum class State {
        New,                 // client before start()
        AwaitServerHello,    // client
        AwaitServerFinished, // client
        AwaitClientHello,    // server
        AwaitClientFinished, // server
        Established,
    };

    // Everything that must not outlive the session; wiped in one go.
    struct Secrets {
        Key staticSecret{};    // server
        Key ephemeralPublic{}; // not secret, but part of the same short-lived handshake state
        Key ephemeralSecret{};
        Key pendingRx{}; // the receive key until the peer's stream header arrives
        Key pendingTx{}; // client: the send key until the server is verified
        std::array<unsigned char, kHashSize> transcript{};
        StreamState tx{};
        StreamState rx{};
    };

    Private(Role r, SessionOptions o)
        : role(r)
        , options(o)
        , state(r == Role::Client ? State::New : State::AwaitClientHello)
        , reader(o.maxRecordSize)
    {
    }
    ~Private() { wipe(); }
    void wipe() { sodium_memzero(&secrets, sizeof secrets); }

    Role role;
    SessionOptions options;
    State state;
    protocol::FrameReader reader;
    QByteArray pinnedKey;       // client: empty accepts any hub
    QByteArray staticPublicKey; // server
    QByteArray peerStaticKey;
    QByteArray clientHelloRecord; // for the transcript
    QByteArray alert;
    std::optional<Error> error;
    int version = 0;
    bool sendClosed = false;
    bool peerClosed = false;
    Secrets secrets;
};

namespace {
class SessionText {
    Q_DECLARE_TR_FUNCTIONS(safelink::net::SecureSession)

public:
    static QString noSodium() { return tr("The encryption library could not be initialised."); }
    static QString badPinnedKey() { return tr("The pinned hub key has the wrong size."); }
    static QString badServerKeys() { return tr("The hub's key pair is not valid."); }
    static QString movedFrom()
    {
        return tr("Internal error: the secure session was used after it was moved.");
    }
    static QString notAClient()
    {
        return tr("Internal error: only a new client session can start a handshake.");
    }
    static QString notEstablished() { return tr("The secure channel is not established yet."); }
    static QString sendClosed() { return tr("The secure channel was closed; nothing more can be sent."); }
    static QString tooLarge(qsizetype size, qsizetype max)
    {
        return tr("The message is %1 bytes; the secure channel carries at most %2 bytes per message.")
            .arg(size)
            .arg(max);
    }
    static QString bytesBeforeStart() { return tr("The peer sent data before the handshake started."); }
    static QString handshakeRecordTooLarge(qsizetype size)
    {
        return tr("The peer sent a handshake message of %1 bytes; handshake messages are at most %2 bytes.")
            .arg(size)
            .arg(SecureSession::kMaxHandshakeRecord);
    }
    static QString notAHello() { return tr("The peer did not start a Safelink secure handshake."); }
    static QString notAServerHello()
    {
        return tr("The hub did not answer with a Safelink secure handshake.");
    }
    static QString versionNotOffered(int version)
    {
        return tr("The hub chose protocol version %1, which this program did not offer.").arg(version);
    }
    static QString keyMismatch(const QString &expected, const QString &received)
    {
        return tr("The hub's key does not match the pinned fingerprint (expected %1, received %2). This is a "
                  "possible impersonation: do not continue, and call the administrator.")
            .arg(expected, received);
    }
    static QString unusableKey() { return tr("The peer sent a handshake key that cannot be used."); }
    static QString badFinished()
    {
        return tr(
            "The peer could not prove it holds the session keys: the handshake was altered or the peer is "
            "not who it claims to be.");
    }
    static QString badRecord()
    {
        return tr("A record from the peer failed authentication: it was altered, replayed, reordered or "
                  "corrupted.");
    }
    static QString unexpectedRecord() { return tr("The peer sent a record of an unknown kind."); }
    static QString dataAfterClose() { return tr("The peer sent data after closing the secure channel."); }
    static QString cutDuringHandshake() { return tr("The connection closed during the secure handshake."); }
    static QString truncated()
    {
        return tr("The connection was cut before the peer closed the secure channel; data may be missing.");
    }
    static QString versionRejected()
    {
        return tr("The hub does not speak any protocol version this program offers.");
    }
};
} // namespace

SecureSession::SecureSession(std::unique_ptr<Private> d)
    : m_d(std::move(d))
{
}

SecureSession::SecureSession(SecureSession &&other) noexcept = default;
SecureSession &SecureSession::operator=(SecureSession &&other) noexcept = default;
SecureSession::~SecureSession() = default;

SecureSession SecureSession::client(QByteArray pinnedServerKey, SessionOptions options)
{
    SecureSession session(std::make_unique<Private>(Role::Client, options));
    session.m_d->pinnedKey = std::move(pinnedServerKey);
    if (!ensureSodium())
        session.fail(makeError(ErrorCode::Internal, SessionText::noSodium()));
    else if (!session.m_d->pinnedKey.isEmpty() && session.m_d->pinnedKey.size() != kKeySize)
        session.fail(makeError(ErrorCode::Invalid, SessionText::badPinnedKey()));
    return session;
}

SecureSession SecureSession::server(KeyPair staticKeys, SessionOptions options)
{
    SecureSession session(std::make_unique<Private>(Role::Server, options));
    if (!ensureSodium()) {
        session.fail(makeError(ErrorCode::Internal, SessionText::noSodium()));
    } else if (!staticKeys.isValid()) {
        session.fail(makeError(ErrorCode::Invalid, SessionText::badServerKeys()));
    } else {
        session.m_d->staticPublicKey = staticKeys.publicKey;
        std::memcpy(session.m_d->secrets.staticSecret.data(), staticKeys.secretKey.constData(), kKeySize);
    }
    return session;
}

Error SecureSession::fail(Error error)
{
    if (m_d->error)
        return *m_d->error;
    qCWarning(lcNet).noquote() << (m_d->role == Role::Client ? "client" : "server")
                               << "secure session failed:" << error.toString();
    m_d->error = error;
    m_d->wipe();
    return error;
}

Result<QByteArray> SecureSession::start()
{
    if (!m_d)
        return makeError(ErrorCode::Internal, SessionText::movedFrom());
    if (m_d->error)
        return *m_d->error;
    if (m_d->role != Role::Client || m_d->state != Private::State::New)
        return makeError(ErrorCode::Internal, SessionText::notAClient());

    Private::Secrets &s = m_d->secrets;
    crypto_kx_keypair(s.ephemeralPublic.data(), s.ephemeralSecret.data());
    QByteArray hello(kMagic, 4);
    hello.append(char(kClientHello));
    appendU16(hello, m_d->options.minVersion);
    appendU16(hello, m_d->options.maxVersion);
    hello.append(reinterpret_cast<const char *>(s.ephemeralPublic.data()), kKeySize);
    m_d->clientHelloRecord = lengthPrefixed(hello);
    m_d->state = Private::State::AwaitServerHello;
    return m_d->clientHelloRecord;
}

Result<QByteArray> SecureSession::receive(QByteArrayView bytes, QList<QByteArray> *appMessages)
{
    using State = Private::State;
    if (!m_d)
        return makeError(ErrorCode::Internal, SessionText::movedFrom());
    if (m_d->error)
        return *m_d->error;
    if (m_d->state == State::New) {
        if (bytes.isEmpty())
            return QByteArray();
        return fail(makeError(ErrorCode::Invalid, SessionText::bytesBeforeStart()));
    }

    Private &d = *m_d;
    Private::Secrets &s = d.secrets;
    d.reader.feed(bytes);
    QByteArray out;
    for (;;) {
        if (d.state != State::Established) {
            // Before the peer proved anything, only handshake-sized records are buffered.
            if (const auto size = d.reader.pendingFrameSize(); size && *size > kMaxHandshakeRecord)
                return fail(makeError(ErrorCode::Invalid, SessionText::handshakeRecordTooLarge(*size)));
        }
        auto next = d.reader.next();
        if (!next.ok())
            return fail(next.error());
        if (!next->has_value())
            break;
        const QByteArray record = std::move(**next);

        switch (d.state) {
        case State::New:
            Q_UNREACHABLE();
            break;

        case State::AwaitClientHello: {
            if (record.size() != kClientHelloSize || !hasMagic(record, kClientHello))
                return fail(makeError(ErrorCode::Invalid, SessionText::notAHello()));
            const int peerMin = u16At(record, 5);
            const int peerMax = u16At(record, 7);
            const Result<int> version =
                protocol::negotiateVersion(peerMin, peerMax, d.options.minVersion, d.options.maxVersion);
            if (!version.ok()) {
                if (version.error().code == ErrorCode::Unsupported) {
                    QByteArray reject(kMagic, 4);
                    reject.append(char(kVersionReject));
                    appendU16(reject, d.options.minVersion);
                    appendU16(reject, d.options.maxVersion);
                    d.alert = lengthPrefixed(reject);
                }
                return fail(version.error());
            }
            d.version = *version;
            const unsigned char *clientEphemeral = u(record) + 9;

            unsigned char serverEphemeralSecret[kKeySize];
            unsigned char serverEphemeralPublic[kKeySize];
            crypto_kx_keypair(serverEphemeralPublic, serverEphemeralSecret);

            QByteArray hello(kMagic, 4);
            hello.append(char(kServerHello));
            appendU16(hello, d.version);
            hello.append(d.staticPublicKey);
            hello.append(reinterpret_cast<const char *>(serverEphemeralPublic), kKeySize);
            const QByteArray helloRecord = lengthPrefixed(hello);

            crypto_generichash_state th;
            crypto_generichash_init(&th, nullptr, 0, kHashSize);
            const QByteArray clientHelloRecord = lengthPrefixed(record);
            crypto_generichash_update(&th, u(clientHelloRecord), clientHelloRecord.size());
            crypto_generichash_update(&th, u(helloRecord), helloRecord.size());
            crypto_generichash_final(&th, s.transcript.data(), kHashSize);

            KxKeys kx;
            // crypto_kx fails on low-order points: a peer key chosen to force a known shared secret.
            const bool agreed = crypto_kx_server_session_keys(kx.k1rx, kx.k1tx, serverEphemeralPublic,
                                                              serverEphemeralSecret, clientEphemeral)
                                    == 0
                                && crypto_kx_server_session_keys(kx.k2rx, kx.k2tx, u(d.staticPublicKey),
                                                                 s.staticSecret.data(), clientEphemeral)
                                       == 0;
            sodium_memzero(serverEphemeralSecret, kKeySize);
            if (!agreed)
                return fail(makeError(ErrorCode::Invalid, SessionText::unusableKey()));
            // The server's rx halves are the client's tx halves: client to server.
            s.pendingRx = directionKey("SLK1 c2s", kx.k1rx, kx.k2rx, s.transcript.data());
            Key s2c = directionKey("SLK1 s2c", kx.k1tx, kx.k2tx, s.transcript.data());

            unsigned char header[kStreamHeaderSize];
            crypto_secretstream_xchacha20poly1305_init_push(&s.tx, header, s2c.data());
            sodium_memzero(s2c.data(), s2c.size());
            const QByteArray finished = finishedPlaintext(s.transcript.data());
            out += helloRecord;
            out += pushRecord(&s.tx, kRecordFinished, QByteArrayView(finished).sliced(1),
                              crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                              QByteArrayView(reinterpret_cast<const char *>(header), kStreamHeaderSize));
            d.state = State::AwaitClientFinished;
            break;
        }

        case State::AwaitServerHello: {
            if (record.size() == kVersionRejectSize && hasMagic(record, kVersionReject)) {
                const Result<int> version = protocol::negotiateVersion(
                    u16At(record, 5), u16At(record, 7), d.options.minVersion, d.options.maxVersion);
                return fail(version.ok() ? makeError(ErrorCode::Unsupported, SessionText::versionRejected())
                                         : makeError(ErrorCode::Unsupported, version.error().message));
            }
            if (record.size() != kServerHelloSize || !hasMagic(record, kServerHello))
                return fail(makeError(ErrorCode::Invalid, SessionText::notAServerHello()));
            const int version = u16At(record, 5);
            if (version < d.options.minVersion || version > d.options.maxVersion)
                return fail(makeError(ErrorCode::Unsupported, SessionText::versionNotOffered(version)));
            const QByteArray serverStatic = record.mid(7, kKeySize);
            const unsigned char *serverEphemeral = u(record) + 7 + kKeySize;
            if (!d.pinnedKey.isEmpty()
                && sodium_memcmp(d.pinnedKey.constData(), serverStatic.constData(), kKeySize) != 0) {
                return fail(
                    makeError(ErrorCode::Conflict,
                              SessionText::keyMismatch(fingerprint(d.pinnedKey), fingerprint(serverStatic))));
            }
            d.peerStaticKey = serverStatic;
            d.version = version;

            crypto_generichash_state th;
            crypto_generichash_init(&th, nullptr, 0, kHashSize);
            const QByteArray helloRecord = lengthPrefixed(record);
            crypto_generichash_update(&th, u(d.clientHelloRecord), d.clientHelloRecord.size());
            crypto_generichash_update(&th, u(helloRecord), helloRecord.size());
            crypto_generichash_final(&th, s.transcript.data(), kHashSize);

            KxKeys kx;
            const bool agreed = crypto_kx_client_session_keys(kx.k1rx, kx.k1tx, s.ephemeralPublic.data(),
                                                              s.ephemeralSecret.data(), serverEphemeral)
                                    == 0
                                && crypto_kx_client_session_keys(kx.k2rx, kx.k2tx, s.ephemeralPublic.data(),
                                                                 s.ephemeralSecret.data(), u(serverStatic))
                                       == 0;
            sodium_memzero(s.ephemeralSecret.data(), kKeySize);
            if (!agreed)
                return fail(makeError(ErrorCode::Invalid, SessionText::unusableKey()));
            s.pendingTx = directionKey("SLK1 c2s", kx.k1tx, kx.k2tx, s.transcript.data());
            s.pendingRx = directionKey("SLK1 s2c", kx.k1rx, kx.k2rx, s.transcript.data());
            d.state = State::AwaitServerFinished;
            break;
        }

        case State::AwaitServerFinished:
        case State::AwaitClientFinished: {
            // [stream header | secretstream(0x01 | transcript hash)]: the peer derived the same keys
            // from the same hellos.
            bool proven =
                record.size() == kFinishedSize
                && crypto_secretstream_xchacha20poly1305_init_pull(&s.rx, u(record), s.pendingRx.data()) == 0;
            sodium_memzero(s.pendingRx.data(), kKeySize);
            QByteArray plain;
            unsigned char tag = 0;
            proven = proven
                     && pullRecord(&s.rx, QByteArrayView(record).sliced(kStreamHeaderSize), &plain, &tag)
                     && tag == crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
                     && sodium_memcmp(plain.constData(), finishedPlaintext(s.transcript.data()).constData(),
                                      1 + kHashSize)
                            == 0;
            if (!proven)
                return fail(makeError(ErrorCode::Invalid, SessionText::badFinished()));

            if (d.state == State::AwaitServerFinished) {
                unsigned char header[kStreamHeaderSize];
                crypto_secretstream_xchacha20poly1305_init_push(&s.tx, header, s.pendingTx.data());
                sodium_memzero(s.pendingTx.data(), kKeySize);
                out += pushRecord(&s.tx, kRecordFinished,
                                  QByteArrayView(finishedPlaintext(s.transcript.data())).sliced(1),
                                  crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
                                  QByteArrayView(reinterpret_cast<const char *>(header), kStreamHeaderSize));
            }
            sodium_memzero(s.ephemeralPublic.data(), kKeySize);
            d.clientHelloRecord.clear();
            d.state = State::Established;
            break;
        }

        case State::Established: {
            if (d.peerClosed)
                return fail(makeError(ErrorCode::Invalid, SessionText::dataAfterClose()));
            QByteArray plain;
            unsigned char tag = 0;
            if (!pullRecord(&s.rx, record, &plain, &tag))
                return fail(makeError(ErrorCode::Invalid, SessionText::badRecord()));
            const quint8 type = quint8(plain.at(0));
            if (tag == crypto_secretstream_xchacha20poly1305_TAG_MESSAGE && type == kRecordData) {
                if (appMessages)
                    appMessages->append(plain.sliced(1));
            } else if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL && type == kRecordClose
                       && plain.size() == 1) {
                d.peerClosed = true;
                sodium_memzero(&s.rx, sizeof s.rx);
            } else {
                return fail(makeError(ErrorCode::Invalid, SessionText::unexpectedRecord()));
            }
            break;
        }
        }
    }
    return out;
}

Result<QByteArray> SecureSession::seal(QByteArrayView plaintext)
{
    if (!m_d)
        return makeError(ErrorCode::Internal, SessionText::movedFrom());
    if (m_d->error)
        return *m_d->error;
    if (m_d->state != Private::State::Established)
        return makeError(ErrorCode::Invalid, SessionText::notEstablished());
    if (m_d->sendClosed)
        return makeError(ErrorCode::Invalid, SessionText::sendClosed());
    if (plaintext.size() > maxPayloadSize())
        return makeError(ErrorCode::Invalid, SessionText::tooLarge(plaintext.size(), maxPayloadSize()));
    return pushRecord(&m_d->secrets.tx, kRecordData, plaintext,
                      crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
}

Result<QByteArray> SecureSession::close()
{
    if (!m_d)
        return makeError(ErrorCode::Internal, SessionText::movedFrom());
    if (m_d->error)
        return *m_d->error;
    if (m_d->state != Private::State::Established)
        return makeError(ErrorCode::Invalid, SessionText::notEstablished());
    if (m_d->sendClosed)
        return QByteArray();
    m_d->sendClosed = true;
    QByteArray record =
        pushRecord(&m_d->secrets.tx, kRecordClose, {}, crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    sodium_memzero(&m_d->secrets.tx, sizeof m_d->secrets.tx);
    return record;
}

Status SecureSession::endOfStream()
{
    if (!m_d)
        return makeError(ErrorCode::Internal, SessionText::movedFrom());
    if (m_d->error)
        return *m_d->error;
    if (m_d->state != Private::State::Established)
        return fail(makeError(ErrorCode::Io, SessionText::cutDuringHandshake()));
    if (!m_d->peerClosed)
        return fail(makeError(ErrorCode::Io, SessionText::truncated()));
    if (m_d->reader.bufferedBytes() > 0)
        return fail(makeError(ErrorCode::Invalid, SessionText::dataAfterClose()));
    return {};
}

QByteArray SecureSession::takeAlert()
{
    return m_d ? std::exchange(m_d->alert, QByteArray()) : QByteArray();
}

SecureSession::Role SecureSession::role() const
{
    return m_d ? m_d->role : Role::Client;
}

bool SecureSession::isEstablished() const
{
    return m_d && !m_d->error && m_d->state == Private::State::Established;
}

bool SecureSession::hasFailed() const
{
    return !m_d || m_d->error.has_value();
}

Error SecureSession::error() const
{
    return m_d ? m_d->error.value_or(Error{}) : makeError(ErrorCode::Internal, SessionText::movedFrom());
}

bool SecureSession::closedCleanly() const
{
    return m_d && !m_d->error && m_d->peerClosed;
}

bool SecureSession::isClosedForSending() const
{
    return !m_d || m_d->sendClosed;
}

QByteArray SecureSession::peerStaticKey() const
{
    return m_d ? m_d->peerStaticKey : QByteArray();
}

int SecureSession::protocolVersion() const
{
    return m_d ? m_d->version : 0;
}

qsizetype SecureSession::maxPayloadSize() const
{
    return m_d ? m_d->options.maxRecordSize - kStreamOverhead - 1 : 0;
}

} // namespace safelink::net
