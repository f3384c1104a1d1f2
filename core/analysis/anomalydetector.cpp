#include "core/analysis/anomalydetector.h"

#include "core/analysis/seasonalitydetector.h"
#include "core/analysis/seasonalprofile.h"

#include <atomic>
#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace Analysis {

namespace {

constexpr size_t kBaseModels = 2;
constexpr int kStepRows = 16;            // rows used to fix the sampling step
constexpr qsizetype kBufferSize = 1 << 14; // history kept for seasonality re-detection
constexpr qint64 kFirstCheck = 48;
constexpr qint64 kLastDoubling = qint64(1) << 20;
constexpr double kClip = 3.0;            // residuals beyond this many scales are winsorised
constexpr double kGaussScale = 1.2533;   // mean absolute deviation -> standard deviation
constexpr double kGaussQ99 = 2.576;      // 99th percentile of |N(0,1)|
// Scale widening at the start of the warm-up (see score()): measured on the synthetic
// suite, where larger factors no longer removed warm-up alarms and smaller ones let
// first nightly jobs and first weekends through.
constexpr double kWidenDay = 3.5;
constexpr double kWidenWeek = 2.6;
// Score from which a sample counts as an alarm for the refractory period (the level the
// evaluation and the command line treat as anomalous; the engine's episodes start at 0.8).
constexpr double kAlarmScore = 0.5;
// A new alarm inside the refractory period must be this much stronger than the peak of
// the episode it follows to count as a new event rather than the same one flaring again.
constexpr double kNewEventRatio = 1.5;

// 0 below `from`, rising smoothly to 1: 1 - exp(-(x - from)^2 / spread).
inline double ramp(double x, double from, double spread)
{
    if (x <= from)
        return 0.0;
    const double d = x - from;
    return 1.0 - std::exp(-d * d / spread);
}

struct Model
{
    int period = 1;
    double alpha = 0.08;
    double gamma = 0.15;
    double beta = 0.002;
    double level = 0;
    double trend = 0;
    double scale = 0; // mean absolute one-step residual (winsorised)
    double fit = 0;   // slower, barely clipped mean absolute residual: picks the model
    bool started = false;
    std::vector<double> season;
    std::vector<double> phaseScale; // mean absolute residual per phase: ramps are harder

    // Residual scale for a phase: the larger of the overall and that phase's own.
    qint64 at = std::numeric_limits<qint64>::min(); // grid index the phase refers to
    size_t phase = 0; // at % period, kept incrementally (no division per sample)

    void seek(qint64 idx)
    {
        if (period <= 1 || idx == at)
            return;
        if (idx == at + 1)
            phase = phase + 1 == size_t(period) ? 0 : phase + 1;
        else
            phase = size_t(idx % period);
        at = idx;
    }

    // Call seek(idx) first: the members below use the current phase.
    double sigma() const
    {
        const double ps = period > 1 ? phaseScale[phase] : 0.0;
        return kGaussScale * std::max(scale, ps);
    }

    double predict() const
    {
        return level + trend + (period > 1 ? season[phase] : 0.0);
    }

    void learn(double y)
    {
        if (!started) {
            level = y - (period > 1 ? season[phase] : 0.0);
            started = true;
            return;
        }
        const double e = y - predict();
        const double ae = std::abs(e);
        double ec = e;
        if (scale > 0) {
            const double lim = kClip * kGaussScale * scale;
            ec = std::clamp(e, -lim, lim);
            scale += 0.02 * (std::min(ae, 1.5 * lim) - scale);
            fit += 0.005 * (std::min(ae, 4.0 * lim) - fit);
        } else {
            scale = fit = ae;
        }
        level += trend + alpha * ec;
        trend = 0.999 * trend + beta * ec;
        if (period > 1) {
            const size_t ph = phase;
            season[ph] += gamma * (1.0 - alpha) * ec;
            double &ps = phaseScale[ph];
            ps = ps > 0 ? ps + 0.05 * (std::min(ae, 1.5 * kClip * kGaussScale * scale) - ps) : scale;
        }
    }

    void shiftLevel(double delta) { level += delta; }
};

} // namespace

struct AnomalyDetector::State
{
    qint64 rows = 0;
    qint64 lastT = 0;
    qint64 minDiff = 0;
    qint64 stepMs = 0;   // fixed after kStepRows rows
    qint64 baseIdx = 0;  // grid index of baseT
    qint64 baseT = 0;
    qint64 idx = -1;     // grid index of the current sample
    qint64 nextCheck = kFirstCheck;
    std::vector<double> buffer = std::vector<double>(size_t(kBufferSize), kMissing);

