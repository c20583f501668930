#include "ReplayFeed.h"

#include "Clock.h"
#include "MisconfiguredFeed.h"
#include "WireValues.h"

#include <QCoreApplication>
#include <QDebug>

#include <cmath>
#include <string_view>

namespace tickerline {

namespace {

QString tr(const char *text)
{
    // The context lupdate gives a tr() outside a class: its namespace.
    return QCoreApplication::translate("tickerline", text);
}

std::string_view view(QByteArrayView bytes)
{
    return {bytes.data(), size_t(bytes.size())};
}

// RFC 4180 quoting, as other tools may write it: "AAPL" → AAPL, "a""b" → a"b.
QByteArray unquoted(QByteArray field)
{
    if (field.size() >= 2 && field.startsWith('"') && field.endsWith('"'))
        return field.sliced(1, field.size() - 2).replace("\"\"", "\"");
    return field;
}

std::optional<qint64> recordedTime(QByteArrayView text)
{
    if (const auto iso = wire::parseIsoTimeMs(view(text)))
        return iso;
    // Epoch milliseconds, as some tools write times.
    if (const auto ms = wire::parseInteger(view(text)); ms && wire::isPlausibleTimeMs(*ms))
        return ms;
    return std::nullopt;
}

} // namespace

ReplayFeed::ReplayFeed(FeedConfig config, const Clock &clock, QObject *parent)
    : Feed(std::move(config), clock, parent)
    , m_file(m_config.endpoint.toLocalFile(), this)
    , m_status(m_config.provider, clock, this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::handleDue);
    connect(&m_status, &FeedStatusTracker::statusChanged, this, &Feed::statusChanged);
    setSymbols(m_config.symbols);
}

ReplayFeed::~ReplayFeed() = default;

void ReplayFeed::start()
{
    stop();
    m_status.start();
    if (!m_file.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot open the recording %1: %2").arg(m_file.fileName(), m_file.errorString()));
        return;
    }
    if (m_file.peek(16) == QByteArrayView("SQLite format 3\0", 16)) {
        fail(tr("%1 is a database, not a CSV recording: make one with "
                "`tickerline-collector export --database FILE --format csv`.").arg(m_file.fileName()));
        return;
    }
    if (m_file.peek(7) == "symbol,")
        m_file.readLine(MaxLineBytes);   // the export's header
    m_status.setState({FeedState::Live, {}, 0});
    readNext();
    if (m_next) {
        m_firstTickMs = m_next->timeMs;
        m_startMs = clock().nowMs();
    }
    handleDue();
}

void ReplayFeed::stop()
{
    m_timer.stop();
    m_file.close();
    m_next.reset();
    m_run.clear();
    m_status.stop();
}

void ReplayFeed::setSymbols(const QStringList &symbols)
{
    m_config.symbols = symbols;
    m_symbols.clear();
    for (const QString &symbol : symbols)
        m_symbols.insert(symbol.trimmed().toUpper());
}

qint64 ReplayFeed::dueMs(const Tick &tick) const
{
    if (m_config.replaySpeed <= 0)
        return m_startMs;
    // A row older than the first (an unsorted file) is due at once, in file order.
    const double offset = double(std::max<qint64>(0, tick.timeMs - m_firstTickMs)) / m_config.replaySpeed;
    return m_startMs + qint64(std::ceil(offset));
}

void ReplayFeed::handleDue()
{
    const qint64 now = clock().nowMs();
    TickBatch batch;
    while (m_next && batch.size() < MaxBatch && dueMs(*m_next) <= now) {
        Tick tick = *std::exchange(m_next, std::nullopt);
        tick.receivedMs = now;
        if (!m_run.isEmpty() && m_run.constFirst().timeMs != tick.timeMs)
            m_run.clear();
        m_run.append(tick);
        numberIdenticalTicks(m_run);
        tick.occurrence = m_run.constLast().occurrence;
        batch.append(std::move(tick));
        readNext();
    }
    if (m_malformed > 0)
        m_status.addMalformed(std::exchange(m_malformed, 0));
    if (!batch.isEmpty()) {
        m_status.addTicks(batch.size());
        Q_EMIT ticksArrived(batch);
    }
    if (!m_next) {
        finish();
        return;
    }
    // A full batch yields to the event loop (stop() must get through) and comes straight back.
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, dueMs(*m_next) - now)));
}

void ReplayFeed::readNext()
{
    m_next.reset();
    while (!m_file.atEnd()) {
        QByteArray line = m_file.readLine(MaxLineBytes);
        if (!line.endsWith('\n') && !m_file.atEnd()) {
            // Longer than any row of ours: skip the rest of it.
            ++m_malformed;
            QByteArray rest;
            do
                rest = m_file.readLine(MaxLineBytes);
            while (!rest.endsWith('\n') && !m_file.atEnd());
            continue;
        }
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        std::optional<Tick> tick = parseRow(line);
        if (!tick) {
            ++m_malformed;
            continue;
        }
        if (!m_symbols.isEmpty() && !m_symbols.contains(tick->symbol.toUpper()))
            continue;
        m_next = std::move(tick);
        return;
    }
}

std::optional<Tick> ReplayFeed::parseRow(const QByteArray &line) const
{
    const QList<QByteArray> fields = line.split(',');
    if (fields.size() != 4)
        return std::nullopt;
    const QString symbol = QString::fromUtf8(unquoted(fields.at(0).trimmed()));
    const auto time = recordedTime(fields.at(1).trimmed());
    const auto price = wire::parseDecimal(view(fields.at(2).trimmed()));
    const auto size = wire::parseDecimal(view(fields.at(3).trimmed()));
    if (symbol.isEmpty() || !time || !price || !isValidPrice(*price) || !size || !(*size >= 0.0)
        || !std::isfinite(*size))
        return std::nullopt;
    Tick tick;
    tick.symbol = symbol;
    tick.provider = m_config.provider;
    tick.timeMs = *time;
    tick.price = *price;
    tick.size = *size;
    return tick;
}

void ReplayFeed::finish()
{
    m_timer.stop();
    m_file.close();
    m_status.setState({FeedState::Idle, tr("Replay finished"), 0});
}

void ReplayFeed::fail(const QString &reason)
{
    m_file.close();
    qWarning().noquote() << m_config.provider << "failed:" << reason;
    m_status.setState({FeedState::Failed, reason, 0});
}

std::unique_ptr<Feed> makeReplayFeed(const ProviderSpec &, const FeedConfig &config, const Clock &clock,
                                     const ProviderOptions &)
{
    if (!config.endpoint.isLocalFile())
        return std::make_unique<MisconfiguredFeed>(
            config, clock, tr("Replay needs a CSV recording as a file:// URL (tickerline-collector: --replay FILE)."));
    if (!(config.replaySpeed >= 0.0) || !std::isfinite(config.replaySpeed))
        return std::make_unique<MisconfiguredFeed>(config, clock,
                                                   tr("The replay speed must be 0 (as fast as possible) or more."));
    return std::make_unique<ReplayFeed>(config, clock);
}

} // namespace tickerline
