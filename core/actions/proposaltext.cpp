#include "core/actions/proposaltext.h"

#include "core/actions/flagactions.h"

#include "core/analysis/diagnosis/diagnosiscatalogue.h"
#include "core/cost/money.h" // a value type only: the cost of a replica in its why
#include "core/model/metricformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

QString metricName(Model::MetricKind kind)
{
    return Model::metricKindLabel(kind);
}

QString value(Model::MetricKind kind, double v)
{
    return Model::formatMetricValue(kind, v, QLocale());
}

QString timeOfDay(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).time(), QLocale::ShortFormat);
}

} // namespace

bool ProposalText::isManualFix(const QString &fixId)
{
    return kindForFix(fixId) == ActionKind::Manual;
}

ActionKind ProposalText::kindForFix(const QString &fixId)
{
    if (fixId == u"scale_up" || fixId == u"scale_down" || fixId == u"pre_scale_up" || fixId == u"pre_scale_down")
        return ActionKind::Scale;
    if (fixId == u"restart")
        return ActionKind::Restart;
    if (fixId == u"rollback")
        return ActionKind::Rollback;
    return ActionKind::Manual;
}

QString ProposalText::fixLabel(const QString &id)
{
    if (id == u"scale_up") return tr("Scale up");
    if (id == u"scale_down") return tr("Scale down");
    if (id == u"pre_scale_up") return tr("Scale up before the peak");
    if (id == u"pre_scale_down") return tr("Scale down after the peak");
    if (id == u"restart") return tr("Restart");
    if (id == u"rollback") return tr("Roll back to the previous deploy");
    if (id == u"back_off") return tr("Back off and retry later");
    if (id == u"queue_requests") return tr("Queue calls to the dependency");
    if (id == u"inspect_crash") return tr("Inspect the crash");
    if (id == u"inspect_queries") return tr("Inspect the slow queries");
    if (id == u"expand_volume") return tr("Expand the volume");
    if (id == u"clean_disk") return tr("Clean up the disk");
    if (id == u"renew_certificate") return tr("Renew the certificate");
    if (id == u"warm_cache") return tr("Warm the cache");
    if (id == u"raise_pool") return tr("Raise the pool size");
    if (id == u"shift_region") return tr("Shift traffic away from the region");
    if (id == u"right_size") return tr("Right-size the allocation");
    if (id == u"consolidate") return tr("Consolidate into a shared deployment");
    if (id == u"add_region_replica") return tr("Deploy a replica in the region");
    return id;
}

QString ProposalText::fixDescription(const QString &id)
{
    if (id == u"scale_up" || id == u"pre_scale_up" || id == u"scale_down" || id == u"pre_scale_down")
        return tr("Straja changes the replica count at the provider.");
    if (id == u"restart")
        return tr("Straja restarts the service at the provider (a rolling restart where the provider has one); "
                  "open a ticket for the root cause.");
    if (id == u"rollback")
        return tr("Straja rolls the service back to its previous deploy at the provider.");
    if (id == u"back_off")
        return tr("Lower the client's call rate to the dependency and retry with exponential backoff and jitter; "
                  "honour its Retry-After. Approve once it is applied: Straja then checks the 429 rate.");
    if (id == u"queue_requests")
        return tr("Put calls to the dependency behind a queue with a fixed rate. Approve once it is applied.");
    if (id == u"inspect_crash")
        return tr("Read the logs of the crashing container and fix the cause. Approve once it is applied.");
    if (id == u"inspect_queries")
        return tr("Find the queries that got slower (pg_stat_statements, the slow query log) and fix their plan or "
                  "index. Approve once it is applied.");
    if (id == u"expand_volume")
        return tr("Grow the volume at the provider. Approve once it is done: Straja then checks the usage.");
    if (id == u"clean_disk")
        return tr("Remove old logs, temporary files or dead rows (VACUUM). Approve once it is done.");
    if (id == u"renew_certificate")
        return tr("Renew and deploy the certificate (or fix the automatic renewal). Approve once it is done.");
    if (id == u"warm_cache")
        return tr("Warm the cache and check its eviction settings. Approve once it is done.");
    if (id == u"raise_pool")
        return tr("Raise the connection pool size, or find the code that holds connections. Approve once it is "
                  "done.");
    if (id == u"shift_region")
        return tr("Send the region's users to the nearest healthy region (DNS or load balancer weights) and check "
                  "the region's edge. Approve once it is done.");
    if (id == u"add_region_replica")
        return tr("Deploy a replica of the service in the region by hand (for Railway: the service's settings, "
                  "Regions). Straja records it as done by you, then checks the region's p95 latency.");
    return QString();
}

