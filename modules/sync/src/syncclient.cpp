#include <safelink/net/securechannel.h>
#include <safelink/store/database.h>
#include <safelink/sync/syncclient.h>

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSync, "safelink.sync")

namespace safelink::sync {

using protocol::Frame;
using protocol::MessageType;

namespace {
const QString kToken = QStringLiteral("session_token");
const QString kHubKey = QStringLiteral("hub_key");
const QString kRecordingKey = QStringLiteral("hub_recording_key");
const QString kAccountId = QStringLiteral("account_id");
const QString kDisplayName = QStringLiteral("account_display_name");
const QString kSipLine = QStringLiteral("seat_sip_line"); // proxy \n user \n password
const QString kMapTiles = QStringLiteral("map_tiles");
const QString kRoles = QStringLiteral("account_roles"); // role keys, comma-separated
const QString kSealedSuffix = QStringLiteral(".slrec");
// Parts queued in the socket ahead of what the network took: enough to keep a LAN busy.
constexpr qint64 kUploadWindow = 1024 * 1024;

class SyncText {
    Q_DECLARE_TR_FUNCTIONS(safelink::sync::SyncClient)

public:
    static QString offline() { return tr("Offline"); }
    static QString connecting() { return tr("Connecting"); }
    static QString catchingUp() { return tr("Catching up"); }
    static QString live() { return tr("Live"); }
};

// Errors after which a write can never succeed as sent: the agent has to look at it.
bool isFinal(ErrorCode code)
{
    return code == ErrorCode::Conflict || code == ErrorCode::Invalid || code == ErrorCode::Forbidden
           || code == ErrorCode::NotFound || code == ErrorCode::Unsupported;
}
} // namespace

QString SyncClient::stateText(SyncState state)
{
    switch (state) {
    case SyncState::Offline:
        return SyncText::offline();
    case SyncState::Connecting:
        return SyncText::connecting();
    case SyncState::CatchingUp:
        return SyncText::catchingUp();
    case SyncState::Live:
        return SyncText::live();
    }
    return {};
}

SyncClient::SyncClient(Replica &replica, SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_replica(replica)
    , m_config(std::move(config))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncClient::connectNow);
    if (m_config.pinnedHubKey.isEmpty())
        m_config.pinnedHubKey =
            QByteArray::fromBase64(m_replica.value(kHubKey).valueOr(QString()).toLatin1());
    m_lastSeq = m_replica.lastSeq().valueOr(0);
    m_recordingKey = QByteArray::fromBase64(m_replica.value(kRecordingKey).valueOr(QString()).toLatin1());
    m_accountId = m_replica.value(kAccountId).valueOr(QString());
    m_displayName = m_replica.value(kDisplayName).valueOr(QString());
    if (const QStringList line = m_replica.value(kSipLine).valueOr(QString()).split(QLatin1Char('\n'));
        line.size() == 3)
        m_sipLine = SipLine{line.at(0), line.at(1), line.at(2)};
    m_mapTiles = m_replica.value(kMapTiles).valueOr(QString());
    for (const QString &key :
         m_replica.value(kRoles).valueOr(QString()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto role = core::enumFromKey<core::Role>(key))
            m_roles.append(*role);
    }
    if (m_config.recordingOutbox.isEmpty())
        m_config.recordingOutbox = m_replica.database().config().path + QStringLiteral(".recordings");
    QDir().mkpath(m_config.recordingOutbox);
    refreshPending();
}

SyncClient::~SyncClient()
{
    stop();
}

void SyncClient::start()
{
    m_running = true;
    m_backoffMs = 0;
    connectNow();
}

bool SyncClient::hasSession() const
{
    return !m_replica.value(kToken).valueOr(QString()).isEmpty();
}

void SyncClient::setCredentials(const QString &login, const QString &password)
{
    if (login != m_config.login)
        (void)m_replica.setValue(kToken, QString()); // another person: never their session
    m_config.login = login;
    m_config.password = password;
}

void SyncClient::setSeatStatus(const protocol::SeatStatusUpdate &status)
{
    m_seatStatus = status;
    sendSeatStatus();
}

void SyncClient::sendSeatStatus()
{
    if (!m_channel || !m_signedIn)
        return;
    m_seatStatusRequest = nextRequestId();
    sendFrame(MessageType::SeatStatus, m_seatStatus.toBody(), m_seatStatusRequest);
}

