#include <safelink/hub/auditlog.h>
#include <safelink/hub/changefeed.h>
#include <safelink/hub/hubserver.h>
#include <safelink/hub/maptiles.h>
#include <safelink/hub/recordingarchive.h>
#include <safelink/hub/seatdirectory.h>
#include <safelink/hub/writeservice.h>
#include <safelink/net/securechannel.h>
#include <safelink/recording/recordingfile.h>
#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>
#include <safelink/store/replicafile.h>
#include <safelink/store/repositories.h>

#include <QAbstractSocket>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTimer>
#include <deque>

Q_LOGGING_CATEGORY(lcServer, "safelink.hub.server")

namespace safelink::hub {

using namespace safelink::core;
using protocol::Frame;
using protocol::MessageType;

namespace {
class ServerText {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::HubServer)

public:
    static QString signInFirst() { return tr("Sign in first."); }
    static QString historyForbidden()
    {
        return tr("Only supervisors and administrators read the history of this kind of record.");
    }
    static QString noRecordings()
    {
        return tr("This hub cannot store call recordings now (no recording key).");
    }
    static QString uploadOutOfOrder() { return tr("Recording piece out of order; start the upload again."); }
    static QString uploadMismatch()
    {
        return tr("The uploaded file holds another recording than announced.");
    }
    static QString unexpected(const QString &type)
    {
        return tr("The hub does not accept %1 messages.").arg(type);
    }
};
} // namespace

// What the hub knows about one connected seat.
struct HubServer::Peer {
    net::SecureChannel *channel = nullptr;
    std::optional<Session> session;
    bool subscribed = false;
    bool live = false;  // caught up; new changes are pushed as they commit
    qint64 sentSeq = 0; // last change seq this seat has been sent
    // Snapshot in progress: the kind being sent and the last id sent.
    int snapshotKind = -1;
    QString snapshotAfterId;
    // Snapshot as a database file: the open seed and how far it has been sent.
    std::shared_ptr<QFile> seedFile;
    qint64 seedOffset = 0;
    qint64 snapshotSeq = 0;
    quint64 snapshotRequestId = 0;
    // A sealed recording being received (one at a time per seat), into a temporary file that goes
    // away with the peer when the connection drops.
    struct Upload {
        QString id;
        quint64 requestId = 0;
        qint64 total = 0;
        qint64 received = 0;
        std::unique_ptr<QTemporaryFile> file;
    } upload;
    // A recording being sent for playback or export.
    struct Fetch {
        QString id;
        quint64 requestId = 0;
        qint64 total = 0;
        qint64 sent = 0;
        std::unique_ptr<QIODevice> reader;
    };
    std::deque<Fetch> fetches;
    // On the seat board from sign-in until the connection or the session ends.
    std::optional<protocol::SeatEntry> board;
};

