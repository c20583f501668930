#include "StoreWriter.h"

#include "Clock.h"
#include "StoreConnection.h"
#include "StoreDialect.h"

#include <QDir>
#include <QSqlError>

namespace tickerline {

namespace {

// Standard SQL that both dialects take. Facts arrive piecemeal (quote fields,
// then a logo): keep what the new row does not know; logo bytes and their
// type change together. Right-hand sides name the stored row by its table.
constexpr char16_t kUpsertInstrument[] =
    u"INSERT INTO instruments (provider, symbol, name, currency, exchange, week52_high,"
    u" week52_low, previous_close, logo, logo_mime, logo_url, updated_ms)"
    u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    u" ON CONFLICT (provider, symbol) DO UPDATE SET"
    u" name = coalesce(excluded.name, instruments.name),"
    u" currency = coalesce(excluded.currency, instruments.currency),"
    u" exchange = coalesce(excluded.exchange, instruments.exchange),"
    u" week52_high = coalesce(excluded.week52_high, instruments.week52_high),"
    u" week52_low = coalesce(excluded.week52_low, instruments.week52_low),"
    u" previous_close = coalesce(excluded.previous_close, instruments.previous_close),"
    u" logo_mime = CASE WHEN excluded.logo IS NULL THEN instruments.logo_mime ELSE excluded.logo_mime END,"
    u" logo = coalesce(excluded.logo, instruments.logo),"
    u" logo_url = coalesce(excluded.logo_url, instruments.logo_url),"
    u" updated_ms = excluded.updated_ms";

constexpr char16_t kUpsertBar[] =
    u"INSERT INTO bars (series, time_ms, interval_ms, open, high, low, close, volume)"
    u" VALUES (:series, :time, :interval, :open, :high, :low, :close, :volume)"
    u" ON CONFLICT (series, time_ms, interval_ms) DO UPDATE SET"
    u" open = excluded.open, high = excluded.high, low = excluded.low,"
    u" close = excluded.close, volume = excluded.volume";

// One RollupRow merged into the stored one: the stored row keeps its open
// when the new part starts later (ties: the earlier insertion), takes the new
// close when it ends at or after it.
constexpr char16_t kUpsertRollup[] =
    u"INSERT INTO rollups (series, resolution_ms, time_ms, first_ms, last_ms, low_ms, high_ms, open, high, low, close,"
    u" volume, ticks)"
    u" VALUES (:series, :resolution, :time, :first, :last, :lowTime, :highTime, :open, :high, :low, :close, :volume,"
    u" :ticks)"
    u" ON CONFLICT (series, resolution_ms, time_ms) DO UPDATE SET"
    u" open = CASE WHEN excluded.first_ms < rollups.first_ms THEN excluded.open ELSE rollups.open END,"
    u" first_ms = CASE WHEN excluded.first_ms < rollups.first_ms THEN excluded.first_ms ELSE rollups.first_ms END,"
    u" close = CASE WHEN excluded.last_ms >= rollups.last_ms THEN excluded.close ELSE rollups.close END,"
    u" last_ms = CASE WHEN excluded.last_ms >= rollups.last_ms THEN excluded.last_ms ELSE rollups.last_ms END,"
    u" high_ms = CASE WHEN excluded.high > rollups.high"
    u"  OR (excluded.high = rollups.high AND excluded.high_ms < rollups.high_ms)"
    u"  THEN excluded.high_ms ELSE rollups.high_ms END,"
    u" high = CASE WHEN excluded.high > rollups.high THEN excluded.high ELSE rollups.high END,"
    u" low_ms = CASE WHEN excluded.low < rollups.low"
    u"  OR (excluded.low = rollups.low AND excluded.low_ms < rollups.low_ms)"
    u"  THEN excluded.low_ms ELSE rollups.low_ms END,"
    u" low = CASE WHEN excluded.low < rollups.low THEN excluded.low ELSE rollups.low END,"
    u" volume = rollups.volume + excluded.volume,"
    u" ticks = rollups.ticks + excluded.ticks";

constexpr char16_t kInsertStream[] =
    u"INSERT INTO stream (seq, series, time_ms, price, size, sequence, occurrence, received_ms)"
    u" VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

// Unknown facts are stored as NULL so that an upsert keeps what an earlier,
// better-informed write stored.
QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant numberOrNull(const std::optional<double> &number)
{
    return number ? QVariant(*number) : QVariant();
}

// Qt Sql binds a null QString as NULL; keys are NOT NULL, '' is a valid provider.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

StoreWriter::StoreWriter(StoreConnection &connection, const Clock &clock)
    : m_connection(connection),
      m_clock(clock),
      m_insertSeries(connection.database()),
      m_selectSeries(connection.database()),
      m_upsertBar(connection.database()),
      m_upsertInstrument(connection.database()),
      m_upsertRollup(connection.database()),
      m_insertStream(connection.database())
{
}

StoreWriter::~StoreWriter() = default;

bool StoreWriter::prepare()
{
    if (m_prepared)
        return true;
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_insertSeries, m_connection.dialect().writerStatements().insertSeries},
        {&m_selectSeries, QStringLiteral("SELECT id FROM series WHERE provider = ? AND symbol = ?")},
        {&m_upsertBar, QString::fromUtf16(kUpsertBar)},
        {&m_upsertInstrument, QString::fromUtf16(kUpsertInstrument)},
        {&m_upsertRollup, QString::fromUtf16(kUpsertRollup)},
        {&m_insertStream, QString::fromUtf16(kInsertStream)},
    };
    for (const auto &[query, text] : statements) {
        if (!query->prepare(text)) {
            m_error = query->lastError().text();
            return false;
        }
    }
    m_ticks = m_connection.dialect().makeTickInserter(m_connection);
    m_prepared = true;
    return true;
}

