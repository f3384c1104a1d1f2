#pragma once

// Value types of the repair diagnoses: what a detector reads and what it reports.

#include "core/model/healththresholds.h"
#include "core/model/series.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>
#include <optional>

namespace Analysis {

// Everything a diagnosis can look at: nine metric kinds, and four kinds that only
// some sources have (certificate expiry, cache hit ratio, queue depth, connection
// pool usage: Prometheus presets and the demo fleet). A pattern whose signals are
// missing simply does not fire.
enum class Signal {
    Rps, LatencyP95, ErrorRate, Cpu, Memory, Replicas, Restarts, Throttled, Disk, // = Model::MetricKind
    CertExpiryDays, // days until the served certificate expires
    CacheHitRatio,  // 0..1
    QueueDepth,     // messages waiting
    PoolUsage,      // connections in use / pool size, 0..1
};

// By name, not by position: metric kinds added after these (network traffic, ...)
// have no diagnosis signal and are not read by the catalogue.
std::optional<Signal> signalOf(Model::MetricKind kind);
std::optional<Model::MetricKind> metricKindOf(Signal signal);
QString signalId(Signal signal);
std::optional<Signal> signalFromId(QStringView id);

struct SignalSeries
{
    Signal signal = Signal::Rps;
    QString region;               // empty = the service as a whole
    QVector<Model::Sample> points; // ascending by time
};

// One service's recent history (24 hours is what the catalogue is tuned for) and
// the deploys around it.
struct DiagnosisInput
{
    QString serviceId;
    QString role;                 // "database" enables the patterns of a shared database
    qint64 nowMs = 0;
    QVector<SignalSeries> series;
    QVector<qint64> deploysMs;    // this service's deploys, ascending
    QHash<QString, QVector<qint64>> otherDeploysMs; // other services' deploys (clients of a database)
    Model::HealthThresholds thresholds = Model::HealthThresholds::defaults();

    const QVector<Model::Sample> *find(Signal signal, const QString &region = {}) const
    {
        for (const SignalSeries &s : series) {
            if (s.signal == signal && s.region == region)
                return &s.points;
        }
        return nullptr;
    }
    QStringList regions(Signal signal) const
    {
        QStringList out;
        for (const SignalSeries &s : series) {
            if (s.signal == signal && !s.region.isEmpty())
                out.append(s.region);
        }
        return out;
    }
};

// How to tell, after a fix, that it worked.
struct FindingVerification
{
    Signal signal = Signal::Cpu;
    QString region;
    bool below = true;
    double threshold = std::numeric_limits<double>::quiet_NaN();
    qint64 settleMs = 2 * 60'000;
    qint64 windowMs = 5 * 60'000;
};

// A pattern that fired, with the numbers that made it fire.
struct Finding
{
    QString pattern;              // catalogue id
    double confidence = 0.0;      // 0..1
    QJsonObject facts;            // named numbers the explanation is rendered from
    QStringList fixes;            // candidate fixes, the catalogue's preferred first
    QString actOnServiceId;       // the service to fix when it is not the diagnosed one
    Signal evidenceSignal = Signal::Cpu;
    QString evidenceRegion;
    double reference = std::numeric_limits<double>::quiet_NaN(); // threshold line on the evidence chart
    qint64 onsetMs = 0;
    FindingVerification verification;
};

} // namespace Analysis
