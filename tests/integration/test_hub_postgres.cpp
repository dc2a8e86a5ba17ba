// The real safelink-hub program on a data folder whose hub.conf names a PostgreSQL database (the
// pg.integration.* entries; the PostgreSQL tests are skipped on SQLite), and hub.conf mistakes.
#include "testdatabase.h"
#include "testutil.h"

#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QDir>
#include <QFile>
#include <QProcess>

#include <gtest/gtest.h>

using namespace safelink;
using namespace safelink::test;

namespace {

struct HubRun {
    int exitCode = -1;
    QString out;
    QString err;
};

HubRun hub(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFELINK_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(binaryDir() + QStringLiteral("/bin/safelink-hub"), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return HubRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void writeFile(const QString &path, const QByteArray &text, QFileDevice::Permissions permissions)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    ASSERT_TRUE(f.setPermissions(permissions));
}

constexpr auto kPrivate = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

TEST(HubPostgres, CommandsWorkOnAPostgresDataFolder)
{
    if (!TestDatabase::postgres())
        GTEST_SKIP() << "runs against the PostgreSQL test server (pg.integration.*)";
    TempDir dir;
    const QString data = dir.file(QStringLiteral("hub"));
    TestDatabase database(data + QStringLiteral("/hub.sqlite"));
    ASSERT_TRUE(database.writeHubConf(data));

    HubRun r = hub({QStringLiteral("migrate"), QStringLiteral("--data"), data});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("version %1").arg(store::Database::latestSchemaVersion())));
    r = hub({QStringLiteral("demo"), QStringLiteral("--data"), data, QStringLiteral("--subjects"),
             QStringLiteral("120")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("120 subjects")));
    writeFile(dir.file(QStringLiteral("admin-password")), "Test-pass-2026\n", kPrivate);
    r = hub({QStringLiteral("init"), QStringLiteral("--data"), data, QStringLiteral("--admin-password-file"),
             dir.file(QStringLiteral("admin-password"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = hub({QStringLiteral("status"), QStringLiteral("--data"), data});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Subjects: 120"))) << r.out.toStdString();

    // Everything went to PostgreSQL, nothing into a SQLite file in the folder.
    EXPECT_FALSE(QFile::exists(data + QStringLiteral("/hub.sqlite")));
    auto db = store::Database::open(database.config());
    ASSERT_TRUE(db.ok()) << db.error().toString().toStdString();
    EXPECT_EQ(store::SubjectRepository(**db).count().value(), 120);
    EXPECT_EQ(store::AccountRepository(**db).findByLogin(QStringLiteral("admin")).value().login,
              QStringLiteral("admin"));

    // backup is SQLite's; it says what to use instead and writes nothing.
    const QString target = dir.file(QStringLiteral("backups/hub.sqlite"));
    r = hub({QStringLiteral("backup"), QStringLiteral("--data"), data, QStringLiteral("--to"), target});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("pg_dump"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(target));
}

TEST(HubPostgres, WrongPasswordIsAClearError)
{
    if (!TestDatabase::postgres())
        GTEST_SKIP() << "runs against the PostgreSQL test server (pg.integration.*)";
    TempDir dir;
    const QString data = dir.file(QStringLiteral("hub"));
    TestDatabase database(data + QStringLiteral("/hub.sqlite"));
    const store::DatabaseConfig &c = database.config();
    writeFile(data + QStringLiteral("/db-password"), "wrong-password\n", kPrivate);
    writeFile(data + QStringLiteral("/hub.conf"),
              QStringLiteral("[database]\nbackend=postgresql\nhost=%1\nport=%2\nname=%3\nuser=%4\n"
                             "password-file=db-password\n")
                  .arg(c.host)
                  .arg(c.port)
                  .arg(c.databaseName, c.user)
                  .toUtf8(),
              kPrivate);
    const HubRun r = hub({QStringLiteral("status"), QStringLiteral("--data"), data});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(c.databaseName)) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("password"))) << r.err.toStdString();
}

TEST(HubConfFile, MistakesStopTheHubWithAClearError)
{
    TempDir dir;
    const QString data = dir.file(QStringLiteral("hub"));
    writeFile(data + QStringLiteral("/db-password"), "secret\n", kPrivate | QFileDevice::ReadOther);
    writeFile(data + QStringLiteral("/hub.conf"),
              "[database]\nbackend=postgresql\nname=safelink\npassword-file=db-password\n", kPrivate);
    HubRun r = hub({QStringLiteral("status"), QStringLiteral("--data"), data});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("chmod 600"))) << r.err.toStdString();

    writeFile(data + QStringLiteral("/hub.conf"), "[database]\nbackend=mysql\n", kPrivate);
    r = hub({QStringLiteral("migrate"), QStringLiteral("--data"), data});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("mysql"))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(data + QStringLiteral("/hub.sqlite")));

    // backend=sqlite with a path of its own.
    writeFile(data + QStringLiteral("/hub.conf"), "[database]\nbackend=sqlite\npath=db/center.sqlite\n",
              kPrivate);
    r = hub({QStringLiteral("migrate"), QStringLiteral("--data"), data});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(QFile::exists(data + QStringLiteral("/db/center.sqlite")));
    EXPECT_FALSE(QFile::exists(data + QStringLiteral("/hub.sqlite")));
}
