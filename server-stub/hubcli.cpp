#include "hubcli.h"
#include "recordingcommands.h"
#include "routingcommands.h"
#include "servecommands.h"
#include "subjectcommands.h"

#include <safelink/demo/demodata.h>
#include <safelink/hub/auditlog.h>
#include <safelink/store/database.h>
#include <safelink/store/dialect.h>
#include <safelink/store/repositories.h>

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHub, "safelink.hub")

namespace safelink::hub {

namespace {

QCommandLineOption dataOption()
{
    return QCommandLineOption(QStringLiteral("data"), HubCli::tr("The hub's data folder."),
                              QStringLiteral("dir"));
}

// The data folder's database: what its hub.conf names, or hub.sqlite in the folder when it has none.
Result<store::DatabaseConfig> dataConfig(const QString &dir)
{
    const QString conf = QDir(dir).filePath(QStringLiteral("hub.conf"));
    if (!QFileInfo::exists(conf))
        return store::DatabaseConfig{.path = HubCli::databasePath(dir)};
    return store::DatabaseConfig::fromFile(conf, HubCli::databasePath(dir));
}

} // namespace

HubCli::HubCli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
    // The commands and their one-line descriptions, in the order `--help` lists them.
    m_commands = {
        {"init", QT_TR_NOOP("Create a data folder: database, key pair, first administrator."),
         [this](const QStringList &a) {
             return runInit(a, m_out, m_err);
         }},
        {"serve", QT_TR_NOOP("Run the hub: seats connect, sync and write through it."),
         [this](const QStringList &a) {
             return runServe(a, m_out, m_err);
         }},
        {"add-account", QT_TR_NOOP("Add an account (agent, supervisor, admin, auditor)."),
         [this](const QStringList &a) {
             return runAddAccount(a, m_out, m_err);
         }},
        {"seat", QT_TR_NOOP("Configure a seat's phone line or the center's SIP proxy."),
         [this](const QStringList &a) {
             return runSeat(a, m_out, m_err);
         }},
        {"map", QT_TR_NOOP("Set the center's map tiles: a tile server's address or an MBTiles file."),
         [this](const QStringList &a) {
             return runMap(a, m_out, m_err);
         }},
        {"routing", QT_TR_NOOP("Call routing: the SIP proxy's token, ring time, longest wait, area code."),
         [this](const QStringList &a) {
             return runRouting(a, m_out, m_err);
         }},
        {"block", QT_TR_NOOP("The harassment list: block or unblock a number, list them."),
         [this](const QStringList &a) {
             return runBlock(a, m_out, m_err);
         }},
        {"alarms", QT_TR_NOOP("Alarm handling: terminals' heartbeat interval, escalation to supervisors."),
         [this](const QStringList &a) {
             return runAlarms(a, m_out, m_err);
         }},
        {"device-token", QT_TR_NOOP("Issue the token a terminal sends with its events."),
         [this](const QStringList &a) {
             return runDeviceToken(a, m_out, m_err);
         }},
        {"import-subjects",
         QT_TR_NOOP("Import subjects from the previous operator's spreadsheet (CSV or .xlsx)."),
         [this](const QStringList &a) {
             return runImportSubjects(a, m_out, m_err);
         }},
        {"export-subjects", QT_TR_NOOP("Export subjects by region and condition to a CSV file."),
         [this](const QStringList &a) {
             return runExportSubjects(a, m_out, m_err);
         }},
        {"recordings", QT_TR_NOOP("List, export or delete call recordings; show or change what is allowed."),
         [this](const QStringList &a) {
             return runRecordings(a, m_out, m_err);
         }},
        {"migrate", QT_TR_NOOP("Create or upgrade the hub database in a data folder."),
         [this](const QStringList &a) {
             return cmdMigrate(a);
         }},
        {"demo", QT_TR_NOOP("Fill a new data folder with a realistic demo center."),
         [this](const QStringList &a) {
             return cmdDemo(a);
         }},
        {"status", QT_TR_NOOP("Show the schema version and record counts of a data folder."),
         [this](const QStringList &a) {
             return cmdStatus(a);
         }},
        {"backup", QT_TR_NOOP("Write a consistent copy of the hub database to a file."),
         [this](const QStringList &a) {
             return cmdBackup(a);
         }},
        {"restore", QT_TR_NOOP("Replace a stopped hub's database with a backup; the old one is kept."),
         [this](const QStringList &a) {
             return cmdRestore(a);
         }},
    };
}

