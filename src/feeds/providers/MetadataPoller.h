#pragma once

#include "FeedConfig.h"
#include "HttpPoller.h"
#include "PollingAdapter.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

namespace tickerline {

// One streaming provider's REST facts: which requests describe a symbol and
// how to read their answers (parse() gets each reply as replyPayload()).
// Keys go into headers here, never into URLs.
class MetadataAdapter : public PayloadParser
{
public:
    [[nodiscard]] virtual QList<PollRequest> requests(const QString &symbol) const = 0;
};

struct MetadataOptions
{
    HttpPollerOptions http;               // http.budget: the provider's allowance (Finnhub 60/min)
    qint64 intervalMs = 6 * 3'600'000;    // names and 52-week ranges change slowly
};

// The slow metadata cycle a streaming feed lacks: name, currency, 52-week
// range, previous close and logo URL of every symbol, at start, for symbols
// added later, then every intervalMs, spaced by the provider's budget.
// Emits instruments only: prices come from the stream, so a REST snapshot
// never lands between trades out of order. Failures are logged (redacted)
// and never touch the feed's state.
class MetadataPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetadataPoller)
public:
    MetadataPoller(const FeedConfig &config, const Clock &clock, std::unique_ptr<MetadataAdapter> adapter,
                   MetadataOptions options = {}, QObject *parent = nullptr);
    ~MetadataPoller() override;

    void start();
    void stop();
    // Symbols new to the list get their requests at once.
    void setSymbols(const QStringList &symbols);

Q_SIGNALS:
    void instrumentsArrived(const tickerline::InstrumentList &instruments);
    // Every request of one symbol's cycle has been answered, well or not.
    void symbolRefreshed(const QString &symbol);

private:
    void refreshAll();
    void refresh(const QString &symbol);
    void handleReply(quint64 id, const HttpReply &reply);
    void log(const PollRequest &request, const QString &message) const;

    QString m_provider;
    QString m_secret;   // masked in whatever a provider echoes back
    QStringList m_symbols;
    const Clock &m_clock;
    std::unique_ptr<MetadataAdapter> m_adapter;
    HttpPoller m_poller;
    QTimer m_timer{this};
    qint64 m_intervalMs;
    QHash<quint64, PollRequest> m_pending;
    QHash<QString, int> m_outstanding;   // requests per symbol still unanswered
};

} // namespace tickerline
