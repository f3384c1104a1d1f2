#include "core/alerts/ruleevaluator.h"

#include "core/alerts/defaultrules.h"

#include <cmath>

using namespace Qt::StringLiterals;
using Model::AlertComparison;
using Model::AlertRuleType;

namespace Alerts {

namespace {

bool beyond(double x, double limit, AlertComparison comparison)
{
    return comparison == AlertComparison::Above ? x > limit : x < limit;
}

// Back on the good side of the clearing limit (hysteresis).
bool cleared(double x, double clearAt, AlertComparison comparison)
{
    return comparison == AlertComparison::Above ? x <= clearAt : x >= clearAt;
}

QString keyOf(const QString &serviceId, const QString &ruleId)
{
    return serviceId + u'/' + ruleId;
}

} // namespace

QVector<AlertTransition> RuleEvaluator::setWorkspace(const Model::Workspace &workspace, qint64 nowMs)
{
    QHash<QString, size_t> previous;
    for (size_t i = 0; i < m_rules.size(); ++i)
        previous.insert(keyOf(m_serviceIds.at(m_rules[i].service), m_rules[i].rule.id), i);

    std::vector<Compiled> rules;
    QStringList serviceIds;
    QStringList projectIds;
    QVector<AlertTransition> gone;
    QSet<size_t> kept;
    for (int s = 0; s < workspace.services.size(); ++s) {
        const Model::Service &service = workspace.services.at(s);
        serviceIds.append(service.id);
        projectIds.append(service.projectId);
        for (const Model::AlertRule &rule : DefaultRules::effective(service)) {
            if (!rule.enabled || std::isnan(rule.threshold))
                continue;
            Compiled c;
            c.rule = rule;
            c.service = s;
            c.slot = ObservationFrame::at(s, rule.metric);
            const auto it = previous.constFind(keyOf(service.id, rule.id));
            if (it != previous.constEnd() && m_rules[*it].rule == rule
                && m_projectIds.at(m_rules[*it].service) == service.projectId) {
                const Compiled &old = m_rules[*it];
                c.pendingSinceMs = old.pendingSinceMs;
                c.firing = old.firing;
                c.firedAtMs = old.firedAtMs;
                c.lastValue = old.lastValue;
                c.firstMs = old.firstMs;
                c.lastMs = old.lastMs;
                c.level = old.level;
                c.trend = old.trend;
                kept.insert(*it);
            }
            rules.push_back(std::move(c));
        }
    }
    for (size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].firing && !kept.contains(i))
            gone.append({false, alertOf(m_rules[i], m_rules[i].lastValue, nowMs)});
    }
    m_rules = std::move(rules);
    m_serviceIds = serviceIds;
    m_projectIds = projectIds;
    return gone;
}

std::vector<bool> RuleEvaluator::anomalyMetricsNeeded() const
{
    std::vector<bool> needed(Model::kAlertMetricCount, false);
    for (const Compiled &c : m_rules) {
        if (c.rule.type == AlertRuleType::Anomaly)
            needed[static_cast<size_t>(Model::alertMetricIndex(c.rule.metric))] = true;
    }
    return needed;
}

FiringAlert RuleEvaluator::alertOf(const Compiled &c, double value, qint64 sinceMs) const
{
    FiringAlert a;
    a.serviceId = m_serviceIds.at(c.service);
    a.projectId = m_projectIds.at(c.service);
    a.ruleId = c.rule.id;
    a.key = keyOf(a.serviceId, a.ruleId);
    a.cause = causeOf(c.rule.metric);
    a.type = c.rule.type;
    a.metric = c.rule.metric;
    a.severity = c.rule.severity;
    a.value = value;
    a.threshold = c.rule.threshold;
    a.sinceMs = sinceMs;
    return a;
}

