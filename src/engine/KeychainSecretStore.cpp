#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QLoggingCategory>

#ifdef TICKERLINE_SECRET_SERVICE_PROBE
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "tickerline.secrets")

// libsecret reports a missing session bus or Secret Service as a generic
// error ("Cannot autolaunch D-Bus without X11 $DISPLAY"); the user needs to
// hear "there is no keychain" instead. Asked only after a failure; the bus
// calls are local round trips.
bool secretServiceMissing()
{
#ifdef TICKERLINE_SECRET_SERVICE_PROBE
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return true;
    const QDBusConnectionInterface *daemon = bus.interface();
    const QString name = u"org.freedesktop.secrets"_s;
    return !daemon->isServiceRegistered(name).value() && !daemon->activatableServiceNames().value().contains(name);
#else
    return false;
#endif
}

SecretError errorOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {SecretError::Code::NoBackendAvailable, job.errorString()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {SecretError::Code::AccessDenied, job.errorString()};
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (secretServiceMissing())
        return {SecretError::Code::NoBackendAvailable, job.errorString()};
    return {SecretError::Code::Failed, job.errorString()};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(u"Tickerline"_s, parent)
{
}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent)
    , m_service(service)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::readKey(const QString &provider)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    connect(job, &QKeychain::Job::finished, this, [this, provider, job] {
        if (job->error() == QKeychain::NoError) {
            qCDebug(lcSecrets) << "read the key of" << provider;
            Q_EMIT keyRead(provider, job->textData(), {});
            return;
        }
        if (job->error() == QKeychain::EntryNotFound) {
            qCDebug(lcSecrets) << "no key stored for" << provider;
            Q_EMIT keyRead(provider, std::nullopt, {});
            return;
        }
        const SecretError error = errorOf(*job);
        qCDebug(lcSecrets) << "reading the key of" << provider << "failed:" << error.detail;
        Q_EMIT keyRead(provider, std::nullopt, error);
    });
    start(job, provider);
}

void KeychainSecretStore::writeKey(const QString &provider, const QString &key)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this, provider, job] {
        const SecretError error = errorOf(*job);
        if (error.ok())
            qCDebug(lcSecrets) << "stored the key of" << provider;
        else
            qCDebug(lcSecrets) << "storing the key of" << provider << "failed:" << error.detail;
        Q_EMIT keyWritten(provider, error);
    });
    start(job, provider);
}

void KeychainSecretStore::deleteKey(const QString &provider)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    connect(job, &QKeychain::Job::finished, this, [this, provider, job] {
        const SecretError error = job->error() == QKeychain::EntryNotFound ? SecretError{} : errorOf(*job);
        if (error.ok())
            qCDebug(lcSecrets) << "deleted the key of" << provider;
        else
            qCDebug(lcSecrets) << "deleting the key of" << provider << "failed:" << error.detail;
        Q_EMIT keyDeleted(provider, error);
    });
    start(job, provider);
}

void KeychainSecretStore::start(QKeychain::Job *job, const QString &provider)
{
    // No parent: the keychain backends hold the job until their callback
    // runs, so it must outlive this store if need be; it deletes itself once
    // finished, and `this` as the connection's context drops the answer.
    job->setAutoDelete(true);
    // The default already, but a plain-text file is exactly what must never
    // happen, so it is said here and not left to a library default.
    job->setInsecureFallback(false);
    job->setKey(provider);
    job->start();
}

} // namespace tickerline
