#include "SymbolSearchPalette.h"

#include "SymbolSearchBox.h"

#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tickerline {

SymbolSearchPalette::SymbolSearchPalette(SymbolSearchService &service, QWidget *window)
    : QFrame(window)
    , m_edit(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("symbolSearchPalette"));
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Raised);
    setAutoFillBackground(true);
    setAccessibleName(tr("Add symbol"));
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);

    m_edit->setObjectName(QStringLiteral("symbolSearchEdit"));
    m_edit->setPlaceholderText(tr("Search symbol or name, e.g. AAPL, apple, bitcoin"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Search symbol or name"));
    m_list->setObjectName(QStringLiteral("symbolSearchResults"));
    m_list->setAccessibleName(tr("Matches"));
    m_list->setFocusPolicy(Qt::NoFocus);   // keys stay in the field; Up/Down move the list
    m_list->setUniformItemSizes(true);
    m_status->setObjectName(QStringLiteral("symbolSearchStatus"));
    m_refusal->setObjectName(QStringLiteral("symbolSearchRefusal"));
    m_refusal->setWordWrap(true);
    QFont bold = m_refusal->font();
    bold.setBold(true);
    m_refusal->setFont(bold);
    m_refusal->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->addWidget(m_edit);
    layout->addWidget(m_refusal);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    m_box = new SymbolSearchBox(service, m_edit, m_list, m_status, this);
    m_box->setPickFirst(true);
    connect(m_box, &SymbolSearchBox::matchChosen, this, &SymbolSearchPalette::matchChosen);
    connect(m_edit, &QLineEdit::textEdited, m_refusal, &QWidget::hide);
    connect(qApp, &QApplication::focusChanged, this, &SymbolSearchPalette::handleFocusChanged);
    window->installEventFilter(this);
    hide();
}

void SymbolSearchPalette::popUp()
{
    place();
    m_refusal->hide();
    show();
    raise();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SymbolSearchPalette::showRefusal(const QString &text)
{
    m_refusal->setText(text);
    m_refusal->setVisible(!text.isEmpty());
}

void SymbolSearchPalette::place()
{
    const QWidget *window = parentWidget();
    const int width = std::clamp(window->width() * 2 / 3, std::min(window->width(), 360), 640);
    const int height = std::min(window->height() - 40, 22 * fontMetrics().height());
    setGeometry((window->width() - width) / 2, 40, width, std::max(height, 160));
}

bool SymbolSearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

void SymbolSearchPalette::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        parentWidget()->setFocus();
        return;
    }
    QFrame::keyPressEvent(event);
}

void SymbolSearchPalette::handleFocusChanged(QWidget *, QWidget *now)
{
    if (isVisible() && now && !isAncestorOf(now) && now != this)
        hide();
}

} // namespace tickerline
