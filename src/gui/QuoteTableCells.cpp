// What each watchlist cell shows in each role: text, sort key, colour,
// tool tip and the screen reader's sentence. The model's bookkeeping (rows,
// frames, flashes) is in QuoteTableModel.cpp.
#include "QuoteTableModel.h"

#include "MarketColors.h"
#include "QuoteFormat.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <cmath>
#include <limits>

namespace tickerline {

namespace {
bool isDimmed(FeedState state)
{
    return state == FeedState::Stale || state == FeedState::Failed || state == FeedState::BackingOff;
}

// Subtle: green while the regular session runs, amber around it, grey when shut.
QColor sessionColor(calendar::MarketState state, const QPalette &palette)
{
    using calendar::MarketState;
    switch (state) {
    case MarketState::Open:
        return upColor(palette);
    case MarketState::PreMarket:
    case MarketState::AfterHours:
    case MarketState::Lunch:
        return isDarkPalette(palette) ? QColor(0xE8, 0xB3, 0x4B) : QColor(0x9A, 0x62, 0x00);
    case MarketState::Closed:
    case MarketState::Holiday:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}
} // namespace

QVariant QuoteTableModel::displayData(const Row &row, int column) const
{
    const QLocale locale;
    const Instrument *facts = instrument(row.symbol);
    switch (column) {
    case SymbolColumn:
        return row.symbol;
    case NameColumn:
        return facts ? facts->name : QString();
    case RangeColumn:
        if (!facts || !week52RangeIsPlausible(*facts))
            return QString();
        return QString(formatPrice(*facts->week52Low) + u" \u2013 " + formatPrice(*facts->week52High));
    case SessionColumn:
        return row.freshness.sessionText;
    case AgeColumn:
        return row.freshness.ageText;
    default:
        break;
    }
    if (!row.hasQuote)
        return QString();
    const double close = previousClose(row);
    switch (column) {
    case LastColumn:
        return formatPrice(row.quote.last);
    case ChangeColumn: {
        if (close <= 0)
            return QString();
        const double change = row.quote.last - close;
        return withPlusSign(change, locale.toString(change, 'f', priceDecimals(close)));
    }
    case ChangePercentColumn: {
        if (close <= 0)
            return QString();
        const double percent = (row.quote.last - close) / close * 100.0;
        return withPlusSign(percent, QString(locale.toString(percent, 'f', 2) + locale.percent()));
    }
    case VolumeColumn:
        return formatVolume(row.quote.volume);
    case TimeColumn:
        return locale.toString(QDateTime::fromMSecsSinceEpoch(row.quote.timeMs).toLocalTime().time(),
                               QStringLiteral("HH:mm:ss"));
    default:
        return {};
    }
}

QVariant QuoteTableModel::sortData(const Row &row, int column) const
{
    const Instrument *facts = instrument(row.symbol);
    switch (column) {
    case SymbolColumn:
        return row.symbol;
    case NameColumn:
        return facts ? facts->name : QString();
    case RangeColumn: {
        if (!facts || !week52RangeIsPlausible(*facts) || !row.hasQuote)
            return -1.0;
        return (row.quote.last - *facts->week52Low) / (*facts->week52High - *facts->week52Low);
    }
    case SessionColumn:
        return row.freshness.state ? int(*row.freshness.state) : -1;
    case AgeColumn:
        // Newest first when ascending; rows without a quote last.
        return row.hasQuote ? -row.quote.timeMs : std::numeric_limits<qint64>::max();
    default:
        break;
    }
    if (!row.hasQuote)
        return column == TimeColumn ? QVariant(qint64(0)) : QVariant(0.0);
    const double close = previousClose(row);
    switch (column) {
    case LastColumn: return row.quote.last;
    case ChangeColumn: return close > 0 ? row.quote.last - close : 0.0;
    case ChangePercentColumn: return close > 0 ? (row.quote.last - close) / close * 100.0 : 0.0;
    case VolumeColumn: return row.quote.volume;
    case TimeColumn: return row.quote.timeMs;
    default: return {};
    }
}

QVariant QuoteTableModel::foregroundData(const Row &row, int column) const
{
    const QPalette palette = QGuiApplication::palette();
    if (isDimmed(row.feedState))
        return palette.color(QPalette::Disabled, QPalette::Text);
    if (column == SessionColumn && row.freshness.state)
        return sessionColor(*row.freshness.state, palette);
    if ((column != ChangeColumn && column != ChangePercentColumn) || !row.hasQuote)
        return {};
    const double close = previousClose(row);
    if (close <= 0 || row.quote.last == close)
        return {};
    return row.quote.last > close ? upColor(palette) : downColor(palette);
}

QVariant QuoteTableModel::backgroundData(const Row &row, int column) const
{
    if (column != AgeColumn || !row.freshness.stale)
        return {};
    // A light amber wash: visible at a glance, the text stays readable in both themes.
    QColor stale(0xE0, 0x9A, 0x1E);
    stale.setAlphaF(isDarkPalette(QGuiApplication::palette()) ? 0.30f : 0.22f);
    return stale;
}

QVariant QuoteTableModel::toolTipData(const Row &row, int column) const
{
    if (column == SessionColumn)
        return sessionToolTip(freshnessInput(row));
    if (column == AgeColumn)
        return ageToolTip(freshnessInput(row), row.freshness);
    QStringList lines;
    if (isDimmed(row.feedState)) {
        lines.append(row.feedMessage.isEmpty()
                         ? tr("%1: these quotes may be out of date").arg(feedStateName(row.feedState))
                         : tr("%1: %2").arg(feedStateName(row.feedState), row.feedMessage));
    }
    const Instrument *facts = instrument(row.symbol);
    if (column == RangeColumn && facts && week52RangeIsPlausible(*facts)) {
        lines.append(tr("52-week low: %1").arg(formatPrice(*facts->week52Low)));
        lines.append(tr("52-week high: %1").arg(formatPrice(*facts->week52High)));
    } else if ((column == SymbolColumn || column == NameColumn) && facts && !facts->name.isEmpty()) {
        lines.append(facts->exchange.isEmpty() ? facts->name
                                               : tr("%1 on %2").arg(facts->name, facts->exchange));
    } else if (column == LastColumn && row.hasQuote) {
        const QString currency = facts ? facts->currency : QString();
        lines.append(tr("Last: %1 %2").arg(formatPrice(row.quote.last), currency).trimmed());
        if (const double close = previousClose(row); close > 0)
            lines.append(tr("Previous close: %1").arg(formatPrice(close)));
    } else if (column == VolumeColumn && row.hasQuote) {
        lines.append(tr("Volume: %1").arg(QLocale().toString(row.quote.volume, 'f', 0)));
    }
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
}

QVariant QuoteTableModel::accessibleData(const Row &row, int column) const
{
    // What a screen reader says for a cell, where the shown text relies on
    // colour or signs: "up 1.25 percent" rather than "+1.25%" in green.
    const QLocale locale;
    if (column == SymbolColumn) {
        return row.hidden ? tr("%1, line hidden in the chart").arg(row.symbol)
                          : tr("%1, line shown in the chart").arg(row.symbol);
    }
    if (column == RangeColumn) {
        const Instrument *facts = instrument(row.symbol);
        if (!facts || !week52RangeIsPlausible(*facts))
            return {};
        return tr("52-week range from %1 to %2").arg(formatPrice(*facts->week52Low), formatPrice(*facts->week52High));
    }
    if (column == AgeColumn && row.hasQuote) {
        return row.freshness.stale ? tr("%1 old, stale").arg(row.freshness.ageText)
                                   : tr("%1 old").arg(row.freshness.ageText);
    }
    if ((column != ChangeColumn && column != ChangePercentColumn) || !row.hasQuote)
        return {};
    const double close = previousClose(row);
    if (close <= 0)
        return {};
    const double change = row.quote.last - close;
    if (change == 0)
        return tr("unchanged");
    const QString amount = column == ChangeColumn
        ? locale.toString(std::abs(change), 'f', priceDecimals(close))
        : locale.toString(std::abs(change) / close * 100.0, 'f', 2);
    if (column == ChangeColumn)
        return change > 0 ? tr("up %1").arg(amount) : tr("down %1").arg(amount);
    return change > 0 ? tr("up %1 percent").arg(amount) : tr("down %1 percent").arg(amount);
}

} // namespace tickerline
