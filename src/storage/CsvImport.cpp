#include "CsvImporter.h"

#include "Clock.h"
#include "CsvReader.h"
#include "Schema.h"
#include "StoreConnection.h"
#include "StoreWriter.h"
#include "Symbol.h"
#include "TimeUnits.h"

#include <QHash>
#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <utility>

namespace tickerline {

namespace {

// 9999-12-31T23:59:59.999Z, the last time the exporter can write.
constexpr qint64 kMaxTimeMs = 253'402'300'799'999;

QString shown(QByteArrayView text)
{
    constexpr qsizetype maxShown = 32;
    const QString s = QString::fromUtf8(text.first(std::min(text.size(), maxShown)));
    return u'\u201c' + s + (text.size() > maxShown ? QStringLiteral("\u2026\u201d") : QStringLiteral("\u201d"));
}

bool allDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> digits(QByteArrayView text, qsizetype at, qsizetype count)
{
    int value = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146'097 + dayOfEra - 719'468;
}

int daysInMonth(int year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// YYYY-MM-DDTHH:MM:SS[.f{1,3}](Z|+00:00), or epoch milliseconds. Written by
// hand: QDateTime::fromString costs more than the rest of a row together.
std::optional<qint64> parseTime(QByteArrayView text)
{
    if (allDigits(text)) {
        if (text.size() > 15)
            return std::nullopt;
        qint64 ms = 0;
        for (const char c : text)
            ms = ms * 10 + (c - '0');
        return ms <= kMaxTimeMs ? std::optional(ms) : std::nullopt;
    }
    if (text.size() < 20 || text.at(4) != '-' || text.at(7) != '-' || text.at(10) != 'T' || text.at(13) != ':'
        || text.at(16) != ':')
        return std::nullopt;
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    const auto second = digits(text, 17, 2);
    if (!year || !month || !day || !hour || !minute || !second || *month < 1 || *month > 12 || *day < 1
        || *day > daysInMonth(*year, *month) || *hour > 23 || *minute > 59 || *second > 59)
        return std::nullopt;
    QByteArrayView rest = text.sliced(19);
    int ms = 0;
    if (rest.startsWith('.')) {
        qsizetype n = 1;
        while (n < rest.size() && rest.at(n) >= '0' && rest.at(n) <= '9')
            ++n;
        const qsizetype fraction = n - 1;
        if (fraction < 1 || fraction > 3)
            return std::nullopt;
        ms = *digits(rest, 1, fraction) * (fraction == 1 ? 100 : fraction == 2 ? 10 : 1);
        rest = rest.sliced(n);
    }
    if (rest != "Z" && rest != "+00:00")
        return std::nullopt;
    return daysFromCivil(*year, *month, *day) * MsPerDay + *hour * MsPerHour + *minute * MsPerMinute
           + *second * MsPerSecond + ms;
}

std::optional<double> parseNumber(QByteArrayView text)
{
    double value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.isEmpty() || ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// Symbol::check per distinct spelling, not per row; a file of endless
// distinct spellings is checked row by row rather than remembered.
class SymbolCache
{
public:
    SymbolCheck check(QByteArrayView raw)
    {
        constexpr qsizetype maxRemembered = 10'000;
        // A raw-data key looks up without copying; an inserted key owns its bytes.
        const QByteArray probe = QByteArray::fromRawData(raw.data(), raw.size());
        if (const auto it = m_checked.constFind(probe); it != m_checked.cend())
            return *it;
        SymbolCheck checked = Symbol::check(QString::fromUtf8(raw));
        if (m_checked.size() < maxRemembered)
            m_checked.insert(raw.toByteArray(), checked);
        return checked;
    }

private:
    QHash<QByteArray, SymbolCheck> m_checked;
};

// Counts identical rows within one run of equal times (see CsvImport.h).
class RunCounter
{
public:
    quint32 occurrence(const ImportedTick &tick)
    {
        if (tick.timeMs != m_runTimeMs || m_counts.isEmpty()) {
            m_counts.clear();
            m_runTimeMs = tick.timeMs;
        }
        return m_counts[Key{tick.symbol, tick.price, tick.size}]++;
    }

private:
    struct Key
    {
        QString symbol;
        double price;
        double size;
        bool operator==(const Key &other) const = default;
    };
    friend size_t qHash(const Key &key, size_t seed) { return qHashMulti(seed, key.symbol, key.price, key.size); }

    qint64 m_runTimeMs = 0;
    QHash<Key, quint32> m_counts;
};

} // namespace

struct CsvImporter::Parts
{
    SymbolCache symbols;
    RunCounter runs;
};

CsvImporter::CsvImporter(const ImportRequest &request, QIODevice &in)
    : m_request(request), m_reader(in), m_parts(std::make_unique<Parts>())
{
}

CsvImporter::~CsvImporter()
{
    if (m_writer)
        m_writer->rollback();
}

void CsvImporter::addProblem(qint64 line, const QString &reason)
{
    ++m_result.badRows;
    if (m_result.problems.size() < MaxReportedProblems)
        m_result.problems.append(CsvRowProblem{line, reason});
}

bool CsvImporter::reportProgress()
{
    if (m_reader.bytesRead() != m_reportedBytes) {
        m_reportedBytes = m_reader.bytesRead();
        if (m_request.progress)
            m_request.progress(m_reportedBytes);
    }
    return !m_request.stop.stop_requested();
}

ImportResult CsvImporter::fail(const QString &error)
{
    m_result.ok = false;
    m_result.error = error;
    return m_result;
}

bool CsvImporter::checkHeader()
{
    if (!m_reader.next(m_record))
        return false;
    static const char *const names[] = {"symbol", "time", "price", "volume"};
    if (!m_record.problem.isEmpty() || m_record.fieldCount() != 4)
        return false;
    for (qsizetype i = 0; i < 4; ++i) {
        QByteArrayView name = m_record.field(i).trimmed();
        if (i == 0 && name.startsWith("\xEF\xBB\xBF"))   // a UTF-8 byte order mark from spreadsheet tools
            name = name.sliced(3);
        if (name.compare(QByteArrayView(names[i]), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

QString CsvImporter::parseRow(const CsvRecord &record, ImportedTick &tick)
{
    if (!record.problem.isEmpty())
        return record.problem;
    if (record.fieldCount() != 4)
        return QStringLiteral("expected 4 fields (symbol,time,price,volume), found %1").arg(record.fieldCount());
    const SymbolCheck symbol = m_parts->symbols.check(record.field(0));
    if (!symbol.ok)
        return QStringLiteral("bad symbol %1: %2").arg(shown(record.field(0)), symbol.reason);
    const std::optional<qint64> time = parseTime(record.field(1));
    if (!time)
        return QStringLiteral("bad time %1: expected ISO-8601 UTC such as 2026-11-24T14:03:07.123Z,"
                              " or epoch milliseconds")
            .arg(shown(record.field(1)));
    const std::optional<double> price = parseNumber(record.field(2));
    if (!price || *price <= 0)
        return QStringLiteral("bad price %1: expected a number greater than 0").arg(shown(record.field(2)));
    const std::optional<double> volume = parseNumber(record.field(3));
    if (!volume || *volume < 0)
        return QStringLiteral("bad volume %1: expected a number of 0 or more").arg(shown(record.field(3)));
    tick.symbol = symbol.normalized;
    tick.timeMs = *time;
    tick.price = *price;
    tick.size = *volume + 0.0;   // -0 and 0 are the same trade size
    return {};
}

bool CsvImporter::readHeader()
{
    if (checkHeader())
        return true;
    if (!m_reader.errorString().isEmpty()) {
        fail(QStringLiteral("Cannot read the file: %1").arg(m_reader.errorString()));
        return false;
    }
    addProblem(1, QStringLiteral("expected the header symbol,time,price,volume"));
    fail(QStringLiteral("The file does not start with the header symbol,time,price,volume; nothing was imported"));
    return false;
}

bool CsvImporter::begin(StoreWriter &writer)
{
    if (!writer.begin()) {
        fail(writer.errorMessage());
        return false;
    }
    m_writer = &writer;
    m_tick.provider = QString::fromLatin1(CsvImportProvider);
    return true;
}

bool CsvImporter::step()
{
    if (!m_writer)
        return false;
    const qsizetype batchRows = std::max(1, m_request.batchRows);
    while (m_reader.next(m_record)) {
        if (!reportProgress()) {
            m_stopped = true;
            return false;
        }
        // Empty lines are fine at the end of a file only; earlier ones are
        // reported once a row follows them.
        if (m_record.blank) {
            m_blankLines.append(m_record.line);
            continue;
        }
        for (const qint64 line : std::as_const(m_blankLines)) {
            ++m_result.rows;
            addProblem(line, QStringLiteral("empty line"));
        }
        m_blankLines.clear();
        ++m_result.rows;
        const QString problem = parseRow(m_record, m_tick);
        if (!problem.isEmpty()) {
            addProblem(m_record.line, problem);
            continue;
        }
        // All or nothing: after a bad row only validation goes on.
        if (m_request.mode == ImportMode::AllOrNothing && m_result.badRows > 0)
            continue;
        m_tick.occurrence = m_parts->runs.occurrence(m_tick);
        m_batch.append(m_tick);
        if (m_batch.size() >= batchRows) {
            if (!m_writer->insertImported(std::exchange(m_batch, {}), m_written)) {
                m_failed = true;
                return false;
            }
            return true;
        }
    }
    return false;
}

ImportResult CsvImporter::finish()
{
    StoreWriter *writer = std::exchange(m_writer, nullptr);
    if (!writer)
        return m_result;
    const auto rollBack = [&](const QString &error) {
        writer->rollback();
        return fail(error);
    };
    if (m_failed)
        return rollBack(writer->errorMessage());
    const bool stopped = m_stopped || !reportProgress();
    if (stopped || !m_reader.errorString().isEmpty()) {
        m_result.cancelled = stopped;
        return rollBack(stopped ? QStringLiteral("Import cancelled; nothing was imported")
                                : QStringLiteral("Cannot read the file: %1").arg(m_reader.errorString()));
    }
    if (m_request.mode == ImportMode::AllOrNothing && m_result.badRows > 0)
        return rollBack(
            QStringLiteral("%1 of %2 rows are bad; nothing was imported").arg(m_result.badRows).arg(m_result.rows));
    if (!writer->insertImported(std::exchange(m_batch, {}), m_written) || !writer->commit())
        return rollBack(writer->errorMessage());
    m_result.ok = true;
    m_result.insertedTicks = m_written.insertedTicks;
    m_result.duplicateTicks = m_written.duplicateTicks;
    return m_result;
}

ImportResult CsvImporter::abort(const QString &error)
{
    if (StoreWriter *writer = std::exchange(m_writer, nullptr))
        writer->rollback();
    return fail(error);
}

ImportResult importTicksCsv(const ImportRequest &request, QIODevice &in)
{
    if (!in.isReadable()) {
        ImportResult result;
        result.error = QStringLiteral("Cannot import: the input is not open for reading");
        return result;
    }
    // The header first: a file that is not a tick export creates no database.
    CsvImporter importer(request, in);
    if (!importer.readHeader())
        return importer.result();
    StoreConnection connection;
    if (!connection.open(request.location, StoreConnection::Mode::Write, request.password))
        return importer.abort(connection.errorMessage());
    const MigrationResult migration = migrateSchema(connection);
    if (!migration.ok)
        return importer.abort(migration.error);
    StoreWriter writer(connection, SystemClock::instance());
    if (!importer.begin(writer))
        return importer.result();
    while (importer.step()) {
    }
    return importer.finish();
}

} // namespace tickerline
