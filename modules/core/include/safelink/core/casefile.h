#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>

#include <QCborMap>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace safelink::core {

// One time-stamped step of a case: "assessed", "called 120", "notified daughter", a free note.
struct CaseStep {
    QString kind; // stable key: assess, call_120, call_110, notify_contact, follow_up, note, ...
    QDateTime at;
    QString by; // account id
    QString note;
    friend bool operator==(const CaseStep &, const CaseStep &) = default;
};

// 工单/个案: what the center did about one request (an alarm, a question, a complaint, ...).
struct CaseRecord {
    RecordMeta meta;
    QString number; // human-readable, given by the hub: "JJ-20261123-0001"
    CaseType type = CaseType::Emergency;
    CaseStatus status = CaseStatus::Open;
    int priority = 3; // 1 (life at risk) .. 5 (informational)
    QString subjectId;
    PhoneNumber callerNumber;
    QDateTime openedAt;
    QString openedBy;
    QString summary;
    QString notes;
    QString outcomeCode; // from the outcome code list, required to close
    std::optional<GeoPoint> location;
    QList<CaseStep> steps;
    QStringList callIds;
    QStringList articleIds; // knowledge-base articles attached by the agent
    QDateTime followUpDue;  // the same-day callback (当日回访)
    QDateTime closedAt;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<CaseRecord> fromCbor(const QCborValue &value);
    friend bool operator==(const CaseRecord &, const CaseRecord &) = default;
};

} // namespace safelink::core
