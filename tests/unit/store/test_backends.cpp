// Choosing the backend: a data folder's hub.conf, and what differs on PostgreSQL (connection errors,
// backups, the append-only audit log). The tests marked PostgreSQL run in the pg.* ctest entries.
#include "testdatabase.h"
#include "testutil.h"

#include <safelink/store/database.h>
#include <safelink/store/dialect.h>

#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::store;
using namespace safelink::test;

namespace {

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &text,
                  QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner)
{
    QFile f(dir.file(name));
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    EXPECT_TRUE(f.setPermissions(permissions));
    return f.fileName();
}

} // namespace

TEST(HubConf, WithoutABackendItIsSqliteInTheDataFolder)
{
    TempDir dir;
    const QString conf = writeFile(dir, QStringLiteral("hub.conf"), "[database]\n");
    auto c = DatabaseConfig::fromFile(conf, dir.file(QStringLiteral("hub.sqlite")));
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->backend, Backend::Sqlite);
    EXPECT_EQ(c->path, dir.file(QStringLiteral("hub.sqlite")));

    const QString other =
        writeFile(dir, QStringLiteral("other.conf"), "[database]\nbackend=sqlite\npath=db/center.sqlite\n");
    c = DatabaseConfig::fromFile(other, dir.file(QStringLiteral("hub.sqlite")));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c->path, dir.file(QStringLiteral("db/center.sqlite"))); // relative to the file
}

TEST(HubConf, PostgresWithAPrivatePasswordFile)
{
    TempDir dir;
    writeFile(dir, QStringLiteral("db-password"), "s3cret, with comma\n");
    const QString conf = writeFile(
        dir, QStringLiteral("hub.conf"),
        "; as in the README\n[database]\nbackend=postgresql ; or sqlite\nhost=db.center.local\nport=6543\n"
        "name=safelink\nuser=hub\nsslmode=verify-full\npassword-file=db-password\n");
    auto c = DatabaseConfig::fromFile(conf);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->backend, Backend::Postgres);
    EXPECT_EQ(c->host, QStringLiteral("db.center.local"));
    EXPECT_EQ(c->port, 6543);
    EXPECT_EQ(c->databaseName, QStringLiteral("safelink"));
    EXPECT_EQ(c->user, QStringLiteral("hub"));
    EXPECT_EQ(c->sslMode, QStringLiteral("verify-full"));
    EXPECT_EQ(c->password, QStringLiteral("s3cret, with comma"));
    EXPECT_TRUE(c->describe().contains(QStringLiteral("db.center.local:6543")));
}

TEST(HubConf, MistakesAreClearErrors)
{
    TempDir dir;
    auto error = [&](const QByteArray &text) {
        auto c = DatabaseConfig::fromFile(writeFile(dir, QStringLiteral("hub.conf"), text));
        EXPECT_FALSE(c.ok()) << text.toStdString();
        return c.ok() ? QString() : c.error().message;
    };
    EXPECT_TRUE(error("[database]\nbackend=oracle\n").contains(QStringLiteral("oracle")));
    EXPECT_TRUE(
        error("[database]\nbackend=postgresql\nname=x\nport=lots\n").contains(QStringLiteral("port")));
    EXPECT_TRUE(error("[database]\nbackend=postgresql\n").contains(QStringLiteral("name")));
    EXPECT_TRUE(error("[database]\nbackend=postgresql\nname=x\npassword=hunter2\n")
                    .contains(QStringLiteral("password-file")));
    EXPECT_TRUE(error("[database]\nbackend=postgresql\nname=x\npassword-file=missing\n")
                    .contains(QStringLiteral("missing")));
    // A password file others may read is refused, not used.
    writeFile(dir, QStringLiteral("open-password"), "pw\n",
              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                  | QFileDevice::ReadOther);
    EXPECT_TRUE(error("[database]\nbackend=postgresql\nname=x\npassword-file=open-password\n")
                    .contains(QStringLiteral("chmod 600")));
    EXPECT_FALSE(DatabaseConfig::fromFile(dir.file(QStringLiteral("absent.conf"))).ok());
}

