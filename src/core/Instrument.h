#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace tickerline {

// Slow-changing facts about a symbol, fetched apart from ticks.
struct Instrument
{
    QString symbol;
    QString provider;
    QString name;
    QString currency;           // ISO 4217 (or GBp for pence-quoted symbols)
    QString exchange;
    std::optional<double> week52High;
    std::optional<double> week52Low;
    std::optional<double> previousClose;
    QUrl logoUrl;               // where the logo came from, if remote
    QByteArray logo;            // encoded image bytes (PNG, JPEG or SVG)
    QString logoMimeType;       // "image/png", "image/svg+xml", …
    qint64 updatedMs = 0;

    friend bool operator==(const Instrument &, const Instrument &) = default;
};

using InstrumentList = QList<Instrument>;

// 52-week values have been wrong before (echoing the day range, or swapped):
// keep them only when they form a sane interval.
[[nodiscard]] bool week52RangeIsPlausible(const Instrument &instrument);

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::Instrument)
Q_DECLARE_METATYPE(tickerline::InstrumentList)
