#include <safelink/core/logging.h>
#include <safelink/desk/callbar.h>
#include <safelink/desk/callcontroller.h>
#include <safelink/desk/desksession.h>
#include <safelink/desk/mainwindow.h>
#include <safelink/desk/subjectcard.h>
#include <safelink/protocol/sync.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>
#include <safelink/sync/syncclient.h>
#include <safelink/telephony/phone.h>

#include <QApplication>
#include <QLoggingCategory>

namespace safelink::desk {

Q_LOGGING_CATEGORY(lcSession, "safelink.desk")

DeskSession::DeskSession(MainWindow &window, telephony::Phone &phone, store::Database *replica,
                         sync::SyncClient *sync, Config config, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_replica(replica)
    , m_sync(sync)
    , m_config(std::move(config))
{
    if (m_replica)
        m_pop = std::make_unique<ScreenPop>(*m_replica, m_config.areaCode);
    m_calls = new CallController(phone, this);
    m_bar = new CallBar(*m_calls);
    m_card = new SubjectCard;
    if (m_replica) {
        m_card->setSearch([this](const QString &text) {
            auto found = store::SubjectRepository(*m_replica).search(text, 30);
            if (!found) {
                qCWarning(lcSession) << "search failed:" << found.error().toString();
                m_window.showWarning(tr("The search failed: %1").arg(found.error().message));
                return QList<core::Subject>{};
            }
            return *found;
        });
    }
    m_window.setWorkArea(m_bar, m_card);

    connect(m_calls, &CallController::incoming, this, &DeskSession::onIncoming);
    connect(m_calls, &CallController::problem, &m_window,
            [this](const QString &message) { m_window.showStatusMessage(message); });
    connect(m_card, &SubjectCard::dialRequested, m_calls,
            [this](const QString &number, const QString &) { m_calls->dial(number); });
    connect(m_card, &SubjectCard::subjectChosen, this, [this](const QString &subjectId) {
        if (m_pop)
            show(m_pop->forSubject(subjectId, m_popNumber));
    });
    connect(m_card, &SubjectCard::linkNumberRequested, this, &DeskSession::linkNumber);
}

DeskSession::~DeskSession() = default;

void DeskSession::onIncoming(const telephony::CallInfo &call)
{
    QElapsedTimer timer;
    timer.start();
    m_popNumber = call.remoteUser;
    PopCard card;
    if (m_pop) {
        card = m_pop->forCaller(call.remoteUser);
    } else {
        card.callerNumber = call.remoteUser;
        card.callerDisplay = call.remoteUser;
        card.error = tr("This seat has no records yet (not connected to a hub).");
    }
    show(card);
    m_window.alertIncoming();
    m_lastPopMicros = timer.nsecsElapsed() / 1000;
    qCInfo(lcSession) << "pop for" << card.canonical << "match" << int(card.match) << "in" << m_lastPopMicros
                      << "us";
}

void DeskSession::show(const PopCard &card)
{
    m_card->showCard(card);
    m_bar->setCallerName(card.subject ? card.subject->name : QString());
    m_window.showWork();
    Q_EMIT popShown(card);
}

void DeskSession::linkNumber(const QString &subjectId, const QString &canonical)
{
    if (!m_replica || !m_sync) {
        m_window.showWarning(tr("Not connected to a hub: the number cannot be linked now."));
        return;
    }
    auto subject = store::SubjectRepository(*m_replica).get(subjectId);
    auto number = core::PhoneNumber::parse(canonical, m_config.areaCode);
    if (!subject || !number) {
        m_window.showWarning(tr("The number could not be linked: %1")
                                 .arg(!subject ? subject.error().message : number.error().message));
        return;
    }
    core::Subject changed = *subject;
    for (const core::ContactPhone &p : std::as_const(changed.phones)) {
        if (p.number.canonical() == number->canonical()) {
            show(m_pop->forSubject(subjectId, m_popNumber));
            return; // already theirs
        }
    }
    changed.phones.append(core::ContactPhone{*number, tr("caller ID")});
    if (Status s = changed.validate(); !s) {
        m_window.showWarning(tr("The number could not be linked: %1").arg(s.error().toString()));
        return;
    }
    protocol::WriteRequest request;
    request.kind = core::RecordKind::Subject;
    request.record = changed.toCbor();
    request.recordId = changed.meta.id;
    request.basedOnVersion = subject->meta.version;
    auto key = m_sync->write(request);
    if (!key) {
        m_window.showWarning(tr("The number could not be linked: %1").arg(key.error().message));
        return;
    }
    qCInfo(lcSession) << "linked" << number->canonical() << "to" << subjectId;
    m_window.showStatusMessage(tr("%1 is now saved as a phone of %2.").arg(number->display(), changed.name));
    show(m_pop->forSubject(subjectId, m_popNumber));
}

} // namespace safelink::desk
