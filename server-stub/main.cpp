// safelink-hub: the coordination server of a Safelink center. Wiring only; see hubcli.cpp.
#include "hubcli.h"
#include <safelink/core/crashreport.h>

#include <safelink/i18n/translations.h>

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    safelink::core::installCrashReport("safelink-hub");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("safelink-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAFELINK_VERSION));
    safelink::i18n::install(app, safelink::i18n::defaultLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    safelink::hub::HubCli cli(out, err);
    const int code = cli.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
