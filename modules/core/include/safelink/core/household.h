#pragma once

#include <safelink/core/common.h>

#include <QCborMap>
#include <QStringList>

#include <optional>

namespace safelink::core {

// 户: the dwelling the service is installed in. One terminal and up to two remotes may serve two
// subjects living together (the tender's "一户有2名服务对象，则安装1套设备，两个遥控").
struct Household {
    RecordMeta meta;
    Address address;
    std::optional<GeoPoint> location;
    QStringList memberIds; // subjects
    PhoneNumber landline;  // the home line the fixed terminal dials from, if any
    QString accessNotes;   // how to get in: key box, neighbour with key, dog, stairs
    QString notes;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<Household> fromCbor(const QCborValue &value);
    friend bool operator==(const Household &, const Household &) = default;
};

} // namespace safelink::core
