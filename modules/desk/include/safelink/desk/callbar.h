#pragma once

#include <QDateTime>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace safelink::desk {

class CallController;

// The strip at the top of the desk: who is on the line (number, and the name the pop found before
// the agent answers), the call's state and timer, the recording light, and every call control with
// its key (F2 answer, F3 hang up, F4 hold, F5 mute, F6 transfer, F7 conference, F8 dial pad,
// F9 redial), shown in the tooltips. The number field dials on Enter; Ctrl+D sends its digits as
// keys (DTMF) into the call.
class CallBar : public QWidget {
    Q_OBJECT

public:
    explicit CallBar(CallController &calls, QWidget *parent = nullptr);

    // The name the screen pop found for the current caller ("陈桂英"), empty when unknown.
    void setCallerName(const QString &name);
    // Refreshes from the controller (also done on every change and every second while a call lasts).
    void refresh(const QDateTime &now = QDateTime::currentDateTimeUtc());

    QString callerText() const;
    QString stateText() const;
    QString timerText() const;
    bool recordingShown() const;
    QList<QAction *> callActions() const { return m_actions; }

private:
    QAction *addCallAction(const QString &name, const QString &text, const QString &tip,
                           const QKeySequence &key);

    CallController &m_calls;
    QString m_callerName;
    QLabel *m_caller = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_recording = nullptr;
    QLineEdit *m_number = nullptr;
    QTimer *m_tick = nullptr;
    QList<QAction *> m_actions;
    QAction *m_answer = nullptr;
    QAction *m_hangup = nullptr;
    QAction *m_hold = nullptr;
    QAction *m_mute = nullptr;
    QAction *m_transfer = nullptr;
    QAction *m_conference = nullptr;
    QAction *m_redial = nullptr;
};

} // namespace safelink::desk
