#pragma once

// SCAIP (SS 91100:2014, carried on as CLC/TS 50134-9): the XML that IP social-alarm terminals put in
// SIP MESSAGE bodies (Content-Type application/scaip+xml). A terminal sends an <mrq> (message
// request); the center answers SIP 200 and then a MESSAGE of its own with an <mrs> (message
// response). This is the codec only: no SIP, no storage.
//
// Tags and code values follow SS 91100:2014 Table 1 (mrq), Table 2 (mrs) and Annexes A (device
// types) and C (status codes). Where the standard's normative tables and its informative XML schema
// (Annex F) disagree, the tables win: cid 1-32 digits, did 1-16 characters, hbi 1-1440 minutes.

#include <safelink/core/common.h>
#include <safelink/core/enums.h>
#include <safelink/core/result.h>
#include <safelink/hub/deviceevents.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>
#include <variant>

namespace safelink::hub::scaip {

inline constexpr char kContentType[] = "application/scaip+xml";
// The standard splits requests above 1300 bytes (<ame>), so a real one is far below this.
inline constexpr qsizetype kMaxBodyBytes = 8 * 1024;

// <mty>; omitted means Alarm.
enum class MessageType {
    Alarm,     // "ME": an event or alarm opens a message session
    Reset,     // "RE": the terminal withdraws the session's alarm (same ref as the alarm)
    Info,      // "IN": new information within a session (same ref as the alarm)
    Heartbeat, // "PI": periodic keep-alive
};

QString messageTypeKey(MessageType type); // "ME", "RE", "IN", "PI"
std::optional<MessageType> messageTypeFromKey(QStringView key);

// <snu> in the response. 0, 4, 5, 6 are about handling the alarm; the others say what was wrong with
// the message itself.
enum class StatusNumber {
    Ok = 0,
    MessageTooLong = 1,
    InvalidFormat = 2,    // not well-formed XML, not an <mrq>, DOCTYPE, a tag twice
    WrongDataContent = 3, // a tag holds a value outside its definition
    Hold = 4,             // being processed: the terminal resends the same request in 5-20 s
    NotTreated = 5,       // could not be handled: the terminal tries its next alarm route
    Busy = 6,
    MandatoryTagMissing = 7,
    ReferenceMissing = 10,
    UndefinedError = 99,
};

// <mre>: what voice call the terminal should set up after an OK. The terminal places the call.
enum class MediaReply { None = 0, Duplex = 1, SimplexMicrophone = 2, SimplexSpeaker = 3 };

// One <crd>: a medium and an address, e.g. "gsm:+46701445566" -> {"gsm", "+46701445566"}. The
// address is empty when the terminal can take calls on that medium but does not know its number.
struct CallerId {
    QString media; // no-voice, gsm, sip, sip-pp, tel
    QString address;
    friend bool operator==(const CallerId &, const CallerId &) = default;
};

class ParseResult;

// Where <lge> got the position from.
enum class PositionFormat { None, Geo, Nmea };

// A checked <mrq>. Optional tags that were omitted keep the standard's "omitted" value.
struct Request {
    QString ref;                               // <ref> 1-16 of [0-9A-Za-z]; a resend or update reuses it
    QString version = QStringLiteral("01.00"); // <ver>
    int systemConfig = 0;                      // <sco> 0 local unit, 1-3 grouped equipment with a supervisor
    bool callbackRequested = false;            // <cha> "1"
    MessageType type = MessageType::Alarm;     // <mty>
    bool heartbeatAdjustable = false;          // <hbo> "001": the terminal accepts <hbi> in the response
    QString controllerId;                      // <cid> 1-32 digits: the terminal or its account
    int deviceType = 0;                 // <dty> Annex A: 3 personal trigger, 5 fall detector, 23 smoke ...
    QString deviceId;                   // <did> which physical device (a pendant of the unit, say)
    std::optional<int> deviceComponent; // <dco> Annex B
    QString deviceText;                 // <dte>
    QList<CallerId> callerIds;          // <crd>, one per medium; omitted means "sip:"
    std::optional<int> statusCode;      // <stc> Annex C; omitted means "alarm"
    QString statusText;                 // <stt>
    int priority = 0;                   // <pri> 0 lowest .. 9 highest, as the terminal sees it
    std::optional<int> locationCode;    // <lco> Annex D
    QString locationValue;              // <lva>
    std::optional<core::GeoPoint> position; // <lge><geo> or <lge><gga>; accuracy from HDOP
    PositionFormat positionFormat = PositionFormat::None;
    QDateTime positionTime;      // <lge><tim>; invalid when not sent
    QString locationText;        // <lte>
    std::optional<int> infoCode; // <ico> Annex E
    QString infoText;            // <ite>
    int additionalMessages = 0;  // <ame>: parts still to come after this one

