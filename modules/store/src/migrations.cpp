#include "migrations.h"

#include <safelink/store/database.h>
#include <safelink/store/dialect.h>
#include <safelink/store/repositories.h>

#include <QSqlError>
#include <QSqlQuery>

namespace safelink::store {

namespace {

// Every record table keeps the record's CBOR document (the source of truth, so that a field added
// later needs no column) plus the columns that lookups, constraints and reports need.
QString recordTable(const Dialect &d, const QString &table, const QString &columns)
{
    return QStringLiteral("CREATE TABLE %1 (id TEXT PRIMARY KEY, version %2 NOT NULL, updated_at TEXT, %3, "
                          "data %4 NOT NULL)")
        .arg(table, d.bigIntType(), columns, d.blobType());
}

QStringList v1Records(const Dialect &d)
{
    return {
        recordTable(d, QStringLiteral("households"), QStringLiteral("region_code TEXT")),
        recordTable(d, QStringLiteral("subjects"),
                    QStringLiteral(
                        "name TEXT NOT NULL, resident_id TEXT UNIQUE, birth_date TEXT, sex TEXT NOT NULL, "
                        "region_code TEXT, household_id TEXT, status TEXT NOT NULL, care_tier TEXT NOT NULL, "
                        "funding_sequence TEXT NOT NULL")),
        QStringLiteral("CREATE INDEX subjects_region ON subjects (region_code)"),
        QStringLiteral("CREATE INDEX subjects_household ON subjects (household_id)"),
        QStringLiteral("CREATE INDEX subjects_status ON subjects (status, care_tier)"),
        // Caller ID: every canonical phone of a subject ('own') and of their contacts ('contact').
        QStringLiteral("CREATE TABLE subject_phones (phone TEXT NOT NULL, subject_id TEXT NOT NULL "
                       "REFERENCES subjects (id) ON DELETE CASCADE, kind TEXT NOT NULL, "
                       "PRIMARY KEY (phone, subject_id, kind))"),
        QStringLiteral("CREATE INDEX subject_phones_subject ON subject_phones (subject_id)"),
        QStringLiteral("CREATE TABLE subject_categories (subject_id TEXT NOT NULL REFERENCES subjects (id) "
                       "ON DELETE CASCADE, category TEXT NOT NULL, PRIMARY KEY (subject_id, category))"),
        QStringLiteral("CREATE INDEX subject_categories_category ON subject_categories (category)"),
        recordTable(
            d, QStringLiteral("devices"),
            QStringLiteral("kind TEXT NOT NULL, serial TEXT NOT NULL UNIQUE, imei TEXT, household_id TEXT, "
                           "subject_id TEXT, status TEXT NOT NULL")),
        QStringLiteral("CREATE INDEX devices_imei ON devices (imei)"),
        QStringLiteral("CREATE INDEX devices_household ON devices (household_id)"),
        recordTable(d, QStringLiteral("cases"),
                    QStringLiteral("number TEXT, type TEXT NOT NULL, status TEXT NOT NULL, subject_id TEXT, "
                                   "opened_at TEXT NOT NULL")),
        QStringLiteral("CREATE INDEX cases_subject ON cases (subject_id, opened_at)"),
        QStringLiteral("CREATE INDEX cases_status ON cases (status, opened_at)"),
        recordTable(d, QStringLiteral("calls"),
                    QStringLiteral("direction TEXT NOT NULL, remote_number TEXT, subject_id TEXT, "
                                   "started_at TEXT NOT NULL, disposition TEXT NOT NULL, case_id TEXT")),
        QStringLiteral("CREATE INDEX calls_subject ON calls (subject_id, started_at)"),
        QStringLiteral("CREATE INDEX calls_remote ON calls (remote_number, started_at)"),
        recordTable(d, QStringLiteral("work_orders"),
                    QStringLiteral("kind TEXT NOT NULL, state TEXT NOT NULL, due_at TEXT, case_id TEXT, "
                                   "subject_id TEXT, provider_id TEXT")),
        QStringLiteral("CREATE INDEX work_orders_state ON work_orders (state, due_at)"),
        QStringLiteral("CREATE INDEX work_orders_subject ON work_orders (subject_id)"),
        recordTable(d, QStringLiteral("resources"),
                    QStringLiteral("name TEXT NOT NULL, category TEXT NOT NULL, status TEXT NOT NULL")),
        QStringLiteral("CREATE INDEX resources_category ON resources (category, status)"),
        recordTable(d, QStringLiteral("kb_folders"), QStringLiteral("parent_id TEXT, name TEXT NOT NULL")),
        recordTable(d, QStringLiteral("kb_articles"),
                    QStringLiteral("folder_id TEXT, title TEXT NOT NULL, status TEXT NOT NULL")),
        QStringLiteral("CREATE INDEX kb_articles_folder ON kb_articles (folder_id)"),
        recordTable(d, QStringLiteral("accounts"), QStringLiteral("login TEXT NOT NULL UNIQUE")),
        recordTable(d, QStringLiteral("seats"), QStringLiteral("sip_user TEXT NOT NULL UNIQUE")),
    };
}

QStringList v2Search(const Dialect &d)
{
    return d.createSearchIndex(QStringLiteral("subject_search"))
           + d.createSearchIndex(QStringLiteral("article_search"));
}

// The hub's change feed, audit log, credentials and sessions; a desk's outbox and sync position.
// One schema for both roles keeps one set of migrations; each role leaves the other's tables empty.
QStringList v3Sync(const Dialect &d)
{
    QStringList out{
        QStringLiteral(
            "CREATE TABLE changes (seq %1, at TEXT NOT NULL, kind TEXT NOT NULL, record_id TEXT NOT NULL, "
            "version %2 NOT NULL, deleted INTEGER NOT NULL, data %3, author TEXT, seat TEXT, "
            "idempotency_key TEXT UNIQUE)")
            .arg(d.serialPrimaryKey(), d.bigIntType(), d.blobType()),
        QStringLiteral("CREATE INDEX changes_record ON changes (kind, record_id)"),
        QStringLiteral(
            "CREATE TABLE audit_log (seq %1, at TEXT NOT NULL, account_id TEXT, login TEXT, seat TEXT, "
            "address TEXT, action TEXT NOT NULL, kind TEXT, record_id TEXT, detail TEXT)")
            .arg(d.serialPrimaryKey()),
        QStringLiteral("CREATE INDEX audit_log_record ON audit_log (kind, record_id)"),
        QStringLiteral("CREATE INDEX audit_log_account ON audit_log (account_id, at)"),
        QStringLiteral(
            "CREATE TABLE account_secrets (account_id TEXT PRIMARY KEY, password_hash TEXT NOT NULL, "
            "failed_attempts INTEGER NOT NULL DEFAULT 0, locked_until TEXT, changed_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE sessions (token_hash TEXT PRIMARY KEY, account_id TEXT NOT NULL, seat TEXT, "
            "created_at TEXT NOT NULL, last_seen TEXT NOT NULL, expires_at TEXT NOT NULL, "
            "revoked INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX sessions_account ON sessions (account_id)"),
        QStringLiteral(
            "CREATE TABLE outbox (position %1, idempotency_key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
            "op TEXT NOT NULL, record_id TEXT NOT NULL, based_on %2 NOT NULL, data %3, "
            "created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT)")
            .arg(d.serialPrimaryKey(), d.bigIntType(), d.blobType()),
        QStringLiteral("CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT)"),
    };
    return out + d.appendOnly(QStringLiteral("audit_log"));
}

// The device gateway: per-device tokens (hashed, like sessions) and the events terminals post, one
// row per device and event id so that a re-sent event is stored once. Times are UTC ISO text with
// milliseconds, so text order is time order.
QStringList v4DeviceEvents(const Dialect &d)
{
    return {
        QStringLiteral("CREATE TABLE device_tokens (device_id TEXT PRIMARY KEY, "
                       "token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE device_events (seq %1, device_id TEXT NOT NULL, "
                       "event_id TEXT NOT NULL, type TEXT NOT NULL, device_time TEXT NOT NULL, "
                       "received_at TEXT NOT NULL, body %2 NOT NULL, UNIQUE (device_id, event_id))")
            .arg(d.serialPrimaryKey(), d.blobType()),
        QStringLiteral("CREATE INDEX device_events_time ON device_events (device_id, device_time)"),
    };
}

// Call recordings the hub keeps (sealed files under the data folder's recordings/; `path` is relative
// to the data folder) and the center's own settings, such as whether recordings may be deleted or
// exported. A deleted recording keeps its row: that it existed, and who deleted it, is evidence too.
// Sizes are the plaintext WAV's; sha is its SHA-256 in hex.
QStringList v5Recordings(const Dialect &d)
{
    return {
        QStringLiteral(
            "CREATE TABLE recordings (id TEXT PRIMARY KEY, call_id TEXT, seat TEXT, account TEXT, "
            "started_at TEXT, ended_at TEXT, duration_ms %1 NOT NULL, size %1 NOT NULL, "
            "sealed_size %1 NOT NULL, sha TEXT NOT NULL, path TEXT NOT NULL, stored_at TEXT NOT NULL, "
            "deleted INTEGER NOT NULL DEFAULT 0, deleted_at TEXT, deleted_by TEXT)")
            .arg(d.bigIntType()),
        QStringLiteral("CREATE INDEX recordings_started ON recordings (started_at)"),
        QStringLiteral("CREATE INDEX recordings_call ON recordings (call_id)"),
        QStringLiteral("CREATE TABLE center_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL, "
                       "changed_at TEXT NOT NULL, changed_by TEXT)"),
    };
}

QStringList v6CallsByTime(const Dialect &)
{
    // The desk's list of recent calls reads the newest calls of the whole center.
    return {QStringLiteral("CREATE INDEX calls_started ON calls (started_at)")};
}

// Caller ID beyond people's own phones: the SIM number of a wearable and the home line a fixed
// terminal dials from identify who is calling too.
QStringList v7TerminalNumbers(const Dialect &)
{
    return {
        QStringLiteral("ALTER TABLE devices ADD COLUMN sim_number TEXT"),
        QStringLiteral("CREATE INDEX devices_sim_number ON devices (sim_number)"),
        QStringLiteral("ALTER TABLE households ADD COLUMN landline TEXT"),
        QStringLiteral("CREATE INDEX households_landline ON households (landline)"),
        // The hub numbers cases by day ("JJ-20261124-0007"): the day's last number by range.
        QStringLiteral("CREATE INDEX cases_number ON cases (number)"),
    };
}

template<typename T>
Status refillColumn(Database &db, const QString &table, const QString &column, QString (*value)(const T &))
{
    RecordRepository<T> repo(db);
    auto all = repo.all();
    if (!all)
        return all.error();
    for (const T &record : *all) {
        const QString v = value(record);
        if (v.isEmpty())
            continue;
        auto q = db.prepared(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, column));
        if (!q)
            return q.error();
        (*q)->addBindValue(v);
        (*q)->addBindValue(record.meta.id);
        if (!(*q)->exec())
            return makeError(ErrorCode::Storage, (*q)->lastError().text());
        (*q)->finish();
    }
    return {};
}

Status v7Backfill(Database &db)
{
    if (Status s = refillColumn<core::Device>(db, QStringLiteral("devices"), QStringLiteral("sim_number"),
                                              [](const core::Device &d) { return d.simNumber.canonical(); });
        !s)
        return s;
    return refillColumn<core::Household>(db, QStringLiteral("households"), QStringLiteral("landline"),
                                         [](const core::Household &h) { return h.landline.canonical(); });
}

// A seat's SIP password, for the seat to register with the center's proxy: the hub hands it to the
// desk signed in at that seat. Like account secrets, never in a seat's replica.
QStringList v8SeatSecrets(const Dialect &)
{
    return {QStringLiteral("CREATE TABLE seat_secrets (seat_id TEXT PRIMARY KEY, sip_password TEXT NOT NULL, "
                           "changed_at TEXT NOT NULL, changed_by TEXT)")};
}

// Knowledge-base articles' bodies join the short-word index (2-character Chinese words).
QStringList v9ArticleWords(const Dialect &)
{
    return {};
}

Status v9Backfill(Database &db)
{
    KbArticleRepository articles(db);
    auto all = articles.all();
    if (!all)
        return all.error();
    for (const core::KbArticle &a : std::as_const(*all)) {
        if (Status s = articles.upsert(a); !s)
            return s;
    }
    return {};
}

// The harassment list (骚扰电话屏蔽): numbers the hotline refuses, with the reason and who added
// them; a record kind like the others, so every desk sees the list and supervisors keep it.
QStringList v10BlockedNumbers(const Dialect &d)
{
    return {recordTable(d, QStringLiteral("blocked_numbers"), QStringLiteral("number TEXT NOT NULL UNIQUE"))};
}

// Alarms from terminals and from the hub (the desks' alarm queue), synced like every record.
QStringList v11Alarms(const Dialect &d)
{
    return {
        recordTable(d, QStringLiteral("alarms"),
                    QStringLiteral("state TEXT NOT NULL, priority INTEGER NOT NULL, raised_at TEXT NOT NULL, "
                                   "device_id TEXT, subject_id TEXT, source_ref TEXT")),
        QStringLiteral("CREATE INDEX alarms_state ON alarms (state, priority, raised_at)"),
        QStringLiteral("CREATE INDEX alarms_device ON alarms (device_id, state)"),
        QStringLiteral("CREATE INDEX alarms_source ON alarms (source_ref)"),
        // Hub only: when each terminal was last heard and the alarm raised for its silence.
        QStringLiteral("CREATE TABLE device_heartbeats (device_id TEXT PRIMARY KEY, last_at TEXT NOT NULL, "
                       "interval_s INTEGER NOT NULL, silent_alarm TEXT)"),
        // Hub only: SCAIP messages handled (controller:ref:type) and the answer given, for re-sends.
        QStringLiteral(
            "CREATE TABLE scaip_messages (message_key TEXT PRIMARY KEY, received_at TEXT NOT NULL, "
            "response %1 NOT NULL)")
            .arg(d.blobType()),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list{
        {1, "records", &v1Records},
        {2, "full-text search", &v2Search},
        {3, "change feed, audit, accounts, outbox", &v3Sync},
        {4, "device tokens and events", &v4DeviceEvents},
        {5, "recordings and center settings", &v5Recordings},
        {6, "calls by time", &v6CallsByTime},
        {7, "terminal numbers for caller ID, case numbers", &v7TerminalNumbers, &v7Backfill},
        {8, "seat SIP secrets", &v8SeatSecrets},
        {9, "article bodies in the short-word search", &v9ArticleWords, &v9Backfill},
        {10, "blocked numbers", &v10BlockedNumbers},
        {11, "alarms", &v11Alarms},
    };
    return list;
}

} // namespace safelink::store
