#include "SymbolSearchController.h"

#include "ProviderRegistry.h"
#include "SecretStore.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "SymbolSearchCache.h"
#include "SymbolSearchPalette.h"
#include "SymbolSearchService.h"
#include "TickersPage.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>

namespace tickerline {

namespace {

const QStringList &keyProviders()
{
    static const QStringList providers{QStringLiteral("finnhub"), QStringLiteral("twelvedata")};
    return providers;
}

} // namespace

SymbolSearchOptions SymbolSearchController::defaultOptions()
{
    SymbolSearchOptions options;
    for (const char *provider : {"yahoo", "coinbase", "binance", "kraken"})
        options.sources.append({QString::fromLatin1(provider), {}, {}});
    options.cacheFile = SymbolSearchCache::defaultFile();
    return options;
}

SymbolSearchController::SymbolSearchController(QMainWindow &window, Settings &settings, SecretStore *secrets,
                                               const SymbolSearchOptions &options)
    : QObject(&window)
    , m_window(window)
    , m_settings(settings)
    , m_service(new SymbolSearchService(options, this))
    , m_action(new QAction(tr("&Add Symbol…"), this))
    , m_sources(options.sources)
{
    setObjectName(QStringLiteral("symbolSearchController"));
    m_action->setObjectName(QStringLiteral("addSymbolAction"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_action->setShortcutContext(Qt::WindowShortcut);
    m_action->setStatusTip(tr("Search symbols and names across the providers and add one to the watchlist"));
    window.addAction(m_action);
    if (auto *edit = window.findChild<QMenu *>(QStringLiteral("editMenu"))) {
        edit->addSeparator();
        edit->addAction(m_action);
    }
    connect(m_action, &QAction::triggered, this, [this] { palette()->popUp(); });
    // The settings dialog is the window's child: its Tickers page gets the search when it appears.
    window.installEventFilter(this);

    for (const QString &provider : keyProviders()) {
        const bool listed = std::any_of(m_sources.cbegin(), m_sources.cend(),
                                        [&](const SymbolSearchSource &s) { return s.provider == provider; });
        if (listed)
            continue;
        if (const QString key = ProviderRegistry::keyFromEnvironment(provider); !key.isEmpty())
            useKey(provider, key);
    }
    if (secrets) {
        connect(secrets, &SecretStore::keyRead, this,
                [this](const QString &provider, const std::optional<QString> &key, const SecretError &) {
                    handleKeyRead(provider, key);
                });
        for (const QString &provider : keyProviders())
            secrets->readKey(provider);
    }
}

SymbolSearchController::~SymbolSearchController() = default;

SymbolSearchPalette *SymbolSearchController::palette()
{
    if (!m_palette) {
        m_palette = new SymbolSearchPalette(*m_service, &m_window);
        connect(m_palette, &SymbolSearchPalette::matchChosen, this,
                [this](const SymbolMatch &match) { addSymbol(match.symbol); });
    }
    return m_palette;
}

bool SymbolSearchController::addSymbol(const QString &symbol)
{
    QStringList symbols = m_settings.symbols();
    if (symbols.contains(symbol)) {
        palette()->showRefusal(tr("%1 is already in the watchlist.").arg(symbol));
        return false;
    }
    symbols.append(symbol);
    m_settings.setSymbols(symbols);
    if (m_palette)
        m_palette->hide();
    Q_EMIT symbolAdded(symbol);
    return true;
}

void SymbolSearchController::handleKeyRead(const QString &provider, const std::optional<QString> &key)
{
    if (keyProviders().contains(provider) && key && !key->isEmpty())
        useKey(provider, *key);
}

void SymbolSearchController::useKey(const QString &provider, const QString &key)
{
    for (SymbolSearchSource &source : m_sources) {
        if (source.provider == provider) {
            if (source.apiKey == key)
                return;
            source.apiKey = key;
            m_service->setSources(m_sources);
            return;
        }
    }
    m_sources.append({provider, {}, key});
    m_service->setSources(m_sources);
}

bool SymbolSearchController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::ChildPolished) {
        auto *dialog = qobject_cast<SettingsDialog *>(static_cast<QChildEvent *>(event)->child());
        if (dialog) {
            if (auto *page = dialog->findChild<TickersPage *>())
                page->setSymbolSearch(m_service);
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tickerline
