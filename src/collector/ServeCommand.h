#pragma once

#include "CollectorOptions.h"

#include <QObject>

#include <memory>

namespace tickerline {

// `tickerline-collector serve`: records exactly as `record` does (the same
// RecordCommand) and serves what it commits on /v1/stream. Binds before the
// store or the feed start, so a taken port costs nothing but one line.
class ServeCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServeCommand)
public:
    explicit ServeCommand(ServeOptions options, QObject *parent = nullptr);
    ~ServeCommand() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};

} // namespace tickerline
