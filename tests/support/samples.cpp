#include "samples.h"

namespace safelink::test {

using namespace safelink::core;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 11, 20), QTime(8, 15, 30, 250), Qt::UTC);

RecordMeta meta(const char *id)
{
    return RecordMeta{QString::fromLatin1(id), 3, kT0, QStringLiteral("acc-admin")};
}

Address yuexiuAddress()
{
    return Address{QStringLiteral("440104001002"),
                   QStringLiteral("广东省"),
                   QStringLiteral("广州市"),
                   QStringLiteral("越秀区"),
                   QStringLiteral("北京街道"),
                   QStringLiteral("盐运西社区"),
                   QStringLiteral("北京路238号3栋502房")};
}
} // namespace

PhoneNumber phone(const char *text)
{
    auto p = PhoneNumber::parse(QString::fromUtf8(text), u"20");
    Q_ASSERT_X(p.ok(), "phone", text);
    return p.ok() ? p.value() : PhoneNumber();
}

QString residentId(const QString &region, const QDate &birth, int sequence)
{
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + ResidentId::checkCharacter(first17);
}

Subject sampleSubject(const QString &name, const QString &mobile)
{
    Subject s;
    s.meta = meta("5b0e7a1c-1111-4c3e-9a55-000000000001");
    s.name = name;
    s.sex = Sex::Female;
    s.birthDate = QDate(1938, 4, 12);
    s.residentId = ResidentId::parse(residentId(QStringLiteral("440104"), s.birthDate, 122)).value();
    s.phones = {ContactPhone{PhoneNumber::parse(mobile).value(), QStringLiteral("手机")},
                ContactPhone{phone("020-83001234"), QStringLiteral("家")}};
    s.householdId = QStringLiteral("hh-1");
    s.address = yuexiuAddress();
    s.location = GeoPoint{23.1252, 113.2697, 15};
    s.languages = {QStringLiteral("粤语"), QStringLiteral("普通话")};
    s.categories = {SubjectCategory::LivingAlone, SubjectCategory::Dibao, SubjectCategory::Disabled};
    s.disabilityLevel = DisabilityLevel::Moderate;
    s.fundingSequence = FundingSequence::First;
    s.careTier = CareTier::SpecialCare;
    s.healthNotes = QStringLiteral("高血压二十年，2019年脑卒中，左侧肢体乏力，使用轮椅");
    s.medications = {QStringLiteral("硝苯地平缓释片"), QStringLiteral("阿司匹林肠溶片")};
    s.allergies = {QStringLiteral("青霉素")};
    s.contacts = {EmergencyContact{1,
                                   QStringLiteral("李秀兰"),
                                   Relationship::Daughter,
                                   {ContactPhone{phone("+86 139 1111 2222"), QStringLiteral("手机")}},
                                   true,
                                   true,
                                   QStringLiteral("住同一小区，有钥匙")},
                  EmergencyContact{2,
                                   QStringLiteral("王社工"),
                                   Relationship::SocialWorker,
                                   {ContactPhone{phone("020-8765 4321-108"), QStringLiteral("单位")}},
                                   false,
                                   false,
                                   QString()}};
    s.consent = Consent{true, QDate(2024, 1, 5), QStringLiteral("陈桂英"),
                        QStringLiteral("平安通服务及健康信息使用")};
    s.status = SubjectStatus::Active;
    s.remarks = QStringLiteral("听力较差，说话要大声");
    return s;
}

Household sampleHousehold()
{
    Household h;
    h.meta = meta("hh-1");
    h.address = yuexiuAddress();
    h.location = GeoPoint{23.1252, 113.2697, 0};
    h.memberIds = {QStringLiteral("5b0e7a1c-1111-4c3e-9a55-000000000001"), QStringLiteral("subject-2")};
    h.landline = phone("020-83001234");
    h.accessNotes = QStringLiteral("钥匙在女儿处；楼梯房，无电梯");
    h.notes = QStringLiteral("两位老人同住");
    return h;
}

Device sampleDevice()
{
    Device d;
    d.meta = meta("dev-1");
    d.kind = DeviceKind::Wearable;
    d.model = QStringLiteral("SL-W4G");
    d.serial = QStringLiteral("W4G-2024-000123");
    d.imei = QStringLiteral("490154203237518");
    d.simIccid = QStringLiteral("89860012345678901234");
    d.simNumber = phone("14712345678");
    d.householdId = QStringLiteral("hh-1");
    d.subjectId = QStringLiteral("5b0e7a1c-1111-4c3e-9a55-000000000001");
    d.remotes = {Remote{QStringLiteral("RM-0001"), QStringLiteral("5b0e7a1c-1111-4c3e-9a55-000000000001")}};
    d.status = DeviceStatus::Installed;
    d.installedOn = QDate(2024, 1, 8);
    d.installedBy = QStringLiteral("安装员 张伟");
    d.lastSeenAt = kT0;
    d.batteryPercent = 64;
    d.lastPosition = GeoPoint{23.1260, 113.2701, 35};
    d.positionSource = PositionSource::Gps;
    d.positionAt = kT0.addSecs(-120);
    return d;
}

