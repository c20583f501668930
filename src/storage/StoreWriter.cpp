#include "StoreWriter.h"

#include "Clock.h"
#include "SqliteConnection.h"

#include <QDir>
#include <QSqlError>

namespace tickerline {

namespace {

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

StoreWriter::StoreWriter(SqliteConnection &connection, const Clock &clock)
    : m_connection(connection),
      m_clock(clock),
      m_insertSeries(connection.database()),
      m_selectSeries(connection.database()),
      m_insertTick(connection.database()),
      m_insertImported(connection.database()),
      m_upsertBar(connection.database()),
      m_upsertInstrument(connection.database())
{
}

StoreWriter::~StoreWriter() = default;

bool StoreWriter::prepare()
{
    if (m_prepared)
        return true;
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_insertSeries, QStringLiteral("INSERT OR IGNORE INTO series (provider, symbol) VALUES (?, ?)")},
        {&m_selectSeries, QStringLiteral("SELECT id FROM series WHERE provider = ? AND symbol = ?")},
        // OR IGNORE: a duplicate (primary key or sequence index) skips that row only.
        // Named placeholders on the hot statements: Qt 6.4 formats a name for
        // every positional bind, which cost a third of the insert time.
        {&m_insertTick, QStringLiteral("INSERT OR IGNORE INTO ticks (series, time_ms, price, size, seq, received_ms)"
                                       " VALUES (:series, :time, :price, :size, :seq, :received)")},
        // The counts decide (see insertImported); the symbol index then the
        // ticks key make both a few b-tree seeks.
        {&m_insertImported,
         QStringLiteral("INSERT OR IGNORE INTO ticks (series, time_ms, price, size, seq, received_ms)"
                        " SELECT :series, :time, :price, :size, -1 - mine, :received FROM ("
                        " SELECT count(*) AS total, coalesce(sum(t.series = :ownSeries), 0) AS mine"
                        " FROM series s JOIN ticks t ON t.series = s.id"
                        " WHERE s.symbol = :symbol AND t.time_ms = :matchTime AND t.price = :matchPrice"
                        " AND t.size = :matchSize)"
                        " WHERE total <= :occurrence")},
        {&m_upsertBar, QStringLiteral("INSERT INTO bars (series, time_ms, interval_ms, open, high, low, close, volume)"
                                      " VALUES (:series, :time, :interval, :open, :high, :low, :close, :volume)"
                                      " ON CONFLICT (series, time_ms, interval_ms) DO UPDATE SET"
                                      " open = excluded.open, high = excluded.high, low = excluded.low,"
                                      " close = excluded.close, volume = excluded.volume")},
        // Facts arrive piecemeal (quote fields, then a logo): keep what the
        // new row does not know. Logo bytes and their type change together.
        {&m_upsertInstrument,
         QStringLiteral("INSERT INTO instruments (provider, symbol, name, currency, exchange, week52_high,"
                        " week52_low, previous_close, logo, logo_mime, logo_url, updated_ms)"
                        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        " ON CONFLICT (provider, symbol) DO UPDATE SET"
                        " name = coalesce(excluded.name, name),"
                        " currency = coalesce(excluded.currency, currency),"
                        " exchange = coalesce(excluded.exchange, exchange),"
                        " week52_high = coalesce(excluded.week52_high, week52_high),"
                        " week52_low = coalesce(excluded.week52_low, week52_low),"
                        " previous_close = coalesce(excluded.previous_close, previous_close),"
                        " logo_mime = CASE WHEN excluded.logo IS NULL THEN logo_mime ELSE excluded.logo_mime END,"
                        " logo = coalesce(excluded.logo, logo),"
                        " logo_url = coalesce(excluded.logo_url, logo_url),"
                        " updated_ms = excluded.updated_ms")},
    };
    for (const auto &[query, sql] : statements) {
        if (!query->prepare(sql)) {
            m_error = query->lastError().text();
            return false;
        }
    }
    m_prepared = true;
    return true;
}

WriteOutcome StoreWriter::write(const PendingWrites &pending)
{
    WriteOutcome outcome;
    const bool ok = begin() && writeTicks(pending.ticks, outcome) && writeBars(pending.bars)
                    && writeInstruments(pending.instruments) && commit();
    if (!ok) {
        rollback();
        outcome = WriteOutcome{};
        outcome.error = errorMessage();
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

bool StoreWriter::begin()
{
    m_error.clear();
    if (!prepare())
        return false;
    // IMMEDIATE: take the write lock first, so busy_timeout applies instead of
    // failing at the first INSERT after a read.
    if (m_connection.exec(QStringLiteral("BEGIN IMMEDIATE")))
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
    // Fails harmlessly when SQLite already rolled back (disk full) or nothing began.
    (void)m_connection.exec(QStringLiteral("ROLLBACK"));
    // Series rows inserted by this transaction are gone again.
    m_seriesIds.clear();
}

QString StoreWriter::errorMessage() const
{
    return QStringLiteral("Cannot write to database %1: %2").arg(QDir::toNativeSeparators(m_connection.path()), m_error);
}

bool StoreWriter::insertImported(const ImportedTick &tick, WriteOutcome &outcome)
{
    const qint64 series = seriesId(tick.provider, tick.symbol);
    if (series < 0)
        return false;
    m_insertImported.bindValue(QStringLiteral(":series"), series);
    m_insertImported.bindValue(QStringLiteral(":time"), tick.timeMs);
    m_insertImported.bindValue(QStringLiteral(":price"), tick.price);
    m_insertImported.bindValue(QStringLiteral(":size"), tick.size);
    m_insertImported.bindValue(QStringLiteral(":received"), m_clock.nowMs());
    m_insertImported.bindValue(QStringLiteral(":ownSeries"), series);
    m_insertImported.bindValue(QStringLiteral(":symbol"), tick.symbol);
    m_insertImported.bindValue(QStringLiteral(":matchTime"), tick.timeMs);
    m_insertImported.bindValue(QStringLiteral(":matchPrice"), tick.price);
    m_insertImported.bindValue(QStringLiteral(":matchSize"), tick.size);
    m_insertImported.bindValue(QStringLiteral(":occurrence"), qint64(tick.occurrence));
    if (!exec(m_insertImported))
        return false;
    if (m_insertImported.numRowsAffected() > 0)
        ++outcome.insertedTicks;
    else
        ++outcome.duplicateTicks;
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

    qint64 id = -1;
    m_insertSeries.bindValue(0, nonNull(provider));
    m_insertSeries.bindValue(1, nonNull(symbol));
    if (!exec(m_insertSeries))
        return -1;
    if (m_insertSeries.numRowsAffected() == 1) {
        id = m_insertSeries.lastInsertId().toLongLong();
    } else {
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
    for (const Tick &tick : ticks) {
        const qint64 series = seriesId(tick.provider, tick.symbol);
        if (series < 0)
            return false;
        m_insertTick.bindValue(QStringLiteral(":series"), series);
        m_insertTick.bindValue(QStringLiteral(":time"), tick.timeMs);
        m_insertTick.bindValue(QStringLiteral(":price"), tick.price);
        m_insertTick.bindValue(QStringLiteral(":size"), tick.size);
        m_insertTick.bindValue(QStringLiteral(":seq"), tick.hasSequence() ? tick.sequence : qint64(-1));
        m_insertTick.bindValue(QStringLiteral(":received"), tick.receivedMs);
        if (!exec(m_insertTick))
            return false;
        if (m_insertTick.numRowsAffected() > 0)
            ++outcome.insertedTicks;
        else
            ++outcome.duplicateTicks;
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
