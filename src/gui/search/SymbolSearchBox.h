#pragma once

#include "SymbolSearchTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace tickerline {

class SymbolSearchService;

// Symbol search behind a line edit: what is typed is searched after a short
// pause, the matches fill a list (symbol and name; venue · currency ·
// providers) and a label says "Searching…", "No match for …" or which
// provider failed. Up and Down in the edit move through the list; Return
// chooses the selected match (or, with pickFirst, the first one) — without a
// selection Return is left to the edit's owner. Used by the quick-add
// palette and the Tickers settings page.
class SymbolSearchBox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SymbolSearchBox)
public:
    static constexpr int DebounceMs = 200;

    SymbolSearchBox(SymbolSearchService &service, QLineEdit *edit, QListWidget *list, QLabel *status,
                    QObject *parent = nullptr);

    void setPickFirst(bool pickFirst) { m_pickFirst = pickFirst; }
    // Forget the shown answer (the list and label empty), e.g. after a choice.
    void clear();
    [[nodiscard]] std::optional<SymbolMatch> currentMatch() const;

    // "Yahoo Finance" for "yahoo"; the name itself when unknown.
    [[nodiscard]] static QString providerTitle(const QString &provider);

Q_SIGNALS:
    void matchChosen(const tickerline::SymbolMatch &match);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleTextEdited();
    void handleResults(const tickerline::SymbolSearchResult &result);
    void chooseCurrent();
    [[nodiscard]] QString statusText(const SymbolSearchResult &result) const;

    SymbolSearchService &m_service;
    QPointer<QLineEdit> m_edit;
    QPointer<QListWidget> m_list;
    QPointer<QLabel> m_status;
    QTimer m_debounce;
    quint64 m_asked = 0;            // the search this box waits for
    SymbolMatchList m_matches;      // as listed
    bool m_pickFirst = false;
};

} // namespace tickerline
