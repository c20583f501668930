#include "SymbolSearchBox.h"

#include "ProviderRegistry.h"
#include "SymbolSearchService.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

namespace tickerline {

namespace {

QString ageText(qint64 savedMs)
{
    const qint64 minutes = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - savedMs) / 60'000);
    if (minutes < 1)
        return SymbolSearchBox::tr("just now");
    if (minutes < 120)
        return SymbolSearchBox::tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return SymbolSearchBox::tr("%n h ago", nullptr, int(minutes / 60));
    return SymbolSearchBox::tr("%n days ago", nullptr, int(minutes / (24 * 60)));
}

} // namespace

SymbolSearchBox::SymbolSearchBox(SymbolSearchService &service, QLineEdit *edit, QListWidget *list, QLabel *status,
                                 QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_edit(edit)
    , m_list(list)
    , m_status(status)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_edit)
            m_asked = m_service.search(m_edit->text());
    });
    connect(m_edit, &QLineEdit::textEdited, this, &SymbolSearchBox::handleTextEdited);
    connect(&m_service, &SymbolSearchService::resultsArrived, this, &SymbolSearchBox::handleResults);
    connect(m_list, &QListWidget::itemActivated, this, [this] { chooseCurrent(); });
    m_edit->installEventFilter(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
}

QString SymbolSearchBox::providerTitle(const QString &provider)
{
    const ProviderSpec *spec = ProviderRegistry::find(provider);
    return spec ? spec->title : provider;
}

void SymbolSearchBox::clear()
{
    m_debounce.stop();
    m_asked = 0;
    m_matches.clear();
    if (m_list)
        m_list->clear();
    if (m_status)
        m_status->clear();
}

std::optional<SymbolMatch> SymbolSearchBox::currentMatch() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    if (row < 0 || row >= m_matches.size())
        return std::nullopt;
    return m_matches.at(row);
}

void SymbolSearchBox::handleTextEdited()
{
    if (m_edit->text().trimmed().isEmpty()) {
        clear();
        return;
    }
    m_status->setText(tr("Searching…"));
    m_debounce.start();
}

void SymbolSearchBox::handleResults(const SymbolSearchResult &result)
{
    if (result.id != m_asked || !m_list)
        return;
    const QString selected = currentMatch() ? currentMatch()->symbol : QString();
    m_matches = result.matches;
    m_list->clear();
    for (const SymbolMatch &match : std::as_const(m_matches)) {
        QStringList providers;
        for (const QString &provider : match.providers)
            providers.append(providerTitle(provider));
        QStringList details;
        for (const QString &part : {match.venue, match.currency, providers.join(QStringLiteral(", "))}) {
            if (!part.isEmpty())
                details.append(part);
        }
        QString text = match.symbol;
        if (!match.name.isEmpty() && match.name != match.symbol)
            text += QStringLiteral("  ") + match.name;
        QString second = details.join(QStringLiteral(" · "));
        if (match.cached)
            second += QStringLiteral("  ") + tr("(cached)");
        auto *item = new QListWidgetItem(text + u'\n' + second, m_list);
        if (!match.providerSymbol.isEmpty() && match.providerSymbol != match.symbol)
            item->setToolTip(tr("%1 spells it %2; added as %3.")
                                 .arg(providers.value(0), match.providerSymbol, match.symbol));
        item->setData(Qt::UserRole, match.symbol);
    }
    // Keep the user's place while later providers add matches.
    int row = -1;
    for (int i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).symbol == selected)
            row = i;
    }
    if (row < 0 && m_pickFirst && !m_matches.isEmpty())
        row = 0;
    m_list->setCurrentRow(row);
    m_status->setText(statusText(result));
}

QString SymbolSearchBox::statusText(const SymbolSearchResult &result) const
{
    QStringList lines;
    if (result.matches.isEmpty())
        lines.append(result.pending > 0 ? tr("Searching…") : tr("No match for \u201c%1\u201d.").arg(result.query));
    else if (result.pending > 0)
        lines.append(tr("Searching… (%n provider(s) still to answer)", nullptr, result.pending));
    QStringList offline;
    for (const SymbolSearchFailure &failure : result.failures) {
        const QString title = providerTitle(failure.provider);
        if (failure.offline && failure.cachedAtMs > 0)
            lines.append(tr("%1 is unreachable: showing its results cached %2.").arg(title, ageText(failure.cachedAtMs)));
        else if (failure.offline)
            offline.append(title);
        else
            lines.append(tr("%1: %2").arg(title, failure.message));
    }
    if (!offline.isEmpty())
        lines.append(tr("Unreachable (offline?): %1.").arg(offline.join(QStringLiteral(", "))));
    return lines.join(u'\n');
}

void SymbolSearchBox::chooseCurrent()
{
    if (const std::optional<SymbolMatch> match = currentMatch())
        Q_EMIT matchChosen(*match);
}

bool SymbolSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_list) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int count = m_list->count();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && count > 0) {
            const int row = m_list->currentRow();
            const int next = key == Qt::Key_Down ? std::min(row + 1, count - 1) : std::max(row - 1, 0);
            m_list->setCurrentRow(next);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && currentMatch()) {
            chooseCurrent();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tickerline
