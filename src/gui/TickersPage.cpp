#include "TickersPage.h"
#include "ui_TickersPage.h"

#include "Settings.h"
#include "Symbol.h"
#include "SymbolSearchBox.h"
#include "SymbolSearchService.h"

#include <QAccessible>
#include <QLabel>
#include <QListWidget>
#include <QKeyEvent>
#include <QStyle>

namespace tickerline {

namespace {

// Red that stays readable on both light and dark window backgrounds.
QColor warningColor(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

} // namespace

TickersPage::TickersPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::TickersPage>())
{
    m_ui->setupUi(this);

    QPalette palette = m_ui->messageLabel->palette();
    palette.setColor(QPalette::WindowText, warningColor(palette));
    m_ui->messageLabel->setPalette(palette);
    // Keep the message row's height so the page does not jump when a message appears.
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->messageIcon->setFixedWidth(iconSize);
    m_ui->messageLabel->setMinimumHeight(qMax(iconSize, fontMetrics().height()));

    // A QLineEdit lets Return through to the dialog, which would press OK;
    // here Return means "add this symbol".
    m_ui->symbolEdit->installEventFilter(this);

    connect(m_ui->addButton, &QPushButton::clicked, this, &TickersPage::handleAdd);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &TickersPage::handleRemove);
    connect(m_ui->moveUpButton, &QPushButton::clicked, this, [this] { handleMove(-1); });
    connect(m_ui->moveDownButton, &QPushButton::clicked, this, [this] { handleMove(+1); });
    connect(m_ui->symbolEdit, &QLineEdit::textEdited, this, [this] {
        showProblem({});
        updateButtons();
    });
    connect(m_ui->symbolList, &QListWidget::currentRowChanged, this, &TickersPage::updateButtons);
    // Drag and drop reorders through the model, not through our buttons.
    connect(m_ui->symbolList->model(), &QAbstractItemModel::rowsMoved, this, &TickersPage::handleListEdited);
    updateButtons();
}

TickersPage::~TickersPage() = default;

QString TickersPage::title() const
{
    return tr("Tickers");
}

void TickersPage::load(const Settings &settings)
{
    m_ui->symbolList->clear();
    m_ui->symbolList->addItems(settings.symbols());
    m_ui->symbolList->setCurrentRow(0);
    m_ui->symbolEdit->clear();
    showProblem({});
    updateButtons();
}

bool TickersPage::validate()
{
    if (m_ui->symbolList->count() > 0)
        return true;
    showEmptyListProblem();
    m_ui->symbolEdit->setFocus();
    return false;
}

void TickersPage::setSymbolSearch(SymbolSearchService *service)
{
    if (m_search || !service)
        return;
    m_searchResults = new QListWidget(this);
    m_searchResults->setObjectName(QStringLiteral("symbolSearchResults"));
    m_searchResults->setAccessibleName(tr("Matches"));
    m_searchResults->setFocusPolicy(Qt::NoFocus);   // Up/Down in the field move it
    m_searchResults->setMaximumHeight(7 * fontMetrics().height());
    m_searchResults->hide();
    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("symbolSearchStatus"));
    m_searchStatus->hide();
    const int below = m_ui->pageLayout->indexOf(m_ui->addLayout) + 1;
    m_ui->pageLayout->insertWidget(below, m_searchResults);
    m_ui->pageLayout->insertWidget(below + 1, m_searchStatus);
    m_ui->symbolEdit->setPlaceholderText(tr("Symbol or name, e.g. AAPL or apple"));
    m_search = new SymbolSearchBox(*service, m_ui->symbolEdit, m_searchResults, m_searchStatus, this);
    connect(m_search, &SymbolSearchBox::matchChosen, this, [this](const SymbolMatch &match) {
        m_ui->symbolEdit->setText(match.symbol);
        handleAdd();
    });
    // Shown only while there is something to say.
    const auto updateVisibility = [this] {
        m_searchResults->setVisible(m_searchResults->count() > 0);
        m_searchStatus->setVisible(!m_searchStatus->text().isEmpty());
    };
    connect(m_searchResults->model(), &QAbstractItemModel::rowsInserted, this, updateVisibility);
    connect(m_searchResults->model(), &QAbstractItemModel::modelReset, this, updateVisibility);
    connect(m_searchResults->model(), &QAbstractItemModel::rowsRemoved, this, updateVisibility);
    connect(m_ui->symbolEdit, &QLineEdit::textChanged, this, updateVisibility);
    connect(service, &SymbolSearchService::resultsArrived, this, updateVisibility, Qt::QueuedConnection);
}

