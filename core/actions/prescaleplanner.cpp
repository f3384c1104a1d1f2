#include "core/actions/prescaleplanner.h"

#include "core/actions/scalingpolicy.h"

#include <QCoreApplication>

#include <algorithm>

namespace Actions {

namespace {

constexpr qint64 kPeakSpanMs = 6 * 3600'000LL; // a peak is looked for this long after the need starts

bool usable(const PreScaleInput &in)
{
    return !in.forecast.isEmpty() && in.forecast.stepMs > 0 && in.currentReplicas > 0
        && std::isfinite(in.capacityPerReplica) && in.capacityPerReplica > 0.0
        && in.forecast.lower.size() == in.forecast.point.size() && in.forecast.upper.size() == in.forecast.point.size();
}

} // namespace

int PreScalePlanner::replicasFor(double rps, double capacity)
{
    if (!std::isfinite(rps) || !std::isfinite(capacity) || capacity <= 0.0)
        return 0;
    return std::max(1, static_cast<int>(std::ceil(rps / capacity - 1e-9)));
}

double PreScalePlanner::confidence(double point, double lower, double upper, double accuracy)
{
    if (!std::isfinite(point) || point <= 0.0 || !std::isfinite(lower) || !std::isfinite(upper))
        return 0.0;
    const double halfWidth = std::max(0.0, upper - lower) / 2.0;
    const double interval = std::clamp(1.0 - halfWidth / point, 0.0, 1.0);
    // An unknown accuracy counts as a coin toss, not as a perfect record.
    const double acc = std::isfinite(accuracy) ? std::clamp(accuracy, 0.0, 1.0) : 0.5;
    return std::sqrt(interval * acc);
}

PreScalePlan PreScalePlanner::planUp(const PreScaleInput &in)
{
    PreScalePlan plan;
    if (!usable(in)) {
        plan.skipped = QCoreApplication::translate("Actions", "no usable forecast");
        return plan;
    }
    const ForecastEvidence &f = in.forecast;
    const auto n = f.point.size();
    qsizetype first = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 t = f.startMs + i * f.stepMs;
        if (t < in.nowMs)
            continue;
        if (replicasFor(f.point.at(i), in.capacityPerReplica) > in.currentReplicas) {
            first = i;
            break;
        }
    }
    if (first < 0) {
        plan.skipped = QCoreApplication::translate("Actions", "the forecast needs no more replicas");
        return plan;
    }
    plan.needFromMs = f.startMs + first * f.stepMs;
    qsizetype peak = first;
    for (qsizetype i = first; i < n && f.startMs + i * f.stepMs <= plan.needFromMs + kPeakSpanMs; ++i) {
        if (f.point.at(i) > f.point.at(peak))
            peak = i;
    }
    plan.peakMs = f.startMs + peak * f.stepMs;
    plan.peakRps = f.point.at(peak);
    plan.peakLower = f.lower.at(peak);
    plan.peakUpper = f.upper.at(peak);
    plan.confidence = confidence(plan.peakRps, plan.peakLower, plan.peakUpper, f.accuracy);
    plan.executeByMs = plan.needFromMs - in.startupMs - in.marginMs;
    QString limitedBy;
    plan.toReplicas = ScalingPolicy::applyGuardrails(in.currentReplicas,
                                                      replicasFor(plan.peakRps, in.capacityPerReplica),
                                                      in.guardrails, &limitedBy);
    if (plan.toReplicas <= in.currentReplicas) {
        plan.skipped = QCoreApplication::translate("Actions", "held by a guardrail: %1").arg(limitedBy);
        return plan;
    }
    if (in.nowMs < plan.executeByMs - in.noticeMs) {
        plan.skipped = QCoreApplication::translate("Actions", "too early: the peak is still far off");
        return plan;
    }
    if (plan.confidence < in.minConfidence) {
        plan.skipped = QCoreApplication::translate("Actions", "confidence under the threshold");
        return plan;
    }
    plan.propose = true;
    return plan;
}

PreScalePlan PreScalePlanner::planDown(const PreScaleInput &in, qint64 lookaheadMs)
{
    PreScalePlan plan;
    plan.up = false;
    if (!usable(in)) {
        plan.skipped = QCoreApplication::translate("Actions", "no usable forecast");
        return plan;
    }
    const ForecastEvidence &f = in.forecast;
    double ahead = 0.0;
    qsizetype peak = -1;
    for (qsizetype i = 0; i < f.point.size(); ++i) {
        const qint64 t = f.startMs + i * f.stepMs;
        if (t < in.nowMs || t > in.nowMs + lookaheadMs)
            continue;
        if (f.point.at(i) >= ahead) {
            ahead = f.point.at(i);
            peak = i;
        }
    }
    if (peak < 0) {
        plan.skipped = QCoreApplication::translate("Actions", "no usable forecast");
        return plan;
    }
    plan.peakMs = f.startMs + peak * f.stepMs;
    plan.peakRps = ahead;
    plan.peakLower = f.lower.at(peak);
    plan.peakUpper = f.upper.at(peak);
    plan.confidence = confidence(plan.peakRps, plan.peakLower, plan.peakUpper, f.accuracy);
    // The floor is what is needed now: a forecast of a quiet hour must not take
    // away capacity the present traffic uses.
    const int forNow = replicasFor(in.currentRps, in.capacityPerReplica);
    const int wanted = std::max({replicasFor(ahead, in.capacityPerReplica), forNow, 1});
    QString limitedBy;
    plan.toReplicas = ScalingPolicy::applyGuardrails(in.currentReplicas, wanted, in.guardrails, &limitedBy);
    if (plan.toReplicas >= in.currentReplicas) {
        plan.skipped = QCoreApplication::translate("Actions", "the current load still needs the replicas");
        return plan;
    }
    if (plan.confidence < in.minConfidence) {
        plan.skipped = QCoreApplication::translate("Actions", "confidence under the threshold");
        return plan;
    }
    plan.propose = true;
    return plan;
}

} // namespace Actions
