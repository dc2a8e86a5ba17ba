#include "recordingcommands.h"

#include "hubcli.h"

#include <safelink/hub/auditlog.h>
#include <safelink/hub/recordingarchive.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <memory>
#include <optional>
#include <pwd.h>
#include <unistd.h>

namespace safelink::hub {

namespace {

QCommandLineOption dataOption()
{
    return QCommandLineOption(QStringLiteral("data"), HubCli::tr("The hub's data folder."),
                              QStringLiteral("dir"));
}

// The command line acts as the hub's administrator; the audit log also names who ran it.
Actor cliActor()
{
    Actor actor = Actor::system(QStringLiteral("cli"));
    if (const passwd *pw = ::getpwuid(::geteuid()))
        actor.address = QStringLiteral("cli:") + QString::fromLocal8Bit(pw->pw_name);
    return actor;
}

struct Archive {
    std::unique_ptr<store::Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<RecordingArchive> recordings;
};

Result<Archive> openArchive(const QString &dataDir)
{
    if (!QDir(dataDir).exists())
        return makeError(ErrorCode::Io, HubCli::tr("The data folder %1 does not exist.").arg(dataDir),
                         QStringLiteral("data"));
    auto db = HubCli::openData(dataDir, true);
    if (!db)
        return db.error();
    // Listing and the policy need no key; playing and exporting say so when it is missing.
    recording::RecordingKeys keys;
    if (QFileInfo::exists(RecordingArchive::keyPath(dataDir))) {
        auto loaded = recording::RecordingKeys::load(RecordingArchive::keyPath(dataDir));
        if (!loaded)
            return loaded.error();
        keys = *loaded;
    }
    Archive a;
    a.db = std::move(db).value();
    a.audit = std::make_unique<AuditLog>(*a.db);
    a.recordings = std::make_unique<RecordingArchive>(*a.db, *a.audit, dataDir, keys);
    return a;
}

QString duration(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString megabytes(qint64 bytes)
{
    return QString::number(bytes / 1048576.0, 'f', 1) + QStringLiteral(" MB");
}

QString yesNo(bool on)
{
    return on ? HubCli::tr("yes") : HubCli::tr("no");
}

// "yes"/"no" (and what people also type); nullopt for anything else.
std::optional<bool> parseYesNo(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"yes" || t == u"y" || t == u"true" || t == u"on" || t == u"1")
        return true;
    if (t == u"no" || t == u"n" || t == u"false" || t == u"off" || t == u"0")
        return false;
    return std::nullopt;
}

// `args` for a subcommand: its name as the first element ("recordings list"), as parseCommand shows
// it in the help text.
QStringList subcommandArgs(const QStringList &args)
{
    return QStringList{args.at(0) + QLatin1Char(' ') + args.at(1)} + args.mid(2);
}

int usage(QTextStream &s, int code)
{
    s << HubCli::tr("Usage: safelink-hub recordings <list|export|delete|policy> [options]") << "\n\n"
      << HubCli::tr("The call recordings this hub keeps, encrypted with its recording key. They are "
                    "evidence: unless the center's policy allows it, they can be neither deleted nor "
                    "exported.")
      << "\n\n"
      << HubCli::tr("Subcommands:") << "\n"
      << "  list          " << HubCli::tr("List recordings, newest call first.") << "\n"
      << "  export ID     " << HubCli::tr("Write a recording as a WAV file, when the policy allows exports.")
      << "\n"
      << "  delete ID     " << HubCli::tr("Delete a recording, when the policy allows deletion.") << "\n"
      << "  policy        " << HubCli::tr("Show or change whether recordings may be deleted or exported.")
      << "\n\n"
      << HubCli::tr("Run \"safelink-hub recordings <subcommand> --help\" for its options.") << "\n";
    s.flush();
    return code;
}

int listRecordings(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption({QStringLiteral("call"), HubCli::tr("Only the recording of this call (SIP Call-ID)."),
                      QStringLiteral("id")});
    parser.addOption(
        {QStringLiteral("seat"), HubCli::tr("Only recordings made at this seat."), QStringLiteral("seat")});
    parser.addOption({QStringLiteral("from"), HubCli::tr("Only calls on or after this day (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("to"), HubCli::tr("Only calls on or before this day (YYYY-MM-DD)."),
                      QStringLiteral("date")});
    parser.addOption({QStringLiteral("deleted"), HubCli::tr("Also list deleted recordings.")});
    parser.addOption({QStringLiteral("limit"), HubCli::tr("At most this many (default 100)."),
                      QStringLiteral("n"), QStringLiteral("100")});
    if (int code =
            HubCli::parseCommand(parser, args, HubCli::tr("List recordings, newest call first."), out, err);
        code >= 0)
        return code;
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty()) {
        err << HubCli::tr("Give the data folder with --data.") << '\n';
        return 2;
    }
    RecordingFilter filter;
    filter.callId = parser.value(QStringLiteral("call"));
    filter.seat = parser.value(QStringLiteral("seat"));
    filter.includeDeleted = parser.isSet(QStringLiteral("deleted"));
    for (const char *name : {"from", "to"}) {
        const QString text = parser.value(QLatin1String(name));
        if (text.isEmpty())
            continue;
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid()) {
            err << HubCli::tr("--%1 must be a day such as 2026-11-23.").arg(QLatin1String(name)) << '\n';
            return 2;
        }
        // Days as people at the center count them: local midnight to midnight.
        if (qstrcmp(name, "from") == 0)
            filter.from = QDateTime(day, QTime(0, 0)).toUTC();
        else
            filter.to = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    }
    bool okLimit = false;
    filter.limit = parser.value(QStringLiteral("limit")).toInt(&okLimit);
    if (!okLimit || filter.limit < 1 || filter.limit > 100000) {
        err << HubCli::tr("--limit must be a number from 1 to 100000.") << '\n';
        return 2;
    }
    auto archive = openArchive(dataDir);
    if (!archive) {
        err << archive.error().toString() << '\n';
        return 1;
    }
    auto entries = archive->recordings->list(filter, cliActor());
    if (!entries) {
        err << entries.error().toString() << '\n';
        return 1;
    }
    if (entries->isEmpty()) {
        out << HubCli::tr("No recordings.") << '\n';
        return 0;
    }
    // Accounts by login rather than by id.
    store::AccountRepository accounts(*archive->db);
    QHash<QString, QString> logins;
    auto loginOf = [&](const QString &id) {
        if (!logins.contains(id)) {
            auto a = accounts.get(id);
            logins.insert(id, a ? a->login : id);
        }
        return logins.value(id);
    };
    out << HubCli::tr("Recording").leftJustified(38) << ' ' << HubCli::tr("Call started").leftJustified(17)
        << ' ' << HubCli::tr("Length").leftJustified(8) << ' ' << HubCli::tr("Seat").leftJustified(10) << ' '
        << HubCli::tr("Account").leftJustified(12) << ' ' << HubCli::tr("Size") << '\n';
    for (const RecordingEntry &e : *entries) {
        const QDateTime started = e.startedAt.isValid() ? e.startedAt : e.storedAt;
        out << e.id.leftJustified(38) << ' '
            << started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")).leftJustified(17) << ' '
            << duration(e.durationMs).leftJustified(8) << ' ' << e.seat.leftJustified(10) << ' '
            << loginOf(e.account).leftJustified(12) << ' ' << megabytes(e.size);
        if (e.deleted)
            out << "  "
                << HubCli::tr("(deleted %1 by %2)")
                       .arg(e.deletedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                            e.deletedBy);
        out << '\n';
    }
    out << HubCli::tr("%n recording(s).", nullptr, int(entries->size())) << '\n';
    return 0;
}

// The one positional argument ID of export and delete; an exit code to stop with, or -1.
int recordingId(const QCommandLineParser &parser, QString &id, QTextStream &err)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        err << HubCli::tr("Give the recording's id.") << '\n';
        return 2;
    }
    if (positional.size() > 1) {
        err << HubCli::tr("Unexpected argument \"%1\".").arg(positional.at(1)) << '\n';
        return 2;
    }
    id = positional.first();
    return -1;
}

