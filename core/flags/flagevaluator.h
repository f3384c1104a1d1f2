#pragma once

#include "core/flags/flagtypes.h"

#include <functional>

namespace Util {
class Clock;
}

namespace Flags {

// The variant an SDK's getVariant() returns. "disabled" with enabled = false when
// the flag is off, has no variants or none could be chosen.
struct VariantResult
{
    QString name = QStringLiteral("disabled");
    bool enabled = false;
    bool featureEnabled = false;
    std::optional<VariantPayload> payload;
};

// How one strategy judged a context, for explaining an evaluation to the operator.
struct StrategyTrace
{
    QString name;
    bool known = true;           // a strategy this evaluator implements
    bool constraintsPassed = false;
    int bucket = 0;              // the user's 1..100 bucket where the strategy hashes; 0 otherwise
    bool enabled = false;
};

struct Evaluation
{
    bool found = false;
    bool dependenciesSatisfied = true;
    bool enabled = false;
    int strategyIndex = -1;      // the strategy that enabled the flag
    VariantResult variant;
    QVector<StrategyTrace> strategies;
};

// Evaluates flags for a context exactly as Unleash's server-side SDKs do, offline,
// from a ClientState: strategies in order (default, flexibleRollout with
// default/random/custom stickiness, gradualRollout{UserId,SessionId,Random},
// userWithId, remoteAddress, applicationHostname), constraints and segments,
// feature and strategy variants (weights, overrides, stickiness), dependent
// features. Checked against every case of @unleash/client-specification
// (tests/core/tst_flagevaluation.cpp).
//
// Bucketing hashes UTF-8 ("groupId:id"), as the Rust engine (Yggdrasil) and the
// Java, Go and Python SDKs do; the Node SDK hashes the low byte of each UTF-16
// unit instead, so ids outside ASCII may land in other buckets there.
//
// Immutable after construction; safe to use from any thread.
class FlagEvaluator final
{
public:
    // Uniform in [0, 1): used where the SDKs use Math.random() (random stickiness,
    // gradualRolloutRandom, a variant with no stickiness value in the context).
    using RandomSource = std::function<double()>;

    explicit FlagEvaluator(ClientStatePtr state, const Util::Clock *clock = nullptr, RandomSource random = {});

    bool isEnabled(const QString &feature, const EvaluationContext &context) const;
    VariantResult variant(const QString &feature, const EvaluationContext &context) const;
    Evaluation evaluate(const QString &feature, const EvaluationContext &context) const;

    const ClientState &state() const { return *m_state; }
    void setHostname(const QString &hostname) { m_hostname = hostname; }

private:
    struct FeatureResult
    {
        bool enabled = false;
        std::optional<Variant> strategyVariant;
        int strategyIndex = -1;
    };

    FeatureResult featureResult(const ClientFeature &feature, const EvaluationContext &context,
                                QVector<StrategyTrace> *trace) const;
    bool dependenciesSatisfied(const ClientFeature &feature, const EvaluationContext &context) const;
    bool constraintsPass(const Strategy &strategy, const EvaluationContext &context) const;
    bool strategyEnabled(const Strategy &strategy, const ClientFeature &feature, const EvaluationContext &context,
                         StrategyTrace &trace) const;
    std::optional<Variant> selectVariant(const QString &groupId, const QString &stickiness,
                                         const QVector<Variant> &variants, const EvaluationContext &context) const;
    VariantResult resolveVariant(const ClientFeature *feature, const EvaluationContext &context) const;
    qint64 nowMs() const;
    double random() const;

    ClientStatePtr m_state;
    const Util::Clock *m_clock = nullptr;
    RandomSource m_random;
    QString m_hostname;
};

} // namespace Flags