void SyncClient::stop()
{
    m_running = false;
    m_reconnect.stop();
    if (m_channel) {
        m_channel->disconnect(this);
        m_channel->close();
        m_channel->deleteLater();
        m_channel = nullptr;
    }
    setState(SyncState::Offline);
}

void SyncClient::setState(SyncState state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcSync) << "state" << stateText(state);
    Q_EMIT stateChanged(state);
}

void SyncClient::refreshPending()
{
    const int n = m_replica.pendingCount().valueOr(m_pending);
    if (n != m_pending) {
        m_pending = n;
        Q_EMIT pendingChanged(n);
    }
}

void SyncClient::connectNow()
{
    if (!m_running || m_channel)
        return;
    setState(SyncState::Connecting);
    m_signedIn = false;
    m_snapshotStarted = false;
    m_inFlight.clear();
    m_sentKeys.clear();
    m_incoming.reset();
    m_upload = Upload{};
    for (auto it = m_fetches.cbegin(); it != m_fetches.cend(); ++it)
        Q_EMIT recordingFetchFailed(it->id,
                                    makeError(ErrorCode::Io, tr("The connection to the hub was lost")));
    m_fetches.clear();
    m_channel = net::SecureChannel::connectToHost(m_config.host, m_config.port, m_config.pinnedHubKey, this);
    connect(m_channel, &net::SecureChannel::established, this, &SyncClient::onEstablished);
    connect(m_channel, &net::SecureChannel::messageReceived, this, &SyncClient::onMessage);
    connect(m_channel, &net::SecureChannel::failed, this, [this](const Error &e) { onGone(e.toString()); });
    connect(m_channel, &net::SecureChannel::closed, this, [this] { onGone(QStringLiteral("closed")); });
}

void SyncClient::scheduleReconnect()
{
    if (!m_running)
        return;
    m_backoffMs =
        m_backoffMs == 0 ? m_config.minReconnectMs : std::min(m_backoffMs * 2, m_config.maxReconnectMs);
    m_reconnect.start(m_backoffMs);
}

void SyncClient::onGone(const QString &why)
{
    if (!m_channel)
        return;
    qCInfo(lcSync) << "connection to the hub ended:" << why << "- pending writes" << m_pending;
    m_channel->deleteLater();
    m_channel = nullptr;
    // Requests the hub can no longer answer fail now rather than never.
    const auto histories = std::exchange(m_histories, {});
    for (const protocol::HistoryRequest &h : histories)
        Q_EMIT historyFailed(h.kind, h.recordId,
                             makeError(ErrorCode::Io, tr("The connection to the hub ended: %1").arg(why)));
    setState(SyncState::Offline);
    scheduleReconnect();
}

void SyncClient::onEstablished()
{
    if (m_config.pinnedHubKey.isEmpty()) {
        // Trust on first use: remember the hub's key; from now on only this hub is accepted.
        m_config.pinnedHubKey = m_channel->peerStaticKey();
        (void)m_replica.setValue(kHubKey, QString::fromLatin1(m_config.pinnedHubKey.toBase64()));
        Q_EMIT hubKeyLearned(m_config.pinnedHubKey);
    }
    login(!m_replica.value(kToken).valueOr(QString()).isEmpty());
}

void SyncClient::login(bool withToken)
{
    protocol::LoginRequest request;
    request.seat = m_config.seat;
    if (withToken) {
        request.token = m_replica.value(kToken).valueOr(QString());
    } else {
        request.login = m_config.login;
        request.password = m_config.password;
    }
    m_loginWithToken = withToken;
    m_loginRequest = nextRequestId();
    sendFrame(MessageType::Login, request.toBody(), m_loginRequest);
}

void SyncClient::subscribe()
{
    m_lastSeq = m_replica.lastSeq().valueOr(0);
    setState(SyncState::CatchingUp);
    sendFrame(MessageType::Subscribe,
              protocol::SubscribeRequest{m_lastSeq, m_config.acceptSnapshotFile}.toBody(), nextRequestId());
}

void SyncClient::sendFrame(MessageType type, const QCborMap &body, quint64 requestId)
{
    if (!m_channel)
        return;
    if (Status s = m_channel->send(protocol::encodeFrame(Frame{type, requestId, body})); !s)
        qCWarning(lcSync) << "cannot send" << protocol::messageName(type) << ":" << s.error().toString();
}

