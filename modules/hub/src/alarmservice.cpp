#include <safelink/hub/alarmservice.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/centersettings.h>
#include <safelink/hub/scaip.h>
#include <safelink/hub/writeservice.h>

#include <safelink/core/phone.h>
#include <safelink/core/workorder.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace safelink::hub {

Q_LOGGING_CATEGORY(lcAlarms, "safelink.hub.alarms")

namespace {
const QString kHeartbeat = QStringLiteral("alarm_heartbeat_seconds");
const QString kEscalate = QStringLiteral("alarm_escalate_seconds");
const QString kDoneSeq = QStringLiteral("alarm_device_seq");

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromText(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODateWithMs);
}

Actor alarmsActor()
{
    return Actor::system(QStringLiteral("alarms"));
}

template<typename T>
Status put(WriteService &writes, core::RecordKind kind, const T &record, qint64 basedOn, const QString &key)
{
    WriteRequest w = WriteRequest::put(kind, record.toCbor(), basedOn);
    if (!key.isEmpty())
        w.idempotencyKey = key;
    auto r = writes.apply(w, alarmsActor());
    return r ? Status() : Status(r.error());
}

// Faults that need a technician or a call to the family; handled within 24 h (tender).
bool isFault(core::AlarmCategory c)
{
    using C = core::AlarmCategory;
    return c == C::LowBattery || c == C::PowerLost || c == C::DeviceRemoved || c == C::HeartbeatMissing
           || c == C::Technical;
}
} // namespace

struct AlarmService::Raise {
    core::AlarmCategory category = core::AlarmCategory::Other;
    int priority = 3;
    QString deviceId;
    QString source;
    QString sourceRef;
    QString detail;
    QDateTime deviceTime;
    std::optional<core::GeoPoint> position;
    core::PositionSource positionSource = core::PositionSource::Unknown;
    int battery = -1;
    bool workOrder = false;
};

AlarmService::AlarmService(store::Database &db, WriteService &writes, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_writes(writes)
{
    reloadSettings();
    m_doneSeq = centerSetting(m_db, kDoneSeq).toLongLong();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTimeUtc()); });
    m_timer.start();
}

AlarmService::~AlarmService() = default;

Status AlarmService::setSettings(store::Database &db, AuditLog &audit, const Actor &actor,
                                 std::optional<int> heartbeatSeconds, std::optional<int> escalateSeconds)
{
    if (heartbeatSeconds && (*heartbeatSeconds < 3 || *heartbeatSeconds > 86400))
        return makeError(ErrorCode::Invalid, tr("The heartbeat interval is 3 to 86400 seconds."),
                         QStringLiteral("heartbeatSeconds"));
    if (escalateSeconds && (*escalateSeconds < 5 || *escalateSeconds > 3600))
        return makeError(ErrorCode::Invalid, tr("The escalation time is 5 to 3600 seconds."),
                         QStringLiteral("escalateSeconds"));
    return db.transaction([&]() -> Status {
        if (heartbeatSeconds) {
            if (Status s =
                    storeCenterSetting(db, audit, actor, kHeartbeat, QString::number(*heartbeatSeconds));
                !s)
                return s;
        }
        if (escalateSeconds)
            return storeCenterSetting(db, audit, actor, kEscalate, QString::number(*escalateSeconds));
        return {};
    });
}

void AlarmService::reloadSettings()
{
    if (int v = centerSetting(m_db, kHeartbeat).toInt(); v > 0)
        m_settings.heartbeatSeconds = v;
    if (int v = centerSetting(m_db, kEscalate).toInt(); v > 0)
        m_settings.escalateSeconds = v;
}

