#include "core/cost/costanalyzer.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Cost {

namespace {

constexpr qint64 kDayMs = 24 * CostAnalyzer::kStepMs;

Analysis::RegularSeries emptyGrid(qint64 fromMs, qint64 toMs)
{
    Analysis::RegularSeries s;
    s.stepMs = CostAnalyzer::kStepMs;
    s.startMs = fromMs - ((fromMs % s.stepMs) + s.stepMs) % s.stepMs;
    s.values.assign(size_t(std::max<qint64>(0, (toMs - s.startMs + s.stepMs - 1) / s.stepMs)), Analysis::kMissing);
    return s;
}

// Hourly means (or maxima) of the stored points.
Analysis::RegularSeries toGrid(const Store::StoredSeries &stored, qint64 fromMs, qint64 toMs, bool peak)
{
    Analysis::RegularSeries grid = emptyGrid(fromMs, toMs);
    std::vector<int> counts(grid.values.size(), 0);
    for (const Store::StoredPoint &p : stored.points) {
        if (p.t < grid.startMs)
            continue;
        const size_t i = size_t((p.t - grid.startMs) / grid.stepMs);
        if (i >= grid.values.size())
            continue;
        const double v = peak ? p.max : p.mean;
        if (!std::isfinite(v))
            continue;
        double &cell = grid.values[i];
        if (counts[i] == 0)
            cell = v;
        else
            cell = peak ? std::max(cell, v) : cell + v;
        ++counts[i];
    }
    if (!peak) {
        for (size_t i = 0; i < grid.values.size(); ++i)
            if (counts[i] > 1)
                grid.values[i] /= counts[i];
    }
    return grid;
}

} // namespace

QVector<Engine::HistoryRequest> CostAnalyzer::historyRequests(const Model::Workspace &workspace, qint64 nowMs,
                                                             const BillingCalendar &calendar, int monthsBack,
                                                             int regionDays)
{
    qint64 from = calendar.monthStartMs(nowMs);
    for (int i = 0; i < monthsBack; ++i)
        from = calendar.monthStartMs(from - 1);
    // The savings rules look back 14 days; a month just begun still needs them.
    from = std::min(from, nowMs - 15 * kDayMs);
    Engine::HistoryRequest usage;
    usage.fromMs = from;
    usage.toMs = nowMs;
    Engine::HistoryRequest regions;
    regions.fromMs = nowMs - regionDays * kDayMs;
    regions.toMs = nowMs;
    for (const Model::Service &s : workspace.services) {
        for (MetricKind kind : {MetricKind::Replicas, MetricKind::Cpu, MetricKind::Memory, MetricKind::Rps})
            usage.series.append({s.id, kind, {}});
        for (const QString &region : s.regions) {
            regions.series.append({s.id, MetricKind::Rps, region});
            regions.series.append({s.id, MetricKind::LatencyP95, region});
        }
    }
    QVector<Engine::HistoryRequest> out{usage};
    if (!regions.series.isEmpty())
        out.append(regions);
    return out;
}

QHash<QString, ServiceUsage> CostAnalyzer::usageFrom(const QVector<Store::StoredSeries> &series, qint64 fromMs,
                                                     qint64 toMs)
{
    QHash<QString, ServiceUsage> out;
    for (const Store::StoredSeries &s : series) {
        ServiceUsage &u = out[s.key.serviceId];
        u.serviceId = s.key.serviceId;
        if (!s.key.region.isEmpty()) {
            if (s.key.kind == MetricKind::Rps)
                u.regionRps.insert(s.key.region, toGrid(s, fromMs, toMs, false));
            else if (s.key.kind == MetricKind::LatencyP95)
                u.regionLatency.insert(s.key.region, toGrid(s, fromMs, toMs, false));
            continue;
        }
        switch (s.key.kind) {
        case MetricKind::Replicas: u.replicas = toGrid(s, fromMs, toMs, false); break;
        case MetricKind::Cpu:
            u.cpu = toGrid(s, fromMs, toMs, false);
            u.cpuPeak = toGrid(s, fromMs, toMs, true);
            break;
        case MetricKind::Memory:
            u.memory = toGrid(s, fromMs, toMs, false);
            u.memoryPeak = toGrid(s, fromMs, toMs, true);
            break;
        case MetricKind::Rps: u.rps = toGrid(s, fromMs, toMs, false); break;
        default: break;
        }
    }
    return out;
}

