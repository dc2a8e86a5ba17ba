#include <safelink/core/cbor.h>
#include <safelink/protocol/sync.h>

#include <QCborArray>

namespace safelink::protocol {

using namespace safelink::core;

namespace {
Result<RecordKind> kindOf(cbor::Reader &r)
{
    const QString key = r.string(QStringLiteral("kind"), true);
    auto kind = recordKindFromKey(key);
    if (r.ok() && !kind)
        r.fail(QStringLiteral("kind"), QStringLiteral("unknown record kind \"%1\"").arg(key));
    if (!r.ok())
        return r.error();
    return *kind;
}
} // namespace

QCborMap LoginRequest::toBody() const
{
    QCborMap m;
    if (!token.isEmpty()) {
        m.insert(QStringLiteral("token"), token);
    } else {
        m.insert(QStringLiteral("login"), login);
        m.insert(QStringLiteral("password"), password);
    }
    m.insert(QStringLiteral("seat"), seat);
    return m;
}

Result<LoginRequest> LoginRequest::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("login"));
    LoginRequest l;
    l.token = r.string(QStringLiteral("token"));
    l.login = r.string(QStringLiteral("login"));
    l.password = r.string(QStringLiteral("password"));
    l.seat = r.string(QStringLiteral("seat"));
    if (r.ok() && l.token.isEmpty() && l.login.isEmpty())
        r.fail(QStringLiteral("login"), QStringLiteral("missing"));
    if (r.ok()
        && (l.login.size() > 64 || l.password.size() > 256 || l.seat.size() > 64 || l.token.size() > 256))
        r.fail(QStringLiteral("login"), QStringLiteral("too long"));
    if (!r.ok())
        return r.error();
    return l;
}

QCborMap LoginReply::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("token"), token);
    m.insert(QStringLiteral("accountId"), accountId);
    m.insert(QStringLiteral("login"), login);
    m.insert(QStringLiteral("displayName"), displayName);
    m.insert(QStringLiteral("roles"), cbor::fromEnums(roles));
    m.insert(QStringLiteral("expiresAt"), cbor::fromDateTime(expiresAt));
    if (!recordingKey.isEmpty())
        m.insert(QStringLiteral("recordingKey"), recordingKey);
    if (!sipUser.isEmpty()) {
        m.insert(QStringLiteral("sipProxy"), sipProxy);
        m.insert(QStringLiteral("sipUser"), sipUser);
        m.insert(QStringLiteral("sipPassword"), sipPassword);
    }
    if (!mapTiles.isEmpty())
        m.insert(QStringLiteral("mapTiles"), mapTiles);
    return m;
}

Result<LoginReply> LoginReply::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("loginResult"));
    LoginReply l;
    l.token = r.string(QStringLiteral("token"), true);
    l.accountId = r.string(QStringLiteral("accountId"), true);
    l.login = r.string(QStringLiteral("login"));
    l.displayName = r.string(QStringLiteral("displayName"));
    l.roles = r.enumList<Role>(QStringLiteral("roles"));
    l.expiresAt = r.dateTime(QStringLiteral("expiresAt"));
    const QCborValue key = body.value(QStringLiteral("recordingKey"));
    if (r.ok() && !key.isUndefined() && (!key.isByteArray() || key.toByteArray().size() != 32))
        r.fail(QStringLiteral("recordingKey"), QStringLiteral("expected 32 bytes"));
    l.recordingKey = key.toByteArray();
    l.sipProxy = body.value(QStringLiteral("sipProxy")).toString();
    l.sipUser = body.value(QStringLiteral("sipUser")).toString();
    l.sipPassword = body.value(QStringLiteral("sipPassword")).toString();
    l.mapTiles = body.value(QStringLiteral("mapTiles")).toString();
    if (!r.ok())
        return r.error();
    return l;
}

QCborMap SubscribeRequest::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("fromSeq"), fromSeq);
    m.insert(QStringLiteral("acceptsFile"), acceptsFile);
    return m;
}

