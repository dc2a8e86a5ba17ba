#pragma once

#include <safelink/core/result.h>
#include <safelink/hub/accounts.h>
#include <safelink/protocol/frame.h>
#include <safelink/protocol/sync.h>

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <optional>

namespace safelink::net {
class SecureChannel;
class SecureServer;
struct KeyPair;
} // namespace safelink::net

namespace safelink::store {
class Database;
class RecordStore;
} // namespace safelink::store

namespace safelink::hub {

class ChangeFeed;
class RecordingArchive;
class WriteService;

// The seats' side of the hub: accepts secure channels, signs seats in, streams the snapshot and the
// change feed to every subscribed seat, and applies their writes through the WriteService. All on
// the thread that owns the database. A bad frame gets an Error reply and a log line; a frame that
// cannot be decoded at all ends that one connection, never the hub.
class HubServer : public QObject {
    Q_OBJECT

public:
    HubServer(store::Database &db, AccountService &accounts, WriteService &writes, const net::KeyPair &keys,
              QObject *parent = nullptr);
    ~HubServer() override;

    Status listen(const QHostAddress &address, quint16 port);
    // Call recordings: seats upload sealed recordings into `archive` (received first into
    // `incomingDir`) and fetch them for playback; signed-in seats learn its public key. Without
    // one, uploads are refused and seats keep their recordings.
    void setRecordings(RecordingArchive *archive, const QString &incomingDir);
    // Where the hub's HTTP API listens (0: not at all); seats fetch the hub's map tiles there.
    void setHttpPort(quint16 port) { m_httpPort = port; }
    quint16 port() const;
    QByteArray publicKey() const;
    int connectedSeats() const { return int(m_peers.size()); }
    int subscribedSeats() const;
    // Every signed-in seat and what it is doing (the ACD reads this; seats get it on each change).
    QList<protocol::SeatEntry> seatBoard() const;
    // The ACD's queue of hotline calls, sent to every signed-in seat now and to each seat that signs
    // in later.
    void publishCallQueue(const protocol::CallQueue &queue);

    // Records per SnapshotChunk frame, and how many chunks go out before the hub lets other work run.
    static constexpr int kSnapshotChunk = 500;
    // A snapshot pauses while this much is still queued for the seat's socket.
    static constexpr qint64 kMaxQueuedBytes = 4 * 1024 * 1024;
    // Size of one SnapshotFile piece.
    static constexpr qint64 kFilePiece = 512 * 1024;

Q_SIGNALS:
    void seatSignedIn(const QString &login, const QString &seat);
    void seatLeft(const QString &login);
    void seatBoardChanged();

private:
    struct Peer;

    void onNewChannel(net::SecureChannel *channel);
    void onMessage(net::SecureChannel *channel, const QByteArray &payload);
    void onChannelGone(net::SecureChannel *channel);
    void onCommitted(const protocol::Change &change);

    void handleLogin(Peer &peer, const protocol::Frame &frame);
    void handleSubscribe(Peer &peer, const protocol::Frame &frame);
    void handleWrite(Peer &peer, const protocol::Frame &frame);
    void handleRecordingUpload(Peer &peer, const protocol::Frame &frame);
    void handleRecordingFetch(Peer &peer, const protocol::Frame &frame);
    void handleSeatStatus(Peer &peer, const protocol::Frame &frame);
    void handleHistory(Peer &peer, const protocol::Frame &frame);
    void broadcastBoard();
    void continueFetch(net::SecureChannel *channel);
    void continueSnapshot(net::SecureChannel *channel);
    void catchUp(Peer &peer);
    // A replica seed file at the current seq (made once per seq and shared by the seats asking).
    Result<QPair<QString, qint64>> replicaSeed();

    void send(Peer &peer, protocol::MessageType type, quint64 requestId, const QCborMap &body);
    void sendError(Peer &peer, quint64 requestId, const Error &error, const QCborMap &extra = {});

    store::Database &m_db;
    quint16 m_httpPort = 0;
    AccountService &m_accounts;
    WriteService &m_writes;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<store::RecordStore> m_records;
    net::SecureServer *m_server;
    QHash<net::SecureChannel *, Peer *> m_peers;
    RecordingArchive *m_recordings = nullptr;
    QString m_recordingsIncoming;
    QString m_seedPath;
    qint64 m_seedSeq = -1;
    QCborMap m_callQueue;
};

} // namespace safelink::hub
