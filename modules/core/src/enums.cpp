#include <safelink/core/enums.h>

#include <QCoreApplication>

namespace safelink::core {

namespace {
QString tl(const char *text)
{
    return QCoreApplication::translate("safelink::core::Labels", text);
}
} // namespace

// clang-format off
const std::array<std::pair<Sex, const char *>, 3> EnumKeys<Sex>::table{{
    {Sex::Unknown, "unknown"}, {Sex::Male, "male"}, {Sex::Female, "female"}}};
const std::array<std::pair<SubjectCategory, const char *>, 13> EnumKeys<SubjectCategory>::table{{
    {SubjectCategory::DispersedExtremePoverty, "dispersed_extreme_poverty"},
    {SubjectCategory::Dibao, "dibao"},
    {SubjectCategory::DibaoMarginal, "dibao_marginal"},
    {SubjectCategory::LivingAlone, "living_alone"},
    {SubjectCategory::ElderlyOnlyHousehold, "elderly_only_household"},
    {SubjectCategory::SevereDisability, "severe_disability"},
    {SubjectCategory::Disabled, "disabled"},
    {SubjectCategory::LostOnlyChild, "lost_only_child"},
    {SubjectCategory::Orphan, "orphan"},
    {SubjectCategory::DeFactoUnattendedChild, "de_facto_unattended_child"},
    {SubjectCategory::HivAffectedChild, "hiv_affected_child"},
    {SubjectCategory::LeftBehindElderly, "left_behind_elderly"},
    {SubjectCategory::SelfPaying, "self_paying"}}};
const std::array<std::pair<DisabilityLevel, const char *>, 4> EnumKeys<DisabilityLevel>::table{{
    {DisabilityLevel::None, "none"}, {DisabilityLevel::Mild, "mild"},
    {DisabilityLevel::Moderate, "moderate"}, {DisabilityLevel::Severe, "severe"}}};
const std::array<std::pair<FundingSequence, const char *>, 4> EnumKeys<FundingSequence>::table{{
    {FundingSequence::None, "none"}, {FundingSequence::First, "first"},
    {FundingSequence::Second, "second"}, {FundingSequence::Third, "third"}}};
const std::array<std::pair<CareTier, const char *>, 3> EnumKeys<CareTier>::table{{
    {CareTier::Routine, "routine"}, {CareTier::KeyVisit, "key_visit"}, {CareTier::SpecialCare, "special_care"}}};
const std::array<std::pair<SubjectStatus, const char *>, 4> EnumKeys<SubjectStatus>::table{{
    {SubjectStatus::Active, "active"}, {SubjectStatus::Suspended, "suspended"},
    {SubjectStatus::Withdrawn, "withdrawn"}, {SubjectStatus::Deceased, "deceased"}}};
const std::array<std::pair<Relationship, const char *>, 14> EnumKeys<Relationship>::table{{
    {Relationship::Spouse, "spouse"}, {Relationship::Son, "son"}, {Relationship::Daughter, "daughter"},
    {Relationship::SonInLaw, "son_in_law"}, {Relationship::DaughterInLaw, "daughter_in_law"},
    {Relationship::Grandchild, "grandchild"}, {Relationship::Sibling, "sibling"},
    {Relationship::Relative, "relative"}, {Relationship::Neighbour, "neighbour"},
    {Relationship::Friend, "friend"}, {Relationship::SocialWorker, "social_worker"},
    {Relationship::GridWorker, "grid_worker"}, {Relationship::Guardian, "guardian"},
    {Relationship::Other, "other"}}};
const std::array<std::pair<DeviceKind, const char *>, 2> EnumKeys<DeviceKind>::table{{
    {DeviceKind::FixedLine, "fixed_line"}, {DeviceKind::Wearable, "wearable"}}};
const std::array<std::pair<DeviceStatus, const char *>, 5> EnumKeys<DeviceStatus>::table{{
    {DeviceStatus::InStock, "in_stock"}, {DeviceStatus::Installed, "installed"},
    {DeviceStatus::Faulty, "faulty"}, {DeviceStatus::Removed, "removed"}, {DeviceStatus::Lost, "lost"}}};
const std::array<std::pair<CaseType, const char *>, 7> EnumKeys<CaseType>::table{{
    {CaseType::Emergency, "emergency"}, {CaseType::Consultation, "consultation"},
    {CaseType::Complaint, "complaint"}, {CaseType::ServiceRequest, "service_request"},
    {CaseType::DeviceFault, "device_fault"}, {CaseType::CareCall, "care_call"}, {CaseType::Other, "other"}}};
const std::array<std::pair<CaseStatus, const char *>, 3> EnumKeys<CaseStatus>::table{{
    {CaseStatus::Open, "open"}, {CaseStatus::FollowUp, "follow_up"}, {CaseStatus::Closed, "closed"}}};
const std::array<std::pair<CallDirection, const char *>, 2> EnumKeys<CallDirection>::table{{
    {CallDirection::Inbound, "inbound"}, {CallDirection::Outbound, "outbound"}}};
const std::array<std::pair<CallDisposition, const char *>, 5> EnumKeys<CallDisposition>::table{{
    {CallDisposition::Answered, "answered"}, {CallDisposition::Missed, "missed"},
    {CallDisposition::Abandoned, "abandoned"}, {CallDisposition::Rejected, "rejected"},
    {CallDisposition::Failed, "failed"}}};
const std::array<std::pair<WorkOrderKind, const char *>, 5> EnumKeys<WorkOrderKind>::table{{
    {WorkOrderKind::Maintenance, "maintenance"}, {WorkOrderKind::ServiceReferral, "service_referral"},
    {WorkOrderKind::HomeVisit, "home_visit"}, {WorkOrderKind::Callback, "callback"},
    {WorkOrderKind::Installation, "installation"}}};
const std::array<std::pair<WorkOrderState, const char *>, 7> EnumKeys<WorkOrderState>::table{{
    {WorkOrderState::Created, "created"}, {WorkOrderState::Assigned, "assigned"},
    {WorkOrderState::Accepted, "accepted"}, {WorkOrderState::InProgress, "in_progress"},
    {WorkOrderState::Completed, "completed"}, {WorkOrderState::Verified, "verified"},
    {WorkOrderState::Cancelled, "cancelled"}}};
const std::array<std::pair<ResourceCategory, const char *>, 13> EnumKeys<ResourceCategory>::table{{
    {ResourceCategory::Hospital, "hospital"}, {ResourceCategory::EmergencyStation, "emergency_station"},
    {ResourceCategory::Police, "police"}, {ResourceCategory::FireStation, "fire_station"},
    {ResourceCategory::SocialWorker, "social_worker"}, {ResourceCategory::GridWorker, "grid_worker"},
    {ResourceCategory::Volunteer, "volunteer"}, {ResourceCategory::HomeCare, "home_care"},
    {ResourceCategory::MealService, "meal_service"}, {ResourceCategory::Repair, "repair"},
    {ResourceCategory::Housekeeping, "housekeeping"}, {ResourceCategory::Pharmacy, "pharmacy"},
    {ResourceCategory::Other, "other"}}};
const std::array<std::pair<ResourceStatus, const char *>, 3> EnumKeys<ResourceStatus>::table{{
    {ResourceStatus::Active, "active"}, {ResourceStatus::Suspended, "suspended"},
    {ResourceStatus::Terminated, "terminated"}}};
const std::array<std::pair<ArticleStatus, const char *>, 3> EnumKeys<ArticleStatus>::table{{
    {ArticleStatus::Draft, "draft"}, {ArticleStatus::Published, "published"}, {ArticleStatus::Archived, "archived"}}};
const std::array<std::pair<Role, const char *>, 4> EnumKeys<Role>::table{{
    {Role::Agent, "agent"}, {Role::Supervisor, "supervisor"}, {Role::Admin, "admin"}, {Role::Auditor, "auditor"}}};
const std::array<std::pair<SeatActivity, const char *>, 5> EnumKeys<SeatActivity>::table{{
    {SeatActivity::Ready, "ready"}, {SeatActivity::Busy, "busy"}, {SeatActivity::WrapUp, "wrap_up"},
    {SeatActivity::Break, "break"}, {SeatActivity::Away, "away"}}};
const std::array<std::pair<PositionSource, const char *>, 4> EnumKeys<PositionSource>::table{
    {{PositionSource::Unknown, "unknown"},
     {PositionSource::Gps, "gps"},
     {PositionSource::Cell, "cell"},
     {PositionSource::Wifi, "wifi"}}};
const std::array<std::pair<AlarmCategory, const char *>, 19> EnumKeys<AlarmCategory>::table{{
    {AlarmCategory::Sos, "sos"}, {AlarmCategory::Fall, "fall"}, {AlarmCategory::Fire, "fire"},
    {AlarmCategory::Gas, "gas"}, {AlarmCategory::Care, "care"}, {AlarmCategory::Security, "security"},
    {AlarmCategory::Environment, "environment"}, {AlarmCategory::Technical, "technical"},
    {AlarmCategory::LowBattery, "low_battery"}, {AlarmCategory::PowerLost, "power_lost"},
    {AlarmCategory::PowerRestored, "power_restored"}, {AlarmCategory::Restore, "restore"},
    {AlarmCategory::Reset, "reset"}, {AlarmCategory::Heartbeat, "heartbeat"}, {AlarmCategory::Info, "info"},
    {AlarmCategory::Other, "other"}, {AlarmCategory::HeartbeatMissing, "heartbeat_missing"},
    {AlarmCategory::DeviceRemoved, "device_removed"}, {AlarmCategory::UnknownDevice, "unknown_device"}}};
const std::array<std::pair<AlarmState, const char *>, 4> EnumKeys<AlarmState>::table{{
    {AlarmState::Open, "open"}, {AlarmState::Taken, "taken"}, {AlarmState::Held, "held"},
    {AlarmState::Closed, "closed"}}};
// clang-format on

QString label(Sex v)
{
    switch (v) {
    case Sex::Male:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Male"));
    case Sex::Female:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Female"));
    case Sex::Unknown:
        break;
    }
    return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Unknown"));
}

QString label(SubjectCategory v)
{
    switch (v) {
    case SubjectCategory::DispersedExtremePoverty:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Dispersed extreme poverty support"));
    case SubjectCategory::Dibao:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Minimum living allowance"));
    case SubjectCategory::DibaoMarginal:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Marginal minimum living allowance"));
    case SubjectCategory::LivingAlone:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Living alone"));
    case SubjectCategory::ElderlyOnlyHousehold:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Elderly-only household"));
    case SubjectCategory::SevereDisability:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Severe disability"));
    case SubjectCategory::Disabled:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Loss of self-care ability"));
    case SubjectCategory::LostOnlyChild:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Lost only child"));
    case SubjectCategory::Orphan:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Orphan"));
    case SubjectCategory::DeFactoUnattendedChild:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "De facto unattended child"));
    case SubjectCategory::HivAffectedChild:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Child infected with HIV"));
    case SubjectCategory::LeftBehindElderly:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Left-behind elderly (rural)"));
    case SubjectCategory::SelfPaying:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Self-paying"));
    }
    return {};
}

