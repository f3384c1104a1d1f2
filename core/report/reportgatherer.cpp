#include "core/report/reportgatherer.h"

#include "core/actions/actionstore.h"
#include "core/analysis/anomalydetector.h"
#include "core/analysis/capacityplanner.h"
#include "core/analysis/forecaster.h"
#include "core/engine/healthrules.h"
#include "core/report/costgatherer.h"
#include "core/report/flagsgatherer.h"
#include "core/store/samplestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Report {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// Metrics whose anomalies a report lists: what an operator acts on.
constexpr std::array<MetricKind, 3> kAnomalyMetrics{MetricKind::Rps, MetricKind::LatencyP95, MetricKind::ErrorRate};
// Metrics drawn per service.
constexpr std::array<MetricKind, 2> kChartMetrics{MetricKind::Rps, MetricKind::LatencyP95};

Store::Resolution resolutionOf(qint64 bucketMs)
{
    return bucketMs <= Store::SampleStore::kFiveMinutesMs ? Store::Resolution::FiveMinutes
                                                          : Store::Resolution::OneHour;
}

// The stored buckets of one series on the report's grid: values[i] is the bucket at
// gridStart + i * bucket, NaN where nothing was stored.
Analysis::RegularSeries onGrid(const Store::StoredSeries &stored, qint64 gridStart, qint64 bucketMs, qsizetype n)
{
    Analysis::RegularSeries series;
    series.startMs = gridStart;
    series.stepMs = bucketMs;
    series.values.assign(std::size_t(n), Analysis::kMissing);
    for (const Store::StoredPoint &p : stored.points) {
        const qint64 i = (p.t - gridStart) / bucketMs;
        if (p.t >= gridStart && i < n)
            series.values[std::size_t(i)] = p.mean;
    }
    return series;
}

MetricSummary summarise(MetricKind kind, const Store::StoredSeries &stored)
{
    MetricSummary s;
    s.kind = kind;
    double sum = 0;
    for (const Store::StoredPoint &p : stored.points) {
        if (!std::isfinite(p.mean))
            continue;
        sum += p.mean;
        s.min = s.buckets == 0 ? p.min : std::min(s.min, p.min);
        s.max = s.buckets == 0 ? p.max : std::max(s.max, p.max);
        s.last = p.mean;
        ++s.buckets;
    }
    if (s.buckets > 0)
        s.mean = sum / s.buckets;
    return s;
}

QVector<Anomaly> anomaliesOf(const QString &serviceId, MetricKind kind, const Analysis::RegularSeries &series)
{
    QVector<Anomaly> runs;
    const std::vector<double> scores = Analysis::AnomalyDetector::scoreSeries(series);
    std::optional<Anomaly> open;
    qsizetype quietBuckets = 0;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const double score = scores[std::size_t(i)];
        if (score >= ReportGatherer::kAnomalyThreshold) {
            if (!open) {
                open = Anomaly{serviceId, kind, series.timeAt(i), series.timeAt(i + 1), score,
                               series.values[std::size_t(i)]};
            } else if (score > open->peakScore) {
                open->peakScore = score;
                open->valueAtPeak = series.values[std::size_t(i)];
            }
            open->endMs = series.timeAt(i + 1);
            quietBuckets = 0;
        } else if (open && ++quietBuckets > 1) {
            // One calm bucket inside a run does not split it.
            runs.append(*open);
            open.reset();
        }
    }
    if (open)
        runs.append(*open);
    return runs;
}

