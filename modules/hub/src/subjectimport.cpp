#include <safelink/core/subject.h>
#include <safelink/hub/auditlog.h>
#include <safelink/hub/changefeed.h>
#include <safelink/hub/subjectimport.h>
#include <safelink/hub/table.h>
#include <safelink/hub/writeservice.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QCborValue>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <initializer_list>
#include <map>
#include <optional>
#include <tuple>
#include <utility>

Q_LOGGING_CATEGORY(lcImport, "safelink.hub.import")

namespace safelink::hub {

using namespace safelink::core;

namespace {

// ---- vocabulary ---------------------------------------------------------------------------------

enum class Field {
    Ignore,
    Name,
    Sex,
    BirthDate,
    ResidentId,
    Phone,
    Province,
    City,
    District,
    Street,
    Community,
    Address,
    RegionCode,
    ContactName,
    ContactPhone,
    ContactRelation,
    Categories,
    DisabilityLevel,
    FundingSequence,
    CareTier,
    HealthNotes,
    Medications,
    Allergies,
    Languages,
    Status,
    StatusSince,
    Remarks,
};

struct FieldKey {
    Field field;
    const char *key;
};

// The field keys of --map and of ImportOptions::headerMap.
constexpr FieldKey kFieldKeys[] = {
    {Field::Name, "name"},
    {Field::Sex, "sex"},
    {Field::BirthDate, "birthDate"},
    {Field::ResidentId, "residentId"},
    {Field::Phone, "phone"},
    {Field::Province, "province"},
    {Field::City, "city"},
    {Field::District, "district"},
    {Field::Street, "street"},
    {Field::Community, "community"},
    {Field::Address, "address"},
    {Field::RegionCode, "regionCode"},
    {Field::ContactName, "contactName"},
    {Field::ContactPhone, "contactPhone"},
    {Field::ContactRelation, "contactRelation"},
    {Field::Categories, "categories"},
    {Field::DisabilityLevel, "disabilityLevel"},
    {Field::FundingSequence, "fundingSequence"},
    {Field::CareTier, "careTier"},
    {Field::HealthNotes, "healthNotes"},
    {Field::Medications, "medications"},
    {Field::Allergies, "allergies"},
    {Field::Languages, "languages"},
    {Field::Status, "status"},
    {Field::StatusSince, "statusSince"},
    {Field::Remarks, "remarks"},
    {Field::Ignore, "ignore"},
};

QString fieldKey(Field f)
{
    for (const FieldKey &k : kFieldKeys) {
        if (k.field == f)
            return QString::fromLatin1(k.key);
    }
    return {};
}

bool isContactField(Field f)
{
    return f == Field::ContactName || f == Field::ContactPhone || f == Field::ContactRelation;
}

// Headers and values are compared without spaces, width or case: "身份证号码 *", "ＩＤ" and "id" match.
QString normalise(const QString &text)
{
    const QString s = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (!c.isSpace() && c != u'*' && c != u':')
            out += c.toLower();
    }
    return out;
}

// The old operator's header names (normalised) and their common variants.
const QHash<QString, Field> &headerAliases()
{
    static const QHash<QString, Field> aliases = [] {
        QHash<QString, Field> h;
        // A function, not a table of pairs: the words' arrays must outlive their use.
        auto add = [&h](Field field, std::initializer_list<const char16_t *> names) {
            for (const char16_t *n : names)
                h.insert(normalise(QString::fromUtf16(n)), field);
        };
        add(Field::Name,
            {u"姓名", u"老人姓名", u"服务对象姓名", u"对象姓名", u"服务对象", u"名字", u"用户姓名"});
        add(Field::Sex, {u"性别"});
        add(Field::BirthDate, {u"出生日期", u"出生年月日", u"出生年月", u"生日", u"出生时间"});
        add(Field::ResidentId, {u"身份证号码", u"身份证号", u"身份证", u"公民身份号码", u"身份证件号码",
                                u"证件号码", u"居民身份证号码", u"身份证号码(18位)"});
        add(Field::Phone, {u"联系电话", u"电话", u"电话号码", u"手机", u"手机号", u"手机号码", u"移动电话",
                           u"固话", u"固定电话", u"座机", u"家庭电话", u"住宅电话", u"联系方式", u"本人电话",
                           u"老人电话", u"本人手机", u"老人手机"});
        add(Field::Province, {u"省", u"省份"});
        add(Field::City, {u"市", u"城市", u"地市"});
        add(Field::District, {u"区", u"区县", u"县区", u"所属区", u"所属区县"});
        add(Field::Street, {u"街道", u"镇街", u"镇", u"街镇", u"所属街道", u"所属镇街", u"街道/镇"});
        add(Field::Community,
            {u"社区", u"村居", u"村", u"居委会", u"村委会", u"所属社区", u"社区/村", u"村(居)", u"社区(村)"});
        add(Field::Address, {u"居住地址", u"地址", u"家庭住址", u"家庭地址", u"详细地址", u"住址", u"现住址",
                             u"居住详细地址", u"现居住地址"});
        add(Field::RegionCode, {u"区划代码", u"行政区划代码", u"区域代码", u"行政区划", u"区划编码"});
        add(Field::ContactPhone, {u"紧急联系电话", u"紧急电话"});
        add(Field::ContactRelation,
            {u"关系", u"与老人关系", u"与服务对象关系", u"与对象关系", u"与本人关系", u"亲属关系"});
        add(Field::Categories, {u"类别", u"对象类别", u"服务对象类别", u"人员类别", u"对象类型", u"类型",
                                u"资助类别", u"人群类别"});
        add(Field::DisabilityLevel, {u"失能等级", u"失能程度", u"自理能力", u"能力等级"});
        add(Field::FundingSequence, {u"资助序列", u"序列", u"资助对象序列"});
        add(Field::CareTier, {u"关爱等级", u"关怀等级", u"巡访等级", u"探访等级"});
        add(Field::HealthNotes,
            {u"健康状况", u"病史", u"既往病史", u"身体状况", u"疾病", u"健康信息", u"主要疾病", u"疾病史"});
        add(Field::Medications, {u"用药", u"用药情况", u"常用药", u"常用药物", u"服用药物"});
        add(Field::Allergies, {u"过敏史", u"过敏", u"过敏药物"});
        add(Field::Languages, {u"语言", u"方言", u"常用语言", u"语言/方言", u"语言方言"});
        add(Field::Status, {u"状态", u"服务状态", u"在册状态", u"对象状态"});
        add(Field::StatusSince, {u"状态日期", u"状态变更日期", u"变更日期", u"去世日期", u"退出日期"});
        add(Field::Remarks, {u"备注", u"说明", u"备注说明"});
        // Known, deliberately not imported: row numbers, and age (it follows from the birth date).
        add(Field::Ignore, {u"序号", u"编号", u"年龄", u"no", u"no."});
        for (const FieldKey &k : kFieldKeys)
            h.insert(normalise(QString::fromLatin1(k.key)), k.field);
        return h;
    }();
    return aliases;
}

int numeral(QStringView s)
{
    static const QString chinese = QStringLiteral("一二三四五六七八九");
    if (s.isEmpty())
        return 0;
    if (const qsizetype i = chinese.indexOf(s[0]); i >= 0)
        return int(i) + 1;
    return s.toInt();
}

// 紧急联系人, 紧急联系人2, 紧急联系人1电话, 紧急联系人电话1, 第二联系人关系, 监护人电话, ...
std::optional<std::pair<Field, int>> contactHeader(const QString &h)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:第([1-9一二三四五六七八九]))?(?:紧急联系人|联系人|监护人|亲属|家属|子女)([1-9一二三四五六七八九]"
        "?)"
        "(姓名|名字|电话|手机|手机号|手机号码|联系电话|电话号码|号码|联系方式|关系|与老人关系|与本人关系|"
        "与服务对象关系)?([1-9一二三四五六七八九]?)$"));
    const QRegularExpressionMatch m = pattern.match(h);
    if (!m.hasMatch())
        return std::nullopt;
    int n = numeral(m.capturedView(1));
    if (n == 0)
        n = numeral(m.capturedView(2));
    if (n == 0)
        n = numeral(m.capturedView(4));
    if (n == 0)
        n = 1;
    const QStringView what = m.capturedView(3);
    Field f = Field::ContactName;
    if (what.contains(u"关系"))
        f = Field::ContactRelation;
    else if (!what.isEmpty() && what != u"姓名" && what != u"名字")
        f = Field::ContactPhone;
    return std::pair{f, n};
}