QVector<AlertTransition> RuleEvaluator::evaluate(const ObservationFrame &frame)
{
    QVector<AlertTransition> out;
    const qint64 now = frame.timeMs;
    const size_t size = frame.values.size();
    for (Compiled &c : m_rules) {
        if (c.slot >= size)
            continue;
        const double observed = frame.values[c.slot];
        double x = observed;
        switch (c.rule.type) {
        case AlertRuleType::Threshold: break;
        case AlertRuleType::Anomaly: x = frame.anomaly[c.slot]; break;
        case AlertRuleType::Forecast: {
            if (std::isnan(observed)) {
                x = observed;
                break;
            }
            if (c.firstMs < 0 || now <= c.lastMs) {
                if (c.firstMs < 0) {
                    c.firstMs = now;
                    c.level = observed;
                    c.trend = 0.0;
                    c.lastMs = now;
                }
                x = std::nan("");
                break;
            }
            // Holt's linear trend with time constants instead of per-step weights,
            // so a 15 s refresh and a 5 min replay follow the same curve.
            const auto dt = static_cast<double>(now - c.lastMs);
            const double a = 1.0 - std::exp(-dt / static_cast<double>(kLevelTauMs));
            const double b = 1.0 - std::exp(-dt / static_cast<double>(kTrendTauMs));
            const double predicted = c.level + c.trend * dt;
            const double level = predicted + a * (observed - predicted);
            c.trend = c.trend + b * ((level - c.level) / dt - c.trend);
            c.level = level;
            c.lastMs = now;
            if (now - c.firstMs < kForecastWarmupMs) {
                x = std::nan("");
                break;
            }
            // A trend away from the limit forecasts nothing, however close it is.
            const bool towards = c.rule.comparison == AlertComparison::Above ? c.trend > 0 : c.trend < 0;
            x = towards ? c.level + c.trend * static_cast<double>(c.rule.horizonSeconds) * 1000.0 : c.level;
            break;
        }
        }
        if (std::isnan(x))
            continue; // no data: keep the state as it is; staleness is the health view's job
        c.lastValue = std::isnan(observed) ? x : observed;
        if (c.firing) {
            if (cleared(x, c.rule.effectiveClearAt(), c.rule.comparison)) {
                c.firing = false;
                c.pendingSinceMs = -1;
                out.append({false, alertOf(c, c.lastValue, c.firedAtMs)});
            }
            continue;
        }
        if (!beyond(x, c.rule.threshold, c.rule.comparison)) {
            c.pendingSinceMs = -1;
            continue;
        }
        if (c.pendingSinceMs < 0)
            c.pendingSinceMs = now;
        if (now - c.pendingSinceMs >= static_cast<qint64>(c.rule.forSeconds) * 1000) {
            c.firing = true;
            c.firedAtMs = now;
            out.append({true, alertOf(c, c.lastValue, c.pendingSinceMs)});
        }
    }
    return out;
}

QVector<FiringAlert> RuleEvaluator::firing() const
{
    QVector<FiringAlert> out;
    for (const Compiled &c : m_rules) {
        if (c.firing)
            out.append(alertOf(c, c.lastValue, c.firedAtMs));
    }
    return out;
}

QVector<AlertTransition> RuleEvaluator::restoreFiring(const QVector<FiringAlert> &alerts)
{
    QHash<QString, const FiringAlert *> byKey;
    for (const FiringAlert &a : alerts)
        byKey.insert(a.key, &a);
    for (Compiled &c : m_rules) {
        const QString key = keyOf(m_serviceIds.at(c.service), c.rule.id);
        const auto it = byKey.constFind(key);
        if (it == byKey.cend())
            continue;
        c.firing = true;
        c.firedAtMs = (*it)->sinceMs;
        c.pendingSinceMs = -1;
        c.lastValue = (*it)->value;
        byKey.erase(it);
    }
    QVector<AlertTransition> gone;
    for (const FiringAlert *a : std::as_const(byKey))
        gone.append({false, *a});
    return gone;
}

} // namespace Alerts
