#pragma once

#include "HttpReply.h"
#include "RequestBudget.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace tickerline {

class Clock;

struct HttpPollerOptions
{
    qint64 deadlineMs = 20'000;              // whole request, first byte to last
    int maxRedirects = 3;
    QByteArray userAgent;                    // for requests without one; empty: Qt's
    qint64 maxBodyBytes = 8 * 1024 * 1024;   // larger bodies are aborted as Network errors
    std::optional<BudgetPolicy> budget;      // none: requests go at once
};

// GET requests for polling feeds, on the feed thread with its own network
// manager. Each request has an absolute deadline (transferTimeout is an
// inactivity timer that a server trickling one byte a second never trips).
// With a budget, requests queue and leave evenly spaced; a 429/503 with
// Retry-After holds the whole queue back. TLS errors are never ignored.
class HttpPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpPoller)
public:
    // What Yahoo and friends expect from a desktop client.
    static constexpr char BrowserUserAgent[] =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36";

    explicit HttpPoller(HttpPollerOptions options, const Clock &clock, QObject *parent = nullptr);
    ~HttpPoller() override;

    // Queues a GET; finished() reports it under the returned id, always later.
    quint64 get(const QNetworkRequest &request);
    // Drops queued requests and aborts those in flight, without finished().
    void cancelAll();
    // Holds every request back until then (a provider's rate-limit answer in a 200 body).
    void deferUntil(qint64 wallMs);

    // Wall-clock ms when the budget lets the next request go (now when it may go now).
    [[nodiscard]] qint64 nextSlotMs() const;
    // The budget now; without options.budget only the provider's own waits (429) show.
    [[nodiscard]] BudgetState budgetState() const;
    [[nodiscard]] int queuedCount() const { return int(m_queue.size()); }
    [[nodiscard]] int inFlightCount() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    void finished(quint64 requestId, const tickerline::HttpReply &reply);

private:
    struct Queued
    {
        quint64 id = 0;
        QNetworkRequest request;
    };
    struct InFlight
    {
        quint64 id = 0;
        QTimer *deadline = nullptr;   // child of the reply
        bool timedOut = false;
        bool tooLarge = false;
    };

    void dispatch();
    void send(const Queued &queued);
    void handleFinished(QNetworkReply *reply);
    void handleProgress(QNetworkReply *reply, qint64 received);
    void handleDeadline(QNetworkReply *reply);
    void finishLater(quint64 id, HttpReply reply);
    [[nodiscard]] QNetworkAccessManager &manager();

    HttpPollerOptions m_options;
    const Clock &m_clock;
    RequestBudget m_budget;                       // unlimited without options.budget
    QNetworkAccessManager *m_manager = nullptr;   // child, made on first use on the feed thread
    QList<Queued> m_queue;
    QHash<QNetworkReply *, InFlight> m_inFlight;
    QTimer m_dispatchTimer{this};
    quint64 m_nextId = 1;
};

} // namespace tickerline