    // Unknown tags are skipped (newer terminals may send more). Identifiers and codes are checked
    // strictly; free text (dte, stt, lte, ite) only has to be well-formed, since cutting or refusing
    // an alarm over a long note helps no one and kMaxBodyBytes bounds it.
    static ParseResult parse(const QByteArray &xml);

    friend bool operator==(const Request &, const Request &) = default;
};

// Why a request was refused: the <snu> to answer with, the error for logs and people (field = the
// tag, "lge.gga" for a child of <lge>), and the request's <ref> when it could be read, so that the
// response can echo it.
struct ParseFailure {
    StatusNumber snu = StatusNumber::UndefinedError;
    Error error;
    QString ref;
};

// Result<Request> with room for the <snu>: Error alone cannot carry it.
class [[nodiscard]] ParseResult {
public:
    ParseResult(Request request)
        : m_v(std::move(request))
    {
    }
    ParseResult(ParseFailure failure)
        : m_v(std::move(failure))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const Request &value() const & { return std::get<0>(m_v); }
    Request value() && { return std::get<0>(std::move(m_v)); }
    const Request &operator*() const & { return value(); }
    const Request *operator->() const { return &std::get<0>(m_v); }

    const ParseFailure &failure() const { return std::get<1>(m_v); }
    const Error &error() const { return failure().error; }

private:
    std::variant<Request, ParseFailure> m_v;
};

// Parses one <lge><geo>: "lat,lon" (or "lat,lon,alt") in WGS-84 degrees, the coordinates of an
// RFC 5870 geo URI. Field "lge.geo" on failure.
Result<core::GeoPoint> parseGeo(QStringView text);
// Parses one NMEA 0183 GGA or RMC sentence (talkers GP, GN, GL, GA, BD, GB) with its checksum.
// A sentence that reports no fix gives std::nullopt; a bad checksum, a malformed field or a
// coordinate out of range is an error (field "lge.gga"). Accuracy is HDOP x 5 m for GGA (a typical
// consumer-receiver range error), 0 (unknown) for RMC.
Result<std::optional<core::GeoPoint>> parseNmea(QStringView sentence);

// An <mrs>.
struct Response {
    QString ref; // echoes the request's <ref>; written even when empty (the tag is mandatory)
    StatusNumber snu = StatusNumber::Ok;
    QString statusText; // <ste>: for installers' logs; sent as printable US-ASCII, at most 128
    MediaReply mediaReply = MediaReply::None; // <mre>
    // <cre>: 1-60 = callback accepted, keep auto-answer open this many minutes; 61 = call the
    // predefined receiver; 62 = call <tnu>. 0 = omit (the terminal then assumes 61).
    int callHandlingReply = 0;
    QStringList transferredNumbers; // <tnu>, e.g. "gsm:+8613800138000"
    // <hbi> in minutes, 1-1440 (clamped); 0 = omit. Set it only for a request with
    // heartbeatAdjustable (<hbo> "001"): other terminals cannot take it.
    int heartbeatMinutes = 0;

    // UTF-8 without an XML declaration (as the standard's examples), tags in the standard's order.
    QByteArray toXml() const;

    static Response accepted(const Request &request);
    // The refusal of a request that did not parse, with a short English <ste> naming the tag.
    static Response refused(const ParseFailure &failure);
};

// What an <mrq> means to the hub. SCAIP says *what device* (dty) is in *what state* (stc), so a fall
// is a fall detector (dty 5) in alarm, and a smoke detector (dty 23) with a low battery is a battery
// problem, not a fire.
using AlarmCategory = core::AlarmCategory; // the same vocabulary as the hub's own alarms

struct AlarmMeaning {
    AlarmCategory category = AlarmCategory::Other;
    std::optional<DeviceEventType> event; // the hub's own event type, when there is one
    int priority = 3;                     // 1 (most urgent) .. 5
    friend bool operator==(const AlarmMeaning &, const AlarmMeaning &) = default;
};

// The table is in scaip.cpp. mty PI is always a heartbeat and RE always a reset; otherwise the
// status code decides, and for alarm states the device type does.
AlarmMeaning classify(MessageType type, int deviceType, std::optional<int> statusCode);
inline AlarmMeaning classify(const Request &request)
{
    return classify(request.type, request.deviceType, request.statusCode);
}

} // namespace safelink::hub::scaip
