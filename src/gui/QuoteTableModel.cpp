#include "QuoteTableModel.h"

#include "LogoImage.h"
#include "ProviderRegistry.h"
#include "VenueLookup.h"
#include "QuoteFormat.h"
#include "SeriesPalette.h"

#include <QFont>
#include <QGuiApplication>
#include <QMimeData>

#include <algorithm>
#include <cmath>

namespace tickerline {

namespace {
constexpr int LogoSize = 20;
constexpr int FlashFrameMs = 33;   // ~30 Hz is smooth enough for a fade

int alignment(int column)
{
    switch (column) {
    case QuoteTableModel::SymbolColumn:
    case QuoteTableModel::NameColumn:
        return Qt::AlignLeft | Qt::AlignVCenter;
    case QuoteTableModel::RangeColumn:
        return Qt::AlignCenter;
    case QuoteTableModel::SessionColumn:
    case QuoteTableModel::AgeColumn:   // the last column: next to the session, not across the stretch
        return Qt::AlignLeft | Qt::AlignVCenter;
    default:
        return Qt::AlignRight | Qt::AlignVCenter;
    }
}
} // namespace

QuoteTableModel::QuoteTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_flashTimer.setInterval(FlashFrameMs);
    connect(&m_flashTimer, &QTimer::timeout, this, &QuoteTableModel::handleFlashTimer);
    m_freshnessTimer.setInterval(FreshnessIntervalMs);
    connect(&m_freshnessTimer, &QTimer::timeout, this, &QuoteTableModel::handleFreshnessTimer);
    m_freshnessTimer.start();
}

void QuoteTableModel::setClock(const Clock *clock)
{
    m_clock = clock;
    handleFreshnessTimer();
}

QuoteTableModel::~QuoteTableModel() = default;

void QuoteTableModel::setSymbols(const QStringList &symbols)
{
    QStringList wanted;
    for (const QString &symbol : symbols) {
        if (!wanted.contains(symbol))
            wanted.append(symbol);
    }

    // Remove rows that go, one call per run of adjacent rows, from the bottom.
    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (wanted.contains(m_rows.at(last).symbol)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !wanted.contains(m_rows.at(first - 1).symbol))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    // Then walk the wanted order: move rows that stay into place, insert new ones.
    for (int i = 0; i < wanted.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).symbol == wanted.at(i))
            continue;
        const int from = rowOf(wanted.at(i));
        if (from >= 0) {
            beginMoveRows({}, from, from, {}, i);
            m_rows.move(from, i);
            endMoveRows();
        } else {
            beginInsertRows({}, i, i);
            Row row;
            row.symbol = wanted.at(i);
            row.freshness = quoteFreshness(freshnessInput(row));
            m_rows.insert(i, row);
            endInsertRows();
        }
    }

    // Colours and letters belong to the symbols: only a changed set of
    // symbols can change them (a reorder leaves them as they are).
    QHash<QString, SymbolLook> looks = symbolLooks(wanted);
    const bool looksChanged = std::any_of(wanted.cbegin(), wanted.cend(), [&](const QString &s) {
        const auto old = m_looks.constFind(s);
        return old == m_looks.cend() || old->color != looks.value(s).color || old->letters != looks.value(s).letters;
    });
    m_looks = std::move(looks);
    if (looksChanged) {
        m_logos.clear();
        if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, SymbolColumn), index(rowCount() - 1, SymbolColumn),
                               {SeriesColorRole, Qt::DecorationRole});
        }
    }
}

QStringList QuoteTableModel::symbols() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &row : m_rows)
        out.append(row.symbol);
    return out;
}

void QuoteTableModel::setInstruments(const InstrumentList &instruments)
{
    QList<int> changed;
    for (const Instrument &instrument : instruments) {
        const auto old = m_instruments.constFind(instrument.symbol);
        if (old != m_instruments.cend() && *old == instrument)
            continue;
        if (old == m_instruments.cend() || old->logo != instrument.logo)
            m_logos.remove(instrument.symbol);
        m_instruments.insert(instrument.symbol, instrument);
        const int row = rowOf(instrument.symbol);
        if (row >= 0 && !changed.contains(row)) {
            changed.append(row);
            // The exchange and provider decide the session and the delay badge.
            m_rows[row].freshness = quoteFreshness(freshnessInput(m_rows.at(row)));
        }
    }
    std::sort(changed.begin(), changed.end());
    emitRowRuns(changed, 0, ColumnCount - 1);
}

