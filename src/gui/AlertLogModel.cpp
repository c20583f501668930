#include "AlertLogModel.h"

#include "QuoteFormat.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace tickerline {

namespace {

QString formatTime(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale;
    return locale.toString(time.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(time.time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

AlertLogModel::AlertLogModel(int maxEntries, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxEntries(std::max(1, maxEntries))
{
}

void AlertLogModel::setEvents(const AlertEventList &events)
{
    beginResetModel();
    m_events = events.mid(std::max<qsizetype>(0, events.size() - m_maxEntries));
    endResetModel();
}

void AlertLogModel::addEvent(const AlertEvent &event)
{
    if (m_events.size() >= m_maxEntries) {
        // The oldest is the last row.
        const int last = int(m_events.size()) - 1;
        beginRemoveRows({}, last, last);
        m_events.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_events.append(event);
    endInsertRows();
}

AlertEvent AlertLogModel::event(int row) const
{
    return m_events.value(m_events.size() - 1 - row);
}

int AlertLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AlertLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertEvent &e = m_events.at(m_events.size() - 1 - index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return formatTime(e.firedMs);
        case SymbolColumn: return e.symbol;
        case RuleColumn: return e.rule;
        case PriceColumn: return e.tick.price > 0 ? formatPrice(e.tick.price) : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (e.tick.timeMs > 0)
            return tr("Tick at %1: %2 \u00d7 %3")
                .arg(formatTime(e.tick.timeMs), formatPrice(e.tick.price), formatVolume(e.tick.size));
        return tr("No tick had arrived.");
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case SymbolColumn: return tr("Symbol");
    case RuleColumn: return tr("Alert");
    case PriceColumn: return tr("Price");
    }
    return {};
}

} // namespace tickerline
