#pragma once

#include "core/engine/history.h"
#include "core/engine/predictions.h"
#include "core/store/samplestore.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <memory>
#include <optional>

namespace Analysis {
class AnomalyDetector;
}

namespace Engine {

// The refresh path's memory: for every watched series (the key metrics of every
// service), a rolling window of 5-minute history and, for as many series as the
// settings allow, the anomaly detector's state, so a refresh scores only the new
// buckets. Series without a kept detector are re-scored over their window. Each
// refresh also refits a short forecast per series (its limit crossing is a warning).
//
// Not thread-safe: one update at a time, on whichever pool thread runs it; the
// GUI thread never touches it.
class AnomalyWatch final
{
public:
    struct Input
    {
        qint64 windowEndMs = 0; // start of the newest complete bucket
        // New data (any range: points at or before a series' end are ignored), as the
        // history answers came, so nothing is copied.
        QVector<HistoryResultPtr> histories;
        QHash<QString, QString> projectOf;   // service id -> project id, for every watched service
        QHash<QString, double> limitOf;      // "serviceId/kind" -> degraded limit (NaN = none)
        QVector<Model::SeriesKey> watched;   // everything watched now; other series are forgotten
    };

    // One watched series' state.
    struct Series
    {
        Analysis::RegularSeries window;
        std::vector<float> scores;            // per window point
        std::unique_ptr<Analysis::AnomalyDetector> detector; // null: re-scored each time
        qint64 detectorFromMs = 0;            // first sample the kept detector saw
        std::optional<LimitWarning> warning;  // from the last refresh's forecast
    };

    explicit AnomalyWatch(AnalysisSettings settings);
    ~AnomalyWatch();
    AnomalyWatch(const AnomalyWatch &) = delete;
    AnomalyWatch &operator=(const AnomalyWatch &) = delete;

    // Null when cancelled (the state is then still consistent).
    AnomalySnapshotPtr update(const Input &input, quint64 generation, const std::atomic<bool> &cancelled);

    const Series *series(const Model::SeriesKey &key) const;
    int seriesCount() const { return int(m_series.size()); }
    int persistentDetectors() const { return m_persistent; }
    qint64 stepMs() const { return kStepMs; }
    // Bytes held (windows, scores, detectors): printed by the benchmark.
    qint64 approximateBytes() const;

    static constexpr qint64 kStepMs = 5 * 60 * 1000;
    static constexpr int kForecastHorizonSteps = 24 * 12; // a day ahead
    // An anomaly is current when one of the newest this many buckets is over the threshold.
    static constexpr int kCurrentBuckets = 3;

private:
    qsizetype append(Series &series, const Store::StoredSeries *data, qint64 windowEndMs) const;
    void score(Series &series, qsizetype firstNew);
    void forget(const Model::SeriesKey &key);

    AnalysisSettings m_settings;
    QHash<Model::SeriesKey, std::shared_ptr<Series>> m_series;
    int m_persistent = 0;
};

} // namespace Engine