WriteOutcome StoreWriter::write(const PendingWrites &pending)
{
    WriteOutcome outcome;
    const bool ok = begin() && writeTicks(pending.ticks, outcome) && writeRollups() && writeBars(pending.bars)
                    && writeInstruments(pending.instruments)
                    && (outcome.insertedTicks == 0 || m_ticks->announce(pending.ticks) || failWithInserter()) && commit();
    if (!ok) {
        rollback();
        outcome = WriteOutcome{};
        outcome.error = errorMessage();
        return outcome;
    }
    outcome.ok = true;
    if (!outcome.stream.ticks.isEmpty())
        m_lastStreamSequence = outcome.stream.lastSequence();
    return outcome;
}

std::optional<qint64> StoreWriter::lastStreamSequence()
{
    if (!m_lastStreamSequence) {
        const QVariant last = m_connection.scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM stream"));
        if (last.isValid())
            m_lastStreamSequence = last.toLongLong();
    }
    return m_lastStreamSequence;
}

bool StoreWriter::begin()
{
    m_error.clear();
    if (!prepare())
        return false;
    if (m_connection.exec(m_connection.dialect().writerStatements().begin))
        return true;
    m_error = m_connection.errorMessage();
    return false;
}

bool StoreWriter::commit()
{
    if (m_connection.exec(QStringLiteral("COMMIT")))
        return true;
    m_error = m_connection.errorMessage();
    return false;
}

void StoreWriter::rollback()
{
    // Fails harmlessly when the database already rolled back (SQLite on a
    // full disk, PostgreSQL after an error) or nothing began.
    (void)m_connection.exec(QStringLiteral("ROLLBACK"));
    // Series rows inserted by this transaction are gone again, and so are its ticks.
    m_seriesIds.clear();
    m_rollups.clear();
    m_lastStreamSequence.reset();
}

QString StoreWriter::errorMessage() const
{
    return QStringLiteral("Cannot write to database %1: %2").arg(QDir::toNativeSeparators(m_connection.path()), m_error);
}

bool StoreWriter::insertImported(const QList<ImportedTick> &ticks, WriteOutcome &outcome)
{
    QList<SeriesImport> rows;
    rows.reserve(ticks.size());
    for (const ImportedTick &tick : ticks) {
        const qint64 series = seriesId(tick.provider, tick.symbol);
        if (series < 0)
            return false;
        rows.append(SeriesImport{series, &tick.symbol, tick.timeMs, tick.price, tick.size, tick.occurrence});
    }
    InsertCounts counts;
    if (!m_ticks->insertImported(rows, m_clock.nowMs(), m_rollups, counts))
        return failWithInserter();
    outcome.insertedTicks += counts.inserted;
    outcome.duplicateTicks += counts.duplicates;
    return writeRollups();
}

bool StoreWriter::failWithInserter()
{
    m_error = m_ticks->errorMessage();
    return false;
}

bool StoreWriter::writeRollups()
{
    const QList<RollupRow> rows = m_rollups.take();
    for (const RollupRow &row : rows) {
        m_upsertRollup.bindValue(QStringLiteral(":series"), row.series);
        m_upsertRollup.bindValue(QStringLiteral(":resolution"), row.resolutionMs);
        m_upsertRollup.bindValue(QStringLiteral(":time"), row.timeMs);
        m_upsertRollup.bindValue(QStringLiteral(":first"), row.firstMs);
        m_upsertRollup.bindValue(QStringLiteral(":last"), row.lastMs);
        m_upsertRollup.bindValue(QStringLiteral(":lowTime"), row.lowMs);
        m_upsertRollup.bindValue(QStringLiteral(":highTime"), row.highMs);
        m_upsertRollup.bindValue(QStringLiteral(":open"), row.open);
        m_upsertRollup.bindValue(QStringLiteral(":high"), row.high);
        m_upsertRollup.bindValue(QStringLiteral(":low"), row.low);
        m_upsertRollup.bindValue(QStringLiteral(":close"), row.close);
        m_upsertRollup.bindValue(QStringLiteral(":volume"), row.volume);
        m_upsertRollup.bindValue(QStringLiteral(":ticks"), row.ticks);
        if (!exec(m_upsertRollup))
            return false;
    }
    return true;
}

bool StoreWriter::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

