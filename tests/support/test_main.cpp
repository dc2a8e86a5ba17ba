// One main for every GoogleTest binary: Qt needs an application object before most classes work.
// GUI test binaries define SAFELINK_TEST_GUI and get a QApplication (offscreen by default).
#include <safelink/core/crashreport.h>

#include <gtest/gtest.h>

#ifdef SAFELINK_TEST_GUI
#include <safelink/map/webengine.h>

#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char **argv)
{
    // A crash in CI leaves nothing else behind: the stack goes to the test's output.
    safelink::core::installCrashReport(argc > 0 ? argv[0] : "test");
#ifdef SAFELINK_TEST_GUI
    // Test discovery runs the binary without the test's environment: never need a display for it.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    safelink::map::prepareWebEngine(); // the desk's map pane
#endif
    TestApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