// A value table: the Chinese words for each enum value, the first being what exports write.
template<typename E>
class Vocabulary {
public:
    Vocabulary(std::initializer_list<std::pair<E, std::initializer_list<const char16_t *>>> entries)
    {
        for (const auto &[value, words] : entries) {
            bool first = true;
            for (const char16_t *w : words) {
                const QString word = QString::fromUtf16(w);
                if (first)
                    m_canonical.append({value, word});
                first = false;
                m_byText.insert(normalise(word), value);
            }
        }
    }

    // Our words, then the enum keys ("dibao"), then the labels in the running UI language.
    std::optional<E> lookup(const QString &text) const
    {
        const QString k = normalise(text);
        if (auto it = m_byText.constFind(k); it != m_byText.cend())
            return *it;
        if (auto v = enumFromKey<E>(k))
            return v;
        for (E v : enumValues<E>()) {
            if (normalise(label(v)) == k)
                return v;
        }
        return std::nullopt;
    }

    QString text(E value) const
    {
        for (const auto &[v, word] : m_canonical) {
            if (v == value)
                return word;
        }
        return {};
    }

    QStringList canonicalTexts() const
    {
        QStringList out;
        for (const auto &[v, word] : m_canonical)
            out.append(word);
        return out;
    }

private:
    QHash<QString, E> m_byText;
    QList<std::pair<E, QString>> m_canonical;
};

const Vocabulary<Sex> &sexWords()
{
    static const Vocabulary<Sex> v{{Sex::Male, {u"男", u"男性", u"m"}},
                                   {Sex::Female, {u"女", u"女性", u"f"}},
                                   {Sex::Unknown, {u"不详", u"未知"}}};
    return v;
}

const Vocabulary<SubjectCategory> &categoryWords()
{
    using C = SubjectCategory;
    static const Vocabulary<C> v{
        {C::DispersedExtremePoverty,
         {u"分散特困供养", u"分散特困", u"特困供养", u"特困", u"特困人员", u"特困供养人员",
          u"分散供养特困人员", u"五保", u"五保户"}},
        {C::Dibao, {u"低保", u"低保户", u"低保对象", u"低保家庭", u"最低生活保障", u"城乡低保"}},
        {C::DibaoMarginal, {u"低保边缘", u"低边", u"低保边缘户", u"低保边缘家庭"}},
        {C::LivingAlone, {u"独居", u"独居老人", u"独居老年人", u"空巢", u"空巢老人"}},
        {C::ElderlyOnlyHousehold, {u"纯老家庭", u"纯老户", u"纯老", u"纯老家庭成员"}},
        {C::SevereDisability, {u"重度残疾", u"重残", u"重度残疾人", u"一级残疾", u"二级残疾"}},
        {C::Disabled, {u"失能", u"失能老人", u"失能人员", u"半失能"}},
        {C::LostOnlyChild,
         {u"失独", u"失独老人", u"失独家庭", u"计划生育特殊家庭", u"计生特殊家庭",
          u"计划生育特殊家庭失独老人"}},
        {C::Orphan, {u"孤儿", u"分散供养孤儿"}},
        {C::DeFactoUnattendedChild, {u"事实无人抚养儿童", u"事实无人抚养"}},
        {C::HivAffectedChild, {u"艾滋病病毒感染儿童", u"艾滋病感染儿童", u"艾滋病儿童"}},
        {C::LeftBehindElderly, {u"农村留守老年人", u"留守老人", u"留守老年人", u"留守"}},
        {C::SelfPaying, {u"自费", u"自费对象", u"自费使用", u"自费用户"}},
    };
    return v;
}

const Vocabulary<DisabilityLevel> &disabilityWords()
{
    using D = DisabilityLevel;
    static const Vocabulary<D> v{
        {D::None, {u"无", u"否", u"自理", u"能自理", u"能力完好", u"正常"}},
        {D::Mild, {u"轻度", u"轻度失能"}},
        {D::Moderate, {u"中度", u"中度失能"}},
        {D::Severe, {u"重度", u"重度失能", u"完全失能"}},
    };
    return v;
}

const Vocabulary<FundingSequence> &fundingWords()
{
    using F = FundingSequence;
    static const Vocabulary<F> v{
        {F::None, {u"无"}},
        {F::First, {u"第一序列", u"一序列", u"第一", u"一", u"1", u"第1序列"}},
        {F::Second, {u"第二序列", u"二序列", u"第二", u"二", u"2", u"第2序列"}},
        {F::Third, {u"第三序列", u"三序列", u"第三", u"三", u"3", u"第3序列"}},
    };
    return v;
}

const Vocabulary<CareTier> &tierWords()
{
    static const Vocabulary<CareTier> v{
        {CareTier::SpecialCare, {u"特殊关爱", u"特殊", u"特别关爱"}},
        {CareTier::KeyVisit, {u"重点探访", u"重点", u"重点关爱", u"重点巡访"}},
        {CareTier::Routine, {u"普通巡访", u"普通", u"一般", u"常规", u"普通关爱"}},
    };
    return v;
}

const Vocabulary<SubjectStatus> &statusWords()
{
    using S = SubjectStatus;
    static const Vocabulary<S> v{
        {S::Active, {u"在册", u"正常", u"在用", u"服务中", u"有效", u"在服务"}},
        {S::Suspended, {u"暂停", u"停用", u"暂停服务"}},
        {S::Withdrawn, {u"退出", u"注销", u"已退出", u"退出服务", u"停止服务"}},
        {S::Deceased, {u"去世", u"死亡", u"已故", u"身故", u"过世", u"已去世", u"病故"}},
    };
    return v;
}

const Vocabulary<Relationship> &relationWords()
{
    using R = Relationship;
    static const Vocabulary<R> v{
        {R::Spouse, {u"配偶", u"老伴", u"丈夫", u"妻子", u"夫妻", u"老公", u"老婆", u"夫", u"妻"}},
        {R::Son, {u"儿子", u"子", u"长子", u"次子", u"儿"}},
        {R::Daughter, {u"女儿", u"女", u"长女", u"次女"}},
        {R::SonInLaw, {u"女婿"}},
        {R::DaughterInLaw, {u"儿媳", u"儿媳妇", u"媳妇"}},
        {R::Grandchild, {u"孙辈", u"孙子", u"孙女", u"外孙", u"外孙女", u"孙"}},
        {R::Sibling,
         {u"兄弟姐妹", u"兄弟", u"姐妹", u"哥哥", u"弟弟", u"姐姐", u"妹妹", u"兄", u"弟", u"姐", u"妹"}},
        {R::Relative, {u"亲戚", u"亲属", u"侄子", u"侄女", u"外甥", u"外甥女", u"亲友"}},
        {R::Neighbour, {u"邻居", u"邻里"}},
        {R::Friend, {u"朋友"}},
        {R::SocialWorker, {u"社工"}},
        {R::GridWorker, {u"网格员"}},
        {R::Guardian, {u"监护人"}},
        {R::Other, {u"其他", u"其它"}},
    };
    return v;
}