QString label(DisabilityLevel v)
{
    switch (v) {
    case DisabilityLevel::None:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Self-reliant"));
    case DisabilityLevel::Mild:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Mildly disabled"));
    case DisabilityLevel::Moderate:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Moderately disabled"));
    case DisabilityLevel::Severe:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Severely disabled"));
    }
    return {};
}

QString label(FundingSequence v)
{
    switch (v) {
    case FundingSequence::None:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Not funded"));
    case FundingSequence::First:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "First sequence"));
    case FundingSequence::Second:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Second sequence"));
    case FundingSequence::Third:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Third sequence"));
    }
    return {};
}

QString label(CareTier v)
{
    switch (v) {
    case CareTier::Routine:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Routine visits (quarterly)"));
    case CareTier::KeyVisit:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Key visits (monthly)"));
    case CareTier::SpecialCare:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Special care (weekly)"));
    }
    return {};
}

QString label(SubjectStatus v)
{
    switch (v) {
    case SubjectStatus::Active:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Enrolled"));
    case SubjectStatus::Suspended:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Suspended"));
    case SubjectStatus::Withdrawn:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Withdrawn"));
    case SubjectStatus::Deceased:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Deceased"));
    }
    return {};
}

QString label(Relationship v)
{
    switch (v) {
    case Relationship::Spouse:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Spouse"));
    case Relationship::Son:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Son"));
    case Relationship::Daughter:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Daughter"));
    case Relationship::SonInLaw:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Son-in-law"));
    case Relationship::DaughterInLaw:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Daughter-in-law"));
    case Relationship::Grandchild:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Grandchild"));
    case Relationship::Sibling:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Sibling"));
    case Relationship::Relative:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Relative"));
    case Relationship::Neighbour:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Neighbour"));
    case Relationship::Friend:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Friend"));
    case Relationship::SocialWorker:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Social worker"));
    case Relationship::GridWorker:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Community grid worker"));
    case Relationship::Guardian:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Guardian"));
    case Relationship::Other:
        break;
    }
    return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Other"));
}

