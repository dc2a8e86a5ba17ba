#pragma once

#include <safelink/telephony/calltypes.h>

#include <QObject>

#include <atomic>
#include <memory>

namespace safelink::telephony {

// The SIP engine: one liblinphone core, created, iterated and destroyed on one thread (the thread
// this object lives on when start() runs). Every method must be called on that thread (asserted in
// debug builds); the GUI uses Phone, which posts to it. liblinphone's listener callbacks become
// the signals below, which carry copies only.
class SipEngine : public QObject {
    Q_OBJECT

public:
    // ids: a counter shared with Phone, so that ids handed out for dials and for incoming calls
    // never collide.
    SipEngine(EngineConfig config, std::shared_ptr<std::atomic<CallId>> ids, QObject *parent = nullptr);
    ~SipEngine() override;

    // Creates and starts the core. False (and failed() emitted) when liblinphone cannot start.
    bool start();
    // Hangs up every call, unregisters briefly and destroys the core.
    void shutdown();

    void setAccount(const AccountConfig &account);
    void clearAccount();
    void refreshRegistration();

    // Outgoing call to a number ("120", "13800138000"), an extension or a full sip: URI. Numbers are
    // sent to the seat's proxy, which routes them (to a PSTN gateway for external numbers).
    void dial(CallId id, const QString &target);
    void answer(CallId id);
    void reject(CallId id);
    void hangup(CallId id);
    void hold(CallId id);
    void resume(CallId id);
    void setMuted(CallId id, bool muted);
    void sendDtmf(CallId id, const QString &digits);
    void blindTransfer(CallId id, const QString &target);
    // Attended: `id` (usually held) is connected to `targetId` (the consulted party), we drop out.
    void attendedTransfer(CallId id, CallId targetId);
    // Joins the calls into one local three-way (or larger) conference mixed at this seat.
    void conference(const QList<CallId> &ids);
    void setDoNotDisturb(bool on);
    void setDevices(const DevicePreferences &preferences);
    void reloadDevices();

    bool onEngineThread() const;

Q_SIGNALS:
    void started(const QString &sipContact);
    void failed(const QString &message);
    void registrationChanged(safelink::telephony::RegistrationState state, const QString &message,
                             int sipStatus);
    void callChanged(const safelink::telephony::CallInfo &call);
    void callQuality(const safelink::telephony::CallQuality &quality);
    void dtmfReceived(safelink::telephony::CallId id, QChar digit);
    // Emitted once per call after hang-up, when the WAV file is closed.
    void recordingFinished(const safelink::telephony::CallInfo &call, const QString &wavPath);
    void devicesChanged(const QList<safelink::telephony::AudioDevice> &devices,
                        const safelink::telephony::DevicePreferences &inUse);
    void deviceFallback(const QString &message);
    // A request that could not be carried out (unknown call, bad target, liblinphone refused).
    void actionFailed(safelink::telephony::CallId id, const QString &message);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace safelink::telephony