HubServer::HubServer(store::Database &db, AccountService &accounts, WriteService &writes,
                     const net::KeyPair &keys, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_accounts(accounts)
    , m_writes(writes)
    , m_feed(std::make_unique<ChangeFeed>(db))
    , m_records(std::make_unique<store::RecordStore>(db))
    , m_server(new net::SecureServer(keys, this))
{
    connect(m_server, &net::SecureServer::newChannel, this, &HubServer::onNewChannel);
    connect(m_server, &net::SecureServer::handshakeFailed, this, [](const Error &e, const QString &peer) {
        qCWarning(lcServer) << "handshake with" << peer << "failed:" << e.toString();
    });
    connect(&m_writes, &WriteService::committed, this, &HubServer::onCommitted);
}

HubServer::~HubServer()
{
    for (Peer *p : std::as_const(m_peers))
        delete p;
}

Status HubServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HubServer::port() const
{
    return m_server->serverPort();
}

QByteArray HubServer::publicKey() const
{
    return m_server->publicKey();
}

int HubServer::subscribedSeats() const
{
    int n = 0;
    for (const Peer *p : m_peers)
        n += p->subscribed ? 1 : 0;
    return n;
}

void HubServer::onNewChannel(net::SecureChannel *channel)
{
    channel->setParent(this);
    auto *peer = new Peer;
    peer->channel = channel;
    m_peers.insert(channel, peer);
    qCInfo(lcServer) << "seat connected from" << channel->peerName();
    connect(channel, &net::SecureChannel::messageReceived, this,
            [this, channel](const QByteArray &payload) { onMessage(channel, payload); });
    connect(channel, &net::SecureChannel::closed, this, [this, channel] { onChannelGone(channel); });
    connect(channel, &net::SecureChannel::failed, this, [this, channel](const Error &e) {
        qCInfo(lcServer) << "seat" << channel->peerName() << "dropped:" << e.toString();
        onChannelGone(channel);
    });
}

void HubServer::onChannelGone(net::SecureChannel *channel)
{
    Peer *peer = m_peers.take(channel);
    if (!peer)
        return;
    if (peer->session)
        Q_EMIT seatLeft(peer->session->actor.login);
    const bool wasOnBoard = peer->board.has_value();
    delete peer;
    channel->deleteLater();
    if (wasOnBoard)
        broadcastBoard();
}

void HubServer::send(Peer &peer, MessageType type, quint64 requestId, const QCborMap &body)
{
    if (Status s = peer.channel->send(protocol::encodeFrame(Frame{type, requestId, body})); !s)
        qCWarning(lcServer) << "cannot send to" << peer.channel->peerName() << ":" << s.error().toString();
}

void HubServer::sendError(Peer &peer, quint64 requestId, const Error &error, const QCborMap &extra)
{
    Frame f = protocol::makeError(requestId, error);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        f.body.insert(it.key(), it.value());
    if (Status s = peer.channel->send(protocol::encodeFrame(f)); !s)
        qCWarning(lcServer) << "cannot send to" << peer.channel->peerName() << ":" << s.error().toString();
}

void HubServer::onMessage(net::SecureChannel *channel, const QByteArray &payload)
{
    Peer *peer = m_peers.value(channel);
    if (!peer)
        return;
    auto frame = protocol::decodeFrame(payload);
    if (!frame) {
        // Undecodable: the peer is broken or hostile; answer once and hang up on it alone.
        qCWarning(lcServer) << "undecodable frame from" << channel->peerName() << ":"
                            << frame.error().toString();
        sendError(*peer, 0, frame.error());
        channel->close();
        return;
    }
    switch (frame->type) {
    case MessageType::Login:
        return handleLogin(*peer, *frame);
    case MessageType::Ping: {
        QCborMap body;
        body.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        return send(*peer, MessageType::Pong, frame->requestId, body);
    }
    case MessageType::Logout:
        if (peer->session)
            (void)m_accounts.signOut(peer->session->token);
        channel->close();
        return;
    default:
        break;
    }
    if (!peer->session) {
        sendError(*peer, frame->requestId, makeError(ErrorCode::Unauthenticated, ServerText::signInFirst()));
        return;
    }
    // Every request re-checks the session: idle timeout and revocation apply mid-connection too.
    auto session = m_accounts.authenticate(peer->session->token, channel->peerName());
    if (!session) {
        sendError(*peer, frame->requestId, session.error());
        peer->session.reset();
        peer->subscribed = peer->live = false;
        if (std::exchange(peer->board, std::nullopt))
            broadcastBoard();
        return;
    }
    peer->session = *session;
    switch (frame->type) {
    case MessageType::Subscribe:
        return handleSubscribe(*peer, *frame);
    case MessageType::Write:
        return handleWrite(*peer, *frame);
    case MessageType::RecordingUpload:
        return handleRecordingUpload(*peer, *frame);
    case MessageType::RecordingFetch:
        return handleRecordingFetch(*peer, *frame);
    case MessageType::SeatStatus:
        return handleSeatStatus(*peer, *frame);
    case MessageType::HistoryRequest:
        return handleHistory(*peer, *frame);
    default:
        qCWarning(lcServer) << "unexpected" << protocol::messageName(frame->type) << "from"
                            << channel->peerName();
        sendError(
            *peer, frame->requestId,
            makeError(ErrorCode::Unsupported, ServerText::unexpected(protocol::messageName(frame->type))));
    }
}

void HubServer::handleLogin(Peer &peer, const Frame &frame)
{
    auto request = protocol::LoginRequest::fromBody(frame.body);
    if (!request) {
        sendError(peer, frame.requestId, request.error());
        return;
    }
    const QString address = peer.channel->peerName();
    Result<Session> session = request->token.isEmpty() ? m_accounts.signIn(request->login, request->password,
                                                                           request->seat, address)
                                                       : m_accounts.authenticate(request->token, address);
    if (!session) {
        sendError(peer, frame.requestId, session.error());
        return;
    }
    peer.session = *session;
    if (!request->seat.isEmpty())
        peer.session->actor.seat = request->seat;
    protocol::LoginReply reply{session->token,       session->actor.accountId, session->actor.login, {},
                               session->actor.roles, session->expiresAt};
    store::AccountRepository accounts(m_db);
    if (auto account = accounts.get(session->actor.accountId))
        reply.displayName = account->displayName;
    if (m_recordings && m_recordings->publicKey().size() == 32)
        reply.recordingKey = m_recordings->publicKey();
    if (auto sip = SeatDirectory(m_db, m_writes).sipAccountFor(peer.session->actor.seat)) {
        reply.sipProxy = sip->proxy;
        reply.sipUser = sip->user;
        reply.sipPassword = sip->password; // inside the encrypted channel, to the signed-in seat only
    }
    reply.mapTiles = MapTiles(m_db).forSeats(m_httpPort);
    send(peer, MessageType::LoginResult, frame.requestId, reply.toBody());
    Q_EMIT seatSignedIn(session->actor.login, request->seat);
    // Signed in is not ready: the seat says when it takes calls.
    peer.board = protocol::SeatEntry{peer.session->actor.seat,
                                     session->actor.accountId,
                                     session->actor.login,
                                     reply.displayName,
                                     core::SeatActivity::Away,
                                     QString(),
                                     false,
                                     QDateTime::currentDateTimeUtc()};
    broadcastBoard();
    if (!m_callQueue.isEmpty())
        send(peer, MessageType::CallQueue, 0, m_callQueue);
}

void HubServer::handleSeatStatus(Peer &peer, const Frame &frame)
{
    auto update = protocol::SeatStatusUpdate::fromBody(frame.body);
    if (!update) {
        qCInfo(lcServer) << "bad seat status from" << peer.channel->peerName() << ":"
                         << update.error().toString();
        sendError(peer, frame.requestId, update.error());
        return;
    }
    if (!peer.board)
        return;
    protocol::SeatEntry &entry = *peer.board;
    const bool changed = entry.activity != update->activity || entry.reason != update->reason;
    if (entry.activity != update->activity)
        entry.since = QDateTime::currentDateTimeUtc();
    entry.activity = update->activity;
    entry.reason = update->reason;
    entry.phoneRegistered = update->phoneRegistered;
    if (changed)
        (void)m_writes.audit().record(
            peer.session->actor, QStringLiteral("seat_state"), QStringLiteral("seat"), entry.seat,
            core::enumKey(entry.activity)
                + (entry.reason.isEmpty() ? QString() : QStringLiteral(": ") + entry.reason));
    broadcastBoard();
}

QList<protocol::SeatEntry> HubServer::seatBoard() const
{
    QList<protocol::SeatEntry> out;
    for (const Peer *p : std::as_const(m_peers)) {
        if (p->board)
            out.append(*p->board);
    }
    std::sort(out.begin(), out.end(), [](const protocol::SeatEntry &a, const protocol::SeatEntry &b) {
        return std::tie(a.seat, a.login) < std::tie(b.seat, b.login);
    });
    return out;
}

void HubServer::publishCallQueue(const protocol::CallQueue &queue)
{
    const QCborMap body = queue.toBody();
    if (body == m_callQueue)
        return;
    m_callQueue = body;
    for (Peer *p : std::as_const(m_peers)) {
        if (p->session)
            send(*p, MessageType::CallQueue, 0, body);
    }
}

void HubServer::broadcastBoard()
{
    const QCborMap body = protocol::SeatBoard{seatBoard()}.toBody();
    for (Peer *p : std::as_const(m_peers)) {
        if (p->session)
            send(*p, MessageType::SeatBoard, 0, body);
    }
    Q_EMIT seatBoardChanged();
}

void HubServer::handleSubscribe(Peer &peer, const Frame &frame)
{
    auto request = protocol::SubscribeRequest::fromBody(frame.body);
    if (!request) {
        sendError(peer, frame.requestId, request.error());
        return;
    }
    auto latest = m_feed->latestSeq();
    if (!latest) {
        sendError(peer, frame.requestId, latest.error());
        return;
    }
    peer.subscribed = true;
    peer.live = false;
    if ((request->fromSeq == 0 || request->fromSeq > *latest) && request->acceptsFile) {
        auto seed = replicaSeed();
        if (seed) {
            auto file = std::make_shared<QFile>(seed->first);
            if (file->open(QIODevice::ReadOnly)) {
                peer.seedFile = file;
                peer.seedOffset = 0;
                peer.snapshotKind = 0;
                peer.snapshotSeq = seed->second;
                peer.snapshotRequestId = frame.requestId;
                peer.sentSeq = seed->second;
                qCInfo(lcServer) << "snapshot file for" << peer.session->actor.login << "at seq"
                                 << seed->second << file->size() / 1048576 << "MB";
                continueSnapshot(peer.channel);
                return;
            }
        }
        qCInfo(lcServer) << "no snapshot file ("
                         << (seed ? QStringLiteral("open failed") : seed.error().toString())
                         << "); sending records";
    }
    if (request->fromSeq == 0 || request->fromSeq > *latest) {
        // A fresh replica (or one from another hub database): everything, then the changes since.
        peer.snapshotKind = 0;
        peer.snapshotAfterId.clear();
        peer.snapshotSeq = *latest;
        peer.snapshotRequestId = frame.requestId;
        peer.sentSeq = *latest;
        qCInfo(lcServer) << "snapshot for" << peer.session->actor.login << "at seq" << *latest;
        continueSnapshot(peer.channel);
        return;
    }
    peer.sentSeq = request->fromSeq;
    peer.snapshotRequestId = frame.requestId;
    catchUp(peer);
}

// Sends a slice of the snapshot, then yields to the event loop so that other seats' writes and alarms
// are not held up by one desk's initial sync. Changes committed meanwhile reach this seat after the
// snapshot (records already sent newer are simply applied again: the replica applies idempotently).
void HubServer::setRecordings(RecordingArchive *archive, const QString &incomingDir)
{
    m_recordings = archive;
    m_recordingsIncoming = incomingDir;
    QDir().mkpath(incomingDir);
    // Pieces of uploads cut off when the hub last stopped (killed, power loss): the seats still have
    // the recordings and send them again from the start.
    QDir incoming(incomingDir);
    for (const QString &name : incoming.entryList({QStringLiteral("upload-*.part")}, QDir::Files)) {
        qCInfo(lcServer) << "removing an interrupted upload" << name;
        incoming.remove(name);
    }
}

void HubServer::handleRecordingUpload(Peer &peer, const Frame &frame)
{
    auto part = protocol::RecordingUploadPart::fromBody(frame.body);
    if (!part) {
        sendError(peer, frame.requestId, part.error());
        return;
    }
    if (!m_recordings || m_recordings->publicKey().size() != 32) {
        sendError(peer, frame.requestId, makeError(ErrorCode::Storage, ServerText::noRecordings()));
        return;
    }
    auto &up = peer.upload;
    if (part->offset == 0) {
        // A new upload, or one started again after a drop: whatever came before is discarded.
        up = Peer::Upload{};
        up.id = part->recordingId;
        up.requestId = frame.requestId;
        up.total = part->total;
        up.file =
            std::make_unique<QTemporaryFile>(m_recordingsIncoming + QStringLiteral("/upload-XXXXXX.part"));
        if (!up.file->open()) {
            sendError(peer, frame.requestId, makeError(ErrorCode::Io, up.file->errorString()));
            up = Peer::Upload{};
            return;
        }
    } else if (!up.file || up.id != part->recordingId || up.received != part->offset
               || up.total != part->total) {
        qCWarning(lcServer) << "recording piece out of order from" << peer.channel->peerName()
                            << part->recordingId << part->offset;
        sendError(peer, frame.requestId,
                  makeError(ErrorCode::Invalid, ServerText::uploadOutOfOrder(), QStringLiteral("offset")));
        up = Peer::Upload{};
        return;
    }
    if (up.file->write(part->data) != part->data.size()) {
        sendError(peer, frame.requestId, makeError(ErrorCode::Io, up.file->errorString()));
        up = Peer::Upload{};
        return;
    }
    up.received += part->data.size();
    if (up.received < up.total)
        return;
    up.file->flush();
    auto stored = m_recordings->store(up.file->fileName(), peer.session->actor);
    const QString id = up.id;
    const quint64 requestId = up.requestId;
    up = Peer::Upload{}; // removes the temporary file: the archive has its own copy now
    if (!stored) {
        qCWarning(lcServer) << "recording" << id << "from" << peer.channel->peerName()
                            << "refused:" << stored.error().toString();
        sendError(peer, requestId, stored.error());
        return;
    }
    if (stored->entry.id != id) {
        sendError(peer, requestId,
                  makeError(ErrorCode::Invalid, ServerText::uploadMismatch(), QStringLiteral("id")));
        return;
    }
    qCInfo(lcServer) << "recording" << id << "stored from" << peer.channel->peerName()
                     << (stored->duplicate ? "(duplicate)" : "");
    send(peer, MessageType::RecordingStored, requestId,
         protocol::RecordingStoredReply{id, stored->duplicate}.toBody());
}

// The versions of one record from the change feed. The knowledge base's history is for everyone
// who reads it; any other record's history is for supervisors, admins and auditors. Audited.
void HubServer::handleHistory(Peer &peer, const Frame &frame)
{
    auto request = protocol::HistoryRequest::fromBody(frame.body);
    if (!request) {
        sendError(peer, frame.requestId, request.error());
        return;
    }
    const Actor &actor = peer.session->actor;
    const bool knowledge =
        request->kind == core::RecordKind::KbArticle || request->kind == core::RecordKind::KbFolder;
    if (!knowledge && !actor.has(core::Role::Supervisor) && !actor.has(core::Role::Admin)
        && !actor.has(core::Role::Auditor)) {
        (void)m_writes.audit().record(actor, QStringLiteral("forbidden"), core::recordKindKey(request->kind),
                                      request->recordId, QStringLiteral("history"));
        sendError(peer, frame.requestId, makeError(ErrorCode::Forbidden, ServerText::historyForbidden()));
        return;
    }
    // A record's versions, or (no id) the kind's records whose last change is a deletion, each with
    // the record as it was before it (so that it can be restored).
    const bool deletedList = request->recordId.isEmpty();
    auto q = m_db.prepared(
        deletedList ? QStringLiteral(
            "SELECT c.version, c.at, c.deleted, (SELECT p.data FROM changes p WHERE p.kind = c.kind "
            "AND p.record_id = c.record_id AND p.deleted = 0 ORDER BY p.seq DESC LIMIT 1), "
            "c.author, c.seat FROM changes c WHERE c.kind = ? AND c.deleted = 1 AND NOT EXISTS "
            "(SELECT 1 FROM changes d WHERE d.kind = c.kind AND d.record_id = c.record_id AND "
            "d.seq > c.seq) ORDER BY c.seq DESC LIMIT 500")
                    : QStringLiteral("SELECT version, at, deleted, data, author, seat FROM changes "
                                     "WHERE kind = ? AND record_id = ? ORDER BY seq"));
    if (!q) {
        sendError(peer, frame.requestId, q.error());
        return;
    }
    (*q)->addBindValue(core::recordKindKey(request->kind));
    if (!deletedList)
        (*q)->addBindValue(request->recordId);
    if (!(*q)->exec()) {
        sendError(peer, frame.requestId, makeError(ErrorCode::Storage, (*q)->lastError().text()));
        return;
    }
    protocol::RecordHistory history{request->kind, request->recordId, {}};
    while ((*q)->next()) {
        protocol::RecordVersion v;
        v.version = (*q)->value(0).toLongLong();
        v.at = QDateTime::fromString((*q)->value(1).toString(), Qt::ISODateWithMs);
        v.deleted = (*q)->value(2).toInt() != 0;
        v.record = (*q)->value(3).toByteArray();
        v.author = (*q)->value(4).toString();
        v.seat = (*q)->value(5).toString();
        history.versions.append(v);
    }
    (*q)->finish();
    store::AccountRepository accounts(m_db);
    QHash<QString, QString> names;
    for (protocol::RecordVersion &v : history.versions) {
        if (!names.contains(v.author)) {
            auto a = accounts.get(v.author);
            names.insert(v.author, a ? a->displayName : QString());
        }
        v.authorName = names.value(v.author);
    }
    if (Status s = m_writes.audit().record(
            actor, QStringLiteral("read"), core::recordKindKey(request->kind), request->recordId,
            deletedList ? QStringLiteral("deleted records") : QStringLiteral("history"));
        !s) {
        sendError(peer, frame.requestId, s.error()); // no audit line, no data
        return;
    }
    send(peer, MessageType::History, frame.requestId, history.toBody());
}

void HubServer::handleRecordingFetch(Peer &peer, const Frame &frame)
{
    auto request = protocol::RecordingFetchRequest::fromBody(frame.body);
    if (!request) {
        sendError(peer, frame.requestId, request.error());
        return;
    }
    if (!m_recordings) {
        sendError(peer, frame.requestId, makeError(ErrorCode::NotFound, ServerText::noRecordings()));
        return;
    }
    auto reader = request->purpose == protocol::RecordingPurpose::Export
                      ? m_recordings->openForExport(request->recordingId, peer.session->actor)
                      : m_recordings->openForPlayback(request->recordingId, peer.session->actor);
    if (!reader) {
        sendError(peer, frame.requestId, reader.error());
        return;
    }
    Peer::Fetch fetch;
    fetch.id = request->recordingId;
    fetch.requestId = frame.requestId;
    fetch.total = (*reader)->plainSize();
    fetch.reader = std::move(reader).value();
    peer.fetches.push_back(std::move(fetch));
    if (peer.fetches.size() == 1)
        continueFetch(peer.channel);
}

void HubServer::continueFetch(net::SecureChannel *channel)
{
    Peer *peer = m_peers.value(channel);
    if (!peer || peer->fetches.empty())
        return;
    if (channel->socket() && channel->socket()->bytesToWrite() > kMaxQueuedBytes) {
        QTimer::singleShot(5, this, [this, channel] { continueFetch(channel); });
        return;
    }
    Peer::Fetch &f = peer->fetches.front();
    for (int slices = 0; slices < 8 && f.sent < f.total; ++slices) {
        QByteArray data(qsizetype(std::min(protocol::kRecordingPartBytes, f.total - f.sent)),
                        Qt::Uninitialized);
        qint64 got = 0;
        while (got < data.size()) {
            const qint64 n = f.reader->read(data.data() + got, data.size() - got);
            if (n <= 0)
                break;
            got += n;
        }
        if (got <= 0) {
            // Damaged on the hub's disk: the seat gets the reason, the log the details.
            qCWarning(lcServer) << "recording" << f.id << "unreadable:" << f.reader->errorString();
            sendError(*peer, f.requestId, makeError(ErrorCode::Storage, f.reader->errorString()));
            peer->fetches.pop_front();
            QTimer::singleShot(0, this, [this, channel] { continueFetch(channel); });
            return;
        }
        data.truncate(got);
        send(*peer, MessageType::RecordingData, f.requestId,
             protocol::RecordingDataPart{f.id, f.sent, f.total, data}.toBody());
        f.sent += got;
    }
    if (f.sent >= f.total)
        peer->fetches.pop_front();
    if (!peer->fetches.empty())
        QTimer::singleShot(0, this, [this, channel] { continueFetch(channel); });
}

void HubServer::continueSnapshot(net::SecureChannel *channel)
{
    Peer *peer = m_peers.value(channel);
    if (!peer || peer->snapshotKind < 0)
        return;
    // Back-pressure: a slow desk must not make the hub buffer the whole center in memory.
    if (channel->socket() && channel->socket()->bytesToWrite() > kMaxQueuedBytes) {
        QTimer::singleShot(5, this, [this, channel] { continueSnapshot(channel); });
        return;
    }
    if (peer->seedFile) {
        const qint64 total = peer->seedFile->size();
        for (int slices = 0; slices < 8 && peer->seedOffset < total; ++slices) {
            const QByteArray data = peer->seedFile->read(kFilePiece);
            if (data.isEmpty()) {
                sendError(*peer, peer->snapshotRequestId,
                          makeError(ErrorCode::Io,
                                    QStringLiteral("snapshot file: %1").arg(peer->seedFile->errorString())));
                peer->seedFile.reset();
                peer->snapshotKind = -1;
                return;
            }
            send(*peer, MessageType::SnapshotFile, peer->snapshotRequestId,
                 protocol::SnapshotFilePart{peer->seedOffset, total, data}.toBody());
            peer->seedOffset += data.size();
        }
        if (peer->seedOffset < total) {
            QTimer::singleShot(0, this, [this, channel] { continueSnapshot(channel); });
            return;
        }
        peer->seedFile.reset();
        peer->snapshotKind = -1;
        send(*peer, MessageType::SnapshotDone, peer->snapshotRequestId,
             protocol::SnapshotDone{peer->snapshotSeq, true}.toBody());
        catchUp(*peer);
        return;
    }
    const QList<RecordKind> &kinds = allRecordKinds();
    for (int slices = 0; slices < 8 && peer->snapshotKind < kinds.size(); ++slices) {
        const RecordKind kind = kinds[peer->snapshotKind];
        auto page = m_records->rawPage(kind, peer->snapshotAfterId, kSnapshotChunk);
        if (!page) {
            sendError(*peer, peer->snapshotRequestId, page.error());
            peer->snapshotKind = -1;
            return;
        }
        if (page->isEmpty()) {
            ++peer->snapshotKind;
            peer->snapshotAfterId.clear();
            continue;
        }
        protocol::SnapshotChunk chunk{kind, {}};
        for (const auto &[id, bytes] : *page)
            chunk.records.append(bytes);
        peer->snapshotAfterId = page->last().first;
        send(*peer, MessageType::SnapshotChunk, peer->snapshotRequestId, chunk.toBody());
    }
    if (peer->snapshotKind < kinds.size()) {
        QTimer::singleShot(0, this, [this, channel] { continueSnapshot(channel); });
        return;
    }
    peer->snapshotKind = -1;
    send(*peer, MessageType::SnapshotDone, peer->snapshotRequestId,
         protocol::SnapshotDone{peer->snapshotSeq, true}.toBody());
    catchUp(*peer);
}

Result<QPair<QString, qint64>> HubServer::replicaSeed()
{
    auto latest = m_feed->latestSeq();
    if (!latest)
        return latest.error();
    if (m_seedSeq == *latest && QFileInfo::exists(m_seedPath))
        return qMakePair(m_seedPath, m_seedSeq);
    const QString dir = QFileInfo(m_db.config().path).absolutePath() + QStringLiteral("/snapshots");
    QDir().mkpath(dir);
    // A new name per seq: seats still reading an older seed keep their open file.
    const QString path = dir + QStringLiteral("/replica-%1.sqlite").arg(*latest);
    auto seq = store::writeReplicaSeed(m_db, path);
    if (!seq)
        return seq.error();
    if (!m_seedPath.isEmpty() && m_seedPath != path)
        QFile::remove(m_seedPath);
    m_seedPath = path;
    m_seedSeq = *seq;
    return qMakePair(m_seedPath, m_seedSeq);
}

void HubServer::catchUp(Peer &peer)
{
    constexpr int batch = 1000;
    for (;;) {
        auto changes = m_feed->since(peer.sentSeq, batch);
        if (!changes) {
            sendError(peer, peer.snapshotRequestId, changes.error());
            return;
        }
        for (const protocol::Change &c : *changes) {
            send(peer, MessageType::Change, 0, c.toBody());
            peer.sentSeq = c.seq;
        }
        if (changes->size() < batch)
            break;
    }
    if (!peer.live) {
        peer.live = true;
        send(peer, MessageType::SnapshotDone, peer.snapshotRequestId,
             protocol::SnapshotDone{peer.sentSeq, false}.toBody());
    }
}

void HubServer::onCommitted(const protocol::Change &change)
{
    const QByteArray frame = protocol::encodeFrame(Frame{MessageType::Change, 0, change.toBody()});
    for (Peer *peer : std::as_const(m_peers)) {
        // Seats still in their snapshot or catch-up get this change from the feed when they get there.
        if (!peer->live || change.seq <= peer->sentSeq)
            continue;
        if (change.seq != peer->sentSeq + 1) {
            catchUp(*peer); // a gap (should not happen): fill it from the feed, in order
            continue;
        }
        if (Status s = peer->channel->send(frame); !s)
            qCWarning(lcServer) << "cannot push to" << peer->channel->peerName() << ":"
                                << s.error().toString();
        peer->sentSeq = change.seq;
    }
}

void HubServer::handleWrite(Peer &peer, const Frame &frame)
{
    auto request = protocol::WriteRequest::fromBody(frame.body);
    if (!request) {
        qCInfo(lcServer) << "bad write from" << peer.channel->peerName() << ":" << request.error().toString();
        sendError(peer, frame.requestId, request.error());
        return;
    }
    auto result = m_writes.apply(*request, peer.session->actor);
    if (!result) {
        QCborMap extra;
        if (result.error().code == ErrorCode::Conflict) {
            const QString id = request->op == WriteOp::Put
                                   ? request->record.value(QStringLiteral("id")).toString()
                                   : request->recordId;
            if (auto current = m_writes.current(request->kind, id))
                extra.insert(QStringLiteral("current"), *current);
        }
        sendError(peer, frame.requestId, result.error(), extra);
        return;
    }
    send(peer, MessageType::WriteResult, frame.requestId,
         protocol::WriteReply{result->change.seq, result->change.version, result->duplicate}.toBody());
}

} // namespace safelink::hub