Result<SubscribeRequest> SubscribeRequest::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("subscribe"));
    SubscribeRequest s;
    s.fromSeq = r.integer(QStringLiteral("fromSeq"));
    s.acceptsFile = r.boolean(QStringLiteral("acceptsFile"));
    if (r.ok() && s.fromSeq < 0)
        r.fail(QStringLiteral("fromSeq"), QStringLiteral("must not be negative"));
    if (!r.ok())
        return r.error();
    return s;
}

QCborMap SnapshotChunk::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("kind"), recordKindKey(kind));
    QCborArray a;
    for (const QByteArray &b : records)
        a.append(b);
    m.insert(QStringLiteral("records"), a);
    return m;
}

Result<SnapshotChunk> SnapshotChunk::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("snapshotChunk"));
    SnapshotChunk c;
    auto kind = kindOf(r);
    if (!kind)
        return kind.error();
    c.kind = *kind;
    for (const QCborValue &v : r.array(QStringLiteral("records"))) {
        if (!v.isByteArray())
            return makeError(ErrorCode::Invalid, QStringLiteral("expected bytes"), QStringLiteral("records"));
        c.records.append(v.toByteArray());
    }
    if (!r.ok())
        return r.error();
    return c;
}

QCborMap SnapshotFilePart::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("offset"), offset);
    m.insert(QStringLiteral("total"), total);
    m.insert(QStringLiteral("data"), data);
    return m;
}

Result<SnapshotFilePart> SnapshotFilePart::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("snapshotFile"));
    SnapshotFilePart p;
    p.offset = r.integer(QStringLiteral("offset"));
    p.total = r.integer(QStringLiteral("total"));
    const QCborValue data = body.value(QStringLiteral("data"));
    if (r.ok() && !data.isByteArray())
        r.fail(QStringLiteral("data"), QStringLiteral("expected bytes"));
    p.data = data.toByteArray();
    if (r.ok() && (p.offset < 0 || p.total < 0 || p.offset + p.data.size() > p.total))
        r.fail(QStringLiteral("offset"), QStringLiteral("outside the file"));
    if (!r.ok())
        return r.error();
    return p;
}

QCborMap SnapshotDone::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("seq"), seq);
    m.insert(QStringLiteral("snapshot"), snapshot);
    return m;
}

Result<SnapshotDone> SnapshotDone::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("snapshotDone"));
    SnapshotDone d;
    d.seq = r.integer(QStringLiteral("seq"));
    d.snapshot = r.boolean(QStringLiteral("snapshot"));
    if (r.ok() && d.seq < 0)
        r.fail(QStringLiteral("seq"), QStringLiteral("must not be negative"));
    if (!r.ok())
        return r.error();
    return d;
}

QCborMap Change::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("seq"), seq);
    m.insert(QStringLiteral("kind"), recordKindKey(kind));
    m.insert(QStringLiteral("id"), recordId);
    m.insert(QStringLiteral("version"), version);
    m.insert(QStringLiteral("deleted"), deleted);
    if (!deleted)
        m.insert(QStringLiteral("record"), data);
    m.insert(QStringLiteral("at"), cbor::fromDateTime(at));
    m.insert(QStringLiteral("author"), author);
    return m;
}

Result<Change> Change::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("change"));
    Change c;
    auto kind = kindOf(r);
    if (!kind)
        return kind.error();
    c.kind = *kind;
    c.seq = r.integer(QStringLiteral("seq"));
    c.recordId = r.string(QStringLiteral("id"), true);
    c.version = r.integer(QStringLiteral("version"));
    c.deleted = r.boolean(QStringLiteral("deleted"));
    const QCborValue record = body.value(QStringLiteral("record"));
    c.at = r.dateTime(QStringLiteral("at"));
    c.author = r.string(QStringLiteral("author"));
    if (r.ok() && (c.seq <= 0 || c.version <= 0))
        r.fail(QStringLiteral("seq"), QStringLiteral("seq and version must be positive"));
    if (r.ok() && !c.deleted && !record.isByteArray())
        r.fail(QStringLiteral("record"), QStringLiteral("missing"));
    if (!r.ok())
        return r.error();
    if (!c.deleted)
        c.data = record.toByteArray();
    return c;
}

