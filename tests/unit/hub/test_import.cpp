#include "samples.h"
#include "testutil.h"

#include <safelink/hub/auditlog.h>
#include <safelink/hub/changefeed.h>
#include <safelink/hub/subjectimport.h>
#include <safelink/hub/table.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>

#include <gtest/gtest.h>
#include <zip.h>

#include <iostream>
#include <memory>

using namespace safelink;
using namespace safelink::core;
using namespace safelink::hub;
using namespace safelink::test;

namespace {

QString id(const char *birth, int seq, const char *region = "440104")
{
    return residentId(QString::fromLatin1(region), QDate::fromString(QString::fromLatin1(birth), Qt::ISODate),
                      seq);
}

// The same number with its check character changed.
QString wrongCheck(const QString &number)
{
    const QChar c = number.back() == u'1' ? u'2' : u'1';
    return number.left(17) + c;
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void writeUtf8(const QString &path, const QString &text, bool bom)
{
    writeBytes(path, (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8());
}

void writeGbk(const QString &path, const QString &text)
{
    QStringEncoder gb("GB18030");
    ASSERT_TRUE(gb.isValid());
    QByteArray bytes = gb(text);
    ASSERT_FALSE(gb.hasError());
    writeBytes(path, bytes);
}

// A real, minimal .xlsx: the parts Excel itself needs, written with libzip.
void writeXlsx(const QString &path, const QStringList &sharedStrings, const QString &sheetData)
{
    QString sst = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                                 "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                 "count=\"%1\" uniqueCount=\"%1\">")
                      .arg(sharedStrings.size());
    for (const QString &s : sharedStrings)
        sst += QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(s.toHtmlEscaped());
    sst += QStringLiteral("</sst>");
    const QList<std::pair<const char *, QByteArray>> parts{
        {"[Content_Types].xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/xl/workbook.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
         "<Override PartName=\"/xl/worksheets/sheet1.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
         "<Override PartName=\"/xl/sharedStrings.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
         "</Types>"},
        {"_rels/.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
         "Target=\"xl/workbook.xml\"/></Relationships>"},
        {"xl/workbook.xml",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
         "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
         "<sheets><sheet name=\"服务对象\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {"xl/_rels/workbook.xml.rels",
         "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
         "Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
         "Target=\"sharedStrings.xml\"/></Relationships>"},
        {"xl/worksheets/sheet1.xml",
         (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                         "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                         "<sheetData>")
          + sheetData + QStringLiteral("</sheetData></worksheet>"))
             .toUtf8()},
        {"xl/sharedStrings.xml", sst.toUtf8()},
    };
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    ASSERT_NE(zip, nullptr);
    for (const auto &[name, data] : parts) {
        // The buffers live in `parts` until zip_close has written them.
        zip_source_t *src = zip_source_buffer(zip, data.constData(), zip_uint64_t(data.size()), 0);
        ASSERT_NE(src, nullptr);
        ASSERT_GE(zip_file_add(zip, name, src, ZIP_FL_ENC_UTF_8), 0) << name;
    }
    ASSERT_EQ(zip_close(zip), 0);
}

// Excel's serial day number of a date.
int excelSerial(const QDate &d)
{
    return int(QDate(1899, 12, 30).daysTo(d));
}

bool hasProblem(const ImportReport &r, int line, const char *reasonPart, const char *field = nullptr)
{
    for (const RowProblem &p : r.problems) {
        if (p.line == line && p.reason.contains(QString::fromUtf8(reasonPart), Qt::CaseInsensitive)
            && (!field || p.field == QString::fromUtf8(field)))
            return true;
    }
    return false;
}

std::string describe(const ImportReport &r)
{
    QString s = QStringLiteral("read %1 imported %2 already %3 rejected %4\n")
                    .arg(r.rowsRead)
                    .arg(r.imported)
                    .arg(r.alreadyImported)
                    .arg(r.rejected);
    for (const RowProblem &p : r.problems)
        s += QStringLiteral("  line %1: %2: %3\n").arg(p.line).arg(p.field, p.reason);
    for (const RowProblem &p : r.warnings)
        s += QStringLiteral("  warning line %1: %2: %3\n").arg(p.line).arg(p.field, p.reason);
    return s.toStdString();
}

struct Hub {
    std::unique_ptr<store::Database> db;
    std::unique_ptr<AuditLog> audit;
    std::unique_ptr<WriteService> writes;

    explicit Hub(const QString &path)
    {
        auto opened = store::Database::open(store::DatabaseConfig{.path = path});
        EXPECT_TRUE(opened.ok());
        db = std::move(opened).value();
        EXPECT_TRUE(db->migrate().ok());
        audit = std::make_unique<AuditLog>(*db);
        writes = std::make_unique<WriteService>(*db, *audit);
    }

    Result<ImportReport> import(const QString &file, const ImportOptions &options = {})
    {
        SubjectImporter importer(*db, *writes);
        return importer.importFile(file, options, Actor::system(QStringLiteral("test")));
    }

    std::optional<Subject> byId(const QString &number)
    {
        store::SubjectRepository repo(*db);
        auto found = repo.findByResidentId(number);
        if (!found || found->size() != 1)
            return std::nullopt;
        return found->first();
    }

    qint64 subjects() { return store::SubjectRepository(*db).count().valueOr(-1); }
    qint64 seq() { return ChangeFeed(*db).latestSeq().valueOr(-1); }
};

QStringList canonicalPhones(const QList<ContactPhone> &phones)
{
    QStringList out;
    for (const ContactPhone &p : phones)
        out.append(p.number.canonical()
                   + (p.number.extension().isEmpty() ? QString() : u'#' + p.number.extension()));
    return out;
}

} // namespace

class Import : public ::testing::Test {
protected:
    void SetUp() override { m_hub = std::make_unique<Hub>(m_dir.file(QStringLiteral("hub.sqlite"))); }

    ImportReport importOk(const QString &file, const ImportOptions &options = {})
    {
        auto r = m_hub->import(file, options);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString().toStdString());
        return r.valueOr(ImportReport{});
    }

    TempDir m_dir;
    std::unique_ptr<Hub> m_hub;
};

// ---- reading tables -------------------------------------------------------------------------

