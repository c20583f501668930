#include "Settings.h"

#include "ProviderChains.h"
#include "StoreLocation.h"
#include "Symbol.h"
#include "Watchlists.h"

#include <QLoggingCategory>
#include <QMetaEnum>
#include <QSettings>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

Q_LOGGING_CATEGORY(lcSettings, "tickerline.settings")

constexpr double Unbounded = std::numeric_limits<double>::infinity();

// What a value must satisfy beyond its type, range and allowed values.
enum class Rule : quint8 {
    None,
    NotEmpty,          // a non-empty string
    Symbols,           // symbols, normalised and de-duplicated; invalid ones dropped
    NonEmptySymbols,   // the same, and at least one must remain
    NoPassword,        // a database location; a password in it is cut out (it belongs in the keychain)
    FailoverLists,     // parseFailover() accepts it
    ChartSource,       // "", "selection", "list:NAME" or "symbols:A,B" with valid symbols
};

struct Entry
{
    Settings::Key key;
    QLatin1String path;        // "group/name" in the settings file
    QMetaType type;
    QVariant defaultValue;
    double minimum = -Unbounded;   // numbers only
    double maximum = Unbounded;
    QStringList allowed = {};      // strings only; empty: any
    Rule rule = Rule::None;
};

using Key = Settings::Key;

