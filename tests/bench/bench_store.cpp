// Store benchmark: bulk load of a demo center, caller-ID lookup, screen pop and Chinese full-text
// search on a real SQLite file. Prints figures (`name: value unit`); exits non-zero only when an
// operation fails, never because a figure misses its target.

#include <safelink/demo/demodata.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <random>
#include <vector>

using namespace safelink;
using safelink::bench::figure;
using safelink::bench::percentile;

namespace {

bool g_failed = false;

void fail(const QString &what, const QString &why)
{
    std::fprintf(stderr, "bench_store: %s failed: %s\n", qPrintable(what), qPrintable(why));
    g_failed = true;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Runs `op` for each item and returns the per-call times in `unitDivisor` units of nanoseconds.
template<typename T>
std::vector<double> timeEach(const std::vector<T> &items, double unitDivisor,
                             const std::function<bool(const T &)> &op)
{
    std::vector<double> times;
    times.reserve(items.size());
    QElapsedTimer t;
    for (const T &item : items) {
        t.start();
        const bool ok = op(item);
        times.push_back(double(t.nsecsElapsed()) / unitDivisor);
        if (!ok)
            break;
    }
    return times;
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    bool ok = false;
    int subjects = qEnvironmentVariableIntValue("SAFELINK_BENCH_SUBJECTS", &ok);
    if (!ok || subjects <= 0)
        subjects = 100000;

    QTemporaryDir dir;
    if (!dir.isValid()) {
        fail(QStringLiteral("temp dir"), dir.errorString());
        return 1;
    }
    store::DatabaseConfig config;
    config.path = dir.filePath(QStringLiteral("bench.sqlite"));
    auto opened = store::Database::open(config);
    if (!opened) {
        fail(QStringLiteral("open"), opened.error().toString());
        return 1;
    }
    store::Database &db = **opened;
    if (Status s = db.migrate(); !s) {
        fail(QStringLiteral("migrate"), s.error().toString());
        return 1;
    }

    // ---- bulk load
    demo::DemoOptions options;
    options.subjects = subjects;
    QElapsedTimer timer;
    timer.start();
    auto summary = demo::populate(db, options);
    const double populateSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!summary) {
        fail(QStringLiteral("populate"), summary.error().toString());
        return 1;
    }
    figure("populate", populateSeconds, "s", 2);
    figure("populate_rate", summary->subjects / populateSeconds, "subjects/s", 0);
    figure("households", summary->households, "records", 0);
    figure("devices", summary->devices, "records", 0);
    figure("cases", summary->cases, "records", 0);
    figure("calls", summary->calls, "records", 0);
    figure("work_orders", summary->workOrders, "records", 0);

    std::mt19937 rng(20261123);
    store::SubjectRepository repo(db);

    // ---- bulk insert of subjects alone (the store's write path: row, phones, categories, search
    // index), into a second, empty database: the whole demo above also writes households, devices,
    // cases and calls.
    {
        auto all = repo.all();
        if (!all) {
            fail(QStringLiteral("read subjects"), all.error().toString());
            return 1;
        }
        store::DatabaseConfig second;
        second.path = dir.filePath(QStringLiteral("subjects-only.sqlite"));
        auto target = store::Database::open(second);
        if (!target || !(*target)->migrate()) {
            fail(QStringLiteral("second database"), QStringLiteral("cannot open"));
            return 1;
        }
        store::SubjectRepository into(**target);
        QElapsedTimer t;
        t.start();
        Status s = (*target)->transaction([&]() -> Status {
            for (const core::Subject &subject : *all) {
                if (Status st = into.insert(subject); !st)
                    return st;
            }
            return {};
        });
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (!s) {
            fail(QStringLiteral("bulk insert"), s.error().toString());
            return 1;
        }
        figure("bulk_insert_subjects", seconds, "s", 2);
        figure("bulk_insert_rate", all->size() / seconds, "subjects/s", 0);
    }

    // ---- caller ID over known numbers (own phones and contacts')
    const QStringList phones = column(db, QStringLiteral("SELECT phone FROM subject_phones"));
    if (phones.isEmpty()) {
        fail(QStringLiteral("phones"), QStringLiteral("no phone numbers stored"));
        return 1;
    }
    std::vector<QString> sample;
    sample.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        sample.push_back(phones[qsizetype(rng() % quint32(phones.size()))]);

    const auto lookup = timeEach<QString>(sample, 1e3, [&](const QString &p) {
        auto r = repo.findByPhone(p);
        if (!r || r->isEmpty()) {
            fail(QStringLiteral("findByPhone ") + p, r ? QStringLiteral("no match") : r.error().toString());
            return false;
        }
        return true;
    });
    figure("callerid_p50", percentile(lookup, 50), "us");
    figure("callerid_p99", percentile(lookup, 99), "us");

    const auto pop = timeEach<QString>(sample, 1e3, [&](const QString &p) {
        auto r = repo.findByPhone(p);
        if (!r || r->isEmpty()) {
            fail(QStringLiteral("screen pop ") + p, r ? QStringLiteral("no match") : r.error().toString());
            return false;
        }
        auto s = repo.get(r->first().subjectId);
        if (!s) {
            fail(QStringLiteral("screen pop get"), s.error().toString());
            return false;
        }
        return true;
    });
    figure("screenpop_p50", percentile(pop, 50), "us");
    figure("screenpop_p99", percentile(pop, 99), "us");

    // ---- Chinese full-text search
    const QStringList names = column(db, QStringLiteral("SELECT name FROM subjects ORDER BY id LIMIT 2000"));
    std::vector<QString> longQueries{
        QStringLiteral("北京街道"), QStringLiteral("东山街道"),    QStringLiteral("盐运西社区"),
        QStringLiteral("高血压"),   QStringLiteral("糖尿病"),      QStringLiteral("硝苯地平缓释片"),
        QStringLiteral("二甲双胍"), QStringLiteral("阿司匹林"),    QStringLiteral("阿尔茨海默病"),
        QStringLiteral("文德路"),   QStringLiteral("高血压 轮椅"), QStringLiteral("东山街道 糖尿病"),
    };
    std::vector<QString> shortQueries{
        QStringLiteral("陈"),   QStringLiteral("李"),   QStringLiteral("黄"),   QStringLiteral("梁"),
        QStringLiteral("冼"),   QStringLiteral("轮椅"), QStringLiteral("血压"), QStringLiteral("桂英"),
        QStringLiteral("秀兰"), QStringLiteral("卧床"),
    };
    std::vector<QString> knownNames; // must be found
    for (const QString &n : names) {
        if (n.size() >= 3 && knownNames.size() < 40)
            knownNames.push_back(n);
        else if (n.size() == 2 && shortQueries.size() < 20)
            shortQueries.push_back(n);
    }
    longQueries.insert(longQueries.end(), knownNames.begin(), knownNames.end());

    auto searchRuns = [&](const std::vector<QString> &queries, int runs) {
        std::vector<QString> list;
        for (int i = 0; i < runs; ++i)
            list.push_back(queries[std::size_t(i) % queries.size()]);
        return timeEach<QString>(list, 1e6, [&](const QString &q) {
            auto r = repo.search(q, 20);
            if (!r) {
                fail(QStringLiteral("search ") + q, r.error().toString());
                return false;
            }
            if (r->isEmpty() && std::find(knownNames.begin(), knownNames.end(), q) != knownNames.end()) {
                fail(QStringLiteral("search ") + q, QStringLiteral("a stored name was not found"));
                return false;
            }
            return true;
        });
    };
    const auto longTimes = searchRuns(longQueries, 3 * int(longQueries.size()));
    const auto shortTimes = searchRuns(shortQueries, 3 * int(shortQueries.size()));
    figure("fts_long_p50", percentile(longTimes, 50), "ms", 2);
    figure("fts_long_p99", percentile(longTimes, 99), "ms", 2);
    figure("fts_short_p50", percentile(shortTimes, 50), "ms", 2);
    figure("fts_short_p99", percentile(shortTimes, 99), "ms", 2);

    // ---- size on disk (after folding the WAL into the main file) and memory
    if (Status s = db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        fail(QStringLiteral("checkpoint"), s.error().toString());
    const qint64 bytes =
        QFileInfo(config.path).size() + QFileInfo(config.path + QStringLiteral("-wal")).size();
    figure("db_size", double(bytes) / (1024.0 * 1024.0), "MB");
    figure("peak_rss", peakRssMb(), "MB");

    std::printf("bench_store: %d subjects\n", summary->subjects);
    return g_failed ? 1 : 0;
}
