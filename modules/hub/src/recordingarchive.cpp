#include <safelink/hub/auditlog.h>
#include <safelink/hub/recordingarchive.h>
#include <safelink/recording/durablefile.h>
#include <safelink/store/database.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcRecordings, "safelink.hub.recordings")

namespace safelink::hub {

using recording::DurableFile;
using recording::RecordingHeader;
using recording::RecordingKeys;

namespace {

const QString kKind = QStringLiteral("recording");
const QString kAllowDelete = QStringLiteral("recordings.allow_delete");
const QString kAllowExport = QStringLiteral("recordings.allow_export");

const QString kColumns = QStringLiteral(
    "id, call_id, seat, account, started_at, ended_at, duration_ms, size, sealed_size, sha, path, stored_at, "
    "deleted, deleted_at, deleted_by");

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QDateTime() : QDateTime::fromString(s, Qt::ISODateWithMs).toUTC();
}

// A null QString binds as NULL, and NULL = '' is not true: bind empty filters as ''.
QString filterText(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("") : s;
}

RecordingEntry entryFrom(const QSqlQuery &q)
{
    RecordingEntry e;
    e.id = q.value(0).toString();
    e.callId = q.value(1).toString();
    e.seat = q.value(2).toString();
    e.account = q.value(3).toString();
    e.startedAt = timeFrom(q.value(4));
    e.endedAt = timeFrom(q.value(5));
    e.durationMs = q.value(6).toLongLong();
    e.size = q.value(7).toLongLong();
    e.sealedSize = q.value(8).toLongLong();
    e.sha256 = q.value(9).toString();
    e.path = q.value(10).toString();
    e.storedAt = timeFrom(q.value(11));
    e.deleted = q.value(12).toInt() != 0;
    e.deletedAt = timeFrom(q.value(13));
    e.deletedBy = q.value(14).toString();
    return e;
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

// Overwrites the sealed stream key of a file about to be deleted, so that blocks of it found on the
// disk later cannot be opened even with the hub's key (best effort: SSDs and copy-on-write file
// systems may keep the old block).
void shredKeyBlock(const QString &path)
{
    auto header = recording::readHeader(path);
    QFile f(path);
    if (!header || !f.open(QIODevice::ReadWrite))
        return;
    const qint64 keyBlock = 12 + header->headerSize;
    if (f.seek(keyBlock) && f.write(QByteArray(80, '\0')) == 80 && f.flush())
        ::fsync(f.handle());
}

} // namespace

RecordingArchive::RecordingArchive(store::Database &db, AuditLog &audit, QString dataDir, RecordingKeys keys,
                                   Clock clock)
    : m_db(db)
    , m_audit(audit)
    , m_dataDir(std::move(dataDir))
    , m_keys(std::move(keys))
    , m_clock(std::move(clock))
{
}

QString RecordingArchive::keyPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("recordings.key"));
}

QString RecordingArchive::folder(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("recordings"));
}

Result<RecordingKeys> RecordingArchive::loadOrCreateKeys(const QString &dataDir, bool *created)
{
    if (created)
        *created = false;
    const QString file = keyPath(dataDir);
    if (QFileInfo::exists(file))
        return RecordingKeys::load(file);
    RecordingKeys keys = RecordingKeys::generate();
    if (Status s = keys.save(file); !s)
        return s.error();
    qCInfo(lcRecordings).noquote() << "created the recording key pair" << file;
    if (created)
        *created = true;
    return keys;
}

QDateTime RecordingArchive::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString RecordingArchive::absolutePath(const RecordingEntry &entry) const
{
    return QDir(m_dataDir).filePath(entry.path);
}

Status RecordingArchive::refuse(const Actor &actor, const QString &action, const QString &id,
                                const Error &error)
{
    qCInfo(lcRecordings).noquote() << action << id << "by" << actor.login << ":" << error.toString();
    // The refusal is what matters to the caller even if it cannot be logged.
    (void)m_audit.record(actor, action + QStringLiteral("_refused"), kKind, id, error.message);
    return error;
}

