// Routing benchmark: the hub's ACD on a real SQLite file holding a demo center of N subjects, with
// 100 seats and 100 agents signed in. Prints figures (`name: value unit`):
//  - how long CallRouting::route() takes to answer Kamailio for a new hotline call (caller ID, seat
//    board, decision; median, p99, max), split into caller identification alone
//    (CallRouting::identify) and the router's decision alone (CallRouter::route on a prepared
//    candidate list);
//  - the same while every seat is busy and Q calls wait (a new call joining, a waiting call asked
//    about again: the proxy asks every second);
//  - device events accepted per second through DeviceEvents::record() and end to end through the
//    HTTP API (POST /api/v1/device-events on 127.0.0.1 with device tokens).
// Exits non-zero only when something fails, never because a figure misses its target.
//   SAFELINK_BENCH_SUBJECTS (default 100000), SAFELINK_BENCH_CALLS (default 20000),
//   SAFELINK_BENCH_QUEUE (default 50), SAFELINK_BENCH_EVENTS (default 20000),
//   SAFELINK_BENCH_HTTP_EVENTS (default 5000).
#include <safelink/core/account.h>
#include <safelink/demo/demodata.h>
#include <safelink/hub/accounts.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/callrouter.h>
#include <safelink/hub/callrouting.h>
#include <safelink/hub/deviceevents.h>
#include <safelink/hub/httpapi.h>
#include <safelink/hub/seatdirectory.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace safelink;
using safelink::bench::figure;
using safelink::bench::percentile;

namespace {

constexpr int kSeats = 100;
const QString kHotline = QStringLiteral("96110");
const QString kProxy = QStringLiteral("127.0.0.1:5060");

bool g_failed = false;

void fail(const QString &what, const QString &why)
{
    std::fprintf(stderr, "bench_routing: %s failed: %s\n", qPrintable(what), qPrintable(why));
    std::fflush(stderr);
    g_failed = true;
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

QStringList column(store::Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    QStringList out;
    if (!q.exec(sql)) {
        fail(sql, q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

// What Kamailio sends as `from` ($fU): the national form of the caller's number.
QString asDialled(const QString &canonical)
{
    if (!canonical.startsWith(QLatin1String("+86")))
        return canonical;
    const QString rest = canonical.mid(3);
    return rest.startsWith(QLatin1Char('1')) ? rest : QLatin1Char('0') + rest;
}

// Median, p99 and max of a sample in microseconds, printed in `unit` (us or ms).
void summary(const char *name, const std::vector<double> &us, const char *unit = "us")
{
    const double div = qstrcmp(unit, "ms") == 0 ? 1000.0 : 1.0;
    const int decimals = div > 1 ? 2 : 1;
    const std::string base(name);
    figure((base + "_p50").c_str(), percentile(us, 50) / div, unit, decimals);
    figure((base + "_p99").c_str(), percentile(us, 99) / div, unit, decimals);
    figure((base + "_max").c_str(), percentile(us, 100) / div, unit, decimals);
}

double usSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e3;
}

QUrlQuery routeForm(const QString &callId, const QString &from)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("call"), callId);
    form.addQueryItem(QStringLiteral("from"), from);
    form.addQueryItem(QStringLiteral("to"), kHotline);
    return form;
}

QUrlQuery eventForm(const QString &callId, const QString &event, const QString &seat)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("call"), callId);
    form.addQueryItem(QStringLiteral("event"), event);
    if (!seat.isEmpty())
        form.addQueryItem(QStringLiteral("seat"), seat);
    return form;
}

QString sipUserOf(int seat)
{
    return QString::number(2001 + seat);
}

hub::DeviceEvent benchEvent(const QString &deviceId, const QString &eventId, int n)
{
    hub::DeviceEvent e;
    e.deviceId = deviceId;
    e.eventId = eventId;
    e.type = n % 50 == 0   ? hub::DeviceEventType::Sos
             : n % 10 == 0 ? hub::DeviceEventType::LowBattery
                           : hub::DeviceEventType::Heartbeat;
    e.deviceTime = QDateTime::currentDateTimeUtc();
    e.position = core::GeoPoint{23.1252 + (n % 100) * 1e-4, 113.2697 + (n % 37) * 1e-4, 15};
    e.positionSource = hub::PositionSource::Gps;
    e.battery = 20 + n % 80;
    return e;
}

