#include "testdatabase.h"
#include "testutil.h"

#include "samples.h"

#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::store;

namespace {
std::unique_ptr<Database> openWith(const DatabaseConfig &config)
{
    auto db = Database::open(config);
    EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().toString().toStdString());
    return db.ok() ? std::move(db).value() : nullptr;
}
} // namespace

TEST(Migrations, EmptyFileMigratesToLatest)
{
    test::TempDir dir;
    test::TestDatabase database(dir.file(QStringLiteral("hub.sqlite")));
    auto db = openWith(database.config());
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion().value(), 0);
    ASSERT_TRUE(db->migrate().ok());
    EXPECT_EQ(db->schemaVersion().value(), Database::latestSchemaVersion());
    for (const char *table : {"subjects", "subject_phones", "households", "devices", "cases", "calls",
                              "work_orders", "resources", "kb_folders", "kb_articles", "accounts", "seats"})
        EXPECT_TRUE(db->connection().tables().contains(QString::fromLatin1(table))) << table;
    // Migrating again is a no-op.
    ASSERT_TRUE(db->migrate().ok());
    EXPECT_EQ(db->schemaVersion().value(), Database::latestSchemaVersion());
}

TEST(Migrations, EveryVersionStepByStepFromEmpty)
{
    for (int target = 1; target <= Database::latestSchemaVersion(); ++target) {
        test::TempDir dir;
        test::TestDatabase database(dir.file(QStringLiteral("hub.sqlite")));
        auto db = openWith(database.config());
        ASSERT_TRUE(db);
        for (int v = 1; v <= target; ++v) {
            auto s = db->migrate(v);
            ASSERT_TRUE(s.ok()) << "to " << v << ": " << s.error().toString().toStdString();
            EXPECT_EQ(db->schemaVersion().value(), v);
        }
        ASSERT_TRUE(db->migrate().ok());
        EXPECT_EQ(db->schemaVersion().value(), Database::latestSchemaVersion());
    }
}

TEST(Migrations, UsesWalJournal)
{
    if (test::TestDatabase::postgres())
        GTEST_SKIP() << "WAL is SQLite's journal mode; PostgreSQL always writes ahead";
    test::TempDir dir;
    auto db = openWith(DatabaseConfig{.path = dir.file(QStringLiteral("hub.sqlite"))});
    ASSERT_TRUE(db);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
}

TEST(Migrations, NewerDatabaseIsRefusedAndUntouched)
{
    test::TempDir dir;
    test::TestDatabase database(dir.file(QStringLiteral("hub.sqlite")));
    {
        auto db = openWith(database.config());
        ASSERT_TRUE(db && db->migrate().ok());
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) "
                                          "VALUES (999, 'from the future', '2030-01-01')")));
    }
    auto db = openWith(database.config());
    ASSERT_TRUE(db);
    auto s = db->migrate();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("999"))) << s.error().message.toStdString();
    EXPECT_EQ(db->schemaVersion().value(), 999);
}

TEST(Migrations, UnknownTargetIsRefused)
{
    test::TempDir dir;
    test::TestDatabase database(dir.file(QStringLiteral("hub.sqlite")));
    auto db = openWith(database.config());
    ASSERT_TRUE(db);
    EXPECT_FALSE(db->migrate(Database::latestSchemaVersion() + 1).ok());
    EXPECT_EQ(db->schemaVersion().value(), 0);
}

TEST(Migrations, UnopenableFileIsAClearError)
{
    if (test::TestDatabase::postgres())
        GTEST_SKIP() << "a SQLite file's folder; PostgreSQL's connection errors: Postgres.* in test_backends";
    test::TempDir dir;
    QFile blocker(dir.file(QStringLiteral("not-a-dir")));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto db = Database::open(DatabaseConfig{.path = dir.file(QStringLiteral("not-a-dir/hub.sqlite"))});
    ASSERT_FALSE(db.ok());
    EXPECT_FALSE(db.error().message.isEmpty());
}

TEST(Migrations, GarbageFileIsAClearError)
{
    if (test::TestDatabase::postgres())
        GTEST_SKIP() << test::TestDatabase::kSqliteOnly << " (a damaged database file)";
    test::TempDir dir;
    const QString path = dir.file(QStringLiteral("garbage.sqlite"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto db = Database::open(DatabaseConfig{.path = path});
    if (db.ok()) {
        auto s = (*db)->migrate();
        EXPECT_FALSE(s.ok());
    } else {
        EXPECT_FALSE(db.error().message.isEmpty());
    }
}

TEST(Migrations, TerminalNumbersAreFilledFromRecordsWrittenBefore)
{
    // A hub that stored terminals before version 7 finds them by their numbers afterwards.
    test::TempDir dir;
    test::TestDatabase database(dir.file(QStringLiteral("hub.sqlite")));
    auto db = openWith(database.config());
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->migrate(6).ok());
    const core::Device device = test::sampleDevice();
    const core::Household household = test::sampleHousehold();
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO devices (id, version, kind, serial, status, data) "
                                         "VALUES (?, 1, 'fixed_line', ?, 'installed', ?)")));
    q.addBindValue(device.meta.id);
    q.addBindValue(device.serial);
    q.addBindValue(device.toCbor().toCborValue().toCbor());
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    ASSERT_TRUE(q.prepare(QStringLiteral("INSERT INTO households (id, version, data) VALUES (?, 1, ?)")));
    q.addBindValue(household.meta.id);
    q.addBindValue(household.toCbor().toCborValue().toCbor());
    ASSERT_TRUE(q.exec()) << q.lastError().text().toStdString();
    q.finish();

    ASSERT_TRUE(db->migrate(7).ok());
    auto devices = DeviceRepository(*db).findBySimNumber(device.simNumber.canonical());
    ASSERT_TRUE(devices.ok());
    ASSERT_EQ(devices->size(), 1);
    EXPECT_EQ(devices->first().meta.id, device.meta.id);
    auto households = HouseholdRepository(*db).findByLandline(household.landline.canonical());
    ASSERT_TRUE(households.ok());
    ASSERT_EQ(households->size(), 1);
    EXPECT_EQ(households->first().meta.id, household.meta.id);
}
