#include "core/actions/scalesteps.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Actions {

ScaleSteps::ScaleSteps(int from, int wanted, const Guardrails &guardrails)
    : m_guardrails(guardrails), m_from(from), m_wanted(wanted)
{
    const int low = std::max(0, guardrails.minReplicas);
    const int high = std::max(low, guardrails.maxReplicas);
    // As GuardrailChecker judges it when the action is sent: a sleep (0 replicas)
    // needs a minimum of 0 in the service's guardrails.
    m_target = std::clamp(wanted, low, high);
    const int step = std::max(1, guardrails.maxStep);
    const int distance = std::abs(m_target - from);
    m_steps = (distance + step - 1) / step;
    m_first = from + std::clamp(m_target - from, -step, step);
}

QString ScaleSteps::explanation(const QString &serviceName) const
{
    QString text = QCoreApplication::translate("Actions", "Guardrails of %1: %2 to %3 replicas, at most %4 replicas "
                                                          "per action, %5 min between scalings.")
                       .arg(serviceName)
                       .arg(m_guardrails.minReplicas)
                       .arg(m_guardrails.maxReplicas)
                       .arg(m_guardrails.maxStep)
                       .arg(m_guardrails.cooldownMs / 60'000);
    if (clampedToLimits()) {
        text += u' '
                + QCoreApplication::translate("Actions", "%1 replicas is outside these limits: the target is %2.")
                      .arg(m_wanted)
                      .arg(m_target);
    }
    if (m_steps > 1) {
        text += u' '
                + QCoreApplication::translate("Actions", "This change needs %n actions: Straja now scales from %1 to "
                                                         "%2; apply the recommendation again after the cooldown for "
                                                         "the next step.",
                                              nullptr, m_steps)
                      .arg(m_from)
                      .arg(m_first);
    } else if (m_steps == 1) {
        text += u' '
                + QCoreApplication::translate("Actions", "Straja scales from %1 to %2 in one action.")
                      .arg(m_from)
                      .arg(m_first);
    } else {
        text += u' ' + QCoreApplication::translate("Actions", "Nothing to change: it already runs %n replica(s).",
                                                   nullptr, m_from);
    }
    return text;
}

} // namespace Actions
