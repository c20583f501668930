#include "DataDelay.h"

#include <QCoreApplication>

#include <algorithm>

namespace tickerline {

DataDelay DataDelay::withKind(Kind kind)
{
    DataDelay out;
    out.kind = kind;
    return out;
}

DataDelay DataDelay::delayed(int minutes)
{
    DataDelay out = withKind(Kind::Delayed);
    out.minutes = minutes;
    return out;
}

DataDelay DataDelay::onlyVenue(const QString &venue)
{
    DataDelay out = withKind(Kind::PartialVenue);
    out.venueOnly = venue;
    return out;
}

DataDelay DataDelay::forVenue(std::optional<calendar::VenueId> venue) const
{
    if (!venue)
        return *this;
    const auto it = std::find_if(byVenue.cbegin(), byVenue.cend(),
                                 [&](const VenueDelay &entry) { return entry.venue == *venue; });
    if (it == byVenue.cend())
        return *this;
    return it->minutes > 0 ? delayed(it->minutes) : realTime();
}

QString dataDelayText(const DataDelay &delay)
{
    switch (delay.kind) {
    case DataDelay::Kind::RealTime:
        return QCoreApplication::translate("DataDelay", "real-time");
    case DataDelay::Kind::Delayed:
        return QCoreApplication::translate("DataDelay", "delayed %1 min").arg(delay.minutes);
    case DataDelay::Kind::PartialVenue:
        return QCoreApplication::translate("DataDelay", "real-time, %1 trades only").arg(delay.venueOnly);
    case DataDelay::Kind::Unknown:
        break;
    }
    return QCoreApplication::translate("DataDelay", "delay not known");
}

QString dataDelayBadge(const DataDelay &delay)
{
    switch (delay.kind) {
    case DataDelay::Kind::Delayed:
        return QCoreApplication::translate("DataDelay", "%1m delayed").arg(delay.minutes);
    case DataDelay::Kind::PartialVenue:
        return delay.venueOnly;
    case DataDelay::Kind::RealTime:
    case DataDelay::Kind::Unknown:
        break;
    }
    return {};
}

} // namespace tickerline
