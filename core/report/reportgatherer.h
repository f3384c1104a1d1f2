#pragma once

#include "core/cost/pricetable.h"
#include "core/report/reporttypes.h"
#include "core/util/result.h"

#include <atomic>
#include <functional>

class QSqlDatabase;

namespace Report {

// Progress of long report work: `done` of `total` steps. Called on the working thread.
using ProgressFn = std::function<void(int done, int total)>;

// Collects a report's figures from the local store only, never from a source, so a
// report can be written with every source down. Runs on any thread that owns `db`
// (a read-only connection of its own); checks `cancel` between services.
class ReportGatherer final
{
public:
    // Anomaly runs start at this causal score (Analysis::AnomalyDetector, 0..1): the
    // threshold the predictions view marks anomalies at.
    static constexpr double kAnomalyThreshold = 0.8;
    // A capacity projection needs this much history: with fewer daily peaks the
    // growth's uncertainty makes the replicas needed meaningless.
    static constexpr int kCapacityMinDays = 14;
    // The newest decided actions read from the log (a period rarely holds more).
    static constexpr int kMaxActions = 20000;
    // Forecasts look this far past the end of the period.
    static constexpr qint64 kForecastHorizonMs = 48LL * 3600 * 1000;

    // `catalog`: the price tables of the cost section; null = the built-in ones.
    explicit ReportGatherer(Cost::PriceCatalogPtr catalog = {});

    // The bucket a period is summarised at: 5-minute rollups up to three days, hourly beyond.
    static qint64 bucketFor(qint64 fromMs, qint64 toMs);

    Util::Result<ReportData> gather(QSqlDatabase &db, const Model::Workspace &workspace, const ReportRequest &request,
                                    const ProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr) const;

    static Util::Error cancelledError();

private:
    Cost::PriceCatalogPtr m_catalog;
};

} // namespace Report
