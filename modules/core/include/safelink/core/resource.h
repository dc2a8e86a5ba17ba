#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>

#include <QCborMap>
#include <QStringList>

#include <optional>

namespace safelink::core {

struct ResourceContact {
    QString name;
    QString role;
    QList<ContactPhone> phones;
    friend bool operator==(const ResourceContact &, const ResourceContact &) = default;
};

// 服务资源: a hospital, 120 station, police station, social worker, provider of home care, meals
// or repairs that the center refers work to.
struct Resource {
    RecordMeta meta;
    QString name;
    ResourceCategory category = ResourceCategory::Other;
    QStringList serviceAreas; // region codes served (prefix match: "440104" covers its streets)
    Address address;
    std::optional<GeoPoint> location;
    QList<ResourceContact> contacts;
    QString hours; // "24小时", "周一至周五 8:30-17:30"
    ResourceStatus status = ResourceStatus::Active;
    QString notes;

    bool serves(const QString &regionCode) const;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<Resource> fromCbor(const QCborValue &value);
    friend bool operator==(const Resource &, const Resource &) = default;
};

} // namespace safelink::core