class Postgres : public ::testing::Test {
protected:
    void SetUp() override
    {
        if (!TestDatabase::postgres())
            GTEST_SKIP() << "runs against the PostgreSQL test server (the pg.* ctest entries)";
    }
};

TEST_F(Postgres, WrongPasswordIsAClearError)
{
    TempDir dir;
    TestDatabase database(dir.file(QStringLiteral("unused.sqlite")));
    DatabaseConfig config = database.config();
    config.password = QStringLiteral("not-the-password");
    auto db = Database::open(config);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
    EXPECT_TRUE(db.error().message.contains(config.databaseName)) << db.error().message.toStdString();
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("password"))) << db.error().message.toStdString();
}

TEST_F(Postgres, NoServerIsAClearError)
{
    QTcpServer probe; // a port nothing listens on once the probe is gone
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();
    auto db = Database::open(DatabaseConfig{.backend = Backend::Postgres,
                                            .host = QStringLiteral("127.0.0.1"),
                                            .port = port,
                                            .databaseName = QStringLiteral("safelink"),
                                            .user = QStringLiteral("safelink")});
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::Io);
    EXPECT_TRUE(db.error().message.contains(QString::number(port))) << db.error().message.toStdString();
}

TEST_F(Postgres, BackupPointsToPgDumpAndHealthyDatabaseHasNoProblems)
{
    TempDir dir;
    TestDatabase database(dir.file(QStringLiteral("unused.sqlite")));
    auto db = Database::open(database.config());
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    ASSERT_TRUE((*db)->migrate().ok());
    EXPECT_EQ((*db)->dialect().name(), QStringLiteral("postgresql"));
    const Status backup = (*db)->dialect().backupTo(**db, dir.file(QStringLiteral("backup.sqlite")));
    ASSERT_FALSE(backup.ok());
    EXPECT_EQ(backup.error().code, ErrorCode::Unsupported);
    EXPECT_TRUE(backup.error().message.contains(QStringLiteral("pg_dump")));
    EXPECT_FALSE(QFile::exists(dir.file(QStringLiteral("backup.sqlite"))));
    auto problems = (*db)->dialect().integrityCheck(**db);
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty()) << problems->join(QStringLiteral("; ")).toStdString();
}

TEST_F(Postgres, AuditLogRefusesUpdateDeleteAndTruncate)
{
    TempDir dir;
    TestDatabase database(dir.file(QStringLiteral("unused.sqlite")));
    auto db = Database::open(database.config());
    ASSERT_TRUE(db.ok() && (*db)->migrate().ok());
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("INSERT INTO audit_log (at, action) VALUES ('2026-11-23T08:00:00Z', 'x')")));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET action = 'y'")));
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    EXPECT_FALSE(q.exec(QStringLiteral("TRUNCATE audit_log")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(Postgres, RoleWithASchemaOfItsOwn)
{
    // A DBA's usual set-up: CREATE SCHEMA named as the role, which the default search path
    // ("$user", public) puts first. The hub's tables go there, and a second start must find them.
    TempDir dir;
    TestDatabase database(dir.file(QStringLiteral("unused.sqlite")));
    {
        auto db = Database::open(database.config());
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        ASSERT_TRUE((*db)->exec(QStringLiteral("CREATE SCHEMA \"%1\"").arg(database.config().user)).ok());
    }
    for (int start = 0; start < 2; ++start) {
        auto db = Database::open(database.config());
        ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
        auto s = (*db)->migrate();
        ASSERT_TRUE(s.ok()) << "start " << start << ": " << s.error().toString().toStdString();
        EXPECT_EQ((*db)->schemaVersion().value(), Database::latestSchemaVersion());
        EXPECT_TRUE(
            (*db)->connection().tables().contains(database.config().user + QStringLiteral(".subjects")));
        EXPECT_TRUE((*db)
                        ->dialect()
                        .searchQuery(**db, QStringLiteral("subject_search"), QStringLiteral("陈桂英"), 5)
                        .value()
                        .isEmpty());
    }
}
