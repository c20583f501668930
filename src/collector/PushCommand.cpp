#include "PushCommand.h"

#include "Protocol.h"
#include "Publisher.h"
#include "PushInput.h"
#include "TlsFiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>

#include <cmath>

namespace tickerline {

namespace {

constexpr int kFileBatch = 500;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QUrl streamUrl(const PushOptions &options)
{
    QUrl url;
    url.setScheme(options.tls ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(options.host);
    url.setPort(options.port);
    url.setPath(QString::fromLatin1(protocol::kStreamPath));
    return url;
}

} // namespace

struct PushCommand::Private
{
    explicit Private(PushOptions o)
        : options(std::move(o)),
          publisher({streamUrl(options), options.token, 32, qint64(options.timeoutSeconds * 1000),
                     options.tls ? std::optional(clientTlsConfiguration(options.caCertificates)) : std::nullopt})
    {
    }

    PushOptions options;
    Publisher publisher;
    QTimer pace;
    TickBatch fileTicks;
    qsizetype fileAt = 0;
    int sentMessages = 0;
    qsizetype ackedTicks = 0;
    double price = 100.0;
    // The run's start in microseconds: ids of two runs do not meet unless
    // they start within `count` microseconds of each other.
    const qint64 firstTradeId = QDateTime::currentMSecsSinceEpoch() * 1000;
};

PushCommand::PushCommand(PushOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(options)))
{
    connect(&d->pace, &QTimer::timeout, this, &PushCommand::sendNext);
    connect(&d->publisher, &Publisher::acknowledged, this, [this](const QString &id, qsizetype ticks) {
        d->ackedTicks += ticks;
        if (d->options.verbose)
            out() << tr("ack %1: %2 ticks stored").arg(id).arg(ticks) << Qt::endl;
    });
    connect(&d->publisher, &Publisher::refused, this, [](const QString &id, const QString &reason) {
        err() << "tickerline-collector: " << tr("%1 refused: %2").arg(id, reason) << Qt::endl;
    });
    connect(&d->publisher, &Publisher::connectionChanged, this, [this](bool connected, const QString &reason) {
        if (connected)
            err() << "tickerline-collector: " << tr("connected; %1 ticks waiting for acknowledgement")
                                                    .arg(d->publisher.unackedTicks())
                  << Qt::endl;
        else
            err() << "tickerline-collector: " << tr("connection lost (%1); reconnecting").arg(reason) << Qt::endl;
    });
    connect(&d->publisher, &Publisher::finished, this, [this](bool ok, const QString &reason) {
        d->pace.stop();
        if (ok) {
            err() << "tickerline-collector: " << tr("published %1 ticks, every one acknowledged").arg(d->ackedTicks)
                  << Qt::endl;
            Q_EMIT finished(0);
            return;
        }
        err() << "tickerline-collector: "
              << tr("%1 ticks in %2 messages not acknowledged: %3")
                     .arg(d->publisher.unackedTicks() + d->publisher.refusedTicks())
                     .arg(d->publisher.unackedMessages())
                     .arg(reason)
              << Qt::endl;
        Q_EMIT finished(1);
    });
}

PushCommand::~PushCommand() = default;

void PushCommand::start()
{
    if (!d->options.file.isEmpty()) {
        PushInput input = readPushInput(d->options.file, d->options.provider);
        if (!input.error.isEmpty()) {
            err() << "tickerline-collector: " << input.error << Qt::endl;
            QTimer::singleShot(0, this, [this] { Q_EMIT finished(2); });
            return;
        }
        d->fileTicks = std::move(input.ticks);
    }
    d->publisher.start();
    d->pace.setInterval(int(std::lround(d->options.delaySeconds * 1000)));
    sendNext();
    d->pace.start();
}

void PushCommand::sendNext()
{
    const bool fromFile = !d->options.file.isEmpty();
    const int batch = d->options.batch > 0 ? d->options.batch : (fromFile ? kFileBatch : 1);
    // Without a delay everything is handed over at once; the publisher keeps
    // a bounded number of messages in flight.
    do {
        TickBatch ticks;
        if (fromFile) {
            if (d->fileAt >= d->fileTicks.size())
                break;
            ticks = d->fileTicks.mid(d->fileAt, batch);
            d->fileAt += ticks.size();
        } else {
            if (d->sentMessages >= d->options.count)
                break;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < batch; ++i) {
                Tick tick;
                tick.provider = d->options.provider;
                tick.symbol = d->options.symbols.at((d->sentMessages * batch + i) % d->options.symbols.size());
                tick.timeMs = now;
                d->price = std::max(0.01, d->price * (1.0 + (QRandomGenerator::global()->generateDouble() - 0.5) * 0.002));
                tick.price = std::round(d->price * 10000.0) / 10000.0;
                tick.size = 1 + QRandomGenerator::global()->bounded(100);
                // Generated prints may be identical; a trade id keeps each one (and a re-send is still it).
                tick.sequence = d->firstTradeId + qint64(d->sentMessages) * batch + i;
                ticks.append(tick);
            }
        }
        ++d->sentMessages;
        d->publisher.enqueue(ticks);
    } while (d->options.delaySeconds <= 0);
    const bool done = fromFile ? d->fileAt >= d->fileTicks.size() : d->sentMessages >= d->options.count;
    if (done) {
        d->pace.stop();
        d->publisher.endOfInput();
    }
}

} // namespace tickerline