QString ProposalText::manualChecklist(const Proposal &p)
{
    if (p.kind != ActionKind::Manual)
        return QString();
    const QString service = p.actedServiceId();
    const bool kube = p.provider == u"kubernetes";
    const bool railway = p.provider == u"railway";
    QStringList steps;
    if (p.fix == u"renew_certificate") {
        // No provider API renews a certificate for Straja: it is issued by an ACME
        // client (cert-manager, Railway's own for its domains) or by hand.
        steps.append(kube ? tr("Check the Certificate resource of %1: kubectl describe certificate -n <namespace>; "
                               "cert-manager's events say why the renewal failed.")
                                .arg(service)
                          : railway ? tr("Open the service's Settings, Networking: Railway renews the certificates "
                                         "of its domains itself; a custom domain needs its DNS record still "
                                         "pointing at Railway.")
                                    : tr("Find why the automatic renewal of %1's certificate failed (ACME client "
                                         "logs, DNS or HTTP challenge).")
                                          .arg(service));
        steps.append(tr("Renew the certificate and deploy it where TLS ends (ingress, load balancer, proxy)."));
        steps.append(tr("Check the served certificate: openssl s_client -connect <host>:443 shows the new expiry "
                        "date."));
    } else if (p.fix == u"warm_cache") {
        steps.append(tr("Find what emptied or bypassed the cache of %1: a flush, a restart of the cache, a deploy "
                        "that changed the keys.")
                         .arg(service));
        steps.append(tr("Warm it: replay the most requested keys, or let traffic refill it with the backend "
                        "watched."));
        steps.append(tr("Check the eviction settings (maxmemory, maxmemory-policy) so the hot keys stay."));
    } else if (p.fix == u"raise_pool") {
        steps.append(tr("Find what holds the connections of %1: long transactions, leaked connections (HikariCP "
                        "leakDetectionThreshold), slow queries.")
                         .arg(service));
        steps.append(kube ? tr("Raise the pool size in the service's configuration (ConfigMap or environment), "
                               "within the database's max_connections for every replica, and roll it out.")
                          : railway ? tr("Raise the pool size in the service's variables, within the database's "
                                         "max_connections for every replica; Railway redeploys on the change.")
                                    : tr("Raise the pool size in the service's configuration, within the "
                                         "database's max_connections for every replica, and deploy it."));
    } else {
        steps.append(fixDescription(p.fix));
    }
    steps.append(tr("Approve here once it is done: the approval records that you did it. %1").arg(verification(p)));
    QString text;
    for (qsizetype i = 0; i < steps.size(); ++i)
        text += (i ? u"\n"_s : QString()) + QString::number(i + 1) + u". "_s + steps.at(i);
    return text;
}

QString ProposalText::title(const Proposal &p)
{
    const QString service = p.actedServiceId();
    switch (p.kind) {
    case ActionKind::Scale:
        if (p.fix == u"pre_scale_up")
            return tr("Pre-scale %1 from %2 to %3 replicas before the peak at %4")
                .arg(service)
                .arg(p.fromReplicas)
                .arg(p.toReplicas)
                .arg(timeOfDay(static_cast<qint64>(p.facts.value(u"peakMs"_s).toDouble())));
        return tr("Scale %1 from %2 to %3 replicas").arg(service).arg(p.fromReplicas).arg(p.toReplicas);
    case ActionKind::Restart: return tr("Restart %1").arg(service);
    case ActionKind::Rollback: return tr("Roll back %1 to its previous deploy").arg(service);
    case ActionKind::Manual: return tr("%1 on %2").arg(fixLabel(p.fix), service);
    case ActionKind::FlagChange: return FlagActions::describe(p);
    }
    return service;
}

