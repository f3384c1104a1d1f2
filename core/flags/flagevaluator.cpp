#include "core/flags/flagevaluator.h"

#include "core/flags/constraintcheck.h"
#include "core/flags/murmurhash.h"
#include "core/util/clock.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

QStringList splitList(const QString &text)
{
    // The SDKs split on /\s*,\s*/ without trimming the ends.
    static const QRegularExpression separator(u"\\s*,\\s*"_s);
    return text.split(separator);
}

bool percentageReaches(const QString &percentage, int bucket)
{
    const double p = ConstraintCheck::toNumber(percentage);
    return !std::isnan(p) && p > 0 && bucket <= p;
}

} // namespace

FlagEvaluator::FlagEvaluator(ClientStatePtr state, const Util::Clock *clock, RandomSource random)
    : m_state(state ? std::move(state) : std::make_shared<const ClientState>())
    , m_clock(clock)
    , m_random(std::move(random))
    , m_hostname(QSysInfo::machineHostName())
{
}

qint64 FlagEvaluator::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

double FlagEvaluator::random() const
{
    return m_random ? m_random() : QRandomGenerator::global()->generateDouble();
}

bool FlagEvaluator::isEnabled(const QString &feature, const EvaluationContext &context) const
{
    const auto it = m_state->features.constFind(feature);
    if (it == m_state->features.cend())
        return false;
    return featureResult(*it, context, nullptr).enabled;
}

VariantResult FlagEvaluator::variant(const QString &feature, const EvaluationContext &context) const
{
    const auto it = m_state->features.constFind(feature);
    return resolveVariant(it == m_state->features.cend() ? nullptr : &*it, context);
}

Evaluation FlagEvaluator::evaluate(const QString &feature, const EvaluationContext &context) const
{
    Evaluation e;
    const auto it = m_state->features.constFind(feature);
    if (it == m_state->features.cend())
        return e;
    e.found = true;
    e.dependenciesSatisfied = dependenciesSatisfied(*it, context);
    const FeatureResult r = featureResult(*it, context, &e.strategies);
    e.enabled = r.enabled;
    e.strategyIndex = r.strategyIndex;
    e.variant = resolveVariant(&*it, context);
    return e;
}

FlagEvaluator::FeatureResult FlagEvaluator::featureResult(const ClientFeature &feature,
                                                          const EvaluationContext &context,
                                                          QVector<StrategyTrace> *trace) const
{
    FeatureResult result;
    if (!dependenciesSatisfied(feature, context) || !feature.enabled || feature.strategiesMalformed)
        return result;
    if (feature.strategies.isEmpty()) {
        result.enabled = true;
        return result;
    }
    for (int i = 0; i < feature.strategies.size(); ++i) {
        const Strategy &strategy = feature.strategies.at(i);
        StrategyTrace t;
        t.name = strategy.name;
        const bool enabled = strategyEnabled(strategy, feature, context, t);
        if (trace)
            trace->append(t);
        if (!enabled)
            continue;
        result.enabled = true;
        result.strategyIndex = i;
        if (!strategy.variants.isEmpty()) {
            const QString stickiness = !strategy.variants.first().stickiness.isEmpty()
                ? strategy.variants.first().stickiness
                : strategy.parameter(u"stickiness"_s);
            QString groupId = strategy.parameter(u"groupId"_s);
            if (groupId.isEmpty())
                groupId = feature.name;
            result.strategyVariant = selectVariant(groupId, stickiness, strategy.variants, context);
        }
        if (!trace)
            break;
        // Keep tracing the remaining strategies for the explanation; the result stays the first match.
        for (int j = i + 1; j < feature.strategies.size(); ++j) {
            StrategyTrace rest;
            rest.name = feature.strategies.at(j).name;
            strategyEnabled(feature.strategies.at(j), feature, context, rest);
            trace->append(rest);
        }
        break;
    }
    return result;
}

bool FlagEvaluator::dependenciesSatisfied(const ClientFeature &feature, const EvaluationContext &context) const
{
    for (const Dependency &dependency : feature.dependencies) {
        const auto parent = m_state->features.constFind(dependency.feature);
        if (parent == m_state->features.cend())
            return false;
        // Only one level of dependencies is allowed; a parent with parents (or a
        // cycle) never satisfies.
        if (!parent->dependencies.isEmpty())
            return false;
        if (dependency.enabled) {
            if (!dependency.variants.isEmpty()) {
                const VariantResult v = resolveVariant(&*parent, context);
                if (!v.featureEnabled || !dependency.variants.contains(v.name))
                    return false;
            } else if (!featureResult(*parent, context, nullptr).enabled) {
                return false;
            }
        } else if (featureResult(*parent, context, nullptr).enabled) {
            return false;
        }
    }
    return true;
}

bool FlagEvaluator::constraintsPass(const Strategy &strategy, const EvaluationContext &context) const
{
    const qint64 now = nowMs();
    for (const Constraint &c : strategy.constraints)
        if (!ConstraintCheck::matches(c, context, now))
            return false;
    for (int id : strategy.segments) {
        const auto segment = m_state->segments.constFind(id);
        if (segment == m_state->segments.cend())
            return false; // a segment the SDK does not know fails the strategy
        for (const Constraint &c : segment->constraints)
            if (!ConstraintCheck::matches(c, context, now))
                return false;
    }
    return true;
}