QString HubCli::summary(const QString &name) const
{
    for (const Command &c : m_commands) {
        if (name == QLatin1String(c.name))
            return tr(c.summary);
    }
    return {};
}

int HubCli::usage(int exitCode)
{
    QTextStream &s = exitCode == 0 ? m_out : m_err;
    s << tr("Usage: safelink-hub <command> [options]") << "\n\n"
      << tr("The coordination server of a Safelink center.") << "\n\n"
      << tr("Commands:") << "\n";
    for (const Command &c : m_commands)
        s << "  " << QString::fromLatin1(c.name).leftJustified(17) << tr(c.summary) << "\n";
    s << "\n"
      << tr("Options:") << "\n"
      << "  -h, --help       " << tr("Show this help, or a command's help after the command.") << "\n"
      << "  -v, --version    " << tr("Show the version.") << "\n";
    s.flush();
    return exitCode;
}

int HubCli::run(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return usage(2);
    const QString first = args.first();
    if (first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help"))
        return usage(0);
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return 0;
    }
    for (const Command &c : m_commands) {
        if (first == QLatin1String(c.name)) {
            const int code = c.run(args);
            m_out.flush();
            m_err.flush();
            return code;
        }
    }
    m_err << tr("Unknown command \"%1\".").arg(first) << "\n\n";
    return usage(2);
}

int HubCli::parseCommand(QCommandLineParser &parser, const QStringList &args, const QString &description,
                         QTextStream &out, QTextStream &err, bool allowPositional)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (!parser.parse(QStringList{QCoreApplication::applicationName()} + args.mid(1))) {
        err << parser.errorText() << '\n';
        err.flush();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText().replace(QCoreApplication::applicationName(),
                                         QCoreApplication::applicationName() + QLatin1Char(' ')
                                             + args.first());
        out.flush();
        return 0;
    }
    if (!allowPositional && !parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << '\n';
        err.flush();
        return 2;
    }
    return -1;
}

QString HubCli::databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("hub.sqlite"));
}

Result<std::unique_ptr<store::Database>> HubCli::openData(const QString &dir, bool migrate)
{
    if (dir.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the data folder with --data."), QStringLiteral("data"));
    auto config = dataConfig(dir);
    if (!config)
        return config.error();
    auto db = store::Database::open(*config);
    if (!db)
        return db.error();
    if (migrate) {
        if (Status s = (*db)->migrate(); !s)
            return s.error();
    }
    return db;
}

int HubCli::cmdMigrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    if (int code = parseCommand(parser, args, summary(args.first()), m_out, m_err); code >= 0)
        return code;
    auto db = openData(parser.value(QStringLiteral("data")));
    if (!db) {
        m_err << db.error().toString() << '\n';
        return 1;
    }
    m_out << tr("Schema is at version %1.").arg((*db)->schemaVersion().valueOr(0)) << '\n';
    return 0;
}