QString ProposalText::reason(const Proposal &p)
{
    // The operator's own scaling and cost recommendations are not target tracking.
    if (p.rule == u"operator.scale")
        return tr("Asked for by %1.").arg(p.facts.value(u"requestedBy"_s).toString());
    if (p.rule == u"cost.schedule") {
        const QString edge = p.facts.value(u"windowStart"_s).toBool() ? tr("the window starts") : tr("the window ends");
        return tr("Off-peak schedule %1 (%2:00-%3:00 %4, approved by %5): %6.")
            .arg(p.facts.value(u"schedule"_s).toString())
            .arg(p.facts.value(u"startHour"_s).toInt(), 2, 10, QLatin1Char('0'))
            .arg(p.facts.value(u"endHour"_s).toInt(), 2, 10, QLatin1Char('0'))
            .arg(p.facts.value(u"timeZone"_s).toString(), p.facts.value(u"approvedBy"_s).toString(), edge);
    }
    if (p.rule == u"geo.replica") {
        // The why of a replica closer to users, from the facts recorded with it.
        const QLocale locale;
        return tr("Deploy closer to users: %1 % of %2's traffic comes from %3, where the p95 latency is %4 ms "
                  "against %5 ms in %6; a replica there should cut about %7 ms for those users, for about %8 a "
                  "month.")
            .arg(locale.toString(p.facts.value(u"share"_s).toDouble() * 100.0, 'f', 1),
                 p.facts.value(u"service"_s).toString(), p.facts.value(u"region"_s).toString(),
                 locale.toString(p.facts.value(u"latency"_s).toDouble(), 'f', 0),
                 locale.toString(p.facts.value(u"hostLatency"_s).toDouble(), 'f', 0),
                 p.facts.value(u"hostRegion"_s).toString(),
                 locale.toString(p.facts.value(u"gainMs"_s).toDouble(), 'f', 0),
                 Cost::Money::fromUnits(-p.facts.value(u"monthlySaving"_s).toDouble()).format());
    }
    if (p.rule.startsWith(u"cost.") || p.rule.startsWith(u"geo."))
        return tr("Cost recommendation: %1").arg(p.facts.value(u"summary"_s).toString());
    switch (p.trigger) {
    case Trigger::TargetTracking: {
        const auto metric = Model::metricKindFromId(p.facts.value(u"metric"_s).toString()).value_or(p.effectMetric);
        const double observed = p.facts.value(u"observed"_s).toDouble();
        const double target = p.facts.value(u"target"_s).toDouble();
        const QString rule = tr("Target tracking (as a Kubernetes HPA): desired = ceil(%1 × %2 / %3) = %4, "
                                "tolerance %5 %.")
                                 .arg(p.fromReplicas)
                                 .arg(value(metric, observed), value(metric, target))
                                 .arg(p.facts.value(u"desired"_s).toInt())
                                 .arg(QLocale().toString(p.facts.value(u"tolerance"_s).toDouble() * 100.0, 'f', 0));
        QString seen = observed > target
                           ? tr("%1 is %2, over its target of %3.").arg(metricName(metric), value(metric, observed),
                                                                        value(metric, target))
                           : tr("%1 is %2, under its target of %3.").arg(metricName(metric), value(metric, observed),
                                                                         value(metric, target));
        if (p.facts.contains(u"limitedBy"_s))
            seen += u' ' + tr("Limited by a guardrail: %1.").arg(p.facts.value(u"limitedBy"_s).toString());
        return seen + u' ' + rule;
    }
    case Trigger::Predictive: {
        const QString peak = timeOfDay(static_cast<qint64>(p.facts.value(u"peakMs"_s).toDouble()));
        return tr("The traffic forecast peaks at %1 around %2 (95 % band %3 to %4); %5 replicas carry it at the "
                  "target. Starting %6 min ahead covers the provider's start-up time.")
            .arg(value(Model::MetricKind::Rps, p.facts.value(u"peakRps"_s).toDouble()), peak,
                 value(Model::MetricKind::Rps, p.facts.value(u"peakLower"_s).toDouble()),
                 value(Model::MetricKind::Rps, p.facts.value(u"peakUpper"_s).toDouble()))
            .arg(p.toReplicas)
            .arg(p.facts.value(u"leadMinutes"_s).toInt());
    }
    case Trigger::Diagnosis:
        return Analysis::DiagnosisCatalogue::label(p.pattern) + u": "_s
            + Analysis::DiagnosisCatalogue::describe(p.pattern, p.facts);
    }
    return QString();
}

QString ProposalText::effect(const Proposal &p)
{
    if (!std::isfinite(p.effectBefore) || !std::isfinite(p.effectAfter))
        return fixDescription(p.fix);
    return tr("%1 about %2 afterwards (now %3).")
        .arg(metricName(p.effectMetric), value(p.effectMetric, p.effectAfter), value(p.effectMetric, p.effectBefore));
}

QString ProposalText::costPerMonth(double delta)
{
    if (std::abs(delta) < 0.005)
        return tr("no change");
    const QString amount = QLocale().toCurrencyString(std::abs(delta), u"$"_s);
    return delta > 0 ? tr("+%1 / month").arg(amount) : tr("−%1 / month").arg(amount);
}

QString ProposalText::confidence(double c)
{
    return QLocale().toString(c * 100.0, 'f', 0) + u"\u00A0%"_s;
}

QString ProposalText::verification(const Proposal &p)
{
    const VerificationRule &r = p.verification;
    const int windowMin = static_cast<int>(r.windowMs / 60'000);
    const int settleMin = static_cast<int>(r.settleMs / 60'000);
    QString metric = metricName(r.metric);
    if (!r.region.isEmpty())
        metric += u" ("_s + r.region + u')';
    QString text = r.below ? tr("Succeeds if %1 averages below %2 over %n min, starting %3 min after the change.",
                                nullptr, windowMin)
                                 .arg(metric, value(r.metric, r.threshold))
                                 .arg(settleMin)
                           : tr("Succeeds if %1 averages above %2 over %n min, starting %3 min after the change.",
                                nullptr, windowMin)
                                 .arg(metric, value(r.metric, r.threshold))
                                 .arg(settleMin);
    if (r.revertOnFailure && p.kind == ActionKind::Scale)
        text += u' ' + tr("Otherwise Straja scales back to %1 replicas (part of this approval).").arg(p.fromReplicas);
    return text;
}

} // namespace Actions
