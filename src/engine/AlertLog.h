#pragma once

#include "AlertEvent.h"

#include <QString>

namespace tickerline {

// The alerts that fired, newest last, as JSON lines in a file
// (alerts-log.jsonl in the app data folder). Bounded: once the file holds
// twice maxEntries lines it is rewritten with the newest maxEntries, so an
// append stays one short write and the file never grows without bound.
class AlertLog final
{
public:
    static constexpr int DefaultMaxEntries = 500;

    explicit AlertLog(QString filePath, int maxEntries = DefaultMaxEntries);

    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] int maxEntries() const { return m_maxEntries; }
    // The newest maxEntries events, oldest first; lines that do not parse are skipped.
    [[nodiscard]] AlertEventList load() const;
    bool append(const AlertEvent &event, QString *error = nullptr);

    [[nodiscard]] static QString defaultFilePath();

private:
    bool compact(QString *error);

    QString m_filePath;
    int m_maxEntries;
    int m_lines = -1;   // lines in the file, counted on the first append
};

} // namespace tickerline
