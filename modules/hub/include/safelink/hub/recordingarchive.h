#pragma once

#include <safelink/core/result.h>
#include <safelink/hub/accounts.h>
#include <safelink/hub/actor.h>
#include <safelink/recording/recordingfile.h>
#include <safelink/recording/recordingkeys.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

class AuditLog;

// What the center allows done with its recordings. Recordings are evidence: by default they can
// neither be deleted nor exported, and only an administrator changes that.
struct RecordingPolicy {
    bool allowDelete = false;
    bool allowExport = false;

    bool operator==(const RecordingPolicy &) const = default;
};

// One recording the hub keeps (a row of the recordings table).
struct RecordingEntry {
    QString id;
    QString callId;
    QString seat;
    QString account; // the account signed in at the seat that uploaded it
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 durationMs = 0;
    qint64 size = 0;       // plaintext WAV bytes
    qint64 sealedSize = 0; // bytes on disk
    QString sha256;        // of the plaintext WAV, hex
    QString path;          // of the sealed file, relative to the data folder
    QDateTime storedAt;
    bool deleted = false;
    QDateTime deletedAt;
    QString deletedBy;
};

// Empty fields match everything; `from`/`to` bound the call's start, [from, to).
struct RecordingFilter {
    QString callId;
    QString seat;
    QString account;
    QDateTime from;
    QDateTime to;
    bool includeDeleted = false;
    int limit = 100;
};

struct StoredRecording {
    RecordingEntry entry;
    bool duplicate = false; // it was stored before, with the same audio
};

// The hub's archive of call recordings. Seats upload sealed SLREC1 files (recording/recordingfile.h);
// the archive keeps them sealed under <data folder>/recordings/YYYY/MM/<id>.slrec (the month the
// call started, UTC), indexes them in the recordings table and opens them only to play them or,
// when the center's policy allows it, to export them. Every action, refused ones included, is
// written to the audit log with the actor.
//
// Who may do what: any account with a role may store, list and play; exporting needs the policy's
// allowExport; deleting needs allowDelete and the admin role; changing the policy needs the admin
// role. Refusals are ErrorCode::Forbidden.
class RecordingArchive {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::RecordingArchive)

public:
    // `keys`: the hub's recording key pair; without a valid one, list and policy still work.
    RecordingArchive(store::Database &db, AuditLog &audit, QString dataDir, recording::RecordingKeys keys,
                     Clock clock = {});

    // <data folder>/recordings.key and <data folder>/recordings.
    static QString keyPath(const QString &dataDir);
    static QString folder(const QString &dataDir);
    // The data folder's recording key pair, created (mode 0600) when the folder has none: by `init`,
    // and by `serve` on a data folder made before recordings existed. `created` tells which happened.
    static Result<recording::RecordingKeys> loadOrCreateKeys(const QString &dataDir, bool *created = nullptr);

    QByteArray publicKey() const { return m_keys.publicKey; }

    // Takes a sealed file the network layer has received into `receivedFile` (left where it is: the
    // caller removes it). It is copied under a temporary name, verified with the hub's key, fsynced
    // and renamed into place, then indexed. The same recording arriving again (same id, same audio)
    // is a duplicate, not an error; different audio under an existing id is ErrorCode::Conflict; a
    // damaged file or one sealed to another key is ErrorCode::Invalid.
    Result<StoredRecording> store(const QString &receivedFile, const Actor &uploader);

    // Newest call first.
    Result<QList<RecordingEntry>> list(const RecordingFilter &filter, const Actor &actor);

    // The plaintext WAV as a sequential device, decrypted as it is read (the audit log records who
    // listened). ErrorCode::NotFound for an unknown or deleted recording.
    Result<std::unique_ptr<recording::RecordingReader>> openForPlayback(const QString &id,
                                                                        const Actor &actor);

    // The same for an export to a seat over the network: refused (ErrorCode::Forbidden) unless the
    // policy allows exports, and audited as an export.
    Result<std::unique_ptr<recording::RecordingReader>> openForExport(const QString &id, const Actor &actor);

    // Writes the plaintext WAV to `path` (never over an existing file: ErrorCode::Conflict), fsynced.
    Status exportTo(const QString &id, const QString &path, const Actor &actor);

    // Deletes the sealed file (after overwriting its key block) and marks the row deleted; the row
    // stays, with who deleted it and when.
    Status remove(const QString &id, const Actor &actor);

    Result<RecordingPolicy> policy();
    Status setPolicy(const RecordingPolicy &policy, const Actor &actor);

private:
    QDateTime now() const;
    Result<RecordingEntry> find(const QString &id);
    Result<RecordingEntry> findLive(const QString &id);
    QString absolutePath(const RecordingEntry &entry) const;
    Status refuse(const Actor &actor, const QString &action, const QString &id, const Error &error);
    Status exportAllowed(const Actor &actor, const QString &action, const QString &id);
    Result<std::unique_ptr<recording::RecordingReader>>
    openReader(const QString &id, const Actor &actor, const QString &action, const QString &detail);
    Result<StoredRecording> storeNew(const QString &receivedFile, const recording::RecordingHeader &header,
                                     const Actor &uploader);

    store::Database &m_db;
    AuditLog &m_audit;
    QString m_dataDir;
    recording::RecordingKeys m_keys;
    Clock m_clock;
};

} // namespace safelink::hub
