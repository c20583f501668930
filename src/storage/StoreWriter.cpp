#include "StoreWriter.h"

#include "Clock.h"
#include "StoreConnection.h"
#include "WriterSql.h"

#include <QDir>
#include <QLocale>
#include <QSqlError>

#include <vector>

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

StoreWriter::StoreWriter(StoreConnection &connection, const Clock &clock)
    : m_connection(connection),
      m_clock(clock),
      m_insertSeries(connection.database()),
      m_selectSeries(connection.database()),
      m_insertTick(connection.database()),
      m_insertImported(connection.database()),
      m_upsertBar(connection.database()),
      m_upsertInstrument(connection.database()),
      m_upsertRollup(connection.database()),
      m_notify(connection.database())
{
}

StoreWriter::~StoreWriter() = default;

bool StoreWriter::prepare()
{
    if (m_prepared)
        return true;
    const WriterSql &sql = writerSql(m_connection.backend());
    std::vector<std::pair<QSqlQuery *, QString>> statements{
        {&m_insertSeries, sql.insertSeries},   {&m_selectSeries, sql.selectSeries},
        {&m_insertTick, sql.insertTick},       {&m_insertImported, sql.insertImported},
        {&m_upsertBar, sql.upsertBar},         {&m_upsertInstrument, sql.upsertInstrument},
        {&m_upsertRollup, sql.upsertRollup},
    };
    if (isPostgres())
        statements.emplace_back(&m_notify, QStringLiteral("SELECT pg_notify(CAST(? AS text), CAST(? AS text))"));
    for (const auto &[query, text] : statements) {
        if (!query->prepare(text)) {
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
    const bool ok = begin() && writeTicks(pending.ticks, outcome) && writeRollups() && writeBars(pending.bars)
                    && writeInstruments(pending.instruments) && notifyViewers(pending.ticks, outcome) && commit();
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
    if (m_connection.exec(writerSql(m_connection.backend()).begin))
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
}

QString StoreWriter::errorMessage() const
{
    return QStringLiteral("Cannot write to database %1: %2").arg(QDir::toNativeSeparators(m_connection.path()), m_error);
}

bool StoreWriter::insertImported(const QList<ImportedTick> &ticks, WriteOutcome &outcome)
{
    if (isPostgres())
        return insertImportedArrays(ticks, outcome);
    for (const ImportedTick &tick : ticks) {
        const qint64 series = seriesId(tick.provider, tick.symbol);
        if (series < 0)
            return false;
        m_insertImported.bindValue(QStringLiteral(":series"), series);
        m_insertImported.bindValue(QStringLiteral(":time"), tick.timeMs);
        m_insertImported.bindValue(QStringLiteral(":price"), tick.price);
        m_insertImported.bindValue(QStringLiteral(":size"), tick.size);
        m_insertImported.bindValue(QStringLiteral(":receivedAfter"), m_clock.nowMs() - tick.timeMs);
        m_insertImported.bindValue(QStringLiteral(":ownSeries"), series);
        m_insertImported.bindValue(QStringLiteral(":symbol"), tick.symbol);
        m_insertImported.bindValue(QStringLiteral(":matchTime"), tick.timeMs);
        m_insertImported.bindValue(QStringLiteral(":matchPrice"), tick.price);
        m_insertImported.bindValue(QStringLiteral(":matchSize"), tick.size);
        m_insertImported.bindValue(QStringLiteral(":occurrence"), qint64(tick.occurrence));
        if (!exec(m_insertImported))
            return false;
        if (m_insertImported.numRowsAffected() > 0) {
            ++outcome.insertedTicks;
            m_rollups.add(series, tick.timeMs, tick.price, tick.size);
        } else {
            ++outcome.duplicateTicks;
        }
    }
    return writeRollups();
}

bool StoreWriter::insertImportedArrays(const QList<ImportedTick> &ticks, WriteOutcome &outcome)
{
    if (ticks.isEmpty())
        return true;
    // Array literals of numbers formatted here: bound values, as in TickArrayBuilder.
    QString series, times, prices, sizes, occurrences;
    const auto append = [](QString &array, const QString &number) {
        array += array.isEmpty() ? QLatin1Char('{') : QLatin1Char(',');
        array += number;
    };
    const auto exact = [](double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); };
    for (const ImportedTick &tick : ticks) {
        const qint64 id = seriesId(tick.provider, tick.symbol);
        if (id < 0)
            return false;
        append(series, QString::number(id));
        append(times, QString::number(tick.timeMs));
        append(prices, exact(tick.price));
        append(sizes, exact(tick.size));
        append(occurrences, QString::number(tick.occurrence));
    }
    m_insertImported.addBindValue(m_clock.nowMs());
    for (QString *array : {&series, &times, &prices, &sizes, &occurrences})
        m_insertImported.addBindValue(QString(*array + QLatin1Char('}')));
    if (!exec(m_insertImported))
        return false;
    const quint64 inserted = addReturnedToRollups(m_insertImported);
    outcome.insertedTicks += inserted;
    outcome.duplicateTicks += quint64(ticks.size()) - inserted;
    return writeRollups();
}

quint64 StoreWriter::addReturnedToRollups(QSqlQuery &query)
{
    quint64 rows = 0;
    while (query.next()) {
        m_rollups.add(query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toDouble(),
                      query.value(3).toDouble());
        ++rows;
    }
    query.finish();
    return rows;
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

    qint64 id = -1;
    m_insertSeries.bindValue(0, nonNull(provider));
    m_insertSeries.bindValue(1, nonNull(symbol));
    if (!exec(m_insertSeries))
        return -1;
    if (isPostgres() && m_insertSeries.next()) {
        // QPSQL has no lastInsertId() for a BIGSERIAL: RETURNING gives it.
        id = m_insertSeries.value(0).toLongLong();
        m_insertSeries.finish();
    } else if (!isPostgres() && m_insertSeries.numRowsAffected() == 1) {
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
    if (isPostgres())
        return writeTickArrays(ticks, outcome);
    for (const Tick &tick : ticks) {
        const qint64 series = seriesId(tick.provider, tick.symbol);
        if (series < 0)
            return false;
        m_insertTick.bindValue(QStringLiteral(":series"), series);
        m_insertTick.bindValue(QStringLiteral(":time"), tick.timeMs);
        m_insertTick.bindValue(QStringLiteral(":price"), tick.price);
        m_insertTick.bindValue(QStringLiteral(":size"), tick.size);
        m_insertTick.bindValue(QStringLiteral(":seq"), storedSequence(StoreBackend::Sqlite, tick));
        m_insertTick.bindValue(QStringLiteral(":receivedAfter"), tick.receivedMs - tick.timeMs);
        if (!exec(m_insertTick))
            return false;
        if (m_insertTick.numRowsAffected() > 0) {
            ++outcome.insertedTicks;
            m_rollups.add(series, tick.timeMs, tick.price, tick.size);
        } else {
            ++outcome.duplicateTicks;
        }
    }
    return true;
}

bool StoreWriter::writeTickArrays(const TickBatch &ticks, WriteOutcome &outcome)
{
    TickArrayBuilder builder;
    for (const Tick &tick : ticks) {
        const qint64 series = seriesId(tick.provider, tick.symbol);
        if (series < 0)
            return false;
        builder.add(series, tick);
    }
    if (builder.isEmpty())
        return true;
    const TickArrays arrays = builder.finish();
    for (const QString *array : {&arrays.series, &arrays.timeMs, &arrays.price, &arrays.size, &arrays.seq,
                                 &arrays.receivedMs})
        m_insertTick.addBindValue(*array);
    if (!exec(m_insertTick))
        return false;
    const quint64 inserted = addReturnedToRollups(m_insertTick);
    outcome.insertedTicks += inserted;
    outcome.duplicateTicks += quint64(ticks.size()) - inserted;
    return true;
}

bool StoreWriter::notifyViewers(const TickBatch &ticks, const WriteOutcome &outcome)
{
    if (!isPostgres() || outcome.insertedTicks == 0)
        return true;
    // Sent inside the transaction: PostgreSQL delivers it at COMMIT, so a
    // viewer never hears of ticks it cannot read yet.
    QStringList symbols;
    qsizetype bytes = 0;
    for (const Tick &tick : ticks) {
        if (symbols.contains(tick.symbol))
            continue;
        bytes += tick.symbol.toUtf8().size() + 1;
        if (bytes > kMaxNotifyPayload)
            break;   // a hint only: viewers read every new row anyway
        symbols.append(tick.symbol);
    }
    m_notify.addBindValue(QString::fromUtf16(kTickChannel));
    m_notify.addBindValue(symbols.join(QLatin1Char(',')));
    const bool ok = exec(m_notify);
    m_notify.finish();
    return ok;
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