Result<QString> SyncClient::write(const protocol::WriteRequest &request)
{
    auto key = m_replica.enqueue(request);
    if (!key)
        return key;
    refreshPending();
    drainOutbox();
    return key;
}

void SyncClient::drainOutbox()
{
    if (!m_channel || !m_signedIn)
        return;
    auto entries = m_replica.pending();
    if (!entries) {
        qCWarning(lcSync) << "cannot read the outbox:" << entries.error().toString();
        return;
    }
    for (const OutboxEntry &e : *entries) {
        if (m_sentKeys.contains(e.request.idempotencyKey))
            continue;
        const quint64 id = nextRequestId();
        m_inFlight.insert(id, e.request.idempotencyKey);
        m_sentKeys.insert(e.request.idempotencyKey);
        sendFrame(MessageType::Write, e.request.toBody(), id);
    }
}

void SyncClient::fatal(const Error &error)
{
    qCWarning(lcSync) << "sign-in refused:" << error.toString();
    Q_EMIT signInFailed(error);
    // Wrong password or a locked account does not get better by retrying every second.
    m_running = false;
    if (m_channel)
        m_channel->close();
}

void SyncClient::onMessage(const QByteArray &payload)
{
    auto frame = protocol::decodeFrame(payload);
    if (!frame) {
        qCWarning(lcSync) << "undecodable frame from the hub:" << frame.error().toString();
        return;
    }
    switch (frame->type) {
    case MessageType::LoginResult: {
        auto reply = protocol::LoginReply::fromBody(frame->body);
        if (!reply) {
            qCWarning(lcSync) << "bad LoginResult:" << reply.error().toString();
            return;
        }
        (void)m_replica.setValue(kToken, reply->token);
        m_signedIn = true;
        m_accountId = reply->accountId;
        m_displayName = reply->displayName;
        (void)m_replica.setValue(kAccountId, m_accountId);
        (void)m_replica.setValue(kDisplayName, m_displayName);
        m_roles = reply->roles;
        QStringList roleKeys;
        for (core::Role role : std::as_const(m_roles))
            roleKeys.append(core::enumKey(role));
        (void)m_replica.setValue(kRoles, roleKeys.join(QLatin1Char(',')));
        Q_EMIT signedIn(m_accountId, m_displayName);
        if (reply->sipUser != m_sipLine.user || reply->sipProxy != m_sipLine.proxy
            || reply->sipPassword != m_sipLine.password) {
            m_sipLine = SipLine{reply->sipProxy, reply->sipUser, reply->sipPassword};
            (void)m_replica.setValue(
                kSipLine, reply->sipUser.isEmpty()
                              ? QString()
                              : QStringList{reply->sipProxy, reply->sipUser, reply->sipPassword}.join(
                                  QLatin1Char('\n')));
            Q_EMIT sipLineChanged(m_sipLine.proxy, m_sipLine.user, m_sipLine.password);
        }
        if (QString tiles = QString(reply->mapTiles).replace(QLatin1String("{hub}"), m_config.host);
            tiles != m_mapTiles) {
            m_mapTiles = tiles;
            (void)m_replica.setValue(kMapTiles, tiles);
            Q_EMIT mapTilesChanged(tiles);
        }
        sendSeatStatus();
        m_backoffMs = 0;
        if (!reply->recordingKey.isEmpty() && reply->recordingKey != m_recordingKey) {
            m_recordingKey = reply->recordingKey;
            (void)m_replica.setValue(kRecordingKey, QString::fromLatin1(m_recordingKey.toBase64()));
            Q_EMIT recordingKeyLearned(m_recordingKey);
        }
        subscribe();
        drainOutbox();
        uploadRecordings();
        return;
    }
    case MessageType::SeatBoard: {
        auto board = protocol::SeatBoard::fromBody(frame->body);
        if (!board) {
            qCWarning(lcSync) << "bad SeatBoard:" << board.error().toString();
            return;
        }
        m_board = board->seats;
        Q_EMIT seatBoardChanged(m_board);
        return;
    }
    case MessageType::CallQueue: {
        auto queue = protocol::CallQueue::fromBody(frame->body);
        if (!queue) {
            qCWarning(lcSync) << "bad CallQueue:" << queue.error().toString();
            return;
        }
        m_callQueue = queue->calls;
        Q_EMIT callQueueChanged(m_callQueue);
        return;
    }
    case MessageType::SnapshotChunk: {
        auto chunk = protocol::SnapshotChunk::fromBody(frame->body);
        if (!chunk) {
            qCWarning(lcSync) << "bad SnapshotChunk:" << chunk.error().toString();
            return;
        }
        if (!m_snapshotStarted) {
            m_snapshotStarted = true;
            if (Status s = m_replica.beginSnapshot(); !s)
                qCWarning(lcSync) << "cannot start the snapshot:" << s.error().toString();
        }
        if (Status s = m_replica.applySnapshotChunk(*chunk); !s)
            qCWarning(lcSync) << "cannot apply a snapshot chunk:" << s.error().toString();
        return;
    }
    case MessageType::SnapshotFile: {
        auto part = protocol::SnapshotFilePart::fromBody(frame->body);
        if (!part) {
            qCWarning(lcSync) << "bad SnapshotFile:" << part.error().toString();
            return;
        }
        if (part->offset == 0) {
            m_incoming =
                std::make_unique<QFile>(m_replica.database().config().path + QStringLiteral(".incoming"));
            if (!m_incoming->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                qCWarning(lcSync) << "cannot write" << m_incoming->fileName();
                m_incoming.reset();
                return;
            }
        }
        if (!m_incoming || m_incoming->pos() != part->offset
            || m_incoming->write(part->data) != part->data.size()) {
            qCWarning(lcSync) << "snapshot file out of order or not writable; starting over";
            m_incoming.reset();
            if (m_channel)
                m_channel->close(); // the reconnect asks again
        }
        return;
    }
    case MessageType::SnapshotDone: {
        auto done = protocol::SnapshotDone::fromBody(frame->body);
        if (!done)
            return;
        if (done->snapshot && m_incoming) {
            const QString file = m_incoming->fileName();
            m_incoming->close();
            m_incoming.reset();
            if (Status s = m_replica.replaceWith(file, done->seq); !s) {
                qCWarning(lcSync) << "cannot use the snapshot file:" << s.error().toString();
                QFile::remove(file);
                m_config.acceptSnapshotFile = false; // ask for records next time
                if (m_channel)
                    m_channel->close();
                return;
            }
            m_lastSeq = done->seq;
            refreshPending();
            Q_EMIT snapshotApplied(done->seq);
        } else if (done->snapshot) {
            if (!m_snapshotStarted)
                (void)m_replica.beginSnapshot(); // the hub is empty: so is the replica
            m_snapshotStarted = false;
            (void)m_replica.finishSnapshot(done->seq);
            m_lastSeq = done->seq;
            Q_EMIT snapshotApplied(done->seq);
        } else {
            setState(SyncState::Live);
        }
        return;
    }
    case MessageType::Change: {
        auto change = protocol::Change::fromBody(frame->body);
        if (!change) {
            qCWarning(lcSync) << "bad Change:" << change.error().toString();
            return;
        }
        if (change->seq <= m_lastSeq)
            return; // already have it (resent after a snapshot)
        if (Status s = m_replica.applyChange(*change); !s) {
            qCWarning(lcSync) << "cannot apply change" << change->seq << ":" << s.error().toString();
            return;
        }
        m_lastSeq = change->seq;
        Q_EMIT changeApplied(*change);
        return;
    }
    case MessageType::WriteResult: {
        const QString key = m_inFlight.take(frame->requestId);
        auto reply = protocol::WriteReply::fromBody(frame->body);
        if (key.isEmpty() || !reply)
            return;
        (void)m_replica.removeFromOutbox(key);
        refreshPending();
        Q_EMIT writeAccepted(key, reply->seq, reply->version);
        return;
    }
    case MessageType::RecordingStored:
    case MessageType::RecordingData:
        onRecordingMessage(*frame);
        return;
    case MessageType::History: {
        const auto asked = m_histories.take(frame->requestId);
        auto history = protocol::RecordHistory::fromBody(frame->body);
        if (!history) {
            qCWarning(lcSync) << "bad History:" << history.error().toString();
            Q_EMIT historyFailed(asked.kind, asked.recordId, history.error());
            return;
        }
        Q_EMIT historyReceived(*history);
        return;
    }
    case MessageType::Error: {
        const Error error = protocol::errorFromFrame(*frame);
        if (frame->requestId != 0 && m_histories.contains(frame->requestId)) {
            const auto asked = m_histories.take(frame->requestId);
            Q_EMIT historyFailed(asked.kind, asked.recordId, error);
            return;
        }
        if (frame->requestId != 0
            && (frame->requestId == m_upload.requestId || m_fetches.contains(frame->requestId))) {
            onRecordingMessage(*frame);
            return;
        }
        if (frame->requestId != 0 && frame->requestId == m_seatStatusRequest) {
            qCWarning(lcSync) << "seat status refused:" << error.toString();
            Q_EMIT seatStatusRefused(error);
            return;
        }
        if (frame->requestId == m_loginRequest && !m_signedIn) {
            if (m_loginWithToken) {
                (void)m_replica.setValue(kToken, QString()); // expired: sign in with the password
                login(false);
            } else {
                fatal(error);
            }
            return;
        }
        const QString key = m_inFlight.take(frame->requestId);
        if (!key.isEmpty()) {
            if (isFinal(error.code)) {
                qCWarning(lcSync) << "write" << key << "refused:" << error.toString();
                (void)m_replica.removeFromOutbox(key);
                refreshPending();
                Q_EMIT writeRejected(key, error, frame->body.value(QStringLiteral("current")).toMap());
            } else {
                // The hub could not apply it now (storage trouble): keep it for the next connection.
                (void)m_replica.noteAttempt(key, error.toString());
            }
            return;
        }
        if (error.code == ErrorCode::Unauthenticated && m_signedIn) {
            m_signedIn = false;
            (void)m_replica.setValue(kToken, QString());
            login(false);
            return;
        }
        qCWarning(lcSync) << "hub error:" << error.toString();
        return;
    }
    default:
        qCInfo(lcSync) << "ignoring" << protocol::messageName(frame->type) << "from the hub";
    }
}

