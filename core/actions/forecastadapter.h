#pragma once

#include "core/actions/actiontypes.h"
#include "core/util/result.h"

namespace Actions {

// The analysis engine's forecaster seen from predictive pre-scaling: requests/s
// `horizonMs` ahead with the 95% band, and the backtest's accuracy folded into one
// figure in 0..1: (1 − sMAPE/100) × min(1, coverage / 0.95), unknown when the
// history is too short to backtest. Pure and thread-safe (runs on the pool).
Util::Result<ForecastEvidence> forecastTraffic(const QVector<Model::Sample> &history, qint64 stepMs,
                                               qint64 horizonMs);

} // namespace Actions
