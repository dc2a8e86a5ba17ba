#include <safelink/core/crashreport.h>

#include <gtest/gtest.h>

#include <csignal>

namespace {

void crashWithReport()
{
    safelink::core::installCrashReport("crash-test");
    volatile int *nowhere = nullptr;
    *nowhere = 1; // NOLINT: the crash under test
}

} // namespace

TEST(CrashReport, AFatalSignalPrintsTheProgramTheSignalAndTheStack)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(crashWithReport(), testing::KilledBySignal(SIGSEGV),
                "crash-test: fatal signal Segmentation fault, stack:\n.*(test_core|TestBody)");
}

TEST(CrashReport, AnAbortIsReportedAndStillAnAbort)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_EXIT(
        {
            safelink::core::installCrashReport("crash-test");
            std::abort();
        },
        testing::KilledBySignal(SIGABRT), "crash-test: fatal signal Aborted, stack:");
}
