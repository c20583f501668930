#pragma once

#include "Feed.h"

namespace tickerline {

// Stands in for a feed whose configuration cannot work (a bad JSON pointer,
// a replay path that is no file, a WebSocket provider given an http URL):
// start() reports Failed with the reason, once, so the status bar and the
// collector say why instead of a transport retrying something hopeless.
class MisconfiguredFeed final : public Feed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MisconfiguredFeed)
public:
    MisconfiguredFeed(FeedConfig config, const Clock &clock, QString reason, QObject *parent = nullptr);
    ~MisconfiguredFeed() override;

    void start() override;
    void stop() override;
    void setSymbols(const QStringList &symbols) override;

private:
    void report(FeedState state, const QString &message);

    QString m_reason;
};

} // namespace tickerline
