// The agent's desk: how fast it starts and how fast an incoming call's card is on screen.
//
//   startup (a real safelink-desk process, offscreen, spawned N times):
//     first_window: spawn → window shown; ready: spawn → signed in to a real hub and up to date.
//     The first start of a seat receives the replica (snapshot); the others start from it.
//   pop (in this process, the desk's own classes on a replica of SAFELINK_BENCH_SUBJECTS people):
//     the phone reports a ringing call → the session pops the card (caller ID, household, terminals,
//     cases, calls, services) → the window is painted (grab). Median, p99, max over the sample.
//   memory: the desk's RSS once ready; this process's RSS with the pop's window on a large replica.
//
// Environment: SAFELINK_BENCH_SUBJECTS (default 100000), SAFELINK_BENCH_POPS (default 500),
// SAFELINK_BENCH_STARTS (default 5). Exits non-zero only when a step fails.
#include "benchhub.h"
#include "benchutil.h"

#include <safelink/demo/demodata.h>
#include <safelink/desk/desksession.h>
#include <safelink/desk/mainwindow.h>
#include <safelink/store/database.h>
#include <safelink/telephony/phone.h>

#include <safelink/map/mappane.h>
#include <safelink/map/mapview.h>
#include <safelink/map/webengine.h>

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace safelink;
using bench::die;
using bench::figure;
using bench::percentile;

namespace {

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok && v > 0 ? v : fallback;
}

double rssMb(qint64 pid = 0)
{
    QFile f(pid ? QStringLiteral("/proc/%1/status").arg(pid) : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// RSS of every process below `root` (the map's QtWebEngine render and utility processes).
double descendantsRssMb(qint64 root)
{
    QHash<qint64, qint64> parent;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // pid (comm) state ppid ...: comm may hold spaces, so read after its closing bracket.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        parent.insert(pid, fields.value(1).toLongLong());
    }
    double total = 0;
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        for (qint64 up = it.value(); up > 1; up = parent.value(up, 0)) {
            if (up == root) {
                total += std::max(0.0, rssMb(it.key()));
                break;
            }
        }
    }
    return total;
}

struct Start {
    double firstWindowMs = -1;
    double readyMs = -1;
    double rssMb = -1;
};