QString label(DeviceKind v)
{
    return v == DeviceKind::Wearable ? tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Wearable (4G)"))
                                     : tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Fixed-line terminal"));
}

QString label(DeviceStatus v)
{
    switch (v) {
    case DeviceStatus::InStock:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "In stock"));
    case DeviceStatus::Installed:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Installed"));
    case DeviceStatus::Faulty:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Faulty"));
    case DeviceStatus::Removed:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Removed"));
    case DeviceStatus::Lost:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Lost"));
    }
    return {};
}

QString label(CaseType v)
{
    switch (v) {
    case CaseType::Emergency:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Emergency assistance"));
    case CaseType::Consultation:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Consultation"));
    case CaseType::Complaint:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Complaint"));
    case CaseType::ServiceRequest:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Service referral"));
    case CaseType::DeviceFault:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Device fault"));
    case CaseType::CareCall:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Care call"));
    case CaseType::Other:
        break;
    }
    return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Other"));
}

QString label(CaseStatus v)
{
    switch (v) {
    case CaseStatus::Open:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Open"));
    case CaseStatus::FollowUp:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Follow-up"));
    case CaseStatus::Closed:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Closed"));
    }
    return {};
}

QString label(CallDirection v)
{
    return v == CallDirection::Inbound ? tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Inbound"))
                                       : tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Outbound"));
}

