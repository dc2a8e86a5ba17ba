#include <safelink/hub/scaip.h>

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <utility>

Q_LOGGING_CATEGORY(lcScaip, "safelink.hub.scaip")

namespace safelink::hub::scaip {

using core::GeoPoint;

namespace {

class ScaipText {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::Scaip)

public:
    static QString tooLong(qsizetype size, qsizetype max)
    {
        return tr("The message is %1 bytes long; at most %2 bytes are accepted.").arg(size).arg(max);
    }
    static QString notWellFormed(qint64 line, qint64 column, const QString &why)
    {
        return tr("The message is not well-formed XML (line %1, column %2): %3")
            .arg(line)
            .arg(column)
            .arg(why);
    }
    static QString doctype()
    {
        return tr("The message contains a document type declaration (DOCTYPE); these are not accepted.");
    }
    static QString notRequest(const QString &root)
    {
        return tr("Expected a message request <mrq>, found <%1>.").arg(root);
    }
    static QString twice(const QString &tag)
    {
        return tr("The element <%1> appears more than once.").arg(tag);
    }
    static QString nested(const QString &tag)
    {
        return tr("The element <%1> must hold text, not other elements.").arg(tag);
    }
    static QString missing(const QString &tag)
    {
        return tr("The mandatory element <%1> is missing or empty.").arg(tag);
    }
    static QString badRef() { return tr("The reference <ref> must be 1 to 16 letters A-Z, a-z or digits."); }
    static QString digits(const QString &tag, int min, int max)
    {
        return min == max ? tr("The element <%1> must be %2 digits.").arg(tag).arg(min)
                          : tr("The element <%1> must be %2 to %3 digits.").arg(tag).arg(min).arg(max);
    }
    static QString range(const QString &tag, int min, int max)
    {
        return tr("The element <%1> must be a number from %2 to %3.").arg(tag).arg(min).arg(max);
    }
    static QString badVersion() { return tr("The version <ver> must be written like 01.00."); }
    static QString badMessageType(const QString &value)
    {
        return tr("The message type <mty> \"%1\" is unknown; expected ME, RE, IN or PI.").arg(value);
    }
    static QString badCallerId(const QString &value)
    {
        return tr("The caller id <crd> \"%1\" must start with no-voice:, gsm:, sip:, sip-pp: or tel: and be "
                  "at most 256 characters.")
            .arg(value);
    }
    static QString printable(const QString &tag, int max)
    {
        return tr("The element <%1> must be 1 to %2 printable US-ASCII characters.").arg(tag).arg(max);
    }
    static QString badTime()
    {
        return tr("The time stamp <tim> must be an ISO 8601 time with its offset from UTC, such as "
                  "2014-04-28T12:34:56+01.");
    }
    static QString badGeo()
    {
        return tr("The position <geo> must be latitude,longitude in degrees, such as 59.336111,18.072778.");
    }
    static QString latitude() { return tr("A latitude is a number from -90 to 90."); }
    static QString longitude() { return tr("A longitude is a number from -180 to 180."); }
    static QString nmeaNoChecksum() { return tr("The NMEA sentence has no checksum (*hh at its end)."); }
    static QString nmeaChecksum(const QString &sent, const QString &computed)
    {
        return tr("The NMEA sentence's checksum is %1, but its content sums to %2.").arg(sent, computed);
    }
    static QString nmeaType(const QString &type)
    {
        return tr("Expected an NMEA GGA or RMC sentence, found \"%1\".").arg(type);
    }
    static QString nmeaMalformed() { return tr("The NMEA sentence is malformed."); }
};

constexpr std::array<std::pair<MessageType, const char *>, 4> kMessageTypes{{
    {MessageType::Alarm, "ME"},
    {MessageType::Reset, "RE"},
    {MessageType::Info, "IN"},
    {MessageType::Heartbeat, "PI"},
}};

// The <mrq> children we read; anything else is skipped.
const QSet<QString> &knownRequestTags()
{
    static const QSet<QString> tags{QStringLiteral("ref"), QStringLiteral("ver"), QStringLiteral("sco"),
                                    QStringLiteral("cha"), QStringLiteral("mty"), QStringLiteral("hbo"),
                                    QStringLiteral("cid"), QStringLiteral("dty"), QStringLiteral("did"),
                                    QStringLiteral("dco"), QStringLiteral("dte"), QStringLiteral("crd"),
                                    QStringLiteral("stc"), QStringLiteral("stt"), QStringLiteral("pri"),
                                    QStringLiteral("lco"), QStringLiteral("lva"), QStringLiteral("lte"),
                                    QStringLiteral("ico"), QStringLiteral("ite"), QStringLiteral("ame")};
    return tags;
}

bool isAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isValidRef(QStringView s)
{
    return !s.isEmpty() && s.size() <= 16 && std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
}

bool isPrintableAscii(QStringView s, int max)
{
    return !s.isEmpty() && s.size() <= max && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.unicode() >= 32 && c.unicode() <= 126;
    });
}

