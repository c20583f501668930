#pragma once

// Helpers for the provider feed tests: statuses and batches out of signal
// spies, the recorded payloads, and a capture of everything Qt logs (keys
// must never show up there).

#include "../parsers/ProviderPayloads.h"

#include <FeedStatus.h>
#include <LogCapture.h>
#include <Instrument.h>
#include <Payload.h>
#include <ProviderRegistry.h>
#include <WebSocketTransport.h>
#include <TestSupport.h>

#include <QList>
#include <QSignalSpy>
#include <QStringList>
#include <QTemporaryDir>

namespace tickerline::test {

inline FeedStatus lastStatus(const QSignalSpy &spy)
{
    return spy.isEmpty() ? FeedStatus{} : spy.last().at(0).value<FeedStatus>();
}

inline QList<FeedState> states(const QSignalSpy &spy)
{
    QList<FeedState> out;
    for (const QList<QVariant> &call : spy)
        out.append(call.at(0).value<FeedStatus>().state);
    return out;
}

inline FeedStatus firstIn(const QSignalSpy &spy, FeedState state)
{
    for (const QList<QVariant> &call : spy) {
        if (call.at(0).value<FeedStatus>().state == state)
            return call.at(0).value<FeedStatus>();
    }
    return {};
}

// Every element of every batch a spy on a batch signal saw, in order.
template<typename Batch>
Batch joined(const QSignalSpy &spy)
{
    Batch out;
    for (const QList<QVariant> &call : spy)
        out.append(call.at(0).value<Batch>());
    return out;
}

// Options that keep tests fast: short backoffs, no WebSocket pings, a budget
// that spaces nothing, logos cached in `cacheDir`.
inline ProviderOptions fastOptions(const QString &cacheDir)
{
    ProviderOptions options;
    options.polling.backoff.baseMs = 20;
    options.polling.backoff.capMs = 50;
    options.webSocket.reconnect.backoff.baseMs = 20;
    options.webSocket.reconnect.backoff.capMs = 50;
    options.webSocket.pingIntervalMs = 0;
    options.metadataHttp.budget = BudgetPolicy{1000, 1000};
    options.advisedPollIntervalMs = 0;
    options.logos.cacheDir = cacheDir;
    return options;
}

// The registry's spec of `name`, which the factories take.
inline const ProviderSpec &spec(const QString &name)
{
    const ProviderSpec *found = ProviderRegistry::find(name);
    Q_ASSERT(found);
    return *found;
}

// A WebSocket frame as the transport hands it on. The view is into `text`:
// use the payload within the expression that made it.
inline Payload textFrame(const QString &text, qint64 nowMs)
{
    Payload payload;
    payload.text = text;
    payload.nowMs = nowMs;
    return payload;
}

// Provider options around a test's WebSocket options; logos cached in a
// folder of the test run's own.
inline ProviderOptions streamingOptions(const WebSocketOptions &webSocket)
{
    static QTemporaryDir logoDir;
    ProviderOptions options;
    options.webSocket = webSocket;
    options.logos.cacheDir = logoDir.path();
    return options;
}

} // namespace tickerline::test
