#pragma once

#include "CollectorOptions.h"

#include <QObject>

#include <memory>

namespace tickerline {

// `tickerline-collector push`: publishes generated ticks (--count, one
// message every --delay seconds) or a file's (--file) to a serving
// collector through Publisher, prints each acknowledgement with --verbose,
// and finishes 0 only when every tick was acknowledged.
class PushCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushCommand)
public:
    explicit PushCommand(PushOptions options, QObject *parent = nullptr);
    ~PushCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void sendNext();

    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
