#include <safelink/hub/deviceevents.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

Q_LOGGING_CATEGORY(lcDevices, "safelink.hub.devices")

namespace safelink::hub {

using namespace safelink::core;

namespace {

constexpr std::array<std::pair<DeviceEventType, const char *>, 7> kTypes{{
    {DeviceEventType::Sos, "sos"},
    {DeviceEventType::Fall, "fall"},
    {DeviceEventType::LowBattery, "low_battery"},
    {DeviceEventType::PowerLost, "power_lost"},
    {DeviceEventType::PowerRestored, "power_restored"},
    {DeviceEventType::Heartbeat, "heartbeat"},
    {DeviceEventType::Removed, "removed"},
}};

constexpr int kMaxEventIdLength = 128;

class DeviceText {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::DeviceEvents)

public:
    static QString missing() { return tr("This field is required."); }
    static QString expectedText() { return tr("Expected text."); }
    static QString expectedNumber() { return tr("Expected a number."); }
    static QString expectedObject() { return tr("Expected an object."); }
    static QString emptyText() { return tr("Must not be empty."); }
    static QString tooLong(int max) { return tr("At most %1 characters.").arg(max); }
    static QString otherDevice() { return tr("This token belongs to another device."); }
    static QString unknownType(const QString &value)
    {
        return tr("Unknown event type \"%1\"; expected one of sos, fall, low_battery, power_lost, "
                  "power_restored, heartbeat, removed.")
            .arg(value);
    }
    static QString badTime()
    {
        return tr("Expected a time in ISO 8601 with a time zone, such as 2026-11-23T08:15:30+08:00.");
    }
    static QString latitude() { return tr("A latitude is a number from -90 to 90."); }
    static QString longitude() { return tr("A longitude is a number from -180 to 180."); }
    static QString accuracy() { return tr("The accuracy is a number of metres, not negative."); }
    static QString source() { return tr("The position source is gps or cell."); }
    static QString battery() { return tr("The battery level is a whole number from 0 to 100."); }
    static QString noDevice() { return tr("There is no device with this id."); }
    static QString noToken() { return tr("This device has no token."); }
    static QString unknownToken() { return tr("The device token is unknown or was revoked."); }
};

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Error invalid(const QString &field, const QString &why)
{
    return makeError(ErrorCode::Invalid, why, field);
}

// A number that JSON carried, or the reason it is not one.
std::optional<double> number(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
}

Result<std::optional<GeoPoint>> readPosition(const QJsonValue &v, PositionSource &source)
{
    if (v.isUndefined() || v.isNull())
        return std::optional<GeoPoint>();
    if (!v.isObject())
        return invalid(QStringLiteral("position"), DeviceText::expectedObject());
    const QJsonObject p = v.toObject();
    GeoPoint point;
    const QJsonValue lat = p.value(QLatin1String("lat"));
    if (lat.isUndefined())
        return invalid(QStringLiteral("position.lat"), DeviceText::missing());
    const auto latValue = number(lat);
    if (!latValue || *latValue < -90 || *latValue > 90)
        return invalid(QStringLiteral("position.lat"), DeviceText::latitude());
    point.latitude = *latValue;
    const QJsonValue lon = p.value(QLatin1String("lon"));
    if (lon.isUndefined())
        return invalid(QStringLiteral("position.lon"), DeviceText::missing());
    const auto lonValue = number(lon);
    if (!lonValue || *lonValue < -180 || *lonValue > 180)
        return invalid(QStringLiteral("position.lon"), DeviceText::longitude());
    point.longitude = *lonValue;
    const QJsonValue acc = p.value(QLatin1String("accuracy"));
    if (!acc.isUndefined() && !acc.isNull()) {
        const auto accValue = number(acc);
        if (!accValue || *accValue < 0)
            return invalid(QStringLiteral("position.accuracy"), DeviceText::accuracy());
        point.accuracyMeters = *accValue;
    }
    const QJsonValue src = p.value(QLatin1String("source"));
    if (src.isUndefined() || src.isNull())
        return invalid(QStringLiteral("position.source"), DeviceText::missing());
    if (src == QJsonValue(QStringLiteral("gps")))
        source = PositionSource::Gps;
    else if (src == QJsonValue(QStringLiteral("cell")))
        source = PositionSource::Cell;
    else
        return invalid(QStringLiteral("position.source"), DeviceText::source());
    return std::optional<GeoPoint>(point);
}

} // namespace

