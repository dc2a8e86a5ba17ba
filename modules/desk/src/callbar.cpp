#include <safelink/desk/callbar.h>
#include <safelink/desk/callcontroller.h>

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace safelink::desk {

using telephony::CallState;

CallBar::CallBar(CallController &calls, QWidget *parent)
    : QWidget(parent)
    , m_calls(calls)
{
    setObjectName(QStringLiteral("callBar"));
    setAttribute(Qt::WA_StyledBackground); // the ringing colour is a style sheet background
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);

    m_caller = new QLabel(this);
    m_caller->setObjectName(QStringLiteral("callCaller"));
    QFont big = m_caller->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_caller->setFont(big);
    m_caller->setMinimumWidth(260);
    layout->addWidget(m_caller);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("callState"));
    layout->addWidget(m_state);
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("callTimer"));
    m_timer->setFont(big);
    layout->addWidget(m_timer);
    m_recording = new QLabel(tr("● Recording"), this);
    m_recording->setObjectName(QStringLiteral("callRecording"));
    m_recording->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_recording->setToolTip(tr("This call is being recorded"));
    layout->addWidget(m_recording);
    layout->addStretch(1);

    m_answer =
        addCallAction(QStringLiteral("answer"), tr("Answer"), tr("Answer the ringing call"), Qt::Key_F2);
    m_hangup = addCallAction(QStringLiteral("hangup"), tr("Hang up"), tr("Hang up, or refuse a ringing call"),
                             Qt::Key_F3);
    m_hold = addCallAction(QStringLiteral("hold"), tr("Hold"), tr("Put the call on hold, or take it back"),
                           Qt::Key_F4);
    m_mute =
        addCallAction(QStringLiteral("mute"), tr("Mute"), tr("Mute or unmute the microphone"), Qt::Key_F5);
    m_transfer = addCallAction(QStringLiteral("transfer"), tr("Transfer"),
                               tr("Transfer the call to the number typed in the number field"), Qt::Key_F6);
    m_conference = addCallAction(QStringLiteral("conference"), tr("Conference"),
                                 tr("Join the call on hold into a three-way call"), Qt::Key_F7);
    QAction *pad =
        addCallAction(QStringLiteral("dialpad"), tr("Dial pad"), tr("Type a number to dial"), Qt::Key_F8);
    m_redial =
        addCallAction(QStringLiteral("redial"), tr("Redial"), tr("Dial the last number again"), Qt::Key_F9);

    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("callNumber"));
    m_number->setPlaceholderText(tr("Number (F8), Enter dials"));
    m_number->setClearButtonEnabled(true);
    m_number->setMinimumWidth(200);
    m_number->setMaximumWidth(260);
    layout->addWidget(m_number);
    auto *dtmf = new QAction(tr("Send keys"), this);
    dtmf->setObjectName(QStringLiteral("callDtmf"));
    dtmf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    dtmf->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    dtmf->setToolTip(tr("Send the typed digits into the call as keys (%1)")
                         .arg(dtmf->shortcut().toString(QKeySequence::NativeText)));
    m_number->addAction(dtmf);
    addAction(dtmf);

    for (QAction *a : std::as_const(m_actions)) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::NoFocus); // the keys work anywhere; the focus stays in the form
        button->setMinimumHeight(32);
        layout->addWidget(button);
    }

    connect(m_answer, &QAction::triggered, &m_calls, &CallController::answer);
    connect(m_hangup, &QAction::triggered, &m_calls, &CallController::hangup);
    connect(m_hold, &QAction::triggered, &m_calls, &CallController::toggleHold);
    connect(m_mute, &QAction::triggered, &m_calls, &CallController::toggleMute);
    connect(m_conference, &QAction::triggered, &m_calls, &CallController::conference);
    connect(m_redial, &QAction::triggered, &m_calls, &CallController::redial);
    connect(m_transfer, &QAction::triggered, this, [this] {
        if (m_number->text().trimmed().isEmpty()) {
            m_number->setFocus();
            m_number->setPlaceholderText(tr("Number to transfer to, then F6"));
            return;
        }
        m_calls.transfer(m_number->text());
    });
    connect(pad, &QAction::triggered, this, [this] {
        m_number->setFocus();
        m_number->selectAll();
    });
    connect(m_number, &QLineEdit::returnPressed, this, [this] { m_calls.dial(m_number->text()); });
    connect(dtmf, &QAction::triggered, this, [this] {
        m_calls.sendDtmf(m_number->text().trimmed());
        m_number->clear();
    });

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { refresh(); });
    connect(&m_calls, &CallController::changed, this, [this] { refresh(); });
    connect(&m_calls, &CallController::ended, this, [this] {
        if (!m_calls.current())
            m_callerName.clear();
    });
    refresh();
}

