#pragma once

#include "core/actions/actiontypes.h"

#include <QHash>
#include <QVector>

namespace Actions {

// What target tracking saw for one service at one moment.
struct ScalingInput
{
    int currentReplicas = 0;
    double metricValue = kNoValue; // averaged over the last minutes; per replica for RPS
    ScalingTarget target;
    Guardrails guardrails;
    qint64 nowMs = 0;
    qint64 lastScaleMs = 0;        // when the provider last confirmed a scaling (cooldown)
};

struct ScalingDecision
{
    bool propose = false;
    int desired = 0;        // the raw HPA formula
    int recommended = 0;    // after the scale-down stabilization window
    int to = 0;             // after min/max, maximum step and spend cap
    QString limitedBy;      // translated: which guardrail cut the change, if any
    QString skipped;        // translated: why nothing is proposed
};

// Target tracking as the Kubernetes HorizontalPodAutoscaler does it
// (kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale, "Algorithm
// details"): desired = ceil(current × value / target), no change while the ratio
// is within the tolerance (10%); scale-up at once, scale-down only to the highest
// recommendation seen during the stabilization window (5 min), so a dip does not
// remove capacity a minute before it is needed again; then min/max replicas, a
// maximum step, a cooldown after the last change and a monthly spend cap.
//
// Keeps the recent recommendations per service, so it is used from one thread.
class ScalingPolicy final
{
public:
    ScalingDecision evaluate(const QString &serviceId, const ScalingInput &input);

    // The HPA formula alone: `current` when within tolerance, never below 1 if current > 0.
    static int desiredReplicas(int current, double value, double target, double tolerance);
    // Applies min/max, step and spend cap to `wanted`; `limitedBy` names the guardrail that cut it.
    static int applyGuardrails(int current, int wanted, const Guardrails &guardrails, QString *limitedBy);

    void forget(const QString &serviceId) { m_history.remove(serviceId); }

private:
    struct Recommendation
    {
        qint64 atMs = 0;
        int replicas = 0;
    };
    QHash<QString, QVector<Recommendation>> m_history;
};

} // namespace Actions
