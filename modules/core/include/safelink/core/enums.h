#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// The closed vocabularies of the domain. Each enum has a stable key (what CBOR, the database, CSV
// exports and the wire carry; never renumbered, never translated) and a translated label (what
// people read). Keys are append-only like the protocol catalog.
namespace safelink::core {

enum class Sex { Unknown, Male, Female };

// 服务对象类别, from the tenders' eligibility lists.
enum class SubjectCategory {
    DispersedExtremePoverty, // 分散特困供养
    Dibao,                   // 低保
    DibaoMarginal,           // 低保边缘
    LivingAlone,             // 独居
    ElderlyOnlyHousehold,    // 纯老家庭
    SevereDisability,        // 重度残疾
    Disabled,                // 失能 (level in Subject::disabilityLevel)
    LostOnlyChild,           // 计划生育特殊家庭 失独
    Orphan,                  // 孤儿
    DeFactoUnattendedChild,  // 事实无人抚养儿童
    HivAffectedChild,        // 艾滋病病毒感染儿童
    LeftBehindElderly,       // 农村留守老年人
    SelfPaying,              // 自费
};

enum class DisabilityLevel { None, Mild, Moderate, Severe }; // 失能等级: 无 / 轻度 / 中度 / 重度

enum class FundingSequence { None, First, Second, Third }; // 第一/二/三序列

// 关爱等级 and how often the subject must be visited or called.
enum class CareTier {
    Routine,
    KeyVisit,
    SpecialCare
}; // 普通巡访 quarterly / 重点探访 monthly / 特殊关爱 weekly

enum class SubjectStatus { Active, Suspended, Withdrawn, Deceased }; // 在册 / 暂停 / 退出 / 去世

enum class Relationship {
    Spouse,
    Son,
    Daughter,
    SonInLaw,
    DaughterInLaw,
    Grandchild,
    Sibling,
    Relative,
    Neighbour,
    Friend,
    SocialWorker,
    GridWorker,
    Guardian,
    Other
};

enum class DeviceKind { FixedLine, Wearable }; // 固话式 / 穿戴式

enum class DeviceStatus { InStock, Installed, Faulty, Removed, Lost };

enum class CaseType { Emergency, Consultation, Complaint, ServiceRequest, DeviceFault, CareCall, Other };

enum class CaseStatus { Open, FollowUp, Closed };

enum class CallDirection { Inbound, Outbound };

enum class CallDisposition { Answered, Missed, Abandoned, Rejected, Failed };

enum class WorkOrderKind { Maintenance, ServiceReferral, HomeVisit, Callback, Installation };

enum class WorkOrderState { Created, Assigned, Accepted, InProgress, Completed, Verified, Cancelled };

enum class ResourceCategory {
    Hospital,
    EmergencyStation,
    Police,
    FireStation,
    SocialWorker,
    GridWorker,
    Volunteer,
    HomeCare,
    MealService,
    Repair,
    Housekeeping,
    Pharmacy,
    Other
};

enum class ResourceStatus { Active, Suspended, Terminated };

enum class ArticleStatus { Draft, Published, Archived };

enum class Role { Agent, Supervisor, Admin, Auditor };

// What a signed-in seat is doing (坐席状态): ready for calls, on a call, writing up the last one,
// on a break (with a reason), or signed in but not taking calls.
enum class SeatActivity { Ready, Busy, WrapUp, Break, Away };

// Where a terminal's reported position comes from: satellite (metres) or the mobile cell (hundreds
// of metres to kilometres); Unknown for positions entered by hand or from before it was recorded.
enum class PositionSource { Unknown, Gps, Cell, Wifi };

// What an alarm is about (报警类别): from a terminal's event, a SCAIP message, or the hub itself
// (a silent terminal, an unknown device). Append-only keys, like every vocabulary here.
enum class AlarmCategory {
    Sos,              // a person asked for help: pendant, button, panic button
    Fall,             // fall or man-down detector
    Fire,             // smoke, heat, fire alarm, sprinkler
    Gas,              // natural gas, carbon monoxide
    Care,             // care sensors: bed, mat, door/wandering, inactivity, epilepsy, pills
    Security,         // intruder, bogus caller, tamper
    Environment,      // flood, heating, lighting
    Technical,        // link, radio or device faults
    LowBattery,       // battery low
    PowerLost,        // mains lost
    PowerRestored,    // mains back
    Restore,          // a fault cleared
    Reset,            // the terminal withdrew its alarm
    Heartbeat,        // keep-alive or test (never an alarm of its own)
    Info,             // status news
    Other,            // something the tables do not know: a person looks at it
    HeartbeatMissing, // the hub heard nothing from a terminal for too long
    DeviceRemoved,    // the terminal reports it was taken off or unplugged
    UnknownDevice     // a terminal the center has no record of sent an alarm
};

// Where an alarm stands (报警处理状态): open (nobody has it), taken by an agent, put on hold with a
// lower priority and a reason, closed with an outcome. Never deleted.
enum class AlarmState { Open, Taken, Held, Closed };

// Key table per enum; specialisations live in enums.cpp next to the translated labels.
template<typename E>
struct EnumKeys;

#define SAFELINK_ENUM_KEYS(E, N)                                                                             \
    template<>                                                                                               \
    struct EnumKeys<E> {                                                                                     \
        static const std::array<std::pair<E, const char *>, N> table;                                        \
    };

SAFELINK_ENUM_KEYS(Sex, 3)
SAFELINK_ENUM_KEYS(SubjectCategory, 13)
SAFELINK_ENUM_KEYS(DisabilityLevel, 4)
SAFELINK_ENUM_KEYS(FundingSequence, 4)
SAFELINK_ENUM_KEYS(CareTier, 3)
SAFELINK_ENUM_KEYS(SubjectStatus, 4)
SAFELINK_ENUM_KEYS(Relationship, 14)
SAFELINK_ENUM_KEYS(DeviceKind, 2)
SAFELINK_ENUM_KEYS(DeviceStatus, 5)
SAFELINK_ENUM_KEYS(CaseType, 7)
SAFELINK_ENUM_KEYS(CaseStatus, 3)
SAFELINK_ENUM_KEYS(CallDirection, 2)
SAFELINK_ENUM_KEYS(CallDisposition, 5)
SAFELINK_ENUM_KEYS(WorkOrderKind, 5)
SAFELINK_ENUM_KEYS(WorkOrderState, 7)
SAFELINK_ENUM_KEYS(ResourceCategory, 13)
SAFELINK_ENUM_KEYS(ResourceStatus, 3)
SAFELINK_ENUM_KEYS(ArticleStatus, 3)
SAFELINK_ENUM_KEYS(Role, 4)
SAFELINK_ENUM_KEYS(SeatActivity, 5)
SAFELINK_ENUM_KEYS(PositionSource, 4)
SAFELINK_ENUM_KEYS(AlarmCategory, 19)
SAFELINK_ENUM_KEYS(AlarmState, 4)
#undef SAFELINK_ENUM_KEYS

template<typename E>
QString enumKey(E value)
{
    for (const auto &[v, key] : EnumKeys<E>::table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template<typename E>
std::optional<E> enumFromKey(QStringView key)
{
    for (const auto &[v, k] : EnumKeys<E>::table) {
        if (key == QLatin1String(k))
            return v;
    }
    return std::nullopt;
}

template<typename E>
QList<E> enumValues()
{
    QList<E> out;
    for (const auto &[v, k] : EnumKeys<E>::table)
        out.append(v);
    return out;
}

// Translated labels (zh_CN: 男, 低保, 特殊关爱, ...).
QString label(Sex v);
QString label(SubjectCategory v);
QString label(DisabilityLevel v);
QString label(FundingSequence v);
QString label(CareTier v);
QString label(SubjectStatus v);
QString label(Relationship v);
QString label(DeviceKind v);
QString label(DeviceStatus v);
QString label(CaseType v);
QString label(CaseStatus v);
QString label(CallDirection v);
QString label(CallDisposition v);
QString label(WorkOrderKind v);
QString label(WorkOrderState v);
QString label(ResourceCategory v);
QString label(ResourceStatus v);
QString label(ArticleStatus v);
QString label(Role v);
QString label(SeatActivity v);
QString label(PositionSource v);
QString label(AlarmCategory v);
QString label(AlarmState v);

// "刚刚", "3 分钟前", "2 天前": how old a sign of life or a position is.
QString agoText(const QDateTime &then, const QDateTime &now);

// Days between required visits or care calls for a tier (weekly / monthly / quarterly).
int visitIntervalDays(CareTier tier);

} // namespace safelink::core
