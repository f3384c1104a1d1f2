#pragma once

#include "core/engine/history.h"
#include "core/engine/predictions.h"
#include "core/model/workspace.h"

#include <atomic>
#include <functional>

namespace Engine {

// Everything one project analysis needs, gathered before it leaves for the pool.
struct AnalysisInput
{
    quint64 requestId = 0;
    AnalysisRequest request;
    AnalysisSettings settings;
    qint64 nowMs = 0;
    QVector<Model::Service> services; // the request's services, in the workspace's order
    // 5-minute history for forecasts and anomalies, hourly for capacity and cost.
    HistoryResultPtr fine;
    qint64 fineFromMs = 0;
    qint64 fineToMs = 0;
    HistoryResultPtr coarse;
    qint64 coarseFromMs = 0;
    qint64 coarseToMs = 0;
};

// The computation behind AnalysisResult: the analysis classes (Forecaster,
// Backtester, AnomalyDetector, CapacityPlanner, CostForecaster) run over the
// history, nothing else. Plain C++ without Qt's event loop: runs on a pool thread,
// checks `cancelled` between series, reports progress through a callback.
class AnalysisJob final
{
public:
    using Progress = std::function<void(int done, int total)>;

    // Null when cancelled.
    static AnalysisResultPtr run(const AnalysisInput &input, const std::atomic<bool> &cancelled,
                                 const Progress &progress = {});

    // The series a request reads, and over which windows (both also used to
    // build the history requests).
    static QVector<Model::MetricKind> fineKinds(const AnalysisRequest &request);
    static QVector<Model::MetricKind> coarseKinds(const AnalysisRequest &request);

    static constexpr qint64 kFineStepMs = 5 * 60 * 1000;
    static constexpr qint64 kCoarseStepMs = 60 * 60 * 1000;
};

} // namespace Engine
