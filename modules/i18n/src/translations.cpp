#include <safelink/i18n/translations.h>

#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "safelink.i18n")

namespace safelink::i18n {

QString defaultLanguage()
{
    const QString fromEnv = qEnvironmentVariable("SAFELINK_LANG");
    return availableLanguages().contains(fromEnv) ? fromEnv : QStringLiteral("zh_CN");
}

QStringList availableLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

bool install(QCoreApplication &app, const QString &language)
{
    if (!availableLanguages().contains(language)) {
        qCWarning(lcI18n) << "no translation for language" << language;
        return false;
    }
    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/safelink/i18n/safelink_%1.qm").arg(language))) {
        qCWarning(lcI18n) << "embedded translation missing for" << language;
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt; // optional: only Qt's own dialog texts stay English
    qCInfo(lcI18n) << "language" << language;
    return true;
}

} // namespace safelink::i18n
