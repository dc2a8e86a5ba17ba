#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Values that cross from the SIP engine's thread to the GUI thread: plain copies, never a pointer
// into liblinphone (its objects may only be touched on the engine's thread).
namespace safelink::telephony {

// Our own number for a call, given when the call appears and never reused in a process.
using CallId = quint64;

enum class RegistrationState {
    None,       // no account configured
    Progress,   // REGISTER sent, no final answer yet
    Registered, // the proxy accepted us: calls can reach this seat
    Cleared,    // unregistered on purpose
    Failed,     // refused (wrong password) or the proxy does not answer
};

enum class CallDirection { Incoming, Outgoing };

// What an agent needs to know about a call; finer SIP states are folded into these.
enum class CallState {
    Ringing,       // incoming, not answered yet
    Dialling,      // outgoing, no answer yet (180 or not)
    RemoteRinging, // outgoing, the far end rings (180/183)
    Active,        // talking
    Held,          // we put it on hold
    HeldByRemote,  // the far end put us on hold
    Ended,         // finished normally
    Failed,        // refused, busy, unreachable, or an error
};

enum class TransferState { None, Progress, Done, Failed };

// How DTMF digits leave the seat: RTP events (RFC 4733), SIP INFO, or both.
enum class DtmfMode { Rfc4733, SipInfo, Both };

struct CallInfo {
    CallId id = 0;
    CallDirection direction = CallDirection::Incoming;
    CallState state = CallState::Ringing;
    QString remoteUri;   // sip:user@host
    QString remoteUser;  // user part: the caller's number for terminals and gateways
    QString displayName; // From display name, may be empty
    QString dialled;     // To user part: the hotline the caller dialled (incoming)
    QString sipCallId;
    QDateTime startedAt;
    QDateTime answeredAt; // invalid until answered
    QDateTime endedAt;    // invalid until ended
    bool muted = false;
    bool media = false; // audio streams are running (false while setting up, held or ended)
    bool inConference = false;
    TransferState transfer = TransferState::None;
    int sipStatus = 0;              // final SIP status when the call failed (486, 404, ...)
    QString endReason;              // translated, for people
    QString recordingPath;          // WAV being written (empty when not recording)
    QMap<QString, QString> headers; // selected X- headers from the INVITE (routing info from the proxy)

    bool isLive() const { return state != CallState::Ended && state != CallState::Failed; }
    bool isAnswered() const { return answeredAt.isValid(); }
};

// Call quality figures, sampled about once a second while a call has media.
struct CallQuality {
    CallId id = 0;
    QString codec;                // "PCMA/8000", "opus/48000"
    double jitterMs = 0;          // receiver interarrival jitter
    double lossPercent = 0;       // packets we did not receive
    double remoteLossPercent = 0; // packets the far end reports lost (RTCP)
    double roundTripMs = 0;
    double mos = 0; // liblinphone's quality estimate, 0..5 (MOS-like)
    double downloadKbps = 0;
    double uploadKbps = 0;
};

struct AudioDevice {
    QString id; // stable across restarts for the same hardware: what settings remember
    QString name;
    QString driver;
    bool canCapture = false;
    bool canPlay = false;
    friend bool operator==(const AudioDevice &, const AudioDevice &) = default;
};

// The agent's choice of devices. Empty ids mean the system default.
struct DevicePreferences {
    QString captureId;  // headset microphone
    QString playbackId; // headset earpiece
    QString ringerId;   // where incoming calls ring (often the PC speaker, so the agent hears it)
    friend bool operator==(const DevicePreferences &, const DevicePreferences &) = default;
};

// The seat's SIP account at the center's proxy.
struct AccountConfig {
    QString proxy; // sip:HOST[:PORT][;transport=udp|tcp]
    QString user;  // the seat's extension, e.g. 1001
    QString password;
    QString domain; // SIP domain; the proxy's host when empty
    QString displayName;
    int expiresSeconds = 300;
};

struct EngineConfig {
    QString dataDir;       // liblinphone's own state (created if missing)
    QString recordDir;     // every call is recorded here as <id>.wav; empty: no recording
    bool useFiles = false; // no sound card: play playFile, record calls to files (CLI, tests)
    QString playFile;      // WAV sent as the seat's voice when useFiles
    int sipPort = 0;       // local SIP port (UDP and TCP); 0: any free port
    int rtpPortMin = 0;    // 0: liblinphone's defaults
    int rtpPortMax = 0;
    // G.711 A-law first: what China's PSTN gateways speak, so no transcoding and 8 kHz recordings.
    QStringList codecs = {QStringLiteral("PCMA"), QStringLiteral("PCMU"), QStringLiteral("opus")};
    DtmfMode dtmf = DtmfMode::Rfc4733;
    int iterateMs = 10; // how often liblinphone looks at its sockets: bounds the added latency
    QStringList captureHeaders = {QStringLiteral("X-Safelink-Hotline"), QStringLiteral("X-Safelink-Queue")};
    QString userAgent = QStringLiteral("Safelink");
    bool sipTrace = false; // liblinphone's own log to stderr (debugging)
};

// Translated labels for people (zh_CN first).
class Labels {
    Q_DECLARE_TR_FUNCTIONS(safelink::telephony::Labels)

public:
    static QString registration(RegistrationState state);
    static QString call(CallState state);
    static QString direction(CallDirection direction);
};

// Stable keys for logs and the command-line tool ("ringing", "active", ...).
QString key(CallState state);
QString key(RegistrationState state);

} // namespace safelink::telephony

Q_DECLARE_METATYPE(safelink::telephony::CallInfo)
Q_DECLARE_METATYPE(safelink::telephony::CallQuality)
Q_DECLARE_METATYPE(safelink::telephony::AudioDevice)
Q_DECLARE_METATYPE(safelink::telephony::DevicePreferences)
Q_DECLARE_METATYPE(safelink::telephony::AccountConfig)
Q_DECLARE_METATYPE(safelink::telephony::RegistrationState)