int exportRecording(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption({QStringLiteral("out"), HubCli::tr("The WAV file to write (must not exist)."),
                      QStringLiteral("file")});
    parser.addPositionalArgument(QStringLiteral("id"), HubCli::tr("The recording's id, as listed."));
    if (int code = HubCli::parseCommand(
            parser, args,
            HubCli::tr("Write a recording as a WAV file, when the policy allows exports. The export is "
                       "recorded in the audit log."),
            out, err, true);
        code >= 0)
        return code;
    QString id;
    if (int code = recordingId(parser, id, err); code >= 0)
        return code;
    const QString dataDir = parser.value(QStringLiteral("data"));
    const QString target = parser.value(QStringLiteral("out"));
    if (dataDir.isEmpty() || target.isEmpty()) {
        err << HubCli::tr("Give the data folder with --data and the file to write with --out.") << '\n';
        return 2;
    }
    auto archive = openArchive(dataDir);
    if (!archive) {
        err << archive.error().toString() << '\n';
        return 1;
    }
    if (Status s = archive->recordings->exportTo(id, target, cliActor()); !s) {
        err << s.error().toString() << '\n';
        return 1;
    }
    out << HubCli::tr("Recording %1 exported to %2 (%3).")
               .arg(id, QDir::toNativeSeparators(target), megabytes(QFileInfo(target).size()))
        << '\n';
    return 0;
}

