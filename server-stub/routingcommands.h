#pragma once

#include <QStringList>
#include <QTextStream>

namespace safelink::hub {

// `safelink-hub routing`: the SIP proxy's routing token, ring time, longest wait, area code.
int runRouting(const QStringList &args, QTextStream &out, QTextStream &err);
// `safelink-hub block`: the harassment list (add, remove, list).
int runBlock(const QStringList &args, QTextStream &out, QTextStream &err);
// `safelink-hub alarms`: heartbeat interval and escalation time.
int runAlarms(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace safelink::hub
