#include "core/cost/recommender.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Cost {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr double kDaysPerMonth = 365.25 / 12.0;

int lastReplicas(const ServiceUsage &usage)
{
    for (auto it = usage.replicas.values.crbegin(); it != usage.replicas.values.crend(); ++it)
        if (std::isfinite(*it))
            return int(std::lround(*it));
    return 0;
}

// CPU load in "percent of one replica": peak CPU per replica x replicas, so 150
// means one and a half replicas busy. Falls back to the mean where no peak exists.
Analysis::RegularSeries loadSeries(const ServiceUsage &usage)
{
    Analysis::RegularSeries load = usage.replicas;
    for (qsizetype i = 0; i < load.size(); ++i) {
        const qint64 t = load.timeAt(i);
        auto at = [t](const Analysis::RegularSeries &s) {
            if (s.stepMs <= 0 || t < s.startMs)
                return Analysis::kMissing;
            const qsizetype j = qsizetype((t - s.startMs) / s.stepMs);
            return j < s.size() ? s.values[size_t(j)] : Analysis::kMissing;
        };
        double cpu = at(usage.cpuPeak);
        if (!std::isfinite(cpu))
            cpu = at(usage.cpu);
        load.values[size_t(i)] = cpu * load.values[size_t(i)];
    }
    return load;
}

double roundUpTo(double value, double step)
{
    return std::max(step, std::ceil(value / step - 1e-9) * step);
}

// Least-squares slope per hour of the finite values in [from, to).
double slopePerHour(const Analysis::RegularSeries &s, qint64 fromMs, qint64 toMs)
{
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const qint64 t = s.timeAt(i);
        const double v = s.values[size_t(i)];
        if (t < fromMs || t >= toMs || !std::isfinite(v))
            continue;
        const double x = double(t - fromMs) / double(kHourMs);
        n += 1;
        sx += x;
        sy += v;
        sxx += x * x;
        sxy += x * v;
    }
    const double denominator = n * sxx - sx * sx;
    return n >= 3 && denominator > 0 ? (n * sxy - sx * sy) / denominator : 0.0;
}

Money monthly(double perHour)
{
    return Money::fromUnits(perHour * CostModel::kHoursPerMonth);
}

} // namespace

Recommender::Recommender(const CostModel &model, RecommendationSettings settings)
    : m_model(model)
    , m_settings(settings)
{
}

double Recommender::percentile(const Analysis::RegularSeries &series, qint64 fromMs, qint64 toMs, double p,
                               double *coverage)
{
    std::vector<double> values;
    qint64 expected = 0;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const qint64 t = series.timeAt(i);
        if (t < fromMs || t >= toMs)
            continue;
        ++expected;
        if (std::isfinite(series.values[size_t(i)]))
            values.push_back(series.values[size_t(i)]);
    }
    if (coverage) {
        const qint64 buckets = series.stepMs > 0 ? (toMs - fromMs) / series.stepMs : 0;
        *coverage = buckets > 0 ? double(values.size()) / double(std::max(buckets, expected)) : 0.0;
    }
    if (values.empty())
        return Analysis::kMissing;
    std::sort(values.begin(), values.end());
    // Nearest rank: a value that was really observed.
    const size_t rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

Recommendation Recommender::base(RecommendationKind kind, const Model::Service &service) const
{
    Recommendation r;
    r.kind = kind;
    r.serviceId = service.id;
    r.projectId = service.projectId;
    r.serviceIds = {service.id};
    r.facts.insert(u"service"_s, service.name);
    r.proposal.serviceId = service.id;
    r.proposal.projectId = service.projectId;
    r.proposal.provider = service.provider;
    r.proposal.timeZone = QString::fromUtf8(m_model.calendar().zone().id());
    return r;
}

