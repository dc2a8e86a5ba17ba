#pragma once

#include <QStringList>
#include <QTextStream>

namespace safelink::hub {

// `safelink-hub import-subjects` and `safelink-hub export-subjects`. args start with the command's
// name, as HubCli::run passes them to its commands. Exit codes: 0 done, 1 failed (for an import:
// some rows were rejected or none imported), 2 bad use.
int runImportSubjects(const QStringList &args, QTextStream &out, QTextStream &err);
int runExportSubjects(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace safelink::hub
