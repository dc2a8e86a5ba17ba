#pragma once

#include <safelink/core/account.h>
#include <safelink/core/alarm.h>
#include <safelink/core/article.h>
#include <safelink/core/blockednumber.h>
#include <safelink/core/callrecord.h>
#include <safelink/core/casefile.h>
#include <safelink/core/device.h>
#include <safelink/core/household.h>
#include <safelink/core/resource.h>
#include <safelink/core/subject.h>
#include <safelink/core/workorder.h>
#include <safelink/store/repository.h>

namespace safelink::store {

// Who a calling number belongs to: the subject's own phone, or one of their emergency contacts'.
struct PhoneMatch {
    QString subjectId;
    bool isContact = false;
    friend bool operator==(const PhoneMatch &, const PhoneMatch &) = default;
};

class SubjectRepository : public RecordRepository<core::Subject> {
public:
    using RecordRepository::RecordRepository;

    // Caller ID: indexed lookup of a canonical number (PhoneNumber::canonical()). Own phones first.
    Result<QList<PhoneMatch>> findByPhone(const QString &canonical);
    Result<QList<core::Subject>> findByResidentId(const QString &number);
    Result<QList<core::Subject>> inHousehold(const QString &householdId);
    Result<QStringList> idsInCategory(core::SubjectCategory category);
    // Chinese full-text search over name, address, notes, medications, allergies and contacts'
    // names; also matches ID numbers and phones. Every term must match.
    Result<QList<core::Subject>> search(const QString &query, int limit = 50);

    Status clearAll() override;

protected:
    Status writeSideTables(const core::Subject &s) override;
    Status removeSideTables(const QString &id) override;
};

class DeviceRepository : public RecordRepository<core::Device> {
public:
    using RecordRepository::RecordRepository;
    Result<QList<core::Device>> findByImei(const QString &imei);
    Result<QList<core::Device>> findBySerial(const QString &serial);
    // Caller ID of a terminal: the canonical number of its SIM card.
    Result<QList<core::Device>> findBySimNumber(const QString &canonical);
    Result<QList<core::Device>> inHousehold(const QString &householdId);
};

class CaseRepository : public RecordRepository<core::CaseRecord> {
public:
    using RecordRepository::RecordRepository;
    Result<QList<core::CaseRecord>> forSubject(const QString &subjectId, int limit = 50); // newest first
    Result<QList<core::CaseRecord>> withStatus(core::CaseStatus status, int limit = -1);
};

class CallRepository : public RecordRepository<core::CallRecord> {
public:
    using RecordRepository::RecordRepository;
    Result<QList<core::CallRecord>> forSubject(const QString &subjectId, int limit = 20); // newest first
    Result<QList<core::CallRecord>> fromNumber(const QString &canonical, int limit = 20);
    // The newest calls of the center (or of one seat), newest first.
    Result<QList<core::CallRecord>> recent(int limit = 200, const QString &seatId = {});
};

class WorkOrderRepository : public RecordRepository<core::WorkOrder> {
public:
    using RecordRepository::RecordRepository;
    Result<QList<core::WorkOrder>> withState(core::WorkOrderState state);
    // Open orders whose deadline has passed, most overdue first.
    Result<QList<core::WorkOrder>> overdue(const QDateTime &now);
    Result<QList<core::WorkOrder>> forSubject(const QString &subjectId);
};

class BlockedNumberRepository : public RecordRepository<core::BlockedNumber> {
public:
    using RecordRepository::RecordRepository;
    Result<std::optional<core::BlockedNumber>> findByNumber(const QString &canonical);
};

class AlarmRepository : public RecordRepository<core::Alarm> {
public:
    using RecordRepository::RecordRepository;
    // Alarms not closed yet, most urgent first, then the longest waiting.
    Result<QList<core::Alarm>> active();
    Result<QList<core::Alarm>> activeForDevice(const QString &deviceId);
    // Alarms raised from one terminal message (deduplication).
    Result<QList<core::Alarm>> bySourceRef(const QString &sourceRef);
};

class ResourceRepository : public RecordRepository<core::Resource> {
public:
    using RecordRepository::RecordRepository;
    Result<QList<core::Resource>> inCategory(core::ResourceCategory category);
};

class KbArticleRepository : public RecordRepository<core::KbArticle> {
public:
    using RecordRepository::RecordRepository;
    Result<QList<core::KbArticle>> inFolder(const QString &folderId);
    Result<QList<core::KbArticle>> search(const QString &query, int limit = 50);

    Status clearAll() override;

protected:
    Status writeSideTables(const core::KbArticle &a) override;
    Status removeSideTables(const QString &id) override;
};

class AccountRepository : public RecordRepository<core::Account> {
public:
    using RecordRepository::RecordRepository;
    Result<core::Account> findByLogin(const QString &login);
};

class HouseholdRepository : public RecordRepository<core::Household> {
public:
    using RecordRepository::RecordRepository;

    // Caller ID of a fixed-line terminal: the home line it dials from (canonical number).
    Result<QList<core::Household>> findByLandline(const QString &canonical);
};
using KbFolderRepository = RecordRepository<core::KbFolder>;
using SeatRepository = RecordRepository<core::Seat>;

} // namespace safelink::store