// Category words that are not categories: read, and reported as ignored.
bool isDerivedCategory(const QString &normalised)
{
    return normalised == u"高龄" || normalised == u"高龄老人" || normalised == u"90岁以上";
}

// "重度失能" in the category column: the category and the level at once.
std::optional<DisabilityLevel> levelInCategory(const QString &normalised)
{
    if (normalised == u"轻度失能")
        return DisabilityLevel::Mild;
    if (normalised == u"中度失能")
        return DisabilityLevel::Moderate;
    if (normalised == u"重度失能" || normalised == u"完全失能")
        return DisabilityLevel::Severe;
    return std::nullopt;
}

// ---- messages -----------------------------------------------------------------------------------

class Text {
    Q_DECLARE_TR_FUNCTIONS(safelink::hub::SubjectImporter)

public:
    static QString unknownColumn() { return tr("Unknown column: ignored."); }
    static QString noNameColumn(const QString &found)
    {
        return tr("The file has no name column (姓名), so no row can be imported. Its columns are: %1. "
                  "Map the column that holds the names to the field \"name\".")
            .arg(found);
    }
    static QString badFieldKey(const QString &header, const QString &key, const QString &keys)
    {
        return tr("The column \"%1\" cannot be mapped to \"%2\": there is no such field. Fields: %3.")
            .arg(header, key, keys);
    }
    static QString forbidden() { return tr("Your role may not import subjects."); }
    static QString badDate(const QString &text)
    {
        return tr("\"%1\" is not a date; write it like 1938-04-12, 1938/4/12 or 1938年4月12日.").arg(text);
    }
    static QString impossibleDate(const QString &text) { return tr("The date %1 does not exist.").arg(text); }
    static QString unknownValue(const QString &text, const QStringList &known)
    {
        return tr("Unknown value \"%1\". Known values: %2.").arg(text, known.join(QStringLiteral("、")));
    }
    static QString unknownCategory(const QString &text, const QStringList &known)
    {
        return tr("Unknown category \"%1\". Known categories: %2.")
            .arg(text, known.join(QStringLiteral("、")));
    }
    static QString derivedCategory(const QString &text)
    {
        return tr("\"%1\" is not stored as a category: it follows from the birth date. Ignored.").arg(text);
    }
    static QString unknownRelation(const QString &text)
    {
        return tr("Unknown relationship \"%1\": stored as \"other\" with the text in the contact's notes.")
            .arg(text);
    }
    static QString scientificId(const QString &text)
    {
        return tr("The ID number was saved as a number (%1) and its last digits are lost; format the column "
                  "as "
                  "text in the original spreadsheet and export it again.")
            .arg(text);
    }
    static QString duplicateInFile(const QString &masked, int line)
    {
        return tr("The ID number %1 is also on line %2.").arg(masked).arg(line);
    }
    static QString duplicateInDatabase(const QString &name)
    {
        return tr("A subject with this ID number is already in the database (%1).").arg(name);
    }
    static QString statusDateAssumed(const QString &status, const QString &date)
    {
        return tr("Imported with status %1 but no status date; the import date %2 was used.")
            .arg(status, date);
    }
    static QString databaseRefused(const QString &why)
    {
        return tr("The database refused the row: %1").arg(why);
    }
    static QString tooManyRefusals(const QString &why)
    {
        return tr("The database refused too many rows; nothing was imported. Last reason: %1").arg(why);
    }
    static QString badAreaCode(const QString &why)
    {
        return tr("The default area code is not valid: %1").arg(why);
    }
    static QString badFilterKey(const QString &key, const QString &keys)
    {
        return tr("Unknown filter \"%1\". Filters: %2.").arg(key, keys);
    }
    static QString badFilterValue(const QString &key, const QString &value, const QStringList &known)
    {
        return tr("Unknown value \"%1\" for the filter %2. Values: %3.")
            .arg(value, key, known.join(QStringLiteral("、")));
    }
    static QString badAge(const QString &key, const QString &value)
    {
        return tr("The filter %1 needs an age in whole years from 0 to 150, not \"%2\".").arg(key, value);
    }
    static QString ageRange() { return tr("ageMin is greater than ageMax: no subject can match."); }
    static QString badRegion(const QString &value)
    {
        return tr("A region is given by the leading digits of its code (such as 4401 or 440104001), not "
                  "\"%1\".")
            .arg(value);
    }
    static QString emptyFilterValue(const QString &key) { return tr("The filter %1 has no value.").arg(key); }
};

// ---- cells and values ---------------------------------------------------------------------------

// A cell as the operator meant it: trimmed, without Excel's ="..." text wrapper, and without the
// apostrophe put before numbers (to keep them text) or before a leading = + - @ (our exports do, so
// that Excel does not run the cell as a formula).
QString clean(const QString &cell)
{
    QString s = cell.trimmed();
    if (s.size() >= 3 && s.startsWith(QLatin1String("=\"")) && s.endsWith(u'"'))
        s = s.mid(2, s.size() - 3).trimmed();
    if (s.size() >= 2 && s[0] == u'\'' && (s[1].isDigit() || QStringView(u"=+-@").contains(s[1])))
        s.remove(0, 1);
    return s;
}

struct DateValue {
    QDate date;
    QString error;
};

// 1938-04-12, 1938/4/12, 1938.4.12, 1938年4月12日, 19380412, or an Excel serial day number (13982).
DateValue parseDate(const QString &raw)
{
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression serial(QStringLiteral("^(\\d{1,5})(?:\\.\\d+)?$"));
    QString text = raw.normalized(QString::NormalizationForm_KC).trimmed();
    // A time part after the date ("1938-04-12 00:00:00", "1938-04-12T00:00:00").
    static const QRegularExpression time(QStringLiteral("[T\\s]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"));
    text.remove(time);
    QRegularExpressionMatch m = ymd.match(text);
    if (!m.hasMatch())
        m = compact.match(text);
    if (m.hasMatch()) {
        const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (!d.isValid())
            return {{}, Text::impossibleDate(raw.trimmed())};
        return {d, {}};
    }
    m = serial.match(text);
    if (m.hasMatch()) {
        // Excel counts days from 1900-01-01 = 1 and believes 1900 was a leap year (day 60 = 29 Feb).
        const int n = m.capturedView(1).toInt();
        if (n == 60)
            return {{}, Text::impossibleDate(QStringLiteral("1900-02-29"))};
        if (n < 1)
            return {{}, Text::badDate(raw.trimmed())};
        return {n < 60 ? QDate(1899, 12, 31).addDays(n) : QDate(1899, 12, 30).addDays(n), {}};
    }
    return {{}, Text::badDate(raw.trimmed())};
}

