#pragma once

#include <QStringList>
#include <QTextStream>

namespace safelink::hub {

// `safelink-hub init`: a new data folder with its database, the hub's key pair and the first admin.
int runInit(const QStringList &args, QTextStream &out, QTextStream &err);
// `safelink-hub add-account`: another account (agents, supervisors, auditors).
int runAddAccount(const QStringList &args, QTextStream &out, QTextStream &err);
// `safelink-hub device-token`: the token a terminal authenticates its HTTP events with.
int runDeviceToken(const QStringList &args, QTextStream &out, QTextStream &err);
int runSeat(const QStringList &args, QTextStream &out, QTextStream &err);
int runMap(const QStringList &args, QTextStream &out, QTextStream &err);
// `safelink-hub serve`: runs the hub until SIGINT or SIGTERM.
int runServe(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace safelink::hub