    // Two non-seasonal baselines (slow: noisy flat series; fast: smooth drifts) and
    // one per detected period; the one with the lowest recent error is scored.
    std::vector<Model> models = baseModels();
    int chosen = 0;

    double cusumUp = 0, cusumDown = 0;
    double recentResidual = 0; // fast mean of residuals, used to re-anchor after a shift
    double spread = 1;         // fast mean of squared standardised residuals
    double tail = kGaussQ99;   // running 99th percentile of |standardised residual|

    // Refractory period: one event raises one alarm. While an episode lasts its peak
    // strength is kept; for `refractoryRows` after it ends, a new crossing of the alarm
    // score is the same event (a spike's echo, a level shift re-anchoring, variance that
    // comes and goes) unless it is clearly stronger.
    bool inAlarm = false;
    double episodePeak = 0;
    qint64 quietSince = std::numeric_limits<qint64>::min() / 2;
    qint64 refractoryRows() const
    {
        // About three hours, at least 6 and at most 120 rows.
        return stepMs > 0 ? std::clamp<qint64>(3 * 3'600'000 / stepMs, 6, 120) : 6;
    }

    Model &current() { return models[size_t(chosen)]; }
    size_t periods() const { return (models.size() - kBaseModels) / 2; }

    // Rows until a daily cycle can have been learnt, and (for coarse steps, where two
    // weeks are few rows) until a weekly one can.
    void learningRows()
    {
        if (learningDay != 0 || stepMs == 0)
            return;
        // Sub-minute steps are usually row indices or high-rate sensors: no calendar.
        const std::vector<int> cal =
            stepMs >= 60'000 ? SeasonalityDetector::calendarPeriods(stepMs) : std::vector<int>{};
        learningDay = cal.empty() ? qint64(2 * kWarmupRows) : std::min<qint64>(1000, cal.front() * 9 / 4);
        learningWeek = cal.size() > 1 && cal[1] <= 400 ? qint64(cal[1]) * 9 / 4 : 0;
    }
    qint64 learningDay = 0;
    qint64 learningWeek = 0;

    static std::vector<Model> baseModels()
    {
        Model slow;
        slow.alpha = 0.05;
        slow.beta = 0.001;
        Model fast;
        fast.alpha = 0.3;
        fast.beta = 0.02;
        return {slow, fast};
    }

    qint64 gridIndex(qint64 t)
    {
        if (rows == 0)
            return 0;
        // A time not after the latest one (a clock set back for daylight saving, a
        // repeated row) is one more observation of the current cell: moving on to the
        // next would shift the phase of every later row.
        if (t <= lastT)
            return idx;
        const qint64 diff = t - lastT;
        if (stepMs == 0) {
            if (diff > 0 && (minDiff == 0 || diff < minDiff))
                minDiff = diff;
            if (rows + 1 >= kStepRows) {
                stepMs = std::max<qint64>(1, minDiff);
                baseIdx = idx + std::max<qint64>(1, (diff + stepMs / 2) / stepMs);
                baseT = t;
                return baseIdx;
            }
            return idx + 1;
        }
        const qint64 i = baseIdx + (t - baseT + stepMs / 2) / stepMs;
        return std::max(i, idx + 1);
    }

    void remember(qint64 i, double v)
    {
        const qint64 gap = std::min<qint64>(i - idx - 1, kBufferSize);
        for (qint64 k = 1; k <= gap; ++k)
            buffer[size_t((i - k) & (kBufferSize - 1))] = kMissing;
        buffer[size_t(i & (kBufferSize - 1))] = v;
    }

    void redetect();
};

