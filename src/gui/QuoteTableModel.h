#pragma once

#include "QuoteFreshness.h"
#include "SeriesPalette.h"

#include "Clock.h"
#include "FeedStatus.h"
#include "Frame.h"
#include "Instrument.h"

#include <QAbstractTableModel>

#include <optional>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QTimer>

namespace tickerline {

// Where the last price sits in its 52-week range; what RangeBarDelegate draws.
// (Not the chart's PriceRange: one name per type, or the two would break the
// one-definition rule the moment a file saw both.)
struct Week52Position
{
    double low = 0.0;
    double high = 0.0;
    double last = 0.0;   // 0 when there is no quote yet
};

// The watchlist: one row per symbol in watchlist order, filled from the
// engine's frames and instrument facts. Views sort through a
// QSortFilterProxyModel on SortRole, which carries the raw numbers.
class QuoteTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteTableModel)
public:
    enum Column {
        SymbolColumn,
        NameColumn,
        LastColumn,
        ChangeColumn,
        ChangePercentColumn,
        VolumeColumn,
        RangeColumn,
        TimeColumn,
        SessionColumn,   // the venue's market state now
        AgeColumn,       // how old the last quote is, with the provider's delay badge
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1,
        RangeRole,         // Week52Position, invalid without a plausible 52-week range
        FlashRole,         // double, Last column: >0 flash up, <0 down, magnitude 1 → 0 as it fades
        FeedStateRole,     // int (FeedState) of the symbol's feed
        SeriesColorRole,   // QColor of the symbol's chart line
        SymbolRole,        // QString, on every column
        StaleRole,         // bool, Age column: old although its market trades
        MarketStateRole,   // int (calendar::MarketState), Session column; invalid without a calendar
    };
    static constexpr int FlashDurationMs = 600;
    static constexpr int FlashRestartMs = 250;   // at most four flashes a second per cell
    // Session and Age cells are brought up to date this often, and only those whose text changed.
    static constexpr int FreshnessIntervalMs = 1000;

    explicit QuoteTableModel(QObject *parent = nullptr);
    ~QuoteTableModel() override;
    // What flashes, sessions and ages are timed by (the system clock unless a
    // test or --clock drives it); it must outlive the model.
    void setClock(const tickerline::Clock *clock);

    // Rows follow the list; rows of symbols that stay keep their quotes.
    void setSymbols(const QStringList &symbols);
    [[nodiscard]] QStringList symbols() const;
    void setInstruments(const tickerline::InstrumentList &instruments);
    void applyFrame(const tickerline::Frame &frame);
    void setFeedState(const QString &symbol, tickerline::FeedState state, const QString &message = {});

    // Symbols whose chart line the user switched off (unchecked rows).
    void setHiddenSymbols(const QStringList &hidden);
    [[nodiscard]] QStringList hiddenSymbols() const;
    [[nodiscard]] bool hasQuotes() const;
    // The symbol's last price, or nothing before its first quote.
    [[nodiscard]] std::optional<double> lastPrice(const QString &symbol) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Rows drag out as their symbols (SymbolMimeType, one per line, and plain text).
    static constexpr const char *SymbolMimeType = "application/x-tickerline-symbols";
    [[nodiscard]] QStringList mimeTypes() const override;
    [[nodiscard]] QMimeData *mimeData(const QModelIndexList &indexes) const override;

Q_SIGNALS:
    void hiddenSymbolsChanged(const QStringList &hidden);

private:
    struct Row
    {
        QString symbol;
        Quote quote;
        bool hasQuote = false;
        bool hidden = false;
        FeedState feedState = FeedState::Live;
        QString feedMessage;
        int flashDirection = 0;       // +1 / -1 while a flash runs, 0 otherwise
        qint64 flashStartMs = 0;      // on m_clock
        QuoteFreshness freshness;     // as last shown
    };

    [[nodiscard]] int rowOf(const QString &symbol) const;
    [[nodiscard]] const Instrument *instrument(const QString &symbol) const;
    [[nodiscard]] QPixmap logo(const QString &symbol) const;
    [[nodiscard]] double previousClose(const Row &row) const;
    [[nodiscard]] double flashLevel(const Row &row) const;
    [[nodiscard]] QVariant displayData(const Row &row, int column) const;
    [[nodiscard]] QVariant sortData(const Row &row, int column) const;
    [[nodiscard]] QVariant foregroundData(const Row &row, int column) const;
    [[nodiscard]] QVariant toolTipData(const Row &row, int column) const;
    [[nodiscard]] QVariant backgroundData(const Row &row, int column) const;
    [[nodiscard]] QVariant accessibleData(const Row &row, int column) const;
    // One dataChanged per run of adjacent rows in `rows` (sorted, unique).
    void emitRowRuns(const QList<int> &rows, int firstColumn, int lastColumn);
    void handleFlashTimer();
    [[nodiscard]] FreshnessInput freshnessInput(const Row &row) const;
    // Recomputes every row's Session and Age; dataChanged for the cells that differ.
    void handleFreshnessTimer();

    QList<Row> m_rows;
    QHash<QString, Instrument> m_instruments;
    mutable QHash<QString, QPixmap> m_logos;   // decoded once per symbol, dropped when the logo or look changes
    QHash<QString, SymbolLook> m_looks;        // of the listed symbols, whatever their order
    const Clock *m_clock = &SystemClock::instance();
    QTimer m_flashTimer;
    QTimer m_freshnessTimer;
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::Week52Position)