double Recommender::replicaHourSaving(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const
{
    const PriceTable *table = m_model.tableFor(service);
    if (!table)
        return 0.0;
    if (table->basis == PricingBasis::Allocation)
        return m_model.pricePerReplicaHour(service, usage, nowMs);
    const ResourceAmounts week = m_model.charge(service, usage, nowMs - 7 * kDayMs, nowMs);
    double replicaHours = 0;
    for (qsizetype i = 0; i < usage.replicas.size(); ++i) {
        const qint64 t = usage.replicas.timeAt(i);
        if (t >= nowMs - 7 * kDayMs && t < nowMs && std::isfinite(usage.replicas.values[size_t(i)]))
            replicaHours += usage.replicas.values[size_t(i)] * double(usage.replicas.stepMs) / double(kHourMs);
    }
    return replicaHours > 0 ? week[Resource::Memory].toUnits() / replicaHours : 0.0;
}

std::optional<Recommendation> Recommender::idle(const Model::Service &service, const ServiceUsage &usage,
                                                qint64 nowMs) const
{
    // A worker or a database answers no HTTP requests and is not idle for that.
    if (service.role == u"worker" || service.role == u"database")
        return std::nullopt;
    const int replicas = lastReplicas(usage);
    if (replicas <= 0)
        return std::nullopt;
    const qint64 from = nowMs - m_settings.idleDays * kDayMs;
    double coverage = 0;
    const double maxRps = percentile(usage.rps, from, nowMs, 100.0, &coverage);
    if (!std::isfinite(maxRps) || coverage < m_settings.minCoverage || maxRps >= m_settings.idleRps)
        return std::nullopt;
    const ResourceAmounts week = m_model.charge(service, usage, nowMs - 7 * kDayMs, nowMs);
    const double perHour =
        (week[Resource::Cpu] + week[Resource::Memory] + week[Resource::Node]).toUnits() / (7.0 * 24.0);
    Recommendation r = base(RecommendationKind::IdleService, service);
    r.monthlySaving = monthly(perHour);
    r.risk = Risk::Medium;
    r.confidence = coverage;
    r.facts.insert(u"days"_s, m_settings.idleDays);
    r.facts.insert(u"maxRps"_s, maxRps);
    r.proposal.action = ProposalDraft::Action::Scale;
    r.proposal.rule = u"cost.idle"_s;
    r.proposal.fix = u"sleep"_s;
    r.proposal.fromReplicas = replicas;
    r.proposal.toReplicas = 0;
    return r;
}

std::optional<Recommendation> Recommender::excessReplicas(const Model::Service &service, const ServiceUsage &usage,
                                                          qint64 nowMs) const
{
    const int replicas = lastReplicas(usage);
    if (replicas < 2)
        return std::nullopt;
    const qint64 from = nowMs - m_settings.profileDays * kDayMs;
    double coverage = 0;
    const double p95Load = percentile(loadSeries(usage), from, nowMs, 95.0, &coverage);
    if (!std::isfinite(p95Load) || coverage < m_settings.minCoverage)
        return std::nullopt;
    const int needed = std::max({1, service.minReplicas, int(std::ceil(p95Load / m_settings.targetCpu - 1e-9))});
    if (needed >= replicas)
        return std::nullopt;
    Recommendation r = base(RecommendationKind::ExcessReplicas, service);
    r.monthlySaving = monthly(double(replicas - needed) * replicaHourSaving(service, usage, nowMs));
    const double peakAfter = p95Load / needed;
    r.risk = peakAfter <= m_settings.targetCpu - 10.0 ? Risk::Low : Risk::Medium;
    r.confidence = coverage;
    r.facts.insert(u"days"_s, m_settings.profileDays);
    r.facts.insert(u"p95Load"_s, p95Load);
    r.facts.insert(u"peakAfter"_s, peakAfter);
    r.facts.insert(u"target"_s, m_settings.targetCpu);
    r.proposal.action = ProposalDraft::Action::Scale;
    r.proposal.rule = u"cost.replicas"_s;
    r.proposal.fix = u"scale_down"_s;
    r.proposal.fromReplicas = replicas;
    r.proposal.toReplicas = needed;
    return r;
}

std::optional<Recommendation> Recommender::offPeak(const Model::Service &service, const ServiceUsage &usage,
                                                   qint64 nowMs, int baseReplicas) const
{
    if (baseReplicas < 2)
        return std::nullopt;
    const qint64 from = nowMs - m_settings.profileDays * kDayMs;
    const Analysis::RegularSeries load = loadSeries(usage);
    // The daily profile in the operator's local hours (DST included): p95 per hour.
    std::array<std::vector<double>, 24> byHour;
    qint64 expected = 0;
    qint64 seen = 0;
    for (qsizetype i = 0; i < load.size(); ++i) {
        const qint64 t = load.timeAt(i);
        if (t < from || t >= nowMs)
            continue;
        ++expected;
        const double v = load.values[size_t(i)];
        if (!std::isfinite(v))
            continue;
        ++seen;
        byHour[size_t(QDateTime::fromMSecsSinceEpoch(t, m_model.calendar().zone()).time().hour())].push_back(v);
    }
    if (expected == 0 || double(seen) / double(expected) < m_settings.minCoverage)
        return std::nullopt;
    std::array<int, 24> needed{};
    std::array<double, 24> p95{};
    for (size_t h = 0; h < 24; ++h) {
        auto &v = byHour[h];
        if (v.empty()) {
            needed[h] = baseReplicas;
            continue;
        }
        std::sort(v.begin(), v.end());
        p95[h] = v[std::clamp<size_t>(size_t(std::ceil(0.95 * double(v.size()))), 1, v.size()) - 1];
        needed[h] = std::max({1, service.minReplicas, int(std::ceil(p95[h] / m_settings.targetCpu - 1e-9))});
    }
    const double hourSaving = replicaHourSaving(service, usage, nowMs);
    struct Window
    {
        int start = 0;
        int length = 0;
        int replicas = 0;
        double saving = 0;
    } best;
    for (int k = std::max(1, service.minReplicas); k < baseReplicas; ++k) {
        int bestStart = 0;
        int bestLength = 0;
        for (int start = 0; start < 24; ++start) {
            if (needed[size_t(start)] > k || needed[size_t((start + 23) % 24)] <= k)
                continue; // not the first hour of a run
            int length = 0;
            while (length < 24 && needed[size_t((start + length) % 24)] <= k)
                ++length;
            if (length > bestLength) {
                bestLength = length;
                bestStart = start;
            }
        }
        if (bestLength < m_settings.offPeakMinHours || bestLength >= 24)
            continue;
        const double saving = double(baseReplicas - k) * bestLength * kDaysPerMonth * hourSaving;
        if (saving > best.saving)
            best = {bestStart, bestLength, k, saving};
    }
    if (best.length == 0)
        return std::nullopt;
    double peakInWindow = 0;
    for (int h = 0; h < best.length; ++h)
        peakInWindow = std::max(peakInWindow, p95[size_t((best.start + h) % 24)]);
    Recommendation r = base(RecommendationKind::OffPeakSchedule, service);
    r.monthlySaving = Money::fromUnits(best.saving);
    r.risk = peakInWindow / best.replicas <= m_settings.targetCpu / 2 ? Risk::Low : Risk::Medium;
    r.confidence = double(seen) / double(expected);
    r.facts.insert(u"days"_s, m_settings.profileDays);
    r.facts.insert(u"target"_s, m_settings.targetCpu);
    r.facts.insert(u"hours"_s, best.length);
    r.facts.insert(u"peakInWindow"_s, peakInWindow / best.replicas);
    r.proposal.action = ProposalDraft::Action::Schedule;
    r.proposal.rule = u"cost.offpeak"_s;
    r.proposal.fix = u"offpeak_schedule"_s;
    r.proposal.fromReplicas = baseReplicas;
    r.proposal.toReplicas = best.replicas;
    r.proposal.windowStartHour = best.start;
    r.proposal.windowEndHour = (best.start + best.length) % 24;
    return r;
}

std::optional<Recommendation> Recommender::rightSize(const Model::Service &service, const ServiceUsage &usage,
                                                     qint64 nowMs) const
{
    const PriceTable *table = m_model.tableFor(service);
    // Where usage is billed, a smaller allocation saves nothing.
    if (!table || table->basis != PricingBasis::Allocation)
        return std::nullopt;
    const int replicas = lastReplicas(usage);
    if (replicas <= 0)
        return std::nullopt;
    const qint64 from = nowMs - m_settings.profileDays * kDayMs;
    double cpuCoverage = 0;
    double memCoverage = 0;
    double cpuP95 = percentile(usage.cpuPeak, from, nowMs, 95.0, &cpuCoverage);
    if (!std::isfinite(cpuP95))
        cpuP95 = percentile(usage.cpu, from, nowMs, 95.0, &cpuCoverage);
    double memP95 = percentile(usage.memoryPeak, from, nowMs, 95.0, &memCoverage);
    if (!std::isfinite(memP95))
        memP95 = percentile(usage.memory, from, nowMs, 95.0, &memCoverage);
    if (!std::isfinite(cpuP95) || !std::isfinite(memP95)
        || std::min(cpuCoverage, memCoverage) < m_settings.minCoverage)
        return std::nullopt;
    const Model::CostProfile &p = service.cost;
    Model::Service resized = service;
    if (cpuP95 < m_settings.rightSizeBelow)
        resized.cost.cpuPerReplica = std::min(
            p.cpuPerReplica, roundUpTo(p.cpuPerReplica * cpuP95 / m_settings.rightSizeTarget, m_settings.cpuStep));
    // Memory that keeps rising (a leak) is never trimmed: it would only die sooner.
    const bool leaking = slopePerHour(usage.memory, nowMs - 3 * kDayMs, nowMs) > m_settings.leakPerHour;
    if (memP95 < m_settings.rightSizeBelow && !leaking)
        resized.cost.memoryGbPerReplica =
            std::min(p.memoryGbPerReplica,
                     roundUpTo(p.memoryGbPerReplica * memP95 / m_settings.rightSizeTarget, m_settings.memoryStepGb));
    const double savingPerHour = replicas
        * (m_model.pricePerReplicaHour(service, usage, nowMs) - m_model.pricePerReplicaHour(resized, usage, nowMs));
    if (savingPerHour <= 0)
        return std::nullopt;
    Recommendation r = base(RecommendationKind::RightSize, service);
    r.monthlySaving = monthly(savingPerHour);
    r.risk = resized.cost.memoryGbPerReplica < p.memoryGbPerReplica ? Risk::Medium : Risk::Low;
    r.confidence = std::min(cpuCoverage, memCoverage);
    r.facts.insert(u"days"_s, m_settings.profileDays);
    r.facts.insert(u"cpuP95"_s, cpuP95);
    r.facts.insert(u"memP95"_s, memP95);
    r.facts.insert(u"cpuFrom"_s, p.cpuPerReplica);
    r.facts.insert(u"cpuTo"_s, resized.cost.cpuPerReplica);
    r.facts.insert(u"memFrom"_s, p.memoryGbPerReplica);
    r.facts.insert(u"memTo"_s, resized.cost.memoryGbPerReplica);
    r.facts.insert(u"target"_s, m_settings.rightSizeTarget);
    r.facts.insert(u"leaking"_s, leaking);
    r.proposal.action = ProposalDraft::Action::Manual;
    r.proposal.rule = u"cost.rightsize"_s;
    r.proposal.fix = u"right_size"_s;
    r.proposal.fromReplicas = replicas;
    r.proposal.toReplicas = replicas;
    return r;
}

QVector<Recommendation> Recommender::shared(const Model::Workspace &workspace,
                                            const QHash<QString, ServiceUsage> &usage, qint64 nowMs) const
{
    struct Member
    {
        const Model::Service *service;
        double cpuUse;    // p95 vCPU
        double memoryUse; // p95 GB
        double monthly;   // what it costs now
    };
    // Same role, same price table and node type: one deployment could host them.
    std::map<QString, std::vector<Member>> groups;
    const qint64 from = nowMs - m_settings.profileDays * kDayMs;
    for (const Model::Service &s : workspace.services) {
        const auto u = usage.constFind(s.id);
        const PriceTable *table = m_model.tableFor(s);
        if (u == usage.cend() || !table || s.role == u"database" || lastReplicas(*u) != 1)
            continue;
        double cc = 0, mc = 0;
        const double cpu = percentile(u->cpuPeak.values.empty() ? u->cpu : u->cpuPeak, from, nowMs, 95.0, &cc);
        const double mem = percentile(u->memoryPeak.values.empty() ? u->memory : u->memoryPeak, from, nowMs, 95.0, &mc);
        if (!std::isfinite(cpu) || !std::isfinite(mem) || std::min(cc, mc) < m_settings.minCoverage
            || cpu >= m_settings.sharedMaxUse || mem >= m_settings.sharedMaxUse)
            continue;
        const ResourceAmounts week = m_model.charge(s, *u, nowMs - 7 * kDayMs, nowMs);
        const double compute = (week[Resource::Cpu] + week[Resource::Memory] + week[Resource::Node]).toUnits();
        groups[s.role + u'|' + table->id + u'|' + s.cost.nodeType].push_back(
            {&s, cpu / 100.0 * s.cost.cpuPerReplica, mem / 100.0 * s.cost.memoryGbPerReplica,
             compute / (7.0 * 24.0) * CostModel::kHoursPerMonth});
    }
    QVector<Recommendation> out;
    for (const auto &[key, members] : groups) {
        if (int(members.size()) < m_settings.sharedMinServices)
            continue;
        // Hosted on replicas the size of the group's largest member, at least two
        // for redundancy; the sum of p95s is an upper bound of the p95 of the sum.
        const Model::Service *host = members.front().service;
        double cpuSum = 0, memSum = 0, current = 0;
        QSet<QString> projects;
        for (const Member &m : members) {
            cpuSum += m.cpuUse;
            memSum += m.memoryUse;
            current += m.monthly;
            projects.insert(m.service->projectId);
            if (m.service->cost.cpuPerReplica + m.service->cost.memoryGbPerReplica
                > host->cost.cpuPerReplica + host->cost.memoryGbPerReplica)
                host = m.service;
        }
        const int needed = std::max({2, int(std::ceil(cpuSum / (host->cost.cpuPerReplica * m_settings.targetCpu / 100.0))),
                                     int(std::ceil(memSum / (host->cost.memoryGbPerReplica * 0.8)))});
        if (needed >= int(members.size()))
            continue;
        const auto hostUsage = usage.value(host->id);
        const double perReplica = m_model.tableFor(*host)->basis == PricingBasis::Allocation
            ? m_model.pricePerReplicaHour(*host, hostUsage, nowMs) * CostModel::kHoursPerMonth
            : current / double(members.size()); // usage: the same work, fewer idle replicas
        const double after = m_model.tableFor(*host)->basis == PricingBasis::Allocation
            ? needed * perReplica
            : current - (double(members.size() - needed) * replicaHourSaving(*host, hostUsage, nowMs)
                         * CostModel::kHoursPerMonth);
        const Money saving = Money::fromUnits(current - after);
        if (saving < m_settings.minMonthlySaving)
            continue;
        Recommendation r = base(RecommendationKind::SharedResource, *members.front().service);
        r.serviceIds.clear();
        for (const Member &m : members)
            r.serviceIds.append(m.service->id);
        r.monthlySaving = saving;
        r.risk = Risk::High;
        r.confidence = 0.6;
        r.facts.insert(u"count"_s, int(members.size()));
        r.facts.insert(u"projects"_s, int(projects.size()));
        r.facts.insert(u"replicasTo"_s, needed);
        r.facts.insert(u"role"_s, host->role);
        r.proposal.action = ProposalDraft::Action::Manual;
        r.proposal.rule = u"cost.shared"_s;
        r.proposal.fix = u"consolidate"_s;
        r.proposal.fromReplicas = int(members.size());
        r.proposal.toReplicas = needed;
        out.append(r);
    }
    return out;
}

QVector<Recommendation> Recommender::recommend(const Model::Workspace &workspace,
                                               const QHash<QString, ServiceUsage> &usage, qint64 nowMs) const
{
    QVector<Recommendation> out;
    for (const Model::Service &s : workspace.services) {
        const auto u = usage.constFind(s.id);
        if (u == usage.cend() || !m_model.tableFor(s))
            continue;
        // An idle service is slept, nothing else; otherwise fewer replicas all day
        // first, then a schedule for the quiet hours on top of that count.
        if (auto r = idle(s, *u, nowMs)) {
            out.append(*r);
            continue;
        }
        const auto excess = excessReplicas(s, *u, nowMs);
        if (excess)
            out.append(*excess);
        if (auto r = offPeak(s, *u, nowMs, excess ? excess->proposal.toReplicas : lastReplicas(*u)))
            out.append(*r);
        if (auto r = rightSize(s, *u, nowMs))
            out.append(*r);
    }
    out += shared(workspace, usage, nowMs);
    out.erase(std::remove_if(out.begin(), out.end(),
                             [this](const Recommendation &r) { return r.monthlySaving < m_settings.minMonthlySaving; }),
              out.end());
    std::stable_sort(out.begin(), out.end(), [](const Recommendation &a, const Recommendation &b) {
        return a.monthlySaving > b.monthlySaving;
    });
    for (Recommendation &r : out)
        r.proposal.costDeltaPerMonth = -r.monthlySaving.toUnits();
    return out;
}

} // namespace Cost
