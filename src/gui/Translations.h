#pragma once

#include <QList>
#include <QString>

namespace tickerline {

// A language the user can choose: English (the source texts) and those with a
// translation in translations/.
struct Language
{
    QString code;         // as stored in Settings::Key::Language: "en", "de", …
    QString nativeName;   // in the language itself, e.g. "Deutsch"
};

// English first, then the translations, in a fixed order.
[[nodiscard]] QList<Language> availableLanguages();

// Switches the application's texts and formats to a language: Tickerline's
// own translation (embedded as :/i18n/tickerline_XX.qm), Qt's (qtbase_XX.qm
// from Qt's translations folder, when installed) and the default QLocale, so
// numbers and dates follow the language too. An empty code means the system's
// languages. Replaces what an earlier call installed; call it before any
// widget is created, as widgets built before do not retranslate themselves.
// True when the texts are in that language: a translation was loaded, or the
// language is English.
bool installTranslations(const QString &languageCode);

} // namespace tickerline
