#include <safelink/desk/callcontroller.h>
#include <safelink/telephony/phone.h>

#include <QRegularExpression>

namespace safelink::desk {

using telephony::CallDirection;
using telephony::CallInfo;
using telephony::CallState;

CallController::CallController(telephony::Phone &phone, QObject *parent)
    : QObject(parent)
    , m_phone(phone)
{
    connect(&m_phone, &telephony::Phone::callChanged, this, &CallController::onCallChanged);
    connect(&m_phone, &telephony::Phone::actionFailed, this,
            [this](telephony::CallId, const QString &message) { Q_EMIT problem(message); });
}

void CallController::onCallChanged(const CallInfo &call)
{
    const auto it =
        std::find_if(m_calls.begin(), m_calls.end(), [&](const CallInfo &c) { return c.id == call.id; });
    const bool known = it != m_calls.end();
    const bool wasAnswered = known && it->isAnswered();
    if (!call.isLive()) {
        if (known)
            m_calls.erase(it);
        Q_EMIT ended(call);
    } else if (known) {
        *it = call;
    } else {
        m_calls.append(call);
        if (call.direction == CallDirection::Incoming && call.state == CallState::Ringing)
            Q_EMIT incoming(call);
    }
    if (call.isLive() && call.isAnswered() && !wasAnswered)
        Q_EMIT answered(call);
    Q_EMIT changed();
}

QList<CallInfo> CallController::calls() const
{
    return m_calls;
}

std::optional<CallInfo> CallController::talking() const
{
    for (const CallInfo &c : m_calls) {
        if (c.state == CallState::Active || c.state == CallState::Dialling
            || c.state == CallState::RemoteRinging)
            return c;
    }
    return std::nullopt;
}

std::optional<CallInfo> CallController::current() const
{
    for (const CallInfo &c : m_calls) {
        if (c.direction == CallDirection::Incoming && c.state == CallState::Ringing)
            return c;
    }
    if (auto t = talking())
        return t;
    if (!m_calls.isEmpty())
        return m_calls.last();
    return std::nullopt;
}

void CallController::answer()
{
    for (const CallInfo &c : std::as_const(m_calls)) {
        if (c.direction == CallDirection::Incoming && c.state == CallState::Ringing) {
            m_phone.answer(c.id);
            return;
        }
    }
    Q_EMIT problem(tr("No call is ringing."));
}

void CallController::hangup()
{
    if (auto c = current()) {
        if (c->state == CallState::Ringing && c->direction == CallDirection::Incoming)
            m_phone.reject(c->id);
        else
            m_phone.hangup(c->id);
        return;
    }
    Q_EMIT problem(tr("There is no call to hang up."));
}

void CallController::toggleHold()
{
    auto c = current();
    if (!c || c->state == CallState::Ringing) {
        Q_EMIT problem(tr("There is no answered call to hold."));
        return;
    }
    if (c->state == CallState::Held)
        m_phone.resume(c->id);
    else if (c->state == CallState::Active)
        m_phone.hold(c->id);
    else
        Q_EMIT problem(tr("This call cannot be held now."));
}

void CallController::toggleMute()
{
    if (auto c = talking(); c && c->state == CallState::Active) {
        m_phone.setMuted(c->id, !c->muted);
        return;
    }
    Q_EMIT problem(tr("There is no call talking to mute."));
}

void CallController::dial(const QString &target)
{
    const QString t = target.trimmed();
    static const QRegularExpression plausible(
        QStringLiteral("^(\\+?[0-9*#]{1,32}|sips?:\\S+|[A-Za-z0-9._+-]+@\\S+)$"));
    if (!plausible.match(t).hasMatch()) {
        Q_EMIT problem(t.isEmpty() ? tr("Type a number to dial.")
                                   : tr("\"%1\" is not a number that can be dialled.").arg(t.left(40)));
        return;
    }
    m_lastDialled = t;
    m_phone.dial(t);
}

void CallController::redial()
{
    if (m_lastDialled.isEmpty()) {
        Q_EMIT problem(tr("Nothing has been dialled yet."));
        return;
    }
    dial(m_lastDialled);
}

void CallController::sendDtmf(const QString &digits)
{
    static const QRegularExpression keys(QStringLiteral("^[0-9*#A-Da-d]{1,64}$"));
    auto c = talking();
    if (!c || c->state != CallState::Active) {
        Q_EMIT problem(tr("There is no call talking to send keys to."));
        return;
    }
    if (!keys.match(digits).hasMatch()) {
        Q_EMIT problem(tr("Only 0-9, *, # and A-D can be sent as keys."));
        return;
    }
    m_phone.sendDtmf(c->id, digits);
}

void CallController::transfer(const QString &target)
{
    auto c = talking();
    if (!c || c->state != CallState::Active) {
        Q_EMIT problem(tr("There is no call talking to transfer."));
        return;
    }
    if (target.trimmed().isEmpty()) {
        Q_EMIT problem(tr("Type the number to transfer to."));
        return;
    }
    m_phone.blindTransfer(c->id, target.trimmed());
}

void CallController::conference()
{
    QList<telephony::CallId> ids;
    for (const CallInfo &c : std::as_const(m_calls)) {
        if (c.isAnswered() && (c.state == CallState::Active || c.state == CallState::Held))
            ids.append(c.id);
    }
    if (ids.size() < 2) {
        Q_EMIT problem(tr("A conference needs two answered calls: dial 120 or a relative first, then join."));
        return;
    }
    m_phone.conference(ids);
}

} // namespace safelink::desk