bool FlagEvaluator::strategyEnabled(const Strategy &strategy, const ClientFeature &feature,
                                    const EvaluationContext &context, StrategyTrace &trace) const
{
    const QString &name = strategy.name;
    static const QStringList known = {u"default"_s, u"flexibleRollout"_s, u"gradualRolloutUserId"_s,
                                      u"gradualRolloutSessionId"_s, u"gradualRolloutRandom"_s,
                                      u"userWithId"_s, u"remoteAddress"_s, u"applicationHostname"_s};
    trace.known = known.contains(name);
    if (!trace.known)
        return false;
    trace.constraintsPassed = constraintsPass(strategy, context);
    if (!trace.constraintsPassed)
        return false;

    bool enabled = false;
    if (name == u"default") {
        enabled = true;
    } else if (name == u"flexibleRollout") {
        QString groupId = strategy.parameter(u"groupId"_s);
        if (groupId.isEmpty())
            groupId = feature.name;
        const QString stickiness = strategy.parameter(u"stickiness"_s).isEmpty()
            ? u"default"_s : strategy.parameter(u"stickiness"_s);
        QString id;
        if (stickiness == u"default") {
            id = context.userId();
            if (id.isEmpty())
                id = context.sessionId();
            if (id.isEmpty())
                id = QString::number(std::lround(random() * 10000) + 1);
        } else if (stickiness == u"random") {
            id = QString::number(std::lround(random() * 10000) + 1);
        } else {
            id = context.value(stickiness).value_or(QString());
        }
        if (!id.isEmpty()) {
            trace.bucket = normalizedValue(id, groupId, 100, kStrategySeed);
            enabled = percentageReaches(strategy.parameter(u"rollout"_s), trace.bucket);
        }
    } else if (name == u"gradualRolloutUserId" || name == u"gradualRolloutSessionId") {
        const QString id = name == u"gradualRolloutUserId" ? context.userId() : context.sessionId();
        if (!id.isEmpty()) {
            trace.bucket = normalizedValue(id, strategy.parameter(u"groupId"_s), 100, kStrategySeed);
            enabled = percentageReaches(strategy.parameter(u"percentage"_s), trace.bucket);
        }
    } else if (name == u"gradualRolloutRandom") {
        const double p = ConstraintCheck::toNumber(strategy.parameter(u"percentage"_s));
        const int draw = int(std::floor(random() * 100)) + 1;
        enabled = !std::isnan(p) && p >= draw;
    } else if (name == u"userWithId") {
        const QString ids = strategy.parameter(u"userIds"_s);
        enabled = context.fields.contains(u"userId"_s) && !ids.isEmpty() && splitList(ids).contains(context.userId());
    } else if (name == u"remoteAddress") {
        const QString ips = strategy.parameter(u"IPs"_s);
        const QString address = context.remoteAddress();
        if (!ips.isEmpty()) {
            for (const QString &range : splitList(ips)) {
                if (range == address
                    || (ConstraintCheck::isIpv4(address) && ConstraintCheck::inCidr(address, range))) {
                    enabled = true;
                    break;
                }
            }
        }
    } else if (name == u"applicationHostname") {
        const QStringList hosts = strategy.parameter(u"hostNames"_s).toLower().split(u',', Qt::SkipEmptyParts);
        for (const QString &host : hosts)
            if (host.trimmed() == m_hostname.toLower())
                enabled = true;
    }
    trace.enabled = enabled;
    return enabled;
}

std::optional<Variant> FlagEvaluator::selectVariant(const QString &groupId, const QString &stickiness,
                                                    const QVector<Variant> &variants,
                                                    const EvaluationContext &context) const
{
    int totalWeight = 0;
    for (const Variant &v : variants)
        totalWeight += v.weight;
    if (totalWeight <= 0)
        return std::nullopt;

    for (const Variant &v : variants) {
        for (const VariantOverride &o : v.overrides) {
            const std::optional<QString> value = context.value(o.contextName);
            if (value && o.values.contains(*value))
                return v;
        }
    }

    QString seed;
    if (!stickiness.isEmpty() && stickiness != u"default") {
        seed = context.value(stickiness).value_or(QString());
    } else {
        for (const QString &key : {u"userId"_s, u"sessionId"_s, u"remoteAddress"_s}) {
            seed = context.fields.value(key);
            if (!seed.isEmpty())
                break;
        }
    }
    if (seed.isEmpty())
        seed = QString::number(std::lround(random() * 100000));

    const int target = normalizedValue(seed, groupId, totalWeight, kVariantSeed);
    int counter = 0;
    for (const Variant &v : variants) {
        if (v.weight == 0)
            continue;
        counter += v.weight;
        if (counter >= target)
            return v;
    }
    return std::nullopt;
}

VariantResult FlagEvaluator::resolveVariant(const ClientFeature *feature, const EvaluationContext &context) const
{
    VariantResult out;
    if (!feature)
        return out;
    const FeatureResult r = featureResult(*feature, context, nullptr);
    out.featureEnabled = r.enabled;
    if (!r.enabled)
        return out;
    std::optional<Variant> chosen = r.strategyVariant;
    if (!chosen && !feature->variants.isEmpty()) {
        const QString stickiness = feature->variants.first().stickiness;
        chosen = selectVariant(feature->name, stickiness, feature->variants, context);
    }
    if (!chosen)
        return out;
    out.name = chosen->name;
    out.enabled = true;
    out.payload = chosen->payload;
    return out;
}

} // namespace Flags
