#pragma once

#include "ProviderKeyText.h"
#include "ProviderRegistry.h"
#include "SecretStore.h"

#include <QGroupBox>

#include <memory>
#include <optional>

namespace Ui {
class ProviderKeyRow;
}

namespace tickerline {

class SessionKeyStore;

// One provider's API key on the Providers page: a masked field for a new key,
// Save and Remove that act on the keychain at once, and a line saying where
// the key Tickerline will use comes from. The stored key itself is never
// shown or kept here; the row only learns whether there is one. Without a
// keychain, and when secrets is a SessionKeyStore, Save becomes "Use Until
// Quit": the key is held in memory for this run only.
class ProviderKeyRow final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderKeyRow)
public:
    ProviderKeyRow(SecretStore &secrets, const ProviderInfo &provider, QWidget *parent = nullptr);
    ~ProviderKeyRow() override;

    [[nodiscard]] const ProviderInfo &provider() const { return m_provider; }
    // Asks the keychain whether a key is stored.
    void refresh();
    // False, and the row says why, while a typed key waits for Save or is
    // being saved.
    [[nodiscard]] bool checkNothingUnsaved();

Q_SIGNALS:
    // The keychain does not exist; the page explains that once for all rows.
    void keychainMissing();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    using Busy = ProviderKeyState::Busy;
    using Stored = ProviderKeyState::Stored;

    void handleSave();
    void handleRemove();
    void handleKeyRead(const QString &provider, const std::optional<QString> &key, const tickerline::SecretError &error);
    void handleKeyWritten(const QString &provider, const tickerline::SecretError &error);
    void handleKeyDeleted(const QString &provider, const tickerline::SecretError &error);
    // Ends the request under way with this result.
    void finish(const SecretError &error);
    void updateWidgets();
    [[nodiscard]] ProviderKeyState state() const;
    [[nodiscard]] bool heldForSession() const;
    [[nodiscard]] bool environmentHasKey() const;
    [[nodiscard]] bool isMine(const QString &provider) const;

    SecretStore &m_secrets;
    SessionKeyStore *const m_session;   // null: no key without a keychain
    const ProviderInfo m_provider;
    const std::unique_ptr<Ui::ProviderKeyRow> m_ui;
    Busy m_busy = Busy::No;
    Stored m_stored = Stored::Unknown;
    SecretError m_error;          // of the last request
    QString m_outcome;            // what the last Save or Remove did
    bool m_noKeychain = false;
    bool m_unsavedWarning = false;
};

} // namespace tickerline