void TickersPage::save(Settings &settings)
{
    settings.setSymbols(symbols());
}

bool TickersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->symbolEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            handleAdd();
            return true;
        }
    }
    return SettingsPage::eventFilter(watched, event);
}

void TickersPage::handleAdd()
{
    // The text stays in the edit when refused, so the user can correct it.
    const SymbolCheck check = Symbol::check(m_ui->symbolEdit->text());
    if (!check.ok) {
        showProblem(check.reason);
        return;
    }
    if (symbols().contains(check.normalized)) {
        showProblem(tr("%1 is already in the watchlist.").arg(check.normalized));
        return;
    }
    m_ui->symbolList->addItem(check.normalized);
    m_ui->symbolList->setCurrentRow(m_ui->symbolList->count() - 1);
    m_ui->symbolEdit->clear();
    if (m_search)
        m_search->clear();
    m_ui->symbolEdit->setFocus();
    showProblem({});
    handleListEdited();
}

void TickersPage::handleRemove()
{
    const int row = m_ui->symbolList->currentRow();
    if (row < 0)
        return;
    delete m_ui->symbolList->takeItem(row);
    m_ui->symbolList->setCurrentRow(qMin(row, m_ui->symbolList->count() - 1));
    // Said now rather than at OK, while the user still remembers why.
    if (m_ui->symbolList->count() == 0)
        showEmptyListProblem();
    handleListEdited();
}

void TickersPage::handleMove(int offset)
{
    const int row = m_ui->symbolList->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_ui->symbolList->count())
        return;
    m_ui->symbolList->insertItem(target, m_ui->symbolList->takeItem(row));
    m_ui->symbolList->setCurrentRow(target);
    handleListEdited();
}

void TickersPage::handleListEdited()
{
    updateButtons();
    Q_EMIT edited();
}

void TickersPage::updateButtons()
{
    const int row = m_ui->symbolList->currentRow();
    const int count = m_ui->symbolList->count();
    m_ui->addButton->setEnabled(!m_ui->symbolEdit->text().trimmed().isEmpty());
    m_ui->removeButton->setEnabled(row >= 0);
    m_ui->moveUpButton->setEnabled(row > 0);
    m_ui->moveDownButton->setEnabled(row >= 0 && row < count - 1);
}

void TickersPage::showProblem(const QString &text)
{
    m_ui->messageLabel->setText(text);
    const int iconSize = m_ui->messageIcon->width();
    m_ui->messageIcon->setPixmap(text.isEmpty()
        ? QPixmap()
        : style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    // Screen readers get the reason both as an alert and on the edit it is about.
    m_ui->symbolEdit->setAccessibleDescription(text);
    if (!text.isEmpty()) {
        QAccessibleEvent alert(m_ui->messageLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void TickersPage::showEmptyListProblem()
{
    showProblem(tr("The watchlist needs at least one symbol."));
}

QStringList TickersPage::symbols() const
{
    QStringList result;
    result.reserve(m_ui->symbolList->count());
    for (int row = 0; row < m_ui->symbolList->count(); ++row)
        result.append(m_ui->symbolList->item(row)->text());
    return result;
}

} // namespace tickerline