TEST(Table, CsvQuotingAndPhysicalLines)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("t.csv"));
    writeUtf8(path,
              QStringLiteral("姓名,地址,备注\r\n"
                             "张三,\"北京路1号,3栋\",普通\r\n"
                             "\r\n"
                             "李四,北京路2号,\"第一行\r\n第二行\n第三行\"\r\n"
                             "\"王\"\"五\",\"\",\r\n"
                             ",,\r\n"
                             "赵六,x,y"),
              true);
    auto t = readTable(path);
    ASSERT_TRUE(t.ok()) << t.error().toString().toStdString();
    EXPECT_EQ(t->headers,
              (QStringList{QStringLiteral("姓名"), QStringLiteral("地址"), QStringLiteral("备注")}));
    ASSERT_EQ(t->rows.size(), 4);
    EXPECT_EQ(t->rows[0].line, 2);
    EXPECT_EQ(t->rows[0].cells[1], QStringLiteral("北京路1号,3栋"));
    EXPECT_EQ(t->rows[1].line, 4); // line 3 is blank
    EXPECT_EQ(t->rows[1].cells[2], QStringLiteral("第一行\n第二行\n第三行"));
    EXPECT_EQ(t->rows[2].line, 7);
    EXPECT_EQ(t->rows[2].cells[0], QStringLiteral("王\"五"));
    EXPECT_EQ(t->rows[3].line, 9); // the all-empty ",," record on line 8 is skipped
    EXPECT_EQ(t->rows[3].cells,
              (QStringList{QStringLiteral("赵六"), QStringLiteral("x"), QStringLiteral("y")}));
}

TEST(Table, TabAndSemicolonDelimiters)
{
    TempDir dir;
    writeUtf8(dir.file(QStringLiteral("tab.csv")), QStringLiteral("姓名\t备注\n张三\ta,b\n"), false);
    auto t = readTable(dir.file(QStringLiteral("tab.csv")));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->rows[0].cells, (QStringList{QStringLiteral("张三"), QStringLiteral("a,b")}));
    writeUtf8(dir.file(QStringLiteral("semi.csv")), QStringLiteral("姓名;备注\n张三;\"a;b\"\n"), false);
    t = readTable(dir.file(QStringLiteral("semi.csv")));
    ASSERT_TRUE(t.ok());
    EXPECT_EQ(t->rows[0].cells, (QStringList{QStringLiteral("张三"), QStringLiteral("a;b")}));
}

TEST(Table, Encodings)
{
    TempDir dir;
    const QString text = QStringLiteral("姓名,备注\n陈桂英,独居老人，住六楼\n");
    writeGbk(dir.file(QStringLiteral("gbk.csv")), text);
    for (const char *enc : {"auto", "gbk", "gb18030"}) {
        auto t = readTable(dir.file(QStringLiteral("gbk.csv")), QString::fromLatin1(enc));
        ASSERT_TRUE(t.ok()) << enc;
        EXPECT_EQ(t->rows[0].cells[1], QStringLiteral("独居老人，住六楼")) << enc;
    }
    auto wrong = readTable(dir.file(QStringLiteral("gbk.csv")), QStringLiteral("utf-8"));
    ASSERT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("UTF-8")));
    auto unknown = readTable(dir.file(QStringLiteral("gbk.csv")), QStringLiteral("latin9"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::Invalid);

    // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated.
    QByteArray utf16("\xFF\xFE");
    const QString tsv = QStringLiteral("姓名\t备注\r\n张三\t无\r\n");
    utf16.append(reinterpret_cast<const char *>(tsv.utf16()), tsv.size() * 2);
    writeBytes(dir.file(QStringLiteral("unicode.txt")), utf16);
    auto u = readTable(dir.file(QStringLiteral("unicode.txt")));
    ASSERT_TRUE(u.ok());
    EXPECT_EQ(u->rows[0].cells, (QStringList{QStringLiteral("张三"), QStringLiteral("无")}));
}

TEST(Table, WriteCsvHasBomAndQuotesAndReadsBack)
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("out.csv"));
    const QList<QStringList> rows{
        {QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("1\n2")},
        {QStringLiteral("plain"), QString(), QStringLiteral(" padded ")}};
    ASSERT_TRUE(
        writeCsv(path, {QStringLiteral("甲"), QStringLiteral("乙"), QStringLiteral("丙")}, rows).ok());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\"a,b\",\"say \"\"hi\"\"\",\"1\n2\"\r\n"));
    auto t = readTable(path);
    ASSERT_TRUE(t.ok());
    ASSERT_EQ(t->rows.size(), 2);
    EXPECT_EQ(t->rows[0].cells, rows[0]);
    EXPECT_EQ(t->rows[1].cells, rows[1]);
    EXPECT_EQ(t->rows[1].line, 4);
}

TEST(Table, BadFiles)
{
    TempDir dir;
    auto missing = readTable(dir.file(QStringLiteral("nope.csv")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("nope.csv")));

    writeBytes(dir.file(QStringLiteral("empty.csv")), "\xEF\xBB\xBF\r\n\r\n");
    auto empty = readTable(dir.file(QStringLiteral("empty.csv")));
    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().message.contains(QStringLiteral("header")));

    writeBytes(dir.file(QStringLiteral("binary.csv")), QByteArray("\x01\x02\x00\x00\xFFpicture", 12));
    auto binary = readTable(dir.file(QStringLiteral("binary.csv")));
    ASSERT_FALSE(binary.ok());
    EXPECT_TRUE(binary.error().message.contains(QStringLiteral("neither")));

    writeBytes(dir.file(QStringLiteral("broken.xlsx")), "PK\x03\x04 this is not really a zip archive");
    auto broken = readTable(dir.file(QStringLiteral("broken.xlsx")));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().message.contains(QStringLiteral("not a readable .xlsx")));

    writeUtf8(dir.file(QStringLiteral("renamed.xlsx")), QStringLiteral("姓名\n张三\n"), false);
    auto renamed = readTable(dir.file(QStringLiteral("renamed.xlsx")));
    ASSERT_FALSE(renamed.ok());

    writeBytes(dir.file(QStringLiteral("old.xls")), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10));
    auto old = readTable(dir.file(QStringLiteral("old.xls")));
    ASSERT_FALSE(old.ok());
    EXPECT_EQ(old.error().code, ErrorCode::Unsupported);

    writeUtf8(dir.file(QStringLiteral("open.csv")), QStringLiteral("姓名,备注\n张三,\"never closed\n"),
              false);
    auto open = readTable(dir.file(QStringLiteral("open.csv")));
    ASSERT_FALSE(open.ok());
    EXPECT_TRUE(open.error().message.contains(QStringLiteral("line 2")));
}

// ---- importing ------------------------------------------------------------------------------