Result<RecordingEntry> RecordingArchive::find(const QString &id)
{
    auto q = m_db.prepared(QStringLiteral("SELECT %1 FROM recordings WHERE id = ?").arg(kColumns));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    query.addBindValue(id);
    if (!query.exec())
        return store::sqlError(QStringLiteral("recording"), query.lastError());
    if (!query.next()) {
        query.finish();
        return makeError(ErrorCode::NotFound, tr("There is no recording %1.").arg(id));
    }
    RecordingEntry e = entryFrom(query);
    query.finish();
    return e;
}

Result<RecordingEntry> RecordingArchive::findLive(const QString &id)
{
    auto e = find(id);
    if (e && e->deleted)
        return makeError(ErrorCode::NotFound,
                         tr("The recording %1 was deleted on %2 by %3.")
                             .arg(id, e->deletedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  e->deletedBy));
    return e;
}

Result<StoredRecording> RecordingArchive::store(const QString &receivedFile, const Actor &uploader)
{
    const QString action = QStringLiteral("recording_store");
    if (uploader.roles.isEmpty())
        return refuse(uploader, action, {},
                      makeError(ErrorCode::Forbidden, tr("This account may not upload recordings.")))
            .error();
    if (!m_keys.isValid())
        return makeError(ErrorCode::Internal,
                         tr("The hub has no recording key; recordings cannot be stored."));
    auto header = recording::readHeader(receivedFile);
    if (!header)
        return refuse(uploader, action, {}, header.error()).error();
    const QString id = header->meta.recordingId;

    auto existing = find(id);
    if (!existing && existing.error().code != ErrorCode::NotFound)
        return existing.error();
    if (!existing)
        return storeNew(receivedFile, *header, uploader);

    // The same id again: a seat re-sending after a lost reply, or a recording sealed twice. Same audio
    // (compared on the verified plaintext hash: two sealings differ in every byte) is a duplicate.
    auto verified = recording::verify(receivedFile, m_keys);
    if (!verified)
        return refuse(uploader, action, id, verified.error()).error();
    if (verified->sha256Hex() != existing->sha256)
        return refuse(
                   uploader, action, id,
                   makeError(ErrorCode::Conflict,
                             tr("A different recording is already stored as %1; the new one was not stored.")
                                 .arg(id)))
            .error();
    if (Status s = m_audit.record(uploader, action, kKind, id, QStringLiteral("duplicate")); !s)
        return s.error();
    return StoredRecording{*existing, true};
}