int deleteRecording(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addPositionalArgument(QStringLiteral("id"), HubCli::tr("The recording's id, as listed."));
    if (int code = HubCli::parseCommand(
            parser, args,
            HubCli::tr("Delete a recording, when the policy allows deletion. Its entry stays in the list of "
                       "deleted recordings, with who deleted it."),
            out, err, true);
        code >= 0)
        return code;
    QString id;
    if (int code = recordingId(parser, id, err); code >= 0)
        return code;
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty()) {
        err << HubCli::tr("Give the data folder with --data.") << '\n';
        return 2;
    }
    auto archive = openArchive(dataDir);
    if (!archive) {
        err << archive.error().toString() << '\n';
        return 1;
    }
    if (Status s = archive->recordings->remove(id, cliActor()); !s) {
        err << s.error().toString() << '\n';
        return 1;
    }
    out << HubCli::tr("Recording %1 deleted.").arg(id) << '\n';
    return 0;
}

int recordingPolicy(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption({QStringLiteral("allow-delete"),
                      HubCli::tr("Whether recordings may be deleted: yes or no."), QStringLiteral("yes|no")});
    parser.addOption({QStringLiteral("allow-export"),
                      HubCli::tr("Whether recordings may be exported: yes or no."),
                      QStringLiteral("yes|no")});
    if (int code = HubCli::parseCommand(
            parser, args,
            HubCli::tr("Show or change whether recordings may be deleted or exported. Both are refused "
                       "until an administrator allows them; every change is recorded in the audit log."),
            out, err);
        code >= 0)
        return code;
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty()) {
        err << HubCli::tr("Give the data folder with --data.") << '\n';
        return 2;
    }
    std::optional<bool> allowDelete;
    std::optional<bool> allowExport;
    for (const auto &[name, value] : {std::pair{QStringLiteral("allow-delete"), &allowDelete},
                                      std::pair{QStringLiteral("allow-export"), &allowExport}}) {
        if (!parser.isSet(name))
            continue;
        *value = parseYesNo(parser.value(name));
        if (!*value) {
            err << HubCli::tr("--%1 must be yes or no.").arg(name) << '\n';
            return 2;
        }
    }
    auto archive = openArchive(dataDir);
    if (!archive) {
        err << archive.error().toString() << '\n';
        return 1;
    }
    auto policy = archive->recordings->policy();
    if (!policy) {
        err << policy.error().toString() << '\n';
        return 1;
    }
    if (allowDelete || allowExport) {
        RecordingPolicy wanted = *policy;
        wanted.allowDelete = allowDelete.value_or(policy->allowDelete);
        wanted.allowExport = allowExport.value_or(policy->allowExport);
        if (Status s = archive->recordings->setPolicy(wanted, cliActor()); !s) {
            err << s.error().toString() << '\n';
            return 1;
        }
        *policy = wanted;
        out << HubCli::tr("Policy changed.") << '\n';
    }
    out << HubCli::tr("Recordings may be deleted: %1").arg(yesNo(policy->allowDelete)) << '\n'
        << HubCli::tr("Recordings may be exported: %1").arg(yesNo(policy->allowExport)) << '\n';
    return 0;
}

} // namespace

int runRecordings(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString sub = args.value(1);
    if (sub.isEmpty()) {
        err << HubCli::tr("Give a subcommand: list, export, delete or policy.") << "\n\n";
        return usage(err, 2);
    }
    if (sub == u"-h" || sub == u"--help" || sub == u"help")
        return usage(out, 0);
    if (sub == u"list")
        return listRecordings(subcommandArgs(args), out, err);
    if (sub == u"export")
        return exportRecording(subcommandArgs(args), out, err);
    if (sub == u"delete")
        return deleteRecording(subcommandArgs(args), out, err);
    if (sub == u"policy")
        return recordingPolicy(subcommandArgs(args), out, err);
    err << HubCli::tr("Unknown subcommand \"%1\".").arg(sub) << "\n\n";
    return usage(err, 2);
}

} // namespace safelink::hub