QString label(CallDisposition v)
{
    switch (v) {
    case CallDisposition::Answered:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Answered"));
    case CallDisposition::Missed:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Missed"));
    case CallDisposition::Abandoned:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Abandoned"));
    case CallDisposition::Rejected:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Rejected"));
    case CallDisposition::Failed:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Failed"));
    }
    return {};
}

QString label(WorkOrderKind v)
{
    switch (v) {
    case WorkOrderKind::Maintenance:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Maintenance"));
    case WorkOrderKind::ServiceReferral:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Service referral"));
    case WorkOrderKind::HomeVisit:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Home visit"));
    case WorkOrderKind::Callback:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Callback"));
    case WorkOrderKind::Installation:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Installation"));
    }
    return {};
}

QString label(WorkOrderState v)
{
    switch (v) {
    case WorkOrderState::Created:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Created"));
    case WorkOrderState::Assigned:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Assigned"));
    case WorkOrderState::Accepted:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Accepted"));
    case WorkOrderState::InProgress:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "In progress"));
    case WorkOrderState::Completed:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Completed"));
    case WorkOrderState::Verified:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Verified"));
    case WorkOrderState::Cancelled:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Cancelled"));
    }
    return {};
}

QString label(ResourceCategory v)
{
    switch (v) {
    case ResourceCategory::Hospital:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Hospital"));
    case ResourceCategory::EmergencyStation:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "120 station"));
    case ResourceCategory::Police:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Police station"));
    case ResourceCategory::FireStation:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Fire station"));
    case ResourceCategory::SocialWorker:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Social worker"));
    case ResourceCategory::GridWorker:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Community grid worker"));
    case ResourceCategory::Volunteer:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Volunteer"));
    case ResourceCategory::HomeCare:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Home care provider"));
    case ResourceCategory::MealService:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Meal service"));
    case ResourceCategory::Repair:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Repairs"));
    case ResourceCategory::Housekeeping:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Housekeeping"));
    case ResourceCategory::Pharmacy:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Pharmacy"));
    case ResourceCategory::Other:
        break;
    }
    return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Other"));
}

