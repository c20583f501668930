#include "FeedSettings.h"

#include "ProviderRegistry.h"
#include "Settings.h"

namespace tickerline {

FeedConfig feedConfigFromSettings(const Settings &settings)
{
    FeedConfig feed;
    feed.provider = settings.provider();
    feed.symbols = settings.subscribedSymbols();   // every watchlist's
    feed.pollIntervalMs = qint64(settings.pollIntervalSeconds()) * 1000;
    feed.ticksPerSecondPerSymbol = settings.simulatedTicksPerSecond();
    feed.simulatedSessions = settings.value(Settings::Key::SimulatedSessions).toBool();
    feed.historyDays = settings.chartWindowDays();
    feed.apiKey = ProviderRegistry::keyFromEnvironment(feed.provider);
    feed.endpoint = endpointFromSettings(settings, feed.provider);
    return feed;
}

QUrl endpointFromSettings(const Settings &settings, const QString &provider)
{
    if (provider.compare(u"tickerline", Qt::CaseInsensitive) != 0)
        return {};
    return QUrl(settings.value(Settings::Key::TickerlineServerUrl).toString());
}

} // namespace tickerline
