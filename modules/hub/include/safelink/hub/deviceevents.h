#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>
#include <safelink/core/result.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

// What an alarm terminal reports. Keys (what the terminals send and the table stores) are
// append-only, like the other closed vocabularies.
enum class DeviceEventType { Sos, Fall, LowBattery, PowerLost, PowerRestored, Heartbeat, Removed };

QString deviceEventTypeKey(DeviceEventType type);
std::optional<DeviceEventType> deviceEventTypeFromKey(QStringView key);

using PositionSource = core::PositionSource; // gps or cell from a terminal

QString positionSourceKey(PositionSource source);

// One event as a terminal posted it, checked. Times are UTC.
struct DeviceEvent {
    qint64 seq = 0; // the hub's order of arrival; 0 until stored
    QString deviceId;
    QString eventId; // the terminal's own unique id for the event: a re-sent event is stored once
    DeviceEventType type = DeviceEventType::Heartbeat;
    QDateTime deviceTime; // when it happened, by the terminal's clock
    QDateTime receivedAt; // when the hub stored it
    std::optional<core::GeoPoint> position;
    PositionSource positionSource = PositionSource::Gps;
    int battery = -1; // percent; -1 when not reported

    QJsonObject toJson() const;
    // Strict: wrong JSON types, unknown types, times without a zone, coordinates or battery out of
    // range are ErrorCode::Invalid naming the field ("position.lat"). `deviceId` is the device the
    // caller authenticated as; a body naming another device is ErrorCode::Forbidden. Unknown keys
    // are ignored (newer firmware may send more).
    static Result<DeviceEvent> fromJson(const QJsonObject &body, const QString &deviceId);
};

struct DeviceEventOutcome {
    DeviceEvent event;
    bool duplicate = false; // the device sent this eventId before: nothing new was stored
};

// The device gateway's store: per-device tokens (kept as SHA-256 hashes in `device_tokens`) and
// the events terminals post (table `device_events`, one row per device and eventId).
class DeviceEvents : public QObject {
    Q_OBJECT

public:
    explicit DeviceEvents(store::Database &db, QObject *parent = nullptr);
    ~DeviceEvents() override;

    // A new token for a device that is on record (NotFound otherwise), replacing any earlier one.
    // The plain token is returned once; only its hash is stored.
    Result<QString> issueToken(const QString &deviceId);
    Status revokeToken(const QString &deviceId);
    // The device a token belongs to; Unauthenticated when the token is unknown or revoked.
    Result<QString> deviceForToken(const QString &token);

    // Stores an event unless its device sent the same eventId before, and fills in seq and
    // receivedAt. `body` is kept as received. Announces new events once they are committed.
    Result<DeviceEventOutcome> record(DeviceEvent event, const QByteArray &body);
    // The newest `limit` events of a device by device time, listed oldest first.
    Result<QList<DeviceEvent>> recent(const QString &deviceId, int limit);
    Result<qint64> count();

Q_SIGNALS:
    void received(const safelink::hub::DeviceEvent &event);

private:
    store::Database &m_db;
};

} // namespace safelink::hub
