#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tickerline {

enum class StudyKind {
    Sma,        // simple moving average of candle closes over `period` candles
    Ema,        // exponential moving average of candle closes
    Vwap,       // volume-weighted average price, restarting each UTC day
    Bollinger,  // SMA ± `width` standard deviations
    Spread,     // symbol − otherSymbol
    Ratio,      // symbol / otherSymbol
};

// One study the user added to the chart.
struct StudySpec
{
    StudyKind kind = StudyKind::Sma;
    QString symbol;
    QString otherSymbol;   // Spread and Ratio only
    int period = 20;       // Sma, Ema, Bollinger
    double width = 2.0;    // Bollinger, in standard deviations

    // Indicators are computed from candles; derived series from two price lines.
    [[nodiscard]] bool isDerived() const { return kind == StudyKind::Spread || kind == StudyKind::Ratio; }
    [[nodiscard]] bool hasPeriod() const;
    // "SMA(20) AAPL", "AAPL − MSFT": legend text.
    [[nodiscard]] QString label() const;
    // A stable text form, for settings and overlay ids: "sma;AAPL;20",
    // "bollinger;AAPL;20;2", "spread;AAPL;MSFT" (symbols may hold ':').
    [[nodiscard]] QString key() const;
    [[nodiscard]] static std::optional<StudySpec> fromKey(const QString &key);

    friend bool operator==(const StudySpec &, const StudySpec &) = default;
};

using StudyList = QList<StudySpec>;

// Studies to and from their keys; unreadable keys are skipped.
[[nodiscard]] QStringList studyKeys(const StudyList &studies);
[[nodiscard]] StudyList studiesFromKeys(const QStringList &keys);

} // namespace tickerline
