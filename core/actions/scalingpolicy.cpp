#include "core/actions/scalingpolicy.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Actions {

int ScalingPolicy::desiredReplicas(int current, double value, double target, double tolerance)
{
    if (current <= 0 || !std::isfinite(value) || !std::isfinite(target) || target <= 0.0)
        return current;
    const double ratio = value / target;
    if (std::abs(ratio - 1.0) <= tolerance)
        return current;
    // A hair of slack so that 3 × 0.6667 does not become 3 through rounding noise.
    return std::max(1, static_cast<int>(std::ceil(current * ratio - 1e-9)));
}

int ScalingPolicy::applyGuardrails(int current, int wanted, const Guardrails &g, QString *limitedBy)
{
    int to = wanted;
    auto limit = [&](int value, const QString &why) {
        if (value != to) {
            to = value;
            if (limitedBy)
                *limitedBy = why;
        }
    };
    if (to > current + g.maxStep)
        limit(current + g.maxStep, QCoreApplication::translate("Actions", "at most %n replica(s) per step", nullptr,
                                                               g.maxStep));
    if (to < current - g.maxStep)
        limit(current - g.maxStep, QCoreApplication::translate("Actions", "at most %n replica(s) per step", nullptr,
                                                               g.maxStep));
    if (to > g.maxReplicas)
        limit(g.maxReplicas, QCoreApplication::translate("Actions", "maximum %n replica(s)", nullptr, g.maxReplicas));
    if (to < g.minReplicas)
        limit(g.minReplicas, QCoreApplication::translate("Actions", "minimum %n replica(s)", nullptr, g.minReplicas));
    if (g.monthlySpendCap > 0.0 && g.replicaMonthlyCost > 0.0 && to > current) {
        const int affordable = static_cast<int>(std::floor(g.monthlySpendCap / g.replicaMonthlyCost + 1e-9));
        if (to > affordable)
            limit(std::max(current, affordable),
                  QCoreApplication::translate("Actions", "monthly spend cap %1")
                      .arg(QLocale().toCurrencyString(g.monthlySpendCap, u"$"_s)));
    }
    return to;
}

ScalingDecision ScalingPolicy::evaluate(const QString &serviceId, const ScalingInput &in)
{
    ScalingDecision d;
    d.desired = desiredReplicas(in.currentReplicas, in.metricValue, in.target.target, in.target.tolerance);
    d.recommended = d.desired;
    d.to = in.currentReplicas;
    if (in.currentReplicas <= 0 || !std::isfinite(in.metricValue)) {
        d.skipped = QCoreApplication::translate("Actions", "no current value");
        return d;
    }

    // The window keeps every recommendation, including "no change": a scale-down is
    // allowed only to the highest one seen during the whole window.
    QVector<Recommendation> &history = m_history[serviceId];
    history.append({in.nowMs, d.desired});
    const qint64 windowStart = in.nowMs - in.guardrails.scaleDownWindowMs;
    const bool windowCovered = !history.isEmpty() && history.first().atMs <= windowStart;
    history.erase(std::remove_if(history.begin(), history.end(),
                                 [windowStart](const Recommendation &r) { return r.atMs < windowStart; }),
                  history.end());
    if (d.desired < in.currentReplicas) {
        int highest = d.desired;
        for (const Recommendation &r : history)
            highest = std::max(highest, r.replicas);
        d.recommended = windowCovered ? std::min(highest, in.currentReplicas) : in.currentReplicas;
        if (d.recommended >= in.currentReplicas) {
            d.skipped = QCoreApplication::translate("Actions", "waiting out the scale-down stabilization window");
            return d;
        }
    }
    if (d.recommended == in.currentReplicas) {
        d.skipped = QCoreApplication::translate("Actions", "within tolerance of the target");
        return d;
    }
    if (in.lastScaleMs > 0 && in.nowMs - in.lastScaleMs < in.guardrails.cooldownMs) {
        d.skipped = QCoreApplication::translate("Actions", "cooling down after the last scaling");
        return d;
    }
    d.to = applyGuardrails(in.currentReplicas, d.recommended, in.guardrails, &d.limitedBy);
    d.propose = d.to != in.currentReplicas;
    if (!d.propose)
        d.skipped = QCoreApplication::translate("Actions", "held by a guardrail: %1").arg(d.limitedBy);
    return d;
}

} // namespace Actions