TEST_F(Import, Utf8WithAndWithoutBom)
{
    const QString id1 = id("1938-04-12", 122);
    const QString id2 = id("1941-11-03", 231);
    const QString id3 = id("1936-01-20", 316);
    const QString header =
        QStringLiteral("姓名,性别,出生日期,身份证号码,联系电话,居住地址,街道,社区,区划代码,"
                       "紧急联系人,紧急联系人电话,关系,类别,关爱等级,状态\n");
    writeUtf8(
        m_dir.file(QStringLiteral("bom.csv")),
        header
            + QStringLiteral("陈桂英,女,1938-04-12,%1,13802223344,北京路238号3栋502房,北京街道,盐运西社区,"
                             "440104001002,李秀兰,13911112222,女儿,低保;独居,特殊关爱,在册\n"
                             "黄伯,,,%2,020-83001234,北京路1号,北京街道,盐运西社区,440104001002,"
                             "黄小明,13911113333,儿子,特困,重点探访,在册\n")
                  .arg(id1, id2),
        true);
    writeUtf8(m_dir.file(QStringLiteral("plain.csv")),
              header
                  + QStringLiteral("梁婆婆,女,1936/1/20,%1,83004321,文德路5号,大塘街道,文德社区,440104005001,"
                                   "梁伟,13511112222,儿子,低保户,普通巡访,在册\n")
                        .arg(id3),
              false);

    const qint64 seq0 = m_hub->seq();
    ImportReport a = importOk(m_dir.file(QStringLiteral("bom.csv")));
    EXPECT_EQ(a.rowsRead, 2) << describe(a);
    EXPECT_EQ(a.imported, 2) << describe(a);
    EXPECT_EQ(a.rejected, 0) << describe(a);
    ImportReport b = importOk(m_dir.file(QStringLiteral("plain.csv")));
    EXPECT_EQ(b.imported, 1) << describe(b);
    EXPECT_EQ(m_hub->subjects(), 3);
    EXPECT_EQ(m_hub->seq(), seq0 + 3);

    auto chen = m_hub->byId(id1);
    ASSERT_TRUE(chen);
    EXPECT_EQ(chen->name, QStringLiteral("陈桂英"));
    EXPECT_EQ(chen->meta.version, 1);
    EXPECT_EQ(chen->sex, Sex::Female);
    EXPECT_EQ(chen->birthDate, QDate(1938, 4, 12));
    EXPECT_EQ(canonicalPhones(chen->phones), QStringList{QStringLiteral("+8613802223344")});
    EXPECT_EQ(chen->address.street, QStringLiteral("北京街道"));
    EXPECT_EQ(chen->address.regionCode, QStringLiteral("440104001002"));
    EXPECT_EQ(chen->categories,
              (QList<SubjectCategory>{SubjectCategory::Dibao, SubjectCategory::LivingAlone}));
    EXPECT_EQ(chen->careTier, CareTier::SpecialCare);
    ASSERT_EQ(chen->contacts.size(), 1);
    EXPECT_EQ(chen->contacts[0].name, QStringLiteral("李秀兰"));
    EXPECT_EQ(chen->contacts[0].relationship, Relationship::Daughter);
    EXPECT_EQ(canonicalPhones(chen->contacts[0].phones), QStringList{QStringLiteral("+8613911112222")});

    auto huang = m_hub->byId(id2); // sex and birth date from the ID number
    ASSERT_TRUE(huang);
    EXPECT_EQ(huang->sex, Sex::Male);
    EXPECT_EQ(huang->birthDate, QDate(1941, 11, 3));
    EXPECT_EQ(canonicalPhones(huang->phones), QStringList{QStringLiteral("+862083001234")});
    EXPECT_EQ(huang->categories, QList<SubjectCategory>{SubjectCategory::DispersedExtremePoverty});

    auto liang = m_hub->byId(id3);
    ASSERT_TRUE(liang);
    EXPECT_EQ(liang->birthDate, QDate(1936, 1, 20));
    EXPECT_EQ(canonicalPhones(liang->phones), QStringList{QStringLiteral("+862083004321")}); // area code 20
    EXPECT_EQ(liang->categories, QList<SubjectCategory>{SubjectCategory::Dibao});

    // The change feed carries the writes, and the audit log the import.
    auto changes = ChangeFeed(*m_hub->db).since(seq0, 10);
    ASSERT_TRUE(changes.ok());
    ASSERT_EQ(changes->size(), 3);
    EXPECT_EQ(changes->at(0).kind, RecordKind::Subject);
    EXPECT_TRUE(changes->at(0).idempotencyKey.startsWith(QStringLiteral("import:")));
    EXPECT_TRUE(changes->at(0).idempotencyKey.endsWith(QStringLiteral(":2")));
    auto audit = m_hub->audit->query({}, {}, 50);
    ASSERT_TRUE(audit.ok());
    int imports = 0;
    for (const AuditEntry &e : *audit) {
        if (e.action == QStringLiteral("import")) {
            ++imports;
            EXPECT_TRUE(e.detail.contains(QStringLiteral("imported=")));
        }
    }
    EXPECT_EQ(imports, 2);
}

TEST_F(Import, GbkCsv)
{
    const QString id1 = id("1940-02-29", 45);
    writeGbk(m_dir.file(QStringLiteral("gbk.csv")),
             QStringLiteral("姓名,身份证号,手机,地址,类别,健康状况,用药,过敏史,语言\r\n"
                            "何婆婆,%1,13622223333,龙津西路12号,分散特困供养、独居,高血压；糖尿病,"
                            "硝苯地平缓释片、二甲双胍,青霉素,粤语 普通话\r\n")
                 .arg(id1));
    ImportReport r = importOk(m_dir.file(QStringLiteral("gbk.csv")));
    ASSERT_EQ(r.imported, 1) << describe(r);
    auto he = m_hub->byId(id1);
    ASSERT_TRUE(he);
    EXPECT_EQ(he->name, QStringLiteral("何婆婆"));
    EXPECT_EQ(he->address.detail, QStringLiteral("龙津西路12号"));
    EXPECT_EQ(he->categories, (QList<SubjectCategory>{SubjectCategory::DispersedExtremePoverty,
                                                      SubjectCategory::LivingAlone}));
    EXPECT_EQ(he->healthNotes, QStringLiteral("高血压；糖尿病"));
    EXPECT_EQ(he->medications, (QStringList{QStringLiteral("硝苯地平缓释片"), QStringLiteral("二甲双胍")}));
    EXPECT_EQ(he->allergies, QStringList{QStringLiteral("青霉素")});
    EXPECT_EQ(he->languages, (QStringList{QStringLiteral("粤语"), QStringLiteral("普通话")}));

    // Told the wrong encoding: the file is refused as a whole.
    ImportOptions utf8;
    utf8.encoding = QStringLiteral("utf-8");
    auto wrong = m_hub->import(m_dir.file(QStringLiteral("gbk.csv")), utf8);
    EXPECT_FALSE(wrong.ok());
}

