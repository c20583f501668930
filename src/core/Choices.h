#pragma once

// The user's enumerated choices, one definition for the settings that keep
// them and the widgets that apply them. Settings stores each as its
// enumerator's name in lower case ("percent", "candles"): choiceKey() and
// choiceFromKey() are the one spelling, so nothing compares strings.

#include <QMetaEnum>
#include <QObject>
#include <QString>

#include <optional>

namespace tickerline {

namespace choices {
Q_NAMESPACE

// How prices map to the vertical axis. Percent compare and log scale exclude
// each other: choosing one turns the other off.
enum class PriceScale { Linear, Log, Percent };
Q_ENUM_NS(PriceScale)

// The zone the chart's time axis and crosshair read in.
enum class ChartTimeZone { Local, Exchange, Utc };
Q_ENUM_NS(ChartTimeZone)

// The line chart (the watchlist's price lines) or one symbol's candles.
enum class ChartMode { Line, Candles };
Q_ENUM_NS(ChartMode)

// Light, dark, or whatever the system shows.
enum class Appearance { System, Light, Dark };
Q_ENUM_NS(Appearance)

} // namespace choices

using choices::Appearance;
using choices::ChartMode;
using choices::ChartTimeZone;
using choices::PriceScale;

template <typename E>
[[nodiscard]] QString choiceKey(E choice)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(int(choice))).toLower();
}

// Every key of E, in declaration order: what Settings accepts.
template <typename E>
[[nodiscard]] QStringList choiceKeys()
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    QStringList keys;
    for (int i = 0; i < meta.keyCount(); ++i)
        keys.append(QString::fromLatin1(meta.key(i)).toLower());
    return keys;
}

template <typename E>
[[nodiscard]] std::optional<E> choiceFromKey(const QString &key)
{
    const QMetaEnum meta = QMetaEnum::fromType<E>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (key.compare(QLatin1StringView(meta.key(i)), Qt::CaseInsensitive) == 0)
            return E(meta.value(i));
    }
    return std::nullopt;
}

} // namespace tickerline
