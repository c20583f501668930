#pragma once

#include <QObject>

#include <memory>

namespace tickerline {

// Turns SIGINT/SIGTERM (console Ctrl+C / close on Windows) into a Qt signal
// delivered on the event loop, so a recording can stop and commit cleanly.
class StopSignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StopSignalWatcher)
public:
    explicit StopSignalWatcher(QObject *parent = nullptr);
    ~StopSignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
