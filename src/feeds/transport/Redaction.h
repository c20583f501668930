#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace tickerline {

// Keys travel in URLs (Finnhub `token=`, Alpha Vantage and Twelve Data
// `apikey=`) and must never reach a log, a status message or an error string.
// Every URL that is printed goes through redactedUrl().

// A key in use (a feed's API key): from now on masked wherever it appears in
// what the functions below return, in a URL's path as much as in its query
// (providers that take the key in the path, or under a name not listed
// below). Keys are never forgotten: an old one must not leak either. Shorter
// than 4 characters is ignored, so that a typo cannot mask every "a".
// Thread-safe.
void redactEverywhere(const QString &secret);

// The URL as text with the values of secret-bearing query items (token,
// apikey, api_key, key, access_token, secret; any case) and every key given
// to redactEverywhere() replaced by "***", its userinfo (user and password:
// https://KEY@host is a common way to pass a key) shown as "***", without
// fragment. Other query items stay, so logs stay useful.
[[nodiscard]] QString redactedUrl(const QUrl &url);

// `text` (a Qt error string, a provider message) with the values of the
// secret-bearing query items of `url`, its userinfo and the keys given to
// redactEverywhere() masked wherever they appear: Qt puts whole URLs into
// QNetworkReply::errorString().
[[nodiscard]] QString redactedMessage(QStringView text, const QUrl &url);

// `text` with every occurrence of `secret` replaced by "***", for frames and
// provider messages that may echo a key. An empty secret changes nothing;
// the keys given to redactEverywhere() are masked too.
[[nodiscard]] QString redactedText(QStringView text, QStringView secret);

} // namespace tickerline
