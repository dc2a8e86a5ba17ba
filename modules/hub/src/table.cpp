#include <safelink/hub/table.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <zip.h>

#include <memory>

namespace safelink::hub {

namespace {

class TableText {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::Table)

public:
    static QString missing(const QString &f) { return tr("The file %1 does not exist.").arg(f); }
    static QString unreadable(const QString &f, const QString &why)
    {
        return tr("The file %1 cannot be read: %2").arg(f, why);
    }
    static QString noHeader(const QString &f)
    {
        return tr("The file %1 has no header row: it is empty.").arg(f);
    }
    static QString notTable(const QString &f)
    {
        return tr("The file %1 is neither a CSV file nor an .xlsx workbook.").arg(f);
    }
    static QString oldExcel(const QString &f)
    {
        return tr("The file %1 is an old Excel .xls workbook or a password-protected one; open it in Excel, "
                  "save it as .xlsx or CSV, and import that.")
            .arg(f);
    }
    static QString notZip(const QString &f)
    {
        return tr("The file %1 is named .xlsx but is not an .xlsx workbook.").arg(f);
    }
    static QString badZip(const QString &f, const QString &why)
    {
        return tr("The file %1 is not a readable .xlsx workbook: %2").arg(f, why);
    }
    static QString noSheet(const QString &f) { return tr("The workbook %1 has no worksheet.").arg(f); }
    static QString badXml(const QString &f, const QString &part, const QString &why)
    {
        return tr("The workbook %1 is damaged (%2: %3).").arg(f, part, why);
    }
    static QString tooBig(const QString &f, const QString &part)
    {
        return tr("The workbook %1 is too large to import (%2).").arg(f, part);
    }
    static QString unknownEncoding(const QString &e)
    {
        return tr("Unknown encoding \"%1\": use auto, utf-8 or gbk.").arg(e);
    }
    static QString notUtf8(const QString &f)
    {
        return tr("The file %1 is not valid UTF-8 text; try the encoding gbk.").arg(f);
    }
    static QString notGbk(const QString &f)
    {
        return tr("The file %1 is not valid GBK/GB18030 text; try the encoding utf-8.").arg(f);
    }
    static QString unknownText(const QString &f)
    {
        return tr("The text encoding of %1 is neither UTF-8 nor GBK/GB18030.").arg(f);
    }
    static QString noGb18030() { return tr("This system cannot decode GB18030 text."); }
    static QString unclosedQuote(const QString &f, int line)
    {
        return tr("%1, line %2: a quoted cell is not closed (a \" is missing).").arg(f).arg(line);
    }
    static QString unwritable(const QString &f, const QString &why)
    {
        return tr("The file %1 cannot be written: %2").arg(f, why);
    }
};

// An .xlsx part bigger than this is refused (a 100,000-row sheet is well below it; a zip bomb not).
constexpr qint64 kMaxPartBytes = 512ll * 1024 * 1024;
constexpr int kMaxColumns = 16384; // Excel's XFD

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells) {
        if (!c.trimmed().isEmpty())
            return false;
    }
    return true;
}

// The first non-blank record is the header; blank ones are dropped.
Result<Table> toTable(QList<TableRow> records, const QString &path)
{
    Table table;
    bool haveHeader = false;
    for (TableRow &r : records) {
        if (isBlank(r.cells))
            continue;
        if (!haveHeader) {
            table.headers = std::move(r.cells);
            table.headerLine = r.line;
            haveHeader = true;
        } else {
            table.rows.append(std::move(r));
        }
    }
    if (!haveHeader)
        return makeError(ErrorCode::Invalid, TableText::noHeader(shown(path)));
    return table;
}

// ---- CSV ----------------------------------------------------------------------------------------

Result<QString> decodeStrict(QStringDecoder &decoder, const QByteArray &bytes)
{
    QString text = decoder(bytes);
    if (decoder.hasError())
        return makeError(ErrorCode::Invalid, QString());
    return text;
}

