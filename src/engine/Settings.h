#pragma once

#include "Choices.h"

#include <QObject>
#include <QSet>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace tickerline {

// Typed application settings over one declarative table (Settings.cpp):
// every key has a type, a default and, where it applies, a range or a set of
// allowed values. Secrets never go through here.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)
public:
    enum class Key {
        Symbols,              // QStringList
        Provider,             // QString, a ProviderRegistry name
        PollIntervalSeconds,  // int 1..3600
        DatabaseLocation,     // QString, empty: default location
        Appearance,           // Appearance: system | light | dark
        SimulatedTicksPerSecond, // double 0.1..1e6, per symbol
        ChartWindowDays,      // int 1..3650
        WindowGeometry,       // QByteArray
        WindowState,          // QByteArray
        SplitterState,        // QByteArray
        HiddenChartSymbols,   // QStringList: symbols unchecked in the watchlist
        RetentionDays,        // int 0..36500: days raw ticks are kept; 0 keeps them forever
        Language,             // QString: "" (the system's) | en | de | fr | es | ja; read at startup
        FirstRunHintDismissed, // bool: the "add a real feed" hint was closed for good
        ChartMode,            // ChartMode: line | candles
        CandleIntervalMs,     // int 1000..86400000: the chosen candle interval
        ChartStudies,         // QStringList: StudySpec keys ("sma;AAPL;20")
        ChartRange,           // QString: "" (ChartWindowDays) | 1H | 1D | 5D | 7D | 1M | 6M | 1Y | All
        ChartFollowLive,      // bool: the chart's right edge tracks the newest tick
        ChartPriceScale,      // PriceScale: "" (not chosen: percent with several lines, else linear) | linear | log | percent
        ChartShowBands,       // bool: 52-week bands
        ChartShowPreviousClose, // bool: dashed previous-close lines
        ChartTimeZone,        // ChartTimeZone: local | exchange | utc
        ChartBufferPoints,    // int 10000..50000000: points per symbol kept in memory
        ShowChart,            // bool: View → Chart
        ShowChartToolBar,     // bool: View → Chart Tool Bar
        HiddenWatchlistColumns, // QStringList: column keys (name, change, changePercent, volume, range, time, session, age)
        SimulatedSessions,    // bool: simulated stocks trade only while their exchange does; read at startup
        Failover,             // QString: "" (off) | "auto" | "coinbase,binance" | "auto;AAPL=finnhub,yahoo" (ProviderChains.h)
        TickerlineServerUrl,  // QString: a serving collector's ws://, wss://, http(s):// base (provider "tickerline"); never a token
        ChartSource,          // QString: what a chart pane shows: "" (the current watchlist) | "selection" (its current row)
                              //   | "list:NAME" (that watchlist) | "symbols:A,B" (these symbols)
        Watchlists,           // QString: the named watchlists as JSON (Watchlists.h); Symbols is the current one's
        CurrentWatchlist,     // QString: the name of the watchlist Symbols holds; "" before there are several
    };
    Q_ENUM(Key)

    // Settings in the platform's usual place (organisation/application names).
    explicit Settings(QObject *parent = nullptr);
    // Settings in an INI file, e.g. a temporary file in tests.
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    // Settings held in memory only, never written (a chart pane's choices,
    // which its workspace saves).
    struct InMemory
    {
    };
    explicit Settings(InMemory, QObject *parent = nullptr);
    ~Settings() override;

    [[nodiscard]] QVariant value(Key key) const;        // default when unset or invalid
    // Clamps / rejects per the table; a default removes the key from the file;
    // emits changed(key) when value(key) changes.
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    [[nodiscard]] static QVariant defaultValue(Key key);
    [[nodiscard]] static QString keyName(Key key);      // "group/name" in the settings file
    [[nodiscard]] static std::optional<Key> keyNamed(const QString &name);
    // Why setValue() would refuse `value` for `key`; empty when it takes it.
    [[nodiscard]] static QString problemWith(Key key, const QVariant &value);

    // An enumerated key (Appearance, ChartMode, ChartPriceScale,
    // ChartTimeZone) read and written as its enum (Choices.h): the file keeps
    // the enumerator's lower-case name (value() already answers the default
    // for anything else, so every stored value names an enumerator).
    template <typename E>
    [[nodiscard]] E choice(Key key) const
    {
        return choiceFromKey<E>(value(key).toString()).value_or(E{});
    }
    template <typename E>
    void setChoice(Key key, E choice)
    {
        setValue(key, choiceKey(choice));
    }

    // The accepted range of a numeric key, so editors offer exactly what
    // setValue() keeps; unbounded (±infinity) for other keys.
    struct Range
    {
        double minimum;
        double maximum;
    };
    [[nodiscard]] static Range range(Key key);

    // Typed accessors for the common keys.
    [[nodiscard]] QStringList symbols() const;
    void setSymbols(const QStringList &symbols);
    // What the feed subscribes: the current watchlist's symbols, then those
    // of every saved watchlist (Watchlists), each once.
    [[nodiscard]] QStringList subscribedSymbols() const;
    [[nodiscard]] QString provider() const;
    [[nodiscard]] int pollIntervalSeconds() const;
    [[nodiscard]] QString databaseLocation() const;
    [[nodiscard]] Appearance appearance() const;
    [[nodiscard]] double simulatedTicksPerSecond() const;
    [[nodiscard]] int chartWindowDays() const;
    [[nodiscard]] int retentionDays() const;
    [[nodiscard]] QString language() const;
    // The failover lists as the collector's --failover takes them; empty: off.
    [[nodiscard]] QString failover() const;

    void sync();
    // The file the settings are kept in; empty in memory.
    [[nodiscard]] QString fileName() const;

Q_SIGNALS:
    void changed(tickerline::Settings::Key key);

private:
    [[nodiscard]] QVariant stored(const QString &path) const;
    void store(const QString &path, const QVariant &value);
    void erase(const QString &path);

    const std::unique_ptr<QSettings> m_store;   // null: in memory
    QVariantMap m_memory;
    // Keys whose stored value was refused and already reported (GUI thread, like every use).
    mutable QSet<Key> m_refusedStored;
};

} // namespace tickerline
