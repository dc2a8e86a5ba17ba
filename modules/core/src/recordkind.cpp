#include <safelink/core/recordkind.h>

#include <QList>

#include <array>
#include <utility>

namespace safelink::core {

namespace {
constexpr std::array<std::pair<RecordKind, const char *>, 13> kKeys{{
    {RecordKind::Subject, "subject"},
    {RecordKind::Household, "household"},
    {RecordKind::Device, "device"},
    {RecordKind::Case, "case"},
    {RecordKind::Call, "call"},
    {RecordKind::WorkOrder, "work_order"},
    {RecordKind::Resource, "resource"},
    {RecordKind::KbFolder, "kb_folder"},
    {RecordKind::KbArticle, "kb_article"},
    {RecordKind::Account, "account"},
    {RecordKind::Seat, "seat"},
    {RecordKind::Alarm, "alarm"},
    {RecordKind::BlockedNumber, "blocked_number"},
}};
} // namespace

QString recordKindKey(RecordKind kind)
{
    for (const auto &[k, key] : kKeys) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<RecordKind> recordKindFromKey(const QString &key)
{
    for (const auto &[k, text] : kKeys) {
        if (key == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

const QList<RecordKind> &allRecordKinds()
{
    static const QList<RecordKind> kinds = [] {
        QList<RecordKind> out;
        for (const auto &[k, key] : kKeys)
            out.append(k);
        return out;
    }();
    return kinds;
}

} // namespace safelink::core
