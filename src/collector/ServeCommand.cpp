#include "ServeCommand.h"

#include "RecordCommand.h"
#include "StreamServer.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

namespace tickerline {

namespace {

QString hostPort(const QHostAddress &host, quint16 port)
{
    const QString address = host.protocol() == QAbstractSocket::IPv6Protocol
                                ? QStringLiteral("[%1]").arg(host.toString())
                                : host.toString();
    return QStringLiteral("%1:%2").arg(address).arg(port);
}

} // namespace

struct ServeCommand::Private
{
    explicit Private(ServeOptions o) : options(std::move(o)), record(options.record), server(record.engine(), options.server)
    {
    }

    ServeOptions options;
    RecordCommand record;
    StreamServer server;
};

ServeCommand::ServeCommand(ServeOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(options)))
{
    connect(&d->server, &StreamServer::notice, this, [](const QString &line) {
        QTextStream(stderr) << "tickerline-collector: " << line << Qt::endl;
    });
    connect(&d->record, &RecordCommand::finished, this, [this](int code) {
        d->server.close();
        const ServerCounters &counters = d->server.counters();
        QTextStream(stderr) << "tickerline-collector: "
                            << tr("served %1 clients (%2 refused, %3 cut as slow), acknowledged %4 published ticks")
                                   .arg(counters.clientsAccepted)
                                   .arg(counters.clientsRefused)
                                   .arg(counters.slowConsumersCut)
                                   .arg(counters.ticksPublished)
                            << Qt::endl;
        Q_EMIT finished(code);
    });
}

ServeCommand::~ServeCommand() = default;

void ServeCommand::start()
{
    const QString address = hostPort(d->options.server.host, d->options.server.port);
    if (!d->server.listen()) {
        QTextStream err(stderr);
        if (d->server.error() == QAbstractSocket::AddressInUseError)
            err << "tickerline-collector: "
                << tr("cannot listen on %1: address in use \u2014 is another collector serving there?").arg(address)
                << Qt::endl;
        else
            err << "tickerline-collector: " << tr("cannot listen on %1: %2").arg(address, d->server.errorString())
                << Qt::endl;
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(2); });
        return;
    }
    const QString served = hostPort(d->options.server.host, d->server.port());
    QTextStream(stderr) << "tickerline-collector: "
                        << (d->server.isTls()
                                ? tr("serving on wss://%1/v1/stream, https://%1/v1/events (SSE) and https://%1/v1/history")
                                : tr("serving on ws://%1/v1/stream, http://%1/v1/events (SSE) and http://%1/v1/history"))
                               .arg(served)
                        << Qt::endl;
    d->record.start();
}

} // namespace tickerline