// The body a terminal posts: the event without the hub's own fields.
QByteArray eventBody(const hub::DeviceEvent &e)
{
    QJsonObject o = e.toJson();
    o.remove(QStringLiteral("seq"));
    o.remove(QStringLiteral("receivedAt"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // One log line per routed call and per stored event would be measured too.
    QLoggingCategory::setFilterRules(QStringLiteral("safelink.*.info=false\nsafelink.*.debug=false"));

    const int subjects = envInt("SAFELINK_BENCH_SUBJECTS", 100000);
    const int calls = envInt("SAFELINK_BENCH_CALLS", 20000);
    const int queueDepth = envInt("SAFELINK_BENCH_QUEUE", 50);
    const int events = envInt("SAFELINK_BENCH_EVENTS", 20000);
    const int httpEvents = envInt("SAFELINK_BENCH_HTTP_EVENTS", 5000);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        fail(QStringLiteral("temp dir"), dir.errorString());
        return 1;
    }
    auto opened =
        store::Database::open(store::DatabaseConfig{.path = dir.filePath(QStringLiteral("hub.sqlite"))});
    if (!opened) {
        fail(QStringLiteral("open"), opened.error().toString());
        return 1;
    }
    store::Database &db = **opened;
    if (Status s = db.migrate(); !s) {
        fail(QStringLiteral("migrate"), s.error().toString());
        return 1;
    }

    // ---- the center: demo data, 100 seats with extensions, 100 agents with skills
    QElapsedTimer timer;
    timer.start();
    auto populated = demo::populate(db, demo::DemoOptions{.subjects = subjects});
    if (!populated) {
        fail(QStringLiteral("populate"), populated.error().toString());
        return 1;
    }
    figure("populate", double(timer.nsecsElapsed()) / 1e9, "s", 2);

    hub::AuditLog audit(db);
    hub::WriteService writes(db, audit);
    const hub::Actor admin = hub::Actor::system(QStringLiteral("bench"));
    hub::SeatDirectory seats(db, writes);
    store::AccountRepository accounts(db);
    QList<protocol::SeatEntry> board;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    int speakers = 0;
    Status made = db.transaction([&]() -> Status {
        for (int i = 0; i < kSeats; ++i) {
            const QString name = QStringLiteral("席位%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            if (auto s =
                    seats.setSeat(name, sipUserOf(i), QStringLiteral("bench-sip-%1").arg(i), false, admin);
                !s)
                return s.error();
            core::Account a;
            a.meta = core::RecordMeta{core::RecordMeta::newId(), 1, start, QString()};
            a.login = QStringLiteral("agent%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            a.displayName = QStringLiteral("坐席员%1").arg(i + 1);
            a.roles = {core::Role::Agent};
            a.skills = {QStringLiteral("普通话")};
            if (i % 3 == 0) {
                a.skills.append(QStringLiteral("粤语"));
                ++speakers;
            }
            if (i % 10 == 4)
                a.skills.append(QStringLiteral("客家话"));
            if (i % 25 == 7)
                a.skills.append(QStringLiteral("潮汕话"));
            a.employeeNumber = QStringLiteral("B%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            if (Status s = accounts.insert(a); !s)
                return s;
            protocol::SeatEntry e;
            e.seat = name;
            e.accountId = a.meta.id;
            e.login = a.login;
            e.displayName = a.displayName;
            // 60 ready, 25 on a call, 15 on a break
            const int mix = i % 20;
            e.activity = mix < 12   ? core::SeatActivity::Ready
                         : mix < 17 ? core::SeatActivity::Busy
                                    : core::SeatActivity::Break;
            e.phoneRegistered = true;
            e.since = start.addSecs(-((i * 37) % 3600) - 1);
            board.append(e);
        }
        return {};
    });
    if (!made) {
        fail(QStringLiteral("seats and agents"), made.error().toString());
        return 1;
    }
    std::printf("bench_routing: %d subjects, %d devices, %d seats (60 ready, 25 busy, 15 on a break), "
                "%d agents speak 粤语\n",
                populated->subjects, populated->devices, kSeats, speakers);
    std::fflush(stdout);

    // ---- callers: half people on record, a quarter terminals' SIMs, a quarter unknown numbers
    const QStringList sims = column(
        db,
        QStringLiteral("SELECT sim_number FROM devices WHERE sim_number IS NOT NULL AND sim_number <> ''"));
    const QStringList phones =
        column(db, QStringLiteral("SELECT phone FROM subject_phones WHERE kind = 'own' AND "
                                  "phone NOT IN (SELECT sim_number FROM devices "
                                  "WHERE sim_number IS NOT NULL)"));
    if (sims.isEmpty() || phones.isEmpty()) {
        fail(QStringLiteral("callers"), QStringLiteral("no phone numbers or SIM numbers stored"));
        return 1;
    }
    std::mt19937 rng(20261123);
    std::vector<QString> callers;
    callers.reserve(std::size_t(calls));
    for (int i = 0; i < calls; ++i) {
        const quint32 r = rng() % 4;
        if (r < 2)
            callers.push_back(asDialled(phones[qsizetype(rng() % quint32(phones.size()))]));
        else if (r == 2)
            callers.push_back(asDialled(sims[qsizetype(rng() % quint32(sims.size()))]));
        else
            callers.push_back(QStringLiteral("1390%1").arg(rng() % 10000000u, 7, 10, QLatin1Char('0')));
    }

    // A seat's index on the board from its extension.
    auto seatIndex = [](const QString &sipUser) {
        return sipUser.toInt() - 2001;
    };
    QElapsedTimer t;

    // ---- new calls while seats are free: CallRouting::route() as Kamailio's http_client calls it.
    // Each offered call is answered and hung up at once (outside the timing); the seat is ready
    // again from then on, so the next call goes to another seat (longest idle).
    std::vector<hub::CallerInfo> infos(callers.size());
    QList<hub::SeatCandidate> candidates;
    {
        hub::CallRouting routing(db, writes, [&board] { return board; });
        std::vector<double> routeUs;
        routeUs.reserve(callers.size());
        int offered = 0;
        int waited = 0;
        int refused = 0;
        for (int i = 0; i < calls; ++i) {
            const QString callId = QStringLiteral("bench-%1@10.0.0.9").arg(i);
            const QUrlQuery form = routeForm(callId, callers[std::size_t(i)]);
            t.start();
            auto d = routing.route(form, kProxy);
            routeUs.push_back(usSince(t));
            if (!d) {
                fail(QStringLiteral("route"), d.error().toString());
                break;
            }
            switch (d->action) {
            case hub::RouteAction::Offer:
                ++offered;
                if (Status s =
                        routing.event(eventForm(callId, QStringLiteral("answered"), d->sipUser), kProxy);
                    !s)
                    fail(QStringLiteral("answered"), s.error().toString());
                if (Status s = routing.event(eventForm(callId, QStringLiteral("ended"), {}), kProxy); !s)
                    fail(QStringLiteral("ended"), s.error().toString());
                board[seatIndex(d->sipUser)].since = QDateTime::currentDateTimeUtc();
                break;
            case hub::RouteAction::Wait:
                ++waited;
                (void)routing.event(eventForm(callId, QStringLiteral("cancelled"), {}), kProxy);
                break;
            case hub::RouteAction::Refuse:
                ++refused;
                break;
            }
        }
        if (offered != calls)
            fail(QStringLiteral("route"),
                 QStringLiteral("%1 of %2 calls offered (%3 waited, %4 refused) with "
                                "60 seats free")
                     .arg(offered)
                     .arg(calls)
                     .arg(waited)
                     .arg(refused));
        std::printf("bench_routing: %d new calls routed through CallRouting::route, %d offered\n", calls,
                    offered);
        // The first question fills the seat cache (each seat's extension and agent's skills from the
        // records); so does the first after any seat or account is written.
        figure("route_first_call", routeUs.empty() ? 0 : routeUs.front(), "us");
        summary("route_new_call", routeUs);

        // Caller identification alone, over the same callers.
        std::vector<double> identifyUs;
        identifyUs.reserve(callers.size());
        int classes[3] = {0, 0, 0};
        int dialect = 0;
        for (std::size_t i = 0; i < callers.size(); ++i) {
            t.start();
            infos[i] = routing.identify(callers[i]);
            identifyUs.push_back(usSince(t));
            ++classes[int(infos[i].callerClass)];
            dialect += infos[i].languages.isEmpty() ? 0 : 1;
        }
        summary("route_identify", identifyUs);
        figure("route_callers_terminal", 100.0 * classes[int(hub::CallerClass::Terminal)] / calls, "%");
        figure("route_callers_subject", 100.0 * classes[int(hub::CallerClass::Subject)] / calls, "%");
        figure("route_callers_unknown", 100.0 * classes[int(hub::CallerClass::Unknown)] / calls, "%");
        figure("route_callers_dialect", 100.0 * dialect / calls, "%");

        // The seat board joined with the seats' extensions and the agents' skills (cached).
        std::vector<double> candidatesUs;
        for (int i = 0; i < 1000; ++i) {
            t.start();
            candidates = routing.candidates();
            candidatesUs.push_back(usSince(t));
        }
        summary("route_candidates", candidatesUs);
        if (candidates.size() != kSeats || candidates.first().sipUser != sipUserOf(0))
            fail(QStringLiteral("candidates"), QStringLiteral("%1 candidates").arg(candidates.size()));
    }

    // ---- the router's decision alone: a prepared candidate list, caller ID already done.
    {
        hub::CallRouter router;
        std::size_t current = 0;
        const hub::CallRouter::Identify identify = [&](const QString &) {
            return infos[current];
        };
        std::vector<double> decisionUs;
        decisionUs.reserve(callers.size());
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        int offered = 0;
        for (std::size_t i = 0; i < callers.size(); ++i) {
            current = i;
            const QDateTime now = t0.addMSecs(qint64(i));
            const QString callId = QStringLiteral("decide-%1").arg(i);
            t.start();
            const hub::RouteDecision d =
                router.route(callId, callers[i], kHotline, candidates, identify, now);
            decisionUs.push_back(usSince(t));
            if (d.action == hub::RouteAction::Offer) {
                ++offered;
                router.answered(callId, d.sipUser, now);
                router.ended(callId);
                candidates[seatIndex(d.sipUser)].since = now;
            }
        }
        if (offered != calls)
            fail(QStringLiteral("decision"),
                 QStringLiteral("%1 of %2 calls offered").arg(offered).arg(calls));
        summary("route_decision", decisionUs);
    }

    // ---- a busy center: every seat on a call or on a break, Q calls waiting. A new call joins the
    // queue; each waiting call is asked about again (the proxy asks every second); then one seat is
    // back and the head of the queue is offered it.
    {
        for (protocol::SeatEntry &e : board) {
            if (e.activity == core::SeatActivity::Ready)
                e.activity = core::SeatActivity::Busy;
        }
        hub::CallRouting routing(db, writes, [&board] { return board; });
        std::vector<double> joinUs;
        std::vector<QUrlQuery> forms;
        for (int i = 0; i < queueDepth; ++i) {
            forms.push_back(routeForm(QStringLiteral("queued-%1@10.0.0.9").arg(i),
                                      callers[std::size_t(i) % callers.size()]));
            t.start();
            auto d = routing.route(forms.back(), kProxy);
            joinUs.push_back(usSince(t));
            if (!d || d->action != hub::RouteAction::Wait)
                fail(QStringLiteral("queue"), QStringLiteral("call %1 did not wait").arg(i));
        }
        std::vector<double> reaskUs;
        const int rounds = std::max(5, 1000 / queueDepth);
        for (int r = 0; r < rounds; ++r) {
            for (const QUrlQuery &form : forms) {
                t.start();
                auto d = routing.route(form, kProxy);
                reaskUs.push_back(usSince(t));
                if (!d || d->action != hub::RouteAction::Wait)
                    fail(QStringLiteral("re-ask"), QStringLiteral("a queued call did not wait"));
            }
        }
        if (routing.queue().size() != queueDepth)
            fail(QStringLiteral("queue"), QStringLiteral("%1 calls queued").arg(routing.queue().size()));
        std::printf("bench_routing: all seats busy, %d calls waiting, %zu re-asks\n", queueDepth,
                    reaskUs.size());
        summary("route_queue_join", joinUs);
        summary("route_queue_reask", reaskUs);

        board[0].activity = core::SeatActivity::Ready;
        board[0].since = QDateTime::currentDateTimeUtc();
        const hub::RoutedCall head = routing.queue().first();
        t.start();
        auto d = routing.route(routeForm(head.callId, head.caller), kProxy);
        figure("route_queue_head_offer", usSince(t), "us");
        if (!d || d->action != hub::RouteAction::Offer)
            fail(QStringLiteral("queue head"), QStringLiteral("not offered the free seat"));
    }

    // ---- device events straight into the store (DeviceEvents::record, one transaction each)
    const QStringList deviceIds = column(db, QStringLiteral("SELECT id FROM devices ORDER BY id"));
    if (deviceIds.isEmpty()) {
        fail(QStringLiteral("devices"), QStringLiteral("no devices stored"));
        return 1;
    }
    {
        hub::DeviceEvents store(db);
        std::vector<double> recordUs;
        recordUs.reserve(std::size_t(events));
        double total = 0;
        for (int i = 0; i < events; ++i) {
            hub::DeviceEvent e =
                benchEvent(deviceIds[i % deviceIds.size()], QStringLiteral("bench-%1").arg(i), i);
            const QByteArray body = eventBody(e);
            t.start();
            auto r = store.record(std::move(e), body);
            const double us = usSince(t);
            recordUs.push_back(us);
            total += us;
            if (!r || r->duplicate) {
                fail(QStringLiteral("record"),
                     r ? QStringLiteral("stored as a duplicate") : r.error().toString());
                break;
            }
        }
        std::printf("bench_routing: %d device events over %lld devices\n", events,
                    qlonglong(deviceIds.size()));
        figure("device_events_rate", events / (total / 1e6), "events/s", 0);
        summary("device_event_record", recordUs);
    }

    // ---- device events end to end: HttpApi on 127.0.0.1, terminals' tokens, QNetworkAccessManager
    // with at most 6 requests in flight (its connections per host).
    {
        hub::AccountService accountService(db, audit);
        hub::HttpApi api(db, accountService, writes, audit);
        if (Status s = api.listen(QHostAddress::LocalHost, 0); !s) {
            fail(QStringLiteral("listen"), s.error().toString());
            return 1;
        }
        const int tokenCount = int(std::min<qsizetype>(64, deviceIds.size()));
        QStringList tokens;
        for (int i = 0; i < tokenCount; ++i) {
            auto token = api.deviceEvents().issueToken(deviceIds[i]);
            if (!token) {
                fail(QStringLiteral("device token"), token.error().toString());
                return 1;
            }
            tokens.append(*token);
        }
        QNetworkAccessManager nam;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/device-events").arg(api.port()));
        int sent = 0;
        int finished = 0;
        int accepted = 0;
        std::vector<double> latencyUs;
        QElapsedTimer wall;
        wall.start();
        std::function<void()> sendNext = [&] {
            if (sent >= httpEvents)
                return;
            const int n = sent++;
            const int device = n % tokenCount;
            const hub::DeviceEvent e = benchEvent(deviceIds[device], QStringLiteral("http-%1").arg(n), n);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            request.setRawHeader("Authorization", "Device " + tokens[device].toUtf8());
            const qint64 startedNs = wall.nsecsElapsed();
            QNetworkReply *reply = nam.post(request, eventBody(e));
            QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply, startedNs] {
                latencyUs.push_back(double(wall.nsecsElapsed() - startedNs) / 1e3);
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 202)
                    ++accepted;
                else if (finished - accepted < 5)
                    fail(QStringLiteral("POST device-events"),
                         QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(reply->readAll())));
                ++finished;
                reply->deleteLater();
                sendNext();
            });
        };
        for (int i = 0; i < 6; ++i)
            sendNext();
        while (finished < httpEvents && wall.elapsed() < 600000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        if (finished < httpEvents)
            fail(QStringLiteral("HTTP"),
                 QStringLiteral("%1 of %2 requests finished").arg(finished).arg(httpEvents));
        if (accepted != httpEvents)
            fail(QStringLiteral("HTTP"),
                 QStringLiteral("%1 of %2 events accepted").arg(accepted).arg(httpEvents));
        std::printf("bench_routing: %d device events over HTTP from %d terminals\n", httpEvents, tokenCount);
        figure("http_device_events_rate", accepted / seconds, "events/s", 0);
        summary("http_device_event", latencyUs, "ms");
    }

    figure("peak_rss", peakRssMb(), "MB");
    return g_failed ? 1 : 0;
}
