#pragma once

#include "core/actions/actiontypes.h"

namespace Actions {

// How a wanted replica count fits the guardrails: kept within min/max replicas and
// reached in steps of at most maxStep, each a separate action after the cooldown.
// Used to tell the operator before a scale what will happen (the cost view's
// confirmation) and to keep a schedule's edge within one allowed step.
class ScaleSteps final
{
public:
    ScaleSteps(int from, int wanted, const Guardrails &guardrails);

    int from() const { return m_from; }
    int wanted() const { return m_wanted; }
    // The wanted count within min/max replicas.
    int target() const { return m_target; }
    // Where the first action goes (one step toward target).
    int firstStep() const { return m_first; }
    // Actions needed to reach target (0 when already there).
    int steps() const { return m_steps; }
    bool clampedToLimits() const { return m_target != m_wanted; }
    // One paragraph for a confirmation: the limits, and what this change does.
    QString explanation(const QString &serviceName) const;

private:
    Guardrails m_guardrails;
    int m_from = 0;
    int m_wanted = 0;
    int m_target = 0;
    int m_first = 0;
    int m_steps = 0;
};

} // namespace Actions