QString SyncClient::recordingOutbox() const
{
    return m_config.recordingOutbox;
}

int SyncClient::pendingRecordings() const
{
    return int(
        QDir(m_config.recordingOutbox).entryList({QStringLiteral("*") + kSealedSuffix}, QDir::Files).size());
}

void SyncClient::uploadRecordings()
{
    Q_EMIT pendingRecordingsChanged(pendingRecordings());
    if (!m_channel || !m_signedIn || m_upload.file)
        return;
    // Oldest first: the order calls were made in.
    const QFileInfoList files =
        QDir(m_config.recordingOutbox)
            .entryInfoList({QStringLiteral("*") + kSealedSuffix}, QDir::Files, QDir::Time | QDir::Reversed);
    if (files.isEmpty())
        return;
    const QFileInfo next = files.first();
    auto file = std::make_unique<QFile>(next.filePath());
    if (!file->open(QIODevice::ReadOnly)) {
        qCWarning(lcSync) << "cannot read recording" << next.filePath() << file->errorString();
        return;
    }
    m_upload.id = next.completeBaseName();
    m_upload.file = std::move(file);
    m_upload.requestId = nextRequestId();
    m_upload.sent = 0;
    qCInfo(lcSync) << "uploading recording" << m_upload.id << next.size() << "bytes";
    if (QAbstractSocket *socket = m_channel->socket())
        connect(socket, &QIODevice::bytesWritten, this, &SyncClient::sendRecordingParts,
                Qt::UniqueConnection);
    sendRecordingParts();
}