void QuoteTableModel::applyFrame(const Frame &frame)
{
    const qint64 now = m_clock->nowMs();
    QList<int> first;
    QList<int> changed;
    for (auto it = frame.quotes.cbegin(); it != frame.quotes.cend(); ++it) {
        const int r = rowOf(it.key());
        if (r < 0)
            continue;
        Row &row = m_rows[r];
        const Quote &quote = it.value();
        if (row.hasQuote && row.quote == quote)
            continue;
        // A flash says the shown price moved: not for a move below its last
        // decimal, and not restarted more often than FlashRestartMs, so that
        // 20 ticks a second read as a fade rather than a strobe.
        const bool shownMove = row.hasQuote && formatPrice(quote.last) != formatPrice(row.quote.last);
        if (shownMove && (row.flashDirection == 0 || now - row.flashStartMs >= FlashRestartMs)) {
            row.flashDirection = quote.last > row.quote.last ? 1 : -1;
            row.flashStartMs = now;
            if (!m_flashTimer.isActive())
                m_flashTimer.start();
        }
        const bool firstQuote = !row.hasQuote;
        (firstQuote ? first : changed).append(r);
        row.quote = quote;
        row.hasQuote = true;
        if (firstQuote)
            row.freshness = quoteFreshness(freshnessInput(row));
    }
    // A row's first quote can change every cell; later ones only the quote's
    // cells, so the symbol and name (logo, badge) are not painted again, and
    // Session and Age follow at their own once-a-second pace.
    std::sort(first.begin(), first.end());
    emitRowRuns(first, 0, ColumnCount - 1);
    std::sort(changed.begin(), changed.end());
    emitRowRuns(changed, LastColumn, TimeColumn);
}

void QuoteTableModel::setFeedState(const QString &symbol, FeedState state, const QString &message)
{
    const int r = rowOf(symbol);
    if (r < 0)
        return;
    Row &row = m_rows[r];
    if (row.feedState == state && row.feedMessage == message)
        return;
    row.feedState = state;
    row.feedMessage = message;
    emitRowRuns({r}, 0, ColumnCount - 1);
}

void QuoteTableModel::setHiddenSymbols(const QStringList &hidden)
{
    QList<int> changed;
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        const bool hide = hidden.contains(row.symbol);
        if (row.hidden != hide) {
            row.hidden = hide;
            changed.append(r);
        }
    }
    if (changed.isEmpty())
        return;
    emitRowRuns(changed, SymbolColumn, SymbolColumn);
    Q_EMIT hiddenSymbolsChanged(hiddenSymbols());
}

QStringList QuoteTableModel::hiddenSymbols() const
{
    QStringList out;
    for (const Row &row : m_rows) {
        if (row.hidden)
            out.append(row.symbol);
    }
    return out;
}

bool QuoteTableModel::hasQuotes() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.hasQuote; });
}

int QuoteTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuoteTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuoteTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case SortRole:
        return sortData(row, column);
    case Qt::DecorationRole:
        return column == SymbolColumn ? QVariant(logo(row.symbol)) : QVariant();
    case Qt::CheckStateRole:
        return column == SymbolColumn ? QVariant(row.hidden ? Qt::Unchecked : Qt::Checked) : QVariant();
    case Qt::TextAlignmentRole:
        return alignment(column);
    case Qt::ForegroundRole:
        return foregroundData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case Qt::AccessibleTextRole:
        return accessibleData(row, column);
    case Qt::FontRole:
        if (column == SymbolColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RangeRole: {
        const Instrument *facts = instrument(row.symbol);
        if (!facts || !week52RangeIsPlausible(*facts))
            return {};
        return QVariant::fromValue(Week52Position{*facts->week52Low, *facts->week52High,
                                                  row.hasQuote ? row.quote.last : 0.0});
    }
    case FlashRole:
        return column == LastColumn ? flashLevel(row) : 0.0;
    case FeedStateRole:
        return int(row.feedState);
    case SeriesColorRole:
        return m_looks.value(row.symbol).color;
    case SymbolRole:
        return row.symbol;
    case StaleRole:
        return column == AgeColumn && row.freshness.stale;
    case MarketStateRole:
        return column == SessionColumn && row.freshness.state ? QVariant(int(*row.freshness.state)) : QVariant();
    case Qt::BackgroundRole:
        return backgroundData(row, column);
    default:
        return {};
    }
}

bool QuoteTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != SymbolColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    const bool hide = value.toInt() == Qt::Unchecked;
    if (row.hidden != hide) {
        row.hidden = hide;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
        Q_EMIT hiddenSymbolsChanged(hiddenSymbols());
    }
    return true;
}

QVariant QuoteTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(section);
    if (role == Qt::ToolTipRole && section == SymbolColumn)
        return tr("Untick a symbol to hide its line in the chart");
    if (role == Qt::ToolTipRole && section == SessionColumn)
        return tr("The market state of the symbol's exchange now");
    if (role == Qt::ToolTipRole && section == AgeColumn)
        return tr("How old the last quote is, and how late its provider delivers");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SymbolColumn: return tr("Symbol");
    case NameColumn: return tr("Name");
    case LastColumn: return tr("Last");
    case ChangeColumn: return tr("Change");
    case ChangePercentColumn: return tr("Change %");
    case VolumeColumn: return tr("Volume");
    case RangeColumn: return tr("52-week range");
    case TimeColumn: return tr("Time");
    case SessionColumn: return tr("Session");
    case AgeColumn: return tr("Age");
    default: return {};
    }
}

