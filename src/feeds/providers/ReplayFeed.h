#pragma once

#include "Feed.h"
#include "FeedStatusTracker.h"

#include <QFile>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace tickerline {

struct ProviderOptions;
struct ProviderSpec;

// Plays a CSV recording back as provider "replay". The file is the export
// format (symbol,time,price,volume; time ISO-8601 UTC, header optional),
// named by config.endpoint as a file:// URL. Ticks keep their recorded
// times, so replaying twice into one database stores nothing twice; what
// speed changes is when they leave: the recorded gaps divided by
// config.replaySpeed, measured on the feed's Clock (0: as fast as the event
// loop allows, in batches). The file is read one row ahead of what is due,
// never loaded whole. Rows of symbols not configured are skipped (none
// configured: all play), unreadable rows counted as malformed. At the end
// the feed turns Idle with the message "Replay finished". A database is not
// a recording: `tickerline-collector export` makes one from it. Identical
// rows are identical prints: each is numbered (Tick::occurrence) among the
// identical rows before it in its run of equal times, as the CSV import
// does, so that all of them are stored, once.
class ReplayFeed final : public Feed
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayFeed)
public:
    static constexpr qsizetype MaxBatch = 2000;
    static constexpr qint64 MaxLineBytes = 4096;

    ReplayFeed(FeedConfig config, const Clock &clock, QObject *parent = nullptr);
    ~ReplayFeed() override;

    void start() override;
    void stop() override;
    void setSymbols(const QStringList &symbols) override;

private:
    void handleDue();
    void readNext();
    void finish();
    void fail(const QString &reason);
    [[nodiscard]] std::optional<Tick> parseRow(const QByteArray &line) const;
    [[nodiscard]] qint64 dueMs(const Tick &tick) const;

    QFile m_file;
    FeedStatusTracker m_status;
    QTimer m_timer{this};
    QSet<QString> m_symbols;       // upper case; empty: every symbol
    std::optional<Tick> m_next;    // the next row to play
    TickBatch m_run;               // rows played of the current run of equal times, to number identical ones
    qint64 m_firstTickMs = 0;      // recorded time of the first row played
    qint64 m_startMs = 0;          // clock time it was played
    qint64 m_malformed = 0;
};

[[nodiscard]] std::unique_ptr<Feed> makeReplayFeed(const ProviderSpec &spec, const FeedConfig &config,
                                                   const Clock &clock, const ProviderOptions &options);

} // namespace tickerline