void SyncClient::sendRecordingParts()
{
    if (!m_channel || !m_upload.file)
        return;
    QAbstractSocket *socket = m_channel->socket();
    const qint64 total = m_upload.file->size();
    while (m_upload.sent < total && (!socket || socket->bytesToWrite() < kUploadWindow)) {
        protocol::RecordingUploadPart part;
        part.recordingId = m_upload.id;
        part.offset = m_upload.sent;
        part.total = total;
        part.data = m_upload.file->read(protocol::kRecordingPartBytes);
        if (part.data.isEmpty()) {
            qCWarning(lcSync) << "recording" << m_upload.id
                              << "could not be read:" << m_upload.file->errorString();
            m_upload = Upload{};
            return;
        }
        m_upload.sent += part.data.size();
        sendFrame(MessageType::RecordingUpload, part.toBody(), m_upload.requestId);
    }
}

void SyncClient::finishUpload(const QString &outcome)
{
    qCInfo(lcSync) << "recording" << m_upload.id << outcome;
    m_upload = Upload{};
    Q_EMIT pendingRecordingsChanged(pendingRecordings());
    QTimer::singleShot(0, this, &SyncClient::uploadRecordings);
}

void SyncClient::requestHistory(core::RecordKind kind, const QString &recordId)
{
    if (!m_channel || !m_signedIn) {
        Q_EMIT historyFailed(
            kind, recordId,
            makeError(ErrorCode::Io, tr("Not connected to the hub: the history cannot be read now")));
        return;
    }
    const quint64 id = nextRequestId();
    const protocol::HistoryRequest request{kind, recordId};
    m_histories.insert(id, request);
    sendFrame(MessageType::HistoryRequest, request.toBody(), id);
}

