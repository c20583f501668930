#include "Symbol.h"

#include <QCoreApplication>

namespace tickerline {

namespace {
bool isAllowedPunctuation(QChar c)
{
    return c == u'.' || c == u'-' || c == u'/' || c == u'^' || c == u'=' || c == u':';
}
} // namespace

SymbolCheck Symbol::check(const QString &text)
{
    SymbolCheck result;
    result.normalized = text.trimmed().toUpper();
    const QString &s = result.normalized;
    if (s.isEmpty()) {
        result.reason = QCoreApplication::translate("Symbol", "The symbol is empty.");
        return result;
    }
    if (s.size() > MaxLength) {
        result.reason = QCoreApplication::translate("Symbol", "The symbol is longer than %1 characters.")
                            .arg(MaxLength);
        return result;
    }
    bool hasAlnum = false;
    for (const QChar c : s) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            hasAlnum = true;
            continue;
        }
        if (isAllowedPunctuation(c))
            continue;
        result.reason = c.isSpace()
            ? QCoreApplication::translate("Symbol", "The symbol contains a space.")
            : QCoreApplication::translate("Symbol", "The character \u201c%1\u201d is not allowed in a symbol.").arg(c);
        return result;
    }
    if (!hasAlnum) {
        result.reason = QCoreApplication::translate("Symbol", "The symbol needs at least one letter or digit.");
        return result;
    }
    result.ok = true;
    return result;
}

SymbolCheck Symbol::checkList(const QString &commaSeparated, QStringList *out)
{
    out->clear();
    const QStringList parts = commaSeparated.split(u',');
    for (const QString &part : parts) {
        // "AAPL, MSFT, " and "AAPL,,MSFT" are typing slips, not bad symbols.
        if (part.trimmed().isEmpty())
            continue;
        SymbolCheck one = check(part);
        if (!one.ok)
            return one;
        if (!out->contains(one.normalized))
            out->append(one.normalized);
    }
    if (out->isEmpty()) {
        SymbolCheck empty;
        empty.reason = QCoreApplication::translate("Symbol", "No symbols given.");
        return empty;
    }
    SymbolCheck ok;
    ok.ok = true;
    return ok;
}

} // namespace tickerline
