#include <safelink/telephony/calltypes.h>
#include <safelink/telephony/logging.h>

Q_LOGGING_CATEGORY(lcSip, "safelink.sip")

namespace safelink::telephony {

QString Labels::registration(RegistrationState state)
{
    switch (state) {
    case RegistrationState::None:
        return tr("未设置分机");
    case RegistrationState::Progress:
        return tr("正在登记");
    case RegistrationState::Registered:
        return tr("已登记");
    case RegistrationState::Cleared:
        return tr("已注销");
    case RegistrationState::Failed:
        return tr("登记失败");
    }
    return {};
}

QString Labels::call(CallState state)
{
    switch (state) {
    case CallState::Ringing:
        return tr("来电振铃");
    case CallState::Dialling:
        return tr("正在呼叫");
    case CallState::RemoteRinging:
        return tr("对方振铃");
    case CallState::Active:
        return tr("通话中");
    case CallState::Held:
        return tr("保持中");
    case CallState::HeldByRemote:
        return tr("被对方保持");
    case CallState::Ended:
        return tr("已结束");
    case CallState::Failed:
        return tr("呼叫失败");
    }
    return {};
}

QString Labels::direction(CallDirection direction)
{
    return direction == CallDirection::Incoming ? tr("呼入") : tr("呼出");
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
