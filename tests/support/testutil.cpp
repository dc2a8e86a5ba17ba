#include "testutil.h"

#include <QCoreApplication>
#include <QDir>

namespace safelink::test {

QString binaryDir()
{
    // ctest sets it; a test binary run by hand finds the build tree from its own place (build/bin).
    const QString fromEnv = qEnvironmentVariable("SAFELINK_BINARY_DIR");
    return fromEnv.isEmpty()
               ? QDir(QCoreApplication::applicationDirPath() + QStringLiteral("/..")).absolutePath()
               : fromEnv;
}

QString sourceDir()
{
    return qEnvironmentVariable("SAFELINK_SOURCE_DIR");
}

} // namespace safelink::test
