#pragma once

#include <safelink/core/result.h>
#include <safelink/net/keys.h>
#include <safelink/net/securesession.h>

#include <QAbstractSocket>
#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

class QTcpServer;

namespace safelink::net {

// A SecureSession driven over a socket (QTcpSocket or any QAbstractSocket).
//
// Life: handshaking -> established() -> messageReceived()... -> closed() or failed(). Exactly one of
// closed() and failed() is emitted, once, and then the channel is done (the socket is closed). A
// handshake that does not finish within the timeout fails, so silent connections do not linger.
//
// close() is orderly: it sends our TAG_FINAL, waits (briefly) for the peer's, then hangs up; a peer
// that receives TAG_FINAL answers with its own. A connection that ends without the peer's TAG_FINAL
// fails with ErrorCode::Io (truncation): the last messages may be missing.
//
// closed() comes once the socket has handed everything queued to the system, so deleting the channel
// from it loses nothing. Delete a channel with deleteLater(), also from its own signals.
class SecureChannel : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultHandshakeTimeout{10000};
    // How long close() waits for the peer's TAG_FINAL before hanging up anyway.
    static constexpr std::chrono::milliseconds kCloseTimeout{5000};

    // Takes ownership of socket. The handshake starts when the socket is connected (at once, from the
    // event loop, when it already is), so signals can be connected after construction.
    SecureChannel(QAbstractSocket *socket, SecureSession session, QObject *parent = nullptr);
    ~SecureChannel() override;

    // A desk's channel to the hub at host:port, pinned to the hub's public key (empty: accept any,
    // read it from peerStaticKey() after established() and decide).
    static SecureChannel *connectToHost(const QString &host, quint16 port, QByteArray pinnedServerKey,
                                        QObject *parent = nullptr, SessionOptions options = {});

    // Applies from now on; call before the event loop runs for the full effect.
    void setHandshakeTimeout(std::chrono::milliseconds timeout);

    // Encrypts and queues one message. Refused (without ending the channel) before established(),
    // after close(), or when the message is larger than a record; after failure, the failure.
    Status send(QByteArrayView payload);

    bool isEstablished() const { return m_state == State::Established; }
    // The failure, once failed() was emitted.
    std::optional<Error> error() const { return m_error; }
    QByteArray peerStaticKey() const { return m_session.peerStaticKey(); }
    int protocolVersion() const { return m_session.protocolVersion(); }
    // "address:port" of the other end, for logs.
    QString peerName() const { return m_peerName; }
    QAbstractSocket *socket() const { return m_socket; }

public Q_SLOTS:
    void close();

Q_SIGNALS:
    void established();
    void messageReceived(const QByteArray &payload);
    void failed(const safelink::Error &error);
    void closed();

private:
    enum class State {
        Handshaking,
        Established,
        Closing,  // our TAG_FINAL sent, waiting for the peer's
        Draining, // ended in order; waiting for the socket to hand over what is queued, then closed()
        Done,
    };

    void startHandshake();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QAbstractSocket::SocketError error);
    void onTimeout();
    bool write(const QByteArray &bytes);
    void finishClosed();
    void emitClosed();
    bool isOver() const { return m_state == State::Draining || m_state == State::Done; }
    // Ends the channel with failed(error); logs unless the session already logged the reason.
    void fail(Error error, bool alreadyLogged);

    QAbstractSocket *m_socket;
    SecureSession m_session;
    QTimer m_timer; // handshake deadline, then close deadline
    State m_state = State::Handshaking;
    std::optional<Error> m_error;
    QString m_peerName;
};

// Accepts TCP connections for the hub and hands out channels once their handshake succeeded. A
// connection whose handshake fails or times out is logged, reported through handshakeFailed() and
// closed; the server keeps serving everyone else.
class SecureServer : public QObject {
    Q_OBJECT

public:
    explicit SecureServer(KeyPair staticKeys, QObject *parent = nullptr, SessionOptions options = {});
    ~SecureServer() override;

    Status listen(const QHostAddress &address = QHostAddress::Any, quint16 port = 0);
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QByteArray publicKey() const { return m_keys.publicKey; }

    void setHandshakeTimeout(std::chrono::milliseconds timeout) { m_handshakeTimeout = timeout; }
    // Connections accepted whose handshake has not ended yet.
    int pendingHandshakes() const { return m_pendingHandshakes; }

Q_SIGNALS:
    // An established channel. It stays a child of the server until the receiver reparents it; delete
    // it with deleteLater() when done.
    void newChannel(safelink::net::SecureChannel *channel);
    void handshakeFailed(const safelink::Error &error, const QString &peerName);

private:
    void onNewConnection();

    KeyPair m_keys;
    SessionOptions m_options;
    std::chrono::milliseconds m_handshakeTimeout = SecureChannel::kDefaultHandshakeTimeout;
    QTcpServer *m_tcp;
    int m_pendingHandshakes = 0;
};

} // namespace safelink::net