Status AlarmService::saveWatermark(qint64 seq)
{
    if (seq <= m_doneSeq)
        return {};
    auto q = m_db.prepared(QStringLiteral("DELETE FROM center_settings WHERE name = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(kDoneSeq);
    if (!(*q)->exec())
        return makeError(ErrorCode::Storage, (*q)->lastError().text());
    auto ins = m_db.prepared(QStringLiteral(
        "INSERT INTO center_settings (name, value, changed_at, changed_by) VALUES (?, ?, ?, ?)"));
    if (!ins)
        return ins.error();
    (*ins)->addBindValue(kDoneSeq);
    (*ins)->addBindValue(QString::number(seq));
    (*ins)->addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    (*ins)->addBindValue(QStringLiteral("alarms"));
    if (!(*ins)->exec())
        return makeError(ErrorCode::Storage, (*ins)->lastError().text());
    m_doneSeq = seq;
    return {};
}

Result<core::Alarm> AlarmService::raise(const Raise &r)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::AlarmRepository alarms(m_db);
    // The same terminal message handled before (a catch-up after a restart): nothing new.
    if (!r.sourceRef.isEmpty()) {
        auto seen = alarms.bySourceRef(r.sourceRef);
        if (seen && !seen->isEmpty())
            return seen->first();
    }
    QString subjectId;
    if (!r.deviceId.isEmpty()) {
        if (auto device = store::DeviceRepository(m_db).get(r.deviceId))
            subjectId = device->subjectId;
        // Pressed again, or the fault reported again, while the first alarm is still open: one
        // alarm, brought up to date, not a second row for the agents.
        for (core::Alarm open : alarms.activeForDevice(r.deviceId).valueOr({})) {
            if (open.category != r.category)
                continue;
            const qint64 basedOn = open.meta.version;
            open.detail = (open.detail.isEmpty() ? QString() : open.detail + QLatin1Char('\n'))
                          + tr("%1: again (%2)")
                                .arg(now.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                     r.detail.isEmpty() ? core::label(r.category) : r.detail);
            if (r.position) {
                open.position = r.position;
                open.positionSource = r.positionSource;
                open.positionAt = r.deviceTime;
            }
            if (r.priority < open.priority)
                open.priority = r.priority;
            if (r.battery >= 0)
                open.battery = r.battery;
            if (Status s = put(m_writes, core::RecordKind::Alarm, open, basedOn, {}); !s)
                return s.error();
            qCInfo(lcAlarms).noquote()
                << "alarm" << open.meta.id << core::enumKey(r.category) << "repeated by" << r.deviceId;
            return open;
        }
    }
    core::Alarm a;
    a.meta.id = core::RecordMeta::newId();
    a.category = r.category;
    a.priority = std::clamp(r.priority, core::Alarm::kHighest, core::Alarm::kLowest);
    a.deviceId = r.deviceId;
    a.subjectId = subjectId;
    a.source = r.source;
    a.sourceRef = r.sourceRef;
    a.detail = r.detail;
    a.raisedAt = now;
    a.deviceTime = r.deviceTime;
    a.position = r.position;
    a.positionSource = r.position ? r.positionSource : core::PositionSource::Unknown;
    a.positionAt = r.position ? r.deviceTime : QDateTime();
    a.battery = r.battery;
    Status stored = m_db.transaction([&]() -> Status {
        if (r.workOrder) {
            core::WorkOrder order;
            order.meta.id = core::RecordMeta::newId();
            order.kind = core::WorkOrderKind::Maintenance;
            order.deviceId = r.deviceId;
            order.subjectId = subjectId;
            order.createdAt = now;
            order.dueAt =
                now.addSecs(core::WorkOrder::defaultDeadlineSeconds(core::WorkOrderKind::Maintenance));
            order.description = tr("%1 on terminal %2: check the terminal and the person within 24 hours.")
                                    .arg(core::label(r.category), r.deviceId);
            if (!r.detail.isEmpty())
                order.description += QLatin1Char(' ') + r.detail;
            if (Status s =
                    put(m_writes, core::RecordKind::WorkOrder, order, 0, QStringLiteral("wo-") + a.meta.id);
                !s)
                return s;
            a.workOrderId = order.meta.id;
        }
        return put(m_writes, core::RecordKind::Alarm, a, 0, QStringLiteral("alarm-") + a.meta.id);
    });
    if (!stored)
        return stored.error();
    qCInfo(lcAlarms).noquote() << "alarm" << a.meta.id << core::enumKey(a.category)
                               << "P" + QString::number(a.priority) << "device"
                               << (a.deviceId.isEmpty() ? QStringLiteral("?") : a.deviceId);
    Q_EMIT alarmRaised(a);
    return a;
}

void AlarmService::heard(const QString &deviceId, const QDateTime &at, int intervalSeconds)
{
    if (deviceId.isEmpty())
        return;
    QString silentAlarm;
    QDateTime lastAt;
    if (auto q = m_db.prepared(
            QStringLiteral("SELECT last_at, silent_alarm FROM device_heartbeats WHERE device_id = ?"))) {
        (*q)->addBindValue(deviceId);
        if ((*q)->exec() && (*q)->next()) {
            lastAt = fromText((*q)->value(0).toString());
            silentAlarm = (*q)->value(1).toString();
        }
        (*q)->finish();
    }
    // A late, older message does not make a terminal look more alive than it is.
    const QDateTime when = lastAt.isValid() && at < lastAt ? lastAt : at;
    auto up = m_db.prepared(QStringLiteral(
        "INSERT INTO device_heartbeats (device_id, last_at, interval_s, silent_alarm) VALUES (?, ?, ?, NULL) "
        "ON CONFLICT (device_id) DO UPDATE SET last_at = excluded.last_at, interval_s = excluded.interval_s, "
        "silent_alarm = NULL"));
    if (!up)
        return;
    (*up)->addBindValue(deviceId);
    (*up)->addBindValue(timeText(when));
    (*up)->addBindValue(intervalSeconds > 0 ? intervalSeconds : m_settings.heartbeatSeconds);
    if (!(*up)->exec()) {
        qCWarning(lcAlarms) << "cannot note the heartbeat of" << deviceId << (*up)->lastError().text();
        return;
    }
    if (!silentAlarm.isEmpty()) {
        Raise r;
        r.category = core::AlarmCategory::Restore;
        r.priority = 5;
        r.deviceId = deviceId;
        r.source = QStringLiteral("hub");
        r.sourceRef = QStringLiteral("heard:") + silentAlarm;
        r.detail = tr("The terminal is heard again (it was silent since %1).")
                       .arg(lastAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")));
        r.deviceTime = at;
        (void)raise(r);
    }
}

void AlarmService::processEvent(const DeviceEvent &e)
{
    heard(e.deviceId, e.deviceTime, 0);
    Raise r;
    r.deviceId = e.deviceId;
    r.source = QStringLiteral("device-event");
    r.sourceRef = QStringLiteral("dev:") + e.deviceId + QLatin1Char(':') + e.eventId;
    r.deviceTime = e.deviceTime;
    r.position = e.position;
    r.positionSource = e.positionSource;
    r.battery = e.battery;
    switch (e.type) {
    case DeviceEventType::Sos:
        r.category = core::AlarmCategory::Sos;
        r.priority = 1;
        break;
    case DeviceEventType::Fall:
        r.category = core::AlarmCategory::Fall;
        r.priority = 1;
        break;
    case DeviceEventType::LowBattery:
        r.category = core::AlarmCategory::LowBattery;
        r.priority = 4;
        r.workOrder = true;
        break;
    case DeviceEventType::PowerLost: {
        r.category = core::AlarmCategory::PowerLost;
        r.priority = 3;
        r.workOrder = true;
        // Events arrive out of order (a terminal without signal sends its queue later): mains
        // that came back after this loss, by the terminal's clock, make it news, not a fault.
        if (auto q = m_db.prepared(QStringLiteral("SELECT 1 FROM device_events WHERE device_id = ? AND "
                                                  "type = 'power_restored' AND device_time > ? LIMIT 1"))) {
            (*q)->addBindValue(e.deviceId);
            (*q)->addBindValue(timeText(e.deviceTime));
            if ((*q)->exec() && (*q)->next()) {
                r.priority = 5;
                r.workOrder = false;
                r.detail = tr("Reported late: the mains came back afterwards.");
            }
            (*q)->finish();
        }
        break;
    }
    case DeviceEventType::PowerRestored:
        r.category = core::AlarmCategory::PowerRestored;
        r.priority = 5;
        break;
    case DeviceEventType::Removed:
        r.category = core::AlarmCategory::DeviceRemoved;
        r.priority = 3;
        r.workOrder = true;
        break;
    case DeviceEventType::Heartbeat:
        break;
    }
    if (e.type != DeviceEventType::Heartbeat) {
        auto raised = raise(r);
        if (!raised) {
            qCCritical(lcAlarms).noquote() << "could not raise the alarm for event" << e.eventId << "of"
                                           << e.deviceId << ":" << raised.error().toString();
            return; // the watermark stays: catchUp() tries again
        }
        if (e.position)
            updatePosition(e.deviceId, *e.position, e.positionSource, e.deviceTime, e.battery);
    }
    if (Status s = saveWatermark(e.seq); !s)
        qCWarning(lcAlarms) << "cannot save the event watermark:" << s.error().toString();
}

void AlarmService::updatePosition(const QString &deviceId, const core::GeoPoint &position,
                                  core::PositionSource source, const QDateTime &at, int battery)
{
    // The terminal's newest position on its record, for the map and the next screen pop; an older
    // fix that arrives late does not move it back.
    store::DeviceRepository devices(m_db);
    auto device = devices.get(deviceId);
    if (!device || (device->positionAt.isValid() && device->positionAt >= at))
        return;
    core::Device d = *device;
    d.lastPosition = position;
    d.positionSource = source;
    d.positionAt = at;
    d.lastSeenAt = QDateTime::currentDateTimeUtc();
    if (battery >= 0)
        d.batteryPercent = battery;
    if (Status s = put(m_writes, core::RecordKind::Device, d, device->meta.version, {}); !s)
        qCWarning(lcAlarms) << "cannot update the position of" << deviceId << s.error().toString();
}

void AlarmService::onDeviceEvent(const DeviceEvent &event)
{
    // An event older than the watermark was handled before a restart (catchUp ran first).
    if (event.seq > 0 && event.seq <= m_doneSeq)
        return;
    processEvent(event);
}

Status AlarmService::catchUp()
{
    auto q =
        m_db.prepared(QStringLiteral("SELECT seq, device_id, event_id, body, received_at FROM device_events "
                                     "WHERE seq > ? ORDER BY seq"));
    if (!q)
        return q.error();
    (*q)->addBindValue(m_doneSeq);
    if (!(*q)->exec())
        return makeError(ErrorCode::Storage, (*q)->lastError().text());
    QList<DeviceEvent> pending;
    while ((*q)->next()) {
        const QJsonObject body = QJsonDocument::fromJson((*q)->value(3).toByteArray()).object();
        auto e = DeviceEvent::fromJson(body, (*q)->value(1).toString());
        if (!e)
            continue; // it was checked when it arrived; a body that no longer parses is left
        e->seq = (*q)->value(0).toLongLong();
        e->receivedAt = fromText((*q)->value(4).toString());
        pending.append(*e);
    }
    (*q)->finish();
    if (!pending.isEmpty())
        qCInfo(lcAlarms) << "turning" << pending.size() << "stored events into alarms";
    for (const DeviceEvent &e : std::as_const(pending))
        processEvent(e);
    return {};
}

QByteArray AlarmService::onScaip(const QByteArray &body, const QString &from)
{
    auto parsed = scaip::Request::parse(body);
    if (!parsed) {
        qCInfo(lcAlarms).noquote() << "SCAIP message from" << from << "refused: snu"
                                   << int(parsed.failure().snu) << parsed.error().toString();
        return scaip::Response::refused(parsed.failure()).toXml();
    }
    const scaip::Request &req = *parsed;
    const QString key =
        req.controllerId + QLatin1Char(':') + req.ref + QLatin1Char(':') + scaip::messageTypeKey(req.type);
    if (auto q = m_db.prepared(QStringLiteral("SELECT response FROM scaip_messages WHERE message_key = ?"))) {
        (*q)->addBindValue(key);
        if ((*q)->exec() && (*q)->next()) {
            const QByteArray again = (*q)->value(0).toByteArray();
            (*q)->finish();
            qCInfo(lcAlarms).noquote() << "SCAIP message" << key << "from" << from << "sent again";
            return again;
        }
        (*q)->finish();
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    store::DeviceRepository devices(m_db);
    QList<core::Device> found = devices.findBySerial(req.controllerId).valueOr({});
    if (found.isEmpty()) {
        if (auto number = core::PhoneNumber::parse(req.controllerId))
            found = devices.findBySimNumber(number->canonical()).valueOr({});
    }
    std::optional<core::Device> device;
    for (const core::Device &d : std::as_const(found)) {
        if (d.status != core::DeviceStatus::Removed && d.status != core::DeviceStatus::Lost)
            device = d;
    }
    const scaip::AlarmMeaning meaning = scaip::classify(req);
    scaip::Response response = scaip::Response::accepted(req);
    const QString sessionRef = QStringLiteral("scaip:") + req.controllerId + QLatin1Char(':') + req.ref;
    QString detail = req.statusText.isEmpty() ? req.deviceText : req.statusText;
    if (!req.locationText.isEmpty())
        detail += (detail.isEmpty() ? QString() : QStringLiteral(" · ")) + req.locationText;

    Raise r;
    r.source = QStringLiteral("scaip");
    r.sourceRef = sessionRef;
    r.deviceTime = req.positionTime.isValid() ? req.positionTime : now;
    r.position = req.position;
    r.positionSource = req.position ? core::PositionSource::Gps : core::PositionSource::Unknown;
    r.category = meaning.category;
    r.priority = meaning.priority;
    r.detail = detail;

    if (!device) {
        // Not ours: refuse (the terminal tries its next receiver) and make sure somebody sees it.
        response.snu = scaip::StatusNumber::NotTreated;
        response.statusText = QStringLiteral("unknown device");
        if (req.type != scaip::MessageType::Heartbeat) {
            r.category = core::AlarmCategory::UnknownDevice;
            r.priority = meaning.priority <= 1 ? 1 : 2;
            r.detail = tr("Terminal %1 is not on record (SIP %2); it reported: %3")
                           .arg(req.controllerId, from, core::label(meaning.category))
                       + (detail.isEmpty() ? QString() : QStringLiteral(" · ") + detail);
            (void)raise(r);
        } else {
            qCInfo(lcAlarms).noquote() << "heartbeat from unknown terminal" << req.controllerId << from;
        }
    } else {
        r.deviceId = device->meta.id;
        const int interval = req.heartbeatAdjustable ? m_settings.heartbeatSeconds : 0;
        heard(device->meta.id, now, interval);
        if (req.heartbeatAdjustable)
            response.heartbeatMinutes = std::max(1, m_settings.heartbeatSeconds / 60);
        switch (req.type) {
        case scaip::MessageType::Heartbeat:
            break;
        case scaip::MessageType::Reset:
        case scaip::MessageType::Info: {
            // News about an alarm of the same session: onto that alarm.
            store::AlarmRepository alarms(m_db);
            bool updated = false;
            for (core::Alarm a : alarms.bySourceRef(sessionRef).valueOr({})) {
                if (!a.isActive())
                    continue;
                const qint64 basedOn = a.meta.version;
                a.detail += (a.detail.isEmpty() ? QString() : QStringLiteral("\n"))
                            + (req.type == scaip::MessageType::Reset ? tr("The terminal withdrew the alarm.")
                                                                     : tr("Update: %1").arg(detail));
                if (req.position) {
                    a.position = req.position;
                    a.positionSource = core::PositionSource::Gps;
                    a.positionAt = r.deviceTime;
                }
                updated = put(m_writes, core::RecordKind::Alarm, a, basedOn, {}).ok();
            }
            if (!updated && req.type == scaip::MessageType::Info
                && meaning.category != core::AlarmCategory::Info) {
                r.sourceRef = sessionRef + QStringLiteral(":IN");
                (void)raise(r);
            }
            break;
        }
        case scaip::MessageType::Alarm:
            if (meaning.category == core::AlarmCategory::Heartbeat)
                break;
            r.workOrder = isFault(meaning.category);
            if (auto raised = raise(r); !raised) {
                // Not stored: say so, and the terminal sends it again or calls another receiver.
                response.snu = scaip::StatusNumber::NotTreated;
                qCCritical(lcAlarms) << "could not raise SCAIP alarm" << key << raised.error().toString();
            } else {
                if (meaning.priority <= 2)
                    response.mediaReply = scaip::MediaReply::Duplex; // the terminal opens a voice call
                if (req.position)
                    updatePosition(device->meta.id, *req.position, core::PositionSource::Gps, r.deviceTime,
                                   -1);
            }
            break;
        }
    }
    const QByteArray xml = response.toXml();
    if (response.snu == scaip::StatusNumber::Ok || !device) {
        if (auto ins = m_db.prepared(QStringLiteral(
                "INSERT INTO scaip_messages (message_key, received_at, response) VALUES (?, ?, ?)"))) {
            (*ins)->addBindValue(key);
            (*ins)->addBindValue(timeText(now));
            (*ins)->addBindValue(xml);
            if (!(*ins)->exec())
                qCWarning(lcAlarms) << "cannot keep SCAIP message" << key << (*ins)->lastError().text();
        }
    }
    qCInfo(lcAlarms).noquote() << "SCAIP" << scaip::messageTypeKey(req.type) << key << "from" << from
                               << "-> snu" << int(response.snu);
    return xml;
}

void AlarmService::check(const QDateTime &now)
{
    // Terminals gone quiet: two intervals without a word (one lost packet is not a fault).
    QList<QPair<QString, QDateTime>> silent;
    if (auto q = m_db.prepared(QStringLiteral(
            "SELECT device_id, last_at, interval_s FROM device_heartbeats WHERE silent_alarm IS NULL"))) {
        if ((*q)->exec()) {
            while ((*q)->next()) {
                const QDateTime last = fromText((*q)->value(1).toString());
                const int interval = std::max(1, (*q)->value(2).toInt());
                if (last.isValid() && last.secsTo(now) >= 2 * interval)
                    silent.append({(*q)->value(0).toString(), last});
            }
        }
        (*q)->finish();
    }
    for (const auto &[deviceId, last] : std::as_const(silent)) {
        Raise r;
        r.category = core::AlarmCategory::HeartbeatMissing;
        r.priority = 3;
        r.deviceId = deviceId;
        r.source = QStringLiteral("hub");
        r.sourceRef = QStringLiteral("silent:") + deviceId + QLatin1Char(':') + timeText(last);
        r.detail =
            tr("No heartbeat since %1.").arg(last.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")));
        r.deviceTime = last;
        r.workOrder = true;
        auto raised = raise(r);
        if (!raised)
            continue;
        if (auto up = m_db.prepared(
                QStringLiteral("UPDATE device_heartbeats SET silent_alarm = ? WHERE device_id = ?"))) {
            (*up)->addBindValue(raised->meta.id);
            (*up)->addBindValue(deviceId);
            (void)(*up)->exec();
        }
    }

    // Dead-man alert: open alarms nobody took in time go to the supervisors, once.
    store::AlarmRepository alarms(m_db);
    for (core::Alarm a : alarms.active().valueOr({})) {
        if (a.state != core::AlarmState::Open || a.escalatedAt.isValid()
            || a.raisedAt.secsTo(now) < m_settings.escalateSeconds)
            continue;
        const qint64 basedOn = a.meta.version;
        a.escalatedAt = now;
        if (Status s = put(m_writes, core::RecordKind::Alarm, a, basedOn, {}); !s) {
            // An agent took it in the same moment (version conflict): nothing to escalate.
            qCInfo(lcAlarms) << "alarm" << a.meta.id << "not escalated:" << s.error().toString();
            continue;
        }
        qCWarning(lcAlarms).noquote()
            << "alarm" << a.meta.id << core::enumKey(a.category) << "not taken within"
            << m_settings.escalateSeconds << "s: escalated to the supervisors";
        Q_EMIT alarmEscalated(a);
    }
}

} // namespace safelink::hub
