#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace tickerline {

// URL building shared by the provider adapters. --endpoint may carry a path
// prefix (a proxy's "/yahoo"), so paths are appended, never replaced.

// `base` (scheme, host, port, path) with `encodedPath` appended below its
// path; base's query and fragment are dropped. `encodedPath` starts with '/'
// and is already percent-encoded.
[[nodiscard]] QUrl withPath(const QUrl &base, QStringView encodedPath);

// One path segment for a symbol: "^GSPC" → "%5EGSPC", "EUR/USD" stays one segment.
[[nodiscard]] QString pathSegment(const QString &symbol);

// `url` with one more query item; earlier items (a proxy's own) stay.
[[nodiscard]] QUrl withQueryItem(const QUrl &url, const QString &name, const QString &value);

// The REST origin beside a WebSocket --endpoint: same host and port, ws → http,
// wss → https, no path. A fixture or proxy that serves both answers there, and
// with --endpoint no request of the feed leaves for the provider's real hosts.
[[nodiscard]] QUrl httpOrigin(const QUrl &endpoint);

} // namespace tickerline