qint64 StoreWriter::seriesId(const QString &provider, const QString &symbol)
{
    const std::pair<QString, QString> key{provider, symbol};
    if (const auto it = m_seriesIds.constFind(key); it != m_seriesIds.cend())
        return *it;

    m_insertSeries.bindValue(0, nonNull(provider));
    m_insertSeries.bindValue(1, nonNull(symbol));
    if (!exec(m_insertSeries))
        return -1;
    qint64 id = m_connection.dialect().insertedSeriesId(m_insertSeries).value_or(-1);
    if (id < 0) {
        m_selectSeries.bindValue(0, nonNull(provider));
        m_selectSeries.bindValue(1, nonNull(symbol));
        if (!exec(m_selectSeries))
            return -1;
        if (m_selectSeries.next())
            id = m_selectSeries.value(0).toLongLong();
        // An unfinished SELECT would keep the transaction from committing.
        m_selectSeries.finish();
        if (id < 0) {
            m_error = QStringLiteral("series %1/%2 vanished").arg(provider, symbol);
            return -1;
        }
    }
    m_seriesIds.insert(key, id);
    return id;
}

bool StoreWriter::writeTicks(const TickBatch &ticks, WriteOutcome &outcome)
{
    QList<SeriesTick> rows;
    rows.reserve(ticks.size());
    // Runs of one series are common: the hash only when it changes.
    const Tick *previous = nullptr;
    qint64 series = -1;
    for (const Tick &tick : ticks) {
        if (!previous || tick.symbol != previous->symbol || tick.provider != previous->provider) {
            series = seriesId(tick.provider, tick.symbol);
            if (series < 0)
                return false;
        }
        previous = &tick;
        rows.append(SeriesTick{series, &tick});
    }
    InsertCounts counts;
    QList<qsizetype> inserted;
    if (m_streamLog)
        counts.insertedIndexes = &inserted;
    if (!m_ticks->insertTicks(rows, m_rollups, counts))
        return failWithInserter();
    outcome.insertedTicks += counts.inserted;
    outcome.duplicateTicks += counts.duplicates;
    return !m_streamLog || writeStream(rows, inserted, outcome);
}

bool StoreWriter::writeStream(const QList<SeriesTick> &rows, const QList<qsizetype> &inserted, WriteOutcome &outcome)
{
    if (inserted.isEmpty())
        return true;
    const std::optional<qint64> last = lastStreamSequence();
    if (!last) {
        m_error = QStringLiteral("cannot read the stream log's last sequence: %1").arg(m_connection.errorMessage());
        return false;
    }
    outcome.stream.firstSequence = *last + 1;
    outcome.stream.ticks.reserve(inserted.size());
    qint64 sequence = *last;
    for (const qsizetype index : inserted) {
        const SeriesTick &row = rows.at(index);
        const Tick &tick = *row.tick;
        const QVariant values[] = {++sequence,       row.series,    tick.timeMs,          tick.price,
                                   tick.size,        tick.sequence, qint64(tick.occurrence), tick.receivedMs};
        for (int i = 0; i < int(std::size(values)); ++i)
            m_insertStream.bindValue(i, values[i]);
        if (!exec(m_insertStream))
            return false;
        outcome.stream.ticks.append(tick);
    }
    return true;
}

bool StoreWriter::writeBars(const BarBatch &bars)
{
    for (const Bar &bar : bars) {
        const qint64 series = seriesId(bar.provider, bar.symbol);
        if (series < 0)
            return false;
        m_upsertBar.bindValue(QStringLiteral(":series"), series);
        m_upsertBar.bindValue(QStringLiteral(":time"), bar.timeMs);
        m_upsertBar.bindValue(QStringLiteral(":interval"), bar.intervalMs);
        m_upsertBar.bindValue(QStringLiteral(":open"), bar.open);
        m_upsertBar.bindValue(QStringLiteral(":high"), bar.high);
        m_upsertBar.bindValue(QStringLiteral(":low"), bar.low);
        m_upsertBar.bindValue(QStringLiteral(":close"), bar.close);
        m_upsertBar.bindValue(QStringLiteral(":volume"), bar.volume);
        if (!exec(m_upsertBar))
            return false;
    }
    return true;
}

bool StoreWriter::writeInstruments(const InstrumentList &instruments)
{
    for (const Instrument &in : instruments) {
        const QVariant values[] = {
            nonNull(in.provider),
            nonNull(in.symbol),
            textOrNull(in.name),
            textOrNull(in.currency),
            textOrNull(in.exchange),
            numberOrNull(in.week52High),
            numberOrNull(in.week52Low),
            numberOrNull(in.previousClose),
            in.logo.isEmpty() ? QVariant() : QVariant(in.logo),
            textOrNull(in.logoMimeType),
            in.logoUrl.isEmpty() ? QVariant() : QVariant(in.logoUrl.toString(QUrl::FullyEncoded)),
            in.updatedMs > 0 ? in.updatedMs : m_clock.nowMs(),
        };
        for (int i = 0; i < int(std::size(values)); ++i)
            m_upsertInstrument.bindValue(i, values[i]);
        if (!exec(m_upsertInstrument))
            return false;
    }
    return true;
}

} // namespace tickerline
