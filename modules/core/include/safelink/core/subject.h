#pragma once

#include <safelink/core/common.h>
#include <safelink/core/enums.h>
#include <safelink/core/residentid.h>

#include <QCborMap>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace safelink::core {

// 紧急联系人: called in order when the subject needs help.
struct EmergencyContact {
    int order = 1; // 1 = first to call
    QString name;
    Relationship relationship = Relationship::Other;
    QList<ContactPhone> phones;
    bool holdsKey = false; // can open the door
    bool livesNearby = false;
    QString notes;

    friend bool operator==(const EmergencyContact &, const EmergencyContact &) = default;
};

// 同意: the subject's (or guardian's) consent to the service and to processing health data.
struct Consent {
    bool given = false;
    QDate date;
    QString signedBy; // the subject or the guardian's name
    QString scope;

    friend bool operator==(const Consent &, const Consent &) = default;
};

// 服务对象: a person served by the center.
struct Subject {
    RecordMeta meta;
    QString name;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    ResidentId residentId;
    QList<ContactPhone> phones;
    QString householdId;
    Address address;
    std::optional<GeoPoint> location;
    QStringList languages; // spoken languages and dialects: 普通话, 粤语, 客家话, ...
    QList<SubjectCategory> categories;
    DisabilityLevel disabilityLevel = DisabilityLevel::None;
    FundingSequence fundingSequence = FundingSequence::None;
    CareTier careTier = CareTier::Routine;
    QString healthNotes;
    QStringList medications;
    QStringList allergies;
    QList<EmergencyContact> contacts; // kept sorted by order
    Consent consent;
    SubjectStatus status = SubjectStatus::Active;
    QDate statusSince;
    QString remarks;

    // Age in whole years on a given day (-1 when the birth date is unknown).
    int ageOn(const QDate &day) const;
    bool hasCategory(SubjectCategory c) const { return categories.contains(c); }
    // Name, address, notes, medications, allergies and contacts' names: what full-text search sees.
    QString searchText() const;

    // Every problem with the record, each naming its field, for a form to show next to the field.
    QList<Error> problems(const QDate &today = QDate::currentDate()) const;
    Status validate(const QDate &today = QDate::currentDate()) const { return firstProblem(problems(today)); }

    QCborMap toCbor() const;
    static Result<Subject> fromCbor(const QCborValue &value);

    friend bool operator==(const Subject &, const Subject &) = default;
};

} // namespace safelink::core