Result<QString> decode(const QByteArray &bytes, const QString &encoding, const QString &path)
{
    const QString enc = encoding.trimmed().toLower();
    const bool utf8Bom = bytes.startsWith("\xEF\xBB\xBF");
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    auto gb18030 = [&]() -> Result<QString> {
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        if (!gb.isValid())
            return makeError(ErrorCode::Unsupported, TableText::noGb18030());
        return decodeStrict(gb, bytes);
    };
    if (enc.isEmpty() || enc == u"auto") {
        if (utf8Bom)
            return QString(utf8(bytes.mid(3)));
        if (bytes.startsWith("\xFF\xFE")) { // Excel's "Unicode text" export
            QStringDecoder d(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
            return QString(d(bytes.mid(2)));
        }
        if (bytes.startsWith("\xFE\xFF")) {
            QStringDecoder d(QStringDecoder::Utf16BE, QStringDecoder::Flag::Stateless);
            return QString(d(bytes.mid(2)));
        }
        if (auto text = decodeStrict(utf8, bytes))
            return text;
        auto text = gb18030();
        if (!text && text.error().code == ErrorCode::Unsupported)
            return text;
        if (!text)
            return makeError(ErrorCode::Invalid, TableText::unknownText(shown(path)));
        return text;
    }
    if (enc == u"utf-8" || enc == u"utf8") {
        auto text = decodeStrict(utf8, utf8Bom ? bytes.mid(3) : bytes);
        if (!text)
            return makeError(ErrorCode::Invalid, TableText::notUtf8(shown(path)));
        return text;
    }
    if (enc == u"gbk" || enc == u"gb2312" || enc == u"gb18030" || enc == u"cp936") {
        // GB18030 is a superset of GBK and GB2312.
        auto text = gb18030();
        if (!text && text.error().code != ErrorCode::Unsupported)
            return makeError(ErrorCode::Invalid, TableText::notGbk(shown(path)));
        return text;
    }
    return makeError(ErrorCode::Invalid, TableText::unknownEncoding(encoding), QStringLiteral("encoding"));
}

// The delimiter: a comma, unless the header record has none outside quotes; then a tab or semicolon.
QChar detectDelimiter(const QString &text)
{
    bool quoted = false;
    bool seenContent = false;
    int tabs = 0;
    int semicolons = 0;
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == u',')
                return u',';
            if (c == u'\t')
                ++tabs;
            else if (c == u';')
                ++semicolons;
            else if (c == u'\n' || c == u'\r') {
                if (seenContent)
                    break;
                continue;
            }
        }
        seenContent = true;
    }
    if (tabs > 0 && tabs >= semicolons)
        return u'\t';
    if (semicolons > 0)
        return u';';
    return u',';
}

Result<QList<TableRow>> parseCsv(const QString &text, const QString &path)
{
    const QChar delimiter = detectDelimiter(text);
    QList<TableRow> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        TableRow record;
        record.line = line;
        for (;;) {
            QString field;
            if (text[i] == u'"') {
                const int fieldLine = line;
                ++i;
                bool closed = false;
                while (i < n) {
                    const QChar c = text[i];
                    if (c == u'"') {
                        if (i + 1 < n && text[i + 1] == u'"') {
                            field += u'"';
                            i += 2;
                            continue;
                        }
                        ++i;
                        closed = true;
                        break;
                    }
                    if (c == u'\r' || c == u'\n') {
                        // Embedded line breaks count as physical lines; CRLF becomes LF.
                        if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                            ++i;
                        ++line;
                        field += u'\n';
                        ++i;
                        continue;
                    }
                    field += c;
                    ++i;
                }
                if (!closed)
                    return makeError(ErrorCode::Invalid, TableText::unclosedQuote(shown(path), fieldLine));
                // Lenient: text after the closing quote belongs to the cell ("abc"def -> abcdef).
                const qsizetype start = i;
                while (i < n && text[i] != delimiter && text[i] != u'\n' && text[i] != u'\r')
                    ++i;
                field += QStringView(text).mid(start, i - start);
            } else {
                const qsizetype start = i;
                while (i < n && text[i] != delimiter && text[i] != u'\n' && text[i] != u'\r')
                    ++i;
                field = text.mid(start, i - start);
            }
            record.cells.append(field);
            if (i < n && text[i] == delimiter) {
                ++i;
                if (i < n)
                    continue;
                record.cells.append(QString()); // a delimiter at the very end of the file
                break;
            }
            if (i < n) { // end of the record
                if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                    ++i;
                ++i;
                ++line;
            }
            break;
        }
        records.append(std::move(record));
    }
    return records;
}

// ---- XLSX ---------------------------------------------------------------------------------------

struct ZipDiscard {
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipDiscard>;

class Workbook {
public:
    Workbook(zip_t *zip, QString path)
        : m_zip(zip)
        , m_path(std::move(path))
    {
    }

    // The part's bytes; NotFound when the archive does not have it.
    Result<QByteArray> part(const QString &name)
    {
        const QByteArray n = name.toUtf8();
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat(m_zip, n.constData(), 0, &st) != 0)
            return makeError(ErrorCode::NotFound, name);
        if (!(st.valid & ZIP_STAT_SIZE) || st.size > quint64(kMaxPartBytes))
            return makeError(ErrorCode::Invalid, TableText::tooBig(shown(m_path), name));
        zip_file_t *f = zip_fopen(m_zip, n.constData(), 0);
        if (!f)
            return makeError(ErrorCode::Invalid,
                             TableText::badZip(shown(m_path), QString::fromLocal8Bit(zip_strerror(m_zip))));
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(f, data.data(), st.size);
        const QString why = read < 0 ? QString::fromLocal8Bit(zip_file_strerror(f)) : QString();
        zip_fclose(f);
        if (read != zip_int64_t(st.size))
            return makeError(ErrorCode::Invalid,
                             TableText::badZip(shown(m_path), why.isEmpty() ? name : why));
        return data;
    }