QAction *CallBar::addCallAction(const QString &name, const QString &text, const QString &tip,
                                const QKeySequence &key)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("call_") + name);
    action->setShortcut(key);
    action->setShortcutContext(Qt::ApplicationShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    addAction(action);
    m_actions.append(action);
    return action;
}

void CallBar::setCallerName(const QString &name)
{
    m_callerName = name;
    refresh();
}

void CallBar::refresh(const QDateTime &now)
{
    const auto call = m_calls.current();
    const int count = int(m_calls.calls().size());
    if (!call) {
        m_caller->setText(tr("No call"));
        m_state->setText(QString());
        m_timer->setText(QString());
        m_recording->hide();
        m_tick->stop();
        setStyleSheet(QString());
    } else {
        const QString number = call->remoteUser.isEmpty() ? call->remoteUri : call->remoteUser;
        m_caller->setText(m_callerName.isEmpty() ? number
                                                 : QStringLiteral("%1  %2").arg(m_callerName, number));
        QString state = telephony::Labels::call(call->state);
        if (call->muted)
            state += QStringLiteral(" · ") + tr("muted");
        if (call->inConference)
            state += QStringLiteral(" · ") + tr("conference");
        if (count > 1)
            state += QStringLiteral(" · ") + tr("%n call(s)", nullptr, count);
        m_state->setText(state);
        const QDateTime from = call->isAnswered() ? call->answeredAt : call->startedAt;
        const qint64 s = std::max<qint64>(0, from.secsTo(now));
        m_timer->setText(QStringLiteral("%1:%2")
                             .arg(s / 60, 2, 10, QLatin1Char('0'))
                             .arg(s % 60, 2, 10, QLatin1Char('0')));
        m_recording->setVisible(call->isAnswered() && !call->recordingPath.isEmpty());
        if (!m_tick->isActive())
            m_tick->start();
        const bool ringing = call->state == CallState::Ringing;
        setStyleSheet(ringing ? QStringLiteral("#callBar { background: #ffe0b2; }") : QString());
    }
    const bool ringing = call && call->state == CallState::Ringing;
    const bool talking = call && (call->state == CallState::Active || call->state == CallState::Held);
    m_answer->setEnabled(ringing);
    m_hangup->setEnabled(call.has_value());
    m_hold->setEnabled(talking);
    m_hold->setText(call && call->state == CallState::Held ? tr("Resume") : tr("Hold"));
    m_mute->setEnabled(call && call->state == CallState::Active);
    m_mute->setText(call && call->muted ? tr("Unmute") : tr("Mute"));
    m_transfer->setEnabled(call && call->state == CallState::Active);
    m_conference->setEnabled(count >= 2);
    m_redial->setEnabled(!m_calls.lastDialled().isEmpty());
}

QString CallBar::callerText() const
{
    return m_caller->text();
}

QString CallBar::stateText() const
{
    return m_state->text();
}

QString CallBar::timerText() const
{
    return m_timer->text();
}

bool CallBar::recordingShown() const
{
    return !m_recording->isHidden();
}

} // namespace safelink::desk
