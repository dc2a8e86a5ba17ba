#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace safelink::i18n {

// Chinese first: zh_CN unless SAFELINK_LANG or a --lang option asks for another language.
QString defaultLanguage();

// The languages Safelink ships translations for ("zh_CN", "en").
QStringList availableLanguages();

// Loads Safelink's embedded translation and Qt's own (dialog buttons, ...) for `language` and
// installs them on `app`, which owns them. Returns false when Safelink has no such language.
bool install(QCoreApplication &app, const QString &language);

} // namespace safelink::i18n
