#pragma once

#include <safelink/core/enums.h>

#include <QObject>
#include <QTimer>

namespace safelink::sync {
class SyncClient;
}

namespace safelink::desk {

class CallController;

// The seat's state as the hub and the supervisors see it (坐席状态). The agent chooses ready, a
// break (with its reason) or away; while a call is up the seat is busy, and after the last call it
// is in wrap-up for a while (the case is being written) before it returns to what the agent chose.
// Every change goes to the hub (which routes calls by it), also after a reconnect.
class SeatState : public QObject {
    Q_OBJECT

public:
    // sync may be null (no hub): the state is then kept locally only.
    SeatState(CallController &calls, sync::SyncClient *sync, QObject *parent = nullptr);

    core::SeatActivity activity() const { return m_activity; }
    QString reason() const { return m_reason; }
    // What the agent chose, to return to after calls and wrap-up.
    core::SeatActivity chosen() const { return m_chosen; }
    // Wrap-up length after a call (default 30 s); 0 returns at once.
    void setWrapUpSeconds(int seconds) { m_wrapUpMs = seconds * 1000; }
    void setPhoneRegistered(bool registered);

    void ready();
    // A break needs its reason (用餐, 培训…); an empty reason is refused.
    bool takeBreak(const QString &reason);
    void away();
    // Ends wrap-up now (the agent is done writing).
    void endWrapUp();

Q_SIGNALS:
    void changed(safelink::core::SeatActivity activity, const QString &reason);

private:
    void choose(core::SeatActivity activity, const QString &reason);
    void update();
    void publish();

    CallController &m_calls;
    sync::SyncClient *m_sync;
    core::SeatActivity m_chosen = core::SeatActivity::Away;
    QString m_chosenReason;
    core::SeatActivity m_activity = core::SeatActivity::Away;
    QString m_reason;
    bool m_phone = false;
    int m_wrapUpMs = 30000;
    QTimer m_wrapUp;
};

} // namespace safelink::desk
