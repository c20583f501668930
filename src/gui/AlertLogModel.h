#pragma once

#include "AlertEvent.h"

#include <QAbstractTableModel>

namespace tickerline {

// The alerts that fired, newest first: when, symbol, rule, and the price (and
// time) of the tick that fired it. Holds at most maxEntries; the oldest go.
class AlertLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogModel)
public:
    enum Column { TimeColumn, SymbolColumn, RuleColumn, PriceColumn, ColumnCount };

    explicit AlertLogModel(int maxEntries, QObject *parent = nullptr);

    // Oldest first, as AlertLog::load() returns them.
    void setEvents(const AlertEventList &events);
    void addEvent(const AlertEvent &event);
    [[nodiscard]] AlertEvent event(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    const int m_maxEntries;
    AlertEventList m_events;   // oldest first; row 0 is the last
};

} // namespace tickerline