void AnomalyDetector::State::redetect()
{
    const qsizetype len = qsizetype(std::min<qint64>(idx + 1, kBufferSize));
    std::vector<double> x(static_cast<size_t>(len));
    const qint64 first = idx - len + 1;
    qsizetype finite = 0;
    for (qsizetype j = 0; j < len; ++j) {
        x[size_t(j)] = buffer[size_t((first + j) & (kBufferSize - 1))];
        finite += std::isnan(x[size_t(j)]) ? 0 : 1;
    }
    if (finite < len / 2 || finite < 32)
        return;
    // Interpolate gaps for the detector; the models replay only real samples.
    qsizetype prev = -1;
    for (qsizetype j = 0; j < len; ++j) {
        if (std::isnan(x[size_t(j)]))
            continue;
        for (qsizetype k = prev + 1; k < j; ++k)
            x[size_t(k)] = prev < 0 ? x[size_t(j)]
                                    : x[size_t(prev)] + (x[size_t(j)] - x[size_t(prev)]) * double(k - prev) / double(j - prev);
        prev = j;
    }
    for (qsizetype k = prev + 1; k < len; ++k)
        x[size_t(k)] = x[size_t(prev)];

    const std::vector<int> found = SeasonalityDetector::detect(x.data(), len, stepMs > 0 ? stepMs : 1000);
    std::vector<int> have;
    for (size_t k = kBaseModels; k < models.size(); k += 2)
        have.push_back(models[k].period);
    if (found == have)
        return;

    models.resize(kBaseModels);
    for (size_t k = 0; k < found.size(); ++k) {
        const int p = found[k];
        std::vector<int> ps(found.begin(), found.begin() + qsizetype(k) + 1);
        const SeasonalProfile profile = SeasonalProfile::fit(x.data(), len, ps);
        // A steady and an agile variant: the agile one follows ramps (weekend
        // transitions, slow drifts) that would bias the steady one's residuals.
        for (const auto &[alpha, beta, gamma] : {std::tuple{0.05, 0.002, 0.15}, std::tuple{0.2, 0.01, 0.25}}) {
            Model m;
            m.period = p;
            m.alpha = alpha;
            m.beta = beta;
            m.gamma = gamma;
            m.season.assign(size_t(p), 0.0);
            m.phaseScale.assign(size_t(p), 0.0);
            for (qsizetype j = len - p; j < len; ++j)
                m.season[size_t((first + j) % p)] = profile.at(j);
            for (qsizetype j = 0; j < len; ++j) {
                const double v = buffer[size_t((first + j) & (kBufferSize - 1))];
                if (!std::isnan(v))
                {
                    m.seek(first + j);
                    m.learn(v);
                }
            }
            models.push_back(std::move(m));
        }
    }
    chosen = 0;
}

namespace {
std::atomic<int> g_liveDetectors{0};
}

AnomalyDetector::AnomalyDetector() : d(std::make_unique<State>())
{
    g_liveDetectors.fetch_add(1, std::memory_order_relaxed);
}

AnomalyDetector::~AnomalyDetector()
{
    g_liveDetectors.fetch_sub(1, std::memory_order_relaxed);
}

int AnomalyDetector::liveInstances()
{
    return g_liveDetectors.load(std::memory_order_relaxed);
}

std::vector<int> AnomalyDetector::periods() const
{
    std::vector<int> p;
    for (size_t k = kBaseModels; k < d->models.size(); k += 2)
        p.push_back(d->models[k].period);
    return p;
}

