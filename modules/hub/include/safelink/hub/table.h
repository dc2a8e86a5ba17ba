#pragma once

#include <safelink/core/result.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace safelink::hub {

// One data row of a spreadsheet. line: where the operator finds it — the physical line a CSV record
// starts on (the header is line 1 when the file starts with it), or the XLSX row number.
struct TableRow {
    int line = 0;
    QStringList cells; // as written, not trimmed; may be shorter than the header
};

// A spreadsheet as text: the header row and the non-blank rows after it.
struct Table {
    QStringList headers;
    QList<TableRow> rows;
    int headerLine = 1;
};

// Reads a CSV (RFC 4180; comma, or tab or semicolon when the header line has no comma) or the first
// worksheet of an .xlsx file, told apart by content. encoding (CSV only): "auto" (UTF-8 or UTF-16
// with a BOM, valid UTF-8, else GB18030), "utf-8", "gbk" or "gb18030". XLSX numbers stay the text
// Excel stored ("13982" for a date cell: the caller parses serial dates). Rows whose cells are all
// blank are skipped. Errors (ErrorCode::Io, Invalid or Unsupported) are translated and name the file.
Result<Table> readTable(const QString &path, const QString &encoding = QStringLiteral("auto"));

// Writes UTF-8 with a BOM (what Excel on Chinese Windows needs to read UTF-8), CRLF line ends,
// quoting only the cells that need it. Replaces the file atomically.
Status writeCsv(const QString &path, const QStringList &headers, const QList<QStringList> &rows);

} // namespace safelink::hub
