// The real safelink-hub program, run as a process against a real SQLite file.
#include "testutil.h"

#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace safelink;

namespace {

struct HubRun {
    int exitCode = -1;
    QString out;
    QString err;
};

HubRun hub(const QStringList &args, const QString &lang = QStringLiteral("en"))
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAFELINK_LANG"), lang);
    p.setProcessEnvironment(env);
    p.start(test::binaryDir() + QStringLiteral("/bin/safelink-hub"), args);
    EXPECT_TRUE(p.waitForFinished(120000));
    return HubRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST(HubCli, Version)
{
    const HubRun r = hub({QStringLiteral("--version")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("safelink-hub " SAFELINK_VERSION));
}

TEST(HubCli, HelpListsCommands)
{
    const HubRun r = hub({QStringLiteral("--help")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Usage: safelink-hub <command>")));
    for (const char *cmd : {"init", "serve", "add-account", "device-token", "import-subjects",
                            "export-subjects", "migrate", "demo", "status", "backup", "restore"})
        EXPECT_TRUE(r.out.contains(QString::fromLatin1(cmd))) << cmd;
}

TEST(HubCli, HelpIsChineseByDefault)
{
    const HubRun r = hub({QStringLiteral("--help")}, QStringLiteral("zh_CN"));
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("用法"))) << r.out.toStdString();
}

TEST(HubCli, EveryCommandHasHelp)
{
    for (const char *cmd : {"init", "serve", "add-account", "device-token", "import-subjects",
                            "export-subjects", "migrate", "demo", "status", "backup", "restore"}) {
        const HubRun r = hub({QString::fromLatin1(cmd), QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << cmd;
        EXPECT_TRUE(r.out.contains(QStringLiteral("--data"))) << cmd;
    }
}

TEST(HubCli, BadUseIsAClearErrorWithNonZeroExit)
{
    HubRun r = hub({});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Usage")));
    r = hub({QStringLiteral("frobnicate")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Unknown command \"frobnicate\"")));
    r = hub({QStringLiteral("migrate")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--data")));
    r = hub({QStringLiteral("migrate"), QStringLiteral("--no-such-option")});
    EXPECT_EQ(r.exitCode, 2);
    test::TempDir dir;
    r = hub({QStringLiteral("demo"), QStringLiteral("--data"), dir.path(), QStringLiteral("--subjects"),
             QStringLiteral("lots")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--subjects")));
}

TEST(HubCli, DemoCreatesARealCenter)
{
    test::TempDir dir;
    HubRun r = hub({QStringLiteral("demo"), QStringLiteral("--data"), dir.path(),
                    QStringLiteral("--subjects"), QStringLiteral("200")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("200 subjects")));

    auto db = store::Database::open(store::DatabaseConfig{.path = dir.file(QStringLiteral("hub.sqlite"))});
    ASSERT_TRUE(db.ok());
    EXPECT_EQ((*db)->schemaVersion().value(), store::Database::latestSchemaVersion());
    store::SubjectRepository subjects(**db);
    EXPECT_EQ(subjects.count().value(), 200);

    // A second demo into the same folder is refused; the data stays.
    r = hub({QStringLiteral("demo"), QStringLiteral("--data"), dir.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(subjects.count().value(), 200);

    r = hub({QStringLiteral("status"), QStringLiteral("--data"), dir.path()});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Subjects: 200")));
}

TEST(HubCli, RefusesADatabaseFromANewerVersion)
{
    test::TempDir dir;
    ASSERT_EQ(hub({QStringLiteral("migrate"), QStringLiteral("--data"), dir.path()}).exitCode, 0);
    {
        auto db =
            store::Database::open(store::DatabaseConfig{.path = dir.file(QStringLiteral("hub.sqlite"))});
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (77, 'future', '2030-01-01')")));
    }
    const HubRun r = hub({QStringLiteral("migrate"), QStringLiteral("--data"), dir.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer"))) << r.err.toStdString();
}

TEST(HubCli, BackupAndRestoreRoundTrip)
{
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("hub"));
    ASSERT_EQ(hub({QStringLiteral("demo"), QStringLiteral("--data"), data, QStringLiteral("--subjects"),
                   QStringLiteral("120")})
                  .exitCode,
              0);
    const QString backup = dir.file(QStringLiteral("backups/hub-1.sqlite"));
    HubRun r =
        hub({QStringLiteral("backup"), QStringLiteral("--data"), data, QStringLiteral("--to"), backup});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // A backup never overwrites.
    EXPECT_EQ(hub({QStringLiteral("backup"), QStringLiteral("--data"), data, QStringLiteral("--to"), backup})
                  .exitCode,
              1);

    // Lose data after the backup, then restore it.
    {
        auto db = store::Database::open(store::DatabaseConfig{.path = data + QStringLiteral("/hub.sqlite")});
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM subject_phones")));
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM subject_categories")));
        ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM subjects")));
    }
    r = hub({QStringLiteral("restore"), QStringLiteral("--data"), data, QStringLiteral("--from"), backup});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("before-restore")));
    r = hub({QStringLiteral("status"), QStringLiteral("--data"), data});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Subjects: 120"))) << r.out.toStdString();
}

TEST(HubCli, RestoreRefusesBadBackupsAndChangesNothing)
{
    test::TempDir dir;
    const QString data = dir.file(QStringLiteral("hub"));
    ASSERT_EQ(hub({QStringLiteral("demo"), QStringLiteral("--data"), data, QStringLiteral("--subjects"),
                   QStringLiteral("50")})
                  .exitCode,
              0);
    const QString garbage = dir.file(QStringLiteral("garbage.sqlite"));
    QFile f(garbage);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(100000, 'z'));
    f.close();
    HubRun r =
        hub({QStringLiteral("restore"), QStringLiteral("--data"), data, QStringLiteral("--from"), garbage});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was changed"))) << r.err.toStdString();
    r = hub({QStringLiteral("restore"), QStringLiteral("--data"), data, QStringLiteral("--from"),
             dir.file(QStringLiteral("missing.sqlite"))});
    EXPECT_EQ(r.exitCode, 1);
    r = hub({QStringLiteral("status"), QStringLiteral("--data"), data});
    EXPECT_TRUE(r.out.contains(QStringLiteral("Subjects: 50")));

    // Not while the hub runs: it holds the data folder's lock.
    QLockFile running(data + QStringLiteral("/hub.lock"));
    ASSERT_TRUE(running.tryLock(0));
    const QString backup = dir.file(QStringLiteral("b.sqlite"));
    ASSERT_EQ(hub({QStringLiteral("backup"), QStringLiteral("--data"), data, QStringLiteral("--to"), backup})
                  .exitCode,
              0);
    r = hub({QStringLiteral("restore"), QStringLiteral("--data"), data, QStringLiteral("--from"), backup});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("running"))) << r.err.toStdString();
}
