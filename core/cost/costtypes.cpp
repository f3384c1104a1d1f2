#include "core/cost/costtypes.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Cost {

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 0) + u" %"_s;
}

QString hour(int h)
{
    return u"%1:00"_s.arg(h % 24, 2, 10, QLatin1Char('0'));
}

} // namespace

QString resourceId(Resource resource)
{
    switch (resource) {
    case Resource::Cpu: return u"cpu"_s;
    case Resource::Memory: return u"memory"_s;
    case Resource::Node: return u"nodes"_s;
    case Resource::Egress: return u"egress"_s;
    case Resource::Volume: return u"volume"_s;
    case Resource::Plan: return u"plan"_s;
    case Resource::Count: break;
    }
    return {};
}

QString resourceLabel(Resource resource)
{
    switch (resource) {
    case Resource::Cpu: return QCoreApplication::translate("Cost::Resource", "vCPU");
    case Resource::Memory: return QCoreApplication::translate("Cost::Resource", "Memory");
    case Resource::Node: return QCoreApplication::translate("Cost::Resource", "Node share");
    case Resource::Egress: return QCoreApplication::translate("Cost::Resource", "Egress");
    case Resource::Volume: return QCoreApplication::translate("Cost::Resource", "Volumes");
    case Resource::Plan: return QCoreApplication::translate("Cost::Resource", "Plans");
    case Resource::Count: break;
    }
    return {};
}

QString recommendationKindId(RecommendationKind kind)
{
    switch (kind) {
    case RecommendationKind::IdleService: return u"idle"_s;
    case RecommendationKind::OffPeakSchedule: return u"offpeak"_s;
    case RecommendationKind::RightSize: return u"rightsize"_s;
    case RecommendationKind::ExcessReplicas: return u"replicas"_s;
    case RecommendationKind::SharedResource: return u"shared"_s;
    case RecommendationKind::DeployCloser: return u"region"_s;
    }
    return {};
}

QString riskLabel(Risk risk)
{
    switch (risk) {
    case Risk::Low: return QCoreApplication::translate("Cost::Risk", "Low");
    case Risk::Medium: return QCoreApplication::translate("Cost::Risk", "Medium");
    case Risk::High: return QCoreApplication::translate("Cost::Risk", "High");
    }
    return {};
}

Money CostReport::total(Period period) const
{
    Money sum;
    for (const ServiceCost &s : services)
        sum += s.at(period).total();
    for (const PlanCost &p : plans)
        sum += p.fee[size_t(period)] + p.credit[size_t(period)];
    return sum;
}

QString Recommendation::title() const
{
    const QString name = facts.value(u"service"_s).toString();
    switch (kind) {
    case RecommendationKind::IdleService:
        return tr("Sleep %1: no traffic for %n day(s)", nullptr, facts.value(u"days"_s).toInt()).arg(name);
    case RecommendationKind::OffPeakSchedule:
        return tr("Run %1 on %2 instead of %3 replicas from %4 to %5")
            .arg(name)
            .arg(proposal.toReplicas)
            .arg(proposal.fromReplicas)
            .arg(hour(proposal.windowStartHour), hour(proposal.windowEndHour));
    case RecommendationKind::RightSize:
        return tr("Right-size %1 to %2 vCPU and %3 GB per replica")
            .arg(name, number(facts.value(u"cpuTo"_s).toDouble(), 2), number(facts.value(u"memTo"_s).toDouble(), 2));
    case RecommendationKind::ExcessReplicas:
        return tr("Scale %1 from %2 to %3 replicas").arg(name).arg(proposal.fromReplicas).arg(proposal.toReplicas);
    case RecommendationKind::SharedResource:
        return tr("Serve %n small %1 services from one shared deployment", nullptr, facts.value(u"count"_s).toInt())
            .arg(facts.value(u"role"_s).toString());
    case RecommendationKind::DeployCloser:
        return tr("Deploy a replica of %1 in %2").arg(name, facts.value(u"region"_s).toString());
    }
    return {};
}

