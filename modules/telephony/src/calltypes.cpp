#include <safelink/telephony/calltypes.h>
#include <safelink/telephony/logging.h>

Q_LOGGING_CATEGORY(lcSip, "safelink.sip")

namespace safelink::telephony {

QString Labels::registration(RegistrationState state)
{
    switch (state) {
    case RegistrationState::None:
        return tr("No extension set");
    case RegistrationState::Progress:
        return tr("Registering");
    case RegistrationState::Registered:
        return tr("Registered");
    case RegistrationState::Cleared:
        return tr("Unregistered");
    case RegistrationState::Failed:
        return tr("Registration failed");
    }
    return {};
}

QString Labels::call(CallState state)
{
    switch (state) {
    case CallState::Ringing:
        return tr("Ringing");
    case CallState::Dialling:
        return tr("Calling");
    case CallState::RemoteRinging:
        return tr("Ringing at the other end");
    case CallState::Active:
        return tr("In call");
    case CallState::Held:
        return tr("On hold");
    case CallState::HeldByRemote:
        return tr("Held by the other end");
    case CallState::Ended:
        return tr("Ended");
    case CallState::Failed:
        return tr("Call failed");
    }
    return {};
}

QString Labels::direction(CallDirection direction)
{
    return direction == CallDirection::Incoming ? tr("Incoming") : tr("Outgoing");
}

QString key(CallState state)
{
    switch (state) {
    case CallState::Ringing:
        return QStringLiteral("ringing");
    case CallState::Dialling:
        return QStringLiteral("dialling");
    case CallState::RemoteRinging:
        return QStringLiteral("remote-ringing");
    case CallState::Active:
        return QStringLiteral("active");
    case CallState::Held:
        return QStringLiteral("held");
    case CallState::HeldByRemote:
        return QStringLiteral("held-by-remote");
    case CallState::Ended:
        return QStringLiteral("ended");
    case CallState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QString key(RegistrationState state)
{
    switch (state) {
    case RegistrationState::None:
        return QStringLiteral("none");
    case RegistrationState::Progress:
        return QStringLiteral("progress");
    case RegistrationState::Registered:
        return QStringLiteral("registered");
    case RegistrationState::Cleared:
        return QStringLiteral("cleared");
    case RegistrationState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace safelink::telephony
