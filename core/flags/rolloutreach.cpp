#include "core/flags/rolloutreach.h"

#include "core/flags/constraintcheck.h"
#include "core/flags/flagevaluator.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

double percentShare(const QString &text)
{
    const double p = ConstraintCheck::toNumber(text);
    if (std::isnan(p))
        return 0.0;
    return std::clamp(p, 0.0, 100.0) / 100.0;
}

} // namespace

int RolloutReach::rolloutPercent(const Strategy &strategy)
{
    QString text;
    if (strategy.name == u"flexibleRollout")
        text = strategy.parameter(u"rollout"_s);
    else if (strategy.name.startsWith(u"gradualRollout"))
        text = strategy.parameter(u"percentage"_s);
    else
        return -1;
    const double p = ConstraintCheck::toNumber(text);
    return std::isnan(p) ? -1 : int(std::lround(std::clamp(p, 0.0, 100.0)));
}

Reach RolloutReach::estimate(const QString &feature, const FeatureEnvironment &environment)
{
    Reach r;
    if (!environment.enabled)
        return r;
    QVector<const Strategy *> active;
    for (const Strategy &s : environment.strategies)
        if (!s.disabled)
            active.append(&s);
    if (active.isEmpty()) {
        r.share = 1.0; // an enabled flag without strategies is on for everyone
        return r;
    }
    // Largest share per bucket group; groups are independent of each other.
    QHash<QString, double> groups;
    int randomGroups = 0;
    static const QRegularExpression separator(u"\\s*,\\s*"_s);
    for (const Strategy *s : active) {
        if (!s->constraints.isEmpty() || !s->segments.isEmpty())
            r.conditional = true;
        QString key;
        double p = 0.0;
        if (s->name == u"default") {
            key = u"all"_s;
            p = 1.0;
        } else if (s->name == u"flexibleRollout") {
            const QString stickiness = s->parameter(u"stickiness"_s).isEmpty() ? u"default"_s
                                                                               : s->parameter(u"stickiness"_s);
            const QString group = s->parameter(u"groupId"_s).isEmpty() ? feature : s->parameter(u"groupId"_s);
            key = stickiness == u"random" ? u"random:%1"_s.arg(randomGroups++) : group + u'|' + stickiness;
            p = percentShare(s->parameter(u"rollout"_s));
        } else if (s->name == u"gradualRolloutUserId" || s->name == u"gradualRolloutSessionId") {
            key = s->parameter(u"groupId"_s) + u'|' + (s->name == u"gradualRolloutUserId" ? u"userId"_s : u"sessionId"_s);
            p = percentShare(s->parameter(u"percentage"_s));
        } else if (s->name == u"gradualRolloutRandom") {
            key = u"random:%1"_s.arg(randomGroups++);
            p = percentShare(s->parameter(u"percentage"_s));
        } else if (s->name == u"userWithId") {
            const QString ids = s->parameter(u"userIds"_s).trimmed();
            if (!ids.isEmpty())
                r.listedUsers += int(ids.split(separator, Qt::SkipEmptyParts).size());
            continue;
        } else if (s->name == u"remoteAddress" || s->name == u"applicationHostname") {
            r.listedAddresses = true;
            continue;
        } else {
            continue; // a strategy SDKs do not know enables nobody
        }
        groups[key] = std::max(groups.value(key, 0.0), p);
    }
    double none = 1.0;
    for (double p : std::as_const(groups))
        none *= 1.0 - p;
    r.share = 1.0 - none;
    return r;
}

double RolloutReach::measure(const FlagEvaluator &evaluator, const QString &feature, int sampleSize)
{
    if (sampleSize <= 0)
        return 0.0;
    int enabled = 0;
    EvaluationContext context;
    for (int i = 1; i <= sampleSize; ++i) {
        context.fields.insert(u"userId"_s, u"user-%1"_s.arg(i));
        if (evaluator.isEnabled(feature, context))
            ++enabled;
    }
    return double(enabled) / double(sampleSize);
}

} // namespace Flags