Result<StoredRecording> RecordingArchive::storeNew(const QString &receivedFile, const RecordingHeader &header,
                                                   const Actor &uploader)
{
    const QString action = QStringLiteral("recording_store");
    const QString id = header.meta.recordingId;
    const QDateTime storedAt = now();
    const QDateTime month =
        header.meta.startedAt.isValid() ? header.meta.startedAt.toUTC() : storedAt.toUTC();
    const QString relative = QStringLiteral("recordings/%1/%2/%3%4")
                                 .arg(month.date().year(), 4, 10, QLatin1Char('0'))
                                 .arg(month.date().month(), 2, 10, QLatin1Char('0'))
                                 .arg(id, QLatin1String(recording::kRecordingFileSuffix));
    const QString target = QDir(m_dataDir).filePath(relative);

    // Copy, then verify the copy: what is verified is exactly what is kept.
    QFile in(receivedFile);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         tr("Cannot read the received recording %1: %2").arg(receivedFile, in.errorString()));
    DurableFile out(target);
    if (Status s = out.open(); !s)
        return s.error();
    QByteArray buffer(recording::kRecordingChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(
                ErrorCode::Io,
                tr("Cannot read the received recording %1: %2").arg(receivedFile, in.errorString()));
        if (n == 0)
            break;
        if (out.device().write(buffer.constData(), n) != n)
            return makeError(ErrorCode::Io,
                             tr("Cannot store the recording %1: %2").arg(id, out.device().errorString()));
    }
    if (!static_cast<QFileDevice &>(out.device()).flush())
        return makeError(ErrorCode::Io,
                         tr("Cannot store the recording %1: %2").arg(id, out.device().errorString()));
    auto verified = recording::verify(out.temporaryName(), m_keys);
    if (!verified)
        return refuse(uploader, action, id, verified.error()).error();
    if (verified->meta.recordingId != id || verified->meta.startedAt != header.meta.startedAt)
        return makeError(ErrorCode::Conflict,
                         tr("The recording %1 changed while it was being stored.").arg(id));
    const qint64 sealedSize = QFileInfo(out.temporaryName()).size();
    if (Status s = out.commit(); !s)
        return s.error();

    const recording::RecordingMeta &meta = verified->meta;
    RecordingEntry entry;
    entry.id = id;
    entry.callId = meta.callId;
    entry.seat = meta.seat;
    entry.account = uploader.accountId.isEmpty() ? uploader.login : uploader.accountId;
    entry.startedAt = meta.startedAt;
    entry.endedAt = meta.endedAt;
    entry.durationMs = meta.durationMs;
    entry.size = verified->plainSize;
    entry.sealedSize = sealedSize;
    entry.sha256 = verified->sha256Hex();
    entry.path = relative;
    entry.storedAt = storedAt;

    Status s = m_db.transaction([&]() -> Status {
        auto q = m_db.prepared(QStringLiteral(
            "INSERT INTO recordings (id, call_id, seat, account, started_at, ended_at, duration_ms, size, "
            "sealed_size, sha, path, stored_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
        if (!q)
            return q.error();
        QSqlQuery &query = **q;
        query.addBindValue(entry.id);
        query.addBindValue(entry.callId);
        query.addBindValue(entry.seat);
        query.addBindValue(entry.account);
        query.addBindValue(timeText(entry.startedAt));
        query.addBindValue(timeText(entry.endedAt));
        query.addBindValue(entry.durationMs);
        query.addBindValue(entry.size);
        query.addBindValue(entry.sealedSize);
        query.addBindValue(entry.sha256);
        query.addBindValue(entry.path);
        query.addBindValue(timeText(entry.storedAt));
        if (!query.exec())
            return store::sqlError(QStringLiteral("store recording"), query.lastError());
        return m_audit.record(uploader, action, kKind, id,
                              QStringLiteral("call %1, seat %2, %3 ms, %4 bytes")
                                  .arg(entry.callId, entry.seat)
                                  .arg(entry.durationMs)
                                  .arg(entry.size));
    });
    if (!s) {
        // Not indexed, so never acknowledged: the seat keeps its copy and sends it again.
        QFile::remove(target);
        return s.error();
    }
    qCInfo(lcRecordings).noquote() << "stored recording" << id << "from" << uploader.login << "as"
                                   << relative;
    return StoredRecording{entry, false};
}

Result<QList<RecordingEntry>> RecordingArchive::list(const RecordingFilter &filter, const Actor &actor)
{
    const QString action = QStringLiteral("recording_list");
    if (actor.roles.isEmpty())
        return refuse(actor, action, {},
                      makeError(ErrorCode::Forbidden, tr("This account may not list recordings.")))
            .error();
    auto q = m_db.prepared(
        QStringLiteral(
            "SELECT %1 FROM recordings WHERE (? = '' OR call_id = ?) AND (? = '' OR seat = ?) "
            "AND (? = '' OR account = ?) AND (? = '' OR started_at >= ?) AND (? = '' OR started_at < ?) "
            "AND (? = 1 OR deleted = 0) ORDER BY COALESCE(started_at, stored_at) DESC, id DESC LIMIT ?")
            .arg(kColumns));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    for (const QString &value :
         {filter.callId, filter.seat, filter.account, timeText(filter.from), timeText(filter.to)}) {
        query.addBindValue(filterText(value));
        query.addBindValue(filterText(value));
    }
    query.addBindValue(filter.includeDeleted ? 1 : 0);
    query.addBindValue(filter.limit > 0 ? filter.limit : 100);
    if (!query.exec())
        return store::sqlError(QStringLiteral("list recordings"), query.lastError());
    QList<RecordingEntry> out;
    while (query.next())
        out.append(entryFrom(query));
    query.finish();
    QStringList detail;
    if (!filter.callId.isEmpty())
        detail << QStringLiteral("call %1").arg(filter.callId);
    if (!filter.seat.isEmpty())
        detail << QStringLiteral("seat %1").arg(filter.seat);
    if (!filter.account.isEmpty())
        detail << QStringLiteral("account %1").arg(filter.account);
    if (filter.from.isValid() || filter.to.isValid())
        detail << QStringLiteral("from %1 to %2").arg(timeText(filter.from), timeText(filter.to));
    detail << QStringLiteral("%1 found").arg(out.size());
    if (Status s = m_audit.record(actor, action, kKind, {}, detail.join(QStringLiteral(", "))); !s)
        return s.error();
    return out;
}

Result<std::unique_ptr<recording::RecordingReader>> RecordingArchive::openForPlayback(const QString &id,
                                                                                      const Actor &actor)
{
    return openReader(id, actor, QStringLiteral("recording_play"), QString());
}

Result<std::unique_ptr<recording::RecordingReader>> RecordingArchive::openForExport(const QString &id,
                                                                                    const Actor &actor)
{
    const QString action = QStringLiteral("recording_export");
    if (Status s = exportAllowed(actor, action, id); !s)
        return s.error();
    return openReader(id, actor, action, QStringLiteral("sent to seat %1").arg(actor.seat));
}

Result<std::unique_ptr<recording::RecordingReader>> RecordingArchive::openReader(const QString &id,
                                                                                 const Actor &actor,
                                                                                 const QString &action,
                                                                                 const QString &detail)
{
    if (actor.roles.isEmpty())
        return refuse(actor, action, id,
                      makeError(ErrorCode::Forbidden, tr("This account may not play recordings.")))
            .error();
    auto entry = findLive(id);
    if (!entry)
        return refuse(actor, action, id, entry.error()).error();
    auto reader = recording::RecordingReader::openFile(absolutePath(*entry), m_keys);
    if (!reader) {
        qCWarning(lcRecordings).noquote()
            << "cannot open stored recording" << id << ":" << reader.error().toString();
        return refuse(actor, action, id, reader.error()).error();
    }
    if ((*reader)->header().sha256Hex() != entry->sha256)
        return refuse(actor, action, id,
                      makeError(ErrorCode::Invalid,
                                tr("The file of the recording %1 is not the one that was stored.").arg(id)))
            .error();
    // No audit line, no audio: who listened must be known.
    if (Status s = m_audit.record(actor, action, kKind, id, detail); !s)
        return s.error();
    return reader;
}

Status RecordingArchive::exportAllowed(const Actor &actor, const QString &action, const QString &id)
{
    auto policy = this->policy();
    if (!policy)
        return policy.error();
    if (!policy->allowExport)
        return refuse(
            actor, action, id,
            makeError(ErrorCode::Forbidden,
                      tr("This center does not allow recordings to be exported; an administrator can "
                         "change that.")));
    if (actor.roles.isEmpty())
        return refuse(actor, action, id,
                      makeError(ErrorCode::Forbidden, tr("This account may not export recordings.")));
    return {};
}

Status RecordingArchive::exportTo(const QString &id, const QString &path, const Actor &actor)
{
    const QString action = QStringLiteral("recording_export");
    if (Status s = exportAllowed(actor, action, id); !s)
        return s;
    auto entry = findLive(id);
    if (!entry)
        return refuse(actor, action, id, entry.error());
    if (QFileInfo::exists(path))
        return refuse(actor, action, id,
                      makeError(ErrorCode::Conflict,
                                tr("%1 exists already; an export never overwrites a file.").arg(path)));
    DurableFile out(path);
    if (Status s = out.open(); !s)
        return s;
    auto opened = recording::openToDevice(absolutePath(*entry), m_keys, out.device());
    if (!opened) {
        qCWarning(lcRecordings).noquote()
            << "cannot export recording" << id << ":" << opened.error().toString();
        return refuse(actor, action, id, opened.error());
    }
    if (opened->sha256Hex() != entry->sha256)
        return refuse(actor, action, id,
                      makeError(ErrorCode::Invalid,
                                tr("The file of the recording %1 is not the one that was stored.").arg(id)));
    if (Status s = out.commit(DurableFile::Existing::Refuse); !s)
        return s;
    if (Status s = m_audit.record(actor, action, kKind, id, QFileInfo(path).absoluteFilePath()); !s) {
        // An export nobody can account for is not left behind.
        QFile::remove(path);
        return s;
    }
    return {};
}

Status RecordingArchive::remove(const QString &id, const Actor &actor)
{
    const QString action = QStringLiteral("recording_delete");
    auto policy = this->policy();
    if (!policy)
        return policy.error();
    if (!policy->allowDelete)
        return refuse(actor, action, id,
                      makeError(ErrorCode::Forbidden,
                                tr("This center does not allow recordings to be deleted; they are kept as "
                                   "evidence. An administrator can change that.")));
    if (!actor.has(core::Role::Admin))
        return refuse(actor, action, id,
                      makeError(ErrorCode::Forbidden, tr("Only an administrator may delete recordings.")));
    auto entry = find(id);
    if (!entry)
        return refuse(actor, action, id, entry.error());
    const QString file = absolutePath(*entry);
    if (entry->deleted) {
        // Marked deleted before, but its file could not be removed then: finish the job.
        if (QFileInfo::exists(file) && QFile::remove(file))
            return {};
        return findLive(id).error();
    }
    const QDateTime at = now();
    Status s = m_db.transaction([&]() -> Status {
        auto q = m_db.prepared(
            QStringLiteral("UPDATE recordings SET deleted = 1, deleted_at = ?, deleted_by = ? WHERE id = ?"));
        if (!q)
            return q.error();
        QSqlQuery &query = **q;
        query.addBindValue(timeText(at));
        query.addBindValue(actor.login);
        query.addBindValue(id);
        if (!query.exec())
            return store::sqlError(QStringLiteral("delete recording"), query.lastError());
        return m_audit.record(
            actor, action, kKind, id,
            QStringLiteral("call %1, seat %2, sha256 %3").arg(entry->callId, entry->seat, entry->sha256));
    });
    if (!s)
        return s;
    shredKeyBlock(file);
    if (QFileInfo::exists(file) && !QFile::remove(file)) {
        qCWarning(lcRecordings).noquote() << "recording" << id << "marked deleted but" << file << "remains";
        return makeError(
            ErrorCode::Io,
            tr("The recording %1 is marked deleted, but its file %2 could not be removed.").arg(id, file));
    }
    (void)DurableFile::syncFolder(QFileInfo(file).absolutePath());
    return {};
}

Result<RecordingPolicy> RecordingArchive::policy()
{
    auto q = m_db.prepared(QStringLiteral("SELECT name, value FROM center_settings WHERE name IN (?, ?)"));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    query.addBindValue(kAllowDelete);
    query.addBindValue(kAllowExport);
    if (!query.exec())
        return store::sqlError(QStringLiteral("recording policy"), query.lastError());
    RecordingPolicy p;
    while (query.next()) {
        const bool on = query.value(1).toString() == QLatin1String("yes");
        if (query.value(0).toString() == kAllowDelete)
            p.allowDelete = on;
        else
            p.allowExport = on;
    }
    query.finish();
    return p;
}

Status RecordingArchive::setPolicy(const RecordingPolicy &policy, const Actor &actor)
{
    const QString action = QStringLiteral("recording_policy");
    const QString wanted = QStringLiteral("allow delete %1, allow export %2")
                               .arg(yesNo(policy.allowDelete), yesNo(policy.allowExport));
    if (!actor.has(core::Role::Admin))
        return refuse(actor, action, {},
                      makeError(ErrorCode::Forbidden,
                                tr("Only an administrator may change what is allowed with recordings.")));
    auto before = this->policy();
    if (!before)
        return before.error();
    return m_db.transaction([&]() -> Status {
        const QString at = timeText(now());
        for (const auto &[name, on] :
             {std::pair{kAllowDelete, policy.allowDelete}, std::pair{kAllowExport, policy.allowExport}}) {
            auto q = m_db.prepared(QStringLiteral(
                "INSERT INTO center_settings (name, value, changed_at, changed_by) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at, "
                "changed_by = excluded.changed_by"));
            if (!q)
                return q.error();
            QSqlQuery &query = **q;
            query.addBindValue(name);
            query.addBindValue(yesNo(on));
            query.addBindValue(at);
            query.addBindValue(actor.login);
            if (!query.exec())
                return store::sqlError(QStringLiteral("recording policy"), query.lastError());
        }
        return m_audit.record(actor, action, {}, {},
                              wanted
                                  + QStringLiteral(" (was: allow delete %1, allow export %2)")
                                        .arg(yesNo(before->allowDelete), yesNo(before->allowExport)));
    });
}

} // namespace safelink::hub
