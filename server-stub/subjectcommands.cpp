#include "subjectcommands.h"

#include "hubcli.h"

#include <safelink/hub/auditlog.h>
#include <safelink/hub/subjectimport.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>

#include <QCommandLineParser>
#include <QDir>

#include <memory>
#include <optional>
#include <utility>

namespace safelink::hub {

namespace {

QCommandLineOption dataOption()
{
    return QCommandLineOption(QStringLiteral("data"), HubCli::tr("The hub's data folder."),
                              QStringLiteral("dir"));
}

// The data folder's database, migrated to this program's schema.
Result<std::unique_ptr<store::Database>> openData(const QString &dir)
{
    if (!QDir(dir).exists())
        return makeError(ErrorCode::Io, HubCli::tr("The data folder %1 does not exist.").arg(dir),
                         QStringLiteral("data"));
    return HubCli::openData(dir, true);
}

// "a=b" -> {a, b}; nullopt without '=' or with an empty side.
std::optional<std::pair<QString, QString>> keyValue(const QString &text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return std::nullopt;
    const QString key = text.left(eq).trimmed();
    const QString value = text.mid(eq + 1).trimmed();
    if (key.isEmpty() || value.isEmpty())
        return std::nullopt;
    return std::pair{key, value};
}

QString problemText(const RowProblem &p)
{
    return p.field.isEmpty() ? p.reason : p.field + QStringLiteral(": ") + p.reason;
}

} // namespace

int runImportSubjects(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption({QStringLiteral("map"),
                      HubCli::tr("Read a column as a field, such as 老人名字=name or 子女电话=contactPhone2 "
                                 "(repeatable; the field \"ignore\" skips a column)."),
                      QStringLiteral("column=field")});
    parser.addOption({QStringLiteral("all-or-nothing"), HubCli::tr("Import nothing when any row is bad.")});
    parser.addOption({QStringLiteral("encoding"),
                      HubCli::tr("The text encoding of a CSV file: auto, utf-8 or gbk."),
                      QStringLiteral("name"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("area-code"),
                      HubCli::tr("The area code of local fixed-line numbers written without one."),
                      QStringLiteral("code"), QStringLiteral("20")});
    parser.addPositionalArgument(QStringLiteral("file"),
                                 HubCli::tr("The spreadsheet to import (.csv or .xlsx)."));
    const QString description = HubCli::tr(
        "Import subjects from the previous operator's spreadsheet (CSV or .xlsx with Chinese column "
        "names). Bad rows are listed with their line numbers; the good ones are imported.");
    if (int code = HubCli::parseCommand(parser, args, description, out, err, true); code >= 0)
        return code;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        err << (files.isEmpty() ? HubCli::tr("Give the file to import.")
                                : HubCli::tr("Unexpected argument \"%1\".").arg(files.at(1)))
            << '\n';
        return 2;
    }
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty()) {
        err << HubCli::tr("Give the data folder with --data.") << '\n';
        return 2;
    }
    ImportOptions options;
    for (const QString &m : parser.values(QStringLiteral("map"))) {
        auto kv = keyValue(m);
        if (!kv) {
            err << HubCli::tr("--map needs a column and a field, such as 老人名字=name; \"%1\" is not one.")
                       .arg(m)
                << '\n';
            return 2;
        }
        options.headerMap.insert(kv->first, kv->second);
    }
    options.allOrNothing = parser.isSet(QStringLiteral("all-or-nothing"));
    options.encoding = parser.value(QStringLiteral("encoding")).trimmed().toLower();
    static const QStringList encodings{QStringLiteral("auto"), QStringLiteral("utf-8"),
                                       QStringLiteral("utf8"), QStringLiteral("gbk"),
                                       QStringLiteral("gb18030")};
    if (!encodings.contains(options.encoding)) {
        err << HubCli::tr("--encoding must be auto, utf-8 or gbk.") << '\n';
        return 2;
    }
    options.defaultAreaCode = parser.value(QStringLiteral("area-code")).trimmed();