TEST_F(Import, XlsxWithSharedStringsNumbersAndGaps)
{
    const QString id1 = id("1938-04-12", 122);
    const QString id2 = id("1945-07-01", 202);
    // Shared strings 0..9; row 3 has no C cell (an empty cell is simply absent) and an inline string.
    const QStringList shared{QStringLiteral("姓名"),      QStringLiteral("身份证号码"),
                             QStringLiteral("出生日期"),  QStringLiteral("联系电话"),
                             QStringLiteral("对象类别"),  QStringLiteral("陈桂英"),
                             QStringLiteral("低保;独居"), id1,
                             QStringLiteral("特困"),      QStringLiteral("关爱等级")};
    const QString sheet =
        QStringLiteral(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
            "<c r=\"E1\" t=\"s\"><v>4</v></c><c r=\"F1\" t=\"s\"><v>9</v></c></row>"
            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c><c r=\"B2\" t=\"s\"><v>7</v></c>"
            "<c r=\"C2\" s=\"1\"><v>%1</v></c><c r=\"D2\"><v>13802223344</v></c>"
            "<c r=\"E2\" t=\"s\"><v>6</v></c><c r=\"F2\" t=\"inlineStr\"><is><t>特殊关爱</t></is></c></row>"
            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><r><t>黄</t></r><r><t>伯</t></r></is></c>"
            "<c r=\"B4\" t=\"str\"><f>A1</f><v>%2</v></c>"
            "<c r=\"D4\"><v>83001234</v></c><c r=\"E4\" t=\"s\"><v>8</v></c></row>")
            .arg(excelSerial(QDate(1938, 4, 12)))
            .arg(id2);
    const QString path = m_dir.file(QStringLiteral("old.xlsx"));
    writeXlsx(path, shared, sheet);

    auto table = readTable(path);
    ASSERT_TRUE(table.ok()) << table.error().toString().toStdString();
    EXPECT_EQ(table->headers.size(), 6);
    ASSERT_EQ(table->rows.size(), 2);
    EXPECT_EQ(table->rows[0].line, 2);
    EXPECT_EQ(table->rows[0].cells[2], QString::number(excelSerial(QDate(1938, 4, 12)))); // as stored
    EXPECT_EQ(table->rows[0].cells[3], QStringLiteral("13802223344"));
    EXPECT_EQ(table->rows[1].line, 4);
    EXPECT_EQ(table->rows[1].cells[0], QStringLiteral("黄伯"));
    EXPECT_EQ(table->rows[1].cells[2], QString()); // C4 absent

    ImportReport r = importOk(path);
    EXPECT_EQ(r.imported, 2) << describe(r);
    auto chen = m_hub->byId(id1);
    ASSERT_TRUE(chen);
    EXPECT_EQ(chen->birthDate, QDate(1938, 4, 12));
    EXPECT_EQ(canonicalPhones(chen->phones), QStringList{QStringLiteral("+8613802223344")});
    EXPECT_EQ(chen->categories,
              (QList<SubjectCategory>{SubjectCategory::Dibao, SubjectCategory::LivingAlone}));
    EXPECT_EQ(chen->careTier, CareTier::SpecialCare);
    auto huang = m_hub->byId(id2);
    ASSERT_TRUE(huang);
    EXPECT_EQ(huang->name, QStringLiteral("黄伯"));
    EXPECT_EQ(huang->birthDate, QDate(1945, 7, 1));
    EXPECT_EQ(canonicalPhones(huang->phones), QStringList{QStringLiteral("+862083001234")});
}

TEST_F(Import, DateAndPhoneFormats)
{
    const QDate birth(1938, 4, 12);
    const QString old15 = QStringLiteral("440104380412123"); // a first-generation card
    writeUtf8(m_dir.file(QStringLiteral("formats.csv")),
              QStringLiteral("姓名,出生日期,身份证号码,联系电话\n"
                             "甲,1938/4/12,%1,\"13812345678/020-83001234\"\n"
                             "乙,1938年4月12日,%2,138 1234 5679 83001235\n"
                             "丙,19380412,%3,\"020 8300 1236；13912345678、(020)8300-1237\"\n"
                             "丁,%4,%5,+86 139 1111 2222\n"
                             "戊,1938-04-12 00:00:00,%6,020-83001238转123\n"
                             "己,,%7,０２０－８３００１２３９\n")
                  .arg(id("1938-04-12", 1), id("1938-04-12", 3), id("1938-04-12", 5))
                  .arg(excelSerial(birth))
                  .arg(id("1938-04-12", 7), id("1938-04-12", 9), old15),
              false);
    ImportReport r = importOk(m_dir.file(QStringLiteral("formats.csv")));
    ASSERT_EQ(r.imported, 6) << describe(r);
    for (int seq : {1, 3, 5, 7, 9, 123}) {
        auto s = m_hub->byId(id("1938-04-12", seq));
        ASSERT_TRUE(s) << seq;
        EXPECT_EQ(s->birthDate, birth) << seq;
    }
    EXPECT_EQ(canonicalPhones(m_hub->byId(id("1938-04-12", 1))->phones),
              (QStringList{QStringLiteral("+8613812345678"), QStringLiteral("+862083001234")}));
    EXPECT_EQ(canonicalPhones(m_hub->byId(id("1938-04-12", 3))->phones),
              (QStringList{QStringLiteral("+8613812345679"), QStringLiteral("+862083001235")}));
    EXPECT_EQ(canonicalPhones(m_hub->byId(id("1938-04-12", 5))->phones),
              (QStringList{QStringLiteral("+862083001236"), QStringLiteral("+8613912345678"),
                           QStringLiteral("+862083001237")}));
    EXPECT_EQ(canonicalPhones(m_hub->byId(id("1938-04-12", 7))->phones),
              QStringList{QStringLiteral("+8613911112222")});
    EXPECT_EQ(canonicalPhones(m_hub->byId(id("1938-04-12", 9))->phones),
              QStringList{QStringLiteral("+862083001238#123")});
    auto old = m_hub->byId(id("1938-04-12", 123)); // converted to 18 digits
    ASSERT_TRUE(old);
    EXPECT_EQ(old->residentId.number(), id("1938-04-12", 123));
    EXPECT_EQ(canonicalPhones(old->phones), QStringList{QStringLiteral("+862083001239")});
}

