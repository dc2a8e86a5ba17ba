#pragma once

#include <safelink/core/common.h>
#include <safelink/core/phone.h>
#include <safelink/core/result.h>

#include <QCborMap>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace safelink::core {

// 骚扰电话屏蔽: a number the hotline refuses, with why and who decided. Kept by supervisors (through
// the hub, synced to every desk so that agents see why a caller never reaches them).
struct BlockedNumber {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::BlockedNumber)

public:
    static constexpr int kMaxReason = 200;

    RecordMeta meta;
    PhoneNumber number;
    QString reason;
    QString addedBy; // login or name of the supervisor
    QDateTime addedAt;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<BlockedNumber> fromCbor(const QCborValue &value);
    friend bool operator==(const BlockedNumber &, const BlockedNumber &) = default;
};

} // namespace safelink::core
