#include <safelink/hub/callrouter.h>

#include <algorithm>

namespace safelink::hub {

QString callerClassKey(CallerClass c)
{
    switch (c) {
    case CallerClass::Terminal:
        return QStringLiteral("terminal");
    case CallerClass::Subject:
        return QStringLiteral("subject");
    case CallerClass::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString unansweredKey(Unanswered u)
{
    switch (u) {
    case Unanswered::Abandoned:
        return QStringLiteral("abandoned");
    case Unanswered::TimedOut:
        return QStringLiteral("timed_out");
    case Unanswered::Vanished:
        break;
    }
    return QStringLiteral("vanished");
}

QByteArray RouteDecision::toLine() const
{
    switch (action) {
    case RouteAction::Offer:
        return "offer " + sipUser.toUtf8() + ' ' + QByteArray::number(ringSeconds);
    case RouteAction::Wait:
        return "wait " + QByteArray::number(position);
    case RouteAction::Refuse:
        break;
    }
    return "refuse " + QByteArray::number(sipCode);
}

CallRouter::CallRouter(RouterSettings settings)
    : m_settings(settings)
{
}

namespace {
// The order in which waiting calls get seats: terminals, then people on record, then unknown
// numbers; within a class, who waits longest.
bool ranksBefore(const RoutedCall &a, const RoutedCall &b)
{
    if (a.info.callerClass != b.info.callerClass)
        return int(a.info.callerClass) < int(b.info.callerClass);
    if (a.enteredAt != b.enteredAt)
        return a.enteredAt < b.enteredAt;
    return a.callId < b.callId;
}

const SeatCandidate *longestIdle(const QList<const SeatCandidate *> &seats)
{
    const SeatCandidate *best = nullptr;
    for (const SeatCandidate *s : seats) {
        if (!best || s->since < best->since || (s->since == best->since && s->sipUser < best->sipUser))
            best = s;
    }
    return best;
}
} // namespace

bool CallRouter::speaks(const SeatCandidate &seat, const QStringList &languages)
{
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&](const QString &l) { return seat.skills.contains(l, Qt::CaseInsensitive); });
}

bool CallRouter::seatIsFree(const SeatCandidate &seat, const QDateTime &now) const
{
    if (seat.activity != core::SeatActivity::Ready || !seat.phoneRegistered || seat.sipUser.isEmpty())
        return false;
    if (m_offered.contains(seat.sipUser))
        return false;
    // Answered an ACD call and has not said anything since: still on it.
    if (auto it = m_answeredSince.constFind(seat.sipUser); it != m_answeredSince.cend() && seat.since <= *it)
        return false;
    if (auto it = m_rona.constFind(seat.sipUser);
        it != m_rona.cend() && seat.since <= *it && now < it->addSecs(m_settings.ronaSeconds))
        return false;
    return true;
}

QList<RoutedCall *> CallRouter::rankedWaiting()
{
    QList<RoutedCall *> out;
    for (RoutedCall &c : m_calls) {
        if (c.state == RoutedCall::State::Queued)
            out.append(&c);
    }
    std::sort(out.begin(), out.end(),
              [](const RoutedCall *a, const RoutedCall *b) { return ranksBefore(*a, *b); });
    return out;
}

RouteDecision CallRouter::route(const QString &callId, const QString &caller, const QString &dialled,
                                const QList<SeatCandidate> &seats, const Identify &identify,
                                const QDateTime &now)
{
    expire(now);
    RouteDecision decision;
    auto it = m_calls.find(callId);
    if (it == m_calls.end()) {
        const CallerInfo info = identify ? identify(caller) : CallerInfo{};
        if (info.blocked) {
            decision.action = RouteAction::Refuse;
            decision.sipCode = 603;
            decision.reason = info.blockReason.isEmpty() ? tr("The number is on the blocked list.")
                                                         : tr("Blocked: %1").arg(info.blockReason);
            return decision;
        }
        RoutedCall call;
        call.callId = callId;
        call.caller = caller;
        call.dialled = dialled;
        call.info = info;
        call.enteredAt = now;
        it = m_calls.insert(callId, call);
    }
    RoutedCall &call = *it;
    call.lastAsked = now;
    if (call.state == RoutedCall::State::Answered) {
        // Asked again after an answer: a retransmission or a script error. The call stays where it is.
        decision.action = RouteAction::Refuse;
        decision.sipCode = 482;
        decision.reason = tr("The call was answered already.");
        return decision;
    }
    if (call.state == RoutedCall::State::Offered)
        seatFailed(callId, QString(call.offeredTo), 0, now); // the proxy could not reach the seat (a copy:
                                                             // seatFailed clears offeredTo)

    if (call.enteredAt.secsTo(now) >= m_settings.maxWaitSeconds) {
        m_unanswered.append({call, Unanswered::TimedOut});
        m_calls.erase(it);
        decision.action = RouteAction::Refuse;
        decision.sipCode = 480;
        decision.reason =
            tr("Nobody was free for %1 seconds; the caller is called back.").arg(m_settings.maxWaitSeconds);
        return decision;
    }

    QList<const SeatCandidate *> free;
    for (const SeatCandidate &s : seats) {
        if (seatIsFree(s, now))
            free.append(&s);
    }
    const QList<RoutedCall *> waiting = rankedWaiting();
    for (qsizetype i = 0; i < waiting.size() && !free.isEmpty(); ++i) {
        RoutedCall *w = waiting[i];
        QList<const SeatCandidate *> candidates;
        for (const SeatCandidate *s : std::as_const(free)) {
            if (!w->tried.contains(s->sipUser))
                candidates.append(s);
        }
        if (candidates.isEmpty())
            continue;
        const SeatCandidate *pick = nullptr;
        if (!w->info.languages.isEmpty()) {
            QList<const SeatCandidate *> speakers;
            for (const SeatCandidate *s : std::as_const(candidates)) {
                if (speaks(*s, w->info.languages))
                    speakers.append(s);
            }
            pick = longestIdle(speakers);
        } else {
            // Keep the dialect speakers for the callers behind who need them.
            QStringList needed;
            for (qsizetype j = i + 1; j < waiting.size(); ++j)
                needed += waiting[j]->info.languages;
            QList<const SeatCandidate *> others;
            for (const SeatCandidate *s : std::as_const(candidates)) {
                if (!speaks(*s, needed))
                    others.append(s);
            }
            pick = longestIdle(others);
        }
        if (!pick)
            pick = longestIdle(candidates);
        if (w == &call) {
            call.state = RoutedCall::State::Offered;
            call.offeredTo = pick->sipUser;
            call.offeredAt = now;
            m_offered.insert(pick->sipUser, callId);
            decision.action = RouteAction::Offer;
            decision.sipUser = pick->sipUser;
            decision.seat = pick->seat;
            decision.ringSeconds = m_settings.ringSeconds;
            return decision;
        }
        free.removeOne(pick);
    }
    decision.action = RouteAction::Wait;
    decision.position = int(waiting.indexOf(&call)) + 1;
    return decision;
}

void CallRouter::answered(const QString &callId, const QString &sipUser, const QDateTime &now)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    if (it->state == RoutedCall::State::Offered && it->offeredTo != sipUser)
        m_offered.remove(it->offeredTo);
    m_offered.remove(sipUser);
    it->state = RoutedCall::State::Answered;
    it->offeredTo = sipUser;
    m_answeredSince.insert(sipUser, now);
    m_answeredCall.insert(sipUser, callId);
    m_rona.remove(sipUser);
}