// The standard pads codes with leading zeros ("0010"); its digit counts are maximums.
std::optional<int> digitsValue(QStringView s, int maxDigits)
{
    if (!isAsciiDigits(s) || s.size() > maxDigits)
        return std::nullopt;
    return s.toString().toInt();
}

// A well-formed request's tags as text, before their values are checked. Children of <lge> are
// stored as "lge.geo", "lge.tim", "lge.gga".
struct RawRequest {
    QHash<QString, QString> values;
    QStringList callerIds;
};

ParseFailure failure(StatusNumber snu, const QString &field, const QString &message, const QString &ref)
{
    return ParseFailure{snu, makeError(ErrorCode::Invalid, message, field), ref};
}

// The reference of a request that could not be read as XML, so that the refusal can still echo it.
QString scanForRef(const QByteArray &xml)
{
    static const QRegularExpression pattern(QStringLiteral("<ref>\\s*([0-9A-Za-z]{1,16})\\s*</ref>"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(xml.left(kMaxBodyBytes)));
    return match.hasMatch() ? match.captured(1) : QString();
}

// Reads the XML structure only: every failure here is snu 2 (invalid format).
class StructureReader {
public:
    explicit StructureReader(const QByteArray &xml)
        : m_xml(xml)
        , m_reader(xml)
    {
    }

    std::variant<RawRequest, ParseFailure> read()
    {
        while (!m_reader.atEnd()) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            // Entity declarations are where expansion attacks live; a terminal never needs them.
            if (token == QXmlStreamReader::DTD)
                return invalid({}, ScaipText::doctype());
            if (token == QXmlStreamReader::StartElement)
                break;
        }
        if (m_reader.hasError())
            return notWellFormed();
        if (m_reader.name() != u"mrq")
            return invalid(QStringLiteral("mrq"), ScaipText::notRequest(m_reader.name().toString()));

        while (m_reader.readNextStartElement()) {
            const QString tag = m_reader.name().toString();
            if (tag == u"lge") {
                if (!markSeen(tag))
                    return invalid(tag, ScaipText::twice(tag));
                if (auto problem = readLocation())
                    return *problem;
                continue;
            }
            if (!knownRequestTags().contains(tag)) {
                qCDebug(lcScaip) << "skipping unknown element" << tag;
                m_reader.skipCurrentElement();
                continue;
            }
            // One <crd> per medium is the only repetition the standard allows.
            if (tag != u"crd" && !markSeen(tag))
                return invalid(tag, ScaipText::twice(tag));
            auto text = readText(tag);
            if (auto *problem = std::get_if<ParseFailure>(&text))
                return *problem;
            const QString value = std::get<QString>(text).trimmed();
            if (tag == u"crd")
                m_raw.callerIds.append(value);
            else
                m_raw.values.insert(tag, value);
        }
        if (m_reader.hasError())
            return notWellFormed();
        // Only comments and white space may follow the root element.
        while (!m_reader.atEnd())
            m_reader.readNext();
        if (m_reader.hasError())
            return notWellFormed();
        return std::move(m_raw);
    }

private:
    bool markSeen(const QString &tag)
    {
        if (m_seen.contains(tag))
            return false;
        m_seen.insert(tag);
        return true;
    }

    std::variant<QString, ParseFailure> readText(const QString &tag)
    {
        const QString text = m_reader.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (m_reader.hasError()) {
            if (m_reader.error() == QXmlStreamReader::UnexpectedElementError)
                return invalid(tag, ScaipText::nested(tag));
            return notWellFormed();
        }
        return text;
    }

    std::optional<ParseFailure> readLocation()
    {
        while (m_reader.readNextStartElement()) {
            const QString child = m_reader.name().toString();
            if (child != u"geo" && child != u"tim" && child != u"gga") {
                qCDebug(lcScaip) << "skipping unknown element lge." << child;
                m_reader.skipCurrentElement();
                continue;
            }
            const QString field = QStringLiteral("lge.") + child;
            if (!markSeen(field))
                return invalid(field, ScaipText::twice(child));
            auto text = readText(child);
            if (auto *problem = std::get_if<ParseFailure>(&text))
                return *problem;
            m_raw.values.insert(field, std::get<QString>(text).trimmed());
        }
        if (m_reader.hasError())
            return notWellFormed();
        return std::nullopt;
    }

    ParseFailure invalid(const QString &field, const QString &message) const
    {
        return failure(StatusNumber::InvalidFormat, field, message, scanForRef(m_xml));
    }

    ParseFailure notWellFormed() const
    {
        return invalid({}, ScaipText::notWellFormed(m_reader.lineNumber(), m_reader.columnNumber(),
                                                    m_reader.errorString()));
    }

    const QByteArray &m_xml;
    QXmlStreamReader m_reader;
    RawRequest m_raw;
    QSet<QString> m_seen;
};