// One start of the real desk against the hub; `home` keeps its settings and replica between starts.
Start startDesk(const bench::Hub &hub, const QString &home, const QString &passwordFile)
{
    QProcess desk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    desk.setProcessEnvironment(env);
    desk.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    desk.start(QCoreApplication::applicationDirPath() + QStringLiteral("/safelink-desk"),
               {QStringLiteral("--hub"), QStringLiteral("127.0.0.1:%1").arg(hub.port),
                QStringLiteral("--login"), QStringLiteral("bench1"), QStringLiteral("--password-file"),
                passwordFile, QStringLiteral("--seat"), QStringLiteral("bench-seat"),
                QStringLiteral("--report-startup")});
    Start s;
    QByteArray out;
    const bool done = bench::waitFor(
        [&] {
            out += desk.readAllStandardOutput();
            if (s.firstWindowMs < 0 && out.contains("first_window_ms="))
                s.firstWindowMs = double(clock.nsecsElapsed()) / 1e6;
            if (s.readyMs < 0 && out.contains("ready_ms=")) {
                s.readyMs = double(clock.nsecsElapsed()) / 1e6;
                s.rssMb = rssMb(desk.processId());
            }
            return s.readyMs >= 0;
        },
        120000);
    if (!done || !desk.waitForFinished(20000)) {
        desk.kill();
        die(QStringLiteral("the desk did not become ready: %1 %2")
                .arg(QString::fromLocal8Bit(out),
                     QString::fromLocal8Bit(desk.readAllStandardError().right(2000))));
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    safelink::map::prepareWebEngine();
    QApplication app(argc, argv);
    const int subjects = envInt("SAFELINK_BENCH_SUBJECTS", 100000);
    const int pops = envInt("SAFELINK_BENCH_POPS", 500);
    const int starts = envInt("SAFELINK_BENCH_STARTS", 5);
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    std::printf("bench_desk: %d subjects, %d pops, %d starts\n", subjects, pops, starts);

    // ---- startup of the real desk against a real hub (a small demo center: the snapshot of a big
    // one measures the network, which bench_sync does)
    {
        QDir().mkpath(dir.filePath(QStringLiteral("hub")));
        bench::Hub hub(dir.filePath(QStringLiteral("hub")), 3000, 1);
        const QString home = dir.filePath(QStringLiteral("seat-home"));
        std::vector<double> firstWindow, ready;
        Start first;
        for (int i = 0; i < starts + 1; ++i) {
            const Start s = startDesk(hub, home, hub.dir + QStringLiteral("/password"));
            if (i == 0) {
                first = s;
                continue;
            }
            firstWindow.push_back(s.firstWindowMs);
            ready.push_back(s.readyMs);
            if (i == starts)
                figure("desk_rss_ready", s.rssMb, "MB");
        }
        figure("first_start_first_window", first.firstWindowMs, "ms", 0);
        figure("first_start_ready_with_snapshot", first.readyMs, "ms", 0);
        figure("start_first_window_p50", percentile(firstWindow, 50), "ms", 0);
        figure("start_first_window_max", percentile(firstWindow, 100), "ms", 0);
        figure("start_ready_p50", percentile(ready, 50), "ms", 0);
        figure("start_ready_max", percentile(ready, 100), "ms", 0);
    }

    // ---- the pop on a replica of `subjects` people
    auto opened =
        store::Database::open(store::DatabaseConfig{.path = dir.filePath(QStringLiteral("replica.sqlite"))});
    if (!opened || !(*opened)->migrate())
        die(QStringLiteral("replica database"));
    store::Database &db = **opened;
    QElapsedTimer fill;
    fill.start();
    auto summary = demo::populate(db, demo::DemoOptions{.subjects = subjects});
    if (!summary)
        die(QStringLiteral("demo data: ") + summary.error().toString());
    figure("replica_fill", double(fill.elapsed()) / 1000.0, "s", 1);
    QStringList numbers;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(
                QStringLiteral("SELECT phone FROM subject_phones WHERE kind = 'own' AND phone LIKE '+861%'")))
            die(QStringLiteral("phones"));
        while (q.next())
            numbers << q.value(0).toString().mid(3); // as a mobile's caller ID arrives: 13800138000
    }
    if (numbers.isEmpty())
        die(QStringLiteral("no mobile numbers in the demo center"));

    desk::MainWindow window;
    window.resize(1366, 768);
    telephony::EngineConfig config;
    config.dataDir = dir.filePath(QStringLiteral("sip"));
    telephony::Phone phone(config); // not started: the bench plays the phone's signals
    desk::DeskSession session(window, phone, &db, nullptr, {QStringLiteral("20"), QStringLiteral("bench")});
    window.show();
    QCoreApplication::processEvents();
    const double rssBeforeMap = rssMb();
    // The map's page (QtWebEngine + Leaflet) as the desk loads it once it is up.
    map::MapView &mapView = session.mapPane().view();
    QElapsedTimer mapStart;
    mapStart.start();
    mapView.warmUp();
    if (!QTest::qWaitFor([&] { return mapView.pageReady(); }, 30000))
        die(QStringLiteral("the map page did not load: ") + mapView.pageErrors().join(QLatin1Char(' ')));
    figure("map_page_ready", double(mapStart.elapsed()), "ms", 0);
    figure("map_page_desk_rss_added", rssMb() - rssBeforeMap, "MB", 1);
    int known = 0;
    session.connect(&session, &desk::DeskSession::popShown, &session,
                    [&](const desk::PopCard &card) { known += card.isKnown() ? 1 : 0; });
    QRandomGenerator rng(20261124);
    std::vector<double> popMs, lookupMs;
    for (int i = 0; i < pops + 5; ++i) {
        telephony::CallInfo ringing;
        ringing.id = telephony::CallId(i + 1);
        ringing.direction = telephony::CallDirection::Incoming;
        ringing.state = telephony::CallState::Ringing;
        ringing.remoteUser = numbers.at(qsizetype(rng.bounded(quint32(numbers.size()))));
        ringing.startedAt = QDateTime::currentDateTimeUtc();
        QElapsedTimer t;
        t.start();
        Q_EMIT phone.callChanged(ringing); // what the phone reports when the INVITE arrives
        const qint64 lookupNs = session.lastPopMicros() * 1000;
        const QPixmap painted = window.grab(); // laid out and painted
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (painted.isNull())
            die(QStringLiteral("the window did not paint"));
        if (i >= 5) { // the first pops build the widgets' caches
            popMs.push_back(ms);
            lookupMs.push_back(double(lookupNs) / 1e6);
        }
        ringing.state = telephony::CallState::Ended;
        Q_EMIT phone.callChanged(ringing);
        QCoreApplication::processEvents();
    }
    if (known < pops)
        die(QStringLiteral("only %1 of %2 callers were recognised").arg(known).arg(pops + 5));
    figure("pop_to_painted_p50", percentile(popMs, 50), "ms", 2);
    figure("pop_to_painted_p99", percentile(popMs, 99), "ms", 2);
    figure("pop_to_painted_max", percentile(popMs, 100), "ms", 2);
    figure("pop_card_built_p50", percentile(lookupMs, 50), "ms", 2);
    figure("pop_card_built_p99", percentile(lookupMs, 99), "ms", 2);
    figure("bench_rss_with_replica_and_window", rssMb(), "MB");

    // The map after a pop: from the INVITE to the page having drawn the person's scene.
    std::vector<double> mapMs;
    int drawnScenes = 0;
    QObject::connect(&mapView, &map::MapView::drawnChanged, &mapView, [&] { ++drawnScenes; });
    const int mapPops = std::min(pops, 50);
    for (int i = 0; i < mapPops; ++i) {
        telephony::CallInfo ringing;
        ringing.id = telephony::CallId(100000 + i);
        ringing.direction = telephony::CallDirection::Incoming;
        ringing.state = telephony::CallState::Ringing;
        ringing.remoteUser = numbers.at(qsizetype(rng.bounded(quint32(numbers.size()))));
        const int before = drawnScenes;
        QElapsedTimer t;
        t.start();
        Q_EMIT phone.callChanged(ringing);
        if (!QTest::qWaitFor([&] { return drawnScenes > before; }, 10000))
            die(QStringLiteral("the map did not draw a pop's scene"));
        mapMs.push_back(double(t.nsecsElapsed()) / 1e6);
        ringing.state = telephony::CallState::Ended;
        Q_EMIT phone.callChanged(ringing);
        QTest::qWait(20); // let the page's report of a late resize arrive before the next pop
    }
    if (!mapView.pageErrors().isEmpty())
        die(QStringLiteral("the map page logged errors: ") + mapView.pageErrors().join(QLatin1Char(' ')));
    figure("map_pop_to_drawn_p50", percentile(mapMs, 50), "ms", 1);
    figure("map_pop_to_drawn_max", percentile(mapMs, 100), "ms", 1);
    figure("map_webengine_processes_rss", descendantsRssMb(QCoreApplication::applicationPid()), "MB", 1);
    return 0;
}
