#pragma once

#include "AlertRule.h"

#include <QString>

namespace tickerline {

// The alert rules in one small JSON file (alerts.json in the app data folder):
// rules are a list of nested records with a firing history, which the flat,
// typed Settings table does not fit; a file of their own is also one the
// collector can read without the GUI's settings.
class AlertRuleStore final
{
public:
    explicit AlertRuleStore(QString filePath);

    [[nodiscard]] QString filePath() const { return m_filePath; }
    // The stored rules; none when the file does not exist. Records that are
    // not rules are skipped; an unreadable file is reported through error.
    [[nodiscard]] AlertRuleList load(QString *error = nullptr) const;
    // Writes all rules at once: the file is complete or unchanged.
    bool save(const AlertRuleList &rules, QString *error = nullptr) const;

    [[nodiscard]] static QString defaultFilePath();

private:
    QString m_filePath;
};

} // namespace tickerline
