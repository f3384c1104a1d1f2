#include "core/cost/costmodel.h"

#include "core/analysis/costforecaster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace Cost {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kMicro = 1'000'000; // quantities are kept in millionths (micro-vCPU, micro-GB)
constexpr qint64 kBytesPerGb = 1'000'000'000;

double valueAt(const Analysis::RegularSeries &s, qsizetype i)
{
    return i >= 0 && i < s.size() ? s.values[size_t(i)] : Analysis::kMissing;
}

// Index of the bucket of `s` holding `tMs`, or -1.
qsizetype bucketOf(const Analysis::RegularSeries &s, qint64 tMs)
{
    if (s.stepMs <= 0 || tMs < s.startMs)
        return -1;
    const qsizetype i = qsizetype((tMs - s.startMs) / s.stepMs);
    return i < s.size() ? i : -1;
}

qint64 quantity(double units)
{
    return std::isfinite(units) && units > 0 ? qint64(std::llround(units * double(kMicro))) : 0;
}

double perHour(const Rate &rate)
{
    if (!rate.set || rate.unitMs <= 0)
        return 0.0;
    return double(rate.price.value) * double(kHourMs) / double(rate.unitMs) / 1e9;
}

qint64 nextUtcMidnight(qint64 tMs)
{
    return (tMs / kDayMs + 1) * kDayMs;
}

// Charges of one resource: the first rate fixes the time unit (the table's loader
// guarantees every version uses the same one).
struct Meter
{
    std::optional<Charge> charge;
    void add(const Rate &rate, qint64 quantityScale, qint64 q, qint64 durationMs)
    {
        if (!rate.set || q == 0)
            return;
        if (!charge)
            charge.emplace(rate.unitMs, quantityScale);
        charge->add(rate.price, q, durationMs);
    }
    Money total() const { return charge ? charge->total() : Money(); }
};

} // namespace

CostModel::CostModel(PriceCatalogPtr catalog, BillingCalendar calendar)
    : m_catalog(std::move(catalog))
    , m_calendar(std::move(calendar))
{
    Q_ASSERT(m_catalog);
}

const PriceTable *CostModel::tableFor(const Model::Service &service, QString *reason) const
{
    QString id = service.cost.pricing;
    if (id.isEmpty() && (service.provider == u"railway" || service.provider == u"kubernetes"))
        id = service.provider;
    if (id.isEmpty()) {
        if (reason)
            *reason = tr("no price table chosen for this service");
        return nullptr;
    }
    const PriceTable *table = m_catalog->table(id);
    if (!table && reason)
        *reason = tr("unknown price table '%1'").arg(id);
    return table;
}

