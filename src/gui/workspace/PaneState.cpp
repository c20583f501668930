#include "PaneState.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace tickerline::PaneState {

const QList<Settings::Key> &keys()
{
    using Key = Settings::Key;
    static const QList<Key> paneKeys{Key::ChartSource,      Key::ChartRange,       Key::ChartFollowLive,
                                     Key::ChartPriceScale,  Key::ChartShowBands,   Key::ChartShowPreviousClose,
                                     Key::ChartTimeZone,    Key::ChartMode,        Key::CandleIntervalMs,
                                     Key::ChartStudies};
    return paneKeys;
}

QJsonObject save(const Settings &settings)
{
    QJsonObject state;
    for (const Settings::Key key : keys())
        state.insert(Settings::keyName(key), QJsonValue::fromVariant(settings.value(key)));
    return state;
}

QString problem(const QJsonObject &state)
{
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        const std::optional<Settings::Key> key = Settings::keyNamed(it.key());
        if (!key || !keys().contains(*key))
            return QCoreApplication::translate("PaneState", "unknown chart setting \"%1\"").arg(it.key());
        if (const QString why = Settings::problemWith(*key, it.value().toVariant()); !why.isEmpty())
            return QCoreApplication::translate("PaneState", "%1: %2").arg(it.key(), why);
    }
    return {};
}

void apply(const QJsonObject &state, Settings &settings)
{
    for (const Settings::Key key : keys()) {
        const QJsonValue value = state.value(Settings::keyName(key));
        if (value.isUndefined())
            settings.reset(key);
        else
            settings.setValue(key, value.toVariant());
    }
}

} // namespace tickerline::PaneState
