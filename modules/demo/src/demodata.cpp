#include <safelink/demo/demodata.h>

#include <safelink/core/account.h>
#include <safelink/core/article.h>
#include <safelink/core/callrecord.h>
#include <safelink/core/casefile.h>
#include <safelink/core/device.h>
#include <safelink/core/household.h>
#include <safelink/core/resource.h>
#include <safelink/core/subject.h>
#include <safelink/core/workorder.h>
#include <safelink/store/database.h>
#include <safelink/store/repositories.h>

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <unordered_set>
#include <vector>

namespace safelink::demo {

namespace {

Q_LOGGING_CATEGORY(lcDemo, "safelink.demo")

using namespace safelink::core;
using store::Database;

// ---- randomness -------------------------------------------------------------------------------

// Our own range mapping instead of std::uniform_int_distribution: the standard leaves its
// algorithm open, and the same seed must give the same center with every standard library.
class Rng {
public:
    explicit Rng(quint32 seed)
        : m_engine(seed)
    {
    }

    quint32 next() { return quint32(m_engine()); }
    quint64 next64() { return (quint64(next()) << 32) | next(); }
    int range(int lo, int hi) { return lo + int((quint64(next()) * quint64(hi - lo + 1)) >> 32); }
    double real() { return next() / 4294967296.0; }
    double real(double lo, double hi) { return lo + (hi - lo) * real(); }
    bool chance(double p) { return real() < p; }

    template<typename List>
    const auto &pick(const List &list)
    {
        return list[range(0, int(std::size(list)) - 1)];
    }

    // A UUID in the version-7 layout: a 48-bit millisecond prefix that only grows, then random
    // bits. RecordMeta::newId() is not reproducible, and time-ordered keys append to the B-trees
    // instead of scattering over them (about twice as fast a bulk load).
    QString uuid(quint64 milliseconds)
    {
        quint64 hi = (milliseconds << 16) | (next64() & 0xffff);
        quint64 lo = next64();
        hi = (hi & ~quint64(0xf000)) | 0x7000;
        lo = (lo & ~(quint64(0xc) << 60)) | (quint64(0x8) << 60);
        static constexpr char hex[] = "0123456789abcdef";
        char buf[36];
        int pos = 0;
        auto put = [&](quint64 v, int digits) {
            for (int i = digits - 1; i >= 0; --i)
                buf[pos++] = hex[(v >> (4 * i)) & 0xf];
        };
        put(hi >> 32, 8);
        buf[pos++] = '-';
        put(hi >> 16, 4);
        buf[pos++] = '-';
        put(hi, 4);
        buf[pos++] = '-';
        put(lo >> 48, 4);
        buf[pos++] = '-';
        put(lo, 12);
        return QString::fromLatin1(buf, 36);
    }

private:
    std::mt19937 m_engine;
};

QStringList words(const char16_t *spaceSeparated)
{
    return QString::fromUtf16(spaceSeparated).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// "陈:100 黄:70 ...": items with integer weights, picked by binary search.
class Weighted {
public:
    explicit Weighted(const char16_t *spec)
    {
        int total = 0;
        for (const QString &w : words(spec)) {
            const qsizetype colon = w.lastIndexOf(QLatin1Char(':'));
            m_items.append(colon < 0 ? w : w.left(colon));
            total += colon < 0 ? 1 : w.mid(colon + 1).toInt();
            m_cumulative.push_back(total);
        }
    }
    const QString &pick(Rng &rng) const
    {
        const int r = rng.range(0, m_cumulative.back() - 1);
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r);
        return m_items[it - m_cumulative.begin()];
    }

private:
    QStringList m_items;
    std::vector<int> m_cumulative;
};

// ---- places, names, health --------------------------------------------------------------------

const QString kProvince = QStringLiteral("广东省");
const QString kCity = QStringLiteral("广州市");
const QString kDistrict = QStringLiteral("越秀区");
const QString kDistrictCode = QStringLiteral("440104");
const QString kAreaCode = QStringLiteral("20");
const QString kHotline = QStringLiteral("12349");

struct StreetDef {
    const char16_t *name;
    double latitude;
    double longitude;
    const char16_t *communities;
    const char16_t *roads;
};

// 越秀区 streets (codes 440104001..008 in this demo) around their real centres.
constexpr StreetDef kStreetDefs[] = {
    {u"北京街道", 23.1262, 113.2703, u"西湖社区 青龙坊社区 盐运西社区 府学社区 流水井社区",
     u"北京路 文德路 西湖路 广卫路 大南路 惠福东路"},
    {u"人民街道", 23.1228, 113.2592, u"人民中社区 大德社区 带河社区 杉木栏社区",
     u"人民中路 大德路 解放中路 光复中路 一德路"},
    {u"光塔街道", 23.1276, 113.2628, u"光塔社区 甜水巷社区 米市社区 惠福西社区 朝天社区",
     u"光塔路 惠福西路 朝天路 海珠中路 米市路"},
    {u"六榕街道", 23.1331, 113.2627, u"六榕社区 净慧社区 旧南海县社区 光孝社区 诗书社区 仓边社区",
     u"六榕路 解放北路 海珠北路 光孝路 诗书路"},
    {u"流花街道", 23.1382, 113.2562, u"流花湖社区 东风西社区 人民北社区 南岸社区",
     u"人民北路 流花路 东风西路 南岸路"},
    {u"洪桥街道", 23.1366, 113.2668, u"应元社区 三眼井社区 连新社区 盘福社区",
     u"应元路 越秀北路 连新路 盘福路 吉祥路"},
    {u"东山街道", 23.1256, 113.2938, u"新河浦社区 东山口社区 署前社区 启明社区 龟岗社区 庙前社区",
     u"寺右新马路 新河浦路 东华东路 署前路 庙前西街 龟岗大马路"},
    {u"农林街道", 23.1297, 113.2924, u"农林上社区 竹丝岗社区 东湖社区 梅花村社区",
     u"农林下路 东湖路 竹丝岗二马路 梅东路 中山一路"},
};

struct Street {
    QString name;
    QString shortName; // "北京街"
    QString code;
    GeoPoint centre;
    QStringList communities;
    QStringList communityCodes;
    QStringList roads;
};

struct Condition {
    const char16_t *note; // %1: years since diagnosis
    int permille;
    const char16_t *medications;
    bool limitsMobility;
};

constexpr Condition kConditions[] = {
    {u"高血压病史%1年，规律服药", 450, u"硝苯地平缓释片 氨氯地平片 厄贝沙坦片 缬沙坦胶囊 美托洛尔缓释片",
     false},
    {u"2型糖尿病%1年", 200, u"二甲双胍片 格列齐特缓释片 阿卡波糖片 门冬胰岛素注射液", false},
    {u"冠心病，随身备硝酸甘油", 150, u"阿司匹林肠溶片 单硝酸异山梨酯缓释片 阿托伐他汀钙片", false},
    {u"脑卒中后遗症，一侧肢体乏力", 80, u"阿司匹林肠溶片 氯吡格雷片 瑞舒伐他汀钙片", true},
    {u"阿尔茨海默病，近事遗忘，有走失风险", 50, u"多奈哌齐片 美金刚片", false},
    {u"慢阻肺，冬春季易加重", 60, u"噻托溴铵吸入粉雾剂 沙美特罗替卡松吸入剂", false},
    {u"骨质疏松", 120, u"碳酸钙D3片 阿仑膦酸钠片", false},
    {u"膝关节骨性关节炎，行走缓慢", 150, u"氨基葡萄糖胶囊", true},
    {u"帕金森病%1年", 25, u"多巴丝肼片", true},
    {u"心房颤动", 30, u"利伐沙班片 华法林钠片", false},
    {u"白内障，视力差", 80, u"", false},
    {u"听力下降，通话需大声", 150, u"", false},
    {u"慢性肾病", 25, u"碳酸氢钠片", false},
};
constexpr std::size_t kConditionCount = std::size(kConditions);
constexpr int kAlzheimer = 4;

// A subject as the history needs it (kept for a sample only, to bound memory at 100k).
struct SubjectRef {
    QString id;
    QString name;
    QString householdId;
    QString deviceId;
    PhoneNumber alarmPhone; // what calls in when the button is pressed
    PhoneNumber talkPhone;  // what the center dials
    GeoPoint location;
    QString contactName;
    Relationship contactRelationship = Relationship::Other;
    PhoneNumber contactPhone;
    bool wearable = false;
    bool dementia = false;
};

struct AccountRef {
    QString id;
    QString name;
    QString seatId;
};

struct ResourceRef {
    QString id;
    QString name;
    QString person;
};

struct ArticleRef {
    QString id;
    QString key;
};

// Chinese data text (label() is for the UI and follows the UI language).
QString relationshipText(Relationship r)
{
    switch (r) {
    case Relationship::Spouse:
        return QStringLiteral("配偶");
    case Relationship::Son:
        return QStringLiteral("儿子");
    case Relationship::Daughter:
        return QStringLiteral("女儿");
    case Relationship::SonInLaw:
        return QStringLiteral("女婿");
    case Relationship::DaughterInLaw:
        return QStringLiteral("儿媳");
    case Relationship::Grandchild:
        return QStringLiteral("孙辈");
    case Relationship::Sibling:
        return QStringLiteral("兄弟姐妹");
    case Relationship::Relative:
        return QStringLiteral("亲戚");
    case Relationship::Neighbour:
        return QStringLiteral("邻居");
    case Relationship::Friend:
        return QStringLiteral("朋友");
    case Relationship::SocialWorker:
        return QStringLiteral("社工");
    case Relationship::GridWorker:
        return QStringLiteral("网格员");
    case Relationship::Guardian:
        return QStringLiteral("监护人");
    case Relationship::Other:
        break;
    }
    return QString();
}

QDateTime beijing(const QDate &day, int secondsOfDay)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(secondsOfDay - 8 * 3600);
}

// ---- the generator ----------------------------------------------------------------------------

class Demo {
public:
    Demo(Database &db, const DemoOptions &options);
    Status run();
    DemoSummary summary;

private:
    // reference data
    Status makeAccountsAndSeats();
    Status makeResources();
    Status makeKnowledgeBase();
    // people
    Status makeSubjects();
    Status makeHousehold(int members, bool child);
    // history
    Status makeHistory();
    Status makeCase(const QDateTime &opened, int dailySeq);
    Status makeWorkOrder(WorkOrderKind kind, const QString &caseId, const SubjectRef &s,
                         const QDateTime &created, const ResourceRef *provider, const AccountRef &agent,
                         const QString &description);

    // values
    QString id() { return m_rng.uuid(m_idClock++); }
    RecordMeta meta(const QString &by = {});
    RecordMeta meta(const QString &id, const QString &by);
    Result<PhoneNumber> newMobile(bool formatted = false);
    Result<PhoneNumber> newLandline();
    QString newImei();
    QString newIccid();
    QString personName(int birthYear, Sex sex, const QString &surname = {});
    Result<ResidentId> residentId(const QDate &birth, Sex sex);
    QDate birthForAge(int age);
    int elderAge();
    Address addressIn(const Street &street, int community, QString *detailOut = nullptr);
    GeoPoint near(const GeoPoint &p, double spread, double accuracy);
    CallRecord call(CallDirection direction, const PhoneNumber &remote, const QString &subjectId,
                    const AccountRef &agent, const QDateTime &start, CallDisposition disposition,
                    int waitSeconds, int talkSeconds, const QString &caseId);
    Status put(store::CallRepository &repo, const CallRecord &c);

    template<typename Repo, typename T>
    Status insert(Repo &repo, const T &record, const char *what);

    Database &m_db;
    DemoOptions m_options;
    Rng m_rng;
    QDateTime m_stamp; // updatedAt of every generated record
    QDateTime m_now;   // the end of the generated history

    // lists reused by every subject
    Weighted m_surnames;
    QStringList m_oldMaleNames, m_oldFemaleNames, m_oldMaleSingle, m_oldFemaleSingle;
    QStringList m_midMaleNames, m_midFemaleNames, m_childMaleNames, m_childFemaleNames;
    QStringList m_mobilePrefixes, m_allergies, m_remarks, m_accessNotes, m_mobilityAids, m_numerals;
    std::array<QStringList, kConditionCount> m_conditionMeds;
    std::array<QString, kConditionCount> m_conditionNotes;
    QList<Street> m_streets;
    QStringList m_otherRegions;
    std::unordered_set<quint64> m_usedIds;
    quint64 m_mobileCounter = 0, m_landlineCounter = 0, m_imeiCounter = 0, m_iccidCounter = 0;
    quint64 m_mobileOffset = 0, m_landlineOffset = 0;
    int m_serialCounter = 0, m_remoteCounter = 0;
    double m_keepRef = 1;
    quint64 m_idClock = 0; // milliseconds since the epoch, one per id

    QString m_adminId;
    QList<AccountRef> m_agents;
    QList<AccountRef> m_supervisors;
    QHash<int, QList<ResourceRef>> m_resources; // by ResourceCategory
    QList<ArticleRef> m_articles;
    std::vector<SubjectRef> m_refs;