ResourceAmounts CostModel::charge(const Model::Service &service, const ServiceUsage &usage, qint64 fromMs,
                                  qint64 toMs, double *coverage) const
{
    ResourceAmounts out;
    if (coverage)
        *coverage = 0.0;
    const PriceTable *table = tableFor(service);
    if (!table || toMs <= fromMs)
        return out;
    const Model::CostProfile &profile = service.cost;
    Meter cpu, memory, node, egress, volume;
    qint64 coveredMs = 0;

    const Analysis::RegularSeries &grid = usage.replicas;
    if (grid.stepMs > 0 && !grid.values.empty()) {
        qsizetype first = std::max<qsizetype>(0, qsizetype((fromMs - grid.startMs) / grid.stepMs) - 1);
        for (qsizetype i = first; i < grid.size(); ++i) {
            const qint64 bucketStart = grid.timeAt(i);
            if (bucketStart >= toMs)
                break;
            const qint64 start = std::max(bucketStart, fromMs);
            const qint64 end = std::min(bucketStart + grid.stepMs, toMs);
            const double replicas = grid.values[size_t(i)];
            if (end <= start || !std::isfinite(replicas))
                continue;
            const qint64 d = end - start;
            coveredMs += d;
            const PriceVersion &v = table->versionAt(start);
            double cpuUnits = replicas * profile.cpuPerReplica;
            double memoryUnits = replicas * profile.memoryGbPerReplica;
            if (table->basis == PricingBasis::Usage) {
                // Railway bills what was used; a bucket without the measurement is
                // charged nothing rather than guessed.
                const double cpuPct = valueAt(usage.cpu, bucketOf(usage.cpu, bucketStart));
                const double memPct = valueAt(usage.memory, bucketOf(usage.memory, bucketStart));
                cpuUnits = std::isfinite(cpuPct) ? cpuUnits * cpuPct / 100.0 : 0.0;
                memoryUnits = std::isfinite(memPct) ? memoryUnits * memPct / 100.0 : 0.0;
            }
            const NodeType *nodeType =
                table->basis == PricingBasis::Allocation && !profile.nodeType.isEmpty() ? v.nodeType(profile.nodeType)
                                                                                       : nullptr;
            if (nodeType) {
                const double share = std::max(profile.cpuPerReplica / nodeType->vcpu,
                                              profile.memoryGbPerReplica / nodeType->memoryGb);
                node.add(nodeType->hourly, kMicro, quantity(replicas * share), d);
            } else {
                cpu.add(v.vcpu, kMicro, quantity(cpuUnits), d);
                memory.add(v.memoryGb, kMicro, quantity(memoryUnits), d);
            }
            const double rps = valueAt(usage.rps, bucketOf(usage.rps, bucketStart));
            if (std::isfinite(rps) && rps > 0) {
                const double bytes = rps * double(d) / 1000.0 * profile.egressKbPerRequest * 1000.0;
                egress.add(v.egressGb, kBytesPerGb, qint64(std::llround(bytes)), 1);
            }
        }
    }
    // A volume is billed for existing, whether or not metrics arrived; sliced at
    // UTC midnights, where price versions change.
    if (profile.volumeGb > 0) {
        for (qint64 t = fromMs; t < toMs;) {
            const qint64 end = std::min(nextUtcMidnight(t), toMs);
            volume.add(table->versionAt(t).volumeGb, kMicro, quantity(profile.volumeGb), end - t);
            t = end;
        }
    }
    out[Resource::Cpu] = cpu.total();
    out[Resource::Memory] = memory.total();
    out[Resource::Node] = node.total();
    out[Resource::Egress] = egress.total();
    out[Resource::Volume] = volume.total();
    if (coverage)
        *coverage = double(coveredMs) / double(toMs - fromMs);
    return out;
}

double CostModel::allocationPerHour(const Model::Service &service, const PriceTable &table, qint64 atMs) const
{
    const PriceVersion &v = table.versionAt(atMs);
    const Model::CostProfile &p = service.cost;
    if (table.basis == PricingBasis::Allocation && !p.nodeType.isEmpty()) {
        if (const NodeType *node = v.nodeType(p.nodeType))
            return std::max(p.cpuPerReplica / node->vcpu, p.memoryGbPerReplica / node->memoryGb) * perHour(node->hourly);
    }
    return p.cpuPerReplica * perHour(v.vcpu) + p.memoryGbPerReplica * perHour(v.memoryGb);
}

