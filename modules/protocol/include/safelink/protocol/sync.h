#pragma once

#include <safelink/core/enums.h>
#include <safelink/core/recordkind.h>
#include <safelink/core/result.h>

#include <QByteArray>
#include <QCborMap>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The bodies of the sync messages (see messages.h), one struct each, encoded on one side and
// decoded on the other by the same code. Every decoder checks types and ranges and answers
// ErrorCode::Invalid naming the field; unknown keys are ignored (a newer peer may add some).
//
//   desk                                   hub
//   Login {login, password, seat}     →
//         | {token, seat}                   ← LoginResult {token, accountId, login, displayName, roles,
//         expiresAt}
//   Subscribe {fromSeq}               →     (fromSeq 0: a snapshot first)
//                                       ← SnapshotChunk {kind, records: [CBOR bytes]} ...
//                                         or SnapshotFile {offset, total, data} ... (acceptsFile)
//                                       ← SnapshotDone {seq, snapshot}   (caught up to seq; live from here)
//                                       ← Change {seq, kind, id, version, deleted, record, at, author}
//   Write {kind, op, record | id, basedOn, key} →
//                                       ← WriteResult {seq, version, duplicate}
//                                       ← Error {code, message, field, current?}  (conflict: the record now)
//   Ping {}                           →  ← Pong {time}
//   RecordingUpload {id, offset, total, data} ... →   (a sealed .slrec file, in order, from offset 0)
//                                       ← RecordingStored {id, duplicate}   (on disk, verified) | Error
//   RecordingFetch {id, purpose}      →  ← RecordingData {id, offset, total, data} ... (plain WAV) | Error
//   HistoryRequest {kind, id}         →  ← History {kind, id, versions: [{version, at, author, authorName,
//                                           seat, deleted, record}]} (oldest first) | Error
//   HistoryRequest {kind, id: ""}     →  ← History {kind, "", versions: the deletions of the kind's records
//                                           that are still deleted, newest first, each with the record as
//                                           it was before (its id is inside)} | Error
namespace safelink::protocol {

struct LoginRequest {
    QString login;
    QString password;
    QString token; // instead of login + password: resume a session
    QString seat;

    QCborMap toBody() const;
    static Result<LoginRequest> fromBody(const QCborMap &body);
};

struct LoginReply {
    QString token;
    QString accountId;
    QString login;
    QString displayName;
    QList<core::Role> roles;
    QDateTime expiresAt;
    // The hub's recording public key (crypto_box): seats seal every call recording to it, so only
    // the hub can open them. Empty from a hub that has none.
    QByteArray recordingKey;
    // The seat's phone line from the hub's seat configuration (empty when the seat has none): the
    // desk registers with it unless the seat was given its own.
    QString sipProxy;
    QString sipUser;
    QString sipPassword;
    // The center's map tiles as "url|gcj02|maxZoom|attribution" (empty: no basemap). "{hub}" in
    // the URL stands for the hub's host as the desk reaches it (tiles the hub serves itself).
    QString mapTiles;

    QCborMap toBody() const;
    static Result<LoginReply> fromBody(const QCborMap &body);
};

struct SubscribeRequest {
    qint64 fromSeq = 0;
    // The desk takes a snapshot as a whole database file (SnapshotFile), much faster than records.
    bool acceptsFile = false;

    QCborMap toBody() const;
    static Result<SubscribeRequest> fromBody(const QCborMap &body);
};

struct SnapshotChunk {
    core::RecordKind kind = core::RecordKind::Subject;
    QList<QByteArray> records; // each a record's CBOR, as stored

    QCborMap toBody() const;
    static Result<SnapshotChunk> fromBody(const QCborMap &body);
};

// A piece of a snapshot database file: the hub's records at a seq, without the hub's own secrets
// (password hashes, sessions, audit log, change feed). Pieces arrive in order; offset checks it.
struct SnapshotFilePart {
    qint64 offset = 0;
    qint64 total = 0;
    QByteArray data;

    QCborMap toBody() const;
    static Result<SnapshotFilePart> fromBody(const QCborMap &body);
};

struct SnapshotDone {
    qint64 seq = 0;        // everything up to here is in the replica
    bool snapshot = false; // true after a full snapshot, false after catching up with changes

    QCborMap toBody() const;
    static Result<SnapshotDone> fromBody(const QCborMap &body);
};

// One accepted write, as every seat receives it. seq is the feed's position: dense order of commits,
// never reused, what a seat resumes from after a disconnect.
struct Change {
    qint64 seq = 0;
    core::RecordKind kind = core::RecordKind::Subject;
    QString recordId;
    qint64 version = 0;
    bool deleted = false;
    QByteArray data; // the record as stored (CBOR); empty for a delete
    QDateTime at;
    QString author; // account id
    QString idempotencyKey;

    QCborMap toBody() const;
    static Result<Change> fromBody(const QCborMap &body);
};

enum class WriteOp { Put, Delete };

// A write as a seat sends it: the record (put) or its id (delete), the version the writer saw
// (0 for a new record), and an idempotency key the writer made once, so that a write re-sent from
// an outbox after a lost reply is applied once.
struct WriteRequest {
    core::RecordKind kind = core::RecordKind::Case;
    WriteOp op = WriteOp::Put;
    QCborMap record;
    QString recordId; // deletes; for puts the record's own id
    qint64 basedOnVersion = 0;
    QString idempotencyKey;

