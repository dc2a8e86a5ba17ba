#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace safelink::store {

class Dialect;

// One numbered step of the schema. Numbers are dense and never reused; a released migration is
// never edited, a fix is a new one.
struct Migration {
    int version;
    const char *name;
    QStringList (*statements)(const Dialect &dialect);
};

const QList<Migration> &migrations();

} // namespace safelink::store
