#pragma once

// Small helpers shared by the SIP test peers.
#include <QString>

#include <functional>

namespace safelink::test {

// Milliseconds on the monotonic clock, comparable across all peers of a test process: event
// timestamps use it, so a test can subtract one peer's event time from another's.
qint64 monotonicMs();

// Runs the event loop (signals of sockets, processes, other threads' queued calls) until `done`
// returns true or `timeoutMs` passes; returns `done()`.
bool waitUntil(const std::function<bool()> &done, int timeoutMs);

// A loopback port free for UDP and for TCP, with the next `tcpSpan - 1` TCP ports free as well
// (baresip puts SIP over TLS on its SIP port + 1). 0 when none was found.
quint16 freeLoopbackPort(int tcpSpan = 1);

// True when an executable of that name is on PATH.
bool haveProgram(const QString &name);

// The last `lines` lines of a text (for failure messages with a process log).
QString lastLines(const QString &text, int lines);

} // namespace safelink::test
