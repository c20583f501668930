#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

namespace tickerline {

struct ProviderInfo;

// Why a secret-store request failed. detail is the backend's own wording for
// the user; it never holds a key.
struct SecretError
{
    enum class Code {
        None,
        NoBackendAvailable,   // no system keychain (Secret Service, KWallet, …) to keep keys in
        AccessDenied,         // the user refused, or the keychain stayed locked
        Failed,               // anything else; see detail
    };

    Code code = Code::None;
    QString detail;

    [[nodiscard]] bool ok() const { return code == Code::None; }
    friend bool operator==(const SecretError &, const SecretError &) = default;
};

// API keys by provider name (ProviderInfo::name), kept apart from Settings,
// the database and logs. Every request answers with exactly one signal, never
// from inside the call, and requests answer in the order they were made, so a
// read made after a write sees it.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    using QObject::QObject;
    ~SecretStore() override;

    virtual void readKey(const QString &provider) = 0;
    virtual void writeKey(const QString &provider, const QString &key) = 0;
    // Deleting a key that is not stored succeeds.
    virtual void deleteKey(const QString &provider) = 0;

    // What went wrong, in one sentence for the user, e.g. "No system keychain
    // is available."; empty when nothing did.
    [[nodiscard]] static QString problemText(const SecretError &error);
    // problemText() plus the way out: the provider's environment variable.
    [[nodiscard]] static QString errorText(const SecretError &error, const ProviderInfo &provider);

Q_SIGNALS:
    // key is nullopt when none is stored (no error) or when reading failed.
    void keyRead(const QString &provider, const std::optional<QString> &key, const tickerline::SecretError &error);
    void keyWritten(const QString &provider, const tickerline::SecretError &error);
    void keyDeleted(const QString &provider, const tickerline::SecretError &error);
};

} // namespace tickerline

Q_DECLARE_METATYPE(tickerline::SecretError)