QString deviceEventTypeKey(DeviceEventType type)
{
    for (const auto &[t, key] : kTypes) {
        if (t == type)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<DeviceEventType> deviceEventTypeFromKey(QStringView key)
{
    for (const auto &[t, k] : kTypes) {
        if (key == QLatin1String(k))
            return t;
    }
    return std::nullopt;
}

QString positionSourceKey(PositionSource source)
{
    return core::enumKey(source);
}

QJsonObject DeviceEvent::toJson() const
{
    QJsonObject o{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("deviceId"), deviceId},
        {QStringLiteral("eventId"), eventId},
        {QStringLiteral("type"), deviceEventTypeKey(type)},
        {QStringLiteral("at"), timeText(deviceTime)},
        {QStringLiteral("receivedAt"),
         receivedAt.isValid() ? QJsonValue(timeText(receivedAt)) : QJsonValue()},
    };
    if (position) {
        o.insert(QStringLiteral("position"),
                 QJsonObject{{QStringLiteral("lat"), position->latitude},
                             {QStringLiteral("lon"), position->longitude},
                             {QStringLiteral("accuracy"), position->accuracyMeters},
                             {QStringLiteral("source"), positionSourceKey(positionSource)}});
    }
    if (battery >= 0)
        o.insert(QStringLiteral("battery"), battery);
    return o;
}

Result<DeviceEvent> DeviceEvent::fromJson(const QJsonObject &body, const QString &deviceId)
{
    DeviceEvent e;
    e.deviceId = deviceId;

    const QJsonValue device = body.value(QLatin1String("deviceId"));
    if (!device.isUndefined() && !device.isNull()) {
        if (!device.isString())
            return invalid(QStringLiteral("deviceId"), DeviceText::expectedText());
        if (device.toString() != deviceId)
            return makeError(ErrorCode::Forbidden, DeviceText::otherDevice(), QStringLiteral("deviceId"));
    }

    const QJsonValue eventId = body.value(QLatin1String("eventId"));
    if (eventId.isUndefined() || eventId.isNull())
        return invalid(QStringLiteral("eventId"), DeviceText::missing());
    if (!eventId.isString())
        return invalid(QStringLiteral("eventId"), DeviceText::expectedText());
    e.eventId = eventId.toString();
    if (e.eventId.trimmed().isEmpty())
        return invalid(QStringLiteral("eventId"), DeviceText::emptyText());
    if (e.eventId.size() > kMaxEventIdLength)
        return invalid(QStringLiteral("eventId"), DeviceText::tooLong(kMaxEventIdLength));

    const QJsonValue type = body.value(QLatin1String("type"));
    if (type.isUndefined() || type.isNull())
        return invalid(QStringLiteral("type"), DeviceText::missing());
    if (!type.isString())
        return invalid(QStringLiteral("type"), DeviceText::expectedText());
    const auto parsedType = deviceEventTypeFromKey(type.toString());
    if (!parsedType)
        return invalid(QStringLiteral("type"), DeviceText::unknownType(type.toString()));
    e.type = *parsedType;

    const QJsonValue at = body.value(QLatin1String("at"));
    if (at.isUndefined() || at.isNull())
        return invalid(QStringLiteral("at"), DeviceText::missing());
    if (!at.isString())
        return invalid(QStringLiteral("at"), DeviceText::badTime());
    const QDateTime time = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
    // A time without a zone would be read in the hub's zone: a terminal must say which it means.
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime)
        return invalid(QStringLiteral("at"), DeviceText::badTime());
    e.deviceTime = time.toUTC();

    auto position = readPosition(body.value(QLatin1String("position")), e.positionSource);
    if (!position)
        return position.error();
    e.position = *position;

    const QJsonValue battery = body.value(QLatin1String("battery"));
    if (!battery.isUndefined() && !battery.isNull()) {
        const auto level = number(battery);
        if (!level || *level < 0 || *level > 100 || std::floor(*level) != *level)
            return invalid(QStringLiteral("battery"), DeviceText::battery());
        e.battery = int(*level);
    }
    return e;
}

DeviceEvents::DeviceEvents(store::Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    if (sodium_init() < 0)
        qCCritical(lcDevices) << "libsodium could not be initialised";
}

DeviceEvents::~DeviceEvents() = default;

Result<QString> DeviceEvents::issueToken(const QString &deviceId)
{
    store::DeviceRepository devices(m_db);
    auto version = devices.storedVersion(deviceId);
    if (!version)
        return version.error();
    if (*version == 0)
        return makeError(ErrorCode::NotFound, DeviceText::noDevice(), QStringLiteral("deviceId"));

    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    const QString token =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    auto q = m_db.prepared(
        QStringLiteral("INSERT INTO device_tokens (device_id, token_hash, created_at) VALUES (?, ?, ?) ON "
                       "CONFLICT (device_id) "
                       "DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at"));
    if (!q)
        return q.error();
    (*q)->addBindValue(deviceId);
    (*q)->addBindValue(tokenHash(token));
    (*q)->addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("device token"), (*q)->lastError());
    qCInfo(lcDevices) << "issued a token for device" << deviceId;
    return token;
}

