#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class DataPage;
}

namespace tickerline {

class SecretStore;
struct SecretError;

// Where ticks are recorded, and for how long. The store opens its database
// once at start-up, so a new location applies from the next start; a new
// retention applies at once. A PostgreSQL URL's password goes to the system
// keychain (SecretStore, under storePasswordEntry()), never to Settings:
// typed into the URL (postgresql://user:secret@host/db) it is taken out of
// the URL and treated as typed into the password field.
class DataPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataPage)
public:
    // defaultLocation: the database used when the setting is empty, shown as
    // the edit's placeholder.
    // secrets: where a PostgreSQL password is kept; without one the password
    // field is disabled (PGPASSWORD is the way then).
    explicit DataPage(const QString &defaultLocation, SecretStore *secrets = nullptr, QWidget *parent = nullptr);
    ~DataPage() override;

    [[nodiscard]] QString title() const override;
    void load(const Settings &settings) override;
    void save(Settings &settings) override;

private:
    void handleBrowse();
    void movePasswordOutOfUrl();
    void updateButtons();
    void updatePassword();
    void handleKeyWritten(const QString &entry, const tickerline::SecretError &error);

    const std::unique_ptr<Ui::DataPage> m_ui;
    const QString m_defaultLocation;
    SecretStore *const m_secrets;
    QString m_savingEntry;   // the keychain entry being written
};

} // namespace tickerline
