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

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
