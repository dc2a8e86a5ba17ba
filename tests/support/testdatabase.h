#pragma once

// The database a test runs against. By default a SQLite file; with SAFELINK_TEST_BACKEND=postgresql
// and SAFELINK_TEST_PG_CONF naming the file the ctest fixture wrote (tests/support/postgres-fixture.sh),
// a database of its own on that PostgreSQL server, created here and dropped when this object goes.
#include <safelink/store/database.h>

#include <QString>

namespace safelink::test {

class TestDatabase {
public:
    // `sqlitePath`: the file used when the tests run on SQLite.
    explicit TestDatabase(const QString &sqlitePath);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    // True when the tests of this process run against PostgreSQL.
    static bool postgres();
    // Why a test that only makes sense for SQLite files is skipped on PostgreSQL.
    static constexpr const char *kSqliteOnly = "tests something only a SQLite file has";

    const store::DatabaseConfig &config() const { return m_config; }
    // Writes a hub.conf naming this database into a hub's data folder (nothing on SQLite, where
    // the hub's default, hub.sqlite in the folder, is what the tests expect).
    bool writeHubConf(const QString &dataDir) const;

private:
    store::DatabaseConfig m_config;
    QString m_passwordFile;
};

} // namespace safelink::test