CostReportPtr CostAnalyzer::analyze(const CostInputs &in, const QHash<QString, ServiceUsage> &usage)
{
    auto report = std::make_shared<CostReport>();
    const BillingCalendar calendar(in.zone);
    const CostModel model(in.catalog, calendar);
    report->nowMs = in.nowMs;
    report->timeZone = QString::fromUtf8(calendar.zone().id());
    report->dayStartMs = calendar.dayStartMs(in.nowMs);
    report->monthStartMs = calendar.monthStartMs(in.nowMs);
    report->monthEndMs = calendar.nextMonthStartMs(in.nowMs);
    report->warnings = in.catalog->warnings();
    if (!in.workspace)
        return report;
    const Model::Workspace &ws = *in.workspace;

    QSet<QString> tablesUsed;
    int unpriced = 0;
    QVector<ServiceUsage> usages;
    for (const Model::Service &s : ws.services) {
        const ServiceUsage u = usage.value(s.id);
        ServiceCost cost = model.serviceCost(s, u, in.nowMs);
        if (cost.pricing.isEmpty())
            ++unpriced;
        else
            tablesUsed.insert(cost.pricing);
        report->services.append(cost);
        usages.append(u);
    }
    report->plans = model.planCosts(ws, report->services, in.nowMs);
    report->months = model.monthCosts(ws, usages, in.nowMs);
    report->recommendations = Recommender(model, in.recommendations).recommend(ws, usage, in.nowMs);
    const GeoAdvisor geo(model, in.geography);
    report->serviceRegions = geo.serviceRegions(ws, usage, in.nowMs);
    report->regions = GeoAdvisor::summarize(report->serviceRegions);
    report->regionRecommendations = geo.recommend(ws, report->serviceRegions, usage, in.nowMs);

    for (int p = 0; p < kPeriodCount; ++p)
        report->tables[size_t(p)] = table(ws, *report, Period(p));

    for (const PriceTable &t : in.catalog->tables()) {
        if (!tablesUsed.contains(t.id))
            continue;
        const PriceVersion &v = t.versionAt(in.nowMs);
        report->priceSources.append({t.name, v.version, v.takenOn, v.source});
    }
    if (unpriced > 0)
        report->warnings.append(tr("%n service(s) have no price table and are not counted.", nullptr, unpriced));
    return report;
}

CostTable CostAnalyzer::table(const Model::Workspace &workspace, const CostReport &report, Period period)
{
    CostTable t;
    RoundingInput in;
    in.columns = kResourceCount;
    for (const Model::Project &project : workspace.projects) {
        int group = -1;
        for (const ServiceCost &s : report.services) {
            if (s.projectId != project.id || s.pricing.isEmpty())
                continue;
            if (group < 0) {
                group = int(t.groupIds.size());
                t.groupIds.append(project.id);
            }
            t.rowIds.append(s.serviceId);
            t.groupOfRow.append(group);
            for (const Money &m : s.at(period).amounts)
                in.micros.append(m.micros());
        }
    }
    if (!report.plans.isEmpty()) {
        const int group = int(t.groupIds.size());
        t.groupIds.append(CostTable::kPlansGroup);
        for (const PlanCost &p : report.plans) {
            t.rowIds.append(u"plan:"_s + p.pricing + u':' + p.plan);
            t.groupOfRow.append(group);
            ResourceAmounts amounts;
            amounts[Resource::Plan] = p.fee[size_t(period)] + p.credit[size_t(period)];
            for (const Money &m : amounts.amounts)
                in.micros.append(m.micros());
        }
    }
    in.groups = int(t.groupIds.size());
    in.groupOfRow = t.groupOfRow;
    t.cents = ControlledRounding::round(in);
    return t;
}

} // namespace Cost
