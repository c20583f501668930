#pragma once

#include "Settings.h"

#include <QJsonObject>
#include <QList>

namespace tickerline {

// A chart pane's choices as a workspace keeps them: the chart keys of its
// Settings (source, range, follow live, scale, bands, previous close, time
// zone, mode, candle interval, studies) as {"chart/range": "1D", …}.
namespace PaneState {

[[nodiscard]] const QList<Settings::Key> &keys();
[[nodiscard]] QJsonObject save(const Settings &settings);
// Why `state` cannot be applied (an unknown key, a value Settings refuses);
// empty when it can.
[[nodiscard]] QString problem(const QJsonObject &state);
// Sets every pane key: the state's value, or the default where it has none.
void apply(const QJsonObject &state, Settings &settings);

} // namespace PaneState

} // namespace tickerline
