#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>
#include <limits>
#include <memory>

// Value types of A/B experiments: counts in, statistics and a verdict out.
namespace Experiments {

inline constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();
inline bool isDefined(double v)
{
    return !std::isnan(v);
}

struct VariantCounts
{
    QString variant;
    qint64 exposures = 0;   // users who saw the variant
    qint64 conversions = 0; // of them, users who converted

    friend bool operator==(const VariantCounts &, const VariantCounts &) = default;
};

// Cumulative counts of every variant at one moment: one "look" at the data.
struct Look
{
    qint64 atMs = 0;
    QVector<VariantCounts> variants;

    const VariantCounts *variant(const QString &name) const
    {
        for (const VariantCounts &v : variants)
            if (v.variant == name)
                return &v;
        return nullptr;
    }
    friend bool operator==(const Look &, const Look &) = default;
};

// Looks in ascending time; the last one is the current state.
struct ExperimentData
{
    QVector<Look> looks;

    bool isEmpty() const { return looks.isEmpty(); }
    const Look &latest() const { return looks.constLast(); }
};

// Where an experiment's counts come from.
enum class CountsSource { Demo, Prometheus, CsvImport };

// What an experiment tests and how strictly. The flag's variants are the arms;
// the control is the baseline every other arm is compared with.
struct ExperimentDefinition
{
    QString id;
    QString name;
    QString projectId;
    QString flagName;
    QString environment;
    QString controlVariant;
    QStringList variants;             // arm names, control included
    QVector<double> expectedSplit;    // the flag's variant weights, same order; empty = equal
    double alpha = 0.05;              // false-positive rate over all looks and comparisons
    double power = 0.8;
    double minimumDetectableEffect = 0.10; // relative lift worth detecting (+10%)
    double expectedBaselineRate = 0.05;    // prior guess of the control's conversion
    QStringList guardrailServices;    // services whose error rate and p95 latency must stay healthy
    CountsSource source = CountsSource::Demo;
    qint64 startedAtMs = 0;
};

struct Interval
{
    double lower = kUndefined;
    double upper = kUndefined;
};

// One arm's statistics; the comparison fields are undefined for the control.
struct VariantStats
{
    QString variant;
    bool isControl = false;
    qint64 exposures = 0;
    qint64 conversions = 0;
    double rate = kUndefined;               // conversions / exposures
    Interval rateInterval;                  // Wilson score, 95%
    double difference = kUndefined;         // rate - control rate
    Interval differenceInterval;            // Newcombe hybrid score, 95%
    double relativeLift = kUndefined;       // difference / control rate
    double zScore = kUndefined;             // pooled two-proportion z-test
    double fixedHorizonPValue = kUndefined; // valid only for one look at a planned size
    double alwaysValidPValue = kUndefined;  // mSPRT: valid at every look
    Interval alwaysValidInterval;           // mSPRT confidence sequence on the difference
    double probabilityToBeatControl = kUndefined; // Beta(1,1) prior
    double expectedLoss = kUndefined;       // E[max(control - variant, 0)], absolute rate
    double expectedLossControl = kUndefined;// E[max(variant - control, 0)]: the cost of keeping control
};

// Sample-ratio mismatch: do exposures follow the split the flag asks for?
struct SrmCheck
{
    bool checked = false;
    double chiSquare = kUndefined;
    int degreesOfFreedom = 0;
    double pValue = kUndefined;
    bool mismatch = false; // p < 0.001, the usual threshold
};

// Users per arm for the fixed-horizon test to detect the stated effect.
struct SampleSizePlan
{
    bool defined = false;
    double baselineRate = kUndefined;
    double relativeEffect = kUndefined;
    qint64 perVariant = 0;
    qint64 remainingPerVariant = 0; // for the arm furthest from the target
};

enum class VerdictKind {
    NoData,              // nothing exposed yet
    SampleRatioMismatch, // the split is broken: results cannot be trusted
    NotEnoughData,       // keep going
    Winner,              // a variant beats control, always-valid p < alpha
    Loser,               // every significant variant is worse than control
    NoDifference         // planned size reached, no difference of the stated size
};

struct Verdict
{
    VerdictKind kind = VerdictKind::NoData;
    QString variant;                 // the winner or the loser
    double relativeLift = kUndefined;
    double probability = kUndefined; // to beat control (winner) or to lose to it (loser)
    qint64 moreUsersPerVariant = 0;
    double srmPValue = kUndefined;
};

struct ExperimentReport
{
    ExperimentDefinition definition;
    qint64 computedAtMs = 0;
    qint64 dataAtMs = 0;             // time of the newest look
    QVector<VariantStats> variants;  // control first
    SrmCheck srm;
    SampleSizePlan plan;
    Verdict verdict;
    QVector<Look> history;           // for charts of conversion over time

    const VariantStats *variant(const QString &name) const
    {
        for (const VariantStats &v : variants)
            if (v.variant == name)
                return &v;
        return nullptr;
    }
};
using ExperimentReportPtr = std::shared_ptr<const ExperimentReport>;

} // namespace Experiments

Q_DECLARE_METATYPE(Experiments::ExperimentReportPtr)
