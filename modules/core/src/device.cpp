#include <safelink/core/cbor.h>
#include <safelink/core/device.h>

namespace safelink::core {

namespace {
class DeviceText {
    Q_DECLARE_TR_FUNCTIONS(safelink::core::Device)

public:
    static QString badImei() { return tr("An IMEI has 15 digits and a valid check digit."); }
    static QString badIccid()
    {
        return tr("A SIM card number (ICCID) has 19 or 20 digits and starts with 89.");
    }
    static QString wearableNeedsImei() { return tr("A wearable needs its IMEI."); }
    static QString installedNeedsHousehold() { return tr("An installed device must belong to a household."); }
    static QString badBattery() { return tr("Battery level is a percentage from 0 to 100."); }
    static QString remoteNeedsSerial() { return tr("Each remote needs its serial number."); }
};
} // namespace

bool Device::isValidImei(const QString &imei)
{
    if (imei.size() != 15)
        return false;
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        if (!imei[i].isDigit() || imei[i].unicode() > '9')
            return false;
        int d = imei[i].unicode() - '0';
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum % 10 == 0;
}

QList<Error> Device::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (serial.trimmed().isEmpty())
        out.append(Validation::required(QStringLiteral("serial")));
    if (!imei.isEmpty() && !isValidImei(imei))
        out.append(Validation::invalid(QStringLiteral("imei"), DeviceText::badImei()));
    if (kind == DeviceKind::Wearable && imei.isEmpty())
        out.append(Validation::invalid(QStringLiteral("imei"), DeviceText::wearableNeedsImei()));
    static const QRegularExpression iccidPattern(QStringLiteral("^89\\d{17,18}$"));
    if (!simIccid.isEmpty() && !iccidPattern.match(simIccid).hasMatch())
        out.append(Validation::invalid(QStringLiteral("simIccid"), DeviceText::badIccid()));
    if (status == DeviceStatus::Installed && householdId.isEmpty())
        out.append(Validation::invalid(QStringLiteral("householdId"), DeviceText::installedNeedsHousehold()));
    if (batteryPercent < -1 || batteryPercent > 100)
        out.append(Validation::invalid(QStringLiteral("batteryPercent"), DeviceText::badBattery()));
    for (const Remote &rm : remotes) {
        if (rm.serial.trimmed().isEmpty())
            out.append(Validation::invalid(QStringLiteral("remotes"), DeviceText::remoteNeedsSerial()));
    }
    out += Validation::checkGeo(lastPosition, QStringLiteral("lastPosition"));
    return out;
}

QCborMap Device::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("kind"), cbor::fromEnum(kind));
    m.insert(QStringLiteral("model"), model);
    m.insert(QStringLiteral("serial"), serial);
    m.insert(QStringLiteral("imei"), imei);
    m.insert(QStringLiteral("simIccid"), simIccid);
    m.insert(QStringLiteral("simNumber"), cbor::fromPhone(simNumber));
    m.insert(QStringLiteral("householdId"), householdId);
    m.insert(QStringLiteral("subjectId"), subjectId);
    QCborArray rs;
    for (const Remote &rm : remotes) {
        QCborMap x;
        x.insert(QStringLiteral("serial"), rm.serial);
        x.insert(QStringLiteral("subjectId"), rm.subjectId);
        rs.append(x);
    }
    m.insert(QStringLiteral("remotes"), rs);
    m.insert(QStringLiteral("status"), cbor::fromEnum(status));
    m.insert(QStringLiteral("installedOn"), cbor::fromDate(installedOn));
    m.insert(QStringLiteral("installedBy"), installedBy);
    m.insert(QStringLiteral("lastSeenAt"), cbor::fromDateTime(lastSeenAt));
    m.insert(QStringLiteral("batteryPercent"), batteryPercent);
    if (lastPosition)
        m.insert(QStringLiteral("lastPosition"), cbor::fromGeo(*lastPosition));
    if (positionSource != PositionSource::Unknown)
        m.insert(QStringLiteral("positionSource"), cbor::fromEnum(positionSource));
    if (positionAt.isValid())
        m.insert(QStringLiteral("positionAt"), cbor::fromDateTime(positionAt));
    return m;
}

Result<Device> Device::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("device"));
    Device d;
    d.meta = r.meta();
    d.kind = r.enumValue(QStringLiteral("kind"), DeviceKind::FixedLine);
    d.model = r.string(QStringLiteral("model"));
    d.serial = r.string(QStringLiteral("serial"));
    d.imei = r.string(QStringLiteral("imei"));
    d.simIccid = r.string(QStringLiteral("simIccid"));
    d.simNumber = r.phone(QStringLiteral("simNumber")).value_or(PhoneNumber());
    d.householdId = r.string(QStringLiteral("householdId"));
    d.subjectId = r.string(QStringLiteral("subjectId"));
    for (const QCborValue &v : r.array(QStringLiteral("remotes"))) {
        cbor::Reader rr(v, QStringLiteral("remote"));
        d.remotes.append(Remote{rr.string(QStringLiteral("serial")), rr.string(QStringLiteral("subjectId"))});
        if (!rr.ok())
            r.fail(QStringLiteral("remotes"), rr.error().message);
    }
    d.status = r.enumValue(QStringLiteral("status"), DeviceStatus::InStock);
    d.installedOn = r.date(QStringLiteral("installedOn"));
    d.installedBy = r.string(QStringLiteral("installedBy"));
    d.lastSeenAt = r.dateTime(QStringLiteral("lastSeenAt"));
    d.batteryPercent = int(r.integer(QStringLiteral("batteryPercent"), -1));
    d.lastPosition = r.geo(QStringLiteral("lastPosition"));
    d.positionSource = r.enumValue(QStringLiteral("positionSource"), PositionSource::Unknown);
    d.positionAt = r.dateTime(QStringLiteral("positionAt"));
    if (!r.ok())
        return r.error();
    return d;
}

} // namespace safelink::core
