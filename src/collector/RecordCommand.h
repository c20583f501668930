#pragma once

#include "CollectorOptions.h"

#include <QObject>

#include <memory>

namespace tickerline {

// `tickerline-collector record`: runs a headless Session until the duration
// elapses or a stop signal arrives, then commits everything and finishes.
class RecordCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordCommand)
public:
    explicit RecordCommand(RecordOptions options, QObject *parent = nullptr);
    ~RecordCommand() override;

    void start();
    // Stops as a stop signal would: commits everything, then finished(0).
    void stop();
    // The running engine, for a server attached to it (serve).
    [[nodiscard]] class Engine &engine();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
