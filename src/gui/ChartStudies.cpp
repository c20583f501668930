#include "ChartStudies.h"

#include "CandleChart.h"
#include "Derived.h"
#include "Indicators.h"
#include "PriceChart.h"
#include "Settings.h"
#include "StudySeries.h"

#include <algorithm>
#include <array>

namespace tickerline {

namespace {

constexpr int FrameMs = 16;

// Apart from the watchlist's line colours and from the up/down colours.
QColor studyColor(qsizetype index)
{
    static constexpr std::array<QRgb, 6> palette{0x9467bd, 0xff7f0e, 0x17becf, 0xe377c2, 0xbcbd22, 0x8c564b};
    return QColor::fromRgb(palette[std::size_t(index) % palette.size()]);
}

ChartOverlay overlay(const StudySpec &study, const QString &part, const QString &label, Series points,
                     QColor color, Qt::PenStyle style = Qt::SolidLine)
{
    ChartOverlay out;
    out.id = part.isEmpty() ? study.key() : study.key() + u'/' + part;
    out.label = label;
    out.points = std::move(points);
    out.color = std::move(color);
    out.style = style;
    out.secondaryAxis = study.isDerived();
    return out;
}

} // namespace

ChartStudies::ChartStudies(PriceChart *line, CandleChart *candles, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_line(line)
    , m_candles(candles)
    , m_settings(settings)
{
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(FrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &ChartStudies::update);
    connect(m_candles, &CandleChart::candlesChanged, this, &ChartStudies::scheduleUpdate);
    connect(m_candles, &CandleChart::viewRangeChanged, this, &ChartStudies::scheduleUpdate);
    connect(m_line, &PriceChart::viewRangeChanged, this, &ChartStudies::scheduleUpdate);
    if (m_settings)
        m_studies = studiesFromKeys(m_settings->value(Settings::Key::ChartStudies).toStringList());
    configureCandles();
    scheduleUpdate();
}

void ChartStudies::setSettings(Settings *settings)
{
    m_settings = nullptr;   // no saving while the saved list is applied
    if (settings)
        setStudies(studiesFromKeys(settings->value(Settings::Key::ChartStudies).toStringList()));
    m_settings = settings;
}

void ChartStudies::setStudies(const StudyList &studies)
{
    if (studies == m_studies)
        return;
    m_studies = studies;
    studiesEdited();
}

void ChartStudies::addStudy(const StudySpec &study)
{
    if (m_studies.contains(study))
        return;
    m_studies.append(study);
    studiesEdited();
}

void ChartStudies::removeStudy(qsizetype index)
{
    if (index < 0 || index >= m_studies.size())
        return;
    m_studies.removeAt(index);
    studiesEdited();
}

void ChartStudies::setSymbols(const QStringList &symbols)
{
    StudyList kept = m_studies;
    kept.removeIf([&](const StudySpec &s) {
        return !symbols.contains(s.symbol) || (s.isDerived() && !symbols.contains(s.otherSymbol));
    });
    setStudies(kept);
}

void ChartStudies::studiesEdited()
{
    if (m_settings)
        m_settings->setValue(Settings::Key::ChartStudies, studyKeys(m_studies));
    configureCandles();
    update();
    Q_EMIT studiesChanged(m_studies);
}

void ChartStudies::configureCandles()
{
    QStringList symbols;
    int warmup = 0;
    for (const StudySpec &s : std::as_const(m_studies)) {
        if (s.isDerived())
            continue;
        if (!symbols.contains(s.symbol))
            symbols.append(s.symbol);
        if (s.hasPeriod())
            warmup = std::max(warmup, s.kind == StudyKind::Ema ? 2 * s.period : s.period);
    }
    m_candles->setExtraSymbols(symbols);
    m_candles->setWarmupCandles(warmup);
}

bool ChartStudies::needsCandles() const
{
    return std::any_of(m_studies.cbegin(), m_studies.cend(), [](const StudySpec &s) { return !s.isDerived(); });
}

void ChartStudies::setCandleMode(bool candles)
{
    if (candles == m_candleMode)
        return;
    m_candleMode = candles;
    // The chart that is not shown draws nothing.
    if (m_candleMode)
        m_line->setOverlays({});
    else
        m_candles->setOverlays({});
    update();
}

void ChartStudies::scheduleUpdate()
{
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void ChartStudies::update()
{
    m_frameTimer.stop();
    const qint64 interval = m_candles->shownIntervalMs();
    const qint64 fromMs = m_candleMode ? m_candles->viewFromMs() : m_line->viewFromMs();
    const qint64 toMs = m_candleMode ? m_candles->viewToMs() : m_line->viewToMs();
    QList<ChartOverlay> out;
    for (qsizetype i = 0; i < m_studies.size(); ++i) {
        const StudySpec &s = m_studies.at(i);
        const QColor color = studyColor(i);
        const CandleSeries &candles = m_candles->candles(s.symbol);
        switch (s.kind) {
        case StudyKind::Sma:
            out.append(overlay(s, {}, s.label(), sma(candleCloses(candles, interval), s.period), color));
            break;
        case StudyKind::Ema:
            out.append(overlay(s, {}, s.label(), ema(candleCloses(candles, interval), s.period), color));
            break;
        case StudyKind::Vwap:
            out.append(overlay(s, {}, s.label(), atCandleCentres(vwap(candles), interval), color));
            break;
        case StudyKind::Bollinger: {
            const BollingerBands bands = bollinger(candleCloses(candles, interval), s.period, s.width);
            out.append(overlay(s, QStringLiteral("middle"), s.label(), bands.middle, color));
            out.append(overlay(s, QStringLiteral("upper"), tr("%1 upper").arg(s.label()), bands.upper, color,
                               Qt::DashLine));
            out.append(overlay(s, QStringLiteral("lower"), tr("%1 lower").arg(s.label()), bands.lower, color,
                               Qt::DashLine));
            break;
        }
        case StudyKind::Spread:
        case StudyKind::Ratio:
            out.append(overlay(s, {}, s.label(),
                               derive(m_line->bufferedSeries(s.symbol, fromMs, toMs),
                                      m_line->bufferedSeries(s.otherSymbol, fromMs, toMs),
                                      s.kind == StudyKind::Spread ? DerivedKind::Spread : DerivedKind::Ratio),
                               color));
            break;
        }
    }
    m_overlays = out;
    if (m_candleMode)
        m_candles->setOverlays(m_overlays);
    else
        m_line->setOverlays(m_overlays);
}

} // namespace tickerline