TEST_F(Import, HeaderVariantsContactsAndMap)
{
    const QString id1 = id("1939-09-09", 18);
    writeUtf8(
        m_dir.file(QStringLiteral("variants.csv")),
        QStringLiteral("序号,长者称呼,身份证号,手机,固话,地址,镇街,村居,对象类别,病史,方言,老人编码,"
                       "紧急联系人1,紧急联系人电话1,与老人关系,紧急联系人2,紧急联系人电话2,子女姓名,"
                       "子女电话,失能等级,资助序列,备注\n"
                       "1,罗伯,%1,13800001111,83009999,六榕路3号,六榕街道,光塔社区,失能;纯老家庭,中风,"
                       "客家话,A-001,罗大,13700001111,儿子,邻居陈姐（邻居）,13700002222,罗二,13700003333,"
                       "重度,第一序列,=请勿夜间来电\n"
                       "2,,,,,,,,,,,A-002,,,,,,,,,,\n")
            .arg(id1),
        false);
    ImportOptions options;
    options.headerMap.insert(QStringLiteral("长者称呼"), QStringLiteral("name"));
    options.headerMap.insert(QStringLiteral("子女姓名"), QStringLiteral("contactName3"));
    options.headerMap.insert(QStringLiteral("子女电话"), QStringLiteral("contactPhone3"));
    ImportReport r = importOk(m_dir.file(QStringLiteral("variants.csv")), options);
    EXPECT_EQ(r.imported, 1) << describe(r);
    // Row 3 has only a number in an unknown column: it is a row, and it has no name.
    EXPECT_TRUE(hasProblem(r, 3, "required", "长者称呼")) << describe(r);
    ASSERT_EQ(r.warnings.size(), 1) << describe(r);
    EXPECT_EQ(r.warnings[0].line, 1);
    EXPECT_EQ(r.warnings[0].field, QStringLiteral("老人编码"));

    auto luo = m_hub->byId(id1);
    ASSERT_TRUE(luo);
    EXPECT_EQ(luo->name, QStringLiteral("罗伯"));
    EXPECT_EQ(canonicalPhones(luo->phones),
              (QStringList{QStringLiteral("+8613800001111"), QStringLiteral("+862083009999")}));
    EXPECT_EQ(luo->address.street, QStringLiteral("六榕街道"));
    EXPECT_EQ(luo->address.community, QStringLiteral("光塔社区"));
    EXPECT_EQ(luo->categories,
              (QList<SubjectCategory>{SubjectCategory::Disabled, SubjectCategory::ElderlyOnlyHousehold}));
    EXPECT_EQ(luo->disabilityLevel, DisabilityLevel::Severe);
    EXPECT_EQ(luo->fundingSequence, FundingSequence::First);
    EXPECT_EQ(luo->healthNotes, QStringLiteral("中风"));
    EXPECT_EQ(luo->languages, QStringList{QStringLiteral("客家话")});
    EXPECT_EQ(luo->remarks, QStringLiteral("=请勿夜间来电"));
    ASSERT_EQ(luo->contacts.size(), 3);
    EXPECT_EQ(luo->contacts[0].name, QStringLiteral("罗大"));
    EXPECT_EQ(luo->contacts[0].relationship, Relationship::Son);
    EXPECT_EQ(luo->contacts[1].name, QStringLiteral("邻居陈姐"));
    EXPECT_EQ(luo->contacts[1].relationship, Relationship::Neighbour);
    EXPECT_EQ(canonicalPhones(luo->contacts[1].phones), QStringList{QStringLiteral("+8613700002222")});
    EXPECT_EQ(luo->contacts[2].name, QStringLiteral("罗二"));
    EXPECT_EQ(canonicalPhones(luo->contacts[2].phones), QStringList{QStringLiteral("+8613700003333")});
    EXPECT_EQ(luo->contacts[2].order, 3);
}

TEST_F(Import, ContactWrittenInOneCell)
{
    const QString id1 = id("1938-04-12", 122);
    writeUtf8(m_dir.file(QStringLiteral("onecell.csv")),
              QStringLiteral("姓名,身份证号码,紧急联系人,紧急联系人2,紧急联系人3,与老人关系\n"
                             "陈桂英,%1,李秀兰（女儿）13911112222,王社工：020-87654321转108,,\n"
                             "黄伯,%2,黄小明,黄二 1391111,,儿子\n")
                  .arg(id1, id("1941-11-03", 231)),
              false);
    ImportReport r = importOk(m_dir.file(QStringLiteral("onecell.csv")));
    EXPECT_EQ(r.imported, 1) << describe(r);
    auto chen = m_hub->byId(id1);
    ASSERT_TRUE(chen);
    ASSERT_EQ(chen->contacts.size(), 2);
    EXPECT_EQ(chen->contacts[0].name, QStringLiteral("李秀兰"));
    EXPECT_EQ(chen->contacts[0].relationship, Relationship::Daughter);
    EXPECT_EQ(canonicalPhones(chen->contacts[0].phones), QStringList{QStringLiteral("+8613911112222")});
    EXPECT_EQ(chen->contacts[1].name, QStringLiteral("王社工"));
    EXPECT_EQ(canonicalPhones(chen->contacts[1].phones), QStringList{QStringLiteral("+862087654321#108")});
    // Row 3: the first contact has no phone, the second a short one; each is reported once.
    EXPECT_TRUE(hasProblem(r, 3, "at least one phone", "紧急联系人")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 3, "11 digits", "紧急联系人2")) << describe(r);
    EXPECT_EQ(r.problems.size(), 2) << describe(r);
}

TEST_F(Import, MissingNameColumnRefusesTheFile)
{
    writeUtf8(m_dir.file(QStringLiteral("noname.csv")),
              QStringLiteral("身份证号码,联系电话\n%1,13800001111\n").arg(id("1938-04-12", 1)), false);
    auto r = m_hub->import(m_dir.file(QStringLiteral("noname.csv")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Invalid);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("姓名")));
    EXPECT_EQ(m_hub->subjects(), 0);

    ImportOptions bad;
    bad.headerMap.insert(QStringLiteral("联系电话"), QStringLiteral("mobile"));
    auto badMap = m_hub->import(m_dir.file(QStringLiteral("noname.csv")), bad);
    ASSERT_FALSE(badMap.ok());
    EXPECT_EQ(badMap.error().field, QStringLiteral("headerMap"));

    EXPECT_FALSE(m_hub->import(m_dir.file(QStringLiteral("does-not-exist.csv"))).ok());
}

TEST_F(Import, TitleRowAboveTheHeader)
{
    writeUtf8(m_dir.file(QStringLiteral("title.csv")),
              QStringLiteral(
                  "越秀区平安通服务对象名册（2024年6月）,,\n姓名,身份证号码,联系电话\n张三,'%1,'13800001111\n"
                  "李四,%2,1380000\n")
                  .arg(id("1938-04-12", 1), id("1938-04-12", 3)),
              false);
    ImportReport r = importOk(m_dir.file(QStringLiteral("title.csv")));
    EXPECT_EQ(r.rowsRead, 2) << describe(r);
    EXPECT_EQ(r.imported, 1) << describe(r);
    EXPECT_TRUE(hasProblem(r, 4, "", "联系电话")) << describe(r);
    EXPECT_TRUE(m_hub->byId(id("1938-04-12", 1))); // the apostrophe that kept the number text is gone
}