void CallRouter::seatFailed(const QString &callId, const QString &sipUser, int sipStatus,
                            const QDateTime &now)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end() || it->state != RoutedCall::State::Offered || it->offeredTo != sipUser)
        return;
    m_offered.remove(sipUser);
    it->state = RoutedCall::State::Queued;
    it->tried.insert(sipUser);
    it->offeredTo.clear();
    // The proxy asks again right away; until then the call is waiting, not vanished.
    it->lastAsked = now;
    // Rang out or unreachable: that seat is not really there (RONA). Busy (486) or declined (603)
    // is the agent's answer.
    if (sipStatus == 0 || sipStatus == 408 || sipStatus == 480 || (sipStatus >= 500 && sipStatus < 600))
        m_rona.insert(sipUser, now);
}

std::optional<RoutedCall> CallRouter::abandoned(const QString &callId, const QDateTime &)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return std::nullopt;
    if (it->state == RoutedCall::State::Answered) {
        ended(callId);
        return std::nullopt;
    }
    RoutedCall call = *it;
    if (call.state == RoutedCall::State::Offered)
        m_offered.remove(call.offeredTo);
    m_calls.erase(it);
    m_unanswered.append({call, Unanswered::Abandoned});
    return call;
}

void CallRouter::ended(const QString &callId)
{
    auto it = m_calls.find(callId);
    if (it == m_calls.end())
        return;
    if (it->state != RoutedCall::State::Answered) {
        (void)abandoned(callId, QDateTime());
        return;
    }
    if (m_answeredCall.value(it->offeredTo) == callId) {
        m_answeredCall.remove(it->offeredTo);
        m_answeredSince.remove(it->offeredTo);
    }
    m_calls.erase(it);
}

void CallRouter::expire(const QDateTime &now)
{
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        bool gone = false;
        switch (it->state) {
        case RoutedCall::State::Queued:
            gone = it->lastAsked.secsTo(now) >= m_settings.vanishedSeconds;
            break;
        case RoutedCall::State::Offered:
            gone = it->offeredAt.secsTo(now) >= m_settings.ringSeconds + m_settings.offerGraceSeconds;
            break;
        case RoutedCall::State::Answered:
            // No BYE seen for half a day: the proxy lost it; the seat's own state counts anyway.
            if (it->offeredAt.secsTo(now) >= 12 * 3600 || it->enteredAt.secsTo(now) >= 12 * 3600) {
                if (m_answeredCall.value(it->offeredTo) == it->callId) {
                    m_answeredCall.remove(it->offeredTo);
                    m_answeredSince.remove(it->offeredTo);
                }
                it = m_calls.erase(it);
                continue;
            }
            break;
        }
        if (gone) {
            if (it->state == RoutedCall::State::Offered)
                m_offered.remove(it->offeredTo);
            m_unanswered.append({*it, Unanswered::Vanished});
            it = m_calls.erase(it);
        } else {
            ++it;
        }
    }
}

QList<QPair<RoutedCall, Unanswered>> CallRouter::takeUnanswered(const QDateTime &now)
{
    expire(now);
    return std::exchange(m_unanswered, {});
}

QList<RoutedCall> CallRouter::queue() const
{
    QList<RoutedCall> out;
    for (const RoutedCall &c : m_calls) {
        if (c.state != RoutedCall::State::Answered)
            out.append(c);
    }
    std::sort(out.begin(), out.end(), ranksBefore);
    return out;
}

int CallRouter::answeredCount() const
{
    return int(std::count_if(m_calls.cbegin(), m_calls.cend(),
                             [](const RoutedCall &c) { return c.state == RoutedCall::State::Answered; }));
}

} // namespace safelink::hub