    Error xmlError(const QString &partName, const QXmlStreamReader &x) const
    {
        return makeError(ErrorCode::Invalid, TableText::badXml(shown(m_path), partName, x.errorString()));
    }

private:
    zip_t *m_zip;
    QString m_path;
};

// Text of <si> or <is>: the <t> runs, without phonetic guides (<rPh>).
QString richText(QXmlStreamReader &x)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !x.atEnd()) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (x.name() == u"rPh" || x.name() == u"phoneticPr") {
                x.skipCurrentElement();
            } else if (x.name() == u"t") {
                text += x.readElementText(QXmlStreamReader::IncludeChildElements);
            } else {
                ++depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return text;
}

// A part name relative to xl/ from a relationship target ("worksheets/sheet1.xml", "/xl/...").
QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    QString t = target;
    QString base = QStringLiteral("xl/");
    while (t.startsWith(QLatin1String("../"))) {
        t = t.mid(3);
        base.clear();
    }
    return base + t;
}

QString attributeByLocalName(const QXmlStreamAttributes &attributes, QStringView localName)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == localName && !a.prefix().isEmpty())
            return a.value().toString();
    }
    return {};
}

// "BC12" -> 54 (0-based column); -1 when there are no letters.
int columnOf(QStringView ref)
{
    int col = 0;
    qsizetype i = 0;
    for (; i < ref.size(); ++i) {
        const QChar c = ref[i].toUpper();
        if (c < u'A' || c > u'Z')
            break;
        col = col * 26 + (c.unicode() - 'A' + 1);
        if (col > kMaxColumns)
            return -1;
    }
    return i == 0 ? -1 : col - 1;
}

Result<QList<TableRow>> readXlsx(const QString &path)
{
    int zipError = 0;
    ZipPtr zip(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &zipError));
    if (!zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, zipError);
        const QString why = QString::fromLocal8Bit(zip_error_strerror(&e));
        zip_error_fini(&e);
        return makeError(ErrorCode::Invalid, TableText::badZip(shown(path), why));
    }
    Workbook book(zip.get(), path);

    // Which part is the first worksheet, and where the shared strings are.
    QString sheetPart;
    QString stringsPart = QStringLiteral("xl/sharedStrings.xml");
    auto workbookXml = book.part(QStringLiteral("xl/workbook.xml"));
    if (!workbookXml && workbookXml.error().code != ErrorCode::NotFound)
        return workbookXml.error();
    if (!workbookXml) // a zip, but not a workbook (a .docx, an archive of CSVs, ...)
        return makeError(ErrorCode::Invalid, TableText::notTable(shown(path)));
    QString firstSheetRel;
    {
        QXmlStreamReader x(*workbookXml);
        while (!x.atEnd()) {
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"sheet") {
                firstSheetRel = attributeByLocalName(x.attributes(), u"id");
                break;
            }
        }
        if (x.hasError())
            return book.xmlError(QStringLiteral("xl/workbook.xml"), x);
    }
    if (auto rels = book.part(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader x(*rels);
        while (!x.atEnd()) {
            if (x.readNext() != QXmlStreamReader::StartElement || x.name() != u"Relationship")
                continue;
            const QXmlStreamAttributes a = x.attributes();
            const QString target = resolveTarget(a.value(QLatin1String("Target")).toString());
            if (!firstSheetRel.isEmpty() && a.value(QLatin1String("Id")) == firstSheetRel)
                sheetPart = target;
            else if (a.value(QLatin1String("Type")).endsWith(u"/sharedStrings"))
                stringsPart = target;
        }
        if (x.hasError())
            return book.xmlError(QStringLiteral("xl/_rels/workbook.xml.rels"), x);
    } else if (rels.error().code != ErrorCode::NotFound) {
        return rels.error();
    }
    if (sheetPart.isEmpty())
        sheetPart = QStringLiteral("xl/worksheets/sheet1.xml");

    QStringList shared;
    if (auto strings = book.part(stringsPart)) {
        QXmlStreamReader x(*strings);
        while (!x.atEnd()) {
            if (x.readNext() == QXmlStreamReader::StartElement && x.name() == u"si")
                shared.append(richText(x));
        }
        if (x.hasError())
            return book.xmlError(stringsPart, x);
    } else if (strings.error().code != ErrorCode::NotFound) {
        return strings.error();
    }

    auto sheet = book.part(sheetPart);
    if (!sheet) {
        if (sheet.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::Invalid, TableText::noSheet(shown(path)));
        return sheet.error();
    }

    QList<TableRow> rows;
    QXmlStreamReader x(*sheet);
    int rowNumber = 0;
    TableRow row;
    bool inRow = false;
    int nextColumn = 0;
    while (!x.atEnd()) {
        const auto token = x.readNext();
        if (token == QXmlStreamReader::EndElement && x.name() == u"row") {
            rows.append(std::move(row));
            row = TableRow();
            inRow = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (x.name() == u"row") {
            bool ok = false;
            const int r = x.attributes().value(QLatin1String("r")).toInt(&ok);
            rowNumber = ok && r > 0 ? r : rowNumber + 1;
            row.line = rowNumber;
            row.cells.clear();
            inRow = true;
            nextColumn = 0;
        } else if (x.name() == u"c" && inRow) {
            const QXmlStreamAttributes a = x.attributes();
            int col = columnOf(a.value(QLatin1String("r")));
            if (col < 0)
                col = nextColumn;
            nextColumn = col + 1;
            const QStringView type = a.value(QLatin1String("t"));
            QString value;
            QString inlineText;
            bool haveInline = false;
            while (!x.atEnd()) {
                const auto t = x.readNext();
                if (t == QXmlStreamReader::EndElement && x.name() == u"c")
                    break;
                if (t != QXmlStreamReader::StartElement)
                    continue;
                if (x.name() == u"v") {
                    value = x.readElementText();
                } else if (x.name() == u"is") {
                    inlineText = richText(x);
                    haveInline = true;
                } else {
                    x.skipCurrentElement(); // <f> formulas, <extLst>
                }
            }
            QString text;
            if (type == u"s") {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (ok && index >= 0 && index < shared.size())
                    text = shared[index];
            } else if (type == u"inlineStr" || haveInline) {
                text = haveInline ? inlineText : value;
            } else {
                text = value; // numbers, booleans, errors, formula strings: as Excel stored them
            }
            if (col < kMaxColumns && !text.isEmpty()) {
                while (row.cells.size() <= col)
                    row.cells.append(QString());
                row.cells[col] = text;
            }
        }
    }
    if (x.hasError())
        return book.xmlError(sheetPart, x);
    return rows;
}

} // namespace

