#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>

#include <QCborMap>
#include <QDateTime>

namespace safelink::core {

// 通话记录: one call leg handled by a seat, with its recording.
struct CallRecord {
    RecordMeta meta;
    CallDirection direction = CallDirection::Inbound;
    PhoneNumber remoteNumber;
    QString hotline; // the number that was dialled (for inbound)
    QString subjectId;
    QString agentId;
    QString seatId;
    QDateTime startedAt; // INVITE received / sent
    QDateTime answeredAt;
    QDateTime endedAt;
    CallDisposition disposition = CallDisposition::Answered;
    QString recordingId;
    QString caseId;
    QString sipCallId;

    // Seconds from start to answer (-1 if never answered), and talk time.
    qint64 waitSeconds() const;
    qint64 talkSeconds() const;

    QList<Error> problems() const;
    Status validate() const { return firstProblem(problems()); }
    QCborMap toCbor() const;
    static Result<CallRecord> fromCbor(const QCborValue &value);
    friend bool operator==(const CallRecord &, const CallRecord &) = default;
};

} // namespace safelink::core
