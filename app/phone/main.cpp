// safelink-phone: a line-test tool for admins, built on the desk's own telephony module. Wiring
// only; see modules/telephony/src/linetest.cpp.
#include <safelink/core/crashreport.h>
#include <safelink/i18n/translations.h>
#include <safelink/telephony/linetest.h>

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    safelink::core::installCrashReport("safelink-phone");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("safelink-phone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAFELINK_VERSION));
    safelink::i18n::install(app, safelink::i18n::defaultLanguage());
    using safelink::telephony::LineTestOptions;

    // State lines on stdout are the tool's output; the modules' debug lines only with --trace.
    if (!QCoreApplication::arguments().contains(QStringLiteral("--trace")))
        QLoggingCategory::setFilterRules(QStringLiteral("safelink.*.debug=false\nsafelink.*.info=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << LineTestOptions::usage() << Qt::endl;
        return 0;
    }
    // The password never appears on the command line (ps would show it to every user).
    QString password;
    if (const qsizetype i = args.indexOf(QStringLiteral("--password-file")); i >= 0 && i + 1 < args.size()) {
        QFile file(args[i + 1]);
        if (!file.open(QIODevice::ReadOnly)) {
            err << QCoreApplication::translate("safelink::telephony::LineTest",
                                               "Cannot read the password file: %1")
                       .arg(args[i + 1])
                << Qt::endl;
            return safelink::telephony::ExitUsage;
        }
        password = QString::fromUtf8(file.readAll()).section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    auto options = LineTestOptions::parse(args, password);
    if (!options) {
        err << options.error().toString() << Qt::endl << LineTestOptions::usage() << Qt::endl;
        return safelink::telephony::ExitUsage;
    }
    safelink::telephony::LineTest test(options.value(), out);
    QObject::connect(&test, &safelink::telephony::LineTest::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    test.start();
    const int code = app.exec();
    out.flush();
    return code;
}
