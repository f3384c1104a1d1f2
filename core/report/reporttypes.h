#pragma once

// Plain value types of a report: what was asked for and what the local store held.
// Immutable once gathered, so they can be handed from a worker thread to the writers.

#include "core/actions/actiontypes.h"
#include "core/cost/costtypes.h"
#include "core/engine/health.h"
#include "core/flags/flagsnapshotstore.h"
#include "core/model/workspace.h"
#include "core/store/samplestore.h"

#include <QImage>
#include <QString>
#include <QVector>

#include <array>
#include <cmath>
#include <limits>
#include <optional>

namespace Report {

enum class Format { Pdf, Html, Csv };

// Stable, untranslated names ("pdf", "html", "csv") for the command line and file suffixes.
QString formatId(Format format);
std::optional<Format> formatFromId(const QString &id);

struct ReportRequest
{
    QString projectId;        // empty: the whole workspace
    qint64 fromMs = 0;        // period, UTC milliseconds, [from, to)
    qint64 toMs = 0;
    QString language = QStringLiteral("en");
    Format format = Format::Pdf;
    QString timeZoneId;       // IANA id for the dates printed; empty: the system's zone
};

// Summary of one metric of one service over the period (from the stored buckets).
struct MetricSummary
{
    Model::MetricKind kind = Model::MetricKind::Rps;
    double mean = std::numeric_limits<double>::quiet_NaN();
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    double last = std::numeric_limits<double>::quiet_NaN();
    int buckets = 0;
    bool hasData() const { return buckets > 0; }
};

// A stretch of buckets in which a service was degraded or down.
struct Incident
{
    QString serviceId;
    qint64 startMs = 0;
    qint64 endMs = 0;
    Engine::Health worst = Engine::Health::Degraded;
    Model::MetricKind metric = Model::MetricKind::Rps;
    double peakValue = 0;
    double limit = 0;
};

// A run of anomalous buckets of one metric (causal anomaly score >= the threshold).
struct Anomaly
{
    QString serviceId;
    Model::MetricKind metric = Model::MetricKind::Rps;
    qint64 startMs = 0;
    qint64 endMs = 0;
    double peakScore = 0;
    double valueAtPeak = 0;
};

struct ForecastSummary
{
    Model::MetricKind metric = Model::MetricKind::Rps;
    qint64 horizonEndMs = 0;
    double peak = 0;          // highest point forecast in the horizon
    double peakLower = 0;
    double peakUpper = 0;
    qint64 peakAtMs = 0;
};

struct CapacitySummary
{
    Model::MetricKind metric = Model::MetricKind::Cpu;
    double limit = 0;
    double currentPeak = 0;
    double growthPerMonth = 0;
    bool crosses = false;
    bool alreadyAbove = false;
    qint64 crossingMs = 0;
    int replicasNow = 0;
    int replicasNeeded = 0;
    // What the projection's 95% band asks for at the crossing: its lower and upper
    // edge (replicasHigh = replicasNeeded, which provisions for the upper edge).
    int replicasLow = 0;
    int replicasHigh = 0;
};

// An action decided in the period (from the actions log), with its outcome.
struct ActionSummary
{
    qint64 id = 0;
    qint64 createdMs = 0;
    qint64 decidedMs = 0;
    qint64 updatedMs = 0;
    QString serviceId;         // the service acted on
    Actions::ActionKind kind = Actions::ActionKind::Scale;
    QString fix;               // fix id: scale_up, restart, ...
    QString rule;              // what proposed it
    int fromReplicas = 0;
    int toReplicas = 0;
    Actions::ActionState state = Actions::ActionState::Succeeded;
    QString decidedBy;
    bool autoApproved = false;
    Model::MetricKind metric = Model::MetricKind::Cpu; // what verification watched
    double before = std::numeric_limits<double>::quiet_NaN();
    double after = std::numeric_limits<double>::quiet_NaN();
    double costDeltaPerMonth = 0;
};

// One chart: a metric of a service over the period, as stored.
struct ChartData
{
    QString serviceId;
    Model::MetricKind metric = Model::MetricKind::Rps;
    Store::StoredSeries series;
};

struct ServiceReport
{
    Model::Service service;
    std::array<MetricSummary, Model::kMetricKindCount> metrics;
    Engine::HealthVerdict healthAtEnd;
    // Buckets per health state over the period (Ok, Degraded, Down); the rest had no data.
    int okBuckets = 0;
    int degradedBuckets = 0;
    int downBuckets = 0;
    int totalBuckets = 0;
    double requests = 0; // requests served in the period: sum of mean RPS x bucket length
    std::optional<ForecastSummary> forecast;
    std::optional<CapacitySummary> capacity;

