#pragma once

#include <safelink/core/result.h>

#include <QDate>

namespace safelink::store {
class Database;
}

namespace safelink::demo {

struct DemoOptions {
    int subjects = 3000;     // people served; households are a little fewer (couples share one)
    quint32 seed = 20261123; // same seed, same center
    QDate today = QDate::currentDate();
    int pastDays = 90; // history of cases and calls
};

struct DemoSummary {
    int subjects = 0;
    int households = 0;
    int devices = 0;
    int resources = 0;
    int folders = 0;
    int articles = 0;
    int cases = 0;
    int calls = 0;
    int workOrders = 0;
    int accounts = 0;
    int seats = 0;
};

// Fills a migrated database with a realistic demo center in one district: subjects with Chinese
// names, valid resident ID numbers, phones, addresses down to the community, categories, health
// notes and emergency contacts; their households and terminals; hospitals, 120 stations, police,
// social workers and providers; a knowledge base; past cases, calls and work orders; agent,
// supervisor and admin accounts and seats. Deterministic for a seed. One transaction.
Result<DemoSummary> populate(store::Database &db, const DemoOptions &options);

} // namespace safelink::demo
