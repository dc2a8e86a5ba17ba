// Sync benchmark: a real safelink-hub process on loopback and desks' sync clients (each with its own
// replica file). Prints figures (`name: value unit`): the initial replica of N subjects to a fresh
// desk, a write's latency until seen on S other connected seats (median, p99), sustained accepted
// writes per second, and the hub's memory. Exits non-zero only when something fails, never because
// a figure misses its target.
//   SAFELINK_BENCH_SUBJECTS (default 100000), SAFELINK_BENCH_SEATS (default 50),
//   SAFELINK_BENCH_WRITES (default 200).
#include <safelink/core/casefile.h>
#include <safelink/net/keys.h>
#include <safelink/store/database.h>
#include <safelink/store/recordstore.h>
#include <safelink/sync/replica.h>
#include <safelink/sync/syncclient.h>

#include "benchhub.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace safelink;
using safelink::bench::figure;
using safelink::bench::percentile;
using namespace safelink::core;

namespace {

using bench::die;
using bench::Hub;
using bench::kPassword;
using bench::waitFor;

struct Desk {
    Desk(const Hub &hub, const QString &file, const QString &login)
    {
        auto opened = store::Database::open(store::DatabaseConfig{.path = file});
        if (!opened || !(*opened)->migrate())
            die(QStringLiteral("replica database"));
        db = std::move(opened).value();
        replica = std::make_unique<sync::Replica>(*db);
        sync::SyncConfig config;
        config.host = QStringLiteral("127.0.0.1");
        config.port = hub.port;
        config.pinnedHubKey = hub.key;
        config.login = login;
        config.password = kPassword;
        config.seat = login;
        client = std::make_unique<sync::SyncClient>(*replica, config);
    }
    bool live() const { return client->state() == sync::SyncState::Live; }

