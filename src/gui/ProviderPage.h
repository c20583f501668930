#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class ProviderPage;
}

class QLineEdit;

namespace tickerline {

// Where quotes come from: the provider and the settings of its transport.
// Offers whatever ProviderRegistry knows, so new providers need no change here.
class ProviderPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderPage)
public:
    explicit ProviderPage(QWidget *parent = nullptr);
    ~ProviderPage() override;

    [[nodiscard]] QString title() const override;
    void load(const Settings &settings) override;
    void save(Settings &settings) override;

    // The dialog has a Providers page: "key needed" links to it.
    void setProvidersPageAvailable(bool available);

Q_SIGNALS:
    void providersPageRequested();

private:
    void updateProviderDetails();

    const std::unique_ptr<Ui::ProviderPage> m_ui;
    QLineEdit *m_serverUrlEdit = nullptr;   // provider "tickerline": the serving collector's URL
    bool m_providersPage = false;
};

} // namespace tickerline
