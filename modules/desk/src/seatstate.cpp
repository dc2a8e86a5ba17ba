#include <safelink/desk/callcontroller.h>
#include <safelink/desk/seatstate.h>
#include <safelink/protocol/sync.h>
#include <safelink/sync/syncclient.h>

#include <QLoggingCategory>

namespace safelink::desk {

Q_LOGGING_CATEGORY(lcSeat, "safelink.desk.seat")

using core::SeatActivity;

SeatState::SeatState(CallController &calls, sync::SyncClient *sync, QObject *parent)
    : QObject(parent)
    , m_calls(calls)
    , m_sync(sync)
{
    m_wrapUp.setSingleShot(true);
    connect(&m_wrapUp, &QTimer::timeout, this, &SeatState::update);
    connect(&m_calls, &CallController::changed, this, &SeatState::update);
    connect(&m_calls, &CallController::ended, this, [this] {
        // The last call is over: write it up before the next one comes.
        if (m_calls.calls().isEmpty() && m_wrapUpMs > 0 && m_chosen == SeatActivity::Ready)
            m_wrapUp.start(m_wrapUpMs);
        update();
    });
}

void SeatState::setPhoneRegistered(bool registered)
{
    if (m_phone == registered)
        return;
    m_phone = registered;
    publish();
}

void SeatState::ready()
{
    choose(SeatActivity::Ready, QString());
}

bool SeatState::takeBreak(const QString &reason)
{
    if (reason.trimmed().isEmpty() || reason.trimmed().size() > 100)
        return false;
    choose(SeatActivity::Break, reason.trimmed());
    return true;
}

void SeatState::away()
{
    choose(SeatActivity::Away, QString());
}

void SeatState::endWrapUp()
{
    m_wrapUp.stop();
    update();
}

void SeatState::choose(SeatActivity activity, const QString &reason)
{
    m_chosen = activity;
    m_chosenReason = reason;
    m_wrapUp.stop();
    update();
}

void SeatState::update()
{
    SeatActivity activity = m_chosen;
    QString reason = m_chosenReason;
    if (!m_calls.calls().isEmpty()) {
        activity = SeatActivity::Busy;
        reason.clear();
    } else if (m_wrapUp.isActive()) {
        activity = SeatActivity::WrapUp;
        reason.clear();
    }
    if (activity == m_activity && reason == m_reason)
        return;
    m_activity = activity;
    m_reason = reason;
    qCInfo(lcSeat) << "seat" << core::enumKey(activity) << reason;
    publish();
    Q_EMIT changed(m_activity, m_reason);
}

void SeatState::publish()
{
    if (m_sync)
        m_sync->setSeatStatus(protocol::SeatStatusUpdate{m_activity, m_reason, m_phone});
}

} // namespace safelink::desk