// "YYYY-MM-DDThh:mm:ss" followed by "Z", "+hh", "+hhmm" or "+hh:mm" (the standard writes "+01").
QDateTime parseTimeStamp(const QString &text)
{
    if (text.size() < 20 || text.at(10) != u'T')
        return {};
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 8), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = text.mid(19);
    if (zone == u"Z")
        return QDateTime(date, time, Qt::UTC);
    if (zone.at(0) != u'+' && zone.at(0) != u'-')
        return {};
    QString digits = zone.mid(1);
    if (digits.size() == 5 && digits.at(2) == u':')
        digits.remove(2, 1);
    if ((digits.size() != 2 && digits.size() != 4) || !isAsciiDigits(digits))
        return {};
    const int hours = digits.left(2).toInt();
    const int minutes = digits.size() == 4 ? digits.mid(2).toInt() : 0;
    if (hours > 14 || minutes > 59)
        return {};
    const int offset = (zone.at(0) == u'-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    return QDateTime(date, time, Qt::OffsetFromUTC, offset);
}

// "ddmm.mmmm" or "dddmm.mmmm" with its hemisphere letter, in signed degrees; nullopt when malformed.
std::optional<double> nmeaCoordinate(QStringView value, QStringView hemisphere, QChar positive,
                                     QChar negative)
{
    if (value.isEmpty() || hemisphere.size() != 1 || (hemisphere[0] != positive && hemisphere[0] != negative))
        return std::nullopt;
    const bool plainNumber = std::all_of(value.begin(), value.end(),
                                         [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'.'; });
    if (!plainNumber || value.count(u'.') > 1)
        return std::nullopt;
    bool ok = false;
    const double raw = value.toString().toDouble(&ok);
    if (!ok)
        return std::nullopt;
    const double degrees = std::floor(raw / 100.0);
    const double minutes = raw - degrees * 100.0;
    if (minutes >= 60.0)
        return std::nullopt;
    const double result = degrees + minutes / 60.0;
    return hemisphere[0] == negative ? -result : result;
}

// The error of a position that is a coordinate out of range, or nothing.
std::optional<Error> checkRange(const GeoPoint &p, const QString &field)
{
    if (!(p.latitude >= -90 && p.latitude <= 90))
        return makeError(ErrorCode::Invalid, ScaipText::latitude(), field);
    if (!(p.longitude >= -180 && p.longitude <= 180))
        return makeError(ErrorCode::Invalid, ScaipText::longitude(), field);
    return std::nullopt;
}

// Checks a RawRequest's values: failures here are snu 7, 10 (missing) or 3 (wrong content).
class ValueChecker {
public:
    explicit ValueChecker(RawRequest raw)
        : m_raw(std::move(raw))
    {
        const QString ref = text(QStringLiteral("ref"));
        m_ref = isValidRef(ref) ? ref : QString();
    }

    ParseResult check()
    {
        if (text(QStringLiteral("ref")).isEmpty())
            return failure(StatusNumber::ReferenceMissing, QStringLiteral("ref"),
                           ScaipText::missing(QStringLiteral("ref")), {});
        for (const QString &tag : {QStringLiteral("cid"), QStringLiteral("dty")}) {
            if (text(tag).isEmpty())
                return failure(StatusNumber::MandatoryTagMissing, tag, ScaipText::missing(tag), m_ref);
        }
        if (m_ref.isEmpty())
            return wrong(QStringLiteral("ref"), ScaipText::badRef());

        Request r;
        r.ref = m_ref;
        if (const QString ver = text(QStringLiteral("ver")); !ver.isEmpty()) {
            if (ver.size() != 5 || ver.at(2) != u'.' || !isAsciiDigits(ver.left(2))
                || !isAsciiDigits(ver.mid(3)))
                return wrong(QStringLiteral("ver"), ScaipText::badVersion());
            r.version = ver;
        }
        if (auto problem = number(QStringLiteral("sco"), 1, 0, 3, r.systemConfig))
            return *problem;
        int callHandling = 0;
        if (auto problem = number(QStringLiteral("cha"), 1, 0, 1, callHandling))
            return *problem;
        r.callbackRequested = callHandling == 1;
        if (const QString mty = text(QStringLiteral("mty")); !mty.isEmpty()) {
            const auto type = messageTypeFromKey(mty);
            if (!type)
                return wrong(QStringLiteral("mty"), ScaipText::badMessageType(mty));
            r.type = *type;
        }
        // "001" says the terminal takes <hbi>; other values are reserved by the standard.
        int heartbeatOptions = 0;
        if (auto problem = number(QStringLiteral("hbo"), 3, 0, 999, heartbeatOptions))
            return *problem;
        r.heartbeatAdjustable = heartbeatOptions == 1;

        r.controllerId = text(QStringLiteral("cid"));
        if (!isAsciiDigits(r.controllerId) || r.controllerId.size() > 32)
            return wrong(QStringLiteral("cid"), ScaipText::digits(QStringLiteral("cid"), 1, 32));
        if (auto problem = number(QStringLiteral("dty"), 4, 0, 9999, r.deviceType))
            return *problem;
        if (const QString did = text(QStringLiteral("did")); !did.isEmpty()) {
            if (!isPrintableAscii(did, 16))
                return wrong(QStringLiteral("did"), ScaipText::printable(QStringLiteral("did"), 16));
            r.deviceId = did;
        }
        if (auto problem = optionalNumber(QStringLiteral("dco"), 3, r.deviceComponent))
            return *problem;
        r.deviceText = text(QStringLiteral("dte"));
        for (const QString &crd : std::as_const(m_raw.callerIds)) {
            if (crd.isEmpty())
                continue;
            const auto callerId = parseCallerId(crd);
            if (!callerId)
                return wrong(QStringLiteral("crd"), ScaipText::badCallerId(crd));
            r.callerIds.append(*callerId);
        }
        if (r.callerIds.isEmpty())
            r.callerIds.append(CallerId{QStringLiteral("sip"), {}});
        if (auto problem = optionalNumber(QStringLiteral("stc"), 4, r.statusCode))
            return *problem;
        r.statusText = text(QStringLiteral("stt"));
        if (auto problem = number(QStringLiteral("pri"), 1, 0, 9, r.priority))
            return *problem;
        if (auto problem = optionalNumber(QStringLiteral("lco"), 3, r.locationCode))
            return *problem;
        if (const QString lva = text(QStringLiteral("lva")); !lva.isEmpty()) {
            if (!isPrintableAscii(lva, 2))
                return wrong(QStringLiteral("lva"), ScaipText::printable(QStringLiteral("lva"), 2));
            r.locationValue = lva;
        }
        if (auto problem = readLocation(r))
            return *problem;
        r.locationText = text(QStringLiteral("lte"));
        if (auto problem = optionalNumber(QStringLiteral("ico"), 3, r.infoCode))
            return *problem;
        r.infoText = text(QStringLiteral("ite"));
        if (auto problem = number(QStringLiteral("ame"), 4, 0, 9999, r.additionalMessages))
            return *problem;
        return r;
    }

private:
    QString text(const QString &tag) const { return m_raw.values.value(tag); }

