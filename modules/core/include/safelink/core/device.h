#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>

#include <QCborMap>
#include <QDate>
#include <QDateTime>

#include <optional>

namespace safelink::core {

// A wireless remote (waterproof button) paired to a fixed-line terminal, worn by one subject.
struct Remote {
    QString serial;
    QString subjectId;
    friend bool operator==(const Remote &, const Remote &) = default;
};

// 终端设备: a fixed-line terminal (固话式, dials over the home line) or a 4G wearable with GPS (穿戴式).
struct Device {
    RecordMeta meta;
    DeviceKind kind = DeviceKind::FixedLine;
    QString model;
    QString serial;
    QString imei;     // wearables: 15 digits with Luhn check
    QString simIccid; // 19-20 digits
    PhoneNumber simNumber;
    QString householdId;
    QString subjectId; // wearables belong to one person
    QList<Remote> remotes;
    DeviceStatus status = DeviceStatus::InStock;
    QDate installedOn;
    QString installedBy;
    QDateTime lastSeenAt;
    int batteryPercent = -1; // -1 unknown
    std::optional<GeoPoint> lastPosition;
    PositionSource positionSource = PositionSource::Unknown; // of lastPosition
    QDateTime positionAt;                                    // when the terminal took that fix

    static bool isValidImei(const QString &imei);

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<Device> fromCbor(const QCborValue &value);
    friend bool operator==(const Device &, const Device &) = default;
};

} // namespace safelink::core