WriteRequest WriteRequest::put(core::RecordKind kind, const QCborMap &record, qint64 basedOnVersion)
{
    WriteRequest w;
    w.kind = kind;
    w.op = WriteOp::Put;
    w.record = record;
    w.recordId = record.value(QStringLiteral("id")).toString();
    w.basedOnVersion = basedOnVersion;
    w.idempotencyKey = core::RecordMeta::newId();
    return w;
}

WriteRequest WriteRequest::remove(core::RecordKind kind, const QString &recordId, qint64 basedOnVersion)
{
    WriteRequest w;
    w.kind = kind;
    w.op = WriteOp::Delete;
    w.recordId = recordId;
    w.basedOnVersion = basedOnVersion;
    w.idempotencyKey = core::RecordMeta::newId();
    return w;
}

QCborMap WriteRequest::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("kind"), recordKindKey(kind));
    m.insert(QStringLiteral("op"), op == WriteOp::Put ? QStringLiteral("put") : QStringLiteral("delete"));
    if (op == WriteOp::Put)
        m.insert(QStringLiteral("record"), record);
    m.insert(QStringLiteral("id"), recordId);
    m.insert(QStringLiteral("basedOn"), basedOnVersion);
    m.insert(QStringLiteral("key"), idempotencyKey);
    return m;
}

Result<WriteRequest> WriteRequest::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("write"));
    WriteRequest w;
    auto kind = kindOf(r);
    if (!kind)
        return kind.error();
    w.kind = *kind;
    const QString op = r.string(QStringLiteral("op"), true);
    if (op == QLatin1String("put"))
        w.op = WriteOp::Put;
    else if (op == QLatin1String("delete"))
        w.op = WriteOp::Delete;
    else if (r.ok())
        r.fail(QStringLiteral("op"), QStringLiteral("must be put or delete"));
    w.record = r.map(QStringLiteral("record"));
    w.recordId = r.string(QStringLiteral("id"));
    w.basedOnVersion = r.integer(QStringLiteral("basedOn"));
    w.idempotencyKey = r.string(QStringLiteral("key"), true);
    if (r.ok() && w.basedOnVersion < 0)
        r.fail(QStringLiteral("basedOn"), QStringLiteral("must not be negative"));
    if (r.ok() && (w.idempotencyKey.isEmpty() || w.idempotencyKey.size() > 128))
        r.fail(QStringLiteral("key"), QStringLiteral("must be 1 to 128 characters"));
    if (r.ok() && w.op == WriteOp::Put && w.record.isEmpty())
        r.fail(QStringLiteral("record"), QStringLiteral("missing"));
    if (!r.ok())
        return r.error();
    return w;
}

QCborMap WriteReply::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("seq"), seq);
    m.insert(QStringLiteral("version"), version);
    m.insert(QStringLiteral("duplicate"), duplicate);
    return m;
}

Result<WriteReply> WriteReply::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("writeResult"));
    WriteReply w;
    w.seq = r.integer(QStringLiteral("seq"));
    w.version = r.integer(QStringLiteral("version"));
    w.duplicate = r.boolean(QStringLiteral("duplicate"));
    if (!r.ok())
        return r.error();
    return w;
}

} // namespace safelink::protocol