    ParseFailure wrong(const QString &field, const QString &message) const
    {
        return failure(StatusNumber::WrongDataContent, field, message, m_ref);
    }

    // An optional numeric tag: left as it is when omitted or empty.
    std::optional<ParseFailure> number(const QString &tag, int maxDigits, int min, int max, int &out) const
    {
        const QString value = text(tag);
        if (value.isEmpty())
            return std::nullopt;
        const auto parsed = digitsValue(value, maxDigits);
        if (!parsed)
            return wrong(tag, ScaipText::digits(tag, 1, maxDigits));
        if (*parsed < min || *parsed > max)
            return wrong(tag, ScaipText::range(tag, min, max));
        out = *parsed;
        return std::nullopt;
    }

    std::optional<ParseFailure> optionalNumber(const QString &tag, int maxDigits,
                                               std::optional<int> &out) const
    {
        const QString value = text(tag);
        if (value.isEmpty())
            return std::nullopt;
        const auto parsed = digitsValue(value, maxDigits);
        if (!parsed)
            return wrong(tag, ScaipText::digits(tag, 1, maxDigits));
        out = parsed;
        return std::nullopt;
    }

    static std::optional<CallerId> parseCallerId(const QString &crd)
    {
        static const QSet<QString> media{QStringLiteral("no-voice"), QStringLiteral("gsm"),
                                         QStringLiteral("sip"), QStringLiteral("sip-pp"),
                                         QStringLiteral("tel")};
        const qsizetype colon = crd.indexOf(u':');
        if (colon <= 0 || crd.size() > 256)
            return std::nullopt;
        const QString medium = crd.left(colon).toLower();
        if (!media.contains(medium))
            return std::nullopt;
        return CallerId{medium, crd.mid(colon + 1)};
    }

    std::optional<ParseFailure> readLocation(Request &r) const
    {
        std::optional<GeoPoint> fromGeo;
        if (const QString geo = text(QStringLiteral("lge.geo")); !geo.isEmpty()) {
            auto parsed = parseGeo(geo);
            if (!parsed)
                return failure(StatusNumber::WrongDataContent, parsed.error().field, parsed.error().message,
                               m_ref);
            fromGeo = *parsed;
        }
        std::optional<GeoPoint> fromNmea;
        if (const QString gga = text(QStringLiteral("lge.gga")); !gga.isEmpty()) {
            auto parsed = parseNmea(gga);
            if (!parsed)
                return failure(StatusNumber::WrongDataContent, parsed.error().field, parsed.error().message,
                               m_ref);
            fromNmea = *parsed;
        }
        if (const QString tim = text(QStringLiteral("lge.tim")); !tim.isEmpty()) {
            r.positionTime = parseTimeStamp(tim);
            if (!r.positionTime.isValid())
                return wrong(QStringLiteral("lge.tim"), ScaipText::badTime());
        }
        // GGA carries the accuracy, so it wins when both have a fix. 0,0 is what some terminals
        // send without a fix: no position rather than a refused alarm.
        if (fromNmea && fromNmea->isValid()) {
            r.position = fromNmea;
            r.positionFormat = PositionFormat::Nmea;
        } else if (fromGeo && fromGeo->isValid()) {
            r.position = fromGeo;
            r.positionFormat = PositionFormat::Geo;
        }
        return std::nullopt;
    }

    RawRequest m_raw;
    QString m_ref;
};

// --- classification ------------------------------------------------------------------------------

struct DeviceRow {
    int deviceType;
    AlarmCategory category;
    int priority;
};

