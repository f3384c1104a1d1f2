#pragma once

#include "core/alerts/alerttypes.h"
#include "core/model/workspace.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace Alerts {

// Turns a stream of observation frames into alert transitions (fired, resolved),
// rule by rule: the `for` duration, hysteresis, anomaly scores and forecast rules
// (a Holt linear trend per rule, updated in O(1) per frame and extrapolated to the
// horizon). Pure computation, no Qt objects, no clock: time comes with the frame,
// so the engine, the demo-fleet recall test and the benchmark drive it alike.
// Not thread-safe: one owner (the engine's thread).
class RuleEvaluator final
{
public:
    // Compiles the rules of every service (its own or the defaults). State of rules
    // that did not change is kept; alerts of rules that are gone are returned as
    // resolved. The frame's service index is the service's index in `workspace`.
    QVector<AlertTransition> setWorkspace(const Model::Workspace &workspace, qint64 nowMs);

    // Evaluates every enabled rule against the frame.
    QVector<AlertTransition> evaluate(const ObservationFrame &frame);

    int ruleCount() const { return static_cast<int>(m_rules.size()); }
    int serviceCount() const { return static_cast<int>(m_serviceIds.size()); }
    // Which metrics need anomaly scores (the caller runs the detectors for them).
    std::vector<bool> anomalyMetricsNeeded() const;
    // Alerts firing now.
    QVector<FiringAlert> firing() const;
    // Marks the rules of alerts that were firing when the previous run stopped as
    // firing again, so that they clear (rather than fire a second time) once their
    // value is back. Returns the alerts whose rule is gone, resolved.
    QVector<AlertTransition> restoreFiring(const QVector<FiringAlert> &alerts);

    // Trend-following speed of forecast rules: time constants of the level and the
    // slope, in milliseconds. The slope needs hours of data before it is trusted.
    static constexpr qint64 kLevelTauMs = 20 * 60'000;
    static constexpr qint64 kTrendTauMs = 90 * 60'000;
    static constexpr qint64 kForecastWarmupMs = 2 * 3'600'000;

private:
    struct Compiled
    {
        Model::AlertRule rule;
        int service = 0;
        size_t slot = 0; // index into the frame's arrays
        // state
        qint64 pendingSinceMs = -1;
        bool firing = false;
        qint64 firedAtMs = 0;
        double lastValue = 0.0;
        // forecast rules
        qint64 firstMs = -1;
        qint64 lastMs = 0;
        double level = 0.0;
        double trend = 0.0; // per millisecond
    };

    FiringAlert alertOf(const Compiled &c, double value, qint64 sinceMs) const;

    std::vector<Compiled> m_rules;
    QStringList m_serviceIds;
    QStringList m_projectIds;
};

} // namespace Alerts