    auto db = openData(dataDir);
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    WriteService writes(**db, audit);
    SubjectImporter importer(**db, writes);
    auto report = importer.importFile(files.first(), options, Actor::system(QStringLiteral("cli")));
    if (!report) {
        err << report.error().toString() << '\n';
        const QString field = report.error().field;
        return field == u"headerMap" || field == u"areaCode" || field == u"encoding" ? 2 : 1;
    }
    for (const RowProblem &w : report->warnings)
        out << HubCli::tr("warning: line %1: %2").arg(w.line).arg(problemText(w)) << '\n';
    for (const RowProblem &p : report->problems)
        out << HubCli::tr("line %1: %2").arg(p.line).arg(problemText(p)) << '\n';
    out << HubCli::tr("%1: rows read %2, imported %3, imported before %4, rejected %5.")
               .arg(QDir::toNativeSeparators(files.first()))
               .arg(report->rowsRead)
               .arg(report->imported)
               .arg(report->alreadyImported)
               .arg(report->rejected)
        << '\n';
    if (options.allOrNothing && report->rejected > 0)
        out << HubCli::tr("Nothing was imported: with --all-or-nothing every row must be good.") << '\n';
    out.flush();
    // Rows imported by an earlier run of the same file count as done: running an import again is safe.
    const bool complete = report->rowsRead > 0 && report->rejected == 0
                          && report->imported + report->alreadyImported == report->rowsRead;
    return complete ? 0 : 1;
}

int runExportSubjects(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption(dataOption());
    parser.addOption({QStringLiteral("to"), HubCli::tr("The CSV file to write."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("region"),
         HubCli::tr("Only subjects whose region code starts with these digits (4401, 440104001)."),
         QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("where"),
         HubCli::tr("Only subjects with this value (repeatable): category, status, careTier, "
                    "disabilityLevel, fundingSequence, sex, street, community, district, ageMin, "
                    "ageMax; such as category=低保 or status=在册|暂停."),
         QStringLiteral("key=value")});
    const QString description =
        HubCli::tr("Export subjects by region and condition to a CSV file that Excel opens and "
                   "import-subjects reads back.");
    if (int code = HubCli::parseCommand(parser, args, description, out, err); code >= 0)
        return code;
    const QString dataDir = parser.value(QStringLiteral("data"));
    if (dataDir.isEmpty()) {
        err << HubCli::tr("Give the data folder with --data.") << '\n';
        return 2;
    }
    const QString to = parser.value(QStringLiteral("to"));
    if (to.isEmpty()) {
        err << HubCli::tr("Give the file to write with --to.") << '\n';
        return 2;
    }
    ExportFilter filter;
    filter.regionPrefix = parser.value(QStringLiteral("region"));
    for (const QString &w : parser.values(QStringLiteral("where"))) {
        auto kv = keyValue(w);
        if (!kv) {
            err << HubCli::tr("--where needs a key and a value, such as category=低保; \"%1\" is not one.")
                       .arg(w)
                << '\n';
            return 2;
        }
        // The same key twice: either value matches.
        QString &value = filter.where[kv->first];
        value = value.isEmpty() ? kv->second : value + QLatin1Char('|') + kv->second;
    }

    auto db = openData(dataDir);
    if (!db) {
        err << db.error().toString() << '\n';
        return 1;
    }
    AuditLog audit(**db);
    auto count = exportSubjects(**db, to, filter, Actor::system(QStringLiteral("cli")), audit);
    if (!count) {
        err << count.error().toString() << '\n';
        return count.error().field == u"filter" ? 2 : 1;
    }
    out << HubCli::tr("%n subject(s) exported to %1.", nullptr, *count).arg(QDir::toNativeSeparators(to))
        << '\n';
    out.flush();
    return 0;
}

} // namespace safelink::hub
