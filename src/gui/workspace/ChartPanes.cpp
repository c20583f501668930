#include "ChartPanes.h"

#include "PaneState.h"
#include "PriceChart.h"
#include "SeriesPool.h"
#include "Settings.h"
#include "TimeUnits.h"

#include <QComboBox>
#include <QDockWidget>
#include <QMainWindow>
#include <QSignalBlocker>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace tickerline {

struct ChartPanes::Pane
{
    QString id;                       // "main", or the docked pane's number
    ChartPanel *panel = nullptr;
    Settings *settings = nullptr;     // the app's for the main pane, else `own`
    std::unique_ptr<Settings> own;
    QPointer<QDockWidget> dock;       // none for the main pane
    QComboBox *source = nullptr;
};

ChartPanes::ChartPanes(QMainWindow &window, ChartPanel &main, Settings &settings, const Clock &clock,
                       ChartPanel::HistorySource history, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_clock(clock)
    , m_history(std::move(history))
    , m_pool(std::make_unique<SeriesPool>())
    , m_liveWindowMs(qint64(settings.chartWindowDays()) * MsPerDay)
{
    m_main = &main;
    main.setSeriesPool(m_pool.get());
    main.setHistorySource(m_history);
    adopt(&main, settings, nullptr, nullptr);
}

ChartPanes::~ChartPanes()
{
    // The docks are the window's children; their charts must go before the pool they read.
    while (m_panes.size() > 1) {
        delete m_panes.back()->dock.data();
        m_panes.pop_back();
    }
    if (m_main)
        m_main->setSeriesPool(nullptr);
}

ChartPanes::Pane &ChartPanes::adopt(ChartPanel *panel, Settings &settings, std::unique_ptr<Settings> own,
                                    QDockWidget *dock)
{
    auto pane = std::make_unique<Pane>();
    pane->id = dock ? dock->objectName().mid(int(qstrlen("chartPane-"))) : u"main"_s;
    pane->panel = panel;
    pane->settings = &settings;
    pane->own = std::move(own);
    pane->dock = dock;
    pane->source = new QComboBox(panel);
    pane->source->setObjectName(u"paneSourceBox"_s);
    pane->source->setAccessibleName(tr("Chart shows"));
    pane->source->setToolTip(tr("What this chart shows: the watchlist, its selected row, another watchlist or one symbol"));
    pane->source->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    panel->toolBar()->addSeparator();
    panel->toolBar()->addWidget(pane->source);
    m_panes.push_back(std::move(pane));
    Pane &added = *m_panes.back();
    connectPane(added);
    fillSourceBox(added);
    applySource(added);
    return added;
}

void ChartPanes::connectPane(Pane &pane)
{
    Pane *p = &pane;
    connect(pane.source, &QComboBox::activated, this, [this, p](int index) {
        p->settings->setValue(Settings::Key::ChartSource, p->source->itemData(index));
    });
    connect(pane.settings, &Settings::changed, this, [this, p](Settings::Key key) {
        if (key == Settings::Key::ChartSource) {
            fillSourceBox(*p);
            applySource(*p);
        }
    });
    PriceChart *chart = pane.panel->priceChart();
    connect(chart, &PriceChart::crosshairMoved, this,
            [this, p](std::optional<qint64> timeMs) { linkCrosshair(*p, timeMs); });
    connect(chart, &PriceChart::rangeChangedByUser, this,
            [this, p](qint64 fromMs, qint64 toMs) { linkRange(*p, fromMs, toMs); });
}

ChartPanel *ChartPanes::addPane(const QJsonObject &state)
{
    return addPane(state, QString::number(m_nextId));
}

ChartPanel *ChartPanes::addPane(const QJsonObject &state, const QString &id)
{
    bool numeric = false;
    m_nextId = std::max(m_nextId, id.toInt(&numeric) + 1);
    auto own = std::make_unique<Settings>(Settings::InMemory{});
    own->setValue(Settings::Key::ChartBufferPoints, m_settings.value(Settings::Key::ChartBufferPoints));
    PaneState::apply(state, *own);

    auto *dock = new QDockWidget(&m_window);
    dock->setObjectName(u"chartPane-"_s + id);
    auto *panel = new ChartPanel(dock);
    panel->setObjectName(u"chartPanel-"_s + id);
    dock->setWidget(panel);
    panel->setClock(m_clock);
    panel->setSeriesPool(m_pool.get());
    panel->setHistorySource(m_history);
    if (m_liveWindowMs > 0)
        panel->setLiveWindowMs(m_liveWindowMs);
    panel->setSettings(own.get());
    panel->setInstruments(m_instruments);
    const bool firstDock = docks().isEmpty();
    m_window.addDockWidget(Qt::RightDockWidgetArea, dock);
    // The first pane beside the main chart gets a fair share of the width
    // (its tool bar's width would squeeze the main chart); later ones split it.
    if (firstDock)
        m_window.resizeDocks({dock}, {m_window.width() * 2 / 5}, Qt::Horizontal);
    Settings &paneSettings = *own;
    Pane &pane = adopt(panel, paneSettings, std::move(own), dock);
    dock->setWindowTitle(titleFor(pane));
    Q_EMIT paneAdded(panel);
    Q_EMIT panesChanged();
    return panel;
}

void ChartPanes::removeDockedPanes()
{
    if (m_panes.size() <= 1)
        return;
    while (m_panes.size() > 1) {
        std::unique_ptr<Pane> pane = std::move(m_panes.back());
        m_panes.pop_back();
        if (pane->dock) {
            m_window.removeDockWidget(pane->dock);
            delete pane->dock.data();   // the panel with it, before its settings
        }
    }
    m_nextId = 2;
    Q_EMIT panesChanged();
}

QList<ChartPanel *> ChartPanes::panels() const
{
    QList<ChartPanel *> out;
    for (const auto &pane : m_panes)
        out.append(pane->panel);
    return out;
}

QList<QDockWidget *> ChartPanes::docks() const
{
    QList<QDockWidget *> out;
    for (const auto &pane : m_panes) {
        if (pane->dock)
            out.append(pane->dock);
    }
    return out;
}

QJsonArray ChartPanes::saveDocked() const
{
    QJsonArray out;
    for (const auto &pane : m_panes) {
        if (pane->dock)
            out.append(QJsonObject{{"id"_L1, pane->id}, {"state"_L1, PaneState::save(*pane->settings)}});
    }
    return out;
}

void ChartPanes::restoreDocked(const QJsonArray &panes)
{
    removeDockedPanes();
    for (const QJsonValue &pane : panes) {
        const QJsonObject object = pane.toObject();
        addPane(object.value("state"_L1).toObject(), object.value("id"_L1).toString());
    }
}

QStringList ChartPanes::symbolsFor(const QString &source, QStringList *hidden) const
{
    hidden->clear();
    if (source == "selection"_L1) {
        if (!m_selected.isEmpty())
            return {m_selected};
        return m_watchlist.isEmpty() ? QStringList() : QStringList{m_watchlist.first()};
    }
    if (source.startsWith("list:"_L1)) {
        const QString name = source.mid(5);
        for (const Watchlist &list : m_lists) {
            if (list.name == name)
                return list.symbols;
        }
    }
    if (source.startsWith("symbols:"_L1))
        return source.mid(8).split(u',', Qt::SkipEmptyParts);
    *hidden = m_hidden;
    return m_watchlist;
}

void ChartPanes::fillSourceBox(Pane &pane)
{
    const QSignalBlocker blocker(pane.source);
    QComboBox *box = pane.source;
    box->clear();
    box->addItem(tr("Watchlist"), QString());
    box->addItem(tr("Selected row"), u"selection"_s);
    QStringList symbols;
    if (m_lists.size() > 1) {
        for (const Watchlist &list : std::as_const(m_lists))
            box->addItem(tr("List: %1").arg(list.name), QString(u"list:"_s + list.name));
    }
    for (const Watchlist &list : std::as_const(m_lists)) {
        for (const QString &symbol : list.symbols) {
            if (!symbols.contains(symbol))
                symbols.append(symbol);
        }
    }
    for (const QString &symbol : std::as_const(m_watchlist)) {
        if (!symbols.contains(symbol))
            symbols.append(symbol);
    }
    if (!symbols.isEmpty())
        box->insertSeparator(box->count());
    for (const QString &symbol : std::as_const(symbols))
        box->addItem(symbol, QString(u"symbols:"_s + symbol));
    const QString source = pane.settings->value(Settings::Key::ChartSource).toString();
    int index = box->findData(source);
    if (index < 0) {
        // A list or symbols no watchlist has now: still what the pane shows, said as it is.
        box->addItem(source.startsWith("list:"_L1) ? tr("List: %1").arg(source.mid(5)) : source.mid(8), source);
        index = box->count() - 1;
    }
    box->setCurrentIndex(index);
}

void ChartPanes::applySource(Pane &pane)
{
    QStringList hidden;
    const QStringList symbols = symbolsFor(pane.settings->value(Settings::Key::ChartSource).toString(), &hidden);
    pane.panel->setSymbols(symbols, hidden);
    pane.panel->priceChart()->setFocusedSymbol(m_selected);
    if (pane.dock)
        pane.dock->setWindowTitle(titleFor(pane));
}

QString ChartPanes::titleFor(const Pane &pane) const
{
    return tr("Chart %1 \u00b7 %2").arg(pane.id, pane.source->currentText());
}

void ChartPanes::setWatchlist(const QStringList &symbols, const QStringList &hidden)
{
    m_watchlist = symbols;
    m_hidden = hidden;
    for (const auto &pane : m_panes) {
        fillSourceBox(*pane);
        applySource(*pane);
    }
}

void ChartPanes::setWatchlists(const QList<Watchlist> &lists)
{
    if (lists == m_lists)
        return;
    m_lists = lists;
    for (const auto &pane : m_panes) {
        fillSourceBox(*pane);
        applySource(*pane);
    }
}

void ChartPanes::setSelectedSymbol(const QString &symbol)
{
    m_selected = symbol;
    for (const auto &pane : m_panes) {
        if (pane->settings->value(Settings::Key::ChartSource).toString() == "selection"_L1)
            applySource(*pane);
        else
            pane->panel->priceChart()->setFocusedSymbol(symbol);
    }
}

void ChartPanes::appendPoints(const SeriesMap &points)
{
    m_pool->append(points);   // once: every pane draws from the pool
}

void ChartPanes::setInstruments(const InstrumentList &instruments)
{
    m_instruments = instruments;
    for (const auto &pane : m_panes)
        pane->panel->setInstruments(instruments);
}

void ChartPanes::reload()
{
    for (const auto &pane : m_panes)
        pane->panel->reload();
}

void ChartPanes::reloadRange(const QStringList &symbols, qint64 fromMs, qint64 toMs)
{
    for (const auto &pane : m_panes)
        pane->panel->reloadRange(symbols, fromMs, toMs);
}

void ChartPanes::setLiveWindowMs(qint64 windowMs)
{
    m_liveWindowMs = windowMs;
    for (const auto &pane : m_panes)
        pane->panel->setLiveWindowMs(windowMs);
}

void ChartPanes::setBufferCapacity(qsizetype points)
{
    m_pool->setCapacity(points);
}

void ChartPanes::setNotice(const QString &text)
{
    m_notice = text;
    for (const auto &pane : m_panes)
        pane->panel->priceChart()->setNotice(text);
}

void ChartPanes::setCrosshairLinked(bool linked)
{
    m_crosshairLinked = linked;
    if (!linked) {
        for (const auto &pane : m_panes)
            pane->panel->priceChart()->showLinkedTime(std::nullopt);
    }
}

void ChartPanes::setRangesLinked(bool linked)
{
    m_rangesLinked = linked;
}

void ChartPanes::linkCrosshair(const Pane &from, std::optional<qint64> timeMs)
{
    if (!m_crosshairLinked)
        return;
    for (const auto &pane : m_panes) {
        if (pane.get() != &from)
            pane->panel->priceChart()->showLinkedTime(timeMs);
    }
}

void ChartPanes::linkRange(const Pane &from, qint64 fromMs, qint64 toMs)
{
    if (!m_rangesLinked)
        return;
    for (const auto &pane : m_panes) {
        if (pane.get() != &from)
            pane->panel->priceChart()->setViewRange(fromMs, toMs);
    }
}

} // namespace tickerline
