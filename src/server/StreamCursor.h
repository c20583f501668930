#pragma once

#include "StreamTypes.h"

#include <QList>

#include <memory>
#include <optional>

namespace tickerline {

using SharedStreamBatch = std::shared_ptr<const StreamBatch>;

// One client's place in the stream, and the seam of a resume: a client that
// resumes first gets stored ticks (a replay read from the database, page by
// page) and then live ones. Live batches that arrive while the replay runs
// are held; when the replay is complete, the held batches are released minus
// every tick the replay already covered, and from then on live batches pass
// through with the same rule. So no tick is missing at the seam (the store
// emits each commit's batch before it answers a later read) and none comes
// twice (a tick is sent only when its sequence is above what was covered).
// Pure bookkeeping: no sockets, no database.
class StreamCursor final
{
public:
    // What of a batch to send: its ticks from index `from` on.
    struct Release
    {
        SharedStreamBatch batch;
        qsizetype from = 0;
    };

    explicit StreamCursor(qint64 coveredSequence = 0) : m_covered(coveredSequence) {}

    // Live batches are held from now until replayed(…, complete = true).
    void beginReplay() { m_replaying = true; }
    [[nodiscard]] bool isReplaying() const { return m_replaying; }

    // A live batch. Not replaying: the index of its first tick to send (its
    // size when none is new). Replaying: nullopt, the batch is held.
    [[nodiscard]] std::optional<qsizetype> live(const SharedStreamBatch &batch);

    // A replay page was sent, accounting for everything up to `covered`.
    // Incomplete: the replay goes on (ask for the page after covered()).
    // Complete: the held batches to send now, in order; live passes again.
    [[nodiscard]] QList<Release> replayed(qint64 covered, bool complete);

    // Every sequence up to here was sent or deliberately skipped.
    [[nodiscard]] qint64 covered() const { return m_covered; }
    [[nodiscard]] qsizetype heldTicks() const { return m_heldTicks; }

private:
    qsizetype firstNew(const StreamBatch &batch) const;

    qint64 m_covered = 0;
    bool m_replaying = false;
    QList<SharedStreamBatch> m_held;
    qsizetype m_heldTicks = 0;
};

} // namespace tickerline
