#pragma once

#include <safelink/core/alarm.h>
#include <safelink/core/result.h>
#include <safelink/core/workorder.h>
#include <safelink/protocol/sync.h>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSoundEffect;
class QTableView;
class QTimer;

namespace safelink::store {
class Database;
}
namespace safelink::sync {
class SyncClient;
}

namespace safelink::desk {

// One row of the alarm queue: an alarm, a hotline call waiting for a seat, or a callback owed.
struct QueueItem {
    enum class Kind { Alarm, Call, Callback };
    Kind kind = Kind::Alarm;
    QString id; // alarm id, SIP Call-ID, work order id
    int priority = 3;
    QString what;      // "SOS", "来电等待", "回拨"
    QString who;       // the person, or the number
    QString subjectId; // when known
    QString phone;     // whom to call: a callback's number, an alarm's terminal or person
    QString detail;
    QDateTime since;          // waiting since
    QString handler;          // who has it ("王芳"), the seat it rings at
    bool needsPickUp = false; // nobody has it yet: the sound repeats
    bool held = false;
    bool escalated = false;
    bool overdue = false;
    std::optional<core::Alarm> alarm; // Kind::Alarm
};

// 报警队列: every alarm, queued call and owed callback in one list, most urgent first, then the
// longest waiting. Waiting time is shown against the 60-second answer target (amber past 60 s, red
// past 180 s: 97.5% / 99% of alarm calls are to be answered within those).
class AlarmQueueModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Priority, What, Who, Waiting, Handler, Detail, ColumnCount };
    static constexpr qint64 kTargetSecs = 60;
    static constexpr qint64 kLateSecs = 180;

    explicit AlarmQueueModel(QObject *parent = nullptr);

    void setItems(QList<QueueItem> items);
    void setNow(const QDateTime &now);
    const QList<QueueItem> &items() const { return m_items; }
    const QueueItem *item(int row) const;
    int rowOf(const QString &id) const;
    // Rows nobody has picked up yet, and the longest of their waits (seconds).
    int waitingCount() const;
    qint64 longestWait() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString waitText(qint64 secs);

private:
    qint64 waited(const QueueItem &item) const;

    QList<QueueItem> m_items;
    QDateTime m_now;
};

// The queue's logic without widgets: reads the replica (active alarms, open callbacks) and the
// hub's call queue, writes an agent's actions through the outbox, and says when which sound is due:
// each priority has its own, repeated until somebody picks the row up. Supervisors are also alerted
// (once, then repeatedly as P1) about alarms the hub escalated because nobody took them.
class AlarmQueue : public QObject {
    Q_OBJECT

public:
    struct Identity {
        QString accountId;
        QString name;
        bool supervisor = false;
    };

    AlarmQueue(store::Database *replica, sync::SyncClient *sync, Identity me, QObject *parent = nullptr);

    AlarmQueueModel &model() { return *m_model; }
    void setIdentity(const Identity &me) { m_me = me; }
    // Reads alarms and callbacks again (after a change arrived).
    void reload();
    void setCalls(const QList<protocol::QueuedCall> &calls);

    // An agent's actions on an alarm; each goes to the hub through the outbox. Refused at once when
    // the alarm's state does not allow it (another agent has it, it is closed).
    Status take(const QString &alarmId);
    Status hold(const QString &alarmId, const QString &reason, int priority);
    Status close(const QString &alarmId, const QString &outcome);
    // A callback done: the order is completed with a note.
    Status completeCallback(const QString &workOrderId, const QString &note);

    // Whether an outbox write is one of the queue's (its refusal is the queue's to say).
    bool owns(const QString &writeKey) const { return m_pendingWrites.contains(writeKey); }
    // Every second: waiting times, and the sound that is due (if any).
    void tick(const QDateTime &now);
    // Seconds between repeats of a priority's sound.
    static int repeatSeconds(int priority);

Q_SIGNALS:
    void alert(int priority);
    void escalated(const QString &alarmId);
    void changed();
    void actionRefused(const QString &message);

private:
    Status writeAlarm(const core::Alarm &alarm, qint64 basedOn);
    std::optional<core::Alarm> alarm(const QString &id) const;
    void rebuild();

    store::Database *m_replica;
    sync::SyncClient *m_sync;
    Identity m_me;
    AlarmQueueModel *m_model;
    QList<core::Alarm> m_alarms;
    QList<core::WorkOrder> m_callbacks;
    QList<protocol::QueuedCall> m_calls;
    QHash<QString, QString> m_names;  // subject id → name
    QHash<QString, QString> m_phones; // subject or device id → the number to call
    QSet<QString> m_escalatedSeen;
    QHash<QString, QString> m_pendingWrites; // outbox key → what it was, for a refusal
    QDateTime m_lastAlert;
    int m_lastAlertPriority = 0;
};

// The queue on the desk: the table, what needs picking up, and the agent's keys.
class AlarmQueuePanel : public QWidget {
    Q_OBJECT

public:
    explicit AlarmQueuePanel(AlarmQueue &queue, QWidget *parent = nullptr);

    QTableView &table() { return *m_table; }
    // "待处理 2 · 最长等待 0:45（目标 60 秒）".
    QString summaryText() const;
    // The selected row, or the most urgent when none is selected.
    const QueueItem *current() const;
    void setSoundEnabled(bool on) { m_sound = on; }
    // The priority whose sound played last (tests; 0 = none yet).
    int lastSoundPriority() const { return m_lastSound; }

Q_SIGNALS:
    // Take / call back: the session shows the person and dials.
    void takeRequested(const safelink::desk::QueueItem &item);
    void callBackRequested(const safelink::desk::QueueItem &item);

private:
    void takeCurrent();
    void holdCurrent();
    void closeCurrent();
    void callBackCurrent();
    void refresh();
    void play(int priority);

    AlarmQueue &m_queue;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_hold = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_callBack = nullptr;
    QTimer *m_clock = nullptr;
    QHash<int, QSoundEffect *> m_sounds;
    bool m_sound = true;
    int m_lastSound = 0;
};

} // namespace safelink::desk

Q_DECLARE_METATYPE(safelink::desk::QueueItem)
