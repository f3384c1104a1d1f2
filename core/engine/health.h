#pragma once

#include "core/model/metrickind.h"

#include <QString>

#include <limits>

namespace Engine {

// Ordered by severity so that "worst first" is a plain comparison.
enum class Health { Ok = 0, Unknown = 1, Stale = 2, Degraded = 3, Down = 4 };

enum class HealthCause {
    None,          // healthy
    NoData,        // never seen a sample
    SourceDown,    // the source failed; values are the last known
    SamplesTooOld, // the source answers but this service sent nothing recently
    NoReplicas,    // zero replicas running
    Threshold,     // a metric crossed its limit
};

// Why a service has its health, as data: the UI words it in the current language.
struct HealthVerdict
{
    Health health = Health::Unknown;
    HealthCause cause = HealthCause::NoData;
    Model::MetricKind metric = Model::MetricKind::Rps;
    double value = std::numeric_limits<double>::quiet_NaN();
    double limit = std::numeric_limits<double>::quiet_NaN();
    qint64 sinceMs = 0; // for stale causes: since when
};

QString healthName(Health health);
// A one-line reason, e.g. "p95 latency 812 ms is over 500 ms".
QString describeVerdict(const HealthVerdict &verdict);

} // namespace Engine
