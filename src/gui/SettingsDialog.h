#pragma once

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class SettingsDialog;
}

namespace tickerline {

class SecretStore;
class Settings;
class ProviderPage;
class SettingsPage;

// Edits Settings page by page. Apply and OK write every page into Settings,
// which emits changed(key) for each value that actually changed; Cancel
// discards. Open it with open() (window-modal, no nested event loop).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    // defaultDatabaseLocation: the database used when no location is set
    // (TickStore::defaultLocation()), shown on the Data page. secrets: where
    // the Providers page keeps API keys; without it that page is left out.
    SettingsDialog(Settings &settings, const QString &defaultDatabaseLocation, SecretStore *secrets = nullptr,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Brings the Feed page (provider choice) to the front.
    void showFeedPage();

    // Saves first; stays open on the offending page when a page refuses.
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    // False when a page cannot be saved; nothing is written then.
    bool apply();
    [[nodiscard]] QPushButton *applyButton() const;
    // Grows (never shrinks) until every page fits, within the screen.
    void growToFit();

    Settings &m_settings;
    const std::unique_ptr<Ui::SettingsDialog> m_ui;
    QList<SettingsPage *> m_pages;
    ProviderPage *m_feedPage = nullptr;
};

} // namespace tickerline