int HubCli::cmdDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption({QStringLiteral("subjects"), tr("How many subjects (default 3000)."),
                      QStringLiteral("n"), QStringLiteral("3000")});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed makes the same center."),
                      QStringLiteral("n"), QStringLiteral("20261123")});
    if (int code = parseCommand(parser, args, summary(args.first()), m_out, m_err); code >= 0)
        return code;
    bool okCount = false;
    bool okSeed = false;
    const int subjects = parser.value(QStringLiteral("subjects")).toInt(&okCount);
    const uint seed = parser.value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okCount || subjects < 1 || subjects > 1000000) {
        m_err << tr("--subjects must be a number from 1 to 1000000.") << '\n';
        return 2;
    }
    if (!okSeed) {
        m_err << tr("--seed must be a whole number.") << '\n';
        return 2;
    }
    auto db = openData(parser.value(QStringLiteral("data")));
    if (!db) {
        m_err << db.error().toString() << '\n';
        return 1;
    }
    store::SubjectRepository existing(**db);
    if (existing.count().valueOr(0) > 0) {
        m_err << tr("The data folder already holds subjects; demo data goes only into a new one.") << '\n';
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto result = demo::populate(**db, demo::DemoOptions{.subjects = subjects, .seed = seed});
    if (!result) {
        m_err << result.error().toString() << '\n';
        return 1;
    }
    m_out << tr("Demo center created in %1 s: %2 subjects, %3 households, %4 devices, %5 resources, "
                "%6 articles, %7 cases, %8 calls, %9 work orders.")
                 .arg(QString::number(timer.elapsed() / 1000.0, 'f', 1))
                 .arg(result->subjects)
                 .arg(result->households)
                 .arg(result->devices)
                 .arg(result->resources)
                 .arg(result->articles)
                 .arg(result->cases)
                 .arg(result->calls)
                 .arg(result->workOrders)
          << '\n';
    return 0;
}

int HubCli::cmdStatus(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    if (int code = parseCommand(parser, args, summary(args.first()), m_out, m_err); code >= 0)
        return code;
    auto db = openData(parser.value(QStringLiteral("data")), false);
    if (!db) {
        m_err << db.error().toString() << '\n';
        return 1;
    }
    auto version = (*db)->schemaVersion();
    if (!version) {
        m_err << version.error().toString() << '\n';
        return 1;
    }
    m_out << tr("Schema version: %1 (this program: %2)")
                 .arg(*version)
                 .arg(store::Database::latestSchemaVersion())
          << '\n';
    if (*version != store::Database::latestSchemaVersion())
        return *version > store::Database::latestSchemaVersion() ? 1 : 0;
    store::SubjectRepository subjects(**db);
    store::CaseRepository cases(**db);
    store::DeviceRepository devices(**db);
    m_out << tr("Subjects: %1").arg(subjects.count().valueOr(-1)) << '\n'
          << tr("Devices: %1").arg(devices.count().valueOr(-1)) << '\n'
          << tr("Cases: %1").arg(cases.count().valueOr(-1)) << '\n';
    return 0;
}

int HubCli::cmdBackup(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption(
        {QStringLiteral("to"), tr("The backup file to write (must not exist)."), QStringLiteral("file")});
    if (int code = parseCommand(parser, args, summary(args.first()), m_out, m_err); code >= 0)
        return code;
    const QString target = parser.value(QStringLiteral("to"));
    if (target.isEmpty()) {
        m_err << tr("Give the backup file with --to.") << '\n';
        return 2;
    }
    if (QFileInfo::exists(target)) {
        m_err << tr("%1 exists already; a backup never overwrites a file.").arg(target) << '\n';
        return 1;
    }
    // A PostgreSQL database is not copied here: its dialect says to use pg_dump.
    auto config = dataConfig(parser.value(QStringLiteral("data")));
    if (config && config->backend == store::Backend::Sqlite && !QFileInfo::exists(config->path)) {
        m_err << tr("There is no hub database in %1.").arg(parser.value(QStringLiteral("data"))) << '\n';
        return 1;
    }
    auto db = openData(parser.value(QStringLiteral("data")), false);
    if (!db) {
        m_err << db.error().toString() << '\n';
        return 1;
    }
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (Status s = (*db)->dialect().backupTo(**db, QFileInfo(target).absoluteFilePath()); !s) {
        m_err << s.error().toString() << '\n';
        QFile::remove(target);
        return 1;
    }
    (void)AuditLog(**db).record(Actor::system(QStringLiteral("cli")), QStringLiteral("backup"), {}, {},
                                target);
    m_out << tr("Backup written to %1 (%2 MB).")
                 .arg(target, QString::number(QFileInfo(target).size() / 1048576.0, 'f', 1))
          << '\n';
    return 0;
}

