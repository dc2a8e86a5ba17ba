#include <safelink/map/webengine.h>

#include <QCoreApplication>
#include <QtGlobal>

#include <cstdio>
#include <unistd.h>

namespace safelink::map {

void prepareWebEngine()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    const QByteArray before = flags;
    if (::geteuid() == 0 && !flags.contains("--no-sandbox"))
        flags += " --no-sandbox";
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if ((platform == "offscreen" || platform == "minimal") && !flags.contains("--disable-gpu"))
        flags += " --disable-gpu";
    if (flags != before) {
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
        if (::geteuid() == 0)
            std::fprintf(stderr, "safelink: running as root, the map's web sandbox is off\n");
    }
}

} // namespace safelink::map