    store::SubjectRepository m_subjectRepo;
    store::HouseholdRepository m_householdRepo;
    store::DeviceRepository m_deviceRepo;
};

Demo::Demo(Database &db, const DemoOptions &options)
    : m_db(db)
    , m_options(options)
    , m_rng(options.seed)
    , m_surnames(
          u"陈:100 黄:70 李:68 张:50 梁:45 林:40 刘:38 吴:35 罗:30 杨:28 何:28 郑:25 周:22 王:22 谢:20 "
          u"郭:18 冯:17 曾:17 邓:16 蔡:15 许:14 麦:12 钟:12 叶:12 卢:11 苏:11 潘:10 朱:10 余:10 胡:9 "
          u"谭:8 赵:8 徐:8 黎:7 彭:7 肖:7 邱:7 廖:7 马:6 高:6 唐:6 江:6 方:6 孙:5 袁:5 温:5 莫:5 关:5 "
          u"陆:5 伍:5 区:4 宋:4 严:4 韩:3 田:3 董:3 甘:3 龙:3 洪:3 邝:3 曹:3 简:2 岑:2 冼:2 欧阳:2 司徒:1 "
          u"植:1")
    , m_subjectRepo(db)
    , m_householdRepo(db)
    , m_deviceRepo(db)
{
    m_stamp = beijing(options.today, 6 * 3600);
    m_now = beijing(options.today, 10 * 3600);
    m_idClock = quint64(m_stamp.toMSecsSinceEpoch()) - quint64(options.subjects) * 8;
    m_oldMaleNames =
        words(u"国强 建华 德明 志刚 建国 国华 伟民 永康 振华 锦荣 志明 耀明 炳坤 汉文 国荣 达明 伟强 "
              u"家明 炳辉 金水 亚福 树森 伟雄 启明 耀祖 卓文 润生 广生 荣华 志强 锦华 汉生 国平 永强 "
              u"冠华 伟光 兆基 德华 福来 景文 秉章 绍基 汝明 惠民 少雄 国辉 庆祥 永年");
    m_oldFemaleNames =
        words(u"桂英 秀兰 淑珍 玉兰 秀英 凤英 桂兰 丽华 美玲 少芬 惠芳 月娥 玉珍 丽娟 秀珍 婉芬 淑华 "
              u"金凤 碧霞 玉琼 带娣 亚妹 秀琼 瑞英 杏芳 燕芬 惠琼 丽芳 佩玲 妙玲 少珍 细妹 玉梅 月英 "
              u"素珍 秀芳 美华 淑贞 婉仪 瑞芳 银好 润娣 惠珍 佩芬 桂芳 兰英");
    m_oldMaleSingle = words(u"强 明 华 军 勇 辉 伟 刚 昌 森 林 海 坤 荣 雄 祥 根 彬 耀 棠");
    m_oldFemaleSingle = words(u"英 芳 兰 珍 娟 琼 梅 霞 莲 娇 凤 好 娣 卿 群");
    m_midMaleNames =
        words(u"伟 强 磊 军 勇 杰 涛 明 超 志强 晓东 建军 伟华 国栋 俊杰 家辉 志华 文杰 永健 浩文 "
              u"卓明 嘉俊 少华 锦辉 振宇 伟明 国伟 海涛");
    m_midFemaleNames = words(u"丽娜 海燕 晓燕 慧敏 小红 丽萍 嘉欣 美仪 咏仪 秀娟 敏 静 艳 娟 婷 洁 玲 颖 琳 "
                             u"少玲 惠玲 晓玲 凤玲 淑仪 丽芬 燕萍 雪梅 翠萍");
    m_childMaleNames =
        words(u"子轩 浩然 梓豪 俊熙 宇轩 浩宇 俊杰 梓睿 子豪 嘉豪 晨阳 铭轩 家乐 锦程 梓轩 睿泽");
    m_childFemaleNames =
        words(u"梓涵 诗涵 欣怡 雨桐 思彤 紫琪 佳怡 晓彤 子晴 嘉怡 可欣 若汐 梓琳 心怡 芷晴 语桐");
    m_mobilePrefixes = words(u"134 135 136 137 138 139 147 150 151 152 157 158 159 178 182 183 187 188 198 "
                             u"130 131 132 155 156 166 175 176 185 186 133 153 173 177 180 181 189 199");
    m_allergies = words(u"青霉素 青霉素 磺胺类 头孢类 阿司匹林 海鲜 花粉 碘造影剂");
    m_remarks =
        words(u"耳背，通话请放慢语速 只会讲粤语，普通话听不懂 女儿在外地工作，每周来电 每周三去长者饭堂 "
              u"喜欢早上到越秀公园晨练 家中养狗，上门注意 上门请多敲几次门，行动较慢 视力差，看不清来电显示 "
              u"性格开朗，乐意参加社区活动 情绪易低落，需多关心 夜间常起夜，注意防跌倒");
    m_accessNotes =
        words(u"楼梯房5楼，无电梯 楼梯房7楼，无电梯 电梯楼12楼 电梯楼8楼 钥匙放在邻居处 门禁密码见纸质档案 "
              u"骑楼街铺面旁小门进入 大院内第三栋，门卫可协助开门 铁闸常锁，需电话联系家属开门 一楼临街");
    m_mobilityAids = words(u"使用轮椅 使用助行器 拄拐杖行走 长期卧床");
    m_numerals = words(u"一 二 三 四");
    for (std::size_t i = 0; i < kConditionCount; ++i) {
        m_conditionNotes[i] = QString::fromUtf16(kConditions[i].note);
        m_conditionMeds[i] = words(kConditions[i].medications);
    }
    for (std::size_t i = 0; i < std::size(kStreetDefs); ++i) {
        const StreetDef &d = kStreetDefs[i];
        Street s;
        s.name = QString::fromUtf16(d.name);
        s.shortName = s.name.left(s.name.size() - 2) + QStringLiteral("街");
        s.code = kDistrictCode + QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        s.centre = GeoPoint{d.latitude, d.longitude, 0};
        s.communities = words(d.communities);
        for (qsizetype c = 0; c < s.communities.size(); ++c)
            s.communityCodes.append(s.code + QStringLiteral("%1").arg(c + 1, 3, 10, QLatin1Char('0')));
        s.roads = words(d.roads);
        m_streets.append(s);
    }
    // Born elsewhere in Guangzhou: 荔湾 (old 440103), 海珠, 天河, 白云, 黄埔.
    m_otherRegions = words(u"440103 440105 440106 440111 440112");
    m_mobileOffset = m_rng.next64() % 100000000ULL;
    m_landlineOffset = m_rng.next64() % 10000000ULL;
    if (options.subjects > 15000)
        m_keepRef = 15000.0 / options.subjects;
}

RecordMeta Demo::meta(const QString &by)
{
    return RecordMeta{id(), 1, m_stamp, by.isEmpty() ? m_adminId : by};
}

RecordMeta Demo::meta(const QString &recordId, const QString &by)
{
    return RecordMeta{recordId, 1, m_stamp, by.isEmpty() ? m_adminId : by};
}

template<typename Repo, typename T>
Status Demo::insert(Repo &repo, const T &record, const char *what)
{
    if (Status s = repo.insert(record); !s) {
        const Error &e = s.error();
        return makeError(e.code,
                         QStringLiteral("demo %1 %2: %3").arg(QLatin1String(what), record.meta.id, e.message),
                         e.field);
    }
    return {};
}

// Unique numbers: a counter through an affine bijection of 0..10^n-1 (the multiplier is coprime to
// 10), so they look random but never repeat.
Result<PhoneNumber> Demo::newMobile(bool formatted)
{
    if (m_mobileCounter >= 100000000ULL)
        return makeError(ErrorCode::Internal, QStringLiteral("demo: out of mobile numbers"));
    const quint64 body = (m_mobileCounter++ * 37465333ULL + m_mobileOffset) % 100000000ULL;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08llu", static_cast<unsigned long long>(body));
    const QString &prefix = m_rng.pick(m_mobilePrefixes);
    QString text;
    if (formatted)
        text =
            prefix + QLatin1Char(' ') + QLatin1String(buf, 4) + QLatin1Char(' ') + QLatin1String(buf + 4, 4);
    else
        text = prefix + QLatin1String(buf, 8);
    return PhoneNumber::parse(text, kAreaCode);
}

Result<PhoneNumber> Demo::newLandline()
{
    static constexpr char firstDigits[] = "888833338862";
    if (m_landlineCounter >= 10000000ULL)
        return makeError(ErrorCode::Internal, QStringLiteral("demo: out of landline numbers"));
    const quint64 body = (m_landlineCounter++ * 7654321ULL + m_landlineOffset) % 10000000ULL;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%07llu", firstDigits[m_rng.range(0, 11)],
                  static_cast<unsigned long long>(body));
    // Written both ways people do: with the area code and without (the center's own area).
    const QString text =
        m_rng.chance(0.5) ? QString(QStringLiteral("020-") + QLatin1String(buf)) : QString::fromLatin1(buf);
    return PhoneNumber::parse(text, kAreaCode);
}

QString Demo::newImei()
{
    static constexpr std::array<const char *, 3> tacs{"86753203", "86924504", "35283311"};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%06llu", tacs[m_imeiCounter % 3],
                  static_cast<unsigned long long>(((m_imeiCounter / 3) * 7919 + 104729) % 1000000));
    ++m_imeiCounter;
    int sum = 0;
    for (int i = 0; i < 14; ++i) {
        int d = buf[i] - '0';
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    buf[14] = char('0' + (10 - sum % 10) % 10);
    buf[15] = 0;
    return QString::fromLatin1(buf, 15);
}

QString Demo::newIccid()
{
    char buf[24];
    std::snprintf(buf, sizeof buf, "898600%02d%012llu", m_rng.range(0, 2) * 2,
                  static_cast<unsigned long long>(m_iccidCounter++ * 7919 % 1000000000000ULL));
    return QString::fromLatin1(buf, 20);
}

QString Demo::personName(int birthYear, Sex sex, const QString &surname)
{
    const QString &family = surname.isEmpty() ? m_surnames.pick(m_rng) : surname;
    const bool male = sex == Sex::Male;
    if (birthYear >= 2005)
        return family + m_rng.pick(male ? m_childMaleNames : m_childFemaleNames);
    if (birthYear >= 1966)
        return family + m_rng.pick(male ? m_midMaleNames : m_midFemaleNames);
    if (m_rng.chance(0.15))
        return family + m_rng.pick(male ? m_oldMaleSingle : m_oldFemaleSingle);
    return family + m_rng.pick(male ? m_oldMaleNames : m_oldFemaleNames);
}

// 18-digit number with the sequence's parity matching the sex and the MOD 11-2 check character.
Result<ResidentId> Demo::residentId(const QDate &birth, Sex sex)
{
    const int regionIndex = m_rng.chance(0.82) ? -1 : m_rng.range(0, int(m_otherRegions.size()) - 1);
    const QString &region = regionIndex < 0 ? kDistrictCode : m_otherRegions[regionIndex];
    int seq = 0;
    for (int attempt = 0;; ++attempt) {
        seq = 2 * m_rng.range(0, 498) + (sex == Sex::Male ? 1 : 2);
        const quint64 key =
            (quint64(birth.toJulianDay()) * 1000 + quint64(seq)) * 8 + quint64(regionIndex + 1);
        if (m_usedIds.insert(key).second)
            break;
        if (attempt > 1000)
            return makeError(ErrorCode::Internal, QStringLiteral("demo: no free resident ID sequence"));
    }
    char buf[24];
    std::snprintf(buf, sizeof buf, "%s%04d%02d%02d%03d", region.toLatin1().constData(), birth.year(),
                  birth.month(), birth.day(), seq);
    QString number = QString::fromLatin1(buf, 17);
    number += ResidentId::checkCharacter(number);
    return ResidentId::parse(number, m_options.today);
}

QDate Demo::birthForAge(int age)
{
    // Born `age` years before today, on a day that has already passed this year.
    const QDate birthday = m_options.today.addYears(-age).addDays(-m_rng.range(0, 364));
    return birthday.isValid() ? birthday : m_options.today.addYears(-age);
}

// 60-69 22%, 70-79 36%, 80-89 31%, 90-99 10%, 100+ 1%: a funded caseload leans old.
int Demo::elderAge()
{
    const int r = m_rng.range(0, 99);
    if (r < 22)
        return m_rng.range(60, 69);
    if (r < 58)
        return m_rng.range(70, 79);
    if (r < 89)
        return m_rng.range(80, 89);
    if (r < 99)
        return m_rng.range(90, 99);
    return m_rng.range(100, 103);
}

GeoPoint Demo::near(const GeoPoint &p, double spread, double accuracy)
{
    return GeoPoint{p.latitude + m_rng.real(-spread, spread), p.longitude + m_rng.real(-spread, spread),
                    accuracy};
}

Address Demo::addressIn(const Street &street, int community, QString *detailOut)
{
    const QString &road = m_rng.pick(street.roads);
    QString detail = road + QString::number(m_rng.range(1, 320)) + QStringLiteral("号");
    switch (m_rng.range(0, 5)) {
    case 0:
        detail += QStringLiteral("之") + m_rng.pick(m_numerals);
        break;
    case 1:
        detail += QString::number(m_rng.range(1, 12)) + QStringLiteral("栋");
        break;
    default:
        break;
    }
    detail += QString::number(m_rng.range(1, 9)) + QStringLiteral("0") + QString::number(m_rng.range(1, 6))
              + QStringLiteral("房");
    if (detailOut)
        *detailOut = detail;
    return Address{street.communityCodes[community], kProvince, kCity, kDistrict, street.name,
                   street.communities[community],    detail};
}

// ---- accounts, seats --------------------------------------------------------------------------

