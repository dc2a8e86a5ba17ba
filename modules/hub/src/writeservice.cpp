#include <safelink/hub/auditlog.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>

#include <QCborValue>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcWrite, "safelink.hub.write")

namespace safelink::hub {

using namespace safelink::core;

namespace {
class WriteText {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::WriteService)

public:
    static QString forbidden(const QString &kind)
    {
        return tr("Your role may not change records of type %1.").arg(kind);
    }
    static QString noKey() { return tr("A write needs an idempotency key."); }
    static QString stale(qint64 based, qint64 current)
    {
        return tr("Someone else changed this record first (you started from version %1, it is now version "
                  "%2). "
                  "Review the current record and apply your change again.")
            .arg(based)
            .arg(current);
    }
    static QString exists() { return tr("A record with this id already exists."); }
    static QString missing() { return tr("The record does not exist (it may have been deleted)."); }
    static QString noId() { return tr("Which record to delete is missing."); }
};
} // namespace

WriteService::WriteService(store::Database &db, AuditLog &audit, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
    , m_feed(db)
    , m_records(std::make_unique<store::RecordStore>(db))
{
}

WriteService::~WriteService() = default;

bool WriteService::mayWrite(const Actor &actor, RecordKind kind, WriteOp op)
{
    if (actor.has(Role::Admin))
        return true;
    if (actor.has(Role::Supervisor)) {
        if (kind == RecordKind::Account || kind == RecordKind::Seat)
            return false;
        // Cases, calls and alarms are evidence: nobody but an admin deletes them.
        return op == WriteOp::Put
               || (kind != RecordKind::Case && kind != RecordKind::Call && kind != RecordKind::Alarm);
    }
    if (actor.has(Role::Agent)) {
        if (op == WriteOp::Delete)
            return false;
        return kind == RecordKind::Case || kind == RecordKind::Call || kind == RecordKind::WorkOrder
               || kind == RecordKind::Subject || kind == RecordKind::Household || kind == RecordKind::Alarm;
    }
    return false; // auditors read only
}

// 工单编号: a case gets its human-readable number from the hub, "JJ-20261124-0007" — the type's
// prefix, the center's local date, the day's sequence. An update keeps the number it had.
Status WriteService::numberCase(QCborMap &record, const QCborMap &existing, const QDateTime &now)
{
    const QString key = QStringLiteral("number");
    if (!record.value(key).toString().isEmpty())
        return {};
    if (const QString had = existing.value(key).toString(); !had.isEmpty()) {
        record.insert(key, had);
        return {};
    }
    static const QHash<QString, QString> prefixes{
        {QStringLiteral("emergency"), QStringLiteral("JJ")},
        {QStringLiteral("consultation"), QStringLiteral("ZX")},
        {QStringLiteral("complaint"), QStringLiteral("TS")},
        {QStringLiteral("service_request"), QStringLiteral("FW")},
        {QStringLiteral("device_fault"), QStringLiteral("SB")},
        {QStringLiteral("care_call"), QStringLiteral("GH")},
    };
    const QString prefix =
        prefixes.value(record.value(QStringLiteral("type")).toString(), QStringLiteral("QT"))
        + QLatin1Char('-') + now.toLocalTime().toString(QStringLiteral("yyyyMMdd")) + QLatin1Char('-');
    auto q = m_db.prepared(QStringLiteral(
        "SELECT number FROM cases WHERE number >= ? AND number < ? ORDER BY number DESC LIMIT 1"));
    if (!q)
        return q.error();
    (*q)->addBindValue(prefix);
    (*q)->addBindValue(QString(prefix + QLatin1Char(':'))); // ':' sorts right after the digits
    if (!(*q)->exec())
        return makeError(ErrorCode::Storage, (*q)->lastError().text());
    int next = 1;
    if ((*q)->next())
        next = (*q)->value(0).toString().mid(prefix.size()).toInt() + 1;
    (*q)->finish();
    record.insert(key, QString(prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0'))));
    return {};
}

Result<QCborMap> WriteService::current(RecordKind kind, const QString &id)
{
    return m_records->get(kind, id);
}

Result<WriteResult> WriteService::apply(const WriteRequest &request, const Actor &actor)
{
    const QString kindKey = recordKindKey(request.kind);
    if (!mayWrite(actor, request.kind, request.op)) {
        (void)m_audit.record(actor, QStringLiteral("forbidden"), kindKey, request.recordId);
        qCWarning(lcWrite) << "forbidden write of" << kindKey << "by" << actor.login;
        return makeError(ErrorCode::Forbidden, WriteText::forbidden(kindKey));
    }
    if (request.idempotencyKey.isEmpty())
        return makeError(ErrorCode::Invalid, WriteText::noKey(), QStringLiteral("idempotencyKey"));

    auto seen = m_feed.byIdempotencyKey(request.idempotencyKey);
    if (!seen)
        return seen.error();
    if (seen->has_value())
        return WriteResult{**seen, true};

    QString id = request.recordId;
    if (request.op == WriteOp::Put) {
        auto ref = store::RecordStore::check(request.kind, request.record);
        if (!ref) {
            qCInfo(lcWrite) << "refused" << kindKey << "from" << actor.login << ":" << ref.error().toString();
            return ref.error();
        }
        id = ref->id;
    } else if (id.isEmpty()) {
        return makeError(ErrorCode::Invalid, WriteText::noId(), QStringLiteral("recordId"));
    }

    Change change;
    Status s = m_db.transaction([&]() -> Status {
        qint64 currentVersion = 0;
        auto existing = m_records->get(request.kind, id);
        if (existing)
            currentVersion = existing->value(QStringLiteral("version")).toInteger();
        else if (existing.error().code != ErrorCode::NotFound)
            return existing.error();
        if (request.basedOnVersion != currentVersion) {
            if (request.basedOnVersion == 0)
                return makeError(ErrorCode::Conflict, WriteText::exists());
            if (currentVersion == 0)
                return makeError(ErrorCode::NotFound, WriteText::missing());
            return makeError(ErrorCode::Conflict, WriteText::stale(request.basedOnVersion, currentVersion));
        }
        if (request.op == WriteOp::Delete && currentVersion == 0)
            return makeError(ErrorCode::NotFound, WriteText::missing());

        // A record restored after a deletion goes on from its last version: its history stays one line.
        qint64 lastVersion = currentVersion;
        if (currentVersion == 0) {
            auto last = m_feed.lastVersion(request.kind, id);
            if (!last)
                return last.error();
            lastVersion = *last;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        change.kind = request.kind;
        change.recordId = id;
        change.version = lastVersion + 1;
        change.deleted = request.op == WriteOp::Delete;
        change.at = now;
        change.author = actor.accountId;
        change.idempotencyKey = request.idempotencyKey;
        if (change.deleted) {
            if (Status st = m_records->remove(request.kind, id); !st)
                return st;
        } else {
            // The hub, not the writer, owns version, time and author.
            QCborMap stamped = request.record;
            if (request.kind == RecordKind::Case) {
                auto numbered = numberCase(stamped, existing ? *existing : QCborMap(), now);
                if (!numbered)
                    return numbered.error();
            }
            stamped.insert(QStringLiteral("version"), change.version);
            stamped.insert(QStringLiteral("updatedAt"), now.toString(Qt::ISODateWithMs));
            stamped.insert(QStringLiteral("updatedBy"), actor.accountId);
            if (Status st = m_records->upsert(request.kind, stamped); !st)
                return st;
            change.data = stamped.toCborValue().toCbor();
        }
        if (Status st = m_feed.append(change, actor.seat); !st)
            return st;
        const QString action = change.deleted                           ? QStringLiteral("delete")
                               : currentVersion == 0 && lastVersion > 0 ? QStringLiteral("restore")
                               : currentVersion == 0                    ? QStringLiteral("create")
                                                                        : QStringLiteral("update");
        return m_audit.record(actor, action, kindKey, id, QStringLiteral("version %1").arg(change.version));
    });
    if (!s) {
        qCInfo(lcWrite) << "write of" << kindKey << id << "by" << actor.login
                        << "refused:" << s.error().toString();
        return s.error();
    }
    // Inside a caller's transaction (an import), the seats hear of it only once that commits.
    m_db.afterCommit([this, change] { Q_EMIT committed(change); });
    return WriteResult{change, false};
}

} // namespace safelink::hub