TEST_F(Import, EveryBadRowIsReportedWithItsLine)
{
    // Already in the database before the import.
    Subject existing = sampleSubject(QStringLiteral("早已在册"));
    existing.meta = RecordMeta{RecordMeta::newId(), 0, {}, {}};
    existing.residentId = ResidentId::parse(id("1930-01-01", 11)).value();
    existing.birthDate = QDate(1930, 1, 1);
    existing.sex = Sex::Male;
    auto put = m_hub->writes->apply(
        WriteRequest{RecordKind::Subject, WriteOp::Put, existing.toCbor(), {}, 0, QStringLiteral("seed-1")},
        Actor::system(QStringLiteral("test")));
    ASSERT_TRUE(put.ok()) << put.error().toString().toStdString();

    const QString good = id("1938-04-12", 122);
    writeUtf8(m_dir.file(QStringLiteral("bad.csv")),
              QStringLiteral("姓名,性别,出生日期,身份证号码,联系电话,类别\n"
                             "好人,女,1938-04-12,%1,13800001111,低保\n" // 2
                             "校验错,,,%2,13800001112,\n"               // 3 bad check digit
                             "日期错,,1938-02-30,,13800001113,\n"       // 4 impossible date
                             "生日不符,,1938-05-12,%3,13800001114,\n"   // 5 ID/birth-date mismatch
                             "重复,,,%1,13800001115,\n"                 // 6 twice in the file
                             "库里有,,,%4,13800001116,\n"               // 7 already in the database
                             "乱号,,,%5,电话坏了abc,\n"                 // 8 garbage phone
                             ",女,,%6,13800001117,\n"                   // 9 missing name
                             "怪类别,,,%7,13800001118,低保;神仙\n"      // 10 unknown category
                             "性别不符,男,,%8,13800001119,\n"           // 11 ID/sex mismatch (even = female)
                             "高龄,,,%9,13800001120,高龄\n")            // 12 good, with a warning
                  .arg(good, wrongCheck(id("1938-04-12", 133)), id("1938-04-12", 144), id("1930-01-01", 11),
                       id("1938-04-12", 155), id("1938-04-12", 166), id("1938-04-12", 177),
                       id("1938-04-12", 188), id("1925-03-03", 199)),
              false);
    const qint64 seq0 = m_hub->seq();
    ImportReport r = importOk(m_dir.file(QStringLiteral("bad.csv")));
    EXPECT_EQ(r.rowsRead, 11) << describe(r);
    EXPECT_EQ(r.imported, 2) << describe(r);
    EXPECT_EQ(r.rejected, 9) << describe(r);
    EXPECT_TRUE(hasProblem(r, 3, "check character", "身份证号码")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 4, "does not exist", "出生日期")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 5, "birth date does not match", "出生日期")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 6, "also on line 2", "身份证号码")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 7, "already in the database", "身份证号码")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 8, "letters", "联系电话")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 9, "required", "姓名")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 10, "Unknown category \"神仙\"", "类别")) << describe(r);
    EXPECT_TRUE(hasProblem(r, 11, "sex does not match", "性别")) << describe(r);
    for (const RowProblem &p : r.problems)
        EXPECT_TRUE(p.line >= 3 && p.line <= 11) << describe(r);
    ASSERT_EQ(r.warnings.size(), 1) << describe(r);
    EXPECT_EQ(r.warnings[0].line, 12);
    EXPECT_TRUE(r.warnings[0].reason.contains(QStringLiteral("高龄")));

    EXPECT_EQ(m_hub->subjects(), 3);
    EXPECT_EQ(m_hub->seq(), seq0 + 2);
    EXPECT_TRUE(m_hub->byId(good));
    EXPECT_EQ(m_hub->byId(id("1925-03-03", 199))->categories, QList<SubjectCategory>{});
}

TEST_F(Import, StatusWithoutDateGetsTodayAndARemark)
{
    writeUtf8(m_dir.file(QStringLiteral("status.csv")),
              QStringLiteral("姓名,身份证号码,状态,备注\n故人,%1,去世,家属已告知\n暂停者,%2,暂停,\n"
                             "坏状态,%3,出国,\n")
                  .arg(id("1930-05-05", 21), id("1931-05-05", 22), id("1932-05-05", 23)),
              false);
    ImportReport r = importOk(m_dir.file(QStringLiteral("status.csv")));
    EXPECT_EQ(r.imported, 2) << describe(r);
    EXPECT_TRUE(hasProblem(r, 4, "出国", "状态")) << describe(r);
    auto gone = m_hub->byId(id("1930-05-05", 21));
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->status, SubjectStatus::Deceased);
    EXPECT_EQ(gone->statusSince, QDate::currentDate());
    EXPECT_TRUE(gone->remarks.startsWith(QStringLiteral("家属已告知；")));
    EXPECT_TRUE(gone->remarks.contains(QDate::currentDate().toString(Qt::ISODate)));
    EXPECT_EQ(m_hub->byId(id("1931-05-05", 22))->status, SubjectStatus::Suspended);
}

TEST_F(Import, AllOrNothingWritesNothing)
{
    writeUtf8(m_dir.file(QStringLiteral("mixed.csv")),
              QStringLiteral("姓名,身份证号码,联系电话\n甲,%1,13800001111\n乙,%2,13800001112\n丙,%3,abc\n")
                  .arg(id("1938-04-12", 1), id("1938-04-12", 3), id("1938-04-12", 5)),
              false);
    ImportOptions options;
    options.allOrNothing = true;
    const qint64 seq0 = m_hub->seq();
    ImportReport r = importOk(m_dir.file(QStringLiteral("mixed.csv")), options);
    EXPECT_EQ(r.imported, 0) << describe(r);
    EXPECT_EQ(r.rejected, 1) << describe(r);
    EXPECT_TRUE(hasProblem(r, 4, "letters")) << describe(r);
    EXPECT_EQ(m_hub->subjects(), 0);
    EXPECT_EQ(m_hub->seq(), seq0);

    // Without the option the good rows go in.
    ImportReport partial = importOk(m_dir.file(QStringLiteral("mixed.csv")));
    EXPECT_EQ(partial.imported, 2) << describe(partial);
    EXPECT_EQ(m_hub->subjects(), 2);
}

