#pragma once

#include <QList>
#include <QString>

namespace tickerline {

// A price alert's level as the chart draws it: a labelled horizontal line on
// its symbol's scale, which the user can drag to a new level.
struct ChartAlertLevel
{
    QString id;            // the rule's
    QString symbol;
    bool above = true;     // fires at or above the level (else at or below)
    double level = 0.0;
    friend bool operator==(const ChartAlertLevel &, const ChartAlertLevel &) = default;
};

// An alert that fired, marked on the time axis under its symbol's line.
struct ChartAlertMark
{
    QString symbol;
    qint64 timeMs = 0;     // of the tick that fired it
    QString text;          // what fired, for the tooltip
    friend bool operator==(const ChartAlertMark &, const ChartAlertMark &) = default;
};

} // namespace tickerline