namespace safelink::protocol {

namespace {

// Shared by the upload and the playback pieces: an id, a position in a file and the bytes there.
template<typename Part>
Result<Part> readPart(const QCborMap &body, const QString &what)
{
    cbor::Reader r(body, what);
    Part p;
    p.recordingId = r.string(QStringLiteral("id"), true);
    p.offset = r.integer(QStringLiteral("offset"));
    p.total = r.integer(QStringLiteral("total"));
    const QCborValue data = body.value(QStringLiteral("data"));
    if (r.ok() && !data.isByteArray())
        r.fail(QStringLiteral("data"), QStringLiteral("expected bytes"));
    p.data = data.toByteArray();
    if (r.ok() && (p.total <= 0 || p.total > kMaxRecordingBytes))
        r.fail(QStringLiteral("total"), QStringLiteral("outside 1..%1").arg(kMaxRecordingBytes));
    if (r.ok() && (p.offset < 0 || p.data.size() > kRecordingPartBytes || p.offset + p.data.size() > p.total))
        r.fail(QStringLiteral("offset"), QStringLiteral("outside the file"));
    if (r.ok() && p.recordingId.size() > 64)
        r.fail(QStringLiteral("id"), QStringLiteral("too long"));
    if (!r.ok())
        return r.error();
    return p;
}

QCborMap writePart(const QString &id, qint64 offset, qint64 total, const QByteArray &data)
{
    QCborMap m;
    m.insert(QStringLiteral("id"), id);
    m.insert(QStringLiteral("offset"), offset);
    m.insert(QStringLiteral("total"), total);
    m.insert(QStringLiteral("data"), data);
    return m;
}

} // namespace

QCborMap RecordingUploadPart::toBody() const
{
    return writePart(recordingId, offset, total, data);
}

Result<RecordingUploadPart> RecordingUploadPart::fromBody(const QCborMap &body)
{
    return readPart<RecordingUploadPart>(body, QStringLiteral("recordingUpload"));
}

QCborMap RecordingDataPart::toBody() const
{
    return writePart(recordingId, offset, total, data);
}

Result<RecordingDataPart> RecordingDataPart::fromBody(const QCborMap &body)
{
    return readPart<RecordingDataPart>(body, QStringLiteral("recordingData"));
}

QCborMap RecordingStoredReply::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("id"), recordingId);
    m.insert(QStringLiteral("duplicate"), duplicate);
    return m;
}

Result<RecordingStoredReply> RecordingStoredReply::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("recordingStored"));
    RecordingStoredReply reply;
    reply.recordingId = r.string(QStringLiteral("id"), true);
    reply.duplicate = body.value(QStringLiteral("duplicate")).toBool();
    if (!r.ok())
        return r.error();
    return reply;
}

QCborMap RecordingFetchRequest::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("id"), recordingId);
    m.insert(QStringLiteral("purpose"),
             purpose == RecordingPurpose::Export ? QStringLiteral("export") : QStringLiteral("play"));
    return m;
}

Result<RecordingFetchRequest> RecordingFetchRequest::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("recordingFetch"));
    RecordingFetchRequest f;
    f.recordingId = r.string(QStringLiteral("id"), true);
    const QString purpose = r.string(QStringLiteral("purpose"), true);
    if (r.ok() && purpose != QLatin1String("play") && purpose != QLatin1String("export"))
        r.fail(QStringLiteral("purpose"), QStringLiteral("expected play or export"));
    f.purpose = purpose == QLatin1String("export") ? RecordingPurpose::Export : RecordingPurpose::Play;
    if (!r.ok())
        return r.error();
    return f;
}

namespace {

Result<core::RecordKind> readKind(const QCborMap &body)
{
    const QString key = body.value(QStringLiteral("kind")).toString();
    const auto kind = core::recordKindFromKey(key);
    if (!kind)
        return makeError(ErrorCode::Invalid, QStringLiteral("unknown record kind \"%1\"").arg(key.left(40)),
                         QStringLiteral("kind"));
    return *kind;
}

} // namespace

QCborMap HistoryRequest::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("kind"), core::recordKindKey(kind));
    m.insert(QStringLiteral("id"), recordId);
    return m;
}

Result<HistoryRequest> HistoryRequest::fromBody(const QCborMap &body)
{
    auto kind = readKind(body);
    if (!kind)
        return kind.error();
    cbor::Reader r(body, QStringLiteral("historyRequest"));
    HistoryRequest h;
    h.kind = *kind;
    h.recordId = r.string(QStringLiteral("id")); // empty: the kind's deleted records
    if (!r.ok())
        return r.error();
    if (h.recordId.size() > 100)
        return makeError(ErrorCode::Invalid, QStringLiteral("at most 100 characters"), QStringLiteral("id"));
    return h;
}