QStringList splitList(const QString &text, bool spacesSeparate)
{
    static const QRegularExpression withSpaces(QStringLiteral("[;,、/|\\s]+"));
    static const QRegularExpression withoutSpaces(QStringLiteral("[;,、/|\\n]+"));
    const QString s = text.normalized(QString::NormalizationForm_KC);
    QStringList out;
    for (const QString &part : s.split(spacesSeparate ? withSpaces : withoutSpaces, Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

struct Phones {
    QList<PhoneNumber> numbers;
    QStringList errors;
};

// One or more numbers in a cell, separated by / , ; 、 or spaces; spaces inside a number
// ("138 1234 5678", "020 8300 1234") are kept together.
Phones parsePhones(const QString &cell, const QString &areaCode)
{
    static const QRegularExpression separators(QStringLiteral("[/,;、|\\n]+"));
    Phones out;
    const QString s = cell.normalized(QString::NormalizationForm_KC);
    for (const QString &part : s.split(separators, Qt::SkipEmptyParts)) {
        const QString segment = part.trimmed();
        if (segment.isEmpty())
            continue;
        auto whole = PhoneNumber::parse(segment, areaCode);
        if (whole) {
            out.numbers.append(*whole);
            continue;
        }
        const QStringList tokens =
            segment.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        if (tokens.size() < 2) {
            out.errors.append(whole.error().message);
            continue;
        }
        // The fewest tokens that make a number, from left to right.
        qsizetype i = 0;
        while (i < tokens.size()) {
            bool found = false;
            QString joined;
            for (qsizetype j = i; j < tokens.size() && j < i + 4; ++j) {
                joined += (j > i ? QStringLiteral(" ") : QString()) + tokens[j];
                auto p = PhoneNumber::parse(joined, areaCode);
                if (p) {
                    out.numbers.append(*p);
                    i = j + 1;
                    found = true;
                    break;
                }
            }
            if (!found) {
                out.errors.append(PhoneNumber::parse(tokens[i], areaCode).error().message);
                break;
            }
        }
    }
    return out;
}

QString phoneLabel(const PhoneNumber &p, bool own)
{
    switch (p.kind()) {
    case PhoneKind::Mobile:
        return QStringLiteral("手机");
    case PhoneKind::FixedLine:
        return own ? QStringLiteral("家") : QStringLiteral("固话");
    case PhoneKind::Service:
    case PhoneKind::International:
        break;
    }
    return {};
}

void addPhones(QList<ContactPhone> &to, const QList<PhoneNumber> &numbers, bool own)
{
    for (const PhoneNumber &n : numbers) {
        const bool known = std::any_of(to.cbegin(), to.cend(), [&](const ContactPhone &p) {
            return p.number.canonical() == n.canonical() && p.number.extension() == n.extension();
        });
        if (!known)
            to.append(ContactPhone{n, phoneLabel(n, own)});
    }
}

// What exports write for a phone: the national dialling form, "转" and the extension.
QString phoneText(const PhoneNumber &p)
{
    QString s = p.dialString();
    if (!p.extension().isEmpty())
        s += QStringLiteral("转") + p.extension();
    return s;
}

// ---- header mapping -----------------------------------------------------------------------------

struct Column {
    int index = 0;
    Field field = Field::Ignore;
    int contact = 0; // 1, 2, ... for contact fields
    QString header;
    bool guardian = false; // a 监护人 column: the relationship when none is given
};

struct ContactColumns {
    QList<int> names;
    QList<int> phones;
    QList<int> relations;
    bool guardian = false;
};

struct Mapping {
    QList<Column> columns;
    QHash<int, QList<int>> byField;         // Field -> column indexes into `columns`
    std::map<int, ContactColumns> contacts; // contact number -> its columns
    QList<RowProblem> warnings;

    QList<int> of(Field f) const { return byField.value(int(f)); }

    // The header the operator sees for a field, or our key when the file has no such column.
    QString header(Field f, int contact = 0) const
    {
        for (const Column &c : columns) {
            if (c.field == f && (contact == 0 || c.contact == contact))
                return c.header;
        }
        return {};
    }
    QString headerOr(Field f, int contact = 0) const
    {
        const QString h = header(f, contact);
        if (!h.isEmpty())
            return h;
        return contact > 0 ? fieldKey(f) + QString::number(contact) : fieldKey(f);
    }
};

std::optional<std::pair<Field, int>> fieldFromKey(const QString &key)
{
    static const QRegularExpression contact(
        QStringLiteral("^(contactname|contactphone|contactrelation)(\\d*)$"));
    const QString k = key.trimmed().toLower();
    if (const QRegularExpressionMatch m = contact.match(k); m.hasMatch()) {
        const int n = m.capturedView(2).isEmpty() ? 1 : m.capturedView(2).toInt();
        const QStringView what = m.capturedView(1);
        const Field f = what == u"contactname"    ? Field::ContactName
                        : what == u"contactphone" ? Field::ContactPhone
                                                  : Field::ContactRelation;
        return std::pair{f, n < 1 ? 1 : n};
    }
    for (const FieldKey &f : kFieldKeys) {
        if (k == QString::fromLatin1(f.key).toLower())
            return std::pair{f.field, 0};
    }
    return std::nullopt;
}

std::optional<std::pair<Field, int>> recognise(const QString &header)
{
    const QString h = normalise(header);
    if (auto it = headerAliases().constFind(h); it != headerAliases().cend())
        return std::pair{*it, isContactField(*it) ? 1 : 0};
    if (auto c = contactHeader(h))
        return c;
    // "联系电话（手机）", "出生日期[年月日]": the words before the brackets.
    static const QRegularExpression brackets(QStringLiteral("[(\\[【].*?[)\\]】]"));
    QString bare = h;
    bare.remove(brackets);
    if (bare != h && !bare.isEmpty()) {
        if (auto it = headerAliases().constFind(bare); it != headerAliases().cend())
            return std::pair{*it, isContactField(*it) ? 1 : 0};
        if (auto c = contactHeader(bare))
            return c;
    }
    return std::nullopt;
}

Result<Mapping> mapHeaders(const QStringList &headers, int headerLine, const QMap<QString, QString> &extra)
{
    QHash<QString, std::pair<Field, int>> userMap;
    QStringList keys;
    for (const FieldKey &k : kFieldKeys)
        keys.append(QString::fromLatin1(k.key));
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        auto f = fieldFromKey(it.value());
        if (!f)
            return makeError(ErrorCode::Invalid,
                             Text::badFieldKey(it.key(), it.value(), keys.join(QStringLiteral(", "))),
                             QStringLiteral("headerMap"));
        userMap.insert(normalise(it.key()), *f);
    }

    Mapping m;
    QSet<QString> warned;
    for (int i = 0; i < headers.size(); ++i) {
        const QString header = headers[i].trimmed();
        if (header.isEmpty())
            continue;
        std::optional<std::pair<Field, int>> f;
        if (auto it = userMap.constFind(normalise(header)); it != userMap.cend())
            f = *it;
        else
            f = recognise(header);
        if (!f) {
            if (!warned.contains(normalise(header)))
                m.warnings.append(RowProblem{headerLine, header, Text::unknownColumn()});
            warned.insert(normalise(header));
            continue;
        }
        if (f->first == Field::Ignore)
            continue;
        Column c{i, f->first, isContactField(f->first) ? std::max(1, f->second) : 0, header,
                 normalise(header).contains(u"监护人")};
        m.byField[int(c.field)].append(int(m.columns.size()));
        if (isContactField(c.field)) {
            ContactColumns &cc = m.contacts[c.contact];
            QList<int> &list = c.field == Field::ContactName    ? cc.names
                               : c.field == Field::ContactPhone ? cc.phones
                                                                : cc.relations;
            list.append(i);
            cc.guardian = cc.guardian || c.guardian;
        }
        m.columns.append(c);
    }
    return m;
}

bool hasNameColumn(const QStringList &headers, const QMap<QString, QString> &extra)
{
    auto m = mapHeaders(headers, 0, extra);
    return m && !m->of(Field::Name).isEmpty();
}

// ---- rows ---------------------------------------------------------------------------------------

struct ParsedRow {
    int line = 0;
    Subject subject;
    QList<RowProblem> problems;
    QString idempotencyKey;
    bool alreadyImported = false;
};

class RowParser {
public:
    RowParser(const Mapping &m, const QString &areaCode, QList<RowProblem> &warnings)
        : m_map(m)
        , m_area(areaCode)
        , m_warnings(warnings)
        , m_today(QDate::currentDate())
    {
    }

    ParsedRow parse(const TableRow &row);

private:
    QString cell(int index) const { return index < m_cells->size() ? clean(m_cells->at(index)) : QString(); }
    // The first non-empty cell of a field, with its column's header.
    std::pair<QString, QString> first(Field f) const
    {
        for (int ci : m_map.of(f)) {
            const Column &c = m_map.columns[ci];
            if (QString v = cell(c.index); !v.isEmpty())
                return {v, c.header};
        }
        return {};
    }
    // Every non-empty cell of a field, with its column's header.
    QList<std::pair<QString, QString>> all(Field f) const
    {
        QList<std::pair<QString, QString>> out;
        for (int ci : m_map.of(f)) {
            const Column &c = m_map.columns[ci];
            if (QString v = cell(c.index); !v.isEmpty())
                out.append({v, c.header});
        }
        return out;
    }
    QString joined(Field f) const
    {
        QStringList parts;
        for (const auto &[v, h] : all(f))
            parts.append(v);
        return parts.join(QStringLiteral("；"));
    }
    QStringList list(Field f, bool spacesSeparate) const
    {
        QStringList out;
        for (const auto &[v, h] : all(f))
            out += splitList(v, spacesSeparate);
        out.removeDuplicates();
        return out;
    }
    void problem(const QString &field, const QString &reason)
    {
        m_row->problems.append({m_line, field, reason});
    }
    void warning(const QString &field, const QString &reason) { m_warnings.append({m_line, field, reason}); }

    template<typename E>
    std::optional<E> value(Field f, const Vocabulary<E> &words)
    {
        const auto [text, header] = first(f);
        if (text.isEmpty())
            return std::nullopt;
        auto v = words.lookup(text);
        if (!v)
            problem(header, Text::unknownValue(text, words.canonicalTexts()));
        return v;
    }

    void parseContacts(Subject &s, QList<int> &groups);
    QString headerForProblem(const QString &field, const QList<int> &groups) const;

    const Mapping &m_map;
    QString m_area;
    QList<RowProblem> &m_warnings;
    QDate m_today;
    const QStringList *m_cells = nullptr;
    ParsedRow *m_row = nullptr;
    int m_line = 0;
    QList<int> m_contactsWithBadPhones; // indexes into Subject::contacts
};

ParsedRow RowParser::parse(const TableRow &row)
{
    ParsedRow out;
    out.line = row.line;
    m_cells = &row.cells;
    m_row = &out;
    m_line = row.line;
    Subject &s = out.subject;
    s.meta.id = RecordMeta::newId();
    s.meta.version = 0;
    s.name = first(Field::Name).first;

    if (auto [text, header] = first(Field::ResidentId); !text.isEmpty()) {
        QString compact = text;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        if (compact.contains(u'E', Qt::CaseInsensitive) && compact.contains(u'.')) {
            problem(header, Text::scientificId(text));
        } else if (auto id = ResidentId::parse(compact, m_today)) {
            s.residentId = *id;
        } else {
            problem(header, id.error().message);
        }
    }
    bool birthGiven = false;
    if (auto [text, header] = first(Field::BirthDate); !text.isEmpty()) {
        birthGiven = true;
        const DateValue d = parseDate(text);
        if (d.date.isValid())
            s.birthDate = d.date;
        else
            problem(header, d.error);
    }
    if (!birthGiven && !s.residentId.isNull())
        s.birthDate = s.residentId.birthDate();
    if (auto [text, header] = first(Field::Sex); !text.isEmpty()) {
        if (auto v = sexWords().lookup(text))
            s.sex = *v;
        else
            problem(header, Text::unknownValue(text, sexWords().canonicalTexts()));
    } else if (!s.residentId.isNull()) {
        s.sex = s.residentId.sex();
    }

    for (const auto &[text, header] : all(Field::Phone)) {
        const Phones p = parsePhones(text, m_area);
        for (const QString &e : p.errors)
            problem(header, e);
        addPhones(s.phones, p.numbers, true);
    }

    s.address.province = first(Field::Province).first;
    s.address.city = first(Field::City).first;
    s.address.district = first(Field::District).first;
    s.address.street = first(Field::Street).first;
    s.address.community = first(Field::Community).first;
    s.address.detail = joined(Field::Address);
    s.address.regionCode = first(Field::RegionCode).first;
    s.address.regionCode.remove(QRegularExpression(QStringLiteral("\\s")));

    for (const auto &[text, header] : all(Field::Categories)) {
        for (const QString &word : splitList(text, true)) {
            const QString n = normalise(word);
            if (n == u"无")
                continue;
            std::optional<SubjectCategory> c;
            if (auto level = levelInCategory(n)) {
                c = SubjectCategory::Disabled;
                if (s.disabilityLevel == DisabilityLevel::None)
                    s.disabilityLevel = *level;
            } else {
                c = categoryWords().lookup(word);
            }
            if (c) {
                if (!s.categories.contains(*c))
                    s.categories.append(*c);
            } else if (isDerivedCategory(n)) {
                warning(header, Text::derivedCategory(word));
            } else {
                problem(header, Text::unknownCategory(word, categoryWords().canonicalTexts()));
            }
        }
    }
    if (auto v = value(Field::DisabilityLevel, disabilityWords()))
        s.disabilityLevel = *v; // the level column wins over a level in the category
    if (auto v = value(Field::FundingSequence, fundingWords()))
        s.fundingSequence = *v;
    if (auto v = value(Field::CareTier, tierWords()))
        s.careTier = *v;
    if (auto v = value(Field::Status, statusWords()))
        s.status = *v;
    if (auto [text, header] = first(Field::StatusSince); !text.isEmpty()) {
        const DateValue d = parseDate(text);
        if (d.date.isValid())
            s.statusSince = d.date;
        else
            problem(header, d.error);
    }

    s.healthNotes = joined(Field::HealthNotes);
    s.medications = list(Field::Medications, false);
    s.allergies = list(Field::Allergies, false);
    s.languages = list(Field::Languages, true);
    s.remarks = joined(Field::Remarks);

    // A status other than 在册 needs its date; the old sheets seldom have one.
    if (s.status != SubjectStatus::Active && !s.statusSince.isValid()
        && first(Field::StatusSince).first.isEmpty()) {
        s.statusSince = m_today;
        const QString note =
            Text::statusDateAssumed(statusWords().text(s.status), m_today.toString(Qt::ISODate));
        s.remarks = s.remarks.isEmpty() ? note : s.remarks + QStringLiteral("；") + note;
    }

    QList<int> groups; // contact number of each entry of s.contacts
    m_contactsWithBadPhones.clear();
    parseContacts(s, groups);

    for (const Error &e : s.problems(m_today)) {
        // "needs a phone" after the phone was refused says nothing new.
        bool repeated = false;
        for (int i : m_contactsWithBadPhones)
            repeated = repeated || e.field == QStringLiteral("contacts[%1].phones").arg(i);
        if (!repeated)
            problem(headerForProblem(e.field, groups), e.message);
    }
    m_cells = nullptr;
    m_row = nullptr;
    return out;
}

void RowParser::parseContacts(Subject &s, QList<int> &groups)
{
    static const QRegularExpression inBrackets(QStringLiteral("^(.*?)\\s*[(（](.+?)[)）]\\s*$"));
    static const QRegularExpression phoneStart(QStringLiteral("[+\\d]"));
    static const QRegularExpression longDigits(QStringLiteral("\\d{7,}"));
    for (const auto &[number, cols] : m_map.contacts) {
        EmergencyContact c;
        QString relationText;
        for (int i : cols.names) {
            if (QString v = cell(i); !v.isEmpty() && c.name.isEmpty())
                c.name = v;
        }
        QStringList phoneCells;
        for (int i : cols.phones) {
            if (QString v = cell(i); !v.isEmpty())
                phoneCells.append(v);
        }
        for (int i : cols.relations) {
            if (QString v = cell(i); !v.isEmpty() && relationText.isEmpty())
                relationText = v;
        }
        // "李秀兰（女儿）13911112222" in the name column: old sheets put everything in one cell.
        if (longDigits.match(c.name).hasMatch()) {
            const qsizetype at = c.name.indexOf(phoneStart);
            phoneCells.append(c.name.mid(at));
            c.name = c.name.left(at).trimmed();
            while (!c.name.isEmpty() && QStringView(u":,;/-：，；、").contains(c.name.back()))
                c.name.chop(1);
            c.name = c.name.trimmed();
        }
        if (const QRegularExpressionMatch m = inBrackets.match(c.name); m.hasMatch()) {
            if (relationWords().lookup(m.captured(2)) && relationText.isEmpty()) {
                relationText = m.captured(2);
                c.name = m.captured(1).trimmed();
            }
        }
        if (c.name.isEmpty() && phoneCells.isEmpty()) // a relationship alone is nobody to call
            continue;

        const QString nameHeader = m_map.headerOr(Field::ContactName, number);
        for (const QString &text : phoneCells) {
            const Phones p = parsePhones(text, m_area);
            for (const QString &e : p.errors)
                problem(m_map.header(Field::ContactPhone, number).isEmpty()
                            ? nameHeader
                            : m_map.header(Field::ContactPhone, number),
                        e);
            if (!p.errors.isEmpty() && !m_contactsWithBadPhones.contains(int(s.contacts.size())))
                m_contactsWithBadPhones.append(int(s.contacts.size()));
            addPhones(c.phones, p.numbers, false);
        }
        if (!relationText.isEmpty()) {
            if (auto r = relationWords().lookup(relationText)) {
                c.relationship = *r;
            } else {
                c.relationship = Relationship::Other;
                c.notes = relationText;
                warning(m_map.headerOr(Field::ContactRelation, number), Text::unknownRelation(relationText));
            }
        } else if (cols.guardian) {
            c.relationship = Relationship::Guardian;
        }
        c.order = int(s.contacts.size()) + 1;
        s.contacts.append(c);
        groups.append(number);
    }
}

// A Subject::problems() field ("birthDate", "contacts[1].phones") as the header the operator sees.
QString RowParser::headerForProblem(const QString &field, const QList<int> &groups) const
{
    static const QRegularExpression contact(QStringLiteral("^contacts\\[(\\d+)\\]\\.(\\w+)$"));
    if (const QRegularExpressionMatch m = contact.match(field); m.hasMatch()) {
        const int index = m.capturedView(1).toInt();
        const int number = index < groups.size() ? groups[index] : index + 1;
        if (m.capturedView(2) == u"phones") {
            const QString h = m_map.header(Field::ContactPhone, number);
            if (!h.isEmpty())
                return h;
        }
        return m_map.headerOr(Field::ContactName, number);
    }
    static const QHash<QString, Field> fields{
        {QStringLiteral("name"), Field::Name},
        {QStringLiteral("sex"), Field::Sex},
        {QStringLiteral("birthDate"), Field::BirthDate},
        {QStringLiteral("residentId"), Field::ResidentId},
        {QStringLiteral("address.regionCode"), Field::RegionCode},
        {QStringLiteral("address.detail"), Field::Address},
        {QStringLiteral("disabilityLevel"), Field::DisabilityLevel},
        {QStringLiteral("statusSince"), Field::StatusSince},
    };
    if (auto it = fields.constFind(field); it != fields.cend()) {
        QString h = m_map.header(*it);
        if (h.isEmpty() && *it == Field::DisabilityLevel)
            h = m_map.header(Field::Categories);
        if (h.isEmpty() && *it == Field::StatusSince)
            h = m_map.header(Field::Status);
        return h.isEmpty() ? m_map.headerOr(*it) : h;
    }
    return field;
}

Result<QByteArray> fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, f.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return makeError(ErrorCode::Io, f.errorString());
    return hash.result().toHex().left(16);
}

} // namespace