double CostModel::pricePerReplicaHour(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const
{
    const PriceTable *table = tableFor(service);
    if (!table)
        return 0.0;
    if (table->basis == PricingBasis::Allocation)
        return allocationPerHour(service, *table, nowMs);
    const qint64 from = nowMs - 7 * kDayMs;
    const ResourceAmounts week = charge(service, usage, from, nowMs);
    double replicaHours = 0.0;
    const Analysis::RegularSeries &r = usage.replicas;
    for (qsizetype i = 0; i < r.size(); ++i) {
        const qint64 s = std::max(r.timeAt(i), from);
        const qint64 e = std::min(r.timeAt(i) + r.stepMs, nowMs);
        if (e > s && std::isfinite(r.values[size_t(i)]))
            replicaHours += r.values[size_t(i)] * double(e - s) / double(kHourMs);
    }
    const double compute = (week[Resource::Cpu] + week[Resource::Memory]).toUnits();
    if (replicaHours <= 0.0 || compute <= 0.0)
        return allocationPerHour(service, *table, nowMs);
    return compute / replicaHours;
}

Money CostModel::replicaMonthly(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const
{
    return Money::fromUnits(pricePerReplicaHour(service, usage, nowMs) * kHoursPerMonth);
}

ServiceCost CostModel::serviceCost(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const
{
    ServiceCost out;
    out.serviceId = service.id;
    out.projectId = service.projectId;
    const PriceTable *table = tableFor(service, &out.unpricedReason);
    if (!table)
        return out;
    out.pricing = table->id;
    out.unpricedReason.clear();
    const qint64 dayStart = m_calendar.dayStartMs(nowMs);
    const qint64 monthStart = m_calendar.monthStartMs(nowMs);
    const qint64 monthEnd = m_calendar.nextMonthStartMs(nowMs);
    out.periods[size_t(Period::Today)] = charge(service, usage, dayStart, nowMs);
    const ResourceAmounts mtd = charge(service, usage, monthStart, nowMs, &out.coverage);
    out.periods[size_t(Period::MonthToDate)] = mtd;
    for (qsizetype i = usage.replicas.size() - 1; i >= 0; --i) {
        if (std::isfinite(usage.replicas.values[size_t(i)])) {
            out.replicas = int(std::lround(usage.replicas.values[size_t(i)]));
            break;
        }
    }
    out.pricePerReplicaHour = pricePerReplicaHour(service, usage, nowMs);
    out.replicaMonthly = Money::fromUnits(out.pricePerReplicaHour * kHoursPerMonth);

    // The rest of the month. Compute: the hourly compute cost, in replica
    // equivalents (cost / price per replica-hour: the replica count where capacity
    // is billed, replicas x utilisation where usage is), forecast with its daily and
    // weekly patterns and growth, times the price; the hour now running continues at
    // its last level. Egress at last week's rate; volumes exactly.
    const qint64 remainingMs = std::max<qint64>(0, monthEnd - nowMs);
    double compute = 0.0;
    double band = 0.0;
    double bandLow = 0.0;
    const qint64 nextHour = (nowMs / kHourMs + 1) * kHourMs;
    Analysis::RegularSeries equivalents = usage.replicas;
    double lastEquivalent = 0.0;
    for (qsizetype i = 0; i < equivalents.size(); ++i) {
        const qint64 t = equivalents.timeAt(i);
        if (!std::isfinite(equivalents.values[size_t(i)]) || t >= nowMs || out.pricePerReplicaHour <= 0)
            continue;
        const qint64 end = std::min(t + equivalents.stepMs, nowMs);
        const ResourceAmounts bucket = charge(service, usage, t, end);
        const double perHour = (bucket[Resource::Cpu] + bucket[Resource::Memory] + bucket[Resource::Node]).toUnits()
            * double(kHourMs) / double(end - t);
        equivalents.values[size_t(i)] = perHour / out.pricePerReplicaHour;
        lastEquivalent = equivalents.values[size_t(i)];
    }
    auto fc = Analysis::CostForecaster().forecast(equivalents, out.pricePerReplicaHour, nowMs, m_calendar.zone());
    const double runningHour = double(std::min(nextHour, monthEnd) - nowMs) / double(kHourMs);
    if (fc.ok() && remainingMs > 0) {
        compute = std::max(0.0, fc->monthEnd - fc->monthToDate) + runningHour * lastEquivalent * out.pricePerReplicaHour;
        band = std::max(0.0, fc->monthEndUpper - fc->monthEnd);
        bandLow = std::max(0.0, fc->monthEnd - fc->monthEndLower);
    } else if (remainingMs > 0) {
        compute = double(remainingMs) / double(kHourMs) * lastEquivalent * out.pricePerReplicaHour;
    }
    const ResourceAmounts week = charge(service, usage, nowMs - 7 * kDayMs, nowMs);
    const double weekCompute = (week[Resource::Cpu] + week[Resource::Memory] + week[Resource::Node]).toUnits();
    ResourceAmounts rest;
    for (Resource r : {Resource::Cpu, Resource::Memory, Resource::Node}) {
        const double share = weekCompute > 0 ? week[r].toUnits() / weekCompute
                                             : (r == Resource::Cpu ? 1.0 : 0.0);
        rest[r] = Money::fromUnits(compute * share);
    }
    rest[Resource::Egress] = Money::fromUnits(week[Resource::Egress].toUnits() * double(remainingMs) / double(7 * kDayMs));
    ServiceUsage none;
    rest[Resource::Volume] = charge(service, none, nowMs, monthEnd)[Resource::Volume];
    ResourceAmounts end = mtd;
    end += rest;
    out.periods[size_t(Period::MonthEnd)] = end;
    out.monthEndLower = std::max(mtd.total().toUnits(), end.total().toUnits() - bandLow);
    out.monthEndUpper = end.total().toUnits() + band;
    return out;
}

QVector<PlanCost> CostModel::planCosts(const Model::Workspace &workspace, const QVector<ServiceCost> &services,
                                       qint64 nowMs) const
{
    QVector<PlanCost> out;
    for (const Model::ProviderPlan &p : workspace.plans) {
        const PriceTable *table = m_catalog->table(p.pricing);
        const PlanPrice *plan = table ? table->versionAt(nowMs).plan(p.plan) : nullptr;
        if (!plan)
            continue;
        PlanCost cost;
        cost.pricing = p.pricing;
        cost.plan = p.plan;
        cost.name = table->name + u' ' + plan->name;
        cost.seats = std::max(1, p.seats);
        // Billed by the month: the whole fee belongs to this month, none of it to a day.
        for (Period period : {Period::MonthToDate, Period::MonthEnd}) {
            cost.fee[size_t(period)] = plan->monthlyFeePerSeat * cost.seats;
            Money usage;
            for (const ServiceCost &s : services)
                if (s.pricing == p.pricing)
                    usage += s.at(period).total();
            cost.credit[size_t(period)] = -std::min(usage, plan->includedUsage);
        }
        out.append(cost);
    }
    return out;
}

QVector<MonthCost> CostModel::monthCosts(const Model::Workspace &workspace, const QVector<ServiceUsage> &usage,
                                         qint64 nowMs) const
{
    QVector<MonthCost> out;
    qint64 earliest = nowMs;
    for (const ServiceUsage &u : usage)
        if (!u.replicas.values.empty())
            earliest = std::min(earliest, u.replicas.startMs);
    for (qint64 month = m_calendar.monthStartMs(earliest); month < nowMs; month = m_calendar.nextMonthStartMs(month)) {
        const qint64 end = std::min(m_calendar.nextMonthStartMs(month), nowMs);
        for (const Model::Project &project : workspace.projects) {
            MonthCost mc;
            mc.projectId = project.id;
            mc.month = m_calendar.monthId(month);
            double covered = 0.0;
            int counted = 0;
            for (const ServiceUsage &u : usage) {
                const Model::Service *s = workspace.service(u.serviceId);
                if (!s || s->projectId != project.id || !tableFor(*s))
                    continue;
                double coverage = 0.0;
                mc.total += charge(*s, u, month, end, &coverage).total();
                covered += coverage * double(end - month);
                ++counted;
            }
            const double monthLength = double(m_calendar.nextMonthStartMs(month) - month);
            mc.coverage = counted > 0 ? covered / counted / monthLength : 0.0;
            if (counted > 0)
                out.append(mc);
        }
    }
    return out;
}

} // namespace Cost