// What an alarm state of each device type (SS 91100:2014 Annex A) means here. Priorities are ours:
// 1 a person may be in danger now, 2 needs a look soon, 3 a fault, 4 news, 5 all clear.
constexpr DeviceRow kDevices[] = {
    {0, AlarmCategory::Sos, 1},          // unknown: someone may need help
    {1, AlarmCategory::Sos, 1},          // undefined
    {2, AlarmCategory::Sos, 1},          // local unit & controller (the box's own button)
    {3, AlarmCategory::Sos, 1},          // personal trigger / pendant
    {4, AlarmCategory::Sos, 1},          // fixed trigger (pull cord, wall button)
    {5, AlarmCategory::Fall, 1},         // fall trigger / detector
    {6, AlarmCategory::Sos, 1},          // personal attack pendant
    {7, AlarmCategory::Sos, 1},          // panic alarm button
    {8, AlarmCategory::Info, 4},         // duty switch, remote (staff on / off duty)
    {9, AlarmCategory::Info, 4},         // duty switch, local
    {10, AlarmCategory::Care, 2},        // activity / inactivity detector
    {11, AlarmCategory::Care, 3},        // pill dispenser
    {12, AlarmCategory::Care, 2},        // bed monitor
    {13, AlarmCategory::Care, 2},        // mat sensor
    {14, AlarmCategory::Care, 2},        // door sensor
    {15, AlarmCategory::Care, 2},        // wandering sensor
    {16, AlarmCategory::Care, 3},        // enuresis detector
    {17, AlarmCategory::Care, 1},        // epilepsy detector: a seizure
    {18, AlarmCategory::Care, 2},        // occupancy detector
    {19, AlarmCategory::Care, 2},        // heart rate monitor
    {20, AlarmCategory::Environment, 2}, // environmental monitor
    {21, AlarmCategory::Gas, 1},         // (natural) gas detector
    {22, AlarmCategory::Environment, 3}, // lighting circuit monitor
    {23, AlarmCategory::Fire, 1},        // smoke detector
    {24, AlarmCategory::Environment, 2}, // heating system monitor
    {25, AlarmCategory::Fire, 1},        // heat detector
    {26, AlarmCategory::Gas, 1},         // carbon monoxide detector
    {27, AlarmCategory::Security, 1},    // bogus caller switch: a stranger at the door
    {28, AlarmCategory::Security, 2},    // intruder detector
    {29, AlarmCategory::Security, 2},    // boundary detector
    {30, AlarmCategory::Fall, 1},        // (automatic) man down detector
    {31, AlarmCategory::Technical, 3},   // system monitor
    {32, AlarmCategory::Technical, 3},   // communication link monitor
    {33, AlarmCategory::Environment, 2}, // flood detector
    {34, AlarmCategory::Care, 2},        // bath sensor
    {35, AlarmCategory::Security, 3},    // latch key
    {36, AlarmCategory::Security, 2},    // perimeter
    {37, AlarmCategory::Fire, 1},        // sprinkler
    {38, AlarmCategory::Security, 2},    // tamper
    {39, AlarmCategory::Technical, 4},   // printer
    {40, AlarmCategory::Technical, 3},   // router
    {41, AlarmCategory::Technical, 3},   // power supply, DC
    {42, AlarmCategory::Security, 3},    // electric lock
    {43, AlarmCategory::Security, 3},    // access controller
    {44, AlarmCategory::Care, 2},        // chair monitor
    {45, AlarmCategory::Technical, 3},   // controller
    {46, AlarmCategory::Sos, 1},         // elevator alarm unit: someone is stuck
    {47, AlarmCategory::Fire, 1},        // fire alarm system
    {48, AlarmCategory::Sos, 1},         // local unit
    {49, AlarmCategory::Other, 2},       // monitoring device
    {50, AlarmCategory::Technical, 3},   // radio unit
    {51, AlarmCategory::Sos, 1},         // tracking device (GPS wearable's SOS)
};

struct StatusRow {
    int from;
    int to;
    bool alarmState; // true: the device type decides; category and priority unused
    AlarmCategory category;
    int priority;
};

