#pragma once

#include "SettingsPage.h"

#include <QList>

#include <memory>

namespace Ui {
class ProvidersPage;
}

namespace tickerline {

class ProviderKeyRow;
class SecretStore;
struct ProviderInfo;

// API keys of the providers that need one, kept in the system keychain
// through a SecretStore. Keys are saved and removed by their own buttons, at
// once and without blocking, so OK and Cancel never touch them; without a
// keychain the page says so and names the environment variables instead.
class ProvidersPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPage)
public:
    // providers: every provider there is (ProviderRegistry::providers());
    // a row for each that needs a key.
    ProvidersPage(SecretStore &secrets, const QList<ProviderInfo> &providers, QWidget *parent = nullptr);
    ~ProvidersPage() override;

    [[nodiscard]] QString title() const override;
    void load(const Settings &settings) override;
    // Refuses while a typed key waits for Save, which would otherwise be
    // lost, or while one is being saved.
    [[nodiscard]] bool validate() override;
    void save(Settings &settings) override;

private:
    void showNoKeychain();

    const std::unique_ptr<Ui::ProvidersPage> m_ui;
    QList<ProviderKeyRow *> m_rows;
};

} // namespace tickerline