QCborMap RecordHistory::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("kind"), core::recordKindKey(kind));
    m.insert(QStringLiteral("id"), recordId);
    QCborArray list;
    for (const RecordVersion &v : versions) {
        QCborMap e;
        e.insert(QStringLiteral("version"), v.version);
        e.insert(QStringLiteral("at"), cbor::fromDateTime(v.at));
        e.insert(QStringLiteral("author"), v.author);
        e.insert(QStringLiteral("authorName"), v.authorName);
        e.insert(QStringLiteral("seat"), v.seat);
        e.insert(QStringLiteral("deleted"), v.deleted);
        if (!v.record.isEmpty())
            e.insert(QStringLiteral("record"), v.record);
        list.append(e);
    }
    m.insert(QStringLiteral("versions"), list);
    return m;
}

Result<RecordHistory> RecordHistory::fromBody(const QCborMap &body)
{
    auto kind = readKind(body);
    if (!kind)
        return kind.error();
    cbor::Reader r(body, QStringLiteral("history"));
    RecordHistory h;
    h.kind = *kind;
    h.recordId = r.string(QStringLiteral("id"));
    for (const QCborValue &v : r.array(QStringLiteral("versions"))) {
        cbor::Reader e(v, QStringLiteral("version"));
        RecordVersion rv;
        rv.version = e.integer(QStringLiteral("version"), 0);
        rv.at = e.dateTime(QStringLiteral("at"));
        rv.author = e.string(QStringLiteral("author"));
        rv.authorName = e.string(QStringLiteral("authorName"));
        rv.seat = e.string(QStringLiteral("seat"));
        rv.deleted = v.toMap().value(QStringLiteral("deleted")).toBool();
        rv.record = v.toMap().value(QStringLiteral("record")).toByteArray();
        if (!e.ok())
            return e.error();
        if (rv.version <= 0)
            return makeError(ErrorCode::Invalid, QStringLiteral("a version is a positive number"),
                             QStringLiteral("versions.version"));
        h.versions.append(rv);
    }
    if (!r.ok())
        return r.error();
    return h;
}

QCborMap SeatStatusUpdate::toBody() const
{
    QCborMap m;
    m.insert(QStringLiteral("activity"), core::enumKey(activity));
    m.insert(QStringLiteral("reason"), reason);
    m.insert(QStringLiteral("phone"), phoneRegistered);
    return m;
}

Result<SeatStatusUpdate> SeatStatusUpdate::fromBody(const QCborMap &body)
{
    cbor::Reader r(body, QStringLiteral("seatStatus"));
    SeatStatusUpdate u;
    const QString activity = r.string(QStringLiteral("activity"), true);
    u.reason = r.string(QStringLiteral("reason")).trimmed();
    u.phoneRegistered = body.value(QStringLiteral("phone")).toBool();
    if (!r.ok())
        return r.error();
    const auto parsed = core::enumFromKey<core::SeatActivity>(activity);
    if (!parsed)
        return makeError(ErrorCode::Invalid, QStringLiteral("unknown activity \"%1\"").arg(activity.left(40)),
                         QStringLiteral("activity"));
    u.activity = *parsed;
    if (u.reason.size() > 100)
        return makeError(ErrorCode::Invalid, QStringLiteral("at most 100 characters"),
                         QStringLiteral("reason"));
    if (u.activity == core::SeatActivity::Break && u.reason.isEmpty())
        return makeError(ErrorCode::Invalid, QStringLiteral("a break needs its reason"),
                         QStringLiteral("reason"));
    return u;
}