// The one place that says which settings exist. Ordered like Settings::Key so
// a key is its own index (checked in entry()).
const auto &table()
{
    static const auto entries = std::to_array<Entry>({
        {.key = Key::Symbols, .path = "watchlist/symbols"_L1, .type = QMetaType::fromType<QStringList>(),
         .defaultValue = QStringList{u"AAPL"_s, u"MSFT"_s, u"NVDA"_s, u"AMZN"_s, u"GOOGL"_s, u"NFLX"_s},
         .rule = Rule::NonEmptySymbols},
        {.key = Key::Provider, .path = "feed/provider"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = u"simulated"_s, .rule = Rule::NotEmpty},
        {.key = Key::PollIntervalSeconds, .path = "feed/pollIntervalSeconds"_L1,
         .type = QMetaType::fromType<int>(), .defaultValue = 15, .minimum = 1, .maximum = 3600},
        {.key = Key::DatabaseLocation, .path = "storage/databaseLocation"_L1,
         .type = QMetaType::fromType<QString>(), .defaultValue = QString(), .rule = Rule::NoPassword},
        {.key = Key::Appearance, .path = "ui/appearance"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = choiceKey(Appearance::System), .allowed = choiceKeys<Appearance>()},
        {.key = Key::SimulatedTicksPerSecond, .path = "feed/simulatedTicksPerSecond"_L1,
         .type = QMetaType::fromType<double>(), .defaultValue = 20.0, .minimum = 0.1, .maximum = 1e6},
        {.key = Key::ChartWindowDays, .path = "chart/windowDays"_L1, .type = QMetaType::fromType<int>(),
         .defaultValue = 7, .minimum = 1, .maximum = 3650},
        {.key = Key::WindowGeometry, .path = "window/geometry"_L1, .type = QMetaType::fromType<QByteArray>(),
         .defaultValue = QByteArray()},
        {.key = Key::WindowState, .path = "window/state"_L1, .type = QMetaType::fromType<QByteArray>(),
         .defaultValue = QByteArray()},
        {.key = Key::SplitterState, .path = "window/splitterState"_L1, .type = QMetaType::fromType<QByteArray>(),
         .defaultValue = QByteArray()},
        {.key = Key::HiddenChartSymbols, .path = "chart/hiddenSymbols"_L1,
         .type = QMetaType::fromType<QStringList>(), .defaultValue = QStringList(), .rule = Rule::Symbols},
        // Off by default: nobody's history disappears unasked. Bars are always kept.
        {.key = Key::RetentionDays, .path = "storage/retentionDays"_L1, .type = QMetaType::fromType<int>(),
         .defaultValue = 0, .minimum = 0, .maximum = 36500},
        // Empty: the system's language. The codes are those translations/ ships, and English.
        {.key = Key::Language, .path = "ui/language"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = QString(), .allowed = {QString(), u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"ja"_s}},
        {.key = Key::FirstRunHintDismissed, .path = "ui/firstRunHintDismissed"_L1,
         .type = QMetaType::fromType<bool>(), .defaultValue = false},
        {.key = Key::ChartMode, .path = "chart/mode"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = choiceKey(ChartMode::Line), .allowed = choiceKeys<ChartMode>()},
        {.key = Key::CandleIntervalMs, .path = "chart/candleIntervalMs"_L1, .type = QMetaType::fromType<int>(),
         .defaultValue = 60'000, .minimum = 1'000, .maximum = 86'400'000},
        // Checked when read back (StudySpec::fromKey), like any hand-edited file.
        {.key = Key::ChartStudies, .path = "chart/studies"_L1, .type = QMetaType::fromType<QStringList>(),
         .defaultValue = QStringList()},
        {.key = Key::ChartRange, .path = "chart/range"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = QString(),
         .allowed = {QString(), u"1H"_s, u"1D"_s, u"5D"_s, u"7D"_s, u"1M"_s, u"6M"_s, u"1Y"_s, u"All"_s}},
        {.key = Key::ChartFollowLive, .path = "chart/followLive"_L1, .type = QMetaType::fromType<bool>(),
         .defaultValue = true},
        // "": not chosen yet; the chart compares in percent while it shows several lines.
        {.key = Key::ChartPriceScale, .path = "chart/priceScale"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = QString(), .allowed = QStringList{QString()} + choiceKeys<PriceScale>()},
        {.key = Key::ChartShowBands, .path = "chart/showBands"_L1, .type = QMetaType::fromType<bool>(),
         .defaultValue = true},
        {.key = Key::ChartShowPreviousClose, .path = "chart/showPreviousClose"_L1,
         .type = QMetaType::fromType<bool>(), .defaultValue = false},
        {.key = Key::ChartTimeZone, .path = "chart/timeZone"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = choiceKey(ChartTimeZone::Local), .allowed = choiceKeys<ChartTimeZone>()},
        // 24 bytes a point: the default keeps about 24 MB per symbol; the store has the rest.
        {.key = Key::ChartBufferPoints, .path = "chart/bufferPoints"_L1, .type = QMetaType::fromType<int>(),
         .defaultValue = 1'000'000, .minimum = 10'000, .maximum = 50'000'000},
        {.key = Key::ShowChart, .path = "window/showChart"_L1, .type = QMetaType::fromType<bool>(),
         .defaultValue = true},
        {.key = Key::ShowChartToolBar, .path = "window/showChartToolBar"_L1, .type = QMetaType::fromType<bool>(),
         .defaultValue = true},
        {.key = Key::HiddenWatchlistColumns, .path = "watchlist/hiddenColumns"_L1,
         .type = QMetaType::fromType<QStringList>(), .defaultValue = QStringList()},
        {.key = Key::SimulatedSessions, .path = "feed/simulatedSessions"_L1, .type = QMetaType::fromType<bool>(),
         .defaultValue = false},
        // Off by default: one provider serves every symbol, as chosen.
        {.key = Key::Failover, .path = "feed/failover"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = QString(), .rule = Rule::FailoverLists},
        {.key = Key::TickerlineServerUrl, .path = "feed/tickerlineServerUrl"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = u"ws://127.0.0.1:8765"_s},
        {.key = Key::ChartSource, .path = "chart/source"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = QString(), .rule = Rule::ChartSource},
        // Read back through Watchlists::fromJson, which reports a damaged list.
        {.key = Key::Watchlists, .path = "watchlist/lists"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = QString()},
        {.key = Key::CurrentWatchlist, .path = "watchlist/current"_L1, .type = QMetaType::fromType<QString>(),
         .defaultValue = QString()},
    });
    return entries;
}

const Entry &entry(Key key)
{
    const auto &entries = table();
    const auto index = static_cast<std::size_t>(key);
    Q_ASSERT(entries.size() == static_cast<std::size_t>(QMetaEnum::fromType<Key>().keyCount()));
    Q_ASSERT(index < entries.size() && entries[index].key == key);
    return entries[index];
}

// Out-of-range numbers are clamped when written (the user asked for "as much as
// possible") but read back as the default (the file was edited by hand or by
// an older version with other limits).
enum class OutOfRange : quint8 { Reject, Clamp };

struct Checked
{
    QVariant value;          // of the entry's type, valid when problem is empty
    QString problem;         // why the value cannot be used; empty when it can
    QStringList dropped;     // invalid symbols left out of a list
    QString clamped;         // set when a number was moved into its range: what was asked
};

Checked failed(const QString &problem)
{
    return {QVariant(), problem, {}, {}};
}

Checked checkNumber(const Entry &e, const QVariant &raw, OutOfRange outOfRange)
{
    bool ok = false;
    double number = raw.toDouble(&ok);
    if (!ok || std::isnan(number))
        return failed(u"not a number"_s);
    if (number < e.minimum || number > e.maximum) {
        if (outOfRange == OutOfRange::Reject)
            return failed(u"out of range %1..%2"_s.arg(e.minimum).arg(e.maximum));
        const double asked = number;
        number = std::clamp(number, e.minimum, e.maximum);
        const QVariant value = e.type == QMetaType::fromType<int>() ? QVariant(qRound(number)) : QVariant(number);
        return {value, {}, {}, u"%1 is outside %2..%3"_s.arg(asked).arg(e.minimum).arg(e.maximum)};
    }
    if (e.type == QMetaType::fromType<int>())
        return {QVariant(qRound(number)), {}, {}, {}};
    return {QVariant(number), {}, {}, {}};
}

Checked checkSymbols(const Entry &e, const QStringList &list)
{
    Checked result;
    QStringList symbols;
    for (const QString &text : list) {
        const SymbolCheck one = Symbol::check(text);
        if (!one.ok)
            result.dropped.append(text);
        else if (!symbols.contains(one.normalized))
            symbols.append(one.normalized);
    }
    if (symbols.isEmpty() && e.rule == Rule::NonEmptySymbols)
        result.problem = u"no valid symbol"_s;
    result.value = symbols;
    return result;
}

Checked check(const Entry &e, const QVariant &raw, OutOfRange outOfRange)
{
    if (!raw.isValid())
        return failed(u"no value"_s);
    if (e.type == QMetaType::fromType<int>() || e.type == QMetaType::fromType<double>())
        return checkNumber(e, raw, outOfRange);

    QVariant converted = raw;
    if (!converted.convert(e.type))
        return failed(u"not convertible to %1"_s.arg(QLatin1String(e.type.name())));

    if (e.rule == Rule::Symbols || e.rule == Rule::NonEmptySymbols)
        return checkSymbols(e, converted.toStringList());
    if (e.rule == Rule::NoPassword)
        return {splitPassword(converted.toString()).location, {}, {}, {}};
    if (e.rule == Rule::NotEmpty && converted.toString().trimmed().isEmpty())
        return failed(u"empty"_s);
    if (e.rule == Rule::ChartSource) {
        const QString text = converted.toString().trimmed();
        if (text.isEmpty() || text == "selection"_L1 || (text.startsWith("list:"_L1) && text.size() > 5))
            return {QVariant(text), {}, {}, {}};
        if (!text.startsWith("symbols:"_L1))
            return failed(u"not \"\", \"selection\", \"list:NAME\" or \"symbols:A,B\""_s);
        QStringList symbols;
        for (const QString &one : text.mid(8).split(u',', Qt::SkipEmptyParts)) {
            const SymbolCheck checked = Symbol::check(one);
            if (!checked.ok)
                return failed(u"%1: %2"_s.arg(one, checked.reason));
            if (!symbols.contains(checked.normalized))
                symbols.append(checked.normalized);
        }
        if (symbols.isEmpty())
            return failed(u"no symbol"_s);
        return {QVariant(u"symbols:"_s + symbols.join(u',')), {}, {}, {}};
    }
    if (e.rule == Rule::FailoverLists) {
        if (const FailoverParse parsed = parseFailover(converted.toString()); !parsed.ok())
            return failed(parsed.error);
        return {converted.toString().trimmed(), {}, {}, {}};
    }
    if (!e.allowed.isEmpty()) {
        // Stored in the table's spelling, whatever the case it came in.
        const auto match = std::find_if(e.allowed.cbegin(), e.allowed.cend(), [&](const QString &allowed) {
            return allowed.compare(converted.toString().trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (match == e.allowed.cend())
            return failed(u"not one of %1"_s.arg(e.allowed.join(u", ")));
        converted = *match;
    }
    return {converted, {}, {}, {}};
}

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::Settings(InMemory, QObject *parent)
    : QObject(parent)
{
}

Settings::~Settings() = default;

QVariant Settings::stored(const QString &path) const
{
    return m_store ? m_store->value(path) : m_memory.value(path);
}

void Settings::store(const QString &path, const QVariant &value)
{
    if (m_store)
        m_store->setValue(path, value);
    else
        m_memory.insert(path, value);
}

void Settings::erase(const QString &path)
{
    if (m_store)
        m_store->remove(path);
    else
        m_memory.remove(path);
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    const QVariant saved = stored(e.path);
    if (!saved.isValid())
        return e.defaultValue;   // never set: the default, nothing to say
    const Checked checked = check(e, saved, OutOfRange::Reject);
    if (checked.problem.isEmpty())
        return checked.value;
    // Said once per key, not on every read: the file's value is not used.
    if (!m_refusedStored.contains(key)) {
        m_refusedStored.insert(key);
        qCWarning(lcSettings).noquote() << "Using the default for" << e.path << "- the stored value is"
                                        << checked.problem;
    }
    return e.defaultValue;
}

void Settings::setValue(Key key, const QVariant &value)
{
    const Entry &e = entry(key);
    const Checked checked = check(e, value, OutOfRange::Clamp);
    if (!checked.dropped.isEmpty())
        qCWarning(lcSettings).noquote() << "Dropping invalid symbols from" << e.path << checked.dropped.join(u", ");
    if (!checked.problem.isEmpty()) {
        qCWarning(lcSettings).noquote() << "Ignoring value for" << e.path << '(' << checked.problem << ')';
        return;
    }
    if (!checked.clamped.isEmpty())
        qCWarning(lcSettings).noquote() << "Storing" << checked.value.toString() << "for" << e.path << '('
                                        << checked.clamped << ')';
    m_refusedStored.remove(key);
    const QVariant before = this->value(key);
    // Like KeePassXC, the file holds only what differs from the defaults, so a
    // later version's better default reaches users who never changed it.
    if (checked.value == e.defaultValue)
        erase(e.path);
    else if (stored(e.path) != checked.value)
        store(e.path, checked.value);
    if (this->value(key) != before)
        Q_EMIT changed(key);
}

void Settings::reset(Key key)
{
    const QVariant before = value(key);
    erase(entry(key).path);
    if (value(key) != before)
        Q_EMIT changed(key);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QString Settings::keyName(Key key)
{
    return entry(key).path;
}

std::optional<Settings::Key> Settings::keyNamed(const QString &name)
{
    for (const Entry &e : table()) {
        if (e.path == name)
            return e.key;
    }
    return std::nullopt;
}

QString Settings::problemWith(Key key, const QVariant &value)
{
    const Checked checked = check(entry(key), value, OutOfRange::Reject);
    if (!checked.problem.isEmpty())
        return checked.problem;
    if (!checked.dropped.isEmpty())
        return u"not a valid symbol: %1"_s.arg(checked.dropped.join(u", "));
    return {};
}

Settings::Range Settings::range(Key key)
{
    const Entry &e = entry(key);
    return {e.minimum, e.maximum};
}

QStringList Settings::symbols() const
{
    return value(Key::Symbols).toStringList();
}

void Settings::setSymbols(const QStringList &symbols)
{
    setValue(Key::Symbols, symbols);
}

QStringList Settings::subscribedSymbols() const
{
    // The current list's saved copy too: while a switch writes the keys one
    // by one, the union stays whole and nothing is unsubscribed for a moment.
    QStringList all = symbols();
    for (const Watchlist &list : Watchlists::fromJson(value(Key::Watchlists).toString()).lists) {
        for (const QString &symbol : list.symbols) {
            if (!all.contains(symbol))
                all.append(symbol);
        }
    }
    return all;
}

QString Settings::provider() const
{
    return value(Key::Provider).toString();
}

QString Settings::failover() const
{
    return value(Key::Failover).toString();
}

int Settings::pollIntervalSeconds() const
{
    return value(Key::PollIntervalSeconds).toInt();
}

QString Settings::databaseLocation() const
{
    return value(Key::DatabaseLocation).toString();
}

Appearance Settings::appearance() const
{
    return choice<Appearance>(Key::Appearance);
}

double Settings::simulatedTicksPerSecond() const
{
    return value(Key::SimulatedTicksPerSecond).toDouble();
}

int Settings::chartWindowDays() const
{
    return value(Key::ChartWindowDays).toInt();
}

int Settings::retentionDays() const
{
    return value(Key::RetentionDays).toInt();
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

QString Settings::fileName() const
{
    return m_store ? m_store->fileName() : QString();
}

void Settings::sync()
{
    if (m_store)
        m_store->sync();
}

} // namespace tickerline
