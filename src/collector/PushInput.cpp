#include "PushInput.h"

#include "CsvReader.h"
#include "Symbol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>


namespace tickerline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tickerline", text);
}

std::optional<qint64> parseTime(const QString &text)
{
    bool ok = false;
    const qint64 ms = text.toLongLong(&ok);
    if (ok)
        return ms > 0 ? std::optional(ms) : std::nullopt;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

// Numbers identical ticks within each run of equal times, in order.
class OccurrenceCounter
{
public:
    quint32 next(const Tick &tick)
    {
        if (tick.timeMs != m_time) {
            m_time = tick.timeMs;
            m_seen.clear();
        }
        const QString key = tick.symbol + u'\x1f' + QString::number(tick.price, 'g', 17) + u'\x1f'
                            + QString::number(tick.size, 'g', 17);
        return m_seen[key]++;
    }

private:
    qint64 m_time = -1;
    QHash<QString, quint32> m_seen;   // symbol, price, size
};

std::optional<Tick> tickFrom(const QString &symbol, const QString &time, const QString &price, const QString &size,
                             QString *reason)
{
    const SymbolCheck check = Symbol::check(symbol);
    const std::optional<qint64> ms = parseTime(time);
    bool priceOk = false;
    bool sizeOk = false;
    Tick tick;
    tick.symbol = check.normalized;
    tick.price = price.toDouble(&priceOk);
    tick.size = size.isEmpty() ? 0.0 : size.toDouble(&sizeOk);
    if (size.isEmpty())
        sizeOk = true;
    if (!check.ok)
        *reason = tr("bad symbol: %1").arg(check.reason);
    else if (!ms)
        *reason = tr("bad time \u201c%1\u201d (UTC milliseconds or ISO-8601)").arg(time);
    else if (!priceOk || !isValidPrice(tick.price))
        *reason = tr("bad price \u201c%1\u201d").arg(price);
    else if (!sizeOk || !(tick.size >= 0))
        *reason = tr("bad size \u201c%1\u201d").arg(size);
    else {
        tick.timeMs = *ms;
        return tick;
    }
    return std::nullopt;
}

} // namespace

PushInput readPushInput(const QString &path, const QString &provider)
{
    PushInput input;
    QFile file;
    const bool opened = path == u"-" ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        input.error = tr("cannot read %1: %2").arg(path, file.errorString());
        return input;
    }
    const QString name = path == u"-" ? tr("standard input") : path;
    OccurrenceCounter occurrences;
    const auto add = [&](Tick tick) {
        tick.provider = provider;
        tick.occurrence = occurrences.next(tick);
        input.ticks.append(std::move(tick));
    };
    // JSON lines start with '{'; anything else is CSV.
    if (file.peek(1) == "{") {
        qint64 line = 0;
        while (!file.atEnd()) {
            ++line;
            const QByteArray text = file.readLine().trimmed();
            if (text.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            const QJsonValue time = object.value(QLatin1String("time"));
            const QString timeText = time.isString() ? time.toString() : QString::number(time.toInteger());
            const QJsonValue size = object.value(QLatin1String("size"));
            QString reason = tr("not a JSON object");
            const std::optional<Tick> tick =
                object.isEmpty() ? std::nullopt
                                 : tickFrom(object.value(QLatin1String("symbol")).toString(), timeText,
                                            QString::number(object.value(QLatin1String("price")).toDouble(), 'g', 17),
                                            size.isUndefined() ? QString() : QString::number(size.toDouble(), 'g', 17),
                                            &reason);
            if (!tick) {
                input.error = QStringLiteral("%1:%2: %3").arg(name).arg(line).arg(reason);
                return input;
            }
            add(*tick);
        }
        return input;
    }
    CsvReader reader(file);
    CsvRecord record;
    bool header = true;
    while (reader.next(record)) {
        if (record.blank)
            continue;
        const auto field = [&record](qsizetype i) { return QString::fromUtf8(record.field(i)).trimmed(); };
        if (header) {
            header = false;
            if (record.fieldCount() > 0 && field(0) == u"symbol")
                continue;
        }
        QString reason = record.problem;
        std::optional<Tick> tick;
        if (reason.isEmpty() && record.fieldCount() != 4)
            reason = tr("expected symbol,time,price,volume");
        if (reason.isEmpty())
            tick = tickFrom(field(0), field(1), field(2), field(3), &reason);
        if (!tick) {
            input.error = QStringLiteral("%1:%2: %3").arg(name).arg(record.line).arg(reason);
            return input;
        }
        add(*tick);
    }
    if (!reader.errorString().isEmpty())
        input.error = tr("cannot read %1: %2").arg(name, reader.errorString());
    return input;
}

} // namespace tickerline
