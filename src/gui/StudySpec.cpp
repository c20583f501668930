#include "StudySpec.h"

#include "Symbol.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tickerline {

namespace {

constexpr int MaxPeriod = 10'000;

constexpr std::array<std::pair<StudyKind, QLatin1StringView>, 6> KindNames{{
    {StudyKind::Sma, "sma"_L1},
    {StudyKind::Ema, "ema"_L1},
    {StudyKind::Vwap, "vwap"_L1},
    {StudyKind::Bollinger, "bollinger"_L1},
    {StudyKind::Spread, "spread"_L1},
    {StudyKind::Ratio, "ratio"_L1},
}};

QLatin1StringView kindName(StudyKind kind)
{
    for (const auto &[k, name] : KindNames) {
        if (k == kind)
            return name;
    }
    return {};
}

std::optional<StudyKind> kindFromName(QStringView name)
{
    for (const auto &[k, n] : KindNames) {
        if (name == n)
            return k;
    }
    return std::nullopt;
}

std::optional<QString> validSymbol(const QString &text)
{
    const SymbolCheck check = Symbol::check(text);
    return check.ok ? std::optional(check.normalized) : std::nullopt;
}

} // namespace

bool StudySpec::hasPeriod() const
{
    return kind == StudyKind::Sma || kind == StudyKind::Ema || kind == StudyKind::Bollinger;
}

QString StudySpec::label() const
{
    switch (kind) {
    case StudyKind::Sma:
        return QCoreApplication::translate("tickerline", "SMA(%1) %2").arg(period).arg(symbol);
    case StudyKind::Ema:
        return QCoreApplication::translate("tickerline", "EMA(%1) %2").arg(period).arg(symbol);
    case StudyKind::Vwap:
        return QCoreApplication::translate("tickerline", "VWAP %1").arg(symbol);
    case StudyKind::Bollinger:
        return QCoreApplication::translate("tickerline", "Bollinger(%1, %2) %3")
            .arg(period)
            .arg(QLocale().toString(width, 'g', 3), symbol);
    case StudyKind::Spread:
        return QCoreApplication::translate("tickerline", "%1 \u2212 %2", "spread of two symbols").arg(symbol, otherSymbol);
    case StudyKind::Ratio:
        return QCoreApplication::translate("tickerline", "%1 / %2", "ratio of two symbols").arg(symbol, otherSymbol);
    }
    return symbol;
}

QString StudySpec::key() const
{
    QStringList parts{kindName(kind), symbol};
    if (isDerived())
        parts.append(otherSymbol);
    if (hasPeriod())
        parts.append(QString::number(period));
    if (kind == StudyKind::Bollinger)
        parts.append(QString::number(width, 'g', 17));
    return parts.join(u';');
}

std::optional<StudySpec> StudySpec::fromKey(const QString &key)
{
    const QStringList parts = key.split(u';');
    if (parts.size() < 2)
        return std::nullopt;
    const auto kind = kindFromName(parts.at(0));
    const auto symbol = validSymbol(parts.at(1));
    if (!kind || !symbol)
        return std::nullopt;
    StudySpec spec;
    spec.kind = *kind;
    spec.symbol = *symbol;
    qsizetype next = 2;
    if (spec.isDerived()) {
        const auto other = validSymbol(parts.value(next++));
        if (!other)
            return std::nullopt;
        spec.otherSymbol = *other;
    }
    if (spec.hasPeriod()) {
        bool ok = false;
        spec.period = parts.value(next++).toInt(&ok);
        if (!ok || spec.period < 1 || spec.period > MaxPeriod)
            return std::nullopt;
    }
    if (spec.kind == StudyKind::Bollinger) {
        bool ok = false;
        spec.width = parts.value(next++).toDouble(&ok);
        if (!ok || !(spec.width > 0.0) || spec.width > 10.0)
            return std::nullopt;
    }
    if (next != parts.size())
        return std::nullopt;
    return spec;
}

QStringList studyKeys(const StudyList &studies)
{
    QStringList keys;
    for (const StudySpec &study : studies)
        keys.append(study.key());
    return keys;
}

StudyList studiesFromKeys(const QStringList &keys)
{
    StudyList studies;
    for (const QString &key : keys) {
        if (const auto study = StudySpec::fromKey(key); study && !studies.contains(*study))
            studies.append(*study);
    }
    return studies;
}

} // namespace tickerline
