#pragma once

#include <safelink/telephony/calltypes.h>

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace safelink::telephony {

class SipEngine;

// The seat's phone as the GUI (and the line-test tool) sees it. It owns the engine on the SIP
// thread; every request is posted there as a queued call and returns at once, every answer
// comes back as a signal on this object's thread.
//
// There is one SIP thread per process, shared by every started Phone: belle-sip's SDP parser and
// liblinphone's factory are process-wide singletons that are not safe to use from two threads at
// once (two cores iterated on two threads crashed in the SDP parser), so several lines in one
// process (a supervisor's second line, the tests) take turns on that thread. The thread ends when
// the last Phone stops. It also keeps the latest copy of each call and
// of the registration, so widgets can read state without asking the other thread.
class Phone : public QObject {
    Q_OBJECT

public:
    explicit Phone(EngineConfig config, QObject *parent = nullptr);
    ~Phone() override;

    // Starts the engine on the SIP thread (starting that thread if needed); started() or failed()
    // follows.
    void start();
    // Hangs up, unregisters and releases the SIP thread (joined when no other Phone uses it).
    // Safe to call more than once.
    void stop();

    void setAccount(const AccountConfig &account);
    void clearAccount();
    void refreshRegistration();

    // The id of the new call at once (its first callChanged follows), for numbers, extensions or URIs.
    CallId dial(const QString &target);
    void answer(CallId id);
    void reject(CallId id);
    void hangup(CallId id);
    void hold(CallId id);
    void resume(CallId id);
    void setMuted(CallId id, bool muted);
    void sendDtmf(CallId id, const QString &digits);
    void blindTransfer(CallId id, const QString &target);
    void attendedTransfer(CallId id, CallId targetId);
    void conference(const QList<CallId> &ids);
    void setDoNotDisturb(bool on);
    void setDevices(const DevicePreferences &preferences);
    void reloadDevices();

    RegistrationState registration() const { return m_registration; }
    QString registrationMessage() const { return m_registrationMessage; }
    bool doNotDisturb() const { return m_dnd; }
    QList<CallInfo> calls() const; // live calls, oldest first
    std::optional<CallInfo> call(CallId id) const;
    CallId activeCall() const;  // 0 when none
    CallId ringingCall() const; // the oldest ringing call, 0 when none
    QList<AudioDevice> devices() const { return m_devices; }
    DevicePreferences devicesInUse() const { return m_devicesInUse; }
    // The SIP thread while started, nullptr otherwise.
    QThread *engineThread() const { return m_thread.get(); }

Q_SIGNALS:
    void started(const QString &contact);
    void failed(const QString &message);
    void registrationChanged(safelink::telephony::RegistrationState state, const QString &message,
                             int sipStatus);
    void callChanged(const safelink::telephony::CallInfo &call);
    void callQuality(const safelink::telephony::CallQuality &quality);
    void dtmfReceived(safelink::telephony::CallId id, QChar digit);
    void recordingFinished(const safelink::telephony::CallInfo &call, const QString &wavPath);
    void devicesChanged(const QList<safelink::telephony::AudioDevice> &devices,
                        const safelink::telephony::DevicePreferences &inUse);
    void deviceFallback(const QString &message);
    void actionFailed(safelink::telephony::CallId id, const QString &message);

private:
    template<typename F>
    void post(F &&f);

    std::shared_ptr<QThread> m_thread;
    SipEngine *m_engine = nullptr;
    std::shared_ptr<std::atomic<CallId>> m_ids;
    bool m_running = false;
    RegistrationState m_registration = RegistrationState::None;
    QString m_registrationMessage;
    bool m_dnd = false;
    QHash<CallId, CallInfo> m_calls;
    QList<AudioDevice> m_devices;
    DevicePreferences m_devicesInUse;
};

} // namespace safelink::telephony
