#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

// Quiet unless asked for (QT_LOGGING_RULES="tickerline.translations.debug=true").
Q_LOGGING_CATEGORY(lcTranslations, "tickerline.translations", QtInfoMsg)

// The formats to use: the system's when it speaks the chosen language, so that
// British English or Swiss German keep their own; otherwise the language's
// main country's.
QLocale formatLocale(const QString &languageCode)
{
    const QLocale system = QLocale::system();
    if (languageCode.isEmpty())
        return system;
    const QLocale chosen(languageCode);
    return system.language() == chosen.language() ? system : chosen;
}

// What the last call installed, so that the next one can take it out again.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(locale, name, u"_"_s, folder) || !QCoreApplication::installTranslator(translator.get()))
        return false;
    qCDebug(lcTranslations).noquote() << "Installed" << translator->filePath();
    installedTranslators().append(translator.release());
    return true;
}

} // namespace

QList<Language> availableLanguages()
{
    return {
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"fr"_s, u"Français"_s},
        {u"es"_s, u"Español"_s},
        {u"ja"_s, u"日本語"_s},
    };
}

bool installTranslations(const QString &languageCode)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installedTranslators().clear();

    if (!languageCode.isEmpty() && QLocale(languageCode).language() == QLocale::C) {
        qCWarning(lcTranslations).noquote() << "Unknown language" << languageCode << "- using the system's formats";
        QLocale::setDefault(QLocale::system());
        return false;
    }
    const QLocale locale = formatLocale(languageCode);
    QLocale::setDefault(locale);
    // The source texts are English (the C locale, e.g. LANG=C, too); only
    // their plural forms come from a translation ("1 tick", "3 ticks").
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        if (!install(QLocale(QLocale::English), u"tickerline"_s, u":/i18n"_s))
            qCWarning(lcTranslations) << "The English plural forms (:/i18n/tickerline_en.qm) are missing";
        return true;
    }
    if (!install(locale, u"tickerline"_s, u":/i18n"_s)) {
        qCDebug(lcTranslations).noquote() << "No translation for" << locale.uiLanguages().join(u", ")
                                          << "- showing English texts";
        return false;
    }
    // Qt's own texts (standard buttons, context menus) to match, when Qt's
    // translations are installed; not otherwise, so that no window mixes
    // English with another language.
    install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return true;
}

} // namespace tickerline
