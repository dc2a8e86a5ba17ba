#pragma once

#include <safelink/core/callrecord.h>
#include <safelink/core/casefile.h>
#include <safelink/core/device.h>
#include <safelink/core/household.h>
#include <safelink/core/subject.h>
#include <safelink/core/workorder.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace safelink::store {
class Database;
}

namespace safelink::desk {

// How the caller's number was recognised.
enum class CallerMatch {
    Unknown,  // in no record: the agent searches and may link the number
    Withheld, // no number (anonymous, or not a phone number)
    Subject,  // one of the person's own phones
    Terminal, // the SIM of a wearable, or the home line a fixed terminal dials from
    Contact,  // an emergency contact calling about the person
    Several,  // the number belongs to more than one person: the agent picks
};

// Everything the agent sees of a caller the instant she answers (来电弹屏), from the replica.
struct PopCard {
    QString callerNumber;  // as the phone line reported it
    QString callerDisplay; // "138 1234 5678"
    QString canonical;     // the form records use; empty when not a phone number
    CallerMatch match = CallerMatch::Unknown;
    QString matchNote; // why this person: "紧急联系人 陈明（子女）的号码"
    std::optional<core::Subject> subject;
    QList<core::Subject> candidates; // several people share the number
    int age = -1;
    std::optional<core::Household> household;
    QList<core::Subject> householdMembers; // the others living there
    QList<core::Device> devices;
    QList<core::CaseRecord> openCases;
    QList<core::CallRecord> lastCalls; // newest first
    QList<core::WorkOrder> services;   // newest first
    QString error;                     // the replica could not be read: the number is still shown

    bool isKnown() const { return subject.has_value(); }
};

// Builds pop cards from the seat's replica: indexed lookups only (caller ID, then the person's
// household, terminals, cases, calls and services), well under a millisecond with 100,000 people
// (tests/bench/bench_desk), so it runs on the GUI thread while the call rings.
class ScreenPop {
    Q_DECLARE_TR_FUNCTIONS(safelink::desk::ScreenPop)

public:
    // defaultAreaCode: the center's area code ("20"), for local numbers that arrive without one.
    ScreenPop(store::Database &replica, QString defaultAreaCode);

    // The card for an incoming number (a SIP user part such as "13812345678" or "+862083001234").
    PopCard forCaller(const QString &number, const QDate &today = QDate::currentDate()) const;
    // The card once the agent has picked or linked the person (keeps the caller's number).
    PopCard forSubject(const QString &subjectId, const QString &callerNumber,
                       const QDate &today = QDate::currentDate()) const;

    static int lastCallsShown() { return 5; }

private:
    void fill(PopCard &card, const core::Subject &subject, const QDate &today) const;
    QString contactNote(const core::Subject &subject, const QString &canonical) const;

    store::Database &m_db;
    QString m_areaCode;
};

} // namespace safelink::desk

Q_DECLARE_METATYPE(safelink::desk::PopCard)
