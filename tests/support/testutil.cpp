#include "testutil.h"

#include <QCoreApplication>
#include <QDir>

namespace safelink::test {

// The build tree's paths are compiled in (tests/CMakeLists.txt); the environment may override them.
QString binaryDir()
{
    const QString fromEnv = qEnvironmentVariable("SAFELINK_BINARY_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef SAFELINK_TEST_BINARY_DIR
    return QStringLiteral(SAFELINK_TEST_BINARY_DIR);
#else
    return QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/..")).absolutePath();
#endif
}

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("SAFELINK_SOURCE_DIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
#ifdef SAFELINK_TEST_SOURCE_DIR
    return QStringLiteral(SAFELINK_TEST_SOURCE_DIR);
#else
    return {};
#endif
}

} // namespace safelink::test