Qt::ItemFlags QuoteTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == SymbolColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;   // onto another watchlist's tab
    return f;
}

QStringList QuoteTableModel::mimeTypes() const
{
    return {QString::fromLatin1(SymbolMimeType), QStringLiteral("text/plain")};
}

QMimeData *QuoteTableModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList symbols;
    for (const QModelIndex &index : indexes) {
        const QString symbol = index.data(SymbolRole).toString();
        if (!symbol.isEmpty() && !symbols.contains(symbol))
            symbols.append(symbol);
    }
    if (symbols.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(SymbolMimeType), symbols.join(u'\n').toUtf8());
    data->setText(symbols.join(u", "));
    return data;
}

std::optional<double> QuoteTableModel::lastPrice(const QString &symbol) const
{
    const int row = rowOf(symbol);
    if (row < 0 || !m_rows.at(row).hasQuote)
        return std::nullopt;
    return m_rows.at(row).quote.last;
}

int QuoteTableModel::rowOf(const QString &symbol) const
{
    // Watchlists are tens of rows: a scan beats keeping an index in sync.
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).symbol == symbol)
            return r;
    }
    return -1;
}

const Instrument *QuoteTableModel::instrument(const QString &symbol) const
{
    const auto it = m_instruments.constFind(symbol);
    return it == m_instruments.cend() ? nullptr : &*it;
}

QPixmap QuoteTableModel::logo(const QString &symbol) const
{
    const auto cached = m_logos.constFind(symbol);
    if (cached != m_logos.cend())
        return *cached;
    const qreal dpr = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    const int pixels = qRound(LogoSize * dpr);
    const Instrument *facts = instrument(symbol);
    const SymbolLook look = m_looks.value(symbol);
    QPixmap pixmap = QPixmap::fromImage(facts ? logoImage(*facts, look, pixels) : letterMark(look, pixels));
    pixmap.setDevicePixelRatio(dpr);
    m_logos.insert(symbol, pixmap);
    return pixmap;
}

double QuoteTableModel::previousClose(const Row &row) const
{
    if (row.quote.previousClose > 0)
        return row.quote.previousClose;
    const Instrument *facts = instrument(row.symbol);
    return facts && facts->previousClose ? *facts->previousClose : 0.0;
}

double QuoteTableModel::flashLevel(const Row &row) const
{
    if (row.flashDirection == 0)
        return 0.0;
    const qint64 age = m_clock->nowMs() - row.flashStartMs;
    if (age >= FlashDurationMs)
        return 0.0;
    return row.flashDirection * (1.0 - double(age) / FlashDurationMs);
}

void QuoteTableModel::emitRowRuns(const QList<int> &rows, int firstColumn, int lastColumn)
{
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), firstColumn), index(rows.at(j), lastColumn));
        i = j + 1;
    }
}

void QuoteTableModel::handleFlashTimer()
{
    const qint64 now = m_clock->nowMs();
    QList<int> flashing;
    bool stillRunning = false;
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        if (row.flashDirection == 0)
            continue;
        flashing.append(r);
        // A finished flash gets one last repaint, at level 0.
        if (now - row.flashStartMs >= FlashDurationMs)
            row.flashDirection = 0;
        else
            stillRunning = true;
    }
    emitRowRuns(flashing, LastColumn, LastColumn);
    if (!stillRunning)
        m_flashTimer.stop();
}

FreshnessInput QuoteTableModel::freshnessInput(const Row &row) const
{
    FreshnessInput input;
    const Instrument *facts = instrument(row.symbol);
    input.venue = calendar::venueForInstrument(row.symbol, facts ? QStringView(facts->exchange) : QStringView());
    if (facts) {
        if (const ProviderSpec *spec = ProviderRegistry::find(facts->provider)) {
            input.delay = spec->delay.forVenue(input.venue);
            input.providerTitle = spec->title;
        }
    }
    if (row.hasQuote)
        input.quoteTimeMs = row.quote.timeMs;
    input.nowMs = m_clock->nowMs();
    return input;
}

void QuoteTableModel::handleFreshnessTimer()
{
    for (int r = 0; r < m_rows.size(); ++r) {
        Row &row = m_rows[r];
        const QuoteFreshness now = quoteFreshness(freshnessInput(row));
        const bool session = now.state != row.freshness.state || now.sessionText != row.freshness.sessionText;
        const bool age = now.ageText != row.freshness.ageText || now.stale != row.freshness.stale;
        row.freshness = now;
        if (session)
            Q_EMIT dataChanged(index(r, SessionColumn), index(r, SessionColumn));
        if (age)
            Q_EMIT dataChanged(index(r, AgeColumn), index(r, AgeColumn));
    }
}

} // namespace tickerline
