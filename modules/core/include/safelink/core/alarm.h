#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>
#include <safelink/core/result.h>

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace safelink::core {

// 报警: something a terminal (or the hub about a terminal) says needs a person, on every desk's
// alarm queue until an agent has dealt with it. Raised by the hub (device events, SCAIP messages,
// silent terminals); taken, put on hold and closed by agents through the hub like any record, so
// every desk sees who has which alarm. Never deleted.
//   Open → Taken → Closed; Open/Taken → Held (a lower priority and a reason) → Taken → Closed.
class Alarm {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::Alarm)

public:
    // Priorities: 1 SOS, fall, fire ... 5 restores. A held alarm keeps its original priority.
    static constexpr int kHighest = 1;
    static constexpr int kLowest = 5;

    RecordMeta meta;
    AlarmCategory category = AlarmCategory::Other;
    int priority = 3;
    int originalPriority = 0; // before a hold lowered it; 0 when never held
    AlarmState state = AlarmState::Open;
    QString deviceId;     // empty for an unknown device
    QString subjectId;    // who wears or lives with the terminal, when known
    QString source;       // "device-event", "scaip", "hub"
    QString sourceRef;    // the terminal's event id or SCAIP controller:ref, for tracing
    QString detail;       // what the terminal said, or the hub's explanation
    QDateTime raisedAt;   // when the hub received it
    QDateTime deviceTime; // when it happened by the terminal's clock
    std::optional<GeoPoint> position;
    PositionSource positionSource = PositionSource::Unknown;
    QDateTime positionAt;
    int battery = -1;    // percent the terminal reported with it; -1 unknown
    QString takenBy;     // account id of the agent who has it
    QString takenByName; // shown on every desk
    QDateTime takenAt;
    QString holdReason;
    QDateTime heldAt;
    QDateTime escalatedAt; // nobody took it in time: the supervisors were alerted
    QDateTime closedAt;
    QString closedBy;
    QString outcome;
    QString caseId;      // the case opened for it
    QString workOrderId; // the maintenance order raised with it (faults)

    bool isActive() const { return state != AlarmState::Closed; }
    // Seconds it has waited for an agent (until taken), for the 60-second answer target.
    qint64 waitingSeconds(const QDateTime &now) const;

    // The agent's actions; each checks the state it starts from.
    Status take(const QString &accountId, const QString &name, const QDateTime &at);
    Status hold(const QString &reason, int lowerPriority, const QDateTime &at);
    Status close(const QString &accountId, const QString &outcome, const QDateTime &at);

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<Alarm> fromCbor(const QCborValue &value);
    friend bool operator==(const Alarm &, const Alarm &) = default;
};

} // namespace safelink::core
