#include "AlertLevelLayer.h"

#include "PriceLinesLayer.h"
#include "PriceText.h"

#include <QBrush>
#include <QChart>
#include <QGraphicsLineItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPen>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

// Above the lines and logo badges, below the crosshair.
constexpr qreal LevelZ = 25.0;
// How near (pixels) a press must be to a level's line to grab it.
constexpr qreal GrabPixels = 5.0;
constexpr qreal LabelPadding = 3.0;
constexpr qreal MarkWidth = 9.0;
constexpr qreal MarkHeight = 8.0;

QString levelText(const ChartAlertLevel &level)
{
    return level.symbol + (level.above ? u" \u2265 "_s : u" \u2264 "_s) + chartPriceText(level.level, QLocale());
}

template<typename Item>
Item *chartItem(QChart *chart)
{
    auto *item = new Item(chart);
    item->setZValue(LevelZ);
    item->setAcceptedMouseButtons(Qt::NoButton);
    item->hide();
    return item;
}

} // namespace

AlertLevelLayer::AlertLevelLayer(const ChartSurface &surface, const PriceLinesLayer &lines)
    : m_surface(surface)
    , m_lines(lines)
{
}

AlertLevelLayer::~AlertLevelLayer()
{
    // The items are the chart's children; the chart (the canvas's) outlives its layers.
    for (const auto &level : m_levels) {
        delete level->line;
        delete level->box;
    }
    for (const auto &mark : m_marks)
        delete mark->item;
}

void AlertLevelLayer::setLevels(const QList<ChartAlertLevel> &levels)
{
    m_dragged = nullptr;
    for (const auto &level : m_levels) {
        delete level->line;
        delete level->box;
    }
    m_levels.clear();
    for (const ChartAlertLevel &alert : levels) {
        auto level = std::make_unique<Level>();
        level->alert = alert;
        level->line = chartItem<QGraphicsLineItem>(m_surface.chart);
        level->line->setData(ChartItemNameKey, QString(u"alertLevel:"_s + alert.id));
        level->box = chartItem<QGraphicsRectItem>(m_surface.chart);
        level->box->setData(ChartItemNameKey, QString(u"alertLabel:"_s + alert.id));
        level->label = new QGraphicsSimpleTextItem(level->box);
        level->label->setFont(m_surface.chart->font());
        level->label->setPos(LabelPadding, LabelPadding / 2);
        m_levels.push_back(std::move(level));
    }
    if (m_frame)
        place(*m_frame);
}

void AlertLevelLayer::setMarks(const QList<ChartAlertMark> &marks)
{
    for (const auto &mark : m_marks)
        delete mark->item;
    m_marks.clear();
    for (const ChartAlertMark &alert : marks) {
        auto mark = std::make_unique<Mark>();
        mark->alert = alert;
        mark->item = chartItem<QGraphicsPolygonItem>(m_surface.chart);
        mark->item->setData(ChartItemNameKey,
                            QString(u"alertMark:"_s + alert.symbol + u':' + QString::number(alert.timeMs)));
        mark->item->setToolTip(alert.text);
        mark->item->setPolygon(
            QPolygonF({QPointF(0, -MarkHeight), QPointF(-MarkWidth / 2, 0), QPointF(MarkWidth / 2, 0)}));
        m_marks.push_back(std::move(mark));
    }
    if (m_frame)
        placeMarks();
}

void AlertLevelLayer::render(const ChartFrame &, ChartExtents &)
{
    // Levels do not widen the value range: a far-off level would flatten every line.
}

void AlertLevelLayer::place(const ChartFrame &frame)
{
    m_frame = frame;
    for (const auto &level : m_levels)
        placeLevel(*level);
    placeMarks();
}

