#pragma once

#include "AccessTokens.h"

#include <QHostAddress>
#include <QSslConfiguration>
#include <QStringList>

#include <optional>

namespace tickerline {

// What bounds one serving collector; each limit, when hit, closes or
// refuses with a reason the client can read (docs/server-protocol.md).
struct ServerLimits
{
    int maxClients = 64;
    int maxSubscriptionsPerClient = 256;
    qint64 maxMessageBytes = 1 << 20;              // incoming WebSocket message
    double publishTicksPerSecond = 500'000;        // per client, with a one-second burst
    qint64 sendQueueBytes = 16 << 20;              // per client: past it a client is cut as too slow
    int heartbeatMs = 15'000;                      // server heartbeats; clients idle 3× this are closed
    qsizetype replayPageTicks = 20'000;            // stored ticks read per step of a resume
};

struct ServerConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8765;
    AccessTokens tokens;
    ServerLimits limits;
    // Besides the feed's symbols and whatever publishers send: symbols this
    // server accepts subscriptions for (serve --symbols without --provider).
    QStringList symbols;
    // Browsers send an Origin: a page of another site must not read (or
    // feed) a collector on this machine. Handshakes with an Origin not listed
    // here are refused (403); clients that send none (scripts, push, the app)
    // are not affected.
    QStringList allowedOrigins;
    // serve --cert/--key: every connection TLS (1.2 or later), nothing in the clear.
    std::optional<QSslConfiguration> tls;
};

} // namespace tickerline
