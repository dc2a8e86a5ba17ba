#include <safelink/core/crashreport.h>

#include <csignal>
#include <cstring>
#include <execinfo.h>
#include <initializer_list>
#include <unistd.h>

namespace safelink::core {

namespace {

char g_program[64] = "safelink";

void writeText(const char *text)
{
    ssize_t ignored = ::write(STDERR_FILENO, text, std::strlen(text));
    (void)ignored;
}

void onFatalSignal(int sig)
{
    writeText("\n");
    writeText(g_program);
    writeText(": fatal signal ");
    writeText(sigdescr_np(sig) ? sigdescr_np(sig) : "?");
    writeText(", stack:\n");
    void *frames[64];
    const int n = ::backtrace(frames, 64);
    ::backtrace_symbols_fd(frames, n, STDERR_FILENO);
    std::signal(sig, SIG_DFL);
    ::raise(sig);
}

} // namespace

void installCrashReport(const char *programName)
{
    std::strncpy(g_program, programName, sizeof g_program - 1);
    // backtrace() loads libgcc on first use, which allocates: do it now, not in the handler.
    void *warm[2];
    ::backtrace(warm, 2);
    struct sigaction action = {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    for (int sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT})
        ::sigaction(sig, &action, nullptr);
}

} // namespace safelink::core
