#pragma once

#include <safelink/core/alarm.h>
#include <safelink/core/result.h>
#include <safelink/hub/actor.h>
#include <safelink/hub/deviceevents.h>

#include <QObject>
#include <QTimer>

#include <optional>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

class AuditLog;
class WriteService;

// Turns what terminals say into work for people (报警): an SOS or a fall from the device gateway or
// a SCAIP message becomes an alarm on every desk's queue; a fault (low battery, mains lost, removed,
// a terminal gone silent) also opens a maintenance work order due within 24 h. Repeated messages
// about the same thing update the alarm that is still open instead of stacking new ones. Alarms
// nobody takes within the escalation time are marked escalated, which alerts the supervisors
// (dead-man alert). Everything is written through the WriteService, so desks see it at once.
class AlarmService : public QObject {
    Q_OBJECT

public:
    struct Settings {
        int heartbeatSeconds = 300; // a terminal's expected keep-alive interval (unless it says its own)
        int escalateSeconds = 60;   // an open alarm nobody has taken by then goes to the supervisors
    };

    AlarmService(store::Database &db, WriteService &writes, QObject *parent = nullptr);
    ~AlarmService() override;

    static Status setSettings(store::Database &db, AuditLog &audit, const Actor &actor,
                              std::optional<int> heartbeatSeconds, std::optional<int> escalateSeconds);
    void reloadSettings();
    const Settings &settings() const { return m_settings; }

    // A terminal's event from the HTTP device gateway (stored already; see DeviceEvents).
    void onDeviceEvent(const DeviceEvent &event);
    // Events stored but not yet turned into alarms (the hub stopped in between): run at start.
    Status catchUp();

    // A SCAIP <mrq> carried by the SIP proxy (`from` is the terminal's SIP URI); returns the <mrs>
    // to send back. The same message sent again gets the same answer and changes nothing.
    QByteArray onScaip(const QByteArray &body, const QString &from);

    // Silent terminals and alarms waiting too long (also every second by a timer).
    void check(const QDateTime &now);

Q_SIGNALS:
    void alarmRaised(const safelink::core::Alarm &alarm);
    void alarmEscalated(const safelink::core::Alarm &alarm);

private:
    struct Raise;
    Result<core::Alarm> raise(const Raise &r);
    void heard(const QString &deviceId, const QDateTime &at, int intervalSeconds);
    void processEvent(const DeviceEvent &event);
    void updatePosition(const QString &deviceId, const core::GeoPoint &position, core::PositionSource source,
                        const QDateTime &at, int battery);
    Status saveWatermark(qint64 seq);

    store::Database &m_db;
    WriteService &m_writes;
    Settings m_settings;
    QTimer m_timer;
    qint64 m_doneSeq = 0;
};

} // namespace safelink::hub
