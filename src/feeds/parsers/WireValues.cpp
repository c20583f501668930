#include "WireValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <charconv>
#include <cmath>
#include <limits>

namespace tickerline::wire {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146'097 + static_cast<qint64>(dayOfEra) - 719'468;
}

unsigned daysInMonth(qint64 year, unsigned month)
{
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

// A cursor over ISO-8601 text; each reader consumes only on success.
class IsoCursor
{
public:
    explicit IsoCursor(std::string_view text) : m_text(text) {}

    bool atEnd() const { return m_pos == m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    std::optional<unsigned> digits(std::size_t count)
    {
        if (m_text.size() - m_pos < count)
            return std::nullopt;
        unsigned value = 0;
        for (std::size_t i = 0; i < count; ++i) {
            const char c = m_text[m_pos + i];
            if (c < '0' || c > '9')
                return std::nullopt;
            value = value * 10 + unsigned(c - '0');
        }
        m_pos += count;
        return value;
    }
    // Milliseconds of a fraction's digits; digits past the third are truncated.
    std::optional<unsigned> fractionMs()
    {
        unsigned ms = 0;
        std::size_t count = 0;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            if (count < 3)
                ms = ms * 10 + unsigned(peek() - '0');
            ++count;
            ++m_pos;
        }
        if (count == 0)
            return std::nullopt;
        for (; count < 3; ++count)
            ms *= 10;
        return ms;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

std::optional<qint64> zoneOffsetMs(IsoCursor &cursor)
{
    if (cursor.atEnd() || cursor.accept('Z') || cursor.accept('z'))
        return 0;
    const int sign = cursor.accept('+') ? 1 : cursor.accept('-') ? -1 : 0;
    if (sign == 0)
        return std::nullopt;
    const auto hours = cursor.digits(2);
    cursor.accept(':');
    const auto minutes = cursor.digits(2);
    if (!hours || !minutes || *hours > 23 || *minutes > 59)
        return std::nullopt;
    return sign * (qint64(*hours) * 3'600'000 + qint64(*minutes) * 60'000);
}

} // namespace

bool isPlausibleTimeMs(qint64 ms)
{
    return ms >= MinTimeMs && ms <= MaxTimeMs;
}

std::optional<double> parseDecimal(std::string_view text)
{
    double value = 0.0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(std::string_view text)
{
    qint64 value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return value;
}

std::optional<qint64> parseIsoTimeMs(std::string_view text)
{
    IsoCursor cursor(text);
    const auto year = cursor.digits(4);
    if (!year || !cursor.accept('-'))
        return std::nullopt;
    const auto month = cursor.digits(2);
    if (!month || *month < 1 || *month > 12 || !cursor.accept('-'))
        return std::nullopt;
    const auto day = cursor.digits(2);
    if (!day || *day < 1 || *day > daysInMonth(*year, *month))
        return std::nullopt;
    qint64 ms = daysFromCivil(*year, *month, *day) * 86'400'000;
    if (cursor.atEnd())
        return isPlausibleTimeMs(ms) ? std::optional(ms) : std::nullopt;
    if (!cursor.accept('T') && !cursor.accept('t') && !cursor.accept(' '))
        return std::nullopt;
    const auto hour = cursor.digits(2);
    if (!hour || *hour > 23 || !cursor.accept(':'))
        return std::nullopt;
    const auto minute = cursor.digits(2);
    if (!minute || *minute > 59)
        return std::nullopt;
    unsigned second = 0;
    unsigned milli = 0;
    if (cursor.accept(':')) {
        const auto s = cursor.digits(2);
        if (!s || *s > 60)   // 60: a leap second
            return std::nullopt;
        second = *s;
        if (cursor.accept('.') || cursor.accept(',')) {
            const auto fraction = cursor.fractionMs();
            if (!fraction)
                return std::nullopt;
            milli = *fraction;
        }
    }
    const auto offset = zoneOffsetMs(cursor);
    if (!offset || !cursor.atEnd())
        return std::nullopt;
    ms += qint64(*hour) * 3'600'000 + qint64(*minute) * 60'000 + qint64(second) * 1000 + milli - *offset;
    return isPlausibleTimeMs(ms) ? std::optional(ms) : std::nullopt;
}

std::optional<qint64> parseLocalTimeMs(const QString &text, const QTimeZone &zone)
{
    // Built from date and time directly, never through the machine's own zone.
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = text.size() == 10 ? QTime(0, 0) : QTime::fromString(text.mid(10), QStringLiteral(" HH:mm:ss"));
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return std::nullopt;
    const qint64 ms = QDateTime(date, time, zone).toMSecsSinceEpoch();
    return isPlausibleTimeMs(ms) ? std::optional(ms) : std::nullopt;
}

std::optional<qint64> toTimeMs(qint64 value, TimeUnit unit)
{
    qint64 ms = 0;
    switch (unit) {
    case TimeUnit::Seconds:
        if (value > MaxTimeMs / 1000 || value < 0)
            return std::nullopt;
        ms = value * 1000;
        break;
    case TimeUnit::Milliseconds:
        ms = value;
        break;
    case TimeUnit::Microseconds:
        ms = value / 1000;
        break;
    case TimeUnit::Iso8601:
        return std::nullopt;
    }
    return isPlausibleTimeMs(ms) ? std::optional(ms) : std::nullopt;
}

std::optional<qint64> toTimeMs(double value, TimeUnit unit)
{
    double ms = 0.0;
    switch (unit) {
    case TimeUnit::Seconds:
        ms = value * 1000.0;
        break;
    case TimeUnit::Milliseconds:
        ms = value;
        break;
    case TimeUnit::Microseconds:
        ms = std::floor(value / 1000.0);
        break;
    case TimeUnit::Iso8601:
        return std::nullopt;
    }
    // Range check in double first: converting an out-of-range double is undefined.
    if (!std::isfinite(ms) || ms < double(MinTimeMs) || ms > double(MaxTimeMs))
        return std::nullopt;
    return std::llround(ms);
}

std::optional<QJsonValue> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    if (document.isObject())
        return QJsonValue(document.object());
    if (document.isArray())
        return QJsonValue(document.array());
    return std::nullopt;
}

std::optional<double> number(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return parseDecimal(value.toString().toStdString());
    return std::nullopt;
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (value.isDouble()) {
        // No qint64 is a real id or time at the minimum, so it can mark "not a whole number".
        constexpr qint64 notWhole = std::numeric_limits<qint64>::min();
        const qint64 whole = value.toInteger(notWhole);
        return whole == notWhole ? std::nullopt : std::optional(whole);
    }
    if (value.isString())
        return parseInteger(value.toString().toStdString());
    return std::nullopt;
}

std::optional<qint64> timeMs(const QJsonValue &value, TimeUnit unit)
{
    if (unit == TimeUnit::Iso8601)
        return value.isString() ? parseIsoTimeMs(value.toString().toStdString()) : std::nullopt;
    if (const auto whole = integer(value))
        return toTimeMs(*whole, unit);
    if (const auto fractional = number(value))
        return toTimeMs(*fractional, unit);
    return std::nullopt;
}

} // namespace tickerline::wire
