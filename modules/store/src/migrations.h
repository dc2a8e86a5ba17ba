#pragma once

#include <safelink/core/result.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace safelink::store {

class Database;
class Dialect;

// One numbered step of the schema. Numbers are dense and never reused; a released migration is
// never edited, a fix is a new one.
struct Migration {
    int version;
    const char *name;
    QStringList (*statements)(const Dialect &dialect);
    // Runs after the statements, in the same transaction: fills a new column from the records'
    // documents (the CBOR is the truth; SQL alone cannot read it). Optional.
    Status (*backfill)(Database &db) = nullptr;
};

const QList<Migration> &migrations();

} // namespace safelink::store