CaseRecord sampleCase()
{
    CaseRecord c;
    c.meta = meta("case-1");
    c.number = QStringLiteral("JJ-20261120-0007");
    c.type = CaseType::Emergency;
    c.status = CaseStatus::Closed;
    c.priority = 1;
    c.subjectId = QStringLiteral("5b0e7a1c-1111-4c3e-9a55-000000000001");
    c.callerNumber = phone("020-83001234");
    c.openedAt = kT0;
    c.openedBy = QStringLiteral("acc-agent-3");
    c.summary = QStringLiteral("老人在浴室跌倒，无法起身");
    c.notes = QStringLiteral("意识清醒，左髋疼痛；已通知120及女儿");
    c.outcomeCode = QStringLiteral("hospitalised");
    c.location = GeoPoint{23.1252, 113.2697, 15};
    c.steps = {
        CaseStep{QStringLiteral("assess"), kT0.addSecs(20), QStringLiteral("acc-agent-3"),
                 QStringLiteral("跌倒，清醒")},
        CaseStep{QStringLiteral("call_120"), kT0.addSecs(60), QStringLiteral("acc-agent-3"), QString()},
        CaseStep{QStringLiteral("notify_contact"), kT0.addSecs(120), QStringLiteral("acc-agent-3"),
                 QStringLiteral("女儿李秀兰")}};
    c.callIds = {QStringLiteral("call-1")};
    c.articleIds = {QStringLiteral("art-1")};
    c.followUpDue = kT0.addSecs(8 * 3600);
    c.closedAt = kT0.addSecs(3600);
    return c;
}

CallRecord sampleCall()
{
    CallRecord c;
    c.meta = meta("call-1");
    c.direction = CallDirection::Inbound;
    c.remoteNumber = phone("020-83001234");
    c.hotline = QStringLiteral("96xxx");
    c.subjectId = QStringLiteral("5b0e7a1c-1111-4c3e-9a55-000000000001");
    c.agentId = QStringLiteral("acc-agent-3");
    c.seatId = QStringLiteral("seat-3");
    c.startedAt = kT0;
    c.answeredAt = kT0.addSecs(6);
    c.endedAt = kT0.addSecs(300);
    c.disposition = CallDisposition::Answered;
    c.recordingId = QStringLiteral("rec-1");
    c.caseId = QStringLiteral("case-1");
    c.sipCallId = QStringLiteral("a84b4c76e66710@127.0.0.1");
    return c;
}

WorkOrder sampleWorkOrder()
{
    WorkOrder w;
    w.meta = meta("wo-1");
    w.kind = WorkOrderKind::Maintenance;
    w.caseId = QStringLiteral("case-1");
    w.subjectId = QStringLiteral("5b0e7a1c-1111-4c3e-9a55-000000000001");
    w.deviceId = QStringLiteral("dev-1");
    w.providerId = QStringLiteral("res-1");
    w.description = QStringLiteral("遥控器按键失灵，需上门更换");
    w.createdAt = kT0;
    w.dueAt = kT0.addSecs(WorkOrder::defaultDeadlineSeconds(w.kind));
    const bool ok =
        w.transition(WorkOrderState::Assigned, kT0.addSecs(60), QStringLiteral("acc-agent-3")).ok()
        && w.transition(WorkOrderState::Accepted, kT0.addSecs(600), QStringLiteral("维修员 刘师傅")).ok();
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    return w;
}

Resource sampleResource()
{
    Resource r;
    r.meta = meta("res-1");
    r.name = QStringLiteral("广州市第一人民医院");
    r.category = ResourceCategory::Hospital;
    r.serviceAreas = {QStringLiteral("440104"), QStringLiteral("440103")};
    r.address = Address{QStringLiteral("440104"),
                        QStringLiteral("广东省"),
                        QStringLiteral("广州市"),
                        QStringLiteral("越秀区"),
                        QString(),
                        QString(),
                        QStringLiteral("盘福路1号")};
    r.location = GeoPoint{23.1370, 113.2600, 0};
    r.contacts = {ResourceContact{
        QStringLiteral("急诊科"), QStringLiteral("值班"), {ContactPhone{phone("020-81048888"), QString()}}}};
    r.hours = QStringLiteral("24小时");
    r.status = ResourceStatus::Active;
    r.notes = QStringLiteral("有老年病科");
    return r;
}

KbFolder sampleFolder()
{
    KbFolder f;
    f.meta = meta("kbf-1");
    f.parentId = QStringLiteral("kbf-root");
    f.name = QStringLiteral("应急处置流程");
    f.order = 2;
    return f;
}

KbArticle sampleArticle()
{
    KbArticle a;
    a.meta = meta("art-1");
    a.folderId = QStringLiteral("kbf-1");
    a.title = QStringLiteral("跌倒紧急呼援处置流程");
    a.body = QStringLiteral(
        "# 处置步骤\n\n1. 询问老人意识与疼痛部位。\n2. 拨打120，说明地址与病史。\n3. 通知紧急联系人。");
    a.tags = {QStringLiteral("跌倒"), QStringLiteral("120")};
    a.status = ArticleStatus::Published;
    return a;
}

Account sampleAccount()
{
    Account a;
    a.meta = meta("acc-agent-3");
    a.login = QStringLiteral("agent3");
    a.displayName = QStringLiteral("黄美玲");
    a.roles = {Role::Agent};
    a.skills = {QStringLiteral("粤语"), QStringLiteral("普通话")};
    a.employeeNumber = QStringLiteral("PA-0031");
    a.active = true;
    return a;
}

Seat sampleSeat()
{
    Seat s;
    s.meta = meta("seat-3");
    s.name = QStringLiteral("坐席3");
    s.sipUser = QStringLiteral("1003");
    s.extension = QStringLiteral("8003");
    s.location = QStringLiteral("二楼呼叫中心 A区");
    s.supervisorSeat = false;
    return s;
}

} // namespace safelink::test