double AnomalyDetector::score(qint64 timeMs, double value)
{
    State &s = *d;
    const qint64 i = s.gridIndex(timeMs);
    s.lastT = s.rows == 0 ? timeMs : std::max(s.lastT, timeMs);
    if (std::isnan(value)) {
        s.remember(i, kMissing);
        s.idx = i;
        ++s.rows;
        if (s.rows >= s.nextCheck)
            s.nextCheck = s.rows < kLastDoubling ? s.rows * 3 / 2 : s.rows + kLastDoubling;
        return 0.0;
    }

    for (Model &sm : s.models)
        sm.seek(i);
    // Choose the baseline with the lowest recent error (3% hysteresis).
    int best = 0;
    double bestFit = s.models[0].fit;
    for (size_t k = 1; k < s.models.size(); ++k)
        if (s.models[k].started && s.models[k].fit < bestFit) {
            bestFit = s.models[k].fit;
            best = int(k);
        }
    if (best != s.chosen && bestFit < 0.97 * s.current().fit)
        s.chosen = best;

    Model &m = s.current();
    double result = 0.0;
    if (m.started) {
        const double e = value - m.predict();
        const double sigma = std::max(m.sigma(), 1e-9 * (1.0 + std::abs(m.level)));
        // Heavy tails: standardised residuals are divided by how much their running 99th
        // percentile exceeds a Gaussian's (2.58), so a noisy metric's ordinary extremes
        // do not read as anomalies; a Gaussian-like metric is left as it is.
        const double raw = e / sigma;
        const double z = raw * (kGaussQ99 / std::max(kGaussQ99, s.tail));
        // Learnt only from ordinary samples: not from far outliers, not during a shift
        // or a burst of variance, so an anomaly does not teach its own threshold.
        if (std::abs(raw) < 2.0 * s.tail && std::max(s.cusumUp, s.cusumDown) < 6.0 && s.spread < 4.0)
            s.tail *= std::abs(raw) > s.tail ? std::exp(0.02 * 0.99) : std::exp(-0.02 * 0.01);
        const double zc = std::clamp(z, -4.0, 4.0);
        s.cusumUp = std::max(0.0, s.cusumUp + zc - 0.75);
        s.cusumDown = std::max(0.0, s.cusumDown - zc - 0.75);
        s.recentResidual += 0.15 * (e - s.recentResidual);
        s.spread += 0.1 * (std::min(z * z, 36.0) - s.spread);

        // Warm-up: a model that has seen few rows, or not yet a whole daily (weekly)
        // cycle, is less certain of what is normal. That uncertainty widens the scale the
        // evidence is measured in (as a predictive distribution widens with few degrees
        // of freedom) instead of multiplying the score, so a moderate surprise is damped
        // while an overwhelming one (an 8x spike on a clean series) still scores near 1.
        // The widening falls as 1/sqrt of the share of the cycle seen; the old damping
        // (x0.45, x0.8) capped even an 8x spike at 0.45 / 0.8 and let moderate surprises in
        // the first hours through.
        s.learningRows();
        const double seen = double(std::max<qint64>(1, s.rows));
        const qint64 day = s.learningDay > 0 ? s.learningDay : qint64(2 * kWarmupRows);
        double widen = 1.0;
        if (s.rows < day)
            widen = kWidenDay * std::sqrt(double(day) / seen);
        if (s.rows < s.learningWeek && s.periods() < 2)
            widen = std::max(widen, 1.0 + (kWidenWeek - 1.0) * std::sqrt(double(s.learningWeek) / seen));
        const double point = ramp(std::abs(z) / widen, 3.0, 8.0);
        const double shift = ramp(std::max(s.cusumUp, s.cusumDown) / widen, 6.0, 30.0);
        const double variance = ramp(std::sqrt(s.spread) / widen, 2.2, 1.0);
        result = s.rows < kWarmupRows ? 0.0 : std::max({point, shift, variance});
        // Strength of the evidence relative to where each kind starts to score: unlike
        // the squashed score it keeps growing, so "clearly stronger" can be told.
        // Computed only at alarm level (a sqrt per sample costs a tenth of the budget).
        const auto strength = [&] {
            return std::max({std::abs(z), std::max(s.cusumUp, s.cusumDown) / 2.0, std::sqrt(s.spread) * (3.0 / 2.2)})
                / (3.0 * widen);
        };
        if (s.inAlarm) {
            if (result >= kAlarmScore) {
                s.episodePeak = std::max(s.episodePeak, strength());
            } else {
                s.inAlarm = false;
                s.quietSince = s.rows;
            }
        } else if (result >= kAlarmScore) {
            const double now = strength();
            if (s.rows - s.quietSince <= s.refractoryRows() && now < kNewEventRatio * s.episodePeak) {
                // The same event again: shown just below the alarm level, and the quiet
                // period restarts so a flickering event stays one alarm.
                result = std::min(result, 0.9 * kAlarmScore);
                s.quietSince = s.rows;
            } else {
                s.inAlarm = true;
                s.episodePeak = now;
            }
        }

        // A sustained one-sided run is a new level, not a string of outliers: re-anchor.
        if (std::max(s.cusumUp, s.cusumDown) > 16.0) {
            for (Model &sm : s.models)
                sm.shiftLevel(s.recentResidual);
            s.cusumUp = s.cusumDown = 0;
            s.recentResidual = 0;
        }
    }
    for (Model &sm : s.models)
        sm.learn(value);
    s.remember(i, value);
    s.idx = i;
    ++s.rows;
    if (s.rows >= s.nextCheck) {
        s.redetect();
        s.nextCheck = s.rows < kLastDoubling ? s.rows * 3 / 2 : s.rows + kLastDoubling;
    }
    return std::clamp(result, 0.0, 1.0);
}

std::vector<double> AnomalyDetector::scoreSeries(const RegularSeries &series)
{
    AnomalyDetector detector;
    std::vector<double> out(series.values.size());
    for (size_t i = 0; i < series.values.size(); ++i)
        out[i] = detector.score(series.timeAt(qsizetype(i)), series.values[i]);
    return out;
}

} // namespace Analysis
