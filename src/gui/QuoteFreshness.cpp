#include "QuoteFreshness.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <memory>

namespace tickerline {

using calendar::MarketCalendar;
using calendar::MarketState;

namespace {

// Spelled out for lupdate, which does not see a context in a free function's tr().
QString text(const char *source)
{
    return QCoreApplication::translate("QuoteFreshness", source);
}

struct VenueClock
{
    MarketCalendar calendar;
    QTimeZone zone;
};

const VenueClock &venueClock(calendar::VenueId id)
{
    // Building a QTimeZone reads the zone database: once per venue, not once a second per row.
    static std::map<calendar::VenueId, std::unique_ptr<VenueClock>> clocks;
    auto &slot = clocks[id];
    if (!slot) {
        MarketCalendar cal(id);
        QTimeZone zone(cal.venue().timeZone);
        slot = std::make_unique<VenueClock>(VenueClock{std::move(cal), std::move(zone)});
    }
    return *slot;
}

// "Mon 09:30 EST" in the venue's zone.
QString exchangeTime(qint64 utcMs, const QTimeZone &zone)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(utcMs, zone);
    return QLocale().toString(at, QStringLiteral("ddd HH:mm")) + u' ' + at.timeZoneAbbreviation();
}

// "Quotes from Yahoo Finance: delayed 20 min".
QString delayLine(const FreshnessInput &input)
{
    return input.providerTitle.isEmpty()
        ? text(QT_TRANSLATE_NOOP("QuoteFreshness", "Quotes: %1")).arg(dataDelayText(input.delay))
        : text(QT_TRANSLATE_NOOP("QuoteFreshness", "Quotes from %1: %2")).arg(input.providerTitle, dataDelayText(input.delay));
}

bool inSession(MarketState state)
{
    return state == MarketState::Open || state == MarketState::PreMarket || state == MarketState::AfterHours;
}

} // namespace

const calendar::MarketCalendar &venueCalendar(calendar::VenueId id)
{
    return venueClock(id).calendar;
}

QString compactAge(qint64 ageMs)
{
    const qint64 seconds = std::max<qint64>(ageMs, 0) / 1000;
    if (seconds < 60)
        return text(QT_TRANSLATE_NOOP("QuoteFreshness", "%1s")).arg(seconds);
    if (seconds < 3600)
        return text(QT_TRANSLATE_NOOP("QuoteFreshness", "%1m")).arg(seconds / 60);
    if (seconds < 86'400)
        return text(QT_TRANSLATE_NOOP("QuoteFreshness", "%1h")).arg(seconds / 3600);
    return text(QT_TRANSLATE_NOOP("QuoteFreshness", "%1d")).arg(seconds / 86'400);
}

QuoteFreshness quoteFreshness(const FreshnessInput &input)
{
    QuoteFreshness out;
    if (input.venue) {
        const MarketState state = venueCalendar(*input.venue).status(input.nowMs).state;
        out.state = state;
        out.sessionText = calendar::marketStateName(state);
    }
    if (!input.quoteTimeMs)
        return out;
    const qint64 age = std::max<qint64>(input.nowMs - *input.quoteTimeMs, 0);
    const QString badge = dataDelayBadge(input.delay);
    out.ageText = badge.isEmpty() ? compactAge(age)
                                  : QCoreApplication::translate("QuoteFreshness", "%1 \u00b7 %2").arg(compactAge(age), badge);
    // Without a calendar (an index, FX) the market is taken as always trading.
    const MarketState state = out.state.value_or(MarketState::Open);
    if (inSession(state)) {
        const qint64 allowed = state == MarketState::Open ? StaleInSessionMs : StaleInExtendedHoursMs;
        out.stale = age - input.delay.delayMs() > allowed;
    }
    return out;
}

QString sessionToolTip(const FreshnessInput &input)
{
    QStringList lines;
    if (!input.venue) {
        lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "No exchange calendar for this symbol")));
    } else {
        const VenueClock &clock = venueClock(*input.venue);
        const calendar::MarketStatus status = clock.calendar.status(input.nowMs);
        lines.append(clock.calendar.venue().name);
        if (clock.calendar.venue().alwaysOpen) {
            lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "Trades around the clock")));
        } else {
            lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "Exchange time: %1")).arg(exchangeTime(input.nowMs, clock.zone)));
            if (status.state == MarketState::Holiday && !status.holiday.isEmpty())
                lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "Holiday: %1")).arg(status.holiday));
            if (status.state == MarketState::Open && status.nextCloseMs)
                lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "Closes %1")).arg(exchangeTime(*status.nextCloseMs, clock.zone)));
            else if (status.nextOpenMs)
                lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "Opens %1")).arg(exchangeTime(*status.nextOpenMs, clock.zone)));
        }
    }
    lines.append(delayLine(input));
    return lines.join(u'\n');
}

QString ageToolTip(const FreshnessInput &input, const QuoteFreshness &freshness)
{
    if (!input.quoteTimeMs)
        return text(QT_TRANSLATE_NOOP("QuoteFreshness", "No quote yet"));
    QStringList lines;
    const QTimeZone zone = input.venue ? venueClock(*input.venue).zone : QTimeZone::systemTimeZone();
    lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "Last quote: %1, %2 ago"))
                     .arg(exchangeTime(*input.quoteTimeMs, zone), compactAge(input.nowMs - *input.quoteTimeMs)));
    lines.append(delayLine(input));
    if (freshness.stale)
        lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "Stale: no new quote for a while although the market is trading")));
    else if (freshness.state && !inSession(*freshness.state))
        lines.append(text(QT_TRANSLATE_NOOP("QuoteFreshness", "The market is not trading: the last quote stays until it opens")));
    return lines.join(u'\n');
}

} // namespace tickerline
