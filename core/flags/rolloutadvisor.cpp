#include "core/flags/rolloutadvisor.h"

#include <QCoreApplication>

namespace Flags {

std::optional<RolloutProposal> RolloutAdvisor::propose(const Experiments::ExperimentReport &report,
                                                       const SourceFlags &flags,
                                                       const QVector<GuardrailReading> &readings)
{
    const Experiments::ExperimentDefinition &d = report.definition;
    if (report.verdict.kind != Experiments::VerdictKind::Winner)
        return std::nullopt;
    const Feature *feature = flags.feature(d.projectId, d.flagName);
    if (!feature) {
        for (const FlagProject &p : flags.projects)
            if ((feature = p.feature(d.flagName)))
                break;
    }
    if (!feature)
        return std::nullopt;
    const FeatureEnvironment *env = feature->environment(d.environment);
    if (!env)
        return std::nullopt;
    const Strategy *strategy = nullptr;
    for (const Strategy &s : env->strategies) {
        bool hasWinner = false;
        for (const Variant &v : s.variants)
            hasWinner = hasWinner || v.name == report.verdict.variant;
        if (!s.disabled && hasWinner) {
            strategy = &s;
            break;
        }
    }
    if (!strategy)
        return std::nullopt;

    RolloutProposal p;
    p.experimentId = d.id;
    FlagChange &c = p.change;
    c.kind = FlagChange::Kind::SetVariantWeights;
    c.sourceId = flags.status.sourceId;
    c.project = feature->project;
    c.feature = feature->name;
    c.environment = env->name;
    c.strategyId = strategy->id;
    c.variantsBefore = strategy->variants;
    c.variants = strategy->variants;
    bool alreadyAdvanced = true;
    for (Variant &v : c.variants) {
        const int target = v.name == report.verdict.variant ? 1000 : 0;
        alreadyAdvanced = alreadyAdvanced && v.weight == target;
        v.weight = target;
    }
    if (alreadyAdvanced)
        return std::nullopt;
    c.reason = QCoreApplication::translate("Flags", "Experiment \"%1\": variant %2 won.").arg(d.name, report.verdict.variant);

    p.guardrailsHealthy = true; // none configured: nothing to hold it back (the view says so)
    for (const QString &serviceId : d.guardrailServices) {
        GuardrailReading reading;
        reading.serviceId = serviceId;
        reading.serviceName = serviceId;
        for (const GuardrailReading &r : readings)
            if (r.serviceId == serviceId)
                reading = r;
        p.guardrails.append(reading);
        p.guardrailsHealthy = p.guardrailsHealthy && reading.healthy();
    }
    return p;
}

} // namespace Flags