void AlertLevelLayer::placeLevel(Level &level)
{
    const QRectF plot = m_surface.chart->plotArea();
    const auto at = m_frame ? m_lines.plotPosition(level.alert.symbol, m_frame->fromX, level.alert.level)
                            : std::nullopt;
    if (!at || at->y() < plot.top() || at->y() > plot.bottom()) {
        level.y.reset();
        level.line->hide();
        level.box->hide();
        return;
    }
    level.y = at->y();
    const QColor color = m_lines.lineColor(level.alert.symbol);
    QPen pen(color, 1.0, Qt::DashLine);
    pen.setCosmetic(true);
    level.line->setPen(pen);
    level.line->setLine(plot.left(), at->y(), plot.right(), at->y());
    level.line->show();

    level.label->setText(levelText(level.alert));
    level.label->setBrush(color.lightness() > 150 ? Qt::black : Qt::white);
    const QSizeF text = level.label->boundingRect().size();
    const QSizeF box(text.width() + 2 * LabelPadding, text.height() + LabelPadding);
    level.box->setRect(QRectF(QPointF(), box));
    level.box->setBrush(color);
    level.box->setPen(Qt::NoPen);
    // At the right edge, on the line, inside the plot.
    const qreal top = std::clamp(at->y() - box.height() / 2, plot.top(), plot.bottom() - box.height());
    level.box->setPos(plot.right() - box.width(), top);
    level.box->show();
}

void AlertLevelLayer::placeMarks()
{
    const QRectF plot = m_surface.chart->plotArea();
    for (const auto &mark : m_marks) {
        const auto &alert = mark->alert;
        const bool inView = m_frame && double(alert.timeMs) >= m_frame->fromX && double(alert.timeMs) <= m_frame->toX;
        // Any price gives the time's x; the line's colour says whose alert it was.
        const auto at = inView ? m_lines.plotPosition(alert.symbol, double(alert.timeMs), 1.0) : std::nullopt;
        if (!at) {
            mark->item->hide();
            continue;
        }
        const QColor color = m_lines.lineColor(alert.symbol);
        mark->item->setBrush(color);
        mark->item->setPen(QPen(color.darker(140), 1.0));
        mark->item->setPos(at->x(), plot.bottom());
        mark->item->show();
    }
}

AlertLevelLayer::Level *AlertLevelLayer::levelAt(QPointF at)
{
    const QRectF plot = m_surface.chart->plotArea();
    if (at.x() < plot.left() || at.x() > plot.right())
        return nullptr;
    Level *nearest = nullptr;
    qreal distance = GrabPixels;
    for (const auto &level : m_levels) {
        if (level->y && std::abs(*level->y - at.y()) <= distance) {
            distance = std::abs(*level->y - at.y());
            nearest = level.get();
        }
    }
    return nearest;
}

bool AlertLevelLayer::canGrab(QPointF at) const
{
    return const_cast<AlertLevelLayer *>(this)->levelAt(at) != nullptr;
}

void AlertLevelLayer::grab(QPointF at)
{
    m_dragged = levelAt(at);
}

void AlertLevelLayer::drag(QPointF at)
{
    if (!m_dragged)
        return;
    const QRectF plot = m_surface.chart->plotArea();
    const double y = std::clamp(at.y(), plot.top(), plot.bottom());
    m_dragged->alert.level = snapped(*m_dragged, y);
    placeLevel(*m_dragged);
}

void AlertLevelLayer::drop(QPointF at)
{
    if (!m_dragged)
        return;
    drag(at);
    Level *dropped = std::exchange(m_dragged, nullptr);
    if (m_moved)
        m_moved(dropped->alert.id, dropped->alert.level);
}

double AlertLevelLayer::snapped(const Level &level, double chartY) const
{
    const auto price = m_lines.priceAt(level.alert.symbol, chartY);
    if (!price || !std::isfinite(*price) || *price <= 0)
        return level.alert.level;
    // To the decimals the label shows: what the user sees is what is kept.
    const double scale = std::abs(*price) < 1.0 ? 1e4 : 1e2;
    return std::round(*price * scale) / scale;
}

void AlertLevelLayer::applyTheme(bool, const QFont &font)
{
    for (const auto &level : m_levels)
        level->label->setFont(font);
    if (m_frame)
        place(*m_frame);
}

} // namespace tickerline