int HubCli::cmdRestore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption({QStringLiteral("from"), tr("The backup file to restore."), QStringLiteral("file")});
    if (int code = parseCommand(parser, args, summary(args.first()), m_out, m_err); code >= 0)
        return code;
    const QString dataDir = parser.value(QStringLiteral("data"));
    const QString source = parser.value(QStringLiteral("from"));
    if (dataDir.isEmpty() || source.isEmpty()) {
        m_err << tr("Give the data folder with --data and the backup with --from.") << '\n';
        return 2;
    }
    if (!QFileInfo(source).isFile()) {
        m_err << tr("The backup %1 does not exist.").arg(source) << '\n';
        return 1;
    }
    if (QFileInfo::exists(QDir(dataDir).filePath(QStringLiteral("hub.conf")))) {
        // A hub.conf names another database (PostgreSQL): a SQLite file here would be ignored.
        m_err << tr("%1 has a hub.conf: its database is not a file here. Restore a PostgreSQL database with "
                    "pg_restore.")
                     .arg(dataDir)
              << '\n';
        return 1;
    }
    QDir().mkpath(dataDir);
    // A running hub holds this lock (see serve); restoring under it would lose its writes.
    QLockFile lock(QDir(dataDir).filePath(QStringLiteral("hub.lock")));
    if (!lock.tryLock(0)) {
        m_err << tr("The hub is running on %1; stop it before restoring.").arg(dataDir) << '\n';
        return 1;
    }
    // Check the backup before touching anything: it opens, it is healthy, this program can read it.
    const QString staging = databasePath(dataDir) + QStringLiteral(".restoring");
    QFile::remove(staging);
    if (!QFile::copy(source, staging)) {
        m_err << tr("Cannot copy %1 into %2.").arg(source, dataDir) << '\n';
        return 1;
    }
    {
        auto db = store::Database::open(store::DatabaseConfig{.path = staging});
        Result<QStringList> problems =
            db ? (*db)->dialect().integrityCheck(**db) : Result<QStringList>(db.error());
        auto version = db ? (*db)->schemaVersion() : Result<int>(db.error());
        QString why;
        if (!problems)
            why = problems.error().toString();
        else if (!problems->isEmpty())
            why = problems->join(QStringLiteral("; "));
        else if (!version)
            why = version.error().toString();
        else if (*version == 0)
            why = tr("it holds no Safelink data");
        else if (*version > store::Database::latestSchemaVersion())
            why = tr("it was written by a newer Safelink (schema %1)").arg(*version);
        if (!why.isEmpty()) {
            db = Result<std::unique_ptr<store::Database>>(Error{});
            QFile::remove(staging);
            QFile::remove(staging + QStringLiteral("-wal"));
            QFile::remove(staging + QStringLiteral("-shm"));
            m_err << tr("%1 cannot be restored: %2. Nothing was changed.").arg(source, why) << '\n';
            return 1;
        }
    }
    const QString current = databasePath(dataDir);
    QString kept;
    if (QFileInfo::exists(current)) {
        kept = current + QStringLiteral(".before-restore-")
               + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QFile::rename(current, kept)) {
            m_err << tr("Cannot move the current database aside; nothing was changed.") << '\n';
            QFile::remove(staging);
            return 1;
        }
        for (const char *suffix : {"-wal", "-shm"})
            QFile::rename(current + QLatin1String(suffix), kept + QLatin1String(suffix));
    }
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    if (!QFile::rename(staging, current)) {
        m_err << tr("Cannot put the backup in place.") << '\n';
        return 1;
    }
    auto db = openData(dataDir, true);
    if (!db) {
        m_err << db.error().toString() << '\n';
        return 1;
    }
    (void)AuditLog(**db).record(Actor::system(QStringLiteral("cli")), QStringLiteral("restore"), {}, {},
                                source);
    m_out << tr("Restored %1 into %2.").arg(source, dataDir) << '\n';
    if (!kept.isEmpty())
        m_out << tr("The previous database was kept as %1.").arg(kept) << '\n';
    return 0;
}

} // namespace safelink::hub
