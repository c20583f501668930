#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace tickerline {

// One library Tickerline is built with, as the About dialog names it.
struct AboutComponent
{
    QString name;
    QString version;    // empty when it cannot be told
    QString licence;    // SPDX-like, for people: "LGPL-3.0", "Public domain"
    QString url;
};

// Help → About: Tickerline's version, the versions of Qt (running and built
// against) and of the other libraries, and their licences. A button copies
// the versions as plain text for bug reports.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Tickerline first, then the libraries, in display order.
    [[nodiscard]] static QList<AboutComponent> components();

    // The SQLite library behind Qt's QSQLITE driver, asked through a private
    // in-memory connection; empty when the driver is missing.
    [[nodiscard]] static QString sqliteVersion();

    // Versions and platform as plain text, one line each.
    [[nodiscard]] static QString versionsText();

private:
    void copyVersions();
};

} // namespace tickerline
