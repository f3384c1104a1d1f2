#pragma once

#include "core/analysis/analysistypes.h"
#include "core/util/result.h"

namespace Analysis {

// Months-ahead capacity projection: "CPU p95 crosses 80% around 12 March 2027 at
// +15%/month; 4 replicas needed then". The series is reduced to one peak statistic per
// day (a high quantile of the day's samples), a robust exponential (or, when asked,
// linear) growth is fitted to the recent daily peaks (Theil-Sen slope of their logarithm, insensitive to a few bad
// days), and the projection carries a 95% interval from the scatter of the daily peaks
// around the fit plus the slope's own uncertainty. The crossing interval is where the
// band's edges reach the limit. Replicas are sized so that the band's upper edge stays
// under the limit, assuming load spreads evenly over replicas.
class CapacityPlanner final
{
public:
    // Traffic and what it drives compound (+8% a month of a growing base); a volume
    // fills by the amount written per day, whatever is already on it.
    enum class Growth { Exponential, Linear };

    struct Request
    {
        double limit = 80;          // e.g. 80 (% CPU)
        double peakQuantile = 0.95; // daily statistic planned for
        int replicasNow = 1;
        int horizonDays = 180;
        QString metricName;         // for the explanation, e.g. "CPU p95"
        QString unit;               // e.g. "%"
        Growth growth = Growth::Exponential;
    };

    Util::Result<CapacityProjection> project(const RegularSeries &series, const Request &request) const;

    // "4 replicas", or "4 replicas (3–4)" when the band's edges ask for different
    // counts (low, high); translated, for the sentences that state a replica figure.
    static QString replicasText(int needed, int low, int high);

    static constexpr int kMinDays = 5;
};

} // namespace Analysis