Result<Table> readTable(const QString &path, const QString &encoding)
{
    QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::Io, TableText::missing(shown(path)));
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, TableText::unreadable(shown(path), file.errorString()));
    const QByteArray head = file.peek(8);
    const QString suffix = info.suffix().toLower();
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        auto rows = readXlsx(path);
        if (!rows)
            return rows.error();
        return toTable(std::move(rows).value(), path);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return makeError(ErrorCode::Unsupported, TableText::oldExcel(shown(path)));
    if (suffix == u"xlsx" || suffix == u"xlsm")
        return makeError(ErrorCode::Invalid, TableText::notZip(shown(path)));

    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, TableText::unreadable(shown(path), file.errorString()));
    // Text files have no NUL bytes, except UTF-16 (which starts with a BOM).
    if (!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF") && bytes.left(65536).contains('\0'))
        return makeError(ErrorCode::Invalid, TableText::notTable(shown(path)));
    auto text = decode(bytes, encoding, path);
    if (!text)
        return text.error();
    QString content = std::move(text).value();
    if (content.startsWith(QChar(0xFEFF)))
        content.remove(0, 1);
    auto records = parseCsv(content, path);
    if (!records)
        return records.error();
    return toTable(std::move(records).value(), path);
}

namespace {
QString csvField(const QString &value)
{
    bool quote = false;
    for (QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r' || c == u';') {
            quote = true;
            break;
        }
    }
    if (!quote && !value.isEmpty() && (value.front().isSpace() || value.back().isSpace()))
        quote = true;
    if (!quote)
        return value;
    QString out = value;
    out.replace(QLatin1String("\""), QLatin1String("\"\""));
    return u'"' + out + u'"';
}

void appendRecord(QString &out, const QStringList &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += u',';
        out += csvField(cells[i]);
    }
    out += QLatin1String("\r\n");
}
} // namespace

Status writeCsv(const QString &path, const QStringList &headers, const QList<QStringList> &rows)
{
    QString text;
    appendRecord(text, headers);
    for (const QStringList &r : rows)
        appendRecord(text, r);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, TableText::unwritable(shown(path), file.errorString()));
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return makeError(ErrorCode::Io, TableText::unwritable(shown(path), file.errorString()));
    return {};
}

} // namespace safelink::hub