QString label(ResourceStatus v)
{
    switch (v) {
    case ResourceStatus::Active:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Active"));
    case ResourceStatus::Suspended:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Suspended"));
    case ResourceStatus::Terminated:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Terminated"));
    }
    return {};
}

QString label(ArticleStatus v)
{
    switch (v) {
    case ArticleStatus::Draft:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Draft"));
    case ArticleStatus::Published:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Published"));
    case ArticleStatus::Archived:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Archived"));
    }
    return {};
}

QString label(Role v)
{
    switch (v) {
    case Role::Agent:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Agent"));
    case Role::Supervisor:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Supervisor"));
    case Role::Admin:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Administrator"));
    case Role::Auditor:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Auditor"));
    }
    return {};
}

QString label(SeatActivity v)
{
    switch (v) {
    case SeatActivity::Ready:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Ready"));
    case SeatActivity::Busy:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "On a call"));
    case SeatActivity::WrapUp:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Wrap-up"));
    case SeatActivity::Break:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Break"));
    case SeatActivity::Away:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Not taking calls"));
    }
    return {};
}

QString label(PositionSource v)
{
    switch (v) {
    case PositionSource::Unknown:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Position"));
    case PositionSource::Gps:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "GPS"));
    case PositionSource::Cell:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Cell tower"));
    case PositionSource::Wifi:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Wi-Fi"));
    }
    return {};
}

QString label(AlarmCategory v)
{
    switch (v) {
    case AlarmCategory::Sos:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "SOS"));
    case AlarmCategory::Fall:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Fall"));
    case AlarmCategory::Fire:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Fire or smoke"));
    case AlarmCategory::Gas:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Gas"));
    case AlarmCategory::Care:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Care sensor"));
    case AlarmCategory::Security:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Security"));
    case AlarmCategory::Environment:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Home environment"));
    case AlarmCategory::Technical:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Device fault"));
    case AlarmCategory::LowBattery:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Low battery"));
    case AlarmCategory::PowerLost:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Mains power lost"));
    case AlarmCategory::PowerRestored:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Mains power restored"));
    case AlarmCategory::Restore:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Fault cleared"));
    case AlarmCategory::Reset:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Alarm withdrawn"));
    case AlarmCategory::Heartbeat:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Heartbeat"));
    case AlarmCategory::Info:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Information"));
    case AlarmCategory::Other:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Other alarm"));
    case AlarmCategory::HeartbeatMissing:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Terminal silent"));
    case AlarmCategory::DeviceRemoved:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Terminal removed"));
    case AlarmCategory::UnknownDevice:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Unknown terminal"));
    }
    return {};
}

QString label(AlarmState v)
{
    switch (v) {
    case AlarmState::Open:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Waiting"));
    case AlarmState::Taken:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Being handled"));
    case AlarmState::Held:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "On hold"));
    case AlarmState::Closed:
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "Closed"));
    }
    return {};
}

QString agoText(const QDateTime &then, const QDateTime &now)
{
    const qint64 s = then.secsTo(now);
    if (s < 90)
        return tl(QT_TRANSLATE_NOOP("safelink::core::Labels", "just now"));
    const int minutes = int(s / 60);
    const int hours = int(s / 3600);
    const int days = int(s / 86400);
    if (s < 90 * 60)
        return QCoreApplication::translate("safelink::core::Labels", "%n minute(s) ago", nullptr, minutes);
    if (s < 36 * 3600)
        return QCoreApplication::translate("safelink::core::Labels", "%n hour(s) ago", nullptr, hours);
    return QCoreApplication::translate("safelink::core::Labels", "%n day(s) ago", nullptr, days);
}

int visitIntervalDays(CareTier tier)
{
    switch (tier) {
    case CareTier::SpecialCare:
        return 7;
    case CareTier::KeyVisit:
        return 30;
    case CareTier::Routine:
        break;
    }
    return 90;
}

} // namespace safelink::core
