#pragma once

#include "ServerConfig.h"

#include <QCommandLineOption>
#include <QList>

#include <optional>

class QCommandLineParser;

namespace tickerline {

// The options `serve` takes besides record's.
[[nodiscard]] QList<QCommandLineOption> serveCommandLineOptions();

// Fills config from them (tokens from the files or the environment); the
// one-line error otherwise. A non-loopback --listen without a read token is
// an error: the stream would be open to the network.
[[nodiscard]] std::optional<QString> applyServeOptions(const QCommandLineParser &parser, ServerConfig &config);

struct ListenAddress
{
    QHostAddress host;
    quint16 port = 0;
};

// "127.0.0.1:8765", "localhost:0", "[::1]:8765"; nullopt when not that form.
[[nodiscard]] std::optional<ListenAddress> parseListenAddress(const QString &text);

} // namespace tickerline