// Status codes (SS 91100:2014 Annex C). Codes not listed (0128 and up, and the few unlisted in
// between) are Other, priority 3.
constexpr StatusRow kStatuses[] = {
    {0, 1, true, AlarmCategory::Other, 0},            // unknown / undefined: assume an alarm (the safe side)
    {2, 2, false, AlarmCategory::Reset, 5},           // abort
    {3, 5, false, AlarmCategory::Info, 4},            // absent/away, accepted, acknowledge
    {6, 6, true, AlarmCategory::Other, 0},            // activated
    {7, 8, false, AlarmCategory::Info, 4},            // active, added
    {9, 11, true, AlarmCategory::Other, 0},           // alarm (automatic), alarm (manual), alert
    {12, 13, false, AlarmCategory::Info, 4},          // armed, assigned
    {14, 14, false, AlarmCategory::LowBattery, 3},    // battery failure
    {15, 15, false, AlarmCategory::Restore, 5},       // battery high / recharged
    {16, 16, false, AlarmCategory::LowBattery, 4},    // battery low
    {17, 18, false, AlarmCategory::Info, 4},          // busy, bypass
    {19, 19, false, AlarmCategory::Reset, 5},         // cancel
    {20, 21, false, AlarmCategory::Info, 4},          // changed, closed
    {22, 22, false, AlarmCategory::Care, 2},          // closed too long
    {23, 27, false, AlarmCategory::Technical, 3},     // communication link failures
    {28, 30, false, AlarmCategory::Info, 4},          // deleted, denied, disarmed
    {31, 31, false, AlarmCategory::Technical, 3},     // disconnected
    {32, 40, false, AlarmCategory::Technical, 3},     // error codes 1-9
    {41, 41, false, AlarmCategory::Info, 4},          // executed
    {42, 45, false, AlarmCategory::Technical, 3},     // failure, frequency drifted
    {46, 46, false, AlarmCategory::Environment, 2},   // high level
    {47, 47, false, AlarmCategory::Info, 4},          // in progress
    {48, 48, false, AlarmCategory::Restore, 5},       // in service (fault rectified)
    {49, 51, false, AlarmCategory::Info, 4},          // inactive, initiated, interrupted
    {52, 52, false, AlarmCategory::Technical, 3},     // jammed
    {53, 62, false, AlarmCategory::Info, 4},          // levels 1-9, log
    {63, 63, false, AlarmCategory::Technical, 3},     // loss
    {64, 64, false, AlarmCategory::Environment, 2},   // low level
    {65, 65, false, AlarmCategory::Technical, 4},     // maintenance needed
    {66, 67, false, AlarmCategory::Technical, 3},     // urgent maintenance, malfunction
    {68, 68, false, AlarmCategory::Technical, 4},     // memory full
    {69, 69, false, AlarmCategory::Info, 4},          // non-active
    {70, 70, false, AlarmCategory::Restore, 5},       // normal state
    {71, 72, false, AlarmCategory::Info, 4},          // occupied, off
    {73, 73, false, AlarmCategory::Technical, 3},     // offline
    {74, 76, false, AlarmCategory::Info, 4},          // on, online, open
    {77, 77, false, AlarmCategory::Care, 2},          // open too long
    {78, 78, false, AlarmCategory::Technical, 3},     // out of service
    {79, 80, false, AlarmCategory::Info, 4},          // overflow, pending
    {81, 81, false, AlarmCategory::Care, 3},          // pill not taken
    {82, 84, false, AlarmCategory::Info, 4},          // pill reminder, pill taken, planned
    {85, 85, false, AlarmCategory::PowerLost, 3},     // power failure (mains)
    {86, 86, false, AlarmCategory::PowerRestored, 5}, // power restored (mains)
    {87, 90, false, AlarmCategory::Info, 4},          // presence planned / upon alarm, privacy, pulse
    {91, 91, false, AlarmCategory::Restore, 5},       // re-established
    {92, 93, false, AlarmCategory::Reset, 5},         // reset (automatic), reset (manual)
    {94, 94, false, AlarmCategory::Restore, 5},       // restoral
    {95, 95, false, AlarmCategory::Technical, 3},     // RF interference
    {96, 99, false, AlarmCategory::Info, 4},          // started, stopped, substituted, succeeded
    {100, 101, false, AlarmCategory::Environment, 2}, // temperature high, low
    {102, 103, false, AlarmCategory::Heartbeat, 5},   // test transmission, primary / redundant
    {104, 105, false, AlarmCategory::Technical, 3},   // time out, trouble
    {106, 107, false, AlarmCategory::Security, 2},    // trespass, unauthorized access
    {108, 108, false, AlarmCategory::Restore, 5},     // unbypass
    {109, 109, false, AlarmCategory::Info, 4},        // verified
    {110, 110, false, AlarmCategory::Sos, 1},         // assistance
    {111, 116, false, AlarmCategory::Restore, 5},     // check-out, communication links re-established
    {117, 121, false, AlarmCategory::Info, 4},        // lying in bed, locked, movement, occupancy, present
    {122, 123, false, AlarmCategory::Technical, 3},   // radio interference, radio test missing
    {124, 124, false, AlarmCategory::Restore, 5},     // radio test re-established
    // 125-127 (tamper alarm, temperature rate of rise, unlocked) are decided in classify().
};

std::optional<DeviceEventType> eventFor(AlarmCategory category)
{
    switch (category) {
    case AlarmCategory::Sos:
        return DeviceEventType::Sos;
    case AlarmCategory::Fall:
        return DeviceEventType::Fall;
    case AlarmCategory::LowBattery:
        return DeviceEventType::LowBattery;
    case AlarmCategory::PowerLost:
        return DeviceEventType::PowerLost;
    case AlarmCategory::PowerRestored:
        return DeviceEventType::PowerRestored;
    case AlarmCategory::Heartbeat:
        return DeviceEventType::Heartbeat;
    default:
        return std::nullopt;
    }
}

AlarmMeaning meaning(AlarmCategory category, int priority)
{
    return AlarmMeaning{category, eventFor(category), priority};
}

