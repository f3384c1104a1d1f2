#pragma once

// Value types of the engine's analysis (forecasts, accuracy, anomalies, capacity,
// cost) as the UI receives them: immutable snapshots handed over by queued signals.

#include "core/analysis/analysistypes.h"
#include "core/model/series.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace Engine {

// Knobs of the analysis wiring; defaults are what the app runs with.
struct AnalysisSettings
{
    // Until the cost model knows each provider's price list, cost is replica-hours
    // times this price (docs/analysis.md, "What the operator sees").
    double pricePerReplicaHour = 0.04;
    QString currency = QStringLiteral("USD");
    // Scores at or above this are anomalies (markers, alerts).
    double anomalyThreshold = 0.8;
    // The refresh path keeps this much 5-minute history per watched series.
    int watchWindowDays = 3;
    // Detectors kept between refreshes (about 150-200 KB each); series beyond this
    // are re-scored over their window at every refresh instead.
    int maxPersistentDetectors = 160;
    // Project predictions: 5-minute history for forecasts, hourly for capacity and cost.
    int forecastHistoryDays = 14;
    int capacityHistoryDays = 90;
    int capacityHorizonDays = 180;
    // Worker threads for analysis jobs (0 = one per core).
    int threads = 0;
};

// What a view asks the analysis to compute, for one project.
struct AnalysisRequest
{
    QString projectId;
    QStringList serviceIds;                    // empty: every service of the project
    QVector<Model::MetricKind> forecastKinds;  // empty: requests/s, p95 latency, CPU, memory
    qint64 horizonMs = 48LL * 3600 * 1000;
    bool backtest = true;
    bool capacity = true;
    bool cost = true;

    static QVector<Model::MetricKind> defaultForecastKinds()
    {
        return {Model::MetricKind::Rps, Model::MetricKind::LatencyP95, Model::MetricKind::Cpu,
                Model::MetricKind::Memory};
    }
};

// One anomaly and the evidence an operator needs to judge it: what was seen, what
// was expected at that time and how sure the detector is. Small on purpose, so
// alerts and incidents can carry it later.
struct AnomalyAlert
{
    QString serviceId;
    QString projectId;
    Model::MetricKind kind = Model::MetricKind::Rps;
    qint64 startMs = 0;  // first sample of the episode over the threshold
    qint64 endMs = 0;    // last one
    qint64 atMs = 0;     // the most anomalous sample
    double value = std::numeric_limits<double>::quiet_NaN();
    // Forecast for atMs made from the history before the episode: the usual value at
    // that time, and its 95% band. NaN when no forecast could be made.
    double expected = std::numeric_limits<double>::quiet_NaN();
    double lower = std::numeric_limits<double>::quiet_NaN();
    double upper = std::numeric_limits<double>::quiet_NaN();
    double score = 0.0;  // in [0,1]
    bool ongoing = false; // the episode reaches the newest sample

    bool hasExpectation() const { return std::isfinite(expected); }
};

// Forecast, accuracy and anomalies of one series.
struct SeriesAnalysis
{
    Model::SeriesKey key;
    Analysis::RegularSeries history; // what was analysed, on a regular grid (NaN = missing)
    std::vector<float> scores;       // anomaly score per history point
    bool forecastOk = false;
    QString forecastError;           // why there is no forecast, translated
    Analysis::Forecast forecast;     // with .accuracy when a backtest was asked for
    QVector<AnomalyAlert> anomalies; // episodes over the threshold, newest first
    // Where the 48-hour forecast reaches the service's limit (0 = it does not).
    double limit = std::numeric_limits<double>::quiet_NaN();
    qint64 limitCrossingMs = 0;
    qint64 limitCrossingEarliestMs = 0;
    qint64 limitCrossingLatestMs = 0;
};

// One row of the capacity table.
struct CapacityRow
{
    enum class Basis { DailyPeaks, ShortForecast };

    QString serviceId;
    Model::MetricKind kind = Model::MetricKind::Cpu;
    bool ok = false;
    QString error;               // why there is no projection, translated
    bool replicasApply = false;  // adding replicas lowers this metric (CPU does; disk does not)
    Analysis::CapacityProjection projection;
    // The 95th percentile of the last 24 hours of 5-minute samples: today's peak as
    // measured, beside the projection's fitted one (NaN without recent data).
    double recentPeak = std::numeric_limits<double>::quiet_NaN();
    // The projection of daily peaks is blind to what happens within days (a leak that
    // started yesterday): when the 48-hour forecast reaches the limit first, its
    // crossing is the one shown, and the projection's replica figures (needed, low,
    // high) and explanation are then the forecast's: sized for the highest point of its
    // band within the 48 hours, not for a date months away.
    Basis basis = Basis::DailyPeaks;
    qint64 crossingMs = 0;         // 0 = the median projection does not cross within the horizon
    qint64 crossingEarliestMs = 0; // the band's upper edge reaches the limit (0 = not within the horizon)
    qint64 crossingLatestMs = 0;   // the band's lower edge does (0 = later than the horizon)
};