// ---- import -------------------------------------------------------------------------------------

SubjectImporter::SubjectImporter(store::Database &db, WriteService &writes)
    : m_db(db)
    , m_writes(writes)
{
}

QStringList SubjectImporter::fieldKeys()
{
    QStringList keys;
    for (const FieldKey &k : kFieldKeys)
        keys.append(QString::fromLatin1(k.key));
    return keys;
}

Result<ImportReport> SubjectImporter::importFile(const QString &path, const ImportOptions &options,
                                                 const Actor &actor)
{
    if (!WriteService::mayWrite(actor, RecordKind::Subject, WriteOp::Put))
        return makeError(ErrorCode::Forbidden, Text::forbidden());
    if (auto probe = PhoneNumber::parse(u"83001234", options.defaultAreaCode); !probe)
        return makeError(ErrorCode::Invalid, Text::badAreaCode(probe.error().message),
                         QStringLiteral("areaCode"));

    QElapsedTimer timer;
    timer.start();
    auto table = readTable(path, options.encoding);
    if (!table)
        return table.error();
    auto hash = fileHash(path);
    if (!hash)
        return hash.error();
    const QString fileName = QFileInfo(path).fileName();
    const QString keyPrefix = QStringLiteral("import:") + QString::fromLatin1(*hash) + u':';

    // A title row above the header ("XX区平安通服务对象名册") is common: the header is then the first
    // of the first few rows that has a name column.
    QStringList headers = table->headers;
    int headerLine = table->headerLine;
    qsizetype firstData = 0;
    if (!hasNameColumn(headers, options.headerMap)) {
        for (qsizetype i = 0; i < std::min<qsizetype>(table->rows.size(), 10); ++i) {
            if (hasNameColumn(table->rows[i].cells, options.headerMap)) {
                headers = table->rows[i].cells;
                headerLine = table->rows[i].line;
                firstData = i + 1;
                break;
            }
        }
    }
    auto mapping = mapHeaders(headers, headerLine, options.headerMap);
    if (!mapping)
        return mapping.error();
    if (mapping->of(Field::Name).isEmpty()) {
        QStringList found;
        for (const QString &h : table->headers) {
            if (!h.trimmed().isEmpty())
                found.append(h.trimmed());
        }
        return makeError(ErrorCode::Invalid, Text::noNameColumn(found.join(QStringLiteral(", "))),
                         QStringLiteral("name"));
    }

    ImportReport report;
    report.warnings = mapping->warnings;
    RowParser parser(*mapping, options.defaultAreaCode, report.warnings);
    QList<ParsedRow> rows;
    rows.reserve(table->rows.size() - firstData);
    for (qsizetype i = firstData; i < table->rows.size(); ++i) {
        ParsedRow r = parser.parse(table->rows[i]);
        r.idempotencyKey = keyPrefix + QString::number(r.line);
        rows.append(std::move(r));
    }
    report.rowsRead = int(rows.size());
    const qint64 parsedMs = timer.elapsed();

    // Rows written by an earlier import of this very file.
    ChangeFeed feed(m_db);
    for (ParsedRow &r : rows) {
        auto seen = feed.byIdempotencyKey(r.idempotencyKey);
        if (!seen)
            return seen.error();
        r.alreadyImported = seen->has_value();
    }
    // The same person twice in the file, or already in the database.
    const QString idHeader = mapping->headerOr(Field::ResidentId);
    QHash<QString, int> firstLine;
    store::SubjectRepository subjects(m_db);
    for (ParsedRow &r : rows) {
        if (r.alreadyImported || r.subject.residentId.isNull())
            continue;
        const QString number = r.subject.residentId.number();
        if (auto it = firstLine.constFind(number); it != firstLine.cend()) {
            r.problems.append({r.line, idHeader, Text::duplicateInFile(r.subject.residentId.masked(), *it)});
            continue;
        }
        firstLine.insert(number, r.line);
        if (!r.problems.isEmpty())
            continue;
        auto existing = subjects.findByResidentId(number);
        if (!existing)
            return existing.error();
        if (!existing->isEmpty())
            r.problems.append({r.line, idHeader, Text::duplicateInDatabase(existing->first().name)});
    }

    const qint64 checkedMs = timer.elapsed();
    QList<int> good;
    for (int i = 0; i < rows.size(); ++i) {
        const ParsedRow &r = rows[i];
        if (r.alreadyImported) {
            ++report.alreadyImported;
        } else if (!r.problems.isEmpty()) {
            ++report.rejected;
            report.problems += r.problems;
        } else {
            good.append(i);
        }
    }

    if (!good.isEmpty() && !(options.allOrNothing && report.rejected > 0)) {
        // WriteService::apply joins this transaction; a row it refuses inside marks the whole
        // transaction for rollback, so such a row is dropped and the others are written again.
        constexpr int kMaxRefusals = 50;
        QList<int> pending = good;
        int refusals = 0;
        for (;;) {
            int imported = 0;
            int duplicates = 0;
            int failedAt = -1;
            Error failure;
            const Status s = m_db.transaction([&]() -> Status {
                for (int pos = 0; pos < pending.size(); ++pos) {
                    const ParsedRow &r = rows[pending[pos]];
                    auto w =
                        m_writes.apply(WriteRequest{RecordKind::Subject, WriteOp::Put, r.subject.toCbor(),
                                                    r.subject.meta.id, 0, r.idempotencyKey},
                                       actor);
                    if (!w) {
                        failedAt = pos;
                        failure = w.error();
                        return w.error();
                    }
                    if (w->duplicate)
                        ++duplicates;
                    else
                        ++imported;
                }
                return {};
            });
            if (s) {
                report.imported = imported;
                report.alreadyImported += duplicates;
                break;
            }
            if (failedAt < 0) // the commit itself failed: nothing was written
                return s.error();
            const ParsedRow &bad = rows[pending[failedAt]];
            report.problems.append({bad.line, failure.field, Text::databaseRefused(failure.message)});
            ++report.rejected;
            qCWarning(lcImport) << "row" << bad.line << "of" << fileName << "refused:" << failure.toString();
            if (options.allOrNothing)
                break;
            if (++refusals >= kMaxRefusals)
                return makeError(ErrorCode::Storage, Text::tooManyRefusals(failure.message));
            pending.removeAt(failedAt);
            if (pending.isEmpty())
                break;
        }
    }

    std::stable_sort(report.problems.begin(), report.problems.end(),
                     [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });
    std::stable_sort(report.warnings.begin(), report.warnings.end(),
                     [](const RowProblem &a, const RowProblem &b) { return a.line < b.line; });

    const QString detail = QStringLiteral("file=%1 sha256=%2 rows=%3 imported=%4 already=%5 rejected=%6%7")
                               .arg(fileName, QString::fromLatin1(*hash))
                               .arg(report.rowsRead)
                               .arg(report.imported)
                               .arg(report.alreadyImported)
                               .arg(report.rejected)
                               .arg(options.allOrNothing ? QStringLiteral(" all-or-nothing") : QString());
    AuditLog audit(m_db);
    if (Status s =
            audit.record(actor, QStringLiteral("import"), recordKindKey(RecordKind::Subject), {}, detail);
        !s)
        qCWarning(lcImport) << "audit entry for the import of" << fileName
                            << "failed:" << s.error().toString();
    qCInfo(lcImport).noquote() << "import of" << fileName << "by" << actor.login << ":" << detail;
    qCDebug(lcImport) << "read and parsed in" << parsedMs << "ms, checked against the database in"
                      << checkedMs - parsedMs << "ms, written in" << timer.elapsed() - checkedMs << "ms";
    return report;
}