QCborMap SeatBoard::toBody() const
{
    QCborArray list;
    for (const SeatEntry &e : seats) {
        QCborMap m;
        m.insert(QStringLiteral("seat"), e.seat);
        m.insert(QStringLiteral("accountId"), e.accountId);
        m.insert(QStringLiteral("login"), e.login);
        m.insert(QStringLiteral("displayName"), e.displayName);
        m.insert(QStringLiteral("activity"), core::enumKey(e.activity));
        m.insert(QStringLiteral("reason"), e.reason);
        m.insert(QStringLiteral("phone"), e.phoneRegistered);
        m.insert(QStringLiteral("since"), e.since.toString(Qt::ISODateWithMs));
        list.append(m);
    }
    QCborMap body;
    body.insert(QStringLiteral("seats"), list);
    return body;
}

QCborMap CallQueue::toBody() const
{
    QCborArray list;
    for (const QueuedCall &c : calls) {
        QCborMap m;
        m.insert(QStringLiteral("callId"), c.callId);
        m.insert(QStringLiteral("caller"), c.caller);
        m.insert(QStringLiteral("class"), c.callerClass);
        m.insert(QStringLiteral("subjectId"), c.subjectId);
        m.insert(QStringLiteral("subjectName"), c.subjectName);
        m.insert(QStringLiteral("languages"), QCborArray::fromStringList(c.languages));
        m.insert(QStringLiteral("ringingAt"), c.ringingAt);
        m.insert(QStringLiteral("since"), c.since.toString(Qt::ISODateWithMs));
        list.append(m);
    }
    QCborMap body;
    body.insert(QStringLiteral("calls"), list);
    return body;
}

Result<CallQueue> CallQueue::fromBody(const QCborMap &body)
{
    const QCborValue calls = body.value(QStringLiteral("calls"));
    if (!calls.isArray())
        return makeError(ErrorCode::Invalid, QStringLiteral("expected a list"), QStringLiteral("calls"));
    CallQueue queue;
    for (const QCborValue &v : calls.toArray()) {
        const QCborMap m = v.toMap();
        QueuedCall c;
        c.callId = m.value(QStringLiteral("callId")).toString();
        c.caller = m.value(QStringLiteral("caller")).toString();
        c.callerClass = m.value(QStringLiteral("class")).toString();
        c.subjectId = m.value(QStringLiteral("subjectId")).toString();
        c.subjectName = m.value(QStringLiteral("subjectName")).toString();
        for (const QCborValue &l : m.value(QStringLiteral("languages")).toArray())
            c.languages.append(l.toString());
        c.ringingAt = m.value(QStringLiteral("ringingAt")).toString();
        c.since = QDateTime::fromString(m.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
        if (c.callId.isEmpty() || !c.since.isValid())
            return makeError(ErrorCode::Invalid, QStringLiteral("a call without id or time"),
                             QStringLiteral("calls"));
        queue.calls.append(c);
    }
    return queue;
}

Result<SeatBoard> SeatBoard::fromBody(const QCborMap &body)
{
    const QCborValue seats = body.value(QStringLiteral("seats"));
    if (!seats.isArray())
        return makeError(ErrorCode::Invalid, QStringLiteral("expected a list"), QStringLiteral("seats"));
    SeatBoard board;
    for (const QCborValue &v : seats.toArray()) {
        const QCborMap m = v.toMap();
        SeatEntry e;
        e.seat = m.value(QStringLiteral("seat")).toString();
        e.accountId = m.value(QStringLiteral("accountId")).toString();
        e.login = m.value(QStringLiteral("login")).toString();
        e.displayName = m.value(QStringLiteral("displayName")).toString();
        const auto activity =
            core::enumFromKey<core::SeatActivity>(m.value(QStringLiteral("activity")).toString());
        if (!activity || e.login.isEmpty())
            return makeError(ErrorCode::Invalid, QStringLiteral("a seat without login or activity"),
                             QStringLiteral("seats"));
        e.activity = *activity;
        e.reason = m.value(QStringLiteral("reason")).toString();
        e.phoneRegistered = m.value(QStringLiteral("phone")).toBool();
        e.since = QDateTime::fromString(m.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
        board.seats.append(e);
    }
    return board;
}

} // namespace safelink::protocol
