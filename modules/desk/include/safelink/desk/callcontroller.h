#pragma once

#include <safelink/telephony/calltypes.h>

#include <QObject>
#include <QString>

#include <optional>

namespace safelink::telephony {
class Phone;
}

namespace safelink::desk {

// What the call bar acts on, without widgets: which call is "the" call (a ringing one first, then
// the one talking, then the newest on hold), and the agent's actions on it. Every action is refused
// with a reason (problem()) when it makes no sense, rather than silently doing nothing.
class CallController : public QObject {
    Q_OBJECT

public:
    explicit CallController(telephony::Phone &phone, QObject *parent = nullptr);

    std::optional<telephony::CallInfo> current() const;
    QList<telephony::CallInfo> calls() const; // live calls, oldest first
    QString lastDialled() const { return m_lastDialled; }

    void answer();
    void hangup();
    void toggleHold();
    void toggleMute();
    // A new call (the one talking goes on hold). Empty or invalid targets are refused.
    void dial(const QString &target);
    void redial();
    void sendDtmf(const QString &digits);
    // Blind transfer of the call talking to target.
    void transfer(const QString &target);
    // Joins the call talking and the calls on hold into one conference (agent, caller, 120...).
    void conference();

Q_SIGNALS:
    void changed();
    // A call started ringing: the desk prepares the pop now, before the agent answers.
    void incoming(const safelink::telephony::CallInfo &call);
    void answered(const safelink::telephony::CallInfo &call);
    void ended(const safelink::telephony::CallInfo &call);
    void problem(const QString &message);

private:
    void onCallChanged(const telephony::CallInfo &call);
    std::optional<telephony::CallInfo> talking() const;

    telephony::Phone &m_phone;
    QList<telephony::CallInfo> m_calls;
    QString m_lastDialled;
};

} // namespace safelink::desk
