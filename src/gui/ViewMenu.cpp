#include "ViewMenu.h"

#include "QuoteTableModel.h"
#include "Settings.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

// The names hidden columns are kept under: stable across versions and
// languages, unlike positions or titles.
struct HideableColumn
{
    int column;
    QLatin1String key;
    const char *text;   // the menu entry, with its mnemonic
};
constexpr HideableColumn HideableColumns[] = {
    {QuoteTableModel::NameColumn, "name"_L1, QT_TRANSLATE_NOOP("tickerline::ViewMenu", "&Name")},
    {QuoteTableModel::ChangeColumn, "change"_L1, QT_TRANSLATE_NOOP("tickerline::ViewMenu", "&Change")},
    {QuoteTableModel::ChangePercentColumn, "changePercent"_L1,
     QT_TRANSLATE_NOOP("tickerline::ViewMenu", "Change in &Percent")},
    {QuoteTableModel::VolumeColumn, "volume"_L1, QT_TRANSLATE_NOOP("tickerline::ViewMenu", "&Volume")},
    {QuoteTableModel::RangeColumn, "range"_L1, QT_TRANSLATE_NOOP("tickerline::ViewMenu", "&52-Week Range")},
    {QuoteTableModel::TimeColumn, "time"_L1, QT_TRANSLATE_NOOP("tickerline::ViewMenu", "&Time")},
    {QuoteTableModel::SessionColumn, "session"_L1, QT_TRANSLATE_NOOP("tickerline::ViewMenu", "&Session")},
    {QuoteTableModel::AgeColumn, "age"_L1, QT_TRANSLATE_NOOP("tickerline::ViewMenu", "&Age")},
};

QAction *toggle(QMenu *menu, const QString &text, const QString &objectName, bool checked)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setChecked(checked);
    return action;
}

} // namespace

ViewMenu::ViewMenu(QMenu *menu, Settings &settings, Parts parts, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_parts(std::move(parts))
{
    menu->addSeparator();
    m_chart = toggle(menu, tr("&Chart"), u"showChartAction"_s, settings.value(Settings::Key::ShowChart).toBool());
    m_chart->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_chartToolBar = toggle(menu, tr("Chart &Tool Bar"), u"showChartToolBarAction"_s,
                            settings.value(Settings::Key::ShowChartToolBar).toBool());
    m_chartToolBar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    QMenu *columns = menu->addMenu(tr("Watchlist C&olumns"));
    columns->setObjectName(u"watchlistColumnsMenu"_s);
    const QStringList hidden = settings.value(Settings::Key::HiddenWatchlistColumns).toStringList();
    for (const HideableColumn &c : HideableColumns) {
        QAction *action = toggle(columns, tr(c.text), u"showColumnAction_"_s + c.key, !hidden.contains(c.key));
        m_columns.append({c.column, action});
        connect(action, &QAction::toggled, this, [this] {
            QStringList keys;
            for (const HideableColumn &h : HideableColumns) {
                if (!columnAction(h.column)->isChecked())
                    keys.append(h.key);
            }
            m_settings.setValue(Settings::Key::HiddenWatchlistColumns, keys);
            applyColumns();
        });
    }
    if (!m_parts.dockToggles.isEmpty()) {
        menu->addSeparator();
        menu->addActions(m_parts.dockToggles);
    }

    connect(m_chart, &QAction::toggled, this, [this](bool shown) {
        m_settings.setValue(Settings::Key::ShowChart, shown);
        m_parts.chart->setVisible(shown);
        m_chartToolBar->setEnabled(shown);
    });
    connect(m_chartToolBar, &QAction::toggled, this, [this](bool shown) {
        m_settings.setValue(Settings::Key::ShowChartToolBar, shown);
        m_parts.chartToolBar->setVisible(shown);
    });
    m_parts.chart->setVisible(m_chart->isChecked());
    m_chartToolBar->setEnabled(m_chart->isChecked());
    m_parts.chartToolBar->setVisible(m_chartToolBar->isChecked());
    applyColumns();
}

QAction *ViewMenu::columnAction(int column) const
{
    for (const auto &[c, action] : m_columns) {
        if (c == column)
            return action;
    }
    return nullptr;
}

void ViewMenu::applyColumns()
{
    for (const auto &[column, action] : m_columns)
        m_parts.watchlist->setColumnHidden(column, !action->isChecked());
}

} // namespace tickerline
