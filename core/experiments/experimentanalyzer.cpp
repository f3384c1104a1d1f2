#include "core/experiments/experimentanalyzer.h"

#include "core/experiments/bayesiancomparison.h"
#include "core/experiments/proportiontests.h"
#include "core/experiments/sequentialtest.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Experiments {

namespace {

// The observed control rate sizes the experiment once it rests on enough data;
// before that the definition's prior guess does.
constexpr qint64 kMinExposuresForObservedBaseline = 200;

VariantCounts countsOf(const Look &look, const QString &arm)
{
    if (const VariantCounts *c = look.variant(arm))
        return *c;
    return {arm, 0, 0};
}

} // namespace

QStringList ExperimentAnalyzer::arms(const ExperimentDefinition &definition, const ExperimentData &data)
{
    QStringList out;
    QString control = definition.controlVariant;
    if (control.isEmpty() && !definition.variants.isEmpty())
        control = definition.variants.first();
    if (control.isEmpty() && !data.isEmpty() && !data.latest().variants.isEmpty())
        control = data.latest().variants.first().variant;
    if (!control.isEmpty())
        out.append(control);
    for (const QString &v : definition.variants)
        if (!out.contains(v))
            out.append(v);
    for (const Look &look : data.looks)
        for (const VariantCounts &c : look.variants)
            if (!out.contains(c.variant))
                out.append(c.variant);
    return out;
}

double ExperimentAnalyzer::mixingScale(const ExperimentDefinition &definition)
{
    return definition.expectedBaselineRate * std::fabs(definition.minimumDetectableEffect);
}

ExperimentReport ExperimentAnalyzer::analyze(const ExperimentDefinition &definition, const ExperimentData &data,
                                             qint64 nowMs)
{
    ExperimentReport report;
    report.definition = definition;
    report.computedAtMs = nowMs;
    report.history = data.looks;
    const QStringList armNames = arms(definition, data);
    if (armNames.isEmpty())
        return report;
    report.definition.controlVariant = armNames.first();
    const Look latest = data.isEmpty() ? Look{} : data.latest();
    report.dataAtMs = latest.atMs;

    const int comparisons = std::max<int>(1, int(armNames.size()) - 1);
    const double alpha = definition.alpha / comparisons;
    const VariantCounts control = countsOf(latest, armNames.first());

    QVector<qint64> exposures;
    QVector<double> weights;
    qint64 totalExposures = 0;
    for (int i = 0; i < armNames.size(); ++i) {
        const QString &arm = armNames.at(i);
        const VariantCounts c = countsOf(latest, arm);
        VariantStats s;
        s.variant = arm;
        s.isControl = i == 0;
        s.exposures = c.exposures;
        s.conversions = c.conversions;
        if (c.exposures > 0)
            s.rate = double(c.conversions) / double(c.exposures);
        s.rateInterval = ProportionTests::wilson(c.conversions, c.exposures);
        if (!s.isControl) {
            if (c.exposures > 0 && control.exposures > 0) {
                const double controlRate = double(control.conversions) / double(control.exposures);
                s.difference = s.rate - controlRate;
                if (controlRate > 0.0)
                    s.relativeLift = s.difference / controlRate;
            }
            s.differenceInterval = ProportionTests::newcombeDifference(c.conversions, c.exposures,
                                                                       control.conversions, control.exposures);
            const ProportionTests::ZTest z = ProportionTests::twoProportionZ(c.conversions, c.exposures,
                                                                            control.conversions, control.exposures);
            s.zScore = z.z;
            s.fixedHorizonPValue = z.pValue;

            QVector<SequentialTest::Counts> looks;
            looks.reserve(data.looks.size());
            for (const Look &look : data.looks) {
                const VariantCounts t = countsOf(look, arm);
                const VariantCounts k = countsOf(look, armNames.first());
                looks.append({t.conversions, t.exposures, k.conversions, k.exposures});
            }
            const SequentialTest::Result seq = SequentialTest::msprt(looks, mixingScale(definition), alpha);
            if (seq.informativeLooks > 0) {
                s.alwaysValidPValue = seq.pValue;
                s.alwaysValidInterval = seq.interval;
            }
            const BayesianComparison::Result bayes = BayesianComparison::compare(
                c.conversions, c.exposures, control.conversions, control.exposures);
            s.probabilityToBeatControl = bayes.probabilityToBeat;
            s.expectedLoss = bayes.expectedLoss;
            s.expectedLossControl = bayes.expectedLossControl;
        }
        report.variants.append(s);
        exposures.append(c.exposures);
        totalExposures += c.exposures;
        const qsizetype defIndex = definition.variants.indexOf(arm);
        weights.append(definition.expectedSplit.size() == definition.variants.size() && defIndex >= 0
                           ? definition.expectedSplit.at(defIndex)
                           : (definition.expectedSplit.isEmpty() ? 1.0 : 0.0));
    }
    report.srm = ProportionTests::sampleRatio(exposures, weights);

    // Sample size still needed.
    SampleSizePlan &plan = report.plan;
    plan.relativeEffect = definition.minimumDetectableEffect;
    plan.baselineRate = (control.exposures >= kMinExposuresForObservedBaseline && control.conversions > 0
                         && control.conversions < control.exposures)
        ? double(control.conversions) / double(control.exposures)
        : definition.expectedBaselineRate;
    plan.perVariant = ProportionTests::sampleSizePerVariant(plan.baselineRate, plan.relativeEffect, alpha,
                                                            definition.power);
    plan.defined = plan.perVariant > 0;
    if (plan.defined) {
        qint64 fewest = std::numeric_limits<qint64>::max();
        for (int i = 0; i < exposures.size(); ++i)
            if (weights.at(i) > 0.0)
                fewest = std::min(fewest, exposures.at(i));
        plan.remainingPerVariant = std::max<qint64>(0, plan.perVariant - fewest);
    }

    // Verdict.
    Verdict &verdict = report.verdict;
    verdict.srmPValue = report.srm.pValue;
    if (totalExposures == 0) {
        verdict.kind = VerdictKind::NoData;
        return report;
    }
    if (report.srm.mismatch) {
        verdict.kind = VerdictKind::SampleRatioMismatch;
        return report;
    }
    const VariantStats *best = nullptr;
    const VariantStats *worst = nullptr;
    bool anySignificantBetter = false;
    for (const VariantStats &s : report.variants) {
        if (s.isControl || !isDefined(s.alwaysValidPValue) || s.alwaysValidPValue >= alpha)
            continue;
        if (s.difference > 0.0) {
            anySignificantBetter = true;
            if (!best || s.probabilityToBeatControl > best->probabilityToBeatControl)
                best = &s;
        } else if (s.difference < 0.0 && (!worst || s.difference < worst->difference)) {
            worst = &s;
        }
    }
    if (best) {
        verdict.kind = VerdictKind::Winner;
        verdict.variant = best->variant;
        verdict.relativeLift = best->relativeLift;
        verdict.probability = best->probabilityToBeatControl;
    } else if (worst && !anySignificantBetter) {
        verdict.kind = VerdictKind::Loser;
        verdict.variant = worst->variant;
        verdict.relativeLift = worst->relativeLift;
        verdict.probability = 1.0 - worst->probabilityToBeatControl;
    } else if (!plan.defined || plan.remainingPerVariant > 0) {
        verdict.kind = VerdictKind::NotEnoughData;
        verdict.moreUsersPerVariant = plan.remainingPerVariant;
    } else {
        verdict.kind = VerdictKind::NoDifference;
    }
    return report;
}

} // namespace Experiments