AlarmMeaning alarmOfDevice(int deviceType, std::optional<int> statusCode)
{
    const auto row = std::find_if(std::begin(kDevices), std::end(kDevices),
                                  [&](const DeviceRow &d) { return d.deviceType == deviceType; });
    if (row != std::end(kDevices))
        return meaning(row->category, row->priority);
    // A device type from after 2014 or a maker's own (0900-0999): "manual" means a person pressed it.
    if (statusCode == 10)
        return meaning(AlarmCategory::Sos, 1);
    return meaning(AlarmCategory::Other, 2);
}

} // namespace

QString messageTypeKey(MessageType type)
{
    for (const auto &[value, key] : kMessageTypes) {
        if (value == type)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<MessageType> messageTypeFromKey(QStringView key)
{
    for (const auto &[value, name] : kMessageTypes) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

ParseResult Request::parse(const QByteArray &xml)
{
    if (xml.size() > kMaxBodyBytes) {
        return failure(StatusNumber::MessageTooLong, {}, ScaipText::tooLong(xml.size(), kMaxBodyBytes),
                       scanForRef(xml));
    }
    auto structure = StructureReader(xml).read();
    if (auto *problem = std::get_if<ParseFailure>(&structure))
        return *problem;
    return ValueChecker(std::get<RawRequest>(std::move(structure))).check();
}

Result<GeoPoint> parseGeo(QStringView text)
{
    const QString field = QStringLiteral("lge.geo");
    const Error bad = makeError(ErrorCode::Invalid, ScaipText::badGeo(), field);
    // Digits, points, commas and a minus: no exponents, no "nan".
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || c == u'.' || c == u',' || c == u'-';
    });
    const QList<QStringView> parts = text.split(u',');
    if (text.isEmpty() || !plain || (parts.size() != 2 && parts.size() != 3))
        return bad;
    GeoPoint point;
    bool latOk = false;
    bool lonOk = false;
    point.latitude = parts[0].toString().toDouble(&latOk);
    point.longitude = parts[1].toString().toDouble(&lonOk);
    if (!latOk || !lonOk)
        return bad;
    if (parts.size() == 3) { // an altitude, which we do not keep
        bool altOk = false;
        parts[2].toString().toDouble(&altOk);
        if (!altOk)
            return bad;
    }
    if (auto problem = checkRange(point, field))
        return *problem;
    return point;
}

Result<std::optional<GeoPoint>> parseNmea(QStringView sentence)
{
    const QString field = QStringLiteral("lge.gga");
    const Error malformed = makeError(ErrorCode::Invalid, ScaipText::nmeaMalformed(), field);
    const QStringView s = sentence.trimmed();
    if (s.size() < 2 || s[0] != u'$')
        return malformed;
    const qsizetype star = s.lastIndexOf(u'*');
    if (star < 0)
        return makeError(ErrorCode::Invalid, ScaipText::nmeaNoChecksum(), field);
    const QStringView body = s.mid(1, star - 1);
    const QStringView sent = s.mid(star + 1);
    bool hexOk = false;
    const int sentSum = sent.size() == 2 ? sent.toString().toInt(&hexOk, 16) : -1;
    if (!hexOk)
        return makeError(ErrorCode::Invalid, ScaipText::nmeaNoChecksum(), field);
    int sum = 0;
    for (QChar c : body) {
        if (c.unicode() > 127)
            return malformed;
        sum ^= c.unicode();
    }
    if (sum != sentSum) {
        return makeError(
            ErrorCode::Invalid,
            ScaipText::nmeaChecksum(sent.toString().toUpper(),
                                    QStringLiteral("%1").arg(sum, 2, 16, QLatin1Char('0')).toUpper()),
            field);
    }

    const QList<QStringView> f = body.split(u',');
    const QStringView address = f[0];
    static const QSet<QString> talkers{QStringLiteral("GP"), QStringLiteral("GN"), QStringLiteral("GL"),
                                       QStringLiteral("GA"), QStringLiteral("BD"), QStringLiteral("GB")};
    const QString kind = address.size() == 5 ? address.mid(2).toString() : QString();
    if (!talkers.contains(address.left(2).toString()) || (kind != u"GGA" && kind != u"RMC"))
        return makeError(ErrorCode::Invalid, ScaipText::nmeaType(address.toString()), field);

    // GGA: time, lat, N/S, lon, E/W, fix quality, satellites, HDOP, altitude, ...
    // RMC: time, status A/V, lat, N/S, lon, E/W, speed, course, date, ...
    const bool gga = kind == u"GGA";
    const qsizetype first = gga ? 2 : 3;
    if (f.size() < (gga ? 9 : 7))
        return malformed;
    if (gga) {
        const QStringView quality = f[6];
        if (quality.isEmpty() || quality == u"0")
            return std::optional<GeoPoint>();
        if (!isAsciiDigits(quality))
            return malformed;
    } else {
        if (f[2] == u"V")
            return std::optional<GeoPoint>();
        if (f[2] != u"A")
            return malformed;
    }
    const auto lat = nmeaCoordinate(f[first], f[first + 1], u'N', u'S');
    const auto lon = nmeaCoordinate(f[first + 2], f[first + 3], u'E', u'W');
    if (!lat || !lon)
        return malformed;
    GeoPoint point;
    point.latitude = *lat;
    point.longitude = *lon;
    if (auto problem = checkRange(point, field))
        return *problem;
    if (gga && !f[8].isEmpty()) {
        bool ok = false;
        const double hdop = f[8].toString().toDouble(&ok);
        if (!ok || !std::isfinite(hdop) || hdop < 0)
            return malformed;
        // HDOP times a typical consumer receiver's range error (~5 m) is the usual rough radius.
        point.accuracyMeters = hdop * 5.0;
    }
    return std::optional<GeoPoint>(point);
}

namespace {

// <ste> is US-ASCII 32-126, at most 128 characters.
QString asciiText(const QString &text)
{
    QString out = text.left(128);
    for (QChar &c : out) {
        if (c.unicode() < 32 || c.unicode() > 126)
            c = u'?';
    }
    return out;
}

const char *statusNumberText(StatusNumber snu)
{
    switch (snu) {
    case StatusNumber::Ok:
        return "ok";
    case StatusNumber::MessageTooLong:
        return "message too long";
    case StatusNumber::InvalidFormat:
        return "invalid format";
    case StatusNumber::WrongDataContent:
        return "wrong data content";
    case StatusNumber::Hold:
        return "hold";
    case StatusNumber::NotTreated:
        return "not treated";
    case StatusNumber::Busy:
        return "busy";
    case StatusNumber::MandatoryTagMissing:
        return "mandatory tag missing";
    case StatusNumber::ReferenceMissing:
        return "reference missing";
    case StatusNumber::UndefinedError:
        return "undefined error";
    }
    return "undefined error";
}

} // namespace

QByteArray Response::toXml() const
{
    QByteArray out;
    {
        QXmlStreamWriter w(&out);
        w.writeStartElement(QStringLiteral("mrs"));
        w.writeTextElement(QStringLiteral("ref"), ref);
        w.writeTextElement(QStringLiteral("snu"), QString::number(static_cast<int>(snu)));
        if (!statusText.isEmpty())
            w.writeTextElement(QStringLiteral("ste"), asciiText(statusText));
        // Omitted means no call; the schema's "[0-9]{2}" contradicts the table's one digit, and
        // terminals in the field take one digit.
        if (mediaReply != MediaReply::None)
            w.writeTextElement(QStringLiteral("mre"), QString::number(static_cast<int>(mediaReply)));
        if (callHandlingReply > 0) {
            const int cre = std::clamp(callHandlingReply, 1, 62);
            w.writeTextElement(QStringLiteral("cre"), QStringLiteral("%1").arg(cre, 2, 10, QLatin1Char('0')));
        }
        for (const QString &number : transferredNumbers)
            w.writeTextElement(QStringLiteral("tnu"), number.left(256));
        if (heartbeatMinutes > 0)
            w.writeTextElement(QStringLiteral("hbi"), QString::number(std::clamp(heartbeatMinutes, 1, 1440)));
        w.writeEndElement();
    } // the writer is done with `out` before it is returned
    return out;
}

Response Response::accepted(const Request &request)
{
    Response r;
    r.ref = request.ref;
    r.snu = StatusNumber::Ok;
    return r;
}

Response Response::refused(const ParseFailure &failure)
{
    Response r;
    r.ref = failure.ref;
    r.snu = failure.snu;
    // English on purpose: the text goes to the terminal's log, and the wire allows ASCII only.
    r.statusText = QString::fromLatin1(statusNumberText(failure.snu));
    if (!failure.error.field.isEmpty())
        r.statusText += QStringLiteral(": ") + failure.error.field;
    return r;
}

AlarmMeaning classify(MessageType type, int deviceType, std::optional<int> statusCode)
{
    if (type == MessageType::Heartbeat)
        return meaning(AlarmCategory::Heartbeat, 5);
    if (type == MessageType::Reset)
        return meaning(AlarmCategory::Reset, 5);
    // "When omitted, alarm state shall be assumed" (Table 1, <stc>).
    if (!statusCode)
        return alarmOfDevice(deviceType, statusCode);
    const int stc = *statusCode;
    switch (stc) {
    case 125: // tamper alarm: someone opened or removed the device
        return meaning(AlarmCategory::Security, 2);
    case 126: // temperature rate of rise: fire on a heat detector, otherwise the room
        return alarmOfDevice(deviceType, stc).category == AlarmCategory::Fire
                   ? meaning(AlarmCategory::Fire, 1)
                   : meaning(AlarmCategory::Environment, 2);
    case 127: // unlocked
        return meaning(AlarmCategory::Info, 4);
    default:
        break;
    }
    const auto row = std::find_if(std::begin(kStatuses), std::end(kStatuses),
                                  [&](const StatusRow &s) { return stc >= s.from && stc <= s.to; });
    if (row == std::end(kStatuses))
        return meaning(AlarmCategory::Other, 3);
    if (row->alarmState)
        return alarmOfDevice(deviceType, statusCode);
    return meaning(row->category, row->priority);
}

} // namespace safelink::hub::scaip