TEST_F(Import, ARowTheDatabaseRefusesDoesNotUndoTheOthers)
{
    ASSERT_TRUE(m_hub->db
                    ->exec(QStringLiteral(
                        "CREATE TRIGGER refuse_test BEFORE INSERT ON subjects WHEN NEW.name = '拒收' "
                        "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END"))
                    .ok());
    writeUtf8(m_dir.file(QStringLiteral("refused.csv")),
              QStringLiteral("姓名,身份证号码\n甲,%1\n拒收,%2\n乙,%3\n")
                  .arg(id("1938-04-12", 1), id("1938-04-12", 3), id("1938-04-12", 5)),
              false);
    ImportOptions all;
    all.allOrNothing = true;
    ImportReport none = importOk(m_dir.file(QStringLiteral("refused.csv")), all);
    EXPECT_EQ(none.imported, 0) << describe(none);
    EXPECT_TRUE(hasProblem(none, 3, "refused")) << describe(none);
    EXPECT_EQ(m_hub->subjects(), 0);

    const qint64 seq0 = m_hub->seq();
    ImportReport r = importOk(m_dir.file(QStringLiteral("refused.csv")));
    EXPECT_EQ(r.imported, 2) << describe(r);
    EXPECT_EQ(r.rejected, 1) << describe(r);
    EXPECT_TRUE(hasProblem(r, 3, "refused")) << describe(r);
    EXPECT_EQ(m_hub->subjects(), 2);
    EXPECT_EQ(m_hub->seq(), seq0 + 2);
}

TEST_F(Import, TheSameFileTwiceDoesNotDuplicate)
{
    const QString text =
        QStringLiteral("姓名,身份证号码,联系电话\n甲,%1,13800001111\n乙,%2,13800001112\n丙,,13800001113\n")
            .arg(id("1938-04-12", 1), id("1938-04-12", 3));
    writeUtf8(m_dir.file(QStringLiteral("once.csv")), text, true);
    ImportReport first = importOk(m_dir.file(QStringLiteral("once.csv")));
    EXPECT_EQ(first.imported, 3) << describe(first);
    const qint64 seq1 = m_hub->seq();

    ImportReport second = importOk(m_dir.file(QStringLiteral("once.csv")));
    EXPECT_EQ(second.rowsRead, 3);
    EXPECT_EQ(second.imported, 0) << describe(second);
    EXPECT_EQ(second.alreadyImported, 3) << describe(second);
    EXPECT_EQ(second.rejected, 0) << describe(second);
    EXPECT_EQ(m_hub->subjects(), 3);
    EXPECT_EQ(m_hub->seq(), seq1);

    // Another file with the same people: the ID numbers are caught as duplicates.
    writeUtf8(m_dir.file(QStringLiteral("again.csv")), text + QStringLiteral("丁,,13800001114\n"), true);
    ImportReport third = importOk(m_dir.file(QStringLiteral("again.csv")));
    EXPECT_TRUE(hasProblem(third, 2, "already in the database")) << describe(third);
    EXPECT_TRUE(hasProblem(third, 3, "already in the database")) << describe(third);
    EXPECT_EQ(third.imported, 2) << describe(third); // 丙 and 丁 have no ID number to compare
}

TEST_F(Import, TenThousandRowsInSeconds)
{
    QString text = QStringLiteral(
        "姓名,性别,身份证号码,联系电话,居住地址,紧急联系人,紧急联系人电话,关系,类别,关爱等级\n");
    const QDate base(1930, 1, 1);
    for (int i = 0; i < 10000; ++i) {
        text += QStringLiteral("对象%1,,%2,138%3,某路%1号,家属%1,139%3,儿子,低保;独居,普通巡访\n")
                    .arg(i)
                    .arg(residentId(QStringLiteral("440104"), base.addDays(i), 100 + i % 800))
                    .arg(i, 8, 10, QLatin1Char('0'));
    }
    writeUtf8(m_dir.file(QStringLiteral("big.csv")), text, true);
    QElapsedTimer timer;
    timer.start();
    ImportReport r = importOk(m_dir.file(QStringLiteral("big.csv")));
    const qint64 ms = timer.elapsed();
    EXPECT_EQ(r.imported, 10000) << describe(r);
    EXPECT_EQ(m_hub->subjects(), 10000);
    std::cout << "[ figures  ] 10000 rows imported in " << ms << " ms\n";
}

// ---- exporting ------------------------------------------------------------------------------

class Export : public Import {
protected:
    void SetUp() override
    {
        Import::SetUp();
        // A fully populated subject (two contacts, extension, languages, medications ...).
        Subject full = sampleSubject();
        full.meta = RecordMeta{RecordMeta::newId(), 0, {}, {}};
        auto put = m_hub->writes->apply(
            WriteRequest{
                RecordKind::Subject, WriteOp::Put, full.toCbor(), {}, 0, QStringLiteral("seed-full")},
            Actor::system(QStringLiteral("test")));
        ASSERT_TRUE(put.ok()) << put.error().toString().toStdString();
        m_full = full;
        writeUtf8(
            m_dir.file(QStringLiteral("seed.csv")),
            QStringLiteral("姓名,身份证号码,联系电话,区划代码,街道,社区,类别,关爱等级,状态,紧急联系人,"
                           "紧急联系人电话,关系\n"
                           "越秀甲,%1,13800001111,440104001001,北京街道,北京社区,低保,特殊关爱,在册,甲子,"
                           "13900001111,儿子\n"
                           "越秀乙,%2,13800001112,440104002001,人民街道,人民社区,特困;独居,重点探访,暂停,,,\n"
                           "海珠丙,%3,13800001113,440105001001,南华西街道,南华社区,低保,普通巡访,在册,丙女,"
                           "020-84440000,女儿\n"
                           "天河丁,%4,13800001114,440106001001,石牌街道,石牌社区,自费,普通巡访,去世,,,\n")
                .arg(id("1936-03-03", 31), id("1937-03-03", 32), id("1945-03-03", 33), id("1950-03-03", 34)),
            false);
        ImportReport r = importOk(m_dir.file(QStringLiteral("seed.csv")));
        ASSERT_EQ(r.imported, 4) << describe(r);
    }

    Result<int> exportTo(const QString &name, const ExportFilter &filter)
    {
        return exportSubjects(*m_hub->db, m_dir.file(name), filter, Actor::system(QStringLiteral("test")),
                              *m_hub->audit);
    }

    QStringList namesIn(const QString &name)
    {
        auto t = readTable(m_dir.file(name));
        EXPECT_TRUE(t.ok());
        QStringList names;
        if (t) {
            for (const TableRow &row : t->rows)
                names.append(row.cells.value(0));
        }
        names.sort();
        return names;
    }

    Subject m_full;
};