    const MetricSummary &metric(Model::MetricKind kind) const { return metrics.at(Model::metricIndex(kind)); }
    double availability() const // share of buckets with data that were not down
    {
        const int seen = okBuckets + degradedBuckets + downBuckets;
        return seen > 0 ? double(seen - downBuckets) / seen : std::numeric_limits<double>::quiet_NaN();
    }
};

// Money in minor units (cents) as printed, rounded so that every total in the report is
// the exact sum of its printed rows (Cost::ControlledRounding).
struct CostFigures
{
    std::array<qint64, Cost::kResourceCount> period{}; // the report's period, by resource
    qint64 periodTotal = 0;
    qint64 monthToDate = 0; // from the first day of the month to the period's end
    qint64 monthEnd = 0;    // forecast for the whole month
};

// A priced service, or (workspace level) a plan line.
struct CostLine
{
    QString serviceId; // empty for a plan
    QString name;
    CostFigures cents;
};

struct ProjectCost
{
    QVector<CostLine> services;            // priced services, workspace order
    CostFigures total;                     // sums of the lines
    QStringList unpriced;                  // names of services with no price table
    QVector<Cost::Recommendation> recommendations; // largest saving first
};

// What the cost section is computed from and the workspace's totals.
struct CostOverview
{
    bool computed = false;
    qint64 monthStartMs = 0; // the month of the period's end, in the report's zone
    qint64 monthEndMs = 0;
    QVector<CostLine> plans;  // whole-workspace reports only: plan fees (month figures)
    CostFigures total;        // projects plus plans
    QVector<Cost::PriceSource> priceSources;
    QStringList warnings;     // translated in the session's language
};

struct ProjectReport
{
    Model::Project project;
    QVector<ServiceReport> services;
    QVector<Incident> incidents;
    QVector<Anomaly> anomalies;
    QVector<ActionSummary> actions; // oldest first
    QVector<ChartData> charts;
    ProjectCost cost;
    // The last known flags of the flag source's project of the same id or name, and
    // its experiments (from the local store; see ReportData::flagsAvailable).
    QVector<Flags::StoredFlagState> flags;
    QVector<Flags::StoredExperiment> experiments;
    double requests() const
    {
        double sum = 0;
        for (const ServiceReport &s : services)
            sum += s.requests;
        return sum;
    }
};

// Everything a writer needs; gathered from the local store only.
struct ReportData
{
    ReportRequest request;
    QString workspaceName;
    QString origin;          // where the figures come from, in words (store path, or the simulation)
    qint64 generatedAtMs = 0;
    qint64 bucketMs = 0;     // resolution the figures were computed at
    bool actionsLogAvailable = false; // false: the store has no actions log (older schema)
    QVector<ProjectReport> projects;
    CostOverview cost;
    bool flagsAvailable = false; // false: the store keeps no flags (before schema 7)
    // Whole-workspace reports: flags and experiments of flag projects no project matches.
    QVector<Flags::StoredFlagState> otherFlags;
    QVector<Flags::StoredExperiment> otherExperiments;
};

// A rendered chart, keyed like ChartData.
struct ChartImage
{
    QString serviceId;
    Model::MetricKind metric = Model::MetricKind::Rps;
    QImage image;
};

} // namespace Report