QString Recommendation::explanation() const
{
    const QString saving = monthlySaving.format();
    switch (kind) {
    case RecommendationKind::IdleService:
        return tr("At most %1 requests/s in the last %n day(s); replicas running: %2. Scaling it to zero saves "
                  "about %3 a month; volumes and their cost stay.", nullptr, facts.value(u"days"_s).toInt())
            .arg(number(facts.value(u"maxRps"_s).toDouble(), 3))
            .arg(proposal.fromReplicas)
            .arg(saving);
    case RecommendationKind::OffPeakSchedule:
        return tr("Learned from the daily profile of the last %n day(s): from %1 to %2 (%3) the 95th percentile "
                  "load fits in fewer replicas (needed: %4, at a %5 CPU target). Saves about %6 a month.", nullptr, facts.value(u"days"_s).toInt())
            .arg(hour(proposal.windowStartHour), hour(proposal.windowEndHour), proposal.timeZone)
            .arg(proposal.toReplicas)
            .arg(percent(facts.value(u"target"_s).toDouble() / 100.0), saving);
    case RecommendationKind::RightSize:
        return tr("95th percentile use over %n day(s): CPU %1 of %2 vCPU, memory %3 of %4 GB. The new allocation "
                  "keeps them near the %5 target and saves about %6 a month.", nullptr, facts.value(u"days"_s).toInt())
            .arg(percent(facts.value(u"cpuP95"_s).toDouble() / 100.0), number(facts.value(u"cpuFrom"_s).toDouble(), 2),
                 percent(facts.value(u"memP95"_s).toDouble() / 100.0), number(facts.value(u"memFrom"_s).toDouble(), 2),
                 percent(facts.value(u"target"_s).toDouble() / 100.0), saving);
    case RecommendationKind::ExcessReplicas:
        return tr("Over %n day(s) the 95th percentile load was %1 of one replica; replicas needed at that load: %2, "
                  "each at about %3 CPU. Saves about %4 a month.", nullptr, facts.value(u"days"_s).toInt())
            .arg(percent(facts.value(u"p95Load"_s).toDouble() / 100.0))
            .arg(proposal.toReplicas)
            .arg(percent(facts.value(u"peakAfter"_s).toDouble() / 100.0), saving);
    case RecommendationKind::SharedResource:
        return tr("%n service(s) (projects: %1) each use little of their own replica. Together their 95th "
                  "percentile use fits in one multi-tenant deployment (replicas: %2). Saves about %3 a month.",
                  nullptr, facts.value(u"count"_s).toInt())
            .arg(facts.value(u"projects"_s).toInt())
            .arg(facts.value(u"replicasTo"_s).toInt())
            .arg(saving);
    case RecommendationKind::DeployCloser:
        return tr("%1 of its traffic comes from %2, where the p95 latency is %3 ms against %4 ms in %5. A replica "
                  "there should cut about %6 ms for those users, for about %7 a month.")
            .arg(percent(facts.value(u"share"_s).toDouble()), facts.value(u"region"_s).toString(),
                 number(facts.value(u"latency"_s).toDouble(), 0), number(facts.value(u"hostLatency"_s).toDouble(), 0),
                 facts.value(u"hostRegion"_s).toString(), number(facts.value(u"gainMs"_s).toDouble(), 0),
                 (-monthlySaving).format());
    }
    return {};
}

QString Recommendation::riskText() const
{
    switch (kind) {
    case RecommendationKind::IdleService:
        return tr("The first request after it sleeps waits for a cold start; scheduled jobs inside the service "
                  "stop while it sleeps.");
    case RecommendationKind::OffPeakSchedule:
        return tr("A spike inside the window waits for the scale-up; the profile can drift, so the schedule is "
                  "re-learned every time the figures refresh.");
    case RecommendationKind::RightSize:
        return facts.value(u"memTo"_s).toDouble() < facts.value(u"memFrom"_s).toDouble()
            ? tr("Less memory headroom: a burst above the 95th percentile can get the container killed (OOM).")
            : tr("Less CPU headroom: bursts are throttled, so latency can rise at peaks.");
    case RecommendationKind::ExcessReplicas:
        return tr("Less headroom and less redundancy: losing one replica puts more load on the others.");
    case RecommendationKind::SharedResource:
        return tr("One failure then affects every service in the group, and the sites must be migrated into one "
                  "multi-tenant deployment by hand.");
    case RecommendationKind::DeployCloser:
        return facts.value(u"capReached"_s).toBool()
            ? tr("The plan's replica cap is reached: this needs a larger plan. Writes still go to the database in "
                 "the home region.")
            : tr("Writes and uncached reads still go to the database in the home region, so the gain is smaller "
                 "for pages that need them.");
    }
    return {};
}

} // namespace Cost
