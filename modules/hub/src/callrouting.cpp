#include <safelink/hub/auditlog.h>
#include <safelink/hub/callrouting.h>
#include <safelink/hub/centersettings.h>
#include <safelink/hub/seatdirectory.h>
#include <safelink/hub/writeservice.h>

#include <safelink/core/callrecord.h>
#include <safelink/core/logging.h>
#include <safelink/core/phone.h>
#include <safelink/core/workorder.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace safelink::hub {

Q_LOGGING_CATEGORY(lcAcd, "safelink.hub.acd")

namespace {
const QString kTokenHash = QStringLiteral("route_token_sha256");
const QString kRingSeconds = QStringLiteral("route_ring_seconds");
const QString kMaxWait = QStringLiteral("route_max_wait_seconds");
const QString kAreaCode = QStringLiteral("area_code");

// Call-IDs are opaque to us but end up in logs, records and keys: printable and bounded.
bool plausibleField(const QString &v, int max)
{
    if (v.isEmpty() || v.size() > max)
        return false;
    return std::all_of(v.cbegin(), v.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

QString sha256Hex(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isMandarin(const QString &language)
{
    static const QStringList names{QStringLiteral("普通话"), QStringLiteral("国语"),
                                   QStringLiteral("mandarin"), QStringLiteral("putonghua")};
    return names.contains(language.trimmed(), Qt::CaseInsensitive);
}
} // namespace

CallRouting::CallRouting(store::Database &db, WriteService &writes, SeatBoard seatBoard, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_writes(writes)
    , m_seatBoard(std::move(seatBoard))
{
    reloadSettings();
    // A seat renamed, an extension changed or an agent's skills edited: ask the records again.
    connect(&m_writes, &WriteService::committed, this, [this](const Change &change) {
        if (change.kind == core::RecordKind::Seat || change.kind == core::RecordKind::Account)
            m_seatCache.clear();
    });
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, &CallRouting::sweep);
    m_sweep.start();
}

CallRouting::~CallRouting() = default;

QString CallRouting::setting(const QString &name) const
{
    return centerSetting(m_db, name);
}

void CallRouting::reloadSettings()
{
    RouterSettings s = m_router.settings();
    if (int v = setting(kRingSeconds).toInt(); v > 0)
        s.ringSeconds = v;
    if (int v = setting(kMaxWait).toInt(); v > 0)
        s.maxWaitSeconds = v;
    m_router.setSettings(s);
    m_areaCode = setting(kAreaCode);
    m_tokenHash = setting(kTokenHash);
}

Result<QString> CallRouting::newProxyToken(store::Database &db, AuditLog &audit, const Actor &actor)
{
    unsigned char raw[32];
    randombytes_buf(raw, sizeof raw);
    const QString token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(raw), sizeof raw)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (Status s =
            storeCenterSetting(db, audit, actor, kTokenHash, sha256Hex(token), QStringLiteral("(new)"));
        !s)
        return s.error();
    return token;
}

bool CallRouting::checkProxyToken(const QString &token) const
{
    if (token.isEmpty() || m_tokenHash.size() != 64)
        return false;
    const QByteArray given = sha256Hex(token).toLatin1();
    const QByteArray stored = m_tokenHash.toLatin1();
    return sodium_memcmp(given.constData(), stored.constData(), 64) == 0;
}

Status CallRouting::setSettings(store::Database &db, AuditLog &audit, const Actor &actor,
                                std::optional<int> ringSeconds, std::optional<int> maxWaitSeconds,
                                std::optional<QString> areaCode)
{
    if (ringSeconds && (*ringSeconds < 5 || *ringSeconds > 120))
        return makeError(ErrorCode::Invalid, tr("The ring time is 5 to 120 seconds."),
                         QStringLiteral("ringSeconds"));
    if (maxWaitSeconds && (*maxWaitSeconds < 30 || *maxWaitSeconds > 1800))
        return makeError(ErrorCode::Invalid, tr("The longest wait is 30 to 1800 seconds."),
                         QStringLiteral("maxWaitSeconds"));
    if (areaCode && !areaCode->isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^0[1-9][0-9]{1,2}$"));
        if (!digits.match(*areaCode).hasMatch())
            return makeError(ErrorCode::Invalid, tr("An area code is 0 and two or three digits (020, 0755)."),
                             QStringLiteral("areaCode"));
    }
    return db.transaction([&]() -> Status {
        if (ringSeconds) {
            if (Status s = storeCenterSetting(db, audit, actor, kRingSeconds, QString::number(*ringSeconds));
                !s)
                return s;
        }
        if (maxWaitSeconds) {
            if (Status s = storeCenterSetting(db, audit, actor, kMaxWait, QString::number(*maxWaitSeconds));
                !s)
                return s;
        }
        if (areaCode)
            return storeCenterSetting(db, audit, actor, kAreaCode, *areaCode);
        return {};
    });
}

QString CallRouting::canonical(const QString &caller) const
{
    auto parsed = core::PhoneNumber::parse(caller, m_areaCode);
    return parsed ? parsed->canonical() : caller.trimmed();
}

Status CallRouting::block(const QString &number, const QString &reason, const Actor &actor)
{
    if (!actor.has(core::Role::Supervisor) && !actor.has(core::Role::Admin))
        return makeError(ErrorCode::Forbidden, tr("Only supervisors keep the blocked list."));
    auto parsed = core::PhoneNumber::parse(number, m_areaCode);
    if (!parsed)
        return makeError(ErrorCode::Invalid, parsed.error().message, QStringLiteral("number"));
    store::BlockedNumberRepository list(m_db);
    auto existing = list.findByNumber(parsed->canonical());
    if (!existing)
        return existing.error();
    core::BlockedNumber entry = existing->value_or(core::BlockedNumber{});
    const qint64 basedOn = entry.meta.version;
    if (entry.meta.id.isEmpty())
        entry.meta.id = core::RecordMeta::newId();
    entry.number = *parsed;
    entry.reason = reason.trimmed();
    entry.addedBy = actor.login;
    entry.addedAt = QDateTime::currentDateTimeUtc();
    if (Status s = entry.validate(); !s)
        return s;
    auto written =
        m_writes.apply(WriteRequest::put(core::RecordKind::BlockedNumber, entry.toCbor(), basedOn), actor);
    return written ? Status() : Status(written.error());
}

Status CallRouting::unblock(const QString &number, const Actor &actor)
{
    if (!actor.has(core::Role::Supervisor) && !actor.has(core::Role::Admin))
        return makeError(ErrorCode::Forbidden, tr("Only supervisors keep the blocked list."));
    auto existing = store::BlockedNumberRepository(m_db).findByNumber(canonical(number));
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return makeError(ErrorCode::NotFound, tr("This number is not on the blocked list."),
                         QStringLiteral("number"));
    auto written = m_writes.apply(WriteRequest::remove(core::RecordKind::BlockedNumber, (*existing)->meta.id,
                                                       (*existing)->meta.version),
                                  actor);
    return written ? Status() : Status(written.error());
}

Result<QList<BlockedNumber>> CallRouting::blockedNumbers()
{
    auto all = store::BlockedNumberRepository(m_db).all();
    if (!all)
        return all.error();
    QList<BlockedNumber> out;
    for (const core::BlockedNumber &b : std::as_const(*all))
        out.append(BlockedNumber{b.number.canonical(), b.reason, b.addedBy, b.addedAt});
    std::sort(out.begin(), out.end(),
              [](const BlockedNumber &x, const BlockedNumber &y) { return x.addedAt > y.addedAt; });
    return out;
}

protocol::CallQueue CallRouting::callQueue() const
{
    protocol::CallQueue q;
    for (const RoutedCall &c : m_router.queue()) {
        q.calls.append(protocol::QueuedCall{
            c.callId, c.caller, callerClassKey(c.info.callerClass), c.info.subjectId, c.info.subjectName,
            c.info.languages, c.state == RoutedCall::State::Offered ? c.offeredTo : QString(), c.enteredAt});
    }
    return q;
}

CallerInfo CallRouting::identify(const QString &caller)
{
    CallerInfo info;
    const QString number = canonical(caller);
    if (auto listed = store::BlockedNumberRepository(m_db).findByNumber(number);
        listed && listed->has_value()) {
        info.blocked = true;
        info.blockReason = (*listed)->reason;
        return info;
    }
    store::DeviceRepository devices(m_db);
    store::SubjectRepository subjects(m_db);
    store::HouseholdRepository households(m_db);
    QString subjectId;
    QString householdId;
    // A terminal calls with its SIM (wearables) or as its SIP account (the serial).
    QList<core::Device> terminals = devices.findBySimNumber(number).valueOr({});
    if (terminals.isEmpty())
        terminals = devices.findBySerial(caller.trimmed()).valueOr({});
    for (const core::Device &d : std::as_const(terminals)) {
        if (d.status == core::DeviceStatus::Removed || d.status == core::DeviceStatus::Lost)
            continue;
        info.callerClass = CallerClass::Terminal;
        info.deviceId = d.meta.id;
        subjectId = d.subjectId;
        householdId = d.householdId;
        break;
    }
    if (subjectId.isEmpty() && info.callerClass != CallerClass::Terminal) {
        for (const store::PhoneMatch &m : subjects.findByPhone(number).valueOr({})) {
            if (!m.isContact) {
                subjectId = m.subjectId;
                break;
            }
        }
        if (subjectId.isEmpty()) {
            const auto homes = households.findByLandline(number).valueOr({});
            if (!homes.isEmpty())
                householdId = homes.first().meta.id;
        }
    }
    if (subjectId.isEmpty() && !householdId.isEmpty()) {
        const auto members = subjects.inHousehold(householdId).valueOr({});
        if (!members.isEmpty())
            subjectId = members.first().meta.id;
    }
    if (!subjectId.isEmpty()) {
        if (auto s = subjects.get(subjectId)) {
            if (info.callerClass == CallerClass::Unknown)
                info.callerClass = CallerClass::Subject;
            info.subjectId = subjectId;
            info.subjectName = s->name;
            for (const QString &l : std::as_const(s->languages)) {
                if (!l.trimmed().isEmpty() && !isMandarin(l))
                    info.languages.append(l.trimmed());
            }
        }
    }
    return info;
}

QList<SeatCandidate> CallRouting::candidates()
{
    QList<SeatCandidate> out;
    if (!m_seatBoard)
        return out;
    SeatDirectory directory(m_db, m_writes);
    store::AccountRepository accounts(m_db);
    for (const protocol::SeatEntry &e : m_seatBoard()) {
        const QString key = e.seat + QLatin1Char('\n') + e.accountId;
        auto cached = m_seatCache.constFind(key);
        if (cached == m_seatCache.cend()) {
            QString sipUser;
            if (auto seat = directory.seatNamed(e.seat))
                sipUser = seat->sipUser;
            QStringList skills;
            if (auto account = accounts.get(e.accountId))
                skills = account->skills;
            cached = m_seatCache.insert(key, qMakePair(sipUser, skills));
        }
        SeatCandidate c;
        c.sipUser = cached->first;
        c.skills = cached->second;
        c.seat = e.seat;
        c.login = e.login;
        c.displayName = e.displayName;
        c.activity = e.activity;
        c.phoneRegistered = e.phoneRegistered;
        c.since = e.since;
        out.append(c);
    }
    return out;
}

Result<RouteDecision> CallRouting::route(const QUrlQuery &form, const QString &address)
{
    const QString callId = form.queryItemValue(QStringLiteral("call"), QUrl::FullyDecoded);
    const QString from = form.queryItemValue(QStringLiteral("from"), QUrl::FullyDecoded);
    const QString to = form.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded);
    if (!plausibleField(callId, 256))
        return makeError(ErrorCode::Invalid, tr("The call's Call-ID is missing or not printable."),
                         QStringLiteral("call"));
    if (!plausibleField(from, 64))
        return makeError(ErrorCode::Invalid, tr("The caller is missing or not printable."),
                         QStringLiteral("from"));
    if (!to.isEmpty() && !plausibleField(to, 64))
        return makeError(ErrorCode::Invalid, tr("The dialled number is not printable."),
                         QStringLiteral("to"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<RoutedCall> before = m_router.queue();
    const bool known =
        std::any_of(before.cbegin(), before.cend(), [&](const RoutedCall &c) { return c.callId == callId; });
    const RouteDecision d = m_router.route(
        callId, from, to, candidates(), [this](const QString &c) { return identify(c); }, now);
    switch (d.action) {
    case RouteAction::Offer:
        qCInfo(lcAcd).noquote() << "call" << callId << "from" << from << "offered to" << d.sipUser << d.seat;
        break;
    case RouteAction::Wait:
        if (!known)
            qCInfo(lcAcd).noquote() << "call" << callId << "from" << from << "waits, place" << d.position;
        break;
    case RouteAction::Refuse: {
        qCInfo(lcAcd).noquote() << "call" << callId << "from" << from << "refused" << d.sipCode << "-"
                                << d.reason;
        if (d.sipCode == 603) {
            // The refusal is evidence too: a call record and an audit line with the reason.
            core::CallRecord record;
            record.meta.id = core::RecordMeta::newId();
            record.direction = core::CallDirection::Inbound;
            if (auto p = core::PhoneNumber::parse(from, m_areaCode))
                record.remoteNumber = *p;
            record.hotline = to;
            record.startedAt = now;
            record.endedAt = now;
            record.disposition = core::CallDisposition::Rejected;
            record.sipCallId = callId;
            WriteRequest w;
            w.kind = core::RecordKind::Call;
            w.record = record.toCbor();
            w.recordId = record.meta.id;
            w.idempotencyKey = QStringLiteral("acd-refused-") + callId;
            const Actor acd = Actor::system(QStringLiteral("acd ") + address);
            if (auto written = m_writes.apply(w, acd); !written)
                qCWarning(lcAcd) << "could not record the refused call:" << written.error().toString();
            (void)m_writes.audit().record(acd, QStringLiteral("call_refused"), QStringLiteral("number"),
                                          canonical(from), d.reason);
        }
        break;
    }
    }
    Q_EMIT queueChanged();
    sweep();
    return d;
}

Status CallRouting::event(const QUrlQuery &form, const QString &)
{
    const QString callId = form.queryItemValue(QStringLiteral("call"), QUrl::FullyDecoded);
    const QString event = form.queryItemValue(QStringLiteral("event"), QUrl::FullyDecoded);
    const QString seat = form.queryItemValue(QStringLiteral("seat"), QUrl::FullyDecoded);
    if (!plausibleField(callId, 256))
        return makeError(ErrorCode::Invalid, tr("The call's Call-ID is missing or not printable."),
                         QStringLiteral("call"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (event == QLatin1String("answered")) {
        if (!plausibleField(seat, 64))
            return makeError(ErrorCode::Invalid, tr("Which seat answered is missing."),
                             QStringLiteral("seat"));
        m_router.answered(callId, seat, now);
        qCInfo(lcAcd).noquote() << "call" << callId << "answered by" << seat;
    } else if (event == QLatin1String("failed")) {
        if (!plausibleField(seat, 64))
            return makeError(ErrorCode::Invalid, tr("Which seat did not answer is missing."),
                             QStringLiteral("seat"));
        bool ok = false;
        const int status = form.queryItemValue(QStringLiteral("status")).toInt(&ok);
        if (!ok || status < 300 || status > 699)
            return makeError(ErrorCode::Invalid, tr("A SIP status from 300 to 699."),
                             QStringLiteral("status"));
        m_router.seatFailed(callId, seat, status, now);
        qCInfo(lcAcd).noquote() << "call" << callId << "not taken by" << seat << status;
    } else if (event == QLatin1String("cancelled")) {
        if (m_router.abandoned(callId, now))
            qCInfo(lcAcd).noquote() << "call" << callId << "abandoned by the caller";
    } else if (event == QLatin1String("ended")) {
        m_router.ended(callId);
    } else {
        return makeError(ErrorCode::Invalid, tr("The event is answered, failed, cancelled or ended."),
                         QStringLiteral("event"));
    }
    sweep();
    Q_EMIT queueChanged();
    return {};
}

void CallRouting::sweep()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto gone = m_router.takeUnanswered(now);
    for (const auto &[call, why] : gone)
        writeUnanswered(call, why, now);
    const int size = int(m_router.queue().size());
    if (!gone.isEmpty() || size != m_lastQueueSize)
        Q_EMIT queueChanged();
    m_lastQueueSize = size;
}

void CallRouting::writeUnanswered(const RoutedCall &call, Unanswered why, const QDateTime &now)
{
    const Actor acd = Actor::system(QStringLiteral("acd"));
    const qint64 waited = call.enteredAt.secsTo(now);
    QString whyText;
    switch (why) {
    case Unanswered::Abandoned:
        whyText = tr("hung up after waiting %1 s").arg(waited);
        break;
    case Unanswered::TimedOut:
        whyText = tr("nobody was free for %1 s").arg(waited);
        break;
    case Unanswered::Vanished:
        whyText = tr("the line dropped after %1 s").arg(waited);
        break;
    }
    core::PhoneNumber number;
    if (auto p = core::PhoneNumber::parse(call.caller, m_areaCode))
        number = *p;
    const QString shown = number.canonical().isEmpty() ? call.caller : number.display();

    core::CallRecord record;
    record.meta.id = core::RecordMeta::newId();
    record.direction = core::CallDirection::Inbound;
    record.remoteNumber = number;
    record.hotline = call.dialled;
    record.subjectId = call.info.subjectId;
    record.startedAt = call.enteredAt;
    record.endedAt = now;
    record.disposition =
        why == Unanswered::Abandoned ? core::CallDisposition::Abandoned : core::CallDisposition::Missed;
    record.sipCallId = call.callId;

    core::WorkOrder order;
    order.meta.id = core::RecordMeta::newId();
    order.kind = core::WorkOrderKind::Callback;
    order.state = core::WorkOrderState::Created;
    order.subjectId = call.info.subjectId;
    order.deviceId = call.info.deviceId;
    order.phone = number.canonical().isEmpty() ? call.caller : number.canonical();
    order.createdAt = now;
    order.dueAt = now.addSecs(core::WorkOrder::defaultDeadlineSeconds(core::WorkOrderKind::Callback));
    order.description = call.info.subjectName.isEmpty()
                            ? tr("Call back %1: the call was not answered (%2).").arg(shown, whyText)
                            : tr("Call back %1 (%2): the call was not answered (%3).")
                                  .arg(call.info.subjectName, shown, whyText);

    WriteRequest callWrite;
    callWrite.kind = core::RecordKind::Call;
    callWrite.record = record.toCbor();
    callWrite.recordId = record.meta.id;
    callWrite.idempotencyKey = QStringLiteral("acd-call-") + call.callId;
    WriteRequest orderWrite;
    orderWrite.kind = core::RecordKind::WorkOrder;
    orderWrite.record = order.toCbor();
    orderWrite.recordId = order.meta.id;
    orderWrite.idempotencyKey = QStringLiteral("acd-callback-") + call.callId;
    Status stored = m_db.transaction([&]() -> Status {
        if (auto w = m_writes.apply(callWrite, acd); !w)
            return w.error();
        if (auto w = m_writes.apply(orderWrite, acd); !w)
            return w.error();
        return {};
    });
    if (!stored) {
        // Kept in the log with everything needed to call back by hand.
        qCCritical(lcAcd).noquote() << "could not write the callback for call" << call.callId << "from"
                                    << call.caller << ":" << stored.error().toString();
        return;
    }
    qCInfo(lcAcd).noquote() << "call" << call.callId << "from" << call.caller << unansweredKey(why)
                            << "- callback order" << order.meta.id;
    Q_EMIT callbackCreated(order.meta.id, call.caller);
}

} // namespace safelink::hub
