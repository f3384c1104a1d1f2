#include "core/cost/geoadvisor.h"

#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Cost {

namespace {

constexpr qint64 kDayMs = 24LL * 3'600'000;

double meanIn(const Analysis::RegularSeries &s, qint64 fromMs, qint64 toMs)
{
    double sum = 0;
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const qint64 t = s.timeAt(i);
        const double v = s.values[size_t(i)];
        if (t >= fromMs && t < toMs && std::isfinite(v)) {
            sum += v;
            ++n;
        }
    }
    return n > 0 ? sum / n : Analysis::kMissing;
}

} // namespace

GeoAdvisor::GeoAdvisor(const CostModel &model, GeoSettings settings)
    : m_model(model)
    , m_settings(settings)
{
}

QString GeoAdvisor::hostRegion(const Model::Service &service)
{
    if (!service.cost.region.isEmpty())
        return service.cost.region;
    return service.regions.value(0);
}

QVector<ServiceRegion> GeoAdvisor::serviceRegions(const Model::Workspace &workspace,
                                                  const QHash<QString, ServiceUsage> &usage, qint64 nowMs) const
{
    QVector<ServiceRegion> out;
    const qint64 from = nowMs - m_settings.days * kDayMs;
    for (const Model::Service &s : workspace.services) {
        const auto u = usage.constFind(s.id);
        if (u == usage.cend() || s.regions.isEmpty())
            continue;
        const QString host = hostRegion(s);
        QVector<ServiceRegion> rows;
        double total = 0;
        for (const QString &region : s.regions) {
            ServiceRegion r;
            r.serviceId = s.id;
            r.projectId = s.projectId;
            r.region = region;
            r.hosted = region == host;
            r.rps = meanIn(u->regionRps.value(region), from, nowMs);
            r.latencyMs = meanIn(u->regionLatency.value(region), from, nowMs);
            if (!std::isfinite(r.rps))
                continue;
            total += r.rps;
            rows.append(r);
        }
        double hostLatency = Analysis::kMissing;
        for (const ServiceRegion &r : rows)
            if (r.hosted)
                hostLatency = r.latencyMs;
        for (ServiceRegion &r : rows) {
            r.share = total > 0 ? r.rps / total : 0.0;
            r.hostLatencyMs = hostLatency;
            out.append(r);
        }
    }
    return out;
}

QVector<RegionSummary> GeoAdvisor::summarize(const QVector<ServiceRegion> &regions)
{
    QMap<QString, RegionSummary> byRegion; // sorted by name, then by traffic below
    QMap<QString, double> latencyWeight;
    double total = 0;
    for (const ServiceRegion &r : regions) {
        RegionSummary &sum = byRegion[r.region];
        sum.region = r.region;
        sum.rps += r.rps;
        total += r.rps;
        ++sum.servicesServed;
        if (r.hosted)
            ++sum.servicesHosted;
        if (std::isfinite(r.latencyMs) && r.rps > 0) {
            sum.latencyMs += r.latencyMs * r.rps;
            latencyWeight[r.region] += r.rps;
        }
    }
    QVector<RegionSummary> out;
    for (RegionSummary sum : byRegion) {
        sum.share = total > 0 ? sum.rps / total : 0.0;
        const double w = latencyWeight.value(sum.region);
        sum.latencyMs = w > 0 ? sum.latencyMs / w : Analysis::kMissing;
        out.append(sum);
    }
    std::stable_sort(out.begin(), out.end(), [](const RegionSummary &a, const RegionSummary &b) { return a.rps > b.rps; });
    return out;
}

QVector<Recommendation> GeoAdvisor::recommend(const Model::Workspace &workspace, const QVector<ServiceRegion> &regions,
                                              const QHash<QString, ServiceUsage> &usage, qint64 nowMs) const
{
    QVector<Recommendation> out;
    for (const ServiceRegion &r : regions) {
        const Model::Service *s = workspace.service(r.serviceId);
        // A database's replica is a read replica with its own trade-offs; not proposed here.
        if (!s || r.hosted || s->role == u"database" || !m_model.tableFor(*s))
            continue;
        const double gain = r.latencyMs - r.hostLatencyMs;
        if (!std::isfinite(gain) || r.share < m_settings.minShare || r.latencyMs < m_settings.minLatencyRatio * r.hostLatencyMs
            || gain < m_settings.minGainMs)
            continue;
        const ServiceUsage u = usage.value(s->id);
        int replicas = 0;
        for (auto it = u.replicas.values.crbegin(); it != u.replicas.values.crend(); ++it)
            if (std::isfinite(*it)) {
                replicas = int(std::lround(*it));
                break;
            }
        int cap = 0;
        for (const Model::ProviderPlan &p : workspace.plans) {
            const PriceTable *table = m_model.tableFor(*s);
            if (table && p.pricing == table->id)
                if (const PlanPrice *plan = table->versionAt(nowMs).plan(p.plan))
                    cap = plan->maxReplicas;
        }
        Recommendation rec;
        rec.kind = RecommendationKind::DeployCloser;
        rec.serviceId = s->id;
        rec.projectId = s->projectId;
        rec.serviceIds = {s->id, r.region};
        rec.monthlySaving = -m_model.replicaMonthly(*s, u, nowMs);
        rec.confidence = 0.5;
        rec.facts.insert(u"service"_s, s->name);
        rec.facts.insert(u"region"_s, r.region);
        rec.facts.insert(u"hostRegion"_s, hostRegion(*s));
        rec.facts.insert(u"share"_s, r.share);
        rec.facts.insert(u"latency"_s, r.latencyMs);
        rec.facts.insert(u"hostLatency"_s, r.hostLatencyMs);
        rec.facts.insert(u"gainMs"_s, gain);
        rec.facts.insert(u"weightedGainMs"_s, gain * r.share);
        rec.facts.insert(u"capReached"_s, cap > 0 && replicas + 1 > cap);
        rec.risk = cap > 0 && replicas + 1 > cap ? Risk::High : Risk::Medium;
        rec.proposal.action = ProposalDraft::Action::Manual;
        rec.proposal.serviceId = s->id;
        rec.proposal.projectId = s->projectId;
        rec.proposal.provider = s->provider;
        rec.proposal.rule = u"geo.replica"_s;
        rec.proposal.fix = u"add_region_replica"_s;
        rec.proposal.fromReplicas = replicas;
        rec.proposal.toReplicas = replicas + 1;
        rec.proposal.costDeltaPerMonth = -rec.monthlySaving.toUnits();
        rec.proposal.facts = rec.facts;
        out.append(rec);
    }
    std::stable_sort(out.begin(), out.end(), [](const Recommendation &a, const Recommendation &b) {
        return a.facts.value(u"weightedGainMs"_s).toDouble() > b.facts.value(u"weightedGainMs"_s).toDouble();
    });
    return out;
}

} // namespace Cost