std::optional<ForecastSummary> forecastOf(const Analysis::RegularSeries &series, qint64 bucketMs)
{
    int present = 0;
    for (double v : series.values)
        present += std::isfinite(v) ? 1 : 0;
    if (present < 24)
        return std::nullopt;
    Analysis::ForecastOptions options;
    options.horizon = int(ReportGatherer::kForecastHorizonMs / bucketMs);
    const auto forecast = Analysis::Forecaster().forecast(series, options);
    if (!forecast || forecast->point.empty())
        return std::nullopt;
    ForecastSummary summary;
    summary.metric = MetricKind::Rps;
    const auto peak = std::max_element(forecast->point.cbegin(), forecast->point.cend());
    const auto i = std::size_t(peak - forecast->point.cbegin());
    summary.peak = *peak;
    summary.peakLower = forecast->lower[i];
    summary.peakUpper = forecast->upper[i];
    summary.peakAtMs = forecast->startMs + qint64(i) * forecast->stepMs;
    summary.horizonEndMs = forecast->startMs + qint64(forecast->point.size()) * forecast->stepMs;
    return summary;
}

std::optional<CapacitySummary> capacityOf(const Model::Service &service, const Analysis::RegularSeries &cpu,
                                          double replicasNow)
{
    const Model::MetricLimits &limits = service.thresholds[MetricKind::Cpu];
    Analysis::CapacityPlanner::Request request;
    request.limit = std::isfinite(limits.degraded) ? limits.degraded : 80.0;
    request.replicasNow = std::isfinite(replicasNow) ? std::max(1, int(std::lround(replicasNow))) : service.minReplicas;
    request.metricName = u"CPU p95"_s;
    request.unit = u"%"_s;
    const auto projection = Analysis::CapacityPlanner().project(cpu, request);
    if (!projection)
        return std::nullopt;
    CapacitySummary summary;
    summary.limit = projection->limit;
    summary.currentPeak = projection->currentValue;
    summary.growthPerMonth = projection->growthPerMonth;
    summary.crosses = projection->crosses;
    summary.alreadyAbove = projection->alreadyAbove;
    summary.crossingMs = projection->crossingMs;
    summary.replicasNow = projection->replicasNow;
    summary.replicasNeeded = projection->replicasNeeded;
    summary.replicasLow = projection->replicasLow;
    summary.replicasHigh = projection->replicasHigh;
    return summary;
}

// Health of every bucket by the same rules as the live overview (docs/health.md), and
// the incidents: runs of degraded or down buckets.
void judgeBuckets(ServiceReport &report, QVector<Incident> &incidents,
                  const std::array<Analysis::RegularSeries, Model::kMetricKindCount> &grid, qint64 bucketMs)
{
    const qsizetype n = grid[0].size();
    std::optional<Incident> open;
    double openExcess = -1;
    for (qsizetype i = 0; i < n; ++i) {
        Engine::LatestValues latest;
        const qint64 t = grid[0].timeAt(i);
        bool any = false;
        for (MetricKind kind : Model::allMetricKinds()) {
            const double v = grid[std::size_t(Model::metricIndex(kind))].values[std::size_t(i)];
            if (std::isfinite(v)) {
                latest.value.at(Model::metricIndex(kind)) = v;
                latest.atMs.at(Model::metricIndex(kind)) = t + bucketMs;
                any = true;
            }
        }
        ++report.totalBuckets;
        if (!any) {
            if (open) {
                incidents.append(*open);
                open.reset();
            }
            continue;
        }
        const Engine::HealthVerdict verdict =
            Engine::evaluateHealth(latest, report.service.thresholds, t + bucketMs, Engine::SourceState{});
        if (verdict.health == Engine::Health::Down)
            ++report.downBuckets;
        else if (verdict.health == Engine::Health::Degraded)
            ++report.degradedBuckets;
        else
            ++report.okBuckets;
        const bool bad = verdict.health == Engine::Health::Down || verdict.health == Engine::Health::Degraded;
        if (!bad) {
            if (open) {
                incidents.append(*open);
                open.reset();
            }
            continue;
        }
        const double excess = std::isfinite(verdict.limit) && verdict.limit > 0 ? verdict.value / verdict.limit : 1.0;
        if (!open) {
            open = Incident{report.service.id, t, t + bucketMs, verdict.health, verdict.metric, verdict.value,
                            verdict.limit};
            openExcess = excess;
        }
        open->endMs = t + bucketMs;
        if (verdict.health > open->worst || (verdict.health == open->worst && excess > openExcess)) {
            open->worst = verdict.health;
            open->metric = verdict.metric;
            open->peakValue = verdict.value;
            open->limit = verdict.limit;
            openExcess = excess;
        }
    }
    if (open)
        incidents.append(*open);
}

} // namespace

