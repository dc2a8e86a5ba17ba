#pragma once

// A real baresip 1.0.0 process as the far end of a call: the alarm terminal registered at
// Kamailio, or (gateway mode) the PSTN gateway that Kamailio sends 120 and external numbers to.
// It plays a WAV file to the other end, records what it hears, and is driven through baresip's
// ctrl_tcp module (netstring-framed JSON commands and events, one TCP connection).
//
// What baresip 1.0.0 does, measured (more in tests/support/sip/README.md):
// - Events: REGISTERING, REGISTER_OK, REGISTER_FAIL ("401 Unauthorized"), CALL_INCOMING (only
//   with answermode=manual; auto-answer goes straight to CALL_ESTABLISHED), CALL_RINGING,
//   CALL_PROGRESS, CALL_ESTABLISHED, CALL_CLOSED (param: the reason, e.g. "404 Not Found",
//   "Connection reset by peer"), CALL_DTMF_START (param: the digit), CALL_DTMF_END, TRANSFER
//   (param: the Refer-To URI), TRANSFER_FAILED, CALL_RTPESTAB, CALL_RTCP, CALL_LOCAL_SDP,
//   CALL_REMOTE_SDP ("offer": also on a re-INVITE, e.g. hold), AUDIO_ERROR.
// - No event for being put on hold: audioDirection() reads it ("recvonly" while held).
// - The recording (sndfile filter) stops at the first re-INVITE that changes the media
//   direction (hold): baresip rebuilds the decoder chain without the filter.
// - The audio source ends the call when its file ends: the tone file lasts `toneSeconds`.
#include "testutil.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTcpSocket>

#include <functional>
#include <optional>

namespace safelink::test {

struct BaresipEvent {
    QString type;   // "CALL_ESTABLISHED", ...
    QString param;  // "param" of the event (a digit, a reason, a URI), may be empty
    QString callId; // "id": the SIP Call-ID, when the event is about a call
    QString peerUri;
    QString direction; // "incoming" / "outgoing"
    QJsonObject json;  // the whole event
    qint64 ms = 0;     // monotonicMs() when it arrived
};

struct BaresipReply {
    bool ok = false;
    QString data; // baresip's text output for the command
    qint64 ms = 0;
};

class BaresipPeer {
public:
    struct Options {
        QString user;     // the account's user part (a seat, a terminal, or the gateway's number)
        QString password; // digest password at Kamailio
        // Kamailio's port on 127.0.0.1. 0: gateway mode, no registration; calls to `user` and to
        // any of `numbers` are accepted on `sipPort`.
        quint16 proxyPort = 0;
        QStringList numbers;
        quint16 sipPort = 0; // 0: a free one (the next port is taken too, for SIP over TLS)
        bool autoAnswer = true;
        QString sourceWav; // played to the other end; empty: a sine of toneHz
        int toneHz = 440;
        int toneSeconds = 120;
        int maxCalls = 4;
        int registerInterval = 600;                // seconds (regint)
        QString transport = QStringLiteral("udp"); // to Kamailio: "udp" or "tcp"
        QStringList codecModules{QStringLiteral("g711")};
    };

    explicit BaresipPeer(Options options);
    ~BaresipPeer();
    BaresipPeer(const BaresipPeer &) = delete;
    BaresipPeer &operator=(const BaresipPeer &) = delete;

    // A terminal (or seat-like peer) registered at Kamailio on 127.0.0.1:proxyPort.
    static Options registered(const QString &user, const QString &password, quint16 proxyPort);
    // The PSTN gateway: unregistered, on a fixed port, answering calls to these numbers.
    static Options gateway(quint16 sipPort, const QStringList &numbers = {QStringLiteral("120")});

    // Starts baresip, connects to ctrl_tcp and creates the account (registration starts then,
    // so that its events are seen). False when baresip or its control port does not come up.
    bool start(int timeoutMs = 10000);
    // SIGTERM (baresip hangs up and unregisters), SIGKILL after `timeoutMs`.
    void stop(int timeoutMs = 3000);
    void kill();
    bool isRunning() const;

    // True once REGISTER_OK arrived (since start or the last reregister()); false on
    // REGISTER_FAIL or timeout.
    bool waitRegistered(int timeoutMs = 5000);
    // Deletes and creates the account again: a fresh REGISTER (e.g. after the proxy came back).
    bool reregister();

    // Commands (baresip's menu module). They act on the current call.
    bool dial(const QString &uri);
    bool answer();
    bool hangup();
    bool hold();
    bool resume();
    // RFC 4733 telephone-events (baresip 1.0.0 does not send SIP INFO).
    bool sendDtmf(const QString &digits);
    // Blind transfer of the current call (REFER).
    bool transfer(const QString &uri);
    bool setAutoAnswer(bool on);
    // Any ctrl_tcp command; nullopt when baresip did not answer in time.
    std::optional<BaresipReply> command(const QString &name, const QString &params = {},
                                        int timeoutMs = 5000);

    // The first event of `type` not returned by an earlier waitForEvent, and matching `filter`
    // when one is given; waits up to `timeoutMs`.
    std::optional<BaresipEvent> waitForEvent(const QString &type, int timeoutMs = 5000,
                                             const std::function<bool(const BaresipEvent &)> &filter = {});
    QList<BaresipEvent> events() const { return m_events; }
    int eventCount(const QString &type) const;
    // Digits received so far (CALL_DTMF_START), in order.
    QString receivedDtmf() const;

    // "sendrecv", "recvonly" (held by the other end), "sendonly", "inactive"; empty without a call.
    QString audioDirection();
    // Number of calls baresip has (listcalls).
    int callCount();

    // What this peer heard, one WAV file per call (newest last). A file is complete once the
    // call has closed; see above for hold.
    QStringList recordings() const;
    QString lastRecording() const;
    QString sourceWav() const { return m_sourceWav; }

    // sip:user@127.0.0.1:proxyPort (registered) or sip:user@127.0.0.1:sipPort (gateway).
    QString aor() const;
    quint16 sipPort() const { return m_options.sipPort; }
    quint16 controlPort() const { return m_controlPort; }
    QString configDir() const { return m_dir.file(QStringLiteral("baresip")); }
    // baresip's own output (stdout/stderr).
    QString logText() const;
    const Options &options() const { return m_options; }

private:
    QString accountLine(const QString &user) const;
    bool writeConfig();
    void onReadyRead();
    void handleMessage(const QByteArray &json, qint64 ms);
    bool send(const QString &name, const QString &params, const QString &token);
    bool createAccounts();

    Options m_options;
    TempDir m_dir;
    QString m_sourceWav;
    quint16 m_controlPort = 0;
    QProcess m_process;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QList<BaresipEvent> m_events;
    QList<bool> m_consumed;
    QHash<QString, BaresipReply> m_replies;
    int m_nextToken = 1;
    qsizetype m_registerFrom = 0; // events before this index belong to an earlier registration
};

} // namespace safelink::test
