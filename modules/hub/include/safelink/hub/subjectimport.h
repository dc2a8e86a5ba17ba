#pragma once

#include <safelink/core/result.h>
#include <safelink/hub/actor.h>

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace safelink::store {
class Database;
}

namespace safelink::hub {

class AuditLog;
class WriteService;

struct ImportOptions {
    // Extra "their header" -> field key (SubjectImporter::fieldKeys(); "ignore" drops a column). Wins
    // over the built-in header names. Contact fields take a number: contactName2, contactPhone2, ...
    QMap<QString, QString> headerMap;
    bool allOrNothing = false;                      // one bad row and nothing is written
    QString defaultAreaCode = QStringLiteral("20"); // for local fixed-line numbers without an area code
    QString encoding = QStringLiteral("auto");      // CSV only: auto, utf-8, gbk
};

// What is wrong with a row (or, as a warning, with a column: line 1). field: the column header as the
// file has it, or our field key when no column holds the field.
struct RowProblem {
    int line = 0;
    QString field;
    QString reason;
};

struct ImportReport {
    int rowsRead = 0;           // data rows (blank ones not counted)
    int imported = 0;           // written now
    int rejected = 0;           // rows with problems (or refused by the database), not written
    int alreadyImported = 0;    // written by an earlier import of the same file, skipped now
    QList<RowProblem> problems; // every problem of every rejected row, in line order
    QList<RowProblem> warnings; // ignored columns and values; nothing was refused for them
};

// Imports subjects (服务对象) from the previous operator's spreadsheet: CSV (UTF-8 or GBK) or .xlsx
// with their Chinese column headers. Every row is checked before anything is written; the good rows
// are then written through the WriteService (change feed and audit log) in one transaction. Each row
// carries an idempotency key made of the file's hash and the line, so importing the same file again
// writes nothing twice.
class SubjectImporter {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::SubjectImporter)

public:
    SubjectImporter(store::Database &db, WriteService &writes);

    // Errors (the file as a whole): unreadable file, no 姓名 column, a bad header map, a role that may
    // not write subjects, a database failure. Bad rows are not errors: they are in the report.
    Result<ImportReport> importFile(const QString &path, const ImportOptions &options, const Actor &actor);

    // The field keys a header can be mapped to.
    static QStringList fieldKeys();

private:
    store::Database &m_db;
    WriteService &m_writes;
};

// Which subjects to export. where keys: category, status, careTier, disabilityLevel,
// fundingSequence, sex (values: the Chinese names the importer accepts, or the enum keys; several
// values separated by | match any), street, community, district (exact names), ageMin, ageMax
// (whole years today). regionPrefix: the leading digits of the region code (4401, 440104001).
struct ExportFilter {
    QString regionPrefix;
    QMap<QString, QString> where;
};

// Writes the matching subjects as CSV (UTF-8 with BOM) with the Chinese headers SubjectImporter
// reads, so that an export imports again. ID numbers, phones and region codes start with a tab so
// that Excel keeps them as text (an 18-digit number would lose its last digits); the importer trims
// it. Returns how many subjects were written. A bad filter (ErrorCode::Invalid, field "filter")
// writes nothing. One audit entry "export" with the file name, the filter and the count.
Result<int> exportSubjects(store::Database &db, const QString &path, const ExportFilter &filter,
                           const Actor &actor, AuditLog &audit);

} // namespace safelink::hub
