#pragma once

#include <safelink/core/result.h>
#include <safelink/protocol/frame.h>
#include <safelink/protocol/sync.h>
#include <safelink/sync/replica.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace safelink::net {
class SecureChannel;
}

namespace safelink::sync {

// Where the desk is with the hub, as the status bar shows it.
enum class SyncState {
    Offline,    // no connection (the outbox keeps writes)
    Connecting, // connecting and signing in
    CatchingUp, // receiving the snapshot or the changes missed while away
    Live,       // up to date; changes arrive as they happen
};

struct SyncConfig {
    QString host;
    quint16 port = 0;
    QByteArray pinnedHubKey; // the hub's public key; empty = trust on first use (stored in the replica)
    QString login;
    QString password;
    QString seat;
    // Take a first snapshot as a database file (much faster than record by record).
    bool acceptSnapshotFile = true;
    // Sealed call recordings waiting for the hub (files <id>.slrec); "<replica>.recordings" when empty.
    QString recordingOutbox;
    int minReconnectMs = 500;
    int maxReconnectMs = 15000;
};

// A desk's connection to the hub: keeps the replica following the change feed (snapshot first, then
// incremental, resumed from the last seq after any disconnect) and drains the outbox in order. A write
// is on disk before write() returns; it is re-sent after a reconnect until the hub answers, and the
// idempotency key makes the hub apply it once.
class SyncClient : public QObject {
    Q_OBJECT

public:
    SyncClient(Replica &replica, SyncConfig config, QObject *parent = nullptr);
    ~SyncClient() override;

    void start();
    void stop();

    // Queues a write; it is sent now when live, later otherwise. Returns the idempotency key, or the
    // validation error (nothing queued).
    Result<QString> write(const protocol::WriteRequest &request);

    // Call recordings: sealed files placed in recordingOutbox() are uploaded in order whenever the
    // desk is signed in, and deleted only after the hub answers that it has stored and verified
    // them; an upload cut off by a drop starts again on the next connection. A file the hub refuses
    // for good moves to the outbox's "refused" folder (never deleted) and is reported.
    QString recordingOutbox() const;
    // The signed-in account (kept in the replica: known offline too); empty before the first sign-in.
    QString accountId() const { return m_accountId; }
    // A session token from an earlier sign-in is kept: the seat signs in again without a password
    // until the hub's session ends.
    bool hasSession() const;
    // New login and password after a refused sign-in; start() tries again.
    void setCredentials(const QString &login, const QString &password);
    // What this seat is doing (ready, busy, wrap-up, break with a reason, away); sent now when
    // signed in, and again after every reconnect, so the hub's board is right after an outage.
    void setSeatStatus(const protocol::SeatStatusUpdate &status);
    protocol::SeatStatusUpdate seatStatus() const { return m_seatStatus; }
    // Every signed-in seat, as the hub last sent it.
    QList<protocol::SeatEntry> seatBoard() const { return m_board; }
    // Hotline calls waiting for a seat or ringing at one, as the hub last said.
    QList<protocol::QueuedCall> callQueue() const { return m_callQueue; }
    QString displayName() const { return m_displayName; }
    // The seat's phone line from the hub's seat configuration (kept in the replica, so that the
    // phone registers even when the desk starts while the hub is away); empty user when none.
    struct SipLine {
        QString proxy;
        QString user;
        QString password;
    };
    SipLine sipLine() const { return m_sipLine; }
    // The center's map tiles from the hub ("url|gcj02|maxZoom|attribution", "{hub}" replaced by
    // the hub's host), kept in the replica; empty when the center has no basemap.
    QString mapTiles() const { return m_mapTiles; }
    int pendingRecordings() const;
    void uploadRecordings();
    // The hub's public recording key (learned at sign-in, kept in the replica); empty until then.
    QByteArray recordingKey() const { return m_recordingKey; }
    // Asks the hub for every version of a record (historyReceived or historyFailed follows).
    void requestHistory(core::RecordKind kind, const QString &recordId);
    // The signed-in account's roles (kept in the replica); empty before the first sign-in.
    QList<core::Role> roles() const { return m_roles; }
    bool hasRole(core::Role role) const { return m_roles.contains(role); }
    // Asks the hub for a recording's plain WAV (for playback, or export when the policy allows it).
    void fetchRecording(const QString &recordingId, protocol::RecordingPurpose purpose);

