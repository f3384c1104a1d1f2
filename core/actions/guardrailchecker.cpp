#include "core/actions/guardrailchecker.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

Util::Error refused(const QString &why)
{
    return Util::makeError(u"action.guardrail"_s,
                           QCoreApplication::translate("Actions", "Stopped by a guardrail: %1").arg(why));
}

} // namespace

Util::Result<void> GuardrailChecker::check(const Proposal &p, const ProviderState &observed, const Guardrails &g,
                                           qint64 nowMs, qint64 lastScaleMs)
{
    if (p.kind != ActionKind::Scale)
        return {};
    const int to = p.toReplicas;
    if (to < g.minReplicas)
        return refused(QCoreApplication::translate("Actions", "%1 replicas is under the minimum of %2.")
                           .arg(to)
                           .arg(g.minReplicas));
    if (to > g.maxReplicas)
        return refused(QCoreApplication::translate("Actions", "%1 replicas is over the maximum of %2.")
                           .arg(to)
                           .arg(g.maxReplicas));
    const int current = observed.replicas >= 0 ? observed.replicas : p.fromReplicas;
    if (p.fromReplicas > 0 && current != p.fromReplicas)
        return refused(QCoreApplication::translate("Actions", "the service now runs %1 replicas, not the %2 this "
                                                              "proposal was made for.")
                           .arg(current)
                           .arg(p.fromReplicas));
    if (std::abs(to - current) > g.maxStep)
        return refused(QCoreApplication::translate("Actions", "a change of %1 replicas is more than the maximum step "
                                                              "of %2.")
                           .arg(std::abs(to - current))
                           .arg(g.maxStep));
    if (lastScaleMs > 0 && nowMs - lastScaleMs < g.cooldownMs)
        return refused(QCoreApplication::translate("Actions", "the service was scaled %1 s ago; the cooldown is %2 s.")
                           .arg((nowMs - lastScaleMs) / 1000)
                           .arg(g.cooldownMs / 1000));
    if (g.monthlySpendCap > 0.0 && to > current && to * g.replicaMonthlyCost > g.monthlySpendCap + 1e-9)
        return refused(QCoreApplication::translate("Actions", "%1 replicas cost %2 a month, over the cap of %3.")
                           .arg(to)
                           .arg(QLocale().toCurrencyString(to * g.replicaMonthlyCost, u"$"_s),
                                QLocale().toCurrencyString(g.monthlySpendCap, u"$"_s)));
    return {};
}

} // namespace Actions
