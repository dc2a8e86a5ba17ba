#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>

#include <QCborMap>
#include <QList>
#include <QStringList>

namespace safelink::core {

// A person who signs in: agent (坐席), supervisor (班长), admin, or read-only auditor.
struct Account {
    RecordMeta meta;
    QString login;
    QString displayName;
    QList<Role> roles;
    QStringList skills; // languages/dialects spoken (routing), specialisms
    QString employeeNumber;
    bool active = true;

    bool hasRole(Role r) const { return roles.contains(r); }

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<Account> fromCbor(const QCborValue &value);
    friend bool operator==(const Account &, const Account &) = default;
};

// A workstation position (席位) with its SIP identity.
struct Seat {
    RecordMeta meta;
    QString name;    // "坐席 3"
    QString sipUser; // "1003"
    QString extension;
    QString location; // room / desk
    bool supervisorSeat = false;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<Seat> fromCbor(const QCborValue &value);
    friend bool operator==(const Seat &, const Seat &) = default;
};

} // namespace safelink::core
