// safelink-desk: the agent's and supervisor's workstation. Wiring only; the window and its logic
// live in modules/desk.
#include <safelink/desk/mainwindow.h>
#include <safelink/i18n/translations.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("safelink-desk"));
    QApplication::setOrganizationName(QStringLiteral("Safelink"));
    QApplication::setApplicationVersion(QStringLiteral(SAFELINK_VERSION));

    // The language must be known before any text is built, so read --lang by hand first.
    QString language = safelink::i18n::defaultLanguage();
    const QStringList args = QApplication::arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--lang")); i >= 0 && i + 1 < args.size())
        language = args.at(i + 1);
    safelink::i18n::install(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Safelink agent desk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("lang"),
                      QApplication::translate("main", "User interface language (zh_CN, en)."),
                      QStringLiteral("language")});
    parser.addOption({QStringLiteral("screenshot"),
                      QApplication::translate("main", "Save a picture of the window to <file> and quit."),
                      QStringLiteral("file")});
    parser.process(app);

    safelink::desk::MainWindow window;
    window.show();

    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString file = parser.value(QStringLiteral("screenshot"));
        QTimer::singleShot(800, &window, [&window, file] {
            const bool ok = window.grab().save(file);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