struct ServiceCost
{
    QString serviceId;
    bool ok = false;
    QString error;
    double replicasNow = std::numeric_limits<double>::quiet_NaN();
    Analysis::CostForecast cost;
};

// Everything computed for one AnalysisRequest.
struct AnalysisResult
{
    quint64 requestId = 0;
    AnalysisRequest request;
    qint64 nowMs = 0;   // the engine's clock when the request was made
    qint64 dataEndMs = 0; // last sample analysed
    QVector<SeriesAnalysis> series;
    QVector<CapacityRow> capacity;
    QVector<ServiceCost> costs;
    bool projectCostOk = false;
    Analysis::CostForecast projectCost; // sum of the services with a cost forecast
    double pricePerReplicaHour = 0;
    QString currency;
    AnalysisSettings settings; // what it was computed with (windows, threshold, price)
    bool stale = false; // part of the history came from the store only
    QString message;    // why, when stale
    QString error;      // why nothing was computed (an unknown project), translated
    double cpuMs = 0;   // worker time spent

    const SeriesAnalysis *find(const QString &serviceId, Model::MetricKind kind) const
    {
        for (const SeriesAnalysis &s : series)
            if (s.key.serviceId == serviceId && s.key.kind == kind)
                return &s;
        return nullptr;
    }
    const ServiceCost *cost(const QString &serviceId) const
    {
        for (const ServiceCost &c : costs)
            if (c.serviceId == serviceId)
                return &c;
        return nullptr;
    }
};

using AnalysisResultPtr = std::shared_ptr<const AnalysisResult>;

// A limit the day-ahead forecast made at the last refresh reaches ("memory reaches
// 85% around 23:40"), or at least its 95% band does ("may reach ... from 20:05").
struct LimitWarning
{
    QString serviceId;
    QString projectId;
    Model::MetricKind kind = Model::MetricKind::Cpu;
    double limit = 0;
    double current = std::numeric_limits<double>::quiet_NaN();
    qint64 crossingMs = 0; // the point forecast (0 = it stays under the limit)
    qint64 earliestMs = 0; // the band's upper edge (always set)
    qint64 latestMs = 0;   // the band's lower edge (0 = it stays under the limit)
};

// The newest 5-minute bucket's anomaly score of one watched series.
struct SeriesScore
{
    QString serviceId;
    Model::MetricKind kind = Model::MetricKind::Rps;
    qint64 atMs = 0; // start of the bucket
    double score = std::numeric_limits<double>::quiet_NaN(); // NaN: the bucket has no value
};

// The refresh path's answer: anomalies on the fleet's key series right now.
struct AnomalySnapshot
{
    quint64 generation = 0;
    qint64 atMs = 0;        // end of the newest complete 5-minute bucket analysed
    int seriesWatched = 0;
    int persistentDetectors = 0;
    double cpuMs = 0;       // worker time of this refresh's analysis
    QVector<AnomalyAlert> current; // series anomalous in their newest samples, worst first
    QVector<LimitWarning> warnings; // by the earliest crossing
    // Every watched series' newest score, in watch order. Anomaly-score alert rules
    // read these, so each series has one detector in the whole app (docs/alerts.md).
    QVector<SeriesScore> scores;

    const AnomalyAlert *worstFor(const QString &serviceId) const
    {
        for (const AnomalyAlert &a : current)
            if (a.serviceId == serviceId)
                return &a; // sorted worst first
        return nullptr;
    }
    const LimitWarning *warningFor(const QString &serviceId) const
    {
        for (const LimitWarning &w : warnings)
            if (w.serviceId == serviceId)
                return &w; // sorted by the earliest crossing
        return nullptr;
    }
    int countFor(const QString &serviceId) const
    {
        int n = 0;
        for (const AnomalyAlert &a : current)
            n += a.serviceId == serviceId ? 1 : 0;
        return n;
    }
};

using AnomalySnapshotPtr = std::shared_ptr<const AnomalySnapshot>;

} // namespace Engine

Q_DECLARE_METATYPE(Engine::AnalysisRequest)
Q_DECLARE_METATYPE(Engine::AnalysisResultPtr)
Q_DECLARE_METATYPE(Engine::AnomalySnapshotPtr)
