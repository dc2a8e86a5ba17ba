#include <safelink/core/blockednumber.h>
#include <safelink/core/cbor.h>

namespace safelink::core {

QList<Error> BlockedNumber::problems() const
{
    QList<Error> out;
    if (meta.id.isEmpty())
        out.append(Validation::required(QStringLiteral("id")));
    if (number.canonical().isEmpty())
        out.append(Validation::required(QStringLiteral("number")));
    if (reason.trimmed().isEmpty())
        out.append(Validation::invalid(QStringLiteral("reason"), tr("Say why the number is blocked.")));
    else if (reason.size() > kMaxReason)
        out.append(
            Validation::invalid(QStringLiteral("reason"), tr("At most %1 characters.").arg(kMaxReason)));
    if (!addedAt.isValid())
        out.append(Validation::required(QStringLiteral("addedAt")));
    return out;
}

QCborMap BlockedNumber::toCbor() const
{
    QCborMap m = cbor::fromMeta(meta);
    m.insert(QStringLiteral("number"), cbor::fromPhone(number));
    m.insert(QStringLiteral("reason"), reason);
    m.insert(QStringLiteral("addedBy"), addedBy);
    m.insert(QStringLiteral("addedAt"), cbor::fromDateTime(addedAt));
    return m;
}

Result<BlockedNumber> BlockedNumber::fromCbor(const QCborValue &value)
{
    cbor::Reader r(value, QStringLiteral("blockedNumber"));
    BlockedNumber b;
    b.meta = r.meta();
    if (auto p = r.phone(QStringLiteral("number")))
        b.number = *p;
    b.reason = r.string(QStringLiteral("reason"));
    b.addedBy = r.string(QStringLiteral("addedBy"));
    b.addedAt = r.dateTime(QStringLiteral("addedAt"));
    if (!r.ok())
        return r.error();
    return b;
}

} // namespace safelink::core