    std::unique_ptr<store::Database> db;
    std::unique_ptr<sync::Replica> replica;
    std::unique_ptr<sync::SyncClient> client;
};

CaseRecord benchCase(int n)
{
    CaseRecord c;
    c.meta.id = RecordMeta::newId();
    c.number = QStringLiteral("B-%1").arg(n);
    c.type = CaseType::Consultation;
    c.openedAt = QDateTime::currentDateTimeUtc();
    c.openedBy = QStringLiteral("bench");
    c.summary = QStringLiteral("基准测试个案 %1").arg(n);
    return c;
}

protocol::WriteRequest put(const CaseRecord &c)
{
    return protocol::WriteRequest{RecordKind::Case, protocol::WriteOp::Put, c.toCbor(), c.meta.id, 0, {}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int subjects = qEnvironmentVariableIntValue("SAFELINK_BENCH_SUBJECTS") > 0
                             ? qEnvironmentVariableIntValue("SAFELINK_BENCH_SUBJECTS")
                             : 100000;
    const int seats = qEnvironmentVariableIntValue("SAFELINK_BENCH_SEATS") > 0
                          ? qEnvironmentVariableIntValue("SAFELINK_BENCH_SEATS")
                          : 50;
    const int writes = qEnvironmentVariableIntValue("SAFELINK_BENCH_WRITES") > 0
                           ? qEnvironmentVariableIntValue("SAFELINK_BENCH_WRITES")
                           : 200;
    QTemporaryDir tmp;
    if (!tmp.isValid())
        die(QStringLiteral("temp dir"));

    // ---- initial replica of the whole center to a fresh desk
    {
        QDir().mkpath(tmp.filePath(QStringLiteral("big")));
        Hub hub(tmp.filePath(QStringLiteral("big")), subjects, 1);
        figure("hub_rss_idle", hub.memoryMb("VmRSS:"), "MB");
        Desk desk(hub, tmp.filePath(QStringLiteral("big/desk.sqlite")), QStringLiteral("bench1"));
        QElapsedTimer t;
        t.start();
        desk.client->start();
        if (!waitFor([&] { return desk.live(); }, 600000))
            die(QStringLiteral("the desk did not catch up"));
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        const qint64 got = store::RecordStore(*desk.db).count(RecordKind::Subject).valueOr(-1);
        if (got != subjects)
            die(QStringLiteral("replica has %1 subjects, expected %2").arg(got).arg(subjects));
        figure("initial_replica", seconds, "s", 2);
        figure("initial_replica_rate", subjects / seconds, "subjects/s", 0);
        figure("hub_rss_peak", hub.memoryMb("VmHWM:"), "MB");
        figure("hub_rss_after_snapshot", hub.memoryMb("VmRSS:"), "MB");
    }

    // ---- fan-out latency and sustained writes, S+1 seats on a small hub
    {
        QDir().mkpath(tmp.filePath(QStringLiteral("fan")));
        Hub hub(tmp.filePath(QStringLiteral("fan")), 0, seats + 1);
        std::vector<std::unique_ptr<Desk>> desks;
        for (int i = 0; i <= seats; ++i) {
            desks.push_back(std::make_unique<Desk>(hub,
                                                   tmp.filePath(QStringLiteral("fan/desk%1.sqlite").arg(i)),
                                                   QStringLiteral("bench%1").arg(i + 1)));
            desks.back()->client->start();
        }
        if (!waitFor(
                [&] { return std::all_of(desks.begin(), desks.end(), [](auto &d) { return d->live(); }); },
                120000))
            die(QStringLiteral("seats did not come live"));
        Desk &writer = *desks.front();

        // Latency: one write at a time, until every other seat has applied it.
        std::vector<double> latencies;
        QElapsedTimer clock;
        clock.start();
        QHash<QString, qint64> writtenAt; // record id -> ns
        QHash<QString, int> seenBy;
        std::vector<double> perSeat;
        for (size_t i = 1; i < desks.size(); ++i) {
            QObject::connect(desks[i]->client.get(), &sync::SyncClient::changeApplied, &app,
                             [&](const protocol::Change &c) {
                                 auto it = writtenAt.constFind(c.recordId);
                                 if (it == writtenAt.constEnd())
                                     return;
                                 perSeat.push_back(double(clock.nsecsElapsed() - *it) / 1e6);
                                 ++seenBy[c.recordId];
                             });
        }
        for (int n = 0; n < writes; ++n) {
            const CaseRecord c = benchCase(n);
            writtenAt.insert(c.meta.id, clock.nsecsElapsed());
            if (!writer.client->write(put(c)))
                die(QStringLiteral("write refused"));
            if (!waitFor([&] { return seenBy.value(c.meta.id) == seats; }, 10000))
                die(QStringLiteral("write %1 not seen by every seat").arg(n));
            latencies.push_back(double(clock.nsecsElapsed() - writtenAt.value(c.meta.id)) / 1e6);
        }
        figure("fanout_seats", seats, "seats", 0);
        figure("write_seen_by_all_p50", percentile(latencies, 50), "ms", 2);
        figure("write_seen_by_all_p99", percentile(latencies, 99), "ms", 2);
        figure("write_seen_per_seat_p50", percentile(perSeat, 50), "ms", 2);
        figure("write_seen_per_seat_p99", percentile(perSeat, 99), "ms", 2);

        // Sustained: the writer queues a burst; accepted writes per second at the hub. The other seats
        // are stopped first: in this one process their 50 replicas applying every change would be
        // what is measured, not the hub.
        for (size_t i = 1; i < desks.size(); ++i)
            desks[i]->client->stop();
        int accepted = 0;
        QObject::connect(writer.client.get(), &sync::SyncClient::writeAccepted, &app, [&] { ++accepted; });
        const int burst = writes * 5;
        QElapsedTimer t;
        t.start();
        for (int n = 0; n < burst; ++n) {
            if (!writer.client->write(put(benchCase(100000 + n))))
                die(QStringLiteral("write refused"));
        }
        if (!waitFor([&] { return accepted >= burst; }, 300000))
            die(QStringLiteral("burst not accepted"));
        figure("sustained_writes", burst / (double(t.nsecsElapsed()) / 1e9), "writes/s", 0);
        figure("hub_rss_fanout", hub.memoryMb("VmRSS:"), "MB");
    }
    std::printf("bench_sync: %d subjects, %d seats\n", subjects, seats);
    return 0;
}
