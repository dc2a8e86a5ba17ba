#pragma once

namespace safelink::core {

// On a fatal signal (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT) writes the program's name, the signal
// and a stack trace to stderr (the journal, or the desk's log), then dies with the default action so
// that a core dump and the exit status are what they would have been. Only async-signal-safe calls
// run in the handler. Call once, early in main().
void installCrashReport(const char *programName);

} // namespace safelink::core