TEST_F(Export, ByRegionAndByCondition)
{
    ExportFilter yuexiu;
    yuexiu.regionPrefix = QStringLiteral("440104");
    auto n = exportTo(QStringLiteral("yuexiu.csv"), yuexiu);
    ASSERT_TRUE(n.ok()) << n.error().toString().toStdString();
    EXPECT_EQ(*n, 3);
    EXPECT_EQ(namesIn(QStringLiteral("yuexiu.csv")),
              (QStringList{QStringLiteral("越秀乙"), QStringLiteral("越秀甲"), QStringLiteral("陈桂英")}));

    ExportFilter dibao;
    dibao.where.insert(QStringLiteral("category"), QStringLiteral("低保|dibao"));
    n = exportTo(QStringLiteral("dibao.csv"), dibao);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(namesIn(QStringLiteral("dibao.csv")),
              (QStringList{QStringLiteral("海珠丙"), QStringLiteral("越秀甲"), QStringLiteral("陈桂英")}));

    ExportFilter activeSpecial;
    activeSpecial.where.insert(QStringLiteral("status"), QStringLiteral("在册"));
    activeSpecial.where.insert(QStringLiteral("careTier"), QStringLiteral("特殊关爱"));
    n = exportTo(QStringLiteral("special.csv"), activeSpecial);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(namesIn(QStringLiteral("special.csv")),
              (QStringList{QStringLiteral("越秀甲"), QStringLiteral("陈桂英")}));

    ExportFilter combined;
    combined.regionPrefix = QStringLiteral("4401");
    combined.where.insert(QStringLiteral("status"), QStringLiteral("active|suspended"));
    combined.where.insert(QStringLiteral("street"), QStringLiteral("人民街道"));
    combined.where.insert(QStringLiteral("ageMin"), QStringLiteral("80"));
    n = exportTo(QStringLiteral("combined.csv"), combined);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(namesIn(QStringLiteral("combined.csv")), QStringList{QStringLiteral("越秀乙")});

    // The file is what Excel needs: BOM, Chinese headers, ID numbers kept as text.
    QFile f(m_dir.file(QStringLiteral("yuexiu.csv")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF\xE5\xA7\x93\xE5\x90\x8D")); // BOM 姓名
    EXPECT_TRUE(bytes.contains(("\t" + m_full.residentId.number()).toUtf8()));

    auto audit = m_hub->audit->query({}, {}, 20);
    ASSERT_TRUE(audit.ok());
    int exports = 0;
    for (const AuditEntry &e : *audit) {
        if (e.action == QStringLiteral("export")) {
            ++exports;
            EXPECT_TRUE(e.detail.contains(QStringLiteral("count="))) << e.detail.toStdString();
        }
    }
    EXPECT_EQ(exports, 4);
}

TEST_F(Export, ImportOfTheExportGivesTheSameSubjects)
{
    auto n = exportTo(QStringLiteral("all.csv"), {});
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(*n, 5);

    TempDir other;
    Hub fresh(other.file(QStringLiteral("fresh.sqlite")));
    auto r = fresh.import(m_dir.file(QStringLiteral("all.csv")));
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    EXPECT_EQ(r->imported, 5) << describe(*r);
    EXPECT_TRUE(r->warnings.isEmpty()) << describe(*r);

    auto originals = store::SubjectRepository(*m_hub->db).all();
    ASSERT_TRUE(originals.ok());
    ASSERT_EQ(originals->size(), 5);
    for (const Subject &a : *originals) {
        auto b = fresh.byId(a.residentId.number());
        ASSERT_TRUE(b) << a.name.toStdString();
        EXPECT_EQ(b->name, a.name);
        EXPECT_EQ(b->sex, a.sex);
        EXPECT_EQ(b->birthDate, a.birthDate);
        EXPECT_EQ(canonicalPhones(b->phones), canonicalPhones(a.phones)) << a.name.toStdString();
        EXPECT_EQ(b->address, a.address) << a.name.toStdString();
        EXPECT_EQ(b->categories, a.categories) << a.name.toStdString();
        EXPECT_EQ(b->disabilityLevel, a.disabilityLevel);
        EXPECT_EQ(b->fundingSequence, a.fundingSequence);
        EXPECT_EQ(b->careTier, a.careTier);
        EXPECT_EQ(b->status, a.status);
        EXPECT_EQ(b->statusSince, a.statusSince);
        EXPECT_EQ(b->healthNotes, a.healthNotes);
        EXPECT_EQ(b->medications, a.medications);
        EXPECT_EQ(b->allergies, a.allergies);
        EXPECT_EQ(b->languages, a.languages);
        EXPECT_EQ(b->remarks, a.remarks) << a.name.toStdString();
        ASSERT_EQ(b->contacts.size(), a.contacts.size()) << a.name.toStdString();
        for (qsizetype i = 0; i < a.contacts.size(); ++i) {
            EXPECT_EQ(b->contacts[i].name, a.contacts[i].name);
            EXPECT_EQ(b->contacts[i].relationship, a.contacts[i].relationship);
            EXPECT_EQ(canonicalPhones(b->contacts[i].phones), canonicalPhones(a.contacts[i].phones));
        }
    }
}

TEST_F(Export, BadFiltersAreRefusedAndWriteNothing)
{
    const QList<std::pair<QString, QString>> bad{
        {QStringLiteral("colour"), QStringLiteral("red")},
        {QStringLiteral("category"), QStringLiteral("神仙")},
        {QStringLiteral("status"), QStringLiteral("在册|出国")},
        {QStringLiteral("ageMin"), QStringLiteral("eighty")},
        {QStringLiteral("careTier"), QString()},
    };
    for (const auto &[key, value] : bad) {
        ExportFilter f;
        f.where.insert(key, value);
        auto n = exportTo(QStringLiteral("bad.csv"), f);
        ASSERT_FALSE(n.ok()) << key.toStdString();
        EXPECT_EQ(n.error().code, ErrorCode::Invalid);
        EXPECT_EQ(n.error().field, QStringLiteral("filter"));
        EXPECT_FALSE(QFile::exists(m_dir.file(QStringLiteral("bad.csv"))));
    }
    ExportFilter region;
    region.regionPrefix = QStringLiteral("44a1");
    EXPECT_FALSE(exportTo(QStringLiteral("bad.csv"), region).ok());
    ExportFilter ages;
    ages.where.insert(QStringLiteral("ageMin"), QStringLiteral("90"));
    ages.where.insert(QStringLiteral("ageMax"), QStringLiteral("80"));
    EXPECT_FALSE(exportTo(QStringLiteral("bad.csv"), ages).ok());
    EXPECT_FALSE(QFile::exists(m_dir.file(QStringLiteral("bad.csv"))));
}
