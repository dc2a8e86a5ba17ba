#include <safelink/net/logging.h>
#include <safelink/net/securechannel.h>

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace safelink::net {

namespace {
QString describePeer(const QAbstractSocket *socket)
{
    return socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
}
} // namespace

SecureChannel::SecureChannel(QAbstractSocket *socket, SecureSession session, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_session(std::move(session))
    , m_timer(this) // a child, so that moveToThread() takes it along
{
    Q_ASSERT(socket);
    socket->setParent(this);
    m_peerName = describePeer(socket);
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultHandshakeTimeout);
    connect(&m_timer, &QTimer::timeout, this, &SecureChannel::onTimeout);
    connect(socket, &QAbstractSocket::connected, this, &SecureChannel::startHandshake);
    connect(socket, &QIODevice::readyRead, this, &SecureChannel::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, &SecureChannel::onDisconnected);
    connect(socket, &QAbstractSocket::errorOccurred, this, &SecureChannel::onSocketError);
    m_timer.start();
    if (socket->state() == QAbstractSocket::ConnectedState) {
        // Queued: whoever created the channel connects its signals first.
        QMetaObject::invokeMethod(
            this,
            [this] {
                startHandshake();
                if (!isOver() && m_socket->bytesAvailable() > 0)
                    onReadyRead();
            },
            Qt::QueuedConnection);
    }
}

SecureChannel::~SecureChannel()
{
    // The socket (a child) is deleted after this object's members; it must not call back into them.
    m_socket->disconnect(this);
}

SecureChannel *SecureChannel::connectToHost(const QString &host, quint16 port, QByteArray pinnedServerKey,
                                            QObject *parent, SessionOptions options)
{
    auto *socket = new QTcpSocket;
    auto *channel =
        new SecureChannel(socket, SecureSession::client(std::move(pinnedServerKey), options), parent);
    channel->m_peerName = host + QLatin1Char(':') + QString::number(port); // until connected
    socket->connectToHost(host, port);
    return channel;
}

void SecureChannel::setHandshakeTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_state == State::Handshaking)
        m_timer.start();
}

void SecureChannel::startHandshake()
{
    if (m_state != State::Handshaking)
        return;
    m_peerName = describePeer(m_socket);
    // Records are small and interactive (a screen pop waits on them): no Nagle delay.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_session.hasFailed()) {
        fail(m_session.error(), true);
        return;
    }
    if (m_session.role() == SecureSession::Role::Client) {
        const Result<QByteArray> hello = m_session.start();
        if (!hello.ok()) {
            fail(hello.error(), true);
            return;
        }
        write(*hello);
    }
}

bool SecureChannel::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (m_socket->write(bytes) == bytes.size())
        return true;
    fail(makeError(ErrorCode::Io, tr("Could not send on the network: %1").arg(m_socket->errorString())),
         false);
    return false;
}

void SecureChannel::onReadyRead()
{
    const QByteArray bytes = m_socket->readAll();
    if (isOver() || bytes.isEmpty())
        return;
    QList<QByteArray> messages;
    const Result<QByteArray> reply = m_session.receive(bytes, &messages);
    if (reply.ok() && !write(*reply))
        return;

    const QPointer<SecureChannel> self(this);
    if (m_state == State::Handshaking && m_session.isEstablished()) {
        m_state = State::Established;
        m_timer.stop();
        Q_EMIT established();
        if (!self || isOver())
            return;
    }
    // Messages that authenticated before a bad record are real and in order: deliver them first.
    for (const QByteArray &message : std::as_const(messages)) {
        Q_EMIT messageReceived(message);
        if (!self || isOver())
            return;
    }
    if (!reply.ok()) {
        fail(reply.error(), true);
        return;
    }
    if (m_session.closedCleanly())
        finishClosed();
}

void SecureChannel::finishClosed()
{
    if (!m_session.isClosedForSending()) {
        // Answer the peer's TAG_FINAL with ours, so its side ends cleanly too.
        const Result<QByteArray> bye = m_session.close();
        if (bye.ok() && !write(*bye))
            return;
    }
    m_state = State::Draining;
    m_timer.start(kCloseTimeout);
    // Sends what is queued, then the TCP FIN; disconnected() follows (at once when nothing is queued).
    m_socket->disconnectFromHost();
    if (m_state == State::Draining && m_socket->state() == QAbstractSocket::UnconnectedState)
        emitClosed();
}

void SecureChannel::emitClosed()
{
    m_state = State::Done;
    m_timer.stop();
    Q_EMIT closed();
}

void SecureChannel::onDisconnected()
{
    if (m_state == State::Done)
        return;
    if (m_state == State::Draining) {
        emitClosed();
        return;
    }
    // Bytes that arrived together with the end of the stream (the peer's TAG_FINAL, often).
    if (m_socket->bytesAvailable() > 0) {
        const QPointer<SecureChannel> self(this);
        onReadyRead();
        if (!self || m_state == State::Done)
            return;
        if (m_state == State::Draining) {
            emitClosed();
            return;
        }
    }
    if (m_state == State::Closing) {
        // We ended our side in order; the peer hung up without answering. Nothing we wait for is lost.
        emitClosed();
        return;
    }
    const Status end = m_session.endOfStream();
    Q_ASSERT(!end.ok()); // a clean end was handled when the peer's TAG_FINAL arrived
    fail(end.ok() ? makeError(ErrorCode::Internal, tr("The connection ended unexpectedly.")) : end.error(),
         true);
}