Status Demo::makeAccountsAndSeats()
{
    store::AccountRepository accounts(m_db);
    store::SeatRepository seats(m_db);

    m_adminId = id();
    QStringList seatIds;
    for (int i = 1; i <= 10; ++i) {
        Seat s;
        s.meta = meta(id(), {});
        s.name = QStringLiteral("坐席%1").arg(i);
        s.sipUser = QString::number(1000 + i);
        s.extension = s.sipUser;
        s.location = i <= 8 ? QStringLiteral("呼叫中心大厅 A区 %1号台").arg(i)
                            : QStringLiteral("班长台 %1").arg(i - 8);
        s.supervisorSeat = i > 8;
        seatIds.append(s.meta.id);
        if (Status st = insert(seats, s, "seat"); !st)
            return st;
        ++summary.seats;
    }

    struct Person {
        const char *login;
        const char16_t *name;
        Role role;
        const char16_t *skills;
    };
    static constexpr Person people[] = {
        {"admin", u"系统管理员", Role::Admin, u""},
        {"chen.huiling", u"陈慧玲", Role::Supervisor, u"粤语 普通话 投诉处理"},
        {"liang.zhiwei", u"梁志伟", Role::Supervisor, u"粤语 普通话 客家话"},
        {"huang.meiyi", u"黄美仪", Role::Agent, u"粤语 普通话"},
        {"li.jiaxin", u"李嘉欣", Role::Agent, u"粤语 普通话 心理疏导"},
        {"zhang.wei", u"张伟", Role::Agent, u"普通话"},
        {"he.yongyi", u"何咏仪", Role::Agent, u"粤语 普通话"},
        {"zhong.jianhua", u"钟建华", Role::Agent, u"客家话 粤语 普通话"},
        {"lin.xiaoyan", u"林晓燕", Role::Agent, u"潮汕话 普通话"},
        {"luo.junjie", u"罗俊杰", Role::Agent, u"粤语 普通话 设备维护"},
        {"wu.shaoling", u"吴少玲", Role::Agent, u"粤语 普通话"},
    };
    int agentNo = 0, supervisorNo = 0;
    for (std::size_t i = 0; i < std::size(people); ++i) {
        const Person &p = people[i];
        Account a;
        a.meta = meta(i == 0 ? m_adminId : id(), {});
        a.login = QString::fromLatin1(p.login);
        a.displayName = QString::fromUtf16(p.name);
        a.roles = {p.role};
        if (p.role == Role::Supervisor)
            a.roles.append(Role::Agent);
        a.skills = words(p.skills);
        a.employeeNumber = QStringLiteral("PAT%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        if (Status st = insert(accounts, a, "account"); !st)
            return st;
        ++summary.accounts;
        if (p.role == Role::Agent)
            m_agents.append(AccountRef{a.meta.id, a.displayName, seatIds[agentNo++]});
        else if (p.role == Role::Supervisor)
            m_supervisors.append(AccountRef{a.meta.id, a.displayName, seatIds[8 + supervisorNo++]});
    }
    return {};
}

// ---- resources --------------------------------------------------------------------------------

Status Demo::makeResources()
{
    store::ResourceRepository repo(m_db);

    struct Def {
        ResourceCategory category;
        const char16_t *name;
        int street; // -1: district-wide
        const char16_t *detail;
        double latitude;
        double longitude;
        const char16_t *hours;
        const char16_t *contactRole;
        const char16_t *service; // service number ("120") or empty
        const char16_t *notes;
    };
    using RC = ResourceCategory;
    static constexpr Def defs[] = {
        {RC::Hospital, u"广东省人民医院", 6, u"中山二路106号", 23.1268, 113.2857, u"24小时", u"急诊科", u"",
         u"三级甲等综合医院，心血管、老年医学专科"},
        {RC::Hospital, u"中山大学附属第一医院", 7, u"中山二路58号", 23.1289, 113.2893, u"24小时", u"急诊科",
         u"", u"三级甲等综合医院，神经内科卒中中心"},
        {RC::Hospital, u"广州市第一人民医院", 5, u"盘福路1号", 23.1373, 113.2629, u"24小时", u"急诊科", u"",
         u"三级甲等综合医院，有老年病科"},
        {RC::Hospital, u"中山大学孙逸仙纪念医院", 0, u"沿江西路107号", 23.1199, 113.2712, u"24小时",
         u"急诊科", u"", u"三级甲等综合医院"},
        {RC::Hospital, u"广东省中医院", 1, u"大德路111号", 23.1236, 113.2641, u"24小时", u"急诊科", u"",
         u"中医特色，骨伤科、脑病科"},
        {RC::Hospital, u"广州医科大学附属第一医院", 1, u"沿江西路151号", 23.1196, 113.2612, u"24小时",
         u"急诊科", u"", u"呼吸疾病国家重点学科，慢阻肺患者首选"},
        {RC::Hospital, u"广州市妇女儿童医疗中心（人民中院区）", 1, u"人民中路402号", 23.1309, 113.2602,
         u"24小时", u"儿科急诊", u"", u"困境儿童就医首选"},
        {RC::Hospital, u"广东省第二中医院", 5, u"恒福路60号", 23.1452, 113.2783, u"24小时", u"急诊科", u"",
         u""},
        {RC::Hospital, u"广州市越秀区中医医院", 6, u"东华东路437号", 23.1266, 113.2968,
         u"周一至周日 8:00-21:00", u"门诊部", u"", u"区属医院，可预约上门巡诊"},
        {RC::Hospital, u"北京街社区卫生服务中心", 0, u"文德路73号", 23.1258, 113.2731,
         u"周一至周日 8:00-17:30", u"家庭医生团队", u"", u"家庭医生签约、家庭病床"},
        {RC::Hospital, u"东山街社区卫生服务中心", 6, u"署前路12号", 23.1251, 113.2931,
         u"周一至周日 8:00-17:30", u"家庭医生团队", u"", u"家庭医生签约、上门巡诊"},
        {RC::EmergencyStation, u"广州市急救医疗指挥中心 省人民医院急救站", 6, u"中山二路106号", 23.1266,
         113.2852, u"24小时", u"调度台", u"120", u""},
        {RC::EmergencyStation, u"广州市急救医疗指挥中心 市一医院急救站", 5, u"盘福路1号", 23.1370, 113.2626,
         u"24小时", u"调度台", u"120", u""},
        {RC::EmergencyStation, u"广州市急救医疗指挥中心 中山一院急救站", 7, u"中山二路58号", 23.1287,
         113.2890, u"24小时", u"调度台", u"120", u""},
        {RC::FireStation, u"越秀区消防救援大队 东风路消防救援站", -1, u"东风中路298号", 23.1339, 113.2717,
         u"24小时", u"值班室", u"119", u"可协助破门救援"},
        {RC::FireStation, u"越秀区消防救援大队 东山消防救援站", 6, u"东华东路120号", 23.1262, 113.2901,
         u"24小时", u"值班室", u"119", u""},
        {RC::HomeCare, u"越秀区长者综合服务中心（居家护理部）", -1, u"越秀北路228号", 23.1354, 113.2694,
         u"周一至周六 8:30-17:30", u"护理主管", u"", u"上门护理、助浴、康复指导"},
        {RC::HomeCare, u"颐康居家养老服务有限公司", -1, u"寺右新马路95号", 23.1234, 113.2962,
         u"周一至周日 8:00-20:00", u"客服", u"", u"钟点护工、陪诊"},
        {RC::MealService, u"北京街长者饭堂", 0, u"西湖路63号", 23.1270, 113.2689, u"周一至周日 11:00-13:00",
         u"饭堂负责人", u"", u"可送餐上门，政府资助对象有助餐补贴"},
        {RC::MealService, u"东山街长者饭堂", 6, u"庙前西街35号", 23.1278, 113.2927, u"周一至周日 11:00-13:00",
         u"饭堂负责人", u"", u"可送餐上门"},
        {RC::MealService, u"洪桥街长者助餐点", 5, u"应元路18号", 23.1361, 113.2659, u"周一至周五 11:00-12:30",
         u"负责人", u"", u""},
        {RC::Repair, u"平安通设备维护组", -1, u"越华路112号", 23.1321, 113.2700, u"周一至周日 8:30-20:30",
         u"维修员", u"", u"平安通终端安装、维修、更换遥控器和电池"},
        {RC::Repair, u"好帮手水电家电维修部", -1, u"大南路21号", 23.1242, 113.2722, u"周一至周日 8:00-21:00",
         u"师傅", u"", u"水电、燃气灶、热水器维修，资助对象优惠"},
        {RC::Housekeeping, u"惠家家政服务有限公司", -1, u"东风东路745号", 23.1338, 113.2962,
         u"周一至周日 8:00-20:00", u"客服", u"", u"保洁、钟点工，长者九折"},
        {RC::Housekeeping, u"安居家政服务中心", -1, u"解放北路618号", 23.1385, 113.2637,
         u"周一至周六 8:30-18:00", u"客服", u"", u""},
        {RC::Pharmacy, u"大参林药店（北京路店）", 0, u"北京路276号", 23.1250, 113.2702, u"8:00-22:00",
         u"店长", u"", u"可代购送药上门"},
        {RC::Pharmacy, u"采芝林药业（中山五路店）", 0, u"中山五路33号", 23.1291, 113.2701, u"8:30-21:30",
         u"店长", u"", u""},
        {RC::Volunteer, u"越秀区志愿者协会长者关爱服务队", -1, u"府前路1号", 23.1316, 113.2700,
         u"周一至周五 9:00-17:00", u"队长", u"", u"探访、陪伴、读报"},
        {RC::Other, u"越秀区民政局社会救助科", -1, u"府前路1号", 23.1317, 113.2702,
         u"周一至周五 9:00-12:00 14:00-18:00", u"科员", u"", u"低保、特困认定与咨询"},
        {RC::Other, u"越秀区残疾人联合会", -1, u"仓边路20号", 23.1310, 113.2745, u"周一至周五 9:00-17:30",
         u"干事", u"", u"残疾人证办理、辅具申请"},
        {RC::Other, u"越秀区燃气抢险中心", -1, u"越秀南路88号", 23.1226, 113.2791, u"24小时", u"值班", u"",
         u"燃气泄漏抢险"},
        {RC::GridWorker, u"越秀区网格化服务管理中心", -1, u"府前路1号", 23.1318, 113.2698, u"24小时", u"值班",
         u"", u"可调度社区网格员上门查看"},
        {RC::Other, u"越秀区殡葬服务咨询点", -1, u"登峰路6号", 23.1472, 113.2868, u"周一至周五 9:00-17:00",
         u"咨询员", u"", u""},
    };

    auto contact = [&](const QString &role, const QString &service,
                       bool withMobile) -> Result<ResourceContact> {
        ResourceContact c;
        c.role = role;
        c.name = personName(m_rng.range(1965, 1995), m_rng.chance(0.5) ? Sex::Male : Sex::Female);
        if (!service.isEmpty()) {
            auto p = PhoneNumber::parse(service, kAreaCode);
            if (!p)
                return p.error();
            c.phones.append(ContactPhone{*p, QStringLiteral("急拨")});
        }
        auto fixed = newLandline();
        if (!fixed)
            return fixed.error();
        c.phones.append(ContactPhone{*fixed, QStringLiteral("值班电话")});
        if (withMobile) {
            auto m = newMobile();
            if (!m)
                return m.error();
            c.phones.append(ContactPhone{*m, QStringLiteral("手机")});
        }
        return c;
    };

    auto add = [&](Resource &r, const QString &person) -> Status {
        if (Status st = insert(repo, r, "resource"); !st)
            return st;
        m_resources[int(r.category)].append(ResourceRef{r.meta.id, r.name, person});
        ++summary.resources;
        return {};
    };

    for (const Def &d : defs) {
        Resource r;
        r.meta = meta();
        r.name = QString::fromUtf16(d.name);
        r.category = d.category;
        const Street *street = d.street >= 0 ? &m_streets[d.street] : nullptr;
        r.address = Address{street ? street->code : kDistrictCode,
                            kProvince,
                            kCity,
                            kDistrict,
                            street ? street->name : QString(),
                            QString(),
                            QString::fromUtf16(d.detail)};
        r.serviceAreas = {kDistrictCode};
        if (d.category == RC::Hospital || d.category == RC::EmergencyStation)
            r.serviceAreas += QStringList{QStringLiteral("440103"), QStringLiteral("440105")};
        else if (d.category == RC::MealService && street)
            r.serviceAreas = {street->code};
        r.location = GeoPoint{d.latitude, d.longitude, 0};
        r.hours = QString::fromUtf16(d.hours);
        r.notes = QString::fromUtf16(d.notes);
        auto c = contact(QString::fromUtf16(d.contactRole), QString::fromUtf16(d.service),
                         d.category != RC::Hospital && d.category != RC::EmergencyStation);
        if (!c)
            return c.error();
        r.contacts.append(*c);
        if (d.category == RC::Repair || d.category == RC::HomeCare) {
            auto second = contact(QString::fromUtf16(d.contactRole), {}, true);
            if (!second)
                return second.error();
            r.contacts.append(*second);
        }
        if (Status st = add(r, c->name); !st)
            return st;
    }

    // Per street: the police station (派出所), the family service centre's social workers (家综),
    // and the community grid workers.
    for (const Street &s : m_streets) {
        const Address base{s.code, kProvince, kCity, kDistrict, s.name, QString(), QString()};
        struct PerStreet {
            ResourceCategory category;
            QString name;
            QString role;
            QString service;
            QString hours;
            QString notes;
        };
        const std::array<PerStreet, 3> list{{
            {RC::Police, s.shortName + QStringLiteral("派出所"), QStringLiteral("值班民警"),
             QStringLiteral("110"), QStringLiteral("24小时"), QStringLiteral("走失老人查找、入户协助")},
            {RC::SocialWorker, s.shortName + QStringLiteral("家庭综合服务中心"), QStringLiteral("社工"),
             QString(), QStringLiteral("周二至周日 9:00-18:00"),
             QStringLiteral("“双百”社工，负责探访、个案跟进、情绪疏导")},
            {RC::GridWorker, s.shortName + QStringLiteral("网格工作站"), QStringLiteral("网格员"), QString(),
             QStringLiteral("周一至周日 8:30-18:00"), QStringLiteral("可就近上门查看情况")},
        }};
        for (const PerStreet &p : list) {
            Resource r;
            r.meta = meta();
            r.name = p.name;
            r.category = p.category;
            r.address = base;
            r.address.detail =
                m_rng.pick(s.roads) + QString::number(m_rng.range(1, 200)) + QStringLiteral("号");
            r.serviceAreas = {s.code};
            r.location = near(s.centre, 0.0015, 0);
            r.hours = p.hours;
            r.notes = p.notes;
            const int people = p.category == RC::SocialWorker ? 3 : 1;
            for (int i = 0; i < people; ++i) {
                auto c = contact(p.role, i == 0 ? p.service : QString(), p.category != RC::Police || i > 0);
                if (!c)
                    return c.error();
                r.contacts.append(*c);
            }
            if (Status st = add(r, r.contacts.first().name); !st)
                return st;
        }
    }
    return {};
}

// ---- knowledge base ---------------------------------------------------------------------------

struct FolderDef {
    int parent; // index into kFolders, -1 = top
    const char16_t *name;
};

constexpr FolderDef kFolders[] = {
    {-1, u"政策法规"},       // 0
    {0, u"养老服务政策"},    // 1
    {0, u"社会救助政策"},    // 2
    {0, u"困境儿童保障"},    // 3
    {-1, u"平安通服务"},     // 4
    {4, u"服务内容与对象"},  // 5
    {4, u"资助与收费"},      // 6
    {-1, u"应急处置流程"},   // 7
    {7, u"紧急呼援"},        // 8
    {8, u"跌倒与外伤"},      // 9
    {8, u"急症"},            // 10
    {7, u"突发事件"},        // 11
    {7, u"灾害天气"},        // 12
    {-1, u"话术"},           // 13
    {13, u"接听话术"},       // 14
    {13, u"关怀回访话术"},   // 15
    {13, u"投诉与情绪疏导"}, // 16
    {-1, u"常见问题"},       // 17
    {-1, u"设备使用"},       // 18
    {18, u"固话式终端"},     // 19
    {18, u"穿戴式设备"},     // 20
    {17, u"资料变更"},       // 21
};

struct ArticleDef {
    int folder;
    const char *key; // for linking cases to articles
    const char16_t *title;
    const char16_t *tags;
    const char16_t *body;
};

// clang-format off
const ArticleDef kArticleDefs[] = {
{1, "elder_allowance", u"广州市高龄老人津贴政策问答", u"高龄津贴 政策 老年人",
uR"(## 谁可以领取
具有本市户籍、年满80周岁的老年人可以领取高龄老人津贴，不需要经济困难审核。

## 标准
- 80至89周岁：每人每月100元
- 90至99周岁：每人每月200元
- 100周岁及以上：每人每月500元

## 怎么申请
由本人或家属携带身份证、户口簿到户籍所在街道政务服务中心申请，也可以在“穗好办”上办理。年满80周岁当月起计发，按月发放到本人社保卡。

## 坐席提示
老人来电询问“为什么这个月没有到账”时，先核对是否刚满80周岁、是否办理了社保卡激活；无法解答的，记录后转介街道民政专干，并在工单中约定回复时间。)"},
{1, "meal_subsidy", u"长者饭堂助餐补贴说明", u"长者饭堂 助餐 补贴 送餐",
uR"(## 助餐对象
60周岁及以上本市户籍老人均可到长者饭堂就餐。低保、低保边缘、特困、失能、高龄（80周岁及以上）等对象按类别享受每餐3至10元不等的补贴。

## 送餐上门
行动不便的服务对象可申请送餐上门，送餐费由饭堂公示。坐席可直接联系所在街道长者饭堂，转介时注明忌口（如糖尿病低糖、低盐饮食）。

## 常见问题
- **能不能代人打包？** 补贴只限本人使用，家属代领需登记。
- **饭菜太咸怎么办？** 记录意见并反馈饭堂负责人，必要时开投诉工单跟进。)"},
{1, "home_adaptation", u"家庭养老床位与适老化改造申请", u"适老化改造 家庭养老床位 扶手 防滑",
uR"(## 适老化改造
对经济困难的失能、残疾、高龄老人家庭，政府资助进行居家适老化改造，包括安装扶手、防滑地面、坐便椅、夜灯、紧急呼叫设备等。

## 家庭养老床位
由养老机构把专业服务延伸到家中：上门护理、远程监测、定期巡访。申请人需经过老年人能力评估。

## 办理途径
向户籍所在街道民政部门提出申请，评估后由服务机构上门实施。坐席在关怀回访中发现老人家中有明显跌倒隐患时，应主动介绍本政策并登记需求。)"},
{2, "dibao", u"低保政策问答", u"低保 最低生活保障 社会救助 政策",
uR"(## 什么是低保
最低生活保障是对家庭人均收入低于当地低保标准、且家庭财产符合规定的本市户籍居民给予的基本生活救助。

## 申请条件
1. 家庭成员具有本市户籍；
2. 共同生活的家庭成员人均月收入低于广州市低保标准；
3. 家庭财产（存款、房产、车辆等）符合规定。

## 申请流程
申请人向户籍所在地街道提出书面申请 → 街道入户调查、经济状况核对 → 公示 → 区民政局审批。一般在30个工作日内办结。

## 坐席提示
- 不要在电话里承诺“一定能批”，只介绍条件和流程；
- 老人不方便出门的，可告知由社区居委会或社工协助代办；
- 涉及个人收入、存款的细节，请引导到街道当面咨询。)"},
{2, "dibao_marginal", u"低保边缘家庭认定与救助", u"低保边缘 低收入 社会救助",
uR"(低保边缘家庭是指家庭人均收入高于低保标准、但低于低保标准1.5倍，且财产状况符合规定的家庭。

低保边缘家庭成员可以享受医疗救助、教育救助、住房救助、临时救助等专项救助；其中60周岁及以上的独居、纯老家庭成员和重度残疾人，可纳入“平安通”政府资助第一序列。

申请方式与低保相同，向户籍所在街道提出申请。)"},
{2, "tekun", u"分散特困供养人员救助说明", u"特困 分散供养 五保 救助",
uR"(特困供养人员是指无劳动能力、无生活来源、无法定赡养抚养扶养义务人（或其义务人无履行能力）的老年人、残疾人和未成年人。

选择在家居住的称为分散供养，每月领取基本生活费和照料护理费；照料护理费按生活自理能力分档发放。

分散特困供养人员是“平安通”全额资助对象。他们大多独居、没有子女，紧急联系人通常是社工、网格员或邻居，坐席处置呼援时要尽快联系社工上门。)"},
{3, "children", u"孤儿与事实无人抚养儿童基本生活保障", u"孤儿 事实无人抚养儿童 困境儿童 艾滋病病毒感染儿童",
uR"(## 保障对象
- 孤儿：父母双方均死亡或被宣告死亡的未满18周岁儿童；
- 事实无人抚养儿童：父母双方均符合重残、重病、服刑、失联等情形之一的儿童；
- 艾滋病病毒感染儿童。

## 保障内容
按月发放基本生活费，并提供医疗、教育、康复等专项保障。分散供养的困境儿童可纳入“平安通”服务，由监护人（通常是祖父母）使用设备。

## 坐席注意
涉及儿童的来电，严格保护儿童隐私，不向无关人员透露身份和病情；有疑似受虐、遗弃等情况，立即报告班长并联系街道儿童督导员。)"},
{5, "service_scope", u"平安通服务对象与资助序列", u"服务对象 资助 序列 平安通",
uR"(## 政府资助对象
1. 60周岁及以上的分散特困供养人员；
2. 低保、低保边缘家庭中60周岁及以上的独居、纯老家庭成员和重度残疾人；
3. 90周岁及以上老年人；
4. 75至89周岁的独居、纯老、失能（中度及以上）老人和计划生育特殊家庭失独老人；
5. 居家生活的孤儿、事实无人抚养儿童和艾滋病病毒感染儿童；
6. 经评估认定的农村留守老年人及其他边缘困难老年人。

## 资助序列
- **第一序列**：经济困难和计划生育特殊家庭的高龄、独居、失能、残疾对象；
- **第二序列**：非经济困难的高龄、独居、失能、残疾对象；
- **第三序列**：其他对象。

一户有两名服务对象的，安装一套设备、两个遥控。)"},
{5, "service_content", u"平安通服务内容一览", u"服务内容 紧急支援 关怀 转介",
uR"(## 线上服务
- 紧急支援：24小时接听呼援，联系120、110、紧急联系人，跟进处置；
- 灾害天气预警：台风、暴雨、高温、寒潮前主动提醒；
- 情绪疏导：倾听、安抚，必要时转介社工或心理热线；
- 政策咨询、政务办理指引；
- 定期关怀：特殊关爱对象每周一次、重点探访对象每月一次、普通对象每季度一次。

## 转介服务
水电维修、家电维修、就诊预约、家政保洁、送餐配餐、药品代购、家庭病床申请、适老用品租赁等。转介产生的费用由服务对象与服务方结算，中心负责跟进和回访。)"},
{6, "self_paying", u"自费使用平安通的办理与收费", u"自费 收费 续费 办理",
uR"(不属于政府资助范围、但有需要的居民可以自费使用平安通服务，服务内容与资助对象相同。

## 办理
家属可来电登记，由工作人员上门评估、签订服务协议并安装设备（固话式终端需要家中有固定电话；没有固话的可选穿戴式设备）。

## 收费
按月或按年缴纳服务费，具体以当年服务协议为准；设备押金在退出服务、归还设备后退还。欠费超过一个月的，先电话提醒，不会立即停止紧急呼援服务。)"},
{8, "emergency_flow", u"紧急呼援处置流程", u"紧急呼援 处置流程 120 紧急联系人",
uR"(## 一、接听（30秒内）
来电弹屏后核对姓名、地址，先问“您好，平安通，请问有什么可以帮您？”，听不到回应时保持通话并加大音量呼叫。

## 二、评估
判断是否危及生命：意识、呼吸、出血、跌倒后能否起身、胸痛、口角歪斜等。记录“评估”步骤。

## 三、呼叫120或110
- 危及生命或无法判断时，**立即三方通话呼叫120**，报告地址（到门牌号和楼层）、病情、既往病史和过敏史；
- 有人身安全威胁、走失时呼叫110；火警、燃气泄漏呼叫119。

## 四、通知紧急联系人
按顺序联系紧急联系人，优先联系有钥匙、住得近的人；都联系不上时联系社工或网格员。

## 五、跟进与回访
跟进急救车到达和送院情况，当日内完成回访，并在个案中填写处置结果后结案。)"},
{8, "no_answer_flow", u"呼援无人应答处置流程", u"无人应答 无声呼援 上门查看",
uR"(终端拨入后无人说话，不能直接当作误按处理。

1. 保持通话至少60秒，呼叫老人姓名，留意背景声（呻吟、摔倒声、电视声）；
2. 回拨老人家中固话和手机；
3. 仍无应答时，联系第一紧急联系人或有钥匙的联系人上门查看；
4. 30分钟内无人能到场的，联系社工或网格员上门，必要时报110请求协助开门；
5. 全过程记录在个案步骤中，直到确认老人安全才能结案。)"},
{9, "fall", u"老人跌倒处置要点", u"跌倒 骨折 髋部 处置",
uR"(跌倒是平安通呼援中最常见的紧急情况。

## 电话中指导
- 不要急于扶起老人，先问哪里痛、能否活动手脚；
- 怀疑髋部、脊柱骨折（不能站立、腿变短外旋）时让老人保持原位，注意保暖，立即呼叫120；
- 头部撞伤、出现呕吐、意识模糊时立即呼叫120；
- 能自行起身且无明显疼痛的，指导先侧身、再跪起、扶稳家具慢慢站起。

## 之后
通知家属；当日回访；多次跌倒的对象，转介适老化改造和康复评估。)"},
{10, "stroke", u"疑似脑卒中识别与处置（BE FAST）", u"脑卒中 中风 BE FAST 急症",
uR"(## 识别口诀 BE FAST
- **B** 平衡：突然走路不稳
- **E** 眼睛：突然看不清
- **F** 面部：口角歪斜
- **A** 手臂：一侧手臂无力
- **S** 言语：说话含糊
- **T** 时间：立即呼叫120

## 处置
出现任一症状立即呼叫120，告诉调度员“疑似脑卒中”和发病时间；不要让老人自行服药、进食喝水。有脑卒中病史、房颤、服用抗凝药（华法林、利伐沙班）的对象要特别告知医生。)"},
{10, "chest_pain", u"胸痛与疑似心梗处置", u"胸痛 心梗 冠心病 硝酸甘油",
uR"(老人诉胸口压榨样疼痛、出冷汗、疼痛放射到左肩或下颌，持续超过15分钟，按疑似心梗处理。

1. 立即呼叫120；
2. 让老人停止活动，坐下或半卧；
3. 有医生开具的硝酸甘油的，可舌下含服一片；血压低、头晕明显时不要含服；
4. 不要让老人自行走去医院；
5. 开门、开灯，方便急救人员进入。)"},
{10, "hypoglycemia", u"低血糖处置要点", u"低血糖 糖尿病 胰岛素",
uR"(使用胰岛素或格列齐特等降糖药的老人，出现心慌、手抖、出汗、饥饿感、意识模糊，可能是低血糖。

- 清醒能吞咽时：立即进食含糖食物（糖水、饼干、果汁），15分钟后再评估；
- 意识不清、不能吞咽时：不要喂食，立即呼叫120；
- 事后通知家属，并在关怀回访中提醒规律进食。)"},
{11, "wandering", u"认知障碍老人走失处置流程", u"走失 阿尔茨海默病 定位 110",
uR"(## 接报
家属或邻居报告老人走失时，记录最后出现的时间、地点、衣着。

## 定位
有穿戴式设备的，立即查看最后定位和电子围栏告警，把位置告诉家属和民警；定位精度差时说明误差范围。

## 报警与协查
报110，并联系所在街道派出所和网格员协助查找；可请社区志愿者在附近街巷、公园、公交站查找。

## 找回之后
确认老人身体状况，必要时就医；建议家属给老人佩戴穿戴式设备并设置电子围栏。)"},
{11, "gas_fire", u"燃气泄漏与火警处置", u"燃气 火警 119 煤气",
uR"(- 闻到燃气味：指导老人不要开关电器、不要打电话在室内停留，关闭燃气总阀，打开门窗，到室外后再联系；中心同时联系燃气抢险中心；
- 发生火情：让老人立即离开，不要乘电梯，用湿毛巾捂住口鼻；中心立即拨打119，报告准确地址和被困人员情况；
- 事后通知家属和社工，检查终端设备是否受损。)"},
{12, "typhoon", u"台风暴雨预警关怀流程", u"台风 暴雨 预警 灾害天气",
uR"(气象台发布台风、暴雨橙色及以上预警时启动。

1. 班长导出特殊关爱、重点探访对象和独居对象名单，分配给坐席；
2. 逐一致电提醒：关好门窗、收好阳台杂物、备好手电和药品，不要外出；
3. 住在低洼、危房的对象，联系街道和网格员协助转移；
4. 联系不上的对象，联系紧急联系人确认安全；
5. 预警解除后对重点对象再做一次回访。)"},
{12, "heat", u"高温天气关怀提醒", u"高温 中暑 关怀",
uR"(高温黄色预警以上时，对独居、失能老人加做关怀电话：

- 提醒多喝水、开空调或风扇，空调不要低于26度；
- 避免中午外出，外出带伞戴帽；
- 有头晕、乏力、恶心等中暑先兆时，到阴凉处休息、补充淡盐水，严重时呼叫120；
- 家中没有空调的困难对象，登记后转介街道或社工协调。)"},
{14, "greeting", u"标准接听话术", u"话术 接听 开场白",
uR"(## 开场白
“您好，平安通服务中心，我是X号坐席，请问有什么可以帮您？”（粤语：“你好，平安通，我係X号，请问有咩可以帮到你？”）

## 核对身份
“请问是某某阿姨/阿伯吗？您住在某某路某号对吗？”——弹屏信息与来电人不符时，询问来电人与服务对象的关系。

## 结束语
“好的，我们已经帮您记录/安排好了，有需要随时按按钮找我们，祝您身体健康，再见。”等对方先挂机。)"},
{14, "false_alarm", u"误按处理话术", u"误按 话术 呼援",
uR"(老人误按呼援按钮很常见，但**必须确认安全后才能结束通话**。

1. “阿姨您好，平安通中心，刚才收到您家的呼叫，您那边还好吗？”
2. 老人说是按错了：“没关系，按错了不要紧，我们确认您平安就好。您现在身体有没有哪里不舒服？”
3. 顺便关心：“最近血压怎么样？药有没有按时吃？”
4. 不要责备老人，也不要让老人以后“不敢按”：“有任何不舒服都可以按，我们24小时都在。”
5. 个案结果选择“误按”，如同一对象一周内误按3次以上，检查遥控器佩戴方式或是否需要更换。)"},
{14, "cantonese", u"粤语常用服务用语", u"粤语 话术 方言",
uR"(| 普通话 | 粤语 |
|---|---|
| 您好，有什么可以帮您？ | 你好，有咩可以帮到你？ |
| 您哪里不舒服？ | 你边度唔舒服？ |
| 我们马上叫救护车 | 我哋即刻帮你叫白车 |
| 请不要挂电话 | 唔好收线住 |
| 您的家人电话是多少？ | 你屋企人电话几多号？ |
| 请慢慢讲 | 慢慢讲，唔使急 |

讲客家话、潮汕话的对象，可转接有相应技能的坐席。)"},
{15, "care_call", u"关怀电话话术", u"关怀 回访 话术 定期",
uR"(## 频次
特殊关爱对象每周一次，重点探访对象每月一次，普通巡访对象每季度一次。

## 话术要点
1. 问候：“阿伯您好，我是平安通的小X，打电话来问候一下您，最近身体好吗？”
2. 询问：睡眠、饮食、服药、血压血糖、有没有跌倒；
3. 检查设备：“家里的呼援机有没有插好电？遥控器有没有戴在身上？”
4. 了解需求：维修、送餐、就医预约等，有需求就开转介工单；
5. 记录：在个案中简要记录身体状况和需求。

连续两次联系不上的，通知紧急联系人或社工上门探访。)"},
{15, "same_day_callback", u"当日回访话术", u"当日回访 跟进 紧急",
uR"(紧急呼援个案须在当日内完成回访。

- 送院的：联系家属了解诊断和是否住院，住院的登记“暂停服务”时间；
- 未送院的：询问老人现在的情况、是否需要上门探访；
- 话术：“阿姨您好，我是平安通的，今天上午您按了呼叫，现在感觉好点了吗？”

回访结果记入个案“回访”步骤后结案。)"},
{16, "complaint", u"投诉受理话术", u"投诉 受理 话术",
uR"(1. 耐心听完，不打断、不辩解：“您说的情况我都记下来了。”
2. 复述确认：“您是说上周三维修师傅约好了没有上门，对吗？”
3. 致歉并说明处理时限：“给您添麻烦了，我们会在24小时内核实，并在明天下午前给您回复。”
4. 开投诉个案并派回访工单给班长；
5. 回复后询问是否满意，记录结果。)"},
{16, "emotional", u"情绪疏导基本技巧", u"情绪疏导 心理 孤独 倾听",
uR"(独居老人来电常常只是想找人说话，这本身就是服务的一部分。

- **倾听**：少说多听，适当回应“嗯，我明白”；
- **共情**：“一个人在家确实闷，您愿意和我说说吗？”
- **不评判**：不说“您想太多了”；
- **发现风险**：流露轻生念头、长期失眠、拒绝进食时，立即报告班长，联系家属和社工，必要时转介心理援助热线；
- 情绪低落的对象，可提高关怀电话频次并转介社工上门探访。)"},
{17, "faq", u"服务对象常见问题解答", u"常见问题 FAQ",
uR"(**按了按钮会不会收费？** 不会，呼援电话免费。

**停电了还能用吗？** 固话式终端有备用电池，可维持约8小时；穿戴式设备用自身电池。

**搬家了怎么办？** 致电中心登记新地址，工作人员上门移机。

**住院期间要不要退出？** 不需要，登记暂停服务，出院后恢复。

**家里没有固话能装吗？** 可以使用穿戴式设备（4G定位手表）。)"},
{21, "change_contact", u"紧急联系人变更办理", u"紧急联系人 变更 资料",
uR"(服务对象或其家属可来电变更紧急联系人。

1. 核实来电人身份：服务对象本人，或已登记的紧急联系人；
2. 记录新联系人的姓名、关系、手机号码，确认是否有钥匙、是否住在附近；
3. 与新联系人电话确认其同意担任紧急联系人；
4. 修改档案后，告知服务对象联系顺序。

首选联系人尽量是住得近、有钥匙的人。)"},
{19, "fixed_terminal", u"固话式终端使用说明", u"固话式终端 遥控 使用说明 设备",
uR"(## 组成
主机接在家中固定电话线上，配一到两个防水遥控按钮（一户两名服务对象时各一个）。

## 使用
- 按主机红色按钮或遥控按钮，主机自动拨打中心，免提通话；
- 主机绿色按钮为取消键，误按后10秒内可取消；
- 主机需一直接通电源，指示灯常亮为正常。

## 常见故障
- 指示灯不亮：检查插座和电源适配器；
- 按了没反应：检查电话线是否松脱、是否欠费停机；
- 按了打不通：可能是电话线路故障，开维修工单。)"},
{19, "remote_battery", u"遥控按钮防水与更换电池", u"遥控 电池 防水 更换",
uR"(遥控按钮防水等级IP67，洗澡时可以佩戴，建议挂在脖子上或戴在手腕上。

遥控电池一般可用1至2年。主机提示“遥控电量低”或中心收到低电量告警时，开维修工单，由设备维护组上门更换，不要让老人自行拆开。

遥控丢失的，登记后上门补配并重新配对。)"},
{20, "low_battery", u"设备低电量处理", u"低电量 穿戴式设备 充电 告警",
uR"(## 告警
穿戴式设备电量低于20%时，平台产生低电量告警。

## 处置
1. 致电服务对象：“阿姨，您的手表快没电了，麻烦帮忙充一下电。”
2. 指导充电：把手表放在充电座上，屏幕显示闪电标志即为充电中，一般两小时充满；
3. 联系不上本人的，联系家属提醒；
4. 电量降到5%以下仍未充电的，次日再次跟进；
5. 充电后续航明显变短（不足一天）的，开维修工单更换电池。)"},
{20, "gps", u"穿戴式设备定位不准处理", u"定位 GPS 穿戴式设备 走失",
uR"(室内、地下室、高楼之间GPS信号弱，设备会改用基站或WiFi定位，误差可达数百米。地图上的圆圈表示误差范围。

- 处置走失时，以最后一次精度较高的定位为准，并告知民警误差；
- 长期定位偏差大的，检查设备是否开启定位、SIM卡流量是否正常；
- 仍不正常的，开维修工单。)"},
{8, "resource_lookup", u"就近资源查找与转介", u"资源 转介 医院 派出所",
uR"(处置个案时，在资源面板中按服务对象所在街道筛选：

- 急症：首选就近有急诊的三甲医院，慢阻肺对象优先广医一院，儿童优先妇儿中心；
- 走失、入户协助：所在街道派出所；
- 上门探访：所在街道家庭综合服务中心社工或网格员；
- 维修、家政、送餐：在转介工单中选择服务商，注明费用由服务对象与服务方结算。)"},
{6, "funding_faq", u"政府资助对象退出与暂停", u"退出 暂停 资助",
uR"(以下情况办理暂停或退出：

- **暂停**：住院、外出探亲超过一个月，登记暂停日期，回家后恢复；
- **退出**：迁出本区、入住养老机构、本人或家属申请退出、去世；
- 退出后回收设备，押金或设备由维护组上门处理。

去世的，坐席致电家属时注意语气，表示慰问。)"},
};
// clang-format on

Status Demo::makeKnowledgeBase()
{
    store::KbFolderRepository folders(m_db);
    store::KbArticleRepository articles(m_db);
    QStringList folderIds;
    std::array<int, std::size(kFolders)> order{};
    for (const FolderDef &d : kFolders) {
        KbFolder f;
        f.meta = meta();
        f.parentId = d.parent >= 0 ? folderIds[d.parent] : QString();
        f.name = QString::fromUtf16(d.name);
        f.order = d.parent >= 0 ? order[d.parent]++ : int(folderIds.size());
        folderIds.append(f.meta.id);
        if (Status st = insert(folders, f, "folder"); !st)
            return st;
        ++summary.folders;
    }
    for (const ArticleDef &d : kArticleDefs) {
        KbArticle a;
        a.meta = meta(m_supervisors.isEmpty() ? QString() : m_supervisors.first().id);
        a.folderId = folderIds[d.folder];
        a.title = QString::fromUtf16(d.title);
        a.body = QString::fromUtf16(d.body);
        a.tags = words(d.tags);
        a.status = ArticleStatus::Published;
        if (Status st = insert(articles, a, "article"); !st)
            return st;
        m_articles.append(ArticleRef{a.meta.id, QString::fromLatin1(d.key)});
        ++summary.articles;
    }
    return {};
}

// ---- subjects, households, devices ------------------------------------------------------------

Status Demo::makeSubjects()
{
    m_refs.reserve(std::size_t(std::min(m_options.subjects, 16000)) + 16);
    while (summary.subjects < m_options.subjects) {
        const int remaining = m_options.subjects - summary.subjects;
        const bool child = m_rng.chance(0.012);
        const int members = !child && remaining >= 2 && m_rng.chance(0.15) ? 2 : 1;
        if (Status st = makeHousehold(members, child); !st)
            return st;
    }
    return {};
}

Status Demo::makeHousehold(int members, bool child)
{
    const int streetIndex = m_rng.range(0, int(m_streets.size()) - 1);
    const Street &street = m_streets[streetIndex];
    const int community = m_rng.range(0, int(street.communities.size()) - 1);

    Household h;
    h.meta = meta();
    h.address = addressIn(street, community);
    h.location = near(street.centre, 0.0035, 0);
    h.accessNotes = m_rng.chance(0.7) ? m_rng.pick(m_accessNotes) : QString();

    // Who lives here.
    struct Member {
        Subject s;
        QString surname;
        bool wearable = false;
    };
    std::array<Member, 2> people;
    const int husbandAge = elderAge();
    for (int i = 0; i < members; ++i) {
        Subject &s = people[i].s;
        s.meta = meta(id(), {});
        int age = 0;
        if (child) {
            age = m_rng.range(6, 16);
            s.sex = m_rng.chance(0.5) ? Sex::Male : Sex::Female;
        } else if (members == 2) {
            s.sex = i == 0 ? Sex::Male : Sex::Female;
            age = i == 0 ? husbandAge : std::max(60, husbandAge - m_rng.range(-2, 6));
        } else {
            // Women outlive men: most people living alone are widows.
            s.sex = m_rng.chance(0.64) ? Sex::Female : Sex::Male;
            age = elderAge();
        }
        s.birthDate = birthForAge(age);
        auto rid = residentId(s.birthDate, s.sex);
        if (!rid)
            return rid.error();
        s.residentId = *rid;
        people[i].surname = m_surnames.pick(m_rng);
        s.name = personName(s.birthDate.year(), s.sex, people[i].surname);
        s.householdId = h.meta.id;
        s.address = h.address;
        s.location = GeoPoint{h.location->latitude, h.location->longitude, 15};
        people[i].wearable = !child && m_rng.chance(0.25);
        h.memberIds.append(s.meta.id);
    }

    // A fixed terminal on the home line, unless every member wears a 4G device and there is no line.
    bool allWearable = true;
    for (int i = 0; i < members; ++i)
        allWearable = allWearable && people[i].wearable;
    const bool fixedTerminal = !allWearable || m_rng.chance(0.5);
    if (fixedTerminal) {
        auto line = newLandline();
        if (!line)
            return line.error();
        h.landline = *line;
    }

    QList<Device> devices;
    bool anyActive = false;
    Device terminal;
    if (fixedTerminal) {
        terminal.meta = meta();
        terminal.kind = DeviceKind::FixedLine;
        terminal.model = QStringLiteral("PAT-G200 固话式呼援终端");
        terminal.serial = QStringLiteral("G200-%1").arg(++m_serialCounter, 7, 10, QLatin1Char('0'));
        terminal.householdId = h.meta.id;
        terminal.status = m_rng.chance(0.015) ? DeviceStatus::Faulty : DeviceStatus::Installed;
        terminal.installedOn = m_options.today.addDays(-m_rng.range(30, 2400));
        terminal.installedBy = QStringLiteral("安装员 ") + personName(1985, Sex::Male);
        terminal.lastSeenAt = m_now.addSecs(-m_rng.range(60, 86400));
        terminal.batteryPercent = m_rng.chance(0.9) ? 100 : m_rng.range(20, 99);
        for (int i = 0; i < members; ++i)
            terminal.remotes.append(
                Remote{QStringLiteral("RC-%1").arg(++m_remoteCounter, 7, 10, QLatin1Char('0')),
                       people[i].s.meta.id});
    }

    for (int i = 0; i < members; ++i) {
        Subject &s = people[i].s;
        const int age = s.ageOn(m_options.today);
        const bool firstMember = i == 0;
        // Children carry the father's surname.
        const QString familySurname = s.sex == Sex::Male ? people[i].surname
                                      : members == 2     ? people[0].surname
                                                         : m_surnames.pick(m_rng);

        // Phones: the home line goes to the first member only so that caller ID is unambiguous.
        if (fixedTerminal && firstMember)
            s.phones.append(ContactPhone{h.landline, QStringLiteral("家")});
        const bool needsMobile = s.phones.isEmpty() && !people[i].wearable;
        if (!child && (needsMobile || m_rng.chance(0.55))) {
            auto m = newMobile(m_rng.chance(0.3));
            if (!m)
                return m.error();
            s.phones.append(ContactPhone{*m, QStringLiteral("手机")});
        }

        // Languages.
        if (child) {
            s.languages = {QStringLiteral("普通话"), QStringLiteral("粤语")};
        } else {
            const bool cantonese = m_rng.chance(0.85);
            if (cantonese)
                s.languages.append(QStringLiteral("粤语"));
            if (!cantonese || m_rng.chance(0.55))
                s.languages.append(QStringLiteral("普通话"));
            if (m_rng.chance(0.06))
                s.languages.append(QStringLiteral("客家话"));
            else if (m_rng.chance(0.04))
                s.languages.append(QStringLiteral("潮汕话"));
        }

        // Categories, funding sequence and care tier from the tender's rules.
        bool dementia = false;
        if (child) {
            const int r = m_rng.range(0, 99);
            s.categories.append(r < 45   ? SubjectCategory::Orphan
                                : r < 90 ? SubjectCategory::DeFactoUnattendedChild
                                         : SubjectCategory::HivAffectedChild);
            if (m_rng.chance(0.3))
                s.categories.append(SubjectCategory::Dibao);
            s.fundingSequence = FundingSequence::First;
            s.careTier = m_rng.chance(0.5) ? CareTier::SpecialCare : CareTier::KeyVisit;
        } else {
            if (members == 2)
                s.categories.append(SubjectCategory::ElderlyOnlyHousehold);
            else if (m_rng.chance(0.68))
                s.categories.append(SubjectCategory::LivingAlone);
            else if (m_rng.chance(0.3))
                s.categories.append(SubjectCategory::ElderlyOnlyHousehold);
            const int econ = m_rng.range(0, 999);
            const bool poor = econ < 260;
            if (econ < 30)
                s.categories.append(SubjectCategory::DispersedExtremePoverty);
            else if (econ < 180)
                s.categories.append(SubjectCategory::Dibao);
            else if (econ < 260)
                s.categories.append(SubjectCategory::DibaoMarginal);
            if (m_rng.chance(0.05 + (age >= 85 ? 0.04 : 0)))
                s.categories.append(SubjectCategory::SevereDisability);
            if (m_rng.chance(0.08 + (age - 60) * 0.004)) {
                s.categories.append(SubjectCategory::Disabled);
                const int r = m_rng.range(0, 99);
                s.disabilityLevel = r < 30   ? DisabilityLevel::Mild
                                    : r < 75 ? DisabilityLevel::Moderate
                                             : DisabilityLevel::Severe;
            }
            const bool lostChild = m_rng.chance(0.03);
            if (lostChild)
                s.categories.append(SubjectCategory::LostOnlyChild);
            if (m_rng.chance(0.01))
                s.categories.append(SubjectCategory::LeftBehindElderly);
            if (!poor && !lostChild && m_rng.chance(0.11))
                s.categories.append(SubjectCategory::SelfPaying);
            if (s.categories.isEmpty() && age < 90)
                s.categories.append(SubjectCategory::SelfPaying);

            const bool disabled =
                s.hasCategory(SubjectCategory::Disabled) || s.hasCategory(SubjectCategory::SevereDisability);
            if (s.hasCategory(SubjectCategory::SelfPaying))
                s.fundingSequence = FundingSequence::None;
            else if (poor || lostChild)
                s.fundingSequence = FundingSequence::First;
            else if (age >= 75 || disabled)
                s.fundingSequence = FundingSequence::Second;
            else
                s.fundingSequence = FundingSequence::Third;

            // Health: conditions, medications, mobility, allergies.
            QStringList notes;
            bool mobility = disabled;
            for (std::size_t c = 0; c < kConditionCount; ++c) {
                const int permille = kConditions[c].permille + (age >= 80 ? kConditions[c].permille / 3 : 0);
                if (m_rng.range(0, 999) >= permille)
                    continue;
                const QString &note = m_conditionNotes[c];
                notes.append(note.contains(QLatin1String("%1")) ? note.arg(m_rng.range(2, 30)) : note);
                mobility = mobility || kConditions[c].limitsMobility;
                dementia = dementia || c == kAlzheimer;
                const QStringList &meds = m_conditionMeds[c];
                if (!meds.isEmpty()) {
                    const QString &med = m_rng.pick(meds);
                    if (!s.medications.contains(med))
                        s.medications.append(med);
                    if (meds.size() > 1 && m_rng.chance(0.2)) {
                        const QString &second = m_rng.pick(meds);
                        if (!s.medications.contains(second))
                            s.medications.append(second);
                    }
                }
            }
            if (mobility && m_rng.chance(0.7)) {
                const int aid =
                    s.disabilityLevel == DisabilityLevel::Severe ? m_rng.range(0, 3) : m_rng.range(0, 2);
                notes.append(m_mobilityAids[aid]);
            } else if (age >= 85 && m_rng.chance(0.3)) {
                notes.append(m_mobilityAids[2]);
            }
            s.healthNotes = notes.join(QStringLiteral("；"));
            if (m_rng.chance(0.22)) {
                s.allergies.append(m_rng.pick(m_allergies));
                if (m_rng.chance(0.2)) {
                    const QString &second = m_rng.pick(m_allergies);
                    if (!s.allergies.contains(second))
                        s.allergies.append(second);
                }
            }

            const bool alone = s.hasCategory(SubjectCategory::LivingAlone);
            if (s.disabilityLevel == DisabilityLevel::Severe
                || s.hasCategory(SubjectCategory::SevereDisability) || dementia || (alone && age >= 90))
                s.careTier = CareTier::SpecialCare;
            else if ((alone && age >= 80) || disabled || lostChild
                     || s.hasCategory(SubjectCategory::DispersedExtremePoverty))
                s.careTier = CareTier::KeyVisit;
            else
                s.careTier = CareTier::Routine;
            if (m_rng.chance(0.3))
                s.remarks = m_rng.pick(m_remarks);

            // Emergency contacts: children first, then a neighbour or the social worker.
            struct Plan {
                Relationship relationship;
                int birthYear;
            };
            QList<Plan> plan;
            const int contactCount = m_rng.range(1, 3);
            const bool hasChildren = !lostChild && !s.hasCategory(SubjectCategory::DispersedExtremePoverty);
            for (int c = 0; c < contactCount; ++c) {
                const int r = m_rng.range(0, 99);
                Relationship rel;
                if (hasChildren && c == 0)
                    rel = m_rng.chance(0.5) ? Relationship::Son : Relationship::Daughter;
                else if (hasChildren && r < 45)
                    rel = r < 15   ? Relationship::Son
                          : r < 30 ? Relationship::Daughter
                          : r < 38 ? Relationship::DaughterInLaw
                                   : Relationship::Grandchild;
                else if (r < 70)
                    rel = Relationship::Neighbour;
                else if (r < 85)
                    rel = Relationship::SocialWorker;
                else if (r < 93)
                    rel = Relationship::Relative;
                else
                    rel = Relationship::GridWorker;
                const int birthYear = rel == Relationship::Grandchild
                                          ? s.birthDate.year() + m_rng.range(50, 60)
                                      : rel == Relationship::Son || rel == Relationship::Daughter
                                              || rel == Relationship::DaughterInLaw
                                          ? s.birthDate.year() + m_rng.range(22, 36)
                                          : m_rng.range(1960, 1995);
                plan.append(Plan{rel, std::min(birthYear, 2004)});
            }
            for (qsizetype c = 0; c < plan.size(); ++c) {
                EmergencyContact ec;
                ec.order = int(c) + 1;
                ec.relationship = plan[c].relationship;
                const bool familyName = ec.relationship == Relationship::Son
                                        || ec.relationship == Relationship::Daughter
                                        || ec.relationship == Relationship::Grandchild;
                const Sex sex = ec.relationship == Relationship::Son ? Sex::Male
                                : ec.relationship == Relationship::Daughter
                                        || ec.relationship == Relationship::DaughterInLaw
                                    ? Sex::Female
                                    : (m_rng.chance(0.5) ? Sex::Male : Sex::Female);
                ec.name = personName(plan[c].birthYear, sex, familyName ? familySurname : QString());
                auto m = newMobile(m_rng.chance(0.2));
                if (!m)
                    return m.error();
                ec.phones.append(ContactPhone{*m, QStringLiteral("手机")});
                if (m_rng.chance(0.1)) {
                    auto work = newLandline();
                    if (!work)
                        return work.error();
                    ec.phones.append(ContactPhone{*work, QStringLiteral("单位")});
                }
                switch (ec.relationship) {
                case Relationship::Neighbour:
                    ec.livesNearby = true;
                    ec.holdsKey = m_rng.chance(0.4);
                    ec.notes = ec.holdsKey ? QStringLiteral("同楼邻居，有钥匙") : QStringLiteral("同楼邻居");
                    break;
                case Relationship::SocialWorker:
                    ec.notes = street.shortName + QStringLiteral("家综社工");
                    break;
                case Relationship::GridWorker:
                    ec.notes = street.communities[community] + QStringLiteral("网格员");
                    break;
                default:
                    ec.livesNearby = m_rng.chance(0.35);
                    ec.holdsKey = ec.livesNearby || m_rng.chance(0.3);
                    if (!ec.livesNearby && m_rng.chance(0.2))
                        ec.notes = QStringLiteral("在外地工作");
                    break;
                }
                s.contacts.append(ec);
            }
        }
        if (child) {
            EmergencyContact guardian{
                1,
                personName(s.birthDate.year() - 55, Sex::Female, m_surnames.pick(m_rng)),
                Relationship::Guardian,
                {},
                true,
                true,
                QStringLiteral("祖母，监护人")};
            EmergencyContact worker{2,
                                    personName(m_rng.range(1985, 1998), Sex::Female),
                                    Relationship::SocialWorker,
                                    {},
                                    false,
                                    false,
                                    street.shortName + QStringLiteral("家综儿童社工")};
            for (EmergencyContact *ec : {&guardian, &worker}) {
                auto m = newMobile();
                if (!m)
                    return m.error();
                ec->phones.append(ContactPhone{*m, QStringLiteral("手机")});
            }
            s.contacts = {guardian, worker};
            if (s.phones.isEmpty()) {
                auto m = newMobile();
                if (!m)
                    return m.error();
                s.phones.append(ContactPhone{*m, QStringLiteral("手机")});
            }
            s.healthNotes = s.hasCategory(SubjectCategory::HivAffectedChild)
                                ? QStringLiteral("规律服用抗病毒药物，定期复诊（信息保密）")
                                : (m_rng.chance(0.2) ? QStringLiteral("哮喘") : QString());
        }

        // Consent and status.
        const QDate installed =
            fixedTerminal ? terminal.installedOn : m_options.today.addDays(-m_rng.range(30, 1500));
        const bool guardianSigns = child || dementia || s.disabilityLevel == DisabilityLevel::Severe;
        s.consent = Consent{true, installed.addDays(-m_rng.range(1, 20)),
                            guardianSigns && !s.contacts.isEmpty() ? s.contacts.first().name : s.name,
                            QStringLiteral("平安通服务及健康信息处理")};
        const int st = m_rng.range(0, 999);
        if (st < 20) {
            s.status = SubjectStatus::Suspended;
            s.remarks = QStringLiteral("住院中，暂停服务");
        } else if (st < 28) {
            s.status = SubjectStatus::Withdrawn;
        } else if (st < 36) {
            s.status = SubjectStatus::Deceased;
        }
        if (s.status != SubjectStatus::Active)
            s.statusSince = m_options.today.addDays(-m_rng.range(1, 300));

        // A 4G wearable: its SIM number calls in, so it is one of the subject's phones.
        if (people[i].wearable) {
            Device w;
            w.meta = meta();
            w.kind = DeviceKind::Wearable;
            w.model = QStringLiteral("PAT-W4 4G定位手表");
            w.serial = QStringLiteral("W4-%1").arg(++m_serialCounter, 7, 10, QLatin1Char('0'));
            w.imei = newImei();
            w.simIccid = newIccid();
            auto sim = newMobile();
            if (!sim)
                return sim.error();
            w.simNumber = *sim;
            w.householdId = h.meta.id;
            w.subjectId = s.meta.id;
            w.status = s.status == SubjectStatus::Active
                           ? (m_rng.chance(0.01)
                                  ? DeviceStatus::Lost
                                  : (m_rng.chance(0.02) ? DeviceStatus::Faulty : DeviceStatus::Installed))
                           : DeviceStatus::Removed;
            w.installedOn = installed;
            w.installedBy = QStringLiteral("安装员 ") + personName(1988, Sex::Male);
            w.lastSeenAt = m_now.addSecs(-m_rng.range(30, 6 * 3600));
            w.batteryPercent = m_rng.chance(0.08) ? m_rng.range(3, 19) : m_rng.range(20, 100);
            w.lastPosition = m_rng.chance(0.8) ? near(*h.location, 0.0004, m_rng.range(8, 40))
                                               : near(*h.location, 0.006, m_rng.range(20, 300));
            w.positionSource =
                w.lastPosition->accuracyMeters > 100 ? PositionSource::Cell : PositionSource::Gps;
            w.positionAt = w.lastSeenAt;
            s.phones.append(ContactPhone{w.simNumber, QStringLiteral("穿戴设备")});
            devices.append(w);
        }

        if (Status st2 = insert(m_subjectRepo, s, "subject"); !st2)
            return st2;
        ++summary.subjects;
        anyActive = anyActive || s.status == SubjectStatus::Active;

        if (s.status == SubjectStatus::Active && (m_refs.size() < 16000) && m_rng.chance(m_keepRef)) {
            SubjectRef ref;
            ref.id = s.meta.id;
            ref.name = s.name;
            ref.householdId = h.meta.id;
            ref.location = *s.location;
            ref.wearable = people[i].wearable;
            ref.dementia = dementia;
            ref.deviceId = people[i].wearable ? devices.last().meta.id : terminal.meta.id;
            ref.alarmPhone = people[i].wearable ? devices.last().simNumber
                             : fixedTerminal    ? h.landline
                                                : s.phones.first().number;
            ref.talkPhone = s.phones.first().number;
            if (!s.contacts.isEmpty()) {
                ref.contactName = s.contacts.first().name;
                ref.contactRelationship = s.contacts.first().relationship;
                ref.contactPhone = s.contacts.first().phones.first().number;
            }
            m_refs.push_back(std::move(ref));
        }
    }

    if (child)
        h.notes = QStringLiteral("儿童与祖父母同住，监护人为祖母");
    else if (members == 2)
        h.notes = QStringLiteral("两位老人同住，一套设备两个遥控");
    else if (people[0].s.hasCategory(SubjectCategory::LivingAlone))
        h.notes = QStringLiteral("独居");
    else if (people[0].s.hasCategory(SubjectCategory::ElderlyOnlyHousehold))
        h.notes = QStringLiteral("与老伴同住（老伴未纳入服务）");
    else
        h.notes = QStringLiteral("与家人同住，白天独处");
    if (Status st = insert(m_householdRepo, h, "household"); !st)
        return st;
    ++summary.households;
    if (fixedTerminal) {
        if (!anyActive)
            terminal.status = DeviceStatus::Removed;
        devices.prepend(terminal);
    }
    for (const Device &d : devices) {
        if (Status st = insert(m_deviceRepo, d, "device"); !st)
            return st;
        ++summary.devices;
    }
    return {};
}

// ---- history: cases, calls, work orders -------------------------------------------------------

CallRecord Demo::call(CallDirection direction, const PhoneNumber &remote, const QString &subjectId,
                      const AccountRef &agent, const QDateTime &start, CallDisposition disposition,
                      int waitSeconds, int talkSeconds, const QString &caseId)
{
    CallRecord c;
    c.meta = meta(agent.id);
    c.direction = direction;
    c.remoteNumber = remote;
    c.hotline = direction == CallDirection::Inbound ? kHotline : QString();
    c.subjectId = subjectId;
    c.agentId = agent.id;
    c.seatId = agent.seatId;
    c.startedAt = start;
    if (disposition == CallDisposition::Answered) {
        c.answeredAt = start.addSecs(waitSeconds);
        c.endedAt = c.answeredAt.addSecs(talkSeconds);
        c.recordingId = QStringLiteral("rec-") + c.meta.id;
    } else {
        c.endedAt = start.addSecs(waitSeconds);
    }
    c.disposition = disposition;
    c.caseId = caseId;
    c.sipCallId = QString::number(m_rng.next64(), 16) + QStringLiteral("@safelink-hub");
    return c;
}

Status Demo::put(store::CallRepository &repo, const CallRecord &c)
{
    if (Status st = insert(repo, c, "call"); !st)
        return st;
    ++summary.calls;
    return {};
}

Status Demo::makeWorkOrder(WorkOrderKind kind, const QString &caseId, const SubjectRef &s,
                           const QDateTime &created, const ResourceRef *provider, const AccountRef &agent,
                           const QString &description)
{
    store::WorkOrderRepository repo(m_db);
    WorkOrder w;
    w.meta = meta(agent.id);
    w.kind = kind;
    w.caseId = caseId;
    w.subjectId = s.id;
    if (kind == WorkOrderKind::Maintenance || kind == WorkOrderKind::Installation)
        w.deviceId = s.deviceId;
    w.description = description;
    w.createdAt = created;
    w.dueAt = created.addSecs(WorkOrder::defaultDeadlineSeconds(kind));
    const QString worker = provider ? provider->person : agent.id;
    if (provider)
        w.providerId = provider->id;
    else
        w.assignee = agent.id; // a callback stays with a colleague at the center
    if (provider)
        w.assignee = provider->person;

    // Walk the state machine as far as time allows. Some providers are slow, and some recent orders
    // are stuck at a stage (the overdue list has entries).
    const bool slow = m_rng.chance(0.12);
    const double stretch = slow ? 3.0 : 1.0;
    const qint64 deadline = WorkOrder::defaultDeadlineSeconds(kind);
    const bool recent = created.secsTo(m_now) < std::max<qint64>(3 * deadline, 5 * 86400);
    const int r0 = m_rng.range(0, 99);
    const int target = r0 < 6 ? -1 : (recent && r0 < 40 ? m_rng.range(0, 3) : 5); // -1: cancelled
    const int cancelAt = m_rng.range(1, 3);
    QDateTime t = created;
    auto step = [&](WorkOrderState to, qint64 minSecs, qint64 maxSecs, const QString &by,
                    const QString &note = {}) -> int {
        const QDateTime at = t.addSecs(qint64(m_rng.range(int(minSecs), int(maxSecs)) * stretch));
        if (at >= m_now)
            return 0;
        if (Status st = w.transition(to, at, by, note); !st)
            return -1;
        t = at;
        return 1;
    };
    struct Step {
        WorkOrderState to;
        qint64 minSecs;
        qint64 maxSecs;
        bool byWorker;
    };
    const std::array<Step, 5> path{{
        {WorkOrderState::Assigned, 60, 1800, false},
        {WorkOrderState::Accepted, 300, 7200, true},
        {WorkOrderState::InProgress, 600, std::max<qint64>(1200, deadline / 3), true},
        {WorkOrderState::Completed, 900, std::max<qint64>(1800, deadline / 4), true},
        {WorkOrderState::Verified, 1800, 36000, false},
    }};
    bool declined = false;
    for (int i = 0; i < int(path.size()); ++i) {
        if (target < 0 && i == cancelAt) {
            const int r = step(
                WorkOrderState::Cancelled, 600, 14400, agent.id,
                m_rng.pick(words(u"服务对象已自行解决 服务对象住院，暂缓上门 家属已安排 服务对象拒绝上门")));
            if (r < 0)
                return makeError(ErrorCode::Internal, QStringLiteral("demo: work order cancel"));
            break;
        }
        // Now and then a provider declines once and the order goes back to the pool.
        if (i == 1 && !declined && provider && m_rng.chance(0.04)) {
            declined = true;
            if (const int r =
                    step(WorkOrderState::Created, 300, 3600, worker, QStringLiteral("服务商当日无法上门"));
                r <= 0) {
                if (r < 0)
                    return makeError(ErrorCode::Internal, QStringLiteral("demo: work order decline"));
                break;
            }
            i = -1;
            continue;
        }
        if (target >= 0 && i >= target && target < 5)
            break;
        const int r =
            step(path[i].to, path[i].minSecs, path[i].maxSecs, path[i].byWorker ? worker : agent.id);
        if (r < 0)
            return makeError(ErrorCode::Internal, QStringLiteral("demo: work order transition"));
        if (r == 0)
            break;
    }
    if (Status st = insert(repo, w, "work order"); !st)
        return st;
    ++summary.workOrders;
    return {};
}

Status Demo::makeCase(const QDateTime &opened, int dailySeq)
{
    if (m_refs.empty() || m_agents.isEmpty())
        return {};
    store::CaseRepository cases(m_db);
    store::CallRepository calls(m_db);
    const SubjectRef &s = m_refs[std::size_t(m_rng.range(0, int(m_refs.size()) - 1))];
    const AccountRef &agent = m_rng.pick(m_agents);

    // Type mix: most traffic is care calls, false alarms and questions.
    enum Kind { Care, FalseAlarm, Consult, Emergency, Service, Fault, Complaint, Other };
    const int r = m_rng.range(0, 99);
    const Kind kind = r < 35   ? Care
                      : r < 55 ? FalseAlarm
                      : r < 73 ? Consult
                      : r < 79 ? Emergency
                      : r < 89 ? Service
                      : r < 95 ? Fault
                      : r < 97 ? Complaint
                               : Other;

    CaseRecord c;
    c.meta = meta(agent.id);
    c.subjectId = s.id;
    c.openedAt = opened;
    c.openedBy = agent.id;
    QString outcome;
    QDateTime end = opened.addSecs(m_rng.range(180, 900));
    QList<CallRecord> legs;
    auto answered = [&](CallDirection d, const PhoneNumber &p, const QDateTime &at, int talkMin,
                        int talkMax) {
        legs.append(call(d, p, s.id, agent, at, CallDisposition::Answered, m_rng.range(3, 18),
                         m_rng.range(talkMin, talkMax), c.meta.id));
    };
    auto stepAt = [&](const char *kindKey, int afterSecs, const QString &note) {
        c.steps.append(CaseStep{QString::fromLatin1(kindKey), opened.addSecs(afterSecs), agent.id, note});
    };
    auto article = [&](const char *key) {
        for (const ArticleRef &a : m_articles) {
            if (a.key == QLatin1String(key))
                c.articleIds.append(a.id);
        }
    };
    const ResourceRef *provider = nullptr;
    WorkOrderKind orderKind = WorkOrderKind::Callback;
    QString orderText;

    switch (kind) {
    case Care: {
        c.type = CaseType::CareCall;
        c.priority = 5;
        const bool reached = m_rng.chance(0.85);
        if (reached) {
            answered(CallDirection::Outbound, s.talkPhone, opened, 90, 600);
            c.summary =
                m_rng.pick(words(u"例行关怀：身体状况良好 例行关怀：近日血压偏高，已提醒按时服药 "
                                 u"例行关怀：膝痛加重，建议社区医院复诊 例行关怀：情绪低落，已倾听安抚 "
                                 u"例行关怀：提醒遥控器随身佩戴 例行关怀：询问送餐需求"));
            outcome = QStringLiteral("care_ok");
            stepAt("note", 300, QStringLiteral("已完成关怀电话"));
            article("care_call");
        } else {
            legs.append(call(CallDirection::Outbound, s.talkPhone, s.id, agent, opened,
                             m_rng.chance(0.7) ? CallDisposition::Missed : CallDisposition::Rejected, 40, 0,
                             c.meta.id));
            legs.append(call(CallDirection::Outbound, s.contactPhone.isNull() ? s.talkPhone : s.contactPhone,
                             s.id, agent, opened.addSecs(120), CallDisposition::Answered, 8, 120, c.meta.id));
            c.summary = QStringLiteral("关怀电话无人接听，已联系紧急联系人");
            outcome = QStringLiteral("contact_confirmed");
            stepAt("notify_contact", 150, s.contactName);
            if (m_rng.chance(0.3)) {
                orderKind = WorkOrderKind::HomeVisit;
                const auto &list = m_resources[int(ResourceCategory::SocialWorker)];
                provider = list.isEmpty() ? nullptr : &m_rng.pick(list);
                orderText = QStringLiteral("连续联系不上，请社工上门探访");
            }
        }
        break;
    }
    case FalseAlarm:
        c.type = CaseType::Emergency;
        c.priority = 4;
        answered(CallDirection::Inbound, s.alarmPhone, opened, 30, 180);
        c.summary =
            m_rng.pick(words(u"误按呼援按钮，确认平安 洗澡时误触遥控，确认平安 孙子玩耍误按，老人平安 "
                             u"测试按钮，已说明使用方法"));
        stepAt("assess", 20, QStringLiteral("老人自述误按，无不适"));
        outcome = QStringLiteral("false_alarm");
        end = opened.addSecs(m_rng.range(60, 300));
        article("false_alarm");
        break;
    case Consult: {
        c.type = CaseType::Consultation;
        c.priority = 5;
        answered(CallDirection::Inbound, s.talkPhone, opened, 60, 480);
        struct Topic {
            const char16_t *summary;
            const char *article;
        };
        static constexpr Topic topics[] = {
            {u"咨询低保申请条件", "dibao"},
            {u"咨询高龄津贴发放时间", "elder_allowance"},
            {u"咨询长者饭堂助餐补贴和送餐", "meal_subsidy"},
            {u"询问遥控按钮能否洗澡佩戴", "remote_battery"},
            {u"询问平安通服务内容", "service_content"},
            {u"咨询适老化改造申请", "home_adaptation"},
            {u"咨询住院期间是否需要退出服务", "funding_faq"},
            {u"询问紧急联系人如何变更", "change_contact"},
        };
        const Topic &t = m_rng.pick(topics);
        c.summary = QString::fromUtf16(t.summary);
        article(t.article);
        stepAt("note", 200, QStringLiteral("已按知识库解答"));
        outcome = QStringLiteral("info_given");
        break;
    }
    case Emergency: {
        c.type = CaseType::Emergency;
        struct Scenario {
            const char16_t *summary;
            const char16_t *assess;
            bool police;
            int priority;
            const char *article;
        };
        static constexpr Scenario scenarios[] = {
            {u"老人在家中跌倒，无法起身", u"跌倒，意识清醒，左髋疼痛", false, 1, "fall"},
            {u"胸闷胸痛、出冷汗", u"胸痛20分钟，有冠心病史", false, 1, "chest_pain"},
            {u"突然说话含糊、右手无力", u"疑似脑卒中，发病约10分钟", false, 1, "stroke"},
            {u"头晕心慌、手抖出汗", u"疑似低血糖，意识尚清", false, 2, "hypoglycemia"},
            {u"气促加重，呼吸困难", u"慢阻肺急性加重", false, 1, "emergency_flow"},
            {u"家属报告老人外出未归", u"认知障碍老人走失，已查看定位", true, 2, "wandering"},
            {u"呼援后无人应答，背景有呻吟声", u"无法沟通，按无应答流程处置", false, 1, "no_answer_flow"},
        };
        const Scenario &sc = s.dementia && m_rng.chance(0.5) ? scenarios[5] : m_rng.pick(scenarios);
        c.priority = sc.priority;
        c.summary = QString::fromUtf16(sc.summary);
        answered(CallDirection::Inbound, s.alarmPhone, opened, 60, 400);
        stepAt("assess", 40, QString::fromUtf16(sc.assess));
        article("emergency_flow");
        article(sc.article);
        auto ambulance = PhoneNumber::parse(sc.police ? u"110" : u"120");
        if (!ambulance)
            return ambulance.error();
        legs.append(call(CallDirection::Outbound, *ambulance, s.id, agent, opened.addSecs(70),
                         CallDisposition::Answered, 4, 150, c.meta.id));
        stepAt(sc.police ? "call_110" : "call_120", 70,
               sc.police ? QStringLiteral("已报警，提供最后定位") : QStringLiteral("已三方通话呼叫120"));
        if (!s.contactPhone.isNull()) {
            legs.append(call(CallDirection::Outbound, s.contactPhone, s.id, agent, opened.addSecs(300),
                             CallDisposition::Answered, 10, 120, c.meta.id));
            stepAt("notify_contact", 300, relationshipText(s.contactRelationship) + s.contactName);
        }
        c.notes = QString::fromUtf16(sc.assess)
                  + (sc.police ? QStringLiteral("；已报110，民警与家属分头查找")
                               : QStringLiteral("；已呼叫120，救护车约15分钟到达"))
                  + (s.contactPhone.isNull() ? QString() : QStringLiteral("；已通知") + s.contactName);
        c.followUpDue = opened.addSecs(8 * 3600);
        end = opened.addSecs(m_rng.range(3600, 4 * 3600));
        if (end < m_now) {
            legs.append(call(CallDirection::Outbound, s.contactPhone.isNull() ? s.talkPhone : s.contactPhone,
                             s.id, agent, end.addSecs(-600), CallDisposition::Answered, 8, 240, c.meta.id));
            c.steps.append(CaseStep{QStringLiteral("follow_up"), end.addSecs(-400), agent.id,
                                    QStringLiteral("已回访，了解送院及诊治情况")});
        }
        outcome = sc.police
                      ? QStringLiteral("found_safe")
                      : m_rng.pick(words(u"hospitalised hospitalised ambulance_dispatched treated_at_home"));
        c.location = s.wearable ? near(s.location, 0.0005, 25) : s.location;
        if (m_rng.chance(0.3)) {
            orderKind = WorkOrderKind::HomeVisit;
            const auto &list = m_resources[int(ResourceCategory::SocialWorker)];
            provider = list.isEmpty() ? nullptr : &m_rng.pick(list);
            orderText = QStringLiteral("紧急事件后上门探访，评估居家安全");
        }
        break;
    }
    case Service: {
        c.type = CaseType::ServiceRequest;
        c.priority = 4;
        answered(CallDirection::Inbound, s.talkPhone, opened, 60, 300);
        struct Need {
            ResourceCategory category;
            const char16_t *text;
        };
        static constexpr Need needs[] = {
            {ResourceCategory::Repair, u"厨房水龙头漏水，需上门维修"},
            {ResourceCategory::Repair, u"热水器不能点火，需上门维修"},
            {ResourceCategory::MealService, u"申请长者饭堂送餐上门"},
            {ResourceCategory::Housekeeping, u"申请家政保洁，每周一次"},
            {ResourceCategory::HomeCare, u"申请上门助浴"},
            {ResourceCategory::Pharmacy, u"代购降压药送上门"},
        };
        const Need &n = m_rng.pick(needs);
        const auto &list = m_resources[int(n.category)];
        provider = list.isEmpty() ? nullptr : &m_rng.pick(list);
        if (n.category == ResourceCategory::Repair && list.size() > 1)
            provider = &list[1]; // household repairs go to the handyman, not the terminal team
        c.summary = QString::fromUtf16(n.text);
        orderKind = WorkOrderKind::ServiceReferral;
        orderText = c.summary + QStringLiteral("（费用由服务对象与服务方结算）");
        stepAt("referral", 240, provider ? provider->name : QString());
        outcome = QStringLiteral("referred");
        break;
    }
    case Fault: {
        c.type = CaseType::DeviceFault;
        c.priority = 3;
        const bool lowBattery = s.wearable && m_rng.chance(0.5);
        if (lowBattery) {
            c.summary = QStringLiteral("穿戴设备低电量告警");
            legs.append(call(CallDirection::Outbound, s.talkPhone, s.id, agent, opened,
                             CallDisposition::Answered, 12, 120, c.meta.id));
            article("low_battery");
        } else {
            c.summary =
                m_rng.pick(words(u"终端离线超过24小时 遥控按钮按下无反应 终端指示灯不亮 遥控器丢失需补配"));
            answered(CallDirection::Inbound, s.talkPhone, opened, 60, 300);
            article("fixed_terminal");
        }
        if (!lowBattery || m_rng.chance(0.3)) {
            orderKind = WorkOrderKind::Maintenance;
            const auto &list = m_resources[int(ResourceCategory::Repair)];
            provider = list.isEmpty() ? nullptr : &list.first();
            orderText = c.summary + QStringLiteral("，请24小时内上门处理");
        }
        stepAt("note", 200, lowBattery ? QStringLiteral("已提醒充电") : QStringLiteral("已派维修"));
        outcome = QStringLiteral("device_repaired");
        break;
    }
    case Complaint:
        c.type = CaseType::Complaint;
        c.priority = 3;
        answered(CallDirection::Inbound, s.talkPhone, opened, 120, 600);
        c.summary =
            m_rng.pick(words(u"投诉维修师傅未按约定时间上门 投诉送餐延误、饭菜偏咸 投诉来电等待时间过长"));
        article("complaint");
        orderKind = WorkOrderKind::Callback;
        orderText = QStringLiteral("核实投诉并于当日回复服务对象");
        stepAt("note", 400, QStringLiteral("已致歉并登记"));
        outcome = QStringLiteral("complaint_handled");
        break;
    case Other:
        c.type = CaseType::Other;
        c.priority = 5;
        answered(CallDirection::Inbound, s.talkPhone, opened, 20, 120);
        c.summary = m_rng.pick(words(u"打错电话 询问天气预报 家属查询老人近况"));
        outcome = QStringLiteral("other");
        break;
    }

    // Recent cases may still be open or waiting for the follow-up.
    const qint64 age = opened.secsTo(m_now);
    if (end >= m_now || (age < 86400 && m_rng.chance(0.35))) {
        c.status = m_rng.chance(0.5) || c.followUpDue.isValid() ? CaseStatus::FollowUp : CaseStatus::Open;
        if (!c.followUpDue.isValid() && c.status == CaseStatus::FollowUp)
            c.followUpDue = opened.addSecs(8 * 3600);
    } else if (age < 3 * 86400 && kind != Care && kind != FalseAlarm && m_rng.chance(0.1)) {
        c.status = CaseStatus::FollowUp;
        c.followUpDue = opened.addSecs(24 * 3600);
    } else {
        c.status = CaseStatus::Closed;
        c.outcomeCode = outcome;
        c.closedAt = end;
    }
    c.callerNumber = legs.isEmpty() || legs.first().direction == CallDirection::Outbound
                         ? s.talkPhone
                         : legs.first().remoteNumber;
    static constexpr std::array<const char *, 7> prefixes{"JJ", "ZX", "TS", "FW", "SB", "GH", "QT"};
    c.number = QStringLiteral("%1-%2-%3")
                   .arg(QLatin1String(prefixes[int(c.type)]),
                        opened.toOffsetFromUtc(8 * 3600).date().toString(QStringLiteral("yyyyMMdd")))
                   .arg(dailySeq, 4, 10, QLatin1Char('0'));

    for (CallRecord &leg : legs) {
        if (leg.startedAt >= m_now)
            continue;
        c.callIds.append(leg.meta.id);
        if (Status st = put(calls, leg); !st)
            return st;
    }
    if (Status st = insert(cases, c, "case"); !st)
        return st;
    ++summary.cases;

    if (!orderText.isEmpty() && (provider || orderKind == WorkOrderKind::Callback)) {
        const AccountRef &owner = orderKind == WorkOrderKind::Callback && !m_supervisors.isEmpty()
                                      ? m_rng.pick(m_supervisors)
                                      : agent;
        if (Status st = makeWorkOrder(orderKind, c.meta.id, s, opened.addSecs(m_rng.range(300, 900)),
                                      provider, owner, orderText);
            !st)
            return st;
    }
    return {};
}

Status Demo::makeHistory()
{
    if (m_refs.empty())
        return {};
    store::CallRepository calls(m_db);
    // Hourly weights of the center's traffic (Beijing time): quiet at night, busy 8-11 and 14-17.
    static constexpr std::array<int, 24> hourWeights{2, 1, 1, 1,  1,  2, 4, 7, 10, 12, 12, 10,
                                                     7, 7, 9, 10, 10, 8, 7, 6, 5,  4,  3,  2};
    std::array<int, 24> cumulative{};
    int total = 0;
    for (std::size_t h = 0; h < hourWeights.size(); ++h)
        cumulative[h] = total += hourWeights[h];
    const double perDay = 5 + m_options.subjects / 500.0;

    for (int back = m_options.pastDays; back >= 0; --back) {
        const QDate day = m_options.today.addDays(-back);
        const int n = int(perDay * m_rng.real(0.75, 1.25));
        std::vector<int> seconds;
        seconds.reserve(std::size_t(n));
        for (int i = 0; i < n; ++i) {
            const int r = m_rng.range(0, total - 1);
            const int hour =
                int(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
            seconds.push_back(hour * 3600 + m_rng.range(0, 3599));
        }
        std::sort(seconds.begin(), seconds.end());
        int seq = 0;
        for (int sec : seconds) {
            const QDateTime opened = beijing(day, sec);
            if (opened >= m_now)
                break;
            if (Status st = makeCase(opened, ++seq); !st)
                return st;
            // Unanswered inbound calls without a case: the caller hung up while ringing.
            if (m_rng.chance(0.03)) {
                const SubjectRef &s = m_refs[std::size_t(m_rng.range(0, int(m_refs.size()) - 1))];
                if (Status st = put(
                        calls, call(CallDirection::Inbound, s.talkPhone, s.id, m_rng.pick(m_agents),
                                    opened.addSecs(-m_rng.range(60, 1800)),
                                    m_rng.chance(0.6) ? CallDisposition::Abandoned : CallDisposition::Missed,
                                    m_rng.range(5, 40), 0, QString()));
                    !st)
                    return st;
            }
        }
    }

    // New subjects waiting for installation.
    const auto &repair = m_resources[int(ResourceCategory::Repair)];
    const int installs = std::max(2, m_options.subjects / 1000);
    for (int i = 0; i < installs && !repair.isEmpty(); ++i) {
        const SubjectRef &s = m_refs[std::size_t(m_rng.range(0, int(m_refs.size()) - 1))];
        const QDateTime created = m_now.addSecs(-m_rng.range(3600, 10 * 86400));
        if (Status st =
                makeWorkOrder(WorkOrderKind::Installation, QString(), s, created, &repair.first(),
                              m_rng.pick(m_agents), QStringLiteral("为家中第二位服务对象加配遥控按钮并调试"));
            !st)
            return st;
    }
    return {};
}

Status Demo::run()
{
    if (Status st = makeAccountsAndSeats(); !st)
        return st;
    if (Status st = makeResources(); !st)
        return st;
    if (Status st = makeKnowledgeBase(); !st)
        return st;
    if (Status st = makeSubjects(); !st)
        return st;
    return makeHistory();
}

} // namespace

Result<DemoSummary> populate(store::Database &db, const DemoOptions &options)
{
    if (options.subjects < 0 || options.pastDays < 0 || !options.today.isValid())
        return makeError(ErrorCode::Invalid,
                         QStringLiteral("demo: subjects and pastDays must not be negative"));
    QElapsedTimer timer;
    timer.start();
    Demo demo(db, options);
    if (Status st = db.transaction([&] { return demo.run(); }); !st)
        return st.error();
    const DemoSummary &s = demo.summary;
    qCInfo(lcDemo).noquote() << QStringLiteral(
                                    "demo center (seed %1): %2 subjects, %3 households, %4 devices, "
                                    "%5 resources, %6 articles, %7 cases, %8 calls, %9 work orders in %10 ms")
                                    .arg(options.seed)
                                    .arg(s.subjects)
                                    .arg(s.households)
                                    .arg(s.devices)
                                    .arg(s.resources)
                                    .arg(s.articles)
                                    .arg(s.cases)
                                    .arg(s.calls)
                                    .arg(s.workOrders)
                                    .arg(timer.elapsed());
    return s;
}

} // namespace safelink::demo