// ---- export -------------------------------------------------------------------------------------

namespace {

struct CompiledFilter {
    QString region;
    QList<SubjectCategory> categories;
    QList<SubjectStatus> statuses;
    QList<CareTier> tiers;
    QList<DisabilityLevel> levels;
    QList<FundingSequence> sequences;
    QList<Sex> sexes;
    QStringList streets;
    QStringList communities;
    QStringList districts;
    std::optional<int> ageMin;
    std::optional<int> ageMax;

    bool matches(const Subject &s, const QDate &today) const
    {
        if (!region.isEmpty() && !s.address.regionCode.startsWith(region))
            return false;
        if (!categories.isEmpty()
            && std::none_of(categories.cbegin(), categories.cend(),
                            [&](SubjectCategory c) { return s.hasCategory(c); }))
            return false;
        if (!statuses.isEmpty() && !statuses.contains(s.status))
            return false;
        if (!tiers.isEmpty() && !tiers.contains(s.careTier))
            return false;
        if (!levels.isEmpty() && !levels.contains(s.disabilityLevel))
            return false;
        if (!sequences.isEmpty() && !sequences.contains(s.fundingSequence))
            return false;
        if (!sexes.isEmpty() && !sexes.contains(s.sex))
            return false;
        if (!streets.isEmpty() && !streets.contains(s.address.street.trimmed()))
            return false;
        if (!communities.isEmpty() && !communities.contains(s.address.community.trimmed()))
            return false;
        if (!districts.isEmpty() && !districts.contains(s.address.district.trimmed()))
            return false;
        if (ageMin || ageMax) {
            const int age = s.ageOn(today);
            if (age < 0 || (ageMin && age < *ageMin) || (ageMax && age > *ageMax))
                return false;
        }
        return true;
    }
};

Error filterError(const QString &message)
{
    return makeError(ErrorCode::Invalid, message, QStringLiteral("filter"));
}

template<typename E>
Status addValues(QList<E> &to, const QString &key, const QString &values, const Vocabulary<E> &words)
{
    for (const QString &v : values.split(u'|', Qt::SkipEmptyParts)) {
        auto e = words.lookup(v);
        if (!e)
            return filterError(Text::badFilterValue(key, v.trimmed(), words.canonicalTexts()));
        if (!to.contains(*e))
            to.append(*e);
    }
    return {};
}

Result<CompiledFilter> compile(const ExportFilter &filter)
{
    static const QStringList keys{
        QStringLiteral("category"),        QStringLiteral("status"),          QStringLiteral("careTier"),
        QStringLiteral("disabilityLevel"), QStringLiteral("fundingSequence"), QStringLiteral("sex"),
        QStringLiteral("street"),          QStringLiteral("community"),       QStringLiteral("district"),
        QStringLiteral("ageMin"),          QStringLiteral("ageMax")};
    CompiledFilter f;
    const QString region = filter.regionPrefix.trimmed();
    static const QRegularExpression digits(QStringLiteral("^\\d{1,12}$"));
    if (!region.isEmpty() && !digits.match(region).hasMatch())
        return filterError(Text::badRegion(region));
    f.region = region;
    for (auto it = filter.where.cbegin(); it != filter.where.cend(); ++it) {
        QString key;
        for (const QString &k : keys) {
            if (k.compare(it.key().trimmed(), Qt::CaseInsensitive) == 0)
                key = k;
        }
        if (key.isEmpty())
            return filterError(Text::badFilterKey(it.key(), keys.join(QStringLiteral(", "))));
        const QString value = it.value().trimmed();
        if (value.isEmpty())
            return filterError(Text::emptyFilterValue(key));
        Status s;
        if (key == u"category")
            s = addValues(f.categories, key, value, categoryWords());
        else if (key == u"status")
            s = addValues(f.statuses, key, value, statusWords());
        else if (key == u"careTier")
            s = addValues(f.tiers, key, value, tierWords());
        else if (key == u"disabilityLevel")
            s = addValues(f.levels, key, value, disabilityWords());
        else if (key == u"fundingSequence")
            s = addValues(f.sequences, key, value, fundingWords());
        else if (key == u"sex")
            s = addValues(f.sexes, key, value, sexWords());
        else if (key == u"street")
            f.streets = value.split(u'|', Qt::SkipEmptyParts);
        else if (key == u"community")
            f.communities = value.split(u'|', Qt::SkipEmptyParts);
        else if (key == u"district")
            f.districts = value.split(u'|', Qt::SkipEmptyParts);
        else {
            bool ok = false;
            const int age = value.toInt(&ok);
            if (!ok || age < 0 || age > 150)
                return filterError(Text::badAge(key, value));
            (key == u"ageMin" ? f.ageMin : f.ageMax) = age;
        }
        if (!s)
            return s.error();
    }
    for (QStringList *names : {&f.streets, &f.communities, &f.districts}) {
        for (QString &n : *names)
            n = n.trimmed();
    }
    if (f.ageMin && f.ageMax && *f.ageMin > *f.ageMax)
        return filterError(Text::ageRange());
    return f;
}

QString describe(const ExportFilter &filter)
{
    QStringList parts;
    if (!filter.regionPrefix.isEmpty())
        parts.append(QStringLiteral("region=") + filter.regionPrefix.trimmed());
    for (auto it = filter.where.cbegin(); it != filter.where.cend(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.isEmpty() ? QStringLiteral("all") : parts.join(u',');
}

// Text a spreadsheet must not run as a formula; the importer removes the apostrophe.
QString safeText(const QString &s)
{
    if (!s.isEmpty() && QStringView(u"=+-@").contains(s.front()))
        return u'\'' + s;
    return s;
}

// Digits Excel would turn into a number (and lose: 18-digit IDs, leading zeros of 020...).
QString asText(const QString &s)
{
    return s.isEmpty() ? s : u'\t' + s;
}

QString phonesText(const QList<ContactPhone> &phones)
{
    QStringList parts;
    for (const ContactPhone &p : phones)
        parts.append(phoneText(p.number));
    return asText(parts.join(u'/'));
}

} // namespace

Result<int> exportSubjects(store::Database &db, const QString &path, const ExportFilter &filter,
                           const Actor &actor, AuditLog &audit)
{
    auto compiled = compile(filter);
    if (!compiled)
        return compiled.error();
    const QDate today = QDate::currentDate();

    store::SubjectRepository repo(db);
    QList<Subject> selected;
    QString after = QStringLiteral(""); // not a null QString: that binds as NULL, and id > NULL is never true
    for (;;) {
        auto page = repo.rawPage(after, 1000);
        if (!page)
            return page.error();
        for (const auto &[id, bytes] : *page) {
            auto s = Subject::fromCbor(QCborValue::fromCbor(bytes));
            if (!s)
                return s.error();
            if (compiled->matches(*s, today))
                selected.append(std::move(s).value());
        }
        if (page->size() < 1000)
            break;
        after = page->last().first;
    }
    std::sort(selected.begin(), selected.end(), [](const Subject &a, const Subject &b) {
        return std::tie(a.address.regionCode, a.address.street, a.address.community, a.name, a.meta.id)
               < std::tie(b.address.regionCode, b.address.street, b.address.community, b.name, b.meta.id);
    });

    qsizetype contactColumns = 1;
    for (const Subject &s : selected)
        contactColumns = std::max(contactColumns, s.contacts.size());

    QStringList headers{QStringLiteral("姓名"),       QStringLiteral("性别"),     QStringLiteral("出生日期"),
                        QStringLiteral("身份证号码"), QStringLiteral("联系电话"), QStringLiteral("省"),
                        QStringLiteral("市"),         QStringLiteral("区县"),     QStringLiteral("街道"),
                        QStringLiteral("社区"),       QStringLiteral("居住地址"), QStringLiteral("区划代码")};
    for (qsizetype i = 1; i <= contactColumns; ++i) {
        const QString n = QString::number(i);
        headers << QStringLiteral("紧急联系人") + n
                << QStringLiteral("紧急联系人") + n + QStringLiteral("电话")
                << QStringLiteral("紧急联系人") + n + QStringLiteral("关系");
    }
    headers << QStringLiteral("对象类别") << QStringLiteral("失能等级") << QStringLiteral("资助序列")
            << QStringLiteral("关爱等级") << QStringLiteral("健康状况") << QStringLiteral("用药")
            << QStringLiteral("过敏史") << QStringLiteral("语言") << QStringLiteral("状态")
            << QStringLiteral("状态日期") << QStringLiteral("备注");

    QList<QStringList> rows;
    rows.reserve(selected.size());
    for (const Subject &s : selected) {
        QStringList r;
        r << safeText(s.name) << (s.sex == Sex::Unknown ? QString() : sexWords().text(s.sex))
          << s.birthDate.toString(Qt::ISODate) << asText(s.residentId.number()) << phonesText(s.phones)
          << safeText(s.address.province) << safeText(s.address.city) << safeText(s.address.district)
          << safeText(s.address.street) << safeText(s.address.community) << safeText(s.address.detail)
          << asText(s.address.regionCode);
        for (qsizetype i = 0; i < contactColumns; ++i) {
            if (i < s.contacts.size()) {
                const EmergencyContact &c = s.contacts[i];
                r << safeText(c.name) << phonesText(c.phones) << relationWords().text(c.relationship);
            } else {
                r << QString() << QString() << QString();
            }
        }
        QStringList categories;
        for (SubjectCategory c : s.categories)
            categories.append(categoryWords().text(c));
        r << categories.join(u';')
          << (s.disabilityLevel == DisabilityLevel::None ? QString()
                                                         : disabilityWords().text(s.disabilityLevel))
          << (s.fundingSequence == FundingSequence::None ? QString() : fundingWords().text(s.fundingSequence))
          << tierWords().text(s.careTier) << safeText(s.healthNotes)
          << safeText(s.medications.join(QStringLiteral("、")))
          << safeText(s.allergies.join(QStringLiteral("、")))
          << safeText(s.languages.join(QStringLiteral("、"))) << statusWords().text(s.status)
          << s.statusSince.toString(Qt::ISODate) << safeText(s.remarks);
        rows.append(r);
    }

    if (Status s = writeCsv(path, headers, rows); !s)
        return s.error();
    const QString detail = QStringLiteral("file=%1 filter=%2 count=%3")
                               .arg(QFileInfo(path).fileName(), describe(filter))
                               .arg(selected.size());
    // Personal data left the system: without its audit entry the file must not stay.
    if (Status s =
            audit.record(actor, QStringLiteral("export"), recordKindKey(RecordKind::Subject), {}, detail);
        !s) {
        QFile::remove(path);
        return s.error();
    }
    qCInfo(lcImport).noquote() << "export by" << actor.login << ":" << detail;
    return int(selected.size());
}

} // namespace safelink::hub
