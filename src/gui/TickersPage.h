#pragma once

#include "SettingsPage.h"

#include <memory>

namespace Ui {
class TickersPage;
}

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
QT_END_NAMESPACE

namespace tickerline {

class SymbolSearchBox;
class SymbolSearchService;

// The watchlist: which symbols, in which order. Symbols are checked as they
// are added, so the list only ever holds valid, distinct symbols.
class TickersPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TickersPage)
public:
    explicit TickersPage(QWidget *parent = nullptr);
    ~TickersPage() override;

    [[nodiscard]] QString title() const override;
    void load(const Settings &settings) override;
    [[nodiscard]] bool validate() override;
    void save(Settings &settings) override;

    // What is typed in the add field is also searched across the providers,
    // the matches listed under it; choosing one adds it. Without a service
    // (the default) the field takes symbols as typed only.
    void setSymbolSearch(SymbolSearchService *service);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleAdd();
    void handleRemove();
    void handleMove(int offset);
    void handleListEdited();
    void updateButtons();
    // An empty text hides the message.
    void showProblem(const QString &text);
    void showEmptyListProblem();
    [[nodiscard]] QStringList symbols() const;

    const std::unique_ptr<Ui::TickersPage> m_ui;
    SymbolSearchBox *m_search = nullptr;
    QListWidget *m_searchResults = nullptr;
    QLabel *m_searchStatus = nullptr;
};

} // namespace tickerline