void SyncClient::fetchRecording(const QString &recordingId, protocol::RecordingPurpose purpose)
{
    if (!m_channel || !m_signedIn) {
        Q_EMIT recordingFetchFailed(
            recordingId,
            makeError(ErrorCode::Io, tr("Not connected to the hub: recordings cannot be fetched now")));
        return;
    }
    const quint64 id = nextRequestId();
    m_fetches.insert(id, Fetch{recordingId, {}});
    sendFrame(MessageType::RecordingFetch, protocol::RecordingFetchRequest{recordingId, purpose}.toBody(),
              id);
}

void SyncClient::onRecordingMessage(const protocol::Frame &frame)
{
    if (frame.type == MessageType::Error) {
        const Error error = protocol::errorFromFrame(frame);
        if (frame.requestId == m_upload.requestId) {
            const QString id = m_upload.id;
            const QString path = m_upload.file ? m_upload.file->fileName() : QString();
            if (isFinal(error.code) && error.code != ErrorCode::Forbidden) {
                // Kept for an admin to look at; the queue goes on with the next call.
                const QString refused = m_config.recordingOutbox + QStringLiteral("/refused");
                QDir().mkpath(refused);
                m_upload.file.reset();
                QFile::rename(path, refused + QLatin1Char('/') + QFileInfo(path).fileName());
                Q_EMIT recordingRefused(id, error);
                finishUpload(QStringLiteral("refused: ") + error.toString());
            } else {
                // Not now (hub storage trouble, or this account may not upload): retried next connection.
                m_upload = Upload{};
                qCWarning(lcSync) << "recording" << id << "not stored now:" << error.toString();
                Q_EMIT recordingRefused(id, error);
            }
            return;
        }
        const Fetch fetch = m_fetches.take(frame.requestId);
        Q_EMIT recordingFetchFailed(fetch.id, error);
        return;
    }
    if (frame.type == MessageType::RecordingStored) {
        auto reply = protocol::RecordingStoredReply::fromBody(frame.body);
        if (!reply || frame.requestId != m_upload.requestId || reply->recordingId != m_upload.id) {
            qCWarning(lcSync) << "unexpected RecordingStored" << frame.requestId;
            return;
        }
        const QString path = m_upload.file->fileName();
        m_upload.file.reset();
        // Only now: the hub has it on disk and verified it.
        if (!QFile::remove(path))
            qCWarning(lcSync) << "cannot remove uploaded recording" << path;
        Q_EMIT recordingUploaded(reply->recordingId, reply->duplicate);
        finishUpload(reply->duplicate ? QStringLiteral("was already on the hub")
                                      : QStringLiteral("stored on the hub"));
        return;
    }
    // RecordingData
    auto part = protocol::RecordingDataPart::fromBody(frame.body);
    auto it = m_fetches.find(frame.requestId);
    if (it == m_fetches.end())
        return;
    if (!part || part->offset != it->data.size() || part->recordingId != it->id) {
        const Fetch fetch = m_fetches.take(frame.requestId);
        Q_EMIT recordingFetchFailed(
            fetch.id,
            part ? makeError(ErrorCode::Invalid, tr("Recording data arrived out of order")) : part.error());
        return;
    }
    it->data.append(part->data);
    if (it->data.size() == part->total) {
        const Fetch fetch = m_fetches.take(frame.requestId);
        Q_EMIT recordingFetched(fetch.id, fetch.data);
    }
}

} // namespace safelink::sync
