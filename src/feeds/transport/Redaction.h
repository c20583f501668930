#pragma once

#include <QString>
#include <QStringView>
#include <QUrl>

namespace tickerline {

// Keys travel in URLs (Finnhub `token=`, Alpha Vantage and Twelve Data
// `apikey=`) and must never reach a log, a status message or an error string.
// Every URL that is printed goes through redactedUrl().

// The URL as text with the values of secret-bearing query items (token,
// apikey, api_key, key, access_token, secret; any case) replaced by "***",
// without password or fragment. Other query items stay, so logs stay useful.
[[nodiscard]] QString redactedUrl(const QUrl &url);

// `text` (a Qt error string, a provider message) with the values of the
// secret-bearing query items of `url` masked wherever they appear: Qt puts
// whole URLs into QNetworkReply::errorString().
[[nodiscard]] QString redactedMessage(QStringView text, const QUrl &url);

// `text` with every occurrence of `secret` replaced by "***", for frames and
// provider messages that may echo a key. An empty secret changes nothing.
[[nodiscard]] QString redactedText(QStringView text, QStringView secret);

} // namespace tickerline