    SyncState state() const { return m_state; }
    int pendingWrites() const { return m_pending; }
    qint64 lastSeq() const { return m_lastSeq; }
    QByteArray hubKey() const { return m_config.pinnedHubKey; }

    static QString stateText(SyncState state);

Q_SIGNALS:
    void stateChanged(safelink::sync::SyncState state);
    void pendingChanged(int count);
    void changeApplied(const safelink::protocol::Change &change);
    void snapshotApplied(qint64 seq);
    void writeAccepted(const QString &key, qint64 seq, qint64 version);
    // The hub refused a write for good (conflict, invalid, forbidden): it left the outbox; for a
    // conflict, `current` is the record as the hub has it now, to show the agent.
    void writeRejected(const QString &key, const safelink::Error &error, const QCborMap &current);
    void signInFailed(const safelink::Error &error);
    void signedIn(const QString &accountId, const QString &displayName);
    void sipLineChanged(const QString &proxy, const QString &user, const QString &password);
    void mapTilesChanged(const QString &tiles);
    void seatBoardChanged(const QList<safelink::protocol::SeatEntry> &seats);
    void callQueueChanged(const QList<safelink::protocol::QueuedCall> &calls);
    void seatStatusRefused(const safelink::Error &error);
    void historyReceived(const safelink::protocol::RecordHistory &history);
    void historyFailed(safelink::core::RecordKind kind, const QString &recordId,
                       const safelink::Error &error);
    void hubKeyLearned(const QByteArray &key);
    void recordingKeyLearned(const QByteArray &key);
    void recordingUploaded(const QString &recordingId, bool duplicate);
    void recordingRefused(const QString &recordingId, const safelink::Error &error);
    void pendingRecordingsChanged(int count);
    void recordingFetched(const QString &recordingId, const QByteArray &wav);
    void recordingFetchFailed(const QString &recordingId, const safelink::Error &error);

private:
    void connectNow();
    void scheduleReconnect();
    void setState(SyncState state);
    void onEstablished();
    void onMessage(const QByteArray &payload);
    void onGone(const QString &why);
    void sendFrame(protocol::MessageType type, const QCborMap &body, quint64 requestId);
    quint64 nextRequestId() { return ++m_requestCounter; }
    void login(bool withToken);
    void subscribe();
    void drainOutbox();
    void refreshPending();
    void fatal(const Error &error);
    void sendRecordingParts();
    void onRecordingMessage(const protocol::Frame &frame);
    void finishUpload(const QString &outcome);

    Replica &m_replica;
    SyncConfig m_config;
    QPointer<net::SecureChannel> m_channel;
    QTimer m_reconnect;
    int m_backoffMs = 0;
    bool m_running = false;
    SyncState m_state = SyncState::Offline;
    int m_pending = 0;
    qint64 m_lastSeq = 0;
    quint64 m_requestCounter = 0;
    quint64 m_loginRequest = 0;
    bool m_loginWithToken = false;
    bool m_signedIn = false;
    bool m_snapshotStarted = false;
    QHash<quint64, QString> m_inFlight; // request id → idempotency key
    QSet<QString> m_sentKeys;           // keys sent on this connection
    std::unique_ptr<QFile> m_incoming;  // a snapshot file being received
    QByteArray m_recordingKey;
    // The recording being uploaded on this connection (one at a time, parts sent as the socket drains).
    struct Upload {
        QString id;
        std::unique_ptr<QFile> file;
        quint64 requestId = 0;
        qint64 sent = 0;
    } m_upload;
    struct Fetch {
        QString id;
        QByteArray data;
    };
    QHash<quint64, Fetch> m_fetches;
    QHash<quint64, protocol::HistoryRequest> m_histories;
    QList<core::Role> m_roles;
    QString m_accountId;
    QString m_displayName;
    protocol::SeatStatusUpdate m_seatStatus;
    QList<protocol::QueuedCall> m_callQueue;
    quint64 m_seatStatusRequest = 0;
    QList<protocol::SeatEntry> m_board;
    void sendSeatStatus();
    SipLine m_sipLine;
    QString m_mapTiles;
};

} // namespace safelink::sync