void SecureChannel::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Done)
        return;
    if (m_state == State::Draining) {
        // The outcome (closed) is settled; whatever the socket still had to send is moot.
        m_socket->abort();
        if (m_state == State::Draining)
            emitClosed();
        return;
    }
    // The peer hanging up is reported by disconnected(), which can tell an orderly end from a cut.
    if (error == QAbstractSocket::RemoteHostClosedError)
        return;
    fail(makeError(ErrorCode::Io, tr("Network error: %1").arg(m_socket->errorString())), false);
}

void SecureChannel::onTimeout()
{
    switch (m_state) {
    case State::Handshaking: {
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(m_timer.intervalAsDuration());
        fail(makeError(ErrorCode::Io, tr("The secure handshake did not finish in time (%1 s).")
                                          .arg(qMax<qint64>(1, seconds.count()))),
             false);
        return;
    }
    case State::Closing:
        qCInfo(lcNet).noquote() << "channel to" << m_peerName << "did not answer the close; hanging up";
        m_state = State::Draining;
        m_socket->abort();
        if (m_state == State::Draining)
            emitClosed();
        return;
    case State::Draining:
        m_socket->abort();
        if (m_state == State::Draining)
            emitClosed();
        return;
    case State::Established:
    case State::Done:
        return;
    }
}

Status SecureChannel::send(QByteArrayView payload)
{
    if (m_error)
        return *m_error;
    if (isOver())
        return makeError(ErrorCode::Invalid, tr("The secure channel is closed."));
    const Result<QByteArray> record = m_session.seal(payload);
    if (!record.ok())
        return record.error();
    if (!write(*record))
        return *m_error;
    return {};
}

void SecureChannel::close()
{
    switch (m_state) {
    case State::Handshaking:
        // Nothing was said yet that needs an orderly end.
        m_state = State::Draining;
        m_socket->abort();
        if (m_state == State::Draining)
            emitClosed();
        return;
    case State::Established: {
        const Result<QByteArray> bye = m_session.close();
        if (!bye.ok()) {
            fail(bye.error(), true);
            return;
        }
        if (!write(*bye))
            return;
        m_state = State::Closing;
        m_timer.start(kCloseTimeout);
        return;
    }
    case State::Closing:
    case State::Draining:
    case State::Done:
        return;
    }
}

void SecureChannel::fail(Error error, bool alreadyLogged)
{
    if (isOver())
        return;
    if (!alreadyLogged)
        qCWarning(lcNet).noquote() << "channel to" << m_peerName << "failed:" << error.toString();
    m_state = State::Done;
    m_error = error;
    m_timer.stop();
    const QByteArray alert = m_session.takeAlert();
    if (!alert.isEmpty()) {
        // Tell an outdated desk why before hanging up. flush() hands the few bytes to the system now,
        // so they go out even if the channel is deleted right after failed().
        m_socket->write(alert);
        m_socket->flush();
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
    Q_EMIT failed(error);
}

SecureServer::SecureServer(KeyPair staticKeys, QObject *parent, SessionOptions options)
    : QObject(parent)
    , m_keys(std::move(staticKeys))
    , m_options(options)
    , m_tcp(new QTcpServer(this))
{
    connect(m_tcp, &QTcpServer::newConnection, this, &SecureServer::onNewConnection);
}

SecureServer::~SecureServer() = default;

Status SecureServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_keys.isValid())
        return makeError(ErrorCode::Invalid, tr("The hub's key pair is not valid."));
    if (!m_tcp->listen(address, port)) {
        return makeError(ErrorCode::Io, tr("Cannot listen on %1 port %2: %3")
                                            .arg(address.toString())
                                            .arg(port)
                                            .arg(m_tcp->errorString()));
    }
    qCInfo(lcNet).noquote() << "listening on" << m_tcp->serverAddress().toString() << m_tcp->serverPort()
                            << "with key" << fingerprint(m_keys.publicKey);
    return {};
}

void SecureServer::close()
{
    m_tcp->close();
}

bool SecureServer::isListening() const
{
    return m_tcp->isListening();
}

QHostAddress SecureServer::serverAddress() const
{
    return m_tcp->serverAddress();
}

quint16 SecureServer::serverPort() const
{
    return m_tcp->serverPort();
}

void SecureServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        auto *channel = new SecureChannel(socket, SecureSession::server(m_keys, m_options), this);
        channel->setHandshakeTimeout(m_handshakeTimeout);
        ++m_pendingHandshakes;
        // Until the handshake ends the server owns the outcome; afterwards the receiver of newChannel.
        auto onFailure = std::make_shared<QMetaObject::Connection>();
        auto onClose = std::make_shared<QMetaObject::Connection>();
        connect(channel, &SecureChannel::established, this, [this, channel, onFailure, onClose] {
            disconnect(*onFailure);
            disconnect(*onClose);
            --m_pendingHandshakes;
            Q_EMIT newChannel(channel);
        });
        *onFailure =
            connect(channel, &SecureChannel::failed, this, [this, channel, onClose](const Error &error) {
                disconnect(*onClose);
                --m_pendingHandshakes;
                qCWarning(lcNet).noquote() << "handshake with" << channel->peerName()
                                           << "failed; connection dropped:" << error.toString();
                Q_EMIT handshakeFailed(error, channel->peerName());
                channel->deleteLater();
            });
        *onClose = connect(channel, &SecureChannel::closed, this, [this, channel, onFailure] {
            disconnect(*onFailure);
            --m_pendingHandshakes;
            channel->deleteLater();
        });
    }
}

} // namespace safelink::net
