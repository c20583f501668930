#pragma once

#include "SymbolSearchTypes.h"

#include <QObject>
#include <QPointer>

QT_BEGIN_NAMESPACE
class QAction;
class QMainWindow;
QT_END_NAMESPACE

namespace tickerline {

class SecretStore;
class Settings;
class SymbolSearchPalette;
class SymbolSearchService;

// Symbol search for one main window: Edit → "Add Symbol…" (Ctrl+K) opens the
// quick-add palette, and the Tickers settings page, whenever the window opens
// its settings dialog, gets the same search under its add field. A chosen
// match is appended to the watchlist (Settings::setSymbols); one already
// listed is refused in the palette. Asks the simulated market and every
// keyless provider; Finnhub and Twelve Data once their key is found in the
// keychain or their environment variable.
class SymbolSearchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymbolSearchController)
public:
    // The keyless providers, the default cache file.
    [[nodiscard]] static SymbolSearchOptions defaultOptions();

    // secrets may be null (no keychain): keys then come from the environment only.
    SymbolSearchController(QMainWindow &window, Settings &settings, SecretStore *secrets,
                           const SymbolSearchOptions &options = defaultOptions());
    ~SymbolSearchController() override;

    [[nodiscard]] QAction *addSymbolAction() const { return m_action; }
    [[nodiscard]] SymbolSearchService &service() const { return *m_service; }
    // The palette, made on first use.
    SymbolSearchPalette *palette();

    // Adds the symbol to the watchlist; false (and said in the palette) when it is there already.
    bool addSymbol(const QString &symbol);

Q_SIGNALS:
    void symbolAdded(const QString &symbol);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleKeyRead(const QString &provider, const std::optional<QString> &key);
    void useKey(const QString &provider, const QString &key);

    QMainWindow &m_window;
    Settings &m_settings;
    SymbolSearchService *m_service = nullptr;
    QAction *m_action = nullptr;
    QPointer<SymbolSearchPalette> m_palette;
    QList<SymbolSearchSource> m_sources;
};

} // namespace tickerline