    // A put of `record` (its "id" is the record id) based on `basedOnVersion` (0: a new record), or
    // a delete, each with a fresh idempotency key.
    static WriteRequest put(core::RecordKind kind, const QCborMap &record, qint64 basedOnVersion);
    static WriteRequest remove(core::RecordKind kind, const QString &recordId, qint64 basedOnVersion);

    QCborMap toBody() const;
    static Result<WriteRequest> fromBody(const QCborMap &body);
};

struct WriteReply {
    qint64 seq = 0;
    qint64 version = 0;
    bool duplicate = false;

    QCborMap toBody() const;
    static Result<WriteReply> fromBody(const QCborMap &body);
};

// A piece of a sealed recording on its way to the hub. Pieces of one recording arrive in order;
// offset 0 starts it again (a new connection after a drop restarts the upload).
struct RecordingUploadPart {
    QString recordingId;
    qint64 offset = 0;
    qint64 total = 0;
    QByteArray data;

    QCborMap toBody() const;
    static Result<RecordingUploadPart> fromBody(const QCborMap &body);
};

struct RecordingStoredReply {
    QString recordingId;
    bool duplicate = false; // the hub had it already (an upload re-sent after a lost reply)

    QCborMap toBody() const;
    static Result<RecordingStoredReply> fromBody(const QCborMap &body);
};

// A seat says what it is doing (SeatStatus, desk → hub). A break needs its reason.
struct SeatStatusUpdate {
    core::SeatActivity activity = core::SeatActivity::Away;
    QString reason; // at most 100 characters
    bool phoneRegistered = false;

    QCborMap toBody() const;
    static Result<SeatStatusUpdate> fromBody(const QCborMap &body);
};

// One signed-in seat on the hub's board (SeatBoard, hub → every seat, on each change).
struct SeatEntry {
    QString seat;
    QString accountId;
    QString login;
    QString displayName;
    core::SeatActivity activity = core::SeatActivity::Away;
    QString reason;
    bool phoneRegistered = false;
    QDateTime since; // when the activity began

    friend bool operator==(const SeatEntry &, const SeatEntry &) = default;
};

struct SeatBoard {
    QList<SeatEntry> seats; // ordered by seat name

    QCborMap toBody() const;
    static Result<SeatBoard> fromBody(const QCborMap &body);
};

// A hotline call waiting for a seat or ringing at one (CallQueue, hub → every seat, on each change):
// the desks' alarm queue shows them next to the alarms, supervisors see who waits how long.
struct QueuedCall {
    QString callId;
    QString caller;
    QString callerClass; // "terminal", "subject", "unknown"
    QString subjectId;
    QString subjectName;
    QStringList languages;
    QString ringingAt; // the seat's extension while it rings there; empty while waiting
    QDateTime since;   // entered the queue

    friend bool operator==(const QueuedCall &, const QueuedCall &) = default;
};

struct CallQueue {
    QList<QueuedCall> calls; // in the order seats are given to them

    QCborMap toBody() const;
    static Result<CallQueue> fromBody(const QCborMap &body);
};

// Every version of one record as the hub's change feed keeps it (who, when, from which seat), for
// the history of a knowledge-base article or, for supervisors, of any record.
struct HistoryRequest {
    core::RecordKind kind = core::RecordKind::KbArticle;
    QString recordId; // empty: the kind's records that are deleted now (for restoring them)

    QCborMap toBody() const;
    static Result<HistoryRequest> fromBody(const QCborMap &body);
};

struct RecordVersion {
    qint64 version = 0;
    QDateTime at;
    QString author; // account id
    QString authorName;
    QString seat;
    bool deleted = false;
    QByteArray record; // CBOR as stored; a deletion: empty, or in a deleted list the record before it
    friend bool operator==(const RecordVersion &, const RecordVersion &) = default;
};

struct RecordHistory {
    core::RecordKind kind = core::RecordKind::KbArticle;
    QString recordId;
    QList<RecordVersion> versions; // oldest first

    QCborMap toBody() const;
    static Result<RecordHistory> fromBody(const QCborMap &body);
};

enum class RecordingPurpose { Play, Export };

struct RecordingFetchRequest {
    QString recordingId;
    RecordingPurpose purpose = RecordingPurpose::Play;

    QCborMap toBody() const;
    static Result<RecordingFetchRequest> fromBody(const QCborMap &body);
};

// A piece of a recording's plain WAV, sent over the encrypted channel for playback or export.
struct RecordingDataPart {
    QString recordingId;
    qint64 offset = 0;
    qint64 total = 0;
    QByteArray data;

    QCborMap toBody() const;
    static Result<RecordingDataPart> fromBody(const QCborMap &body);
};

constexpr qint64 kRecordingPartBytes = 256 * 1024;
constexpr qint64 kMaxRecordingBytes = 1024LL * 1024 * 1024; // a 12-hour G.711 call is ~700 MB

} // namespace safelink::protocol