ReportGatherer::ReportGatherer(Cost::PriceCatalogPtr catalog) : m_catalog(std::move(catalog))
{
    if (!m_catalog) {
        if (auto builtIn = Cost::PriceCatalog::builtIn())
            m_catalog = std::make_shared<const Cost::PriceCatalog>(std::move(builtIn).value());
    }
}

qint64 ReportGatherer::bucketFor(qint64 fromMs, qint64 toMs)
{
    return toMs - fromMs <= 3 * kDayMs ? Store::SampleStore::kFiveMinutesMs : Store::SampleStore::kOneHourMs;
}

Util::Error ReportGatherer::cancelledError()
{
    return Util::makeError(u"report.cancelled"_s, QCoreApplication::translate("Report", "The report was cancelled."));
}

Util::Result<ReportData> ReportGatherer::gather(QSqlDatabase &db, const Model::Workspace &workspace,
                                                const ReportRequest &request, const ProgressFn &progress,
                                                const std::atomic_bool *cancel) const
{
    if (request.toMs <= request.fromMs)
        return Util::makeError(u"report.period"_s,
                               QCoreApplication::translate("Report", "The report's period is empty: its end is not "
                                                                     "after its start."));
    if (!request.projectId.isEmpty() && !workspace.project(request.projectId))
        return Util::makeError(u"report.project"_s,
                               QCoreApplication::translate("Report", "The workspace has no project '%1'.")
                                   .arg(request.projectId));

    ReportData data;
    data.request = request;
    data.workspaceName = workspace.name;
    data.bucketMs = bucketFor(request.fromMs, request.toMs);
    const qint64 gridStart = request.fromMs - (request.fromMs % data.bucketMs);
    const qsizetype n = qsizetype((request.toMs - gridStart + data.bucketMs - 1) / data.bucketMs);
    const Store::Resolution resolution = resolutionOf(data.bucketMs);
    Store::SampleStore store(db);

    // Decided actions of the period, from the append-only log. A store without the log
    // (written before schema 3) simply has none to report.
    QVector<Actions::ActionRecord> decided;
    if (db.tables().contains(u"actions"_s)) {
        auto history = Actions::ActionStore(db).history(kMaxActions);
        if (!history)
            return history.error();
        data.actionsLogAvailable = true;
        for (const Actions::ActionRecord &r : *history) {
            const qint64 at = r.decidedMs > 0 ? r.decidedMs : r.updatedMs;
            if (!r.shadow && at >= request.fromMs && at < request.toMs)
                decided.append(r);
        }
        std::sort(decided.begin(), decided.end(), [](const auto &a, const auto &b) { return a.updatedMs < b.updatedMs; });
    }

    int total = 0;
    for (const Model::Service &s : workspace.services)
        total += request.projectId.isEmpty() || s.projectId == request.projectId ? 1 : 0;
    int done = 0;
    if (progress)
        progress(0, total);

    for (const Model::Project &project : workspace.projects) {
        if (!request.projectId.isEmpty() && project.id != request.projectId)
            continue;
        ProjectReport projectReport;
        projectReport.project = project;
        for (const Model::Service &service : workspace.services) {
            if (service.projectId != project.id)
                continue;
            if (cancel && cancel->load())
                return cancelledError();
            ServiceReport report;
            report.service = service;
            std::array<Analysis::RegularSeries, Model::kMetricKindCount> grid;
            for (MetricKind kind : Model::allMetricKinds()) {
                const Model::SeriesKey key{service.id, kind, QString()};
                auto stored = store.read(key, gridStart, request.toMs - 1, resolution);
                if (!stored)
                    return stored.error();
                // Buckets that start before the period belong to it only from gridStart on.
                report.metrics.at(Model::metricIndex(kind)) = summarise(kind, *stored);
                grid.at(Model::metricIndex(kind)) = onGrid(*stored, gridStart, data.bucketMs, n);
                if (std::find(kChartMetrics.cbegin(), kChartMetrics.cend(), kind) != kChartMetrics.cend()
                    && !stored->points.isEmpty())
                    projectReport.charts.append(ChartData{service.id, kind, std::move(*stored)});
            }
            const auto &rps = grid.at(Model::metricIndex(MetricKind::Rps));
            for (double v : rps.values)
                report.requests += std::isfinite(v) ? v * double(data.bucketMs) / 1000.0 : 0.0;
            // Whole requests, so that every total in every format is a sum of the printed rows.
            report.requests = std::round(report.requests);

            judgeBuckets(report, projectReport.incidents, grid, data.bucketMs);
            Engine::LatestValues latest;
            for (MetricKind kind : Model::allMetricKinds()) {
                const auto &values = grid.at(Model::metricIndex(kind)).values;
                for (qsizetype i = n - 1; i >= 0; --i) {
                    if (std::isfinite(values[std::size_t(i)])) {
                        latest.value.at(Model::metricIndex(kind)) = values[std::size_t(i)];
                        latest.atMs.at(Model::metricIndex(kind)) = gridStart + (i + 1) * data.bucketMs;
                        break;
                    }
                }
            }
            report.healthAtEnd = Engine::evaluateHealth(latest, service.thresholds, request.toMs, Engine::SourceState{});

            for (MetricKind kind : kAnomalyMetrics)
                projectReport.anomalies += anomaliesOf(service.id, kind, grid.at(Model::metricIndex(kind)));
            report.forecast = forecastOf(rps, data.bucketMs);
            if (request.toMs - request.fromMs >= kCapacityMinDays * kDayMs)
                report.capacity = capacityOf(service, grid.at(Model::metricIndex(MetricKind::Cpu)),
                                             report.metric(MetricKind::Replicas).last);
            projectReport.services.append(std::move(report));
            if (progress)
                progress(++done, total);
        }
        for (const Actions::ActionRecord &r : std::as_const(decided)) {
            const Model::Service *acted = workspace.service(r.proposal.actedServiceId());
            if (!acted || acted->projectId != project.id)
                continue;
            ActionSummary a;
            a.id = r.id;
            a.createdMs = r.createdMs;
            a.decidedMs = r.decidedMs;
            a.updatedMs = r.updatedMs;
            a.serviceId = acted->id;
            a.kind = r.proposal.kind;
            a.fix = r.proposal.fix;
            a.rule = r.proposal.rule;
            a.fromReplicas = r.proposal.fromReplicas;
            a.toReplicas = r.proposal.toReplicas;
            a.state = r.state;
            a.decidedBy = r.decidedBy;
            a.autoApproved = r.autoApproved;
            a.metric = r.proposal.verification.metric;
            a.before = r.outcome.before;
            a.after = r.outcome.after;
            a.costDeltaPerMonth = r.proposal.costDeltaPerMonth;
            projectReport.actions.append(a);
        }
        std::sort(projectReport.anomalies.begin(), projectReport.anomalies.end(),
                  [](const Anomaly &a, const Anomaly &b) { return a.startMs < b.startMs; });
        std::sort(projectReport.incidents.begin(), projectReport.incidents.end(),
                  [](const Incident &a, const Incident &b) { return a.startMs < b.startMs; });
        data.projects.append(std::move(projectReport));
    }
    if (auto cost = CostGatherer(m_catalog).gather(db, workspace, data, cancel); !cost)
        return cost.error();
    if (auto flags = FlagsGatherer().gather(db, data); !flags)
        return flags.error();
    return data;
}

} // namespace Report