Status DeviceEvents::revokeToken(const QString &deviceId)
{
    auto q = m_db.prepared(QStringLiteral("DELETE FROM device_tokens WHERE device_id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(deviceId);
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("revoke device token"), (*q)->lastError());
    if ((*q)->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, DeviceText::noToken(), QStringLiteral("deviceId"));
    qCInfo(lcDevices) << "revoked the token of device" << deviceId;
    return {};
}

Result<QString> DeviceEvents::deviceForToken(const QString &token)
{
    const Error unknown = makeError(ErrorCode::Unauthenticated, DeviceText::unknownToken());
    if (token.isEmpty())
        return unknown;
    auto q = m_db.prepared(QStringLiteral("SELECT device_id FROM device_tokens WHERE token_hash = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(tokenHash(token));
    if (!(*q)->exec())
        return store::sqlError(QStringLiteral("device token"), (*q)->lastError());
    if (!(*q)->next()) {
        (*q)->finish();
        return unknown;
    }
    const QString deviceId = (*q)->value(0).toString();
    (*q)->finish();
    return deviceId;
}

Result<DeviceEventOutcome> DeviceEvents::record(DeviceEvent event, const QByteArray &body)
{
    DeviceEventOutcome outcome{std::move(event), false};
    DeviceEvent &e = outcome.event;
    Status s = m_db.transaction([&]() -> Status {
        auto seen = m_db.prepared(QStringLiteral(
            "SELECT seq, received_at FROM device_events WHERE device_id = ? AND event_id = ?"));
        if (!seen)
            return seen.error();
        (*seen)->addBindValue(e.deviceId);
        (*seen)->addBindValue(e.eventId);
        if (!(*seen)->exec())
            return store::sqlError(QStringLiteral("device event"), (*seen)->lastError());
        if ((*seen)->next()) {
            e.seq = (*seen)->value(0).toLongLong();
            e.receivedAt = QDateTime::fromString((*seen)->value(1).toString(), Qt::ISODateWithMs);
            (*seen)->finish();
            outcome.duplicate = true;
            return {};
        }
        (*seen)->finish();

        e.receivedAt = QDateTime::currentDateTimeUtc();
        auto ins = m_db.prepared(QStringLiteral(
            "INSERT INTO device_events (device_id, event_id, type, device_time, received_at, body) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING seq"));
        if (!ins)
            return ins.error();
        (*ins)->addBindValue(e.deviceId);
        (*ins)->addBindValue(e.eventId);
        (*ins)->addBindValue(deviceEventTypeKey(e.type));
        (*ins)->addBindValue(timeText(e.deviceTime));
        (*ins)->addBindValue(timeText(e.receivedAt));
        (*ins)->addBindValue(body);
        if (!(*ins)->exec() || !(*ins)->next())
            return store::sqlError(QStringLiteral("store device event"), (*ins)->lastError());
        e.seq = (*ins)->value(0).toLongLong();
        (*ins)->finish();
        return {};
    });
    if (!s)
        return s.error();
    if (outcome.duplicate) {
        qCDebug(lcDevices) << "device" << e.deviceId << "re-sent event" << e.eventId;
    } else {
        qCInfo(lcDevices) << "device" << e.deviceId << "event" << deviceEventTypeKey(e.type) << "seq"
                          << e.seq;
        m_db.afterCommit([this, stored = e] { Q_EMIT received(stored); });
    }
    return outcome;
}

Result<QList<DeviceEvent>> DeviceEvents::recent(const QString &deviceId, int limit)
{
    auto q = m_db.prepared(QStringLiteral(
        "SELECT seq, event_id, type, device_time, received_at, body FROM device_events WHERE device_id = ? "
        "ORDER BY device_time DESC, seq DESC LIMIT ?"));
    if (!q)
        return q.error();
    QSqlQuery &query = **q;
    query.addBindValue(deviceId);
    query.addBindValue(limit);
    if (!query.exec())
        return store::sqlError(QStringLiteral("device events"), query.lastError());
    QList<DeviceEvent> out;
    while (query.next()) {
        const QJsonObject body = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        auto parsed = DeviceEvent::fromJson(body, deviceId);
        DeviceEvent e;
        if (parsed) {
            e = std::move(parsed).value();
        } else {
            // Accepted once, so the columns are good even if today's rules would refuse the body.
            qCWarning(lcDevices) << "stored event" << query.value(0).toLongLong()
                                 << "no longer parses:" << parsed.error().toString();
            e.deviceId = deviceId;
            e.eventId = query.value(1).toString();
            e.type = deviceEventTypeFromKey(query.value(2).toString()).value_or(DeviceEventType::Heartbeat);
            e.deviceTime = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
        }
        e.seq = query.value(0).toLongLong();
        e.receivedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        out.append(e);
    }
    query.finish();
    std::reverse(out.begin(), out.end());
    return out;
}

Result<qint64> DeviceEvents::count()
{
    auto q = m_db.prepared(QStringLiteral("SELECT COUNT(*) FROM device_events"));
    if (!q)
        return q.error();
    if (!(*q)->exec() || !(*q)->next())
        return store::sqlError(QStringLiteral("count device events"), (*q)->lastError());
    const qint64 n = (*q)->value(0).toLongLong();
    (*q)->finish();
    return n;
}

} // namespace safelink::hub
