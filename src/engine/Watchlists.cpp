#include "Watchlists.h"

#include "Symbol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {
constexpr qsizetype MaxNameLength = 40;

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            out.append(item.toString());
    }
    return out;
}
} // namespace

Watchlists Watchlists::fromJson(const QString &text)
{
    Watchlists result;
    if (text.trimmed().isEmpty())
        return result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        result.problem = error.error != QJsonParseError::NoError ? error.errorString() : u"not a JSON array"_s;
        return result;
    }
    QStringList problems;
    for (const QJsonValue &item : document.array()) {
        const QJsonObject object = item.toObject();
        Watchlist list;
        list.name = object.value("name"_L1).toString().trimmed();
        if (const QString why = nameProblem(list.name, result.lists); !why.isEmpty()) {
            problems.append(u"list \"%1\": %2"_s.arg(list.name, why));
            continue;
        }
        for (const QString &text : strings(object.value("symbols"_L1))) {
            const SymbolCheck check = Symbol::check(text);
            if (!check.ok)
                problems.append(u"list \"%1\": %2 (%3)"_s.arg(list.name, text, check.reason));
            else if (!list.symbols.contains(check.normalized))
                list.symbols.append(check.normalized);
        }
        list.hiddenColumns = strings(object.value("hiddenColumns"_L1));
        result.lists.append(list);
    }
    result.problem = problems.join(u"; ");
    return result;
}

QString Watchlists::toJson(const QList<Watchlist> &lists)
{
    QJsonArray array;
    for (const Watchlist &list : lists) {
        array.append(QJsonObject{{"name"_L1, list.name},
                                 {"symbols"_L1, QJsonArray::fromStringList(list.symbols)},
                                 {"hiddenColumns"_L1, QJsonArray::fromStringList(list.hiddenColumns)}});
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString Watchlists::nameProblem(const QString &name, const QList<Watchlist> &others)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Watchlists", "A watchlist needs a name.");
    if (name.size() > MaxNameLength)
        return QCoreApplication::translate("Watchlists", "A watchlist name has at most %1 characters.").arg(MaxNameLength);
    const bool taken = std::any_of(others.cbegin(), others.cend(), [&](const Watchlist &other) {
        return other.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (taken)
        return QCoreApplication::translate("Watchlists", "There is already a watchlist called \"%1\".").arg(name.trimmed());
    return {};
}

qsizetype Watchlists::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < lists.size(); ++i) {
        if (lists.at(i).name == name)
            return i;
    }
    return -1;
}

} // namespace tickerline
