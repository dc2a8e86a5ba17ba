#pragma once

#include <QStringList>
#include <QTextStream>

namespace safelink::hub {

// `safelink-hub recordings list|export|delete|policy`: the call recordings a hub keeps. args start
// with "recordings", as HubCli::run passes them. Exit codes: 0 done, 1 failed or refused (the
// center's policy forbids it), 2 bad use.
int runRecordings(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace safelink::hub
