#include "core/alerts/rulevalidator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Alerts {

double RuleValidator::minimum(const Model::AlertRule &)
{
    return 0.0;
}

double RuleValidator::maximum(const Model::AlertRule &rule)
{
    if (rule.type == Model::AlertRuleType::Anomaly)
        return 1.0; // a score
    switch (rule.metric) {
    case Model::AlertMetric::ErrorRate:
    case Model::AlertMetric::CacheHitRatio:
    case Model::AlertMetric::PoolUsage: return 1.0; // fractions
    case Model::AlertMetric::Cpu:
    case Model::AlertMetric::Memory:
    case Model::AlertMetric::Disk: return 100.0; // percent
    default: break;
    }
    return 1e9;
}

QStringList RuleValidator::problems(const Model::AlertRule &rule, const QStringList &otherIds)
{
    QStringList out;
    static const QRegularExpression idPattern(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    if (rule.id.trimmed().isEmpty())
        out.append(QCoreApplication::translate("Alerts", "Give the rule an id."));
    else if (!idPattern.match(rule.id).hasMatch())
        out.append(QCoreApplication::translate("Alerts", "The id may hold letters, digits, '.', '_' and '-' only, and starts with a letter or digit."));
    else if (otherIds.contains(rule.id))
        out.append(QCoreApplication::translate("Alerts", "This service already has a rule '%1'.").arg(rule.id));
    const double lo = minimum(rule);
    const double hi = maximum(rule);
    if (std::isnan(rule.threshold)) {
        out.append(QCoreApplication::translate("Alerts", "Set the limit."));
    } else if (rule.threshold < lo || rule.threshold > hi) {
        out.append(rule.type == Model::AlertRuleType::Anomaly
                       ? QCoreApplication::translate("Alerts", "An anomaly score lies between 0 and 1.")
                       : QCoreApplication::translate("Alerts", "The limit must lie between %1 and %2 for %3.")
                             .arg(lo)
                             .arg(hi)
                             .arg(Model::alertMetricLabel(rule.metric)));
    }
    if (!std::isnan(rule.clearAt) && !std::isnan(rule.threshold)) {
        const bool above = rule.comparison == Model::AlertComparison::Above;
        if (above ? rule.clearAt > rule.threshold : rule.clearAt < rule.threshold) {
            out.append(above ? QCoreApplication::translate("Alerts", "The clear level must not be above the limit: the alert could never clear.")
                             : QCoreApplication::translate("Alerts", "The clear level must not be below the limit: the alert could never clear."));
        }
    }
    if (rule.forSeconds < 0)
        out.append(QCoreApplication::translate("Alerts", "The duration cannot be negative."));
    if (rule.type == Model::AlertRuleType::Forecast && rule.horizonSeconds <= 0)
        out.append(QCoreApplication::translate("Alerts", "A forecast rule needs a horizon."));
    return out;
}

} // namespace Alerts
