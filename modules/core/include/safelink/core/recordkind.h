#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace safelink::core {

// Every kind of record that is stored, synced and written through the hub. The key is what the
// wire, the change feed and the audit log carry; append-only like the message catalog.
enum class RecordKind {
    Subject,
    Household,
    Device,
    Case,
    Call,
    WorkOrder,
    Resource,
    KbFolder,
    KbArticle,
    Account,
    Seat,
    Alarm,
    BlockedNumber
};

QString recordKindKey(RecordKind kind);
std::optional<RecordKind> recordKindFromKey(const QString &key);
const QList<RecordKind> &allRecordKinds();

} // namespace safelink::core
