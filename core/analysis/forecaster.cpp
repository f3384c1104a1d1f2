#include "core/analysis/forecaster.h"

#include "core/analysis/naivecombination.h"
#include "core/analysis/seasonalitydetector.h"
#include "core/analysis/seasonalprofile.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Analysis {

namespace {


constexpr qsizetype kVeryShort = 8;
constexpr double kZ95 = 1.959964;
constexpr qint64 kDayMs = 86'400'000;

double boxCox(double y, double lambda)
{
    if (lambda == 1.0)
        return y;
    if (lambda == 0.0)
        return std::log(y);
    return (std::pow(y, lambda) - 1.0) / lambda;
}

double invBoxCox(double z, double lambda)
{
    if (lambda == 1.0)
        return z;
    if (lambda == 0.0)
        return std::exp(std::min(z, 700.0));
    const double b = lambda * z + 1.0;
    return b <= 0 ? 0.0 : std::pow(b, 1.0 / lambda);
}

// Linear interpolation over interior gaps, last value carried over trailing ones.
qsizetype fillGaps(std::vector<double> &x)
{
    qsizetype missing = 0;
    qsizetype prev = -1;
    const qsizetype n = qsizetype(x.size());
    for (qsizetype i = 0; i < n; ++i) {
        if (std::isnan(x[size_t(i)])) {
            ++missing;
            continue;
        }
        if (prev >= 0 && i - prev > 1) {
            const double a = x[size_t(prev)], b = x[size_t(i)];
            for (qsizetype j = prev + 1; j < i; ++j)
                x[size_t(j)] = a + (b - a) * double(j - prev) / double(i - prev);
        }
        prev = i;
    }
    for (qsizetype j = prev + 1; j < n; ++j)
        x[size_t(j)] = x[size_t(prev)];
    return missing;
}

// Guerrero-style choice of the Box-Cox exponent: regress log spread on log level over
// groups of phases (or blocks); slope ~1 means the spread is proportional to the level
// (log), ~0.5 Poisson-like (square root), ~0 additive. Only for positive series.
// Least-squares slope of log spread on log level, and the spread of the log levels.
struct SpreadFit
{
    double slope = 0;
    double leverage = 0; // variance of the log levels: how much the data can tell
    bool valid = false;
};

SpreadFit fitSpread(const std::vector<double> &lm, const std::vector<double> &ls)
{
    SpreadFit f;
    if (lm.size() < 4)
        return f;
    const double mx = std::accumulate(lm.begin(), lm.end(), 0.0) / double(lm.size());
    const double my = std::accumulate(ls.begin(), ls.end(), 0.0) / double(ls.size());
    double sxx = 0, sxy = 0;
    for (size_t i = 0; i < lm.size(); ++i) {
        sxx += (lm[i] - mx) * (lm[i] - mx);
        sxy += (lm[i] - mx) * (ls[i] - my);
    }
    f.leverage = sxx / double(lm.size());
    f.slope = sxx > 0 ? sxy / sxx : 0.0;
    f.valid = sxx > 0;
    return f;
}

// Guerrero-style choice of the Box-Cox exponent: regress log spread on log level over
// subseries; slope ~1 means the spread is proportional to the level (log), ~0.5
// Poisson-like (square root), ~0 additive. Two kinds of subseries are tried, phases of
// the cycle (night vs day) and whole cycles (level growing over the years), and the one
// whose levels differ most decides. Only for positive series.
double chooseLambda(const std::vector<double> &x, int period, double minValue)
{
    if (minValue <= 0)
        return 1.0;
    const qsizetype n = qsizetype(x.size());
    SpreadFit best;
    if (period >= 2 && n >= 3 * period) {
        // Per phase group: level = mean across cycles, spread = mean abs change across cycles.
        const qsizetype k = std::min<qsizetype>(n / period, 10);
        const double *w = x.data() + (n - k * period);
        const int groups = std::min(period, 24);
        std::vector<double> sum(size_t(groups), 0.0), dev(size_t(groups), 0.0);
        std::vector<int> cnt(size_t(groups), 0);
        for (qsizetype c = 1; c < k; ++c)
            for (int j = 0; j < period; ++j) {
                const int g = int(qint64(j) * groups / period);
                sum[size_t(g)] += w[c * period + j];
                dev[size_t(g)] += std::abs(w[c * period + j] - w[(c - 1) * period + j]);
                ++cnt[size_t(g)];
            }
        std::vector<double> lm, ls;
        for (int g = 0; g < groups; ++g)
            if (cnt[size_t(g)] > 0 && dev[size_t(g)] > 0) {
                lm.push_back(std::log(sum[size_t(g)] / cnt[size_t(g)]));
                ls.push_back(std::log(dev[size_t(g)] / cnt[size_t(g)]));
            }
        best = fitSpread(lm, ls);
        // Per cycle: level = cycle mean, spread = mean abs deviation from it.
        lm.clear();
        ls.clear();
        const double *all = x.data() + n % period;
        for (qsizetype c = 0; c < n / period; ++c) {
            const double *cyc = all + c * period;
            const double mean = std::accumulate(cyc, cyc + period, 0.0) / period;
            double dev2 = 0;
            for (int j = 0; j < period; ++j)
                dev2 += std::abs(cyc[j] - mean);
            if (dev2 > 0) {
                lm.push_back(std::log(mean));
                ls.push_back(std::log(dev2 / period));
            }
        }
        const SpreadFit cycles = fitSpread(lm, ls);
        if (cycles.valid && cycles.leverage > best.leverage)
            best = cycles;
    } else {
        std::vector<double> lm, ls;
        const qsizetype block = std::max<qsizetype>(8, n / 12);
        for (qsizetype s = 0; s + block <= n; s += block) {
            double m = 0, d = 0;
            for (qsizetype i = s; i < s + block; ++i) {
                m += x[size_t(i)];
                if (i > s)
                    d += std::abs(x[size_t(i)] - x[size_t(i - 1)]);
            }
            if (d > 0) {
                lm.push_back(std::log(m / double(block)));
                ls.push_back(std::log(d / double(block - 1)));
            }
        }
        best = fitSpread(lm, ls);
    }
    // Levels must differ enough (about a factor 1.3 across subseries) to tell anything.
    if (!best.valid || best.leverage < 0.01)
        return 1.0;
    if (best.slope >= 0.75)
        return 0.0;
    if (best.slope >= 0.35)
        return 0.5;
    return 1.0;
}

double dampSum(double phi, int h)
{
    if (phi >= 1.0)
        return h;
    return phi * (1.0 - std::pow(phi, h)) / (1.0 - phi);
}

struct Holt
{
    double alpha = 0.1;
    double beta = 0.0; // 0 = simple exponential smoothing
    double phi = 1.0;
};

// Robust (Huberised) damped-trend smoothing, as in Gelper, Fried & Croux (2010): the
// error entering the update is clipped at 3.5 running scales, so a spike in the history
// moves the level by at most that much.
struct HoltState
{
    double l = 0, b = 0, scale = 0;

    void init(const double *a, qsizetype n)
    {
        const qsizetype m = std::min<qsizetype>(n, 4);
        l = std::accumulate(a, a + m, 0.0) / double(m);
        b = 0;
        double s = 0;
        for (qsizetype i = 1; i < std::min<qsizetype>(n, 16); ++i)
            s += std::abs(a[i] - a[i - 1]);
        scale = n > 1 ? s / double(std::min<qsizetype>(n, 16) - 1) : 0.0;
    }
    void update(double y, const Holt &p)
    {
        const double f = l + p.phi * b;
        const double e = y - f;
        const double ae = std::abs(e);
        const double lim = scale > 0 ? 3.5 * scale : 1e300;
        const double ec = std::clamp(e, -lim, lim);
        scale = scale > 0 ? 0.97 * scale + 0.03 * std::min(ae, 6.0 * scale) : ae;
        l = f + p.alpha * ec;
        b = p.phi * b + p.beta * ec;
    }
};

// Mean absolute multi-step error (at three horizons) of K smoothing models run over a
// side by side: one pass, independent recursions the CPU overlaps (the fit budget is a
// fraction of a millisecond).
template<size_t K>
std::array<std::array<double, 3>, K> criteria(const double *a, qsizetype n, const std::array<Holt, K> &p,
                               const std::array<int, 3> &hs, qsizetype warm, std::vector<double> &ring)
{
    const size_t ringSlots = ring.size() / (2 * K);
    const size_t mask = ringSlots - 1;
    HoltState init;
    init.init(a, n);
    std::array<double, K> l, b, sc, alpha, beta, phi;
    std::array<std::array<double, K>, 3> d{}, sum{};
    std::array<qsizetype, 3> cnt{};
    for (size_t k = 0; k < K; ++k) {
        l[k] = init.l;
        b[k] = init.b;
        sc[k] = init.scale;
        alpha[k] = p[k].alpha;
        beta[k] = p[k].beta;
        phi[k] = p[k].phi;
        for (size_t j = 0; j < 3; ++j)
            d[j][k] = dampSum(p[k].phi, hs[j]);
        ring[k] = l[k];
        ring[K + k] = b[k];
    }
    for (qsizetype i = 1; i < n; ++i) {
        const double y = a[i];
        for (size_t j = 0; j < 3; ++j) {
            const qsizetype o = i - hs[j];
            if (o < warm || (o & 3) != 0) // every fourth origin is plenty to rank models
                continue;
            const double *st = ring.data() + (size_t(o) & mask) * 2 * K;
            for (size_t k = 0; k < K; ++k)
                sum[j][k] += std::abs(y - (st[k] + st[K + k] * d[j][k]));
            ++cnt[j];
        }
        double *st = ring.data() + (size_t(i) & mask) * 2 * K;
        for (size_t k = 0; k < K; ++k) {
            const double f = l[k] + phi[k] * b[k];
            const double e = y - f;
            const double ae = std::abs(e);
            const double lim = sc[k] > 0 ? 3.5 * sc[k] : 1e300;
            const double ec = std::clamp(e, -lim, lim);
            sc[k] = sc[k] > 0 ? 0.97 * sc[k] + 0.03 * std::min(ae, 6.0 * sc[k]) : ae;
            l[k] = f + alpha[k] * ec;
            b[k] = phi[k] * b[k] + beta[k] * ec;
            st[k] = l[k];
            st[K + k] = b[k];
        }
    }
    std::array<std::array<double, 3>, K> out{};
    for (size_t k = 0; k < K; ++k)
        for (size_t j = 0; j < 3; ++j)
            out[k][j] = cnt[j] ? sum[j][k] / double(cnt[j]) : 0.0;
    return out;
}

double quantile(std::vector<double> &v, double q)
{
    if (v.empty())
        return 0;
    const double pos = q * double(v.size() - 1);
    const size_t lo = size_t(pos);
    std::nth_element(v.begin(), v.begin() + qsizetype(lo), v.end());
    const double a = v[lo];
    if (lo + 1 >= v.size())
        return a;
    const double b = *std::min_element(v.begin() + qsizetype(lo) + 1, v.end());
    return a + (b - a) * (pos - double(lo));
}

// The three models' combination, evaluated from stored states.
struct Combination
{
    Holt ses, holt;
    double drift = 0; // Theta line: half the least-squares slope

    std::vector<double> damp; // dampSum(holt.phi, h) for h = 0..horizon

    void prepare(int horizon)
    {
        damp.resize(size_t(horizon) + 1);
        double s = 0, f = 1;
        for (int h = 0; h <= horizon; ++h) {
            damp[size_t(h)] = s;
            f *= holt.phi;
            s += f;
        }
    }

    double at(double lSes, double lHolt, double bHolt, int h) const
    {
        const double fSes = lSes;
        const double fTheta = lSes + drift * (h - 1 + 1.0 / ses.alpha);
        const double fHolt = lHolt + bHolt * damp[size_t(h)];
        return (fSes + fTheta + fHolt) / 3.0;
    }
};

double olsSlope(const double *a, qsizetype n)
{
    if (n < 3)
        return 0;
    const double mx = (n - 1) / 2.0;
    double my = 0;
    for (qsizetype i = 0; i < n; ++i)
        my += a[i];
    my /= double(n);
    double sxy = 0, sxx = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxy += (double(i) - mx) * (a[i] - my);
        sxx += (double(i) - mx) * (double(i) - mx);
    }
    return sxy / sxx;
}

struct LevelForecast
{
    std::vector<double> mean;  // per horizon step, in the adjusted (transformed) scale
    std::vector<double> width; // half-width of the 95% band
    bool trend = false;
    bool levelShift = false;
    bool reliableWidths = true;
    double naiveShare = 0; // mean weight of the seasonal naive over the horizon
};

// Residual scale per phase of the longest cycle, relative to the overall one (empty =
// 1 everywhere, without a cycle), for the normalised conformal band below: the mean
// deviation from a centred moving mean at each phase, averaged over about an hour of a
// day around it and shrunk towards the overall mean by as many samples as that window
// holds, so a phase seen once does not decide.
std::vector<double> phaseScales(const std::vector<double> &a, int period, int shortPeriod)
{
    const qsizetype n = qsizetype(a.size());
    const qsizetype half = std::max<qsizetype>(1, shortPeriod / 2);
    if (period < 2 || n < 2 * half + qsizetype(period) / 2)
        return {};
    // Deviation from a centred moving mean over one short cycle: what the profile left
    // in the adjusted series at each phase (its misfit and the noise), i.e. what a
    // multi-step forecast of that phase will miss.
    std::vector<double> sum(static_cast<size_t>(period), 0.0), cnt(static_cast<size_t>(period), 0.0);
    double total = 0, count = 0;
    double win = 0;
    for (qsizetype i = 0; i < 2 * half + 1; ++i)
        win += a[size_t(i)];
    size_t phase = size_t(half % period); // kept incrementally: no division per sample
    const double width = double(2 * half + 1);
    for (qsizetype i = half; i + half < n; ++i) {
        if (i > half)
            win += a[size_t(i + half)] - a[size_t(i - half - 1)];
        const double e = std::abs(a[size_t(i)] - win / width);
        sum[phase] += e;
        cnt[phase] += 1;
        total += e;
        if (++phase == size_t(period))
            phase = 0;
    }
    count = double(std::max<qsizetype>(0, n - 2 * half));
    if (count <= 0 || total <= 0)
        return {};
    const double mean = total / count;
    const int bw = std::max(1, period / 48); // smoothing half-window
    const double prior = 2.0 * bw + 1.0;
    std::vector<double> out(static_cast<size_t>(period));
    // Circular moving sums over the window.
    double ws = 0, wc = 0;
    for (int j = -bw; j <= bw; ++j) {
        const size_t k = size_t((j + period) % period);
        ws += sum[k];
        wc += cnt[k];
    }
    for (int p = 0; p < period; ++p) {
        out[size_t(p)] = ((ws + prior * mean) / (wc + prior)) / mean;
        const size_t drop = size_t((p - bw + period) % period);
        const size_t add = size_t((p + bw + 1) % period);
        ws += sum[add] - sum[drop];
        wc += cnt[add] - cnt[drop];
    }
    return out;
}

LevelForecast forecastLevel(const std::vector<double> &a, int horizon, int shortPeriod, int longPeriod,
                            int profileCycles, NaiveCombination &naive)
{
    const qsizetype n = qsizetype(a.size());
    LevelForecast out;
    const qsizetype warm = std::max<qsizetype>(2, std::min<qsizetype>(n / 5, std::max(shortPeriod, 16)));
    const int hAvail = int(std::max<qsizetype>(1, std::min<qsizetype>(horizon, (n - warm) * 2 / 3)));
    const std::array<int, 3> hs{1, std::max(1, hAvail / 4), hAvail};
    size_t ringSlots = 1;
    while (ringSlots < size_t(hAvail) + 1)
        ringSlots <<= 1;
    constexpr size_t K = 8;
    std::vector<double> ring(ringSlots * 2 * K);

    // Parameters are chosen on the recent part (about a week of 5-minute data beyond
    // the warm-up and horizon): older behaviour matters less and costs time.
    const qsizetype fitFrom = std::max<qsizetype>(0, n - (warm + hAvail + std::max(1008, 4 * shortPeriod)));
    const double *fa = a.data() + fitFrom;
    const qsizetype fn = n - fitFrom;
    auto total = [](const std::array<double, 3> &c) { return c[0] + c[1] + c[2]; };
    Combination comb;
    // One pass ranks eight smoothing constants twice: by multi-step error (the slow
    // level of the combination) and by one-step error (the fast level that carries the
    // current deviation; how much of it persists at each horizon is learnt below).
    Holt fast{0.5, 0.0, 1.0};
    {
        std::array<Holt, K> grid;
        const double alphas[K] = {0.01, 0.03, 0.08, 0.15, 0.3, 0.5, 0.7, 0.9};
        for (size_t k = 0; k < K; ++k)
            grid[k] = Holt{alphas[k], 0.0, 1.0};
        const auto c = criteria<K>(fa, fn, grid, hs, warm, ring);
        size_t slow = 0, quick = 0;
        for (size_t k = 1; k < K; ++k) {
            if (total(c[k]) < total(c[slow]))
                slow = k;
            if (c[k][0] < c[quick][0])
                quick = k;
        }
        comb.ses = grid[slow];
        fast = grid[quick];
    }
    {
        constexpr size_t KH = 4;
        std::array<Holt, KH> grid;
        size_t k = 0;
        for (double phi : {0.98, 0.998})
            for (double beta : {0.003, 0.03})
                grid[k++] = Holt{comb.ses.alpha, beta * comb.ses.alpha, phi};
        const auto c = criteria<KH>(fa, fn, grid, hs, warm, ring);
        size_t best = 0;
        for (size_t j = 1; j < KH; ++j)
            if (total(c[j]) < total(c[best]))
                best = j;
        comb.holt = grid[best];
    }
    comb.drift = 0.5 * olsSlope(a.data(), n);
    comb.prepare(std::max(horizon, hAvail));

    // Final pass: states at every origin, then the combination's errors at checkpoint
    // horizons; the band is their 95% absolute quantile.
    // It covers the same recent part as the fit: recent errors describe the next ones.
    const qsizetype first = fitFrom + warm;
    const qsizetype stride = std::max<qsizetype>(1, (n - first) / 200);
    std::vector<std::array<double, 4>> states;
    states.reserve(size_t((n - first) / stride + 2));
    HoltState s1, s2, s3;
    s1.init(fa, fn);
    s2.init(fa, fn);
    s3.init(fa, fn);
    std::vector<double> lastErrors;
    for (qsizetype i = fitFrom; i < n; ++i) {
        if (i > fitFrom) {
            if (i >= n - std::max<qsizetype>(12, shortPeriod / 4))
                lastErrors.push_back(a[size_t(i)] - (s1.l));
            s1.update(a[size_t(i)], comb.ses);
            s2.update(a[size_t(i)], comb.holt);
            s3.update(a[size_t(i)], fast);
        }
        if (i >= first && (i - first) % stride == 0)
            states.push_back({s1.l, s2.l, s2.b, s3.l});
    }

    // A recent level shift (the last stretch all on one side, far from the level) is
    // taken at face value: the level restarts from the recent mean.
    if (lastErrors.size() >= 8 && s1.scale > 0) {
        const double m = std::accumulate(lastErrors.begin(), lastErrors.end(), 0.0) / double(lastErrors.size());
        int sameSide = 0;
        for (double e : lastErrors)
            sameSide += (e > 0) == (m > 0) ? 1 : 0;
        if (std::abs(m) > 3.0 * s1.scale && sameSide >= int(lastErrors.size() * 9 / 10)) {
            out.levelShift = true;
            s1.l += m;
            s2.l += m;
            s2.b = 0;
            // The last cycle straddles the shift: repeating it would undo the restart.
            naive.disable();
        }
    }

    out.trend = std::abs(comb.drift) * horizon > 0.5 * s1.scale || comb.holt.beta > 0.01 * comb.holt.alpha;

    std::vector<int> checks;
    for (int h = 1; h <= hAvail; h = std::max(h + 1, int(h * 1.6)))
        checks.push_back(h);
    if (checks.back() != hAvail)
        checks.push_back(hAvail);

    // Persistence of the fast level's deviation: per checkpoint horizon, the regression
    // of the slow combination's error on that deviation (0..1, not increasing with h).
    std::vector<double> persistH, persistB;
    double running = 1.0;
    for (int h : checks) {
        double num = 0, den = 0;
        int count = 0;
        for (size_t k = 0; k < states.size(); ++k) {
            const qsizetype o = first + qsizetype(k) * stride;
            if (o + h >= n)
                break;
            const auto &st = states[k];
            const double dev = st[3] - comb.at(st[0], st[1], st[2], 1);
            num += (a[size_t(o + h)] - comb.at(st[0], st[1], st[2], h)) * dev;
            den += dev * dev;
            ++count;
        }
        if (count < 12 || den <= 0)
            break;
        running = std::min(running, std::clamp(num / den, 0.0, 1.0));
        persistH.push_back(h);
        persistB.push_back(running);
    }
    // log(h) for every horizon, once: the interpolations below run per step, and four
    // logarithms a step were a visible part of the forecast's 0.5 ms budget.
    std::vector<double> logH(size_t(std::max(horizon, hAvail)) + 1, 0.0);
    for (size_t h = 1; h < logH.size(); ++h)
        logH[h] = std::log(double(h));
    auto logOf = [&](double h) { return logH[size_t(h)]; }; // h is a whole horizon here
    auto persistence = [&](int h) {
        if (persistH.empty())
            return 0.0;
        if (h >= persistH.back())
            return persistB.back() * persistH.back() / double(h);
        size_t j = 0;
        while (persistH[j + 1] < h)
            ++j;
        if (h <= persistH[j])
            return persistB[j];
        const double f = (logOf(h) - logOf(persistH[j])) / (logOf(persistH[j + 1]) - logOf(persistH[j]));
        return persistB[j] + f * (persistB[j + 1] - persistB[j]);
    };
    std::vector<double> persist(size_t(std::max(horizon, hAvail)) + 1);
    for (int h = 1; h < int(persist.size()); ++h)
        persist[size_t(h)] = persistence(h);
    auto blended = [&](const std::array<double, 4> &st, int h) {
        const double slow = comb.at(st[0], st[1], st[2], h);
        return slow + persist[size_t(h)] * (st[3] - comb.at(st[0], st[1], st[2], 1));
    };

    out.mean.resize(size_t(horizon));
    const std::array<double, 4> last{s1.l, s2.l, s2.b, out.levelShift ? s1.l : s3.l};
    for (int h = 1; h <= horizon; ++h)
        out.mean[size_t(h - 1)] = blended(last, h);

    // Split-conformal band, normalised by phase (Papadopoulos et al. 2008, Lei et al.
    // 2018): the calibration scores are the combination's errors at each checkpoint
    // horizon over the replayed origins, divided by the residual scale of the phase they
    // fall on; the band is their conformal 95% quantile (rank ceil((m + 1) 0.95) of m)
    // times the scale of the phase forecast. A weekday is then not given the width that
    // the weekend transitions in the calibration window needed, nor a quiet night the
    // width of the evening peak. Without a cycle every scale is 1 (plain split conformal).
    const std::vector<double> scales = phaseScales(a, longPeriod, shortPeriod);
    // Inverse scales of the calibration targets [first, n), by an incremental phase: a
    // division per score would cost a tenth of the forecast's budget.
    std::vector<double> invScale(size_t(std::max<qsizetype>(0, n - first)), 1.0);
    if (!scales.empty()) {
        size_t ph = size_t(first % longPeriod);
        for (double &v : invScale) {
            v = 1.0 / scales[ph];
            if (++ph == size_t(longPeriod))
                ph = 0;
        }
    }
    std::vector<double> hk, wk;
    std::vector<double> errs, modelErrs, naiveErrs;
    for (int h : checks) {
        // The model's and the seasonal naive's signed errors at the same origins (the
        // naive's taken as the model's where no whole cycle precedes the origin, so such
        // an origin does not sway the weight); the weight of the combination is chosen
        // from them, and the scores are the combined errors: the band is that of the
        // forecast actually given.
        modelErrs.clear();
        naiveErrs.clear();
        const qsizetype lag = naive.isActive() ? naive.lag(h) : 0;
        for (size_t k = 0; k < states.size(); ++k) {
            const qsizetype o = first + qsizetype(k) * stride;
            if (o + h >= n)
                break;
            const double e = a[size_t(o + h)] - blended(states[k], h);
            modelErrs.push_back(e);
            naiveErrs.push_back(naive.hasOrigin(o) ? a[size_t(o + h)] - naive.adjustedAt(o + h, lag) : e);
        }
        if (modelErrs.size() < 12)
            continue;
        const double w = naive.isActive() ? naive.addCheckpoint(h, modelErrs, naiveErrs) : 1.0;
        errs.clear();
        for (size_t k = 0; k < modelErrs.size(); ++k)
            errs.push_back(std::abs(w * modelErrs[k] + (1.0 - w) * naiveErrs[k])
                           * invScale[size_t(first + qsizetype(k) * stride + h - first)]);
        hk.push_back(h);
        const double m = double(errs.size());
        wk.push_back(quantile(errs, std::min(1.0, std::ceil((m + 1.0) * 0.95) / m)));
    }
    out.naiveShare = naive.blend(out.mean.data(), horizon);
    out.width.assign(size_t(horizon), 0.0);
    if (hk.empty()) {
        out.reliableWidths = false;
        return out;
    }
    // The profile was fitted on the same history: inflate for its estimation error (the
    // variance of a mean of k cycles adds 1/k of the noise's to an out-of-sample error).
    const double inflate = std::sqrt(1.0 + 1.0 / std::max(1, profileCycles));
    double gamma = 0.5;
    if (hk.size() >= 3) {
        const size_t j = hk.size() - 1;
        const size_t i = hk.size() / 2;
        gamma = std::clamp(std::log(std::max(wk[j], 1e-300) / std::max(wk[i], 1e-300)) / std::log(hk[j] / hk[i]),
                           0.1, 0.5);
    }
    size_t seg = 0;
    running = 0;
    for (int h = 1; h <= horizon; ++h) {
        double w;
        if (h <= hk.front()) {
            w = wk.front();
        } else if (h >= hk.back()) {
            w = wk.back() * std::pow(double(h) / hk.back(), gamma);
        } else {
            while (hk[seg + 1] < h)
                ++seg;
            const double f = (logOf(h) - logOf(hk[seg])) / (logOf(hk[seg + 1]) - logOf(hk[seg]));
            w = wk[seg] + f * (wk[seg + 1] - wk[seg]);
        }
        running = std::max(running, w * inflate);
        out.width[size_t(h - 1)] = running * (scales.empty() ? 1.0 : scales[size_t((n - 1 + h) % longPeriod)]);
    }
    return out;
}

// A handful of points: the last value, with a band from the spread of its changes
// that grows like a random walk's and is widened for the little evidence behind it.
void naiveShort(const std::vector<double> &x, int horizon, Forecast &out)
{
    const qsizetype n = qsizetype(x.size());
    double s = 0;
    for (qsizetype i = 1; i < n; ++i)
        s += (x[size_t(i)] - x[size_t(i - 1)]) * (x[size_t(i)] - x[size_t(i - 1)]);
    double sd = n > 1 ? std::sqrt(s / double(n - 1)) : 0.0;
    const double level = n >= 3 ? (x[size_t(n - 1)] + x[size_t(n - 2)] + x[size_t(n - 3)]) / 3.0 : x.back();
    if (sd <= 0)
        sd = std::max(std::abs(level) * 0.05, 1e-9);
    const bool nonNegative = *std::min_element(x.begin(), x.end()) >= 0;
    for (int h = 1; h <= horizon; ++h) {
        const double w = 1.5 * kZ95 * sd * std::sqrt(double(h) + 1.0);
        out.point.push_back(level);
        out.lower.push_back(nonNegative ? std::max(0.0, level - w) : level - w);
        out.upper.push_back(level + w);
    }
}

QString periodText(int period, qint64 stepMs)
{
    const qint64 ms = qint64(period) * stepMs;
    if (ms == 86'400'000)
        return QCoreApplication::translate("Analysis::Forecaster", "daily");
    if (ms == 7 * 86'400'000LL)
        return QCoreApplication::translate("Analysis::Forecaster", "weekly");
    return QCoreApplication::translate("Analysis::Forecaster", "every %n step(s)", nullptr, period);
}

} // namespace

Util::Result<Forecast> Forecaster::forecast(const RegularSeries &series, const ForecastOptions &options) const
{
    if (options.horizon < 1 || options.horizon > kMaxHorizon)
        return Util::makeError(u"forecast.horizon"_s, QCoreApplication::translate("Analysis::Forecaster", "the horizon must be between 1 and %1 steps").arg(kMaxHorizon));
    if (series.stepMs <= 0)
        return Util::makeError(u"forecast.step"_s, QCoreApplication::translate("Analysis::Forecaster", "the series has no time step"));
    const int horizon = options.horizon;
    Forecast out;
    out.stepMs = series.stepMs;
    out.startMs = series.timeAt(series.size());
    out.level = options.level;

    qsizetype begin = std::max<qsizetype>(0, series.size() - kMaxFitPoints);
    while (begin < series.size() && std::isnan(series.values[size_t(begin)]))
        ++begin;
    if (begin >= series.size())
        return Util::makeError(u"forecast.empty"_s, QCoreApplication::translate("Analysis::Forecaster", "the series has no numeric values"));
    std::vector<double> x(series.values.begin() + begin, series.values.end());
    const qsizetype missing = fillGaps(x);
    if (missing > 0)
        out.notes.push_back(ForecastNote::MissingValues);
    const qsizetype n = qsizetype(x.size());
    const auto [mnIt, mxIt] = std::minmax_element(x.begin(), x.end());
    const double minValue = *mnIt, maxValue = *mxIt;
    QStringList why;

    if (maxValue - minValue <= 1e-12 * std::max(1.0, std::abs(maxValue))) {
        out.notes.push_back(ForecastNote::ConstantSeries);
        out.point.assign(size_t(horizon), x.back());
        out.lower = out.point;
        out.upper = out.point;
        out.explanation = QCoreApplication::translate("Analysis::Forecaster", "The series is constant; the forecast repeats its value.");
        return out;
    }
    if (n < kVeryShort) {
        out.notes.push_back(ForecastNote::VeryShortHistory);
        naiveShort(x, horizon, out);
        out.explanation = QCoreApplication::translate("Analysis::Forecaster", "Only %n point(s) of history: the forecast is the recent level with a wide band.", nullptr,
                             int(n));
        return out;
    }

    std::vector<int> periods;
    if (!options.periods.empty()) {
        out.notes.push_back(ForecastNote::SeasonOverride);
        for (int p : options.periods)
            if (p >= 2 && p <= n / 2)
                periods.push_back(p);
        std::sort(periods.begin(), periods.end());
        periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
        if (periods.size() > 2)
            periods.resize(2);
    } else if (options.detectPeriods) {
        periods = SeasonalityDetector::detect(x.data(), n, series.stepMs, SeasonalityDetector::ShortWeek::FromWeekdayLevels);
    }
    const std::vector<int> calendar = SeasonalityDetector::calendarPeriods(series.stepMs);
    const bool shortHistory = periods.empty() && !calendar.empty() && n < 2 * calendar.front();
    if (shortHistory)
        out.notes.push_back(ForecastNote::ShortHistory);

    double lambda = chooseLambda(x, periods.empty() ? 0 : periods.front(), minValue);
    if (lambda < 1.0 && minValue < 1e-3 * maxValue)
        lambda = 0.5; // near-zero values would make a log scale explode
    out.boxCoxLambda = lambda;
    if (lambda < 1.0)
        out.notes.push_back(ForecastNote::LogScale);
    std::vector<double> z(x.size());
    for (qsizetype i = 0; i < n; ++i)
        z[size_t(i)] = boxCox(x[size_t(i)], lambda);

    // Weekday levels from less than two weeks are placed on UTC calendar days.
    qsizetype dayStart = -1;
    if (series.stepMs > 0 && kDayMs % series.stepMs == 0) {
        const qint64 intoDay = ((series.timeAt(begin) % kDayMs) + kDayMs) % kDayMs;
        if (intoDay % series.stepMs == 0)
            dayStart = qsizetype(((kDayMs - intoDay) % kDayMs) / series.stepMs);
    }
    const SeasonalProfile profile = SeasonalProfile::fit(z.data(), n, periods, dayStart);
    out.periods = profile.periods();
    std::vector<double> seasonal(size_t(n + horizon));
    profile.fill(0, n + horizon, seasonal.data());
    std::vector<double> adjusted(z.size());
    for (qsizetype i = 0; i < n; ++i)
        adjusted[size_t(i)] = z[size_t(i)] - seasonal[size_t(i)];

    // A week fitted from less than two of them has no residual scale per phase of the
    // week yet: the band's phases are those of the day.
    const int scalePeriod = out.periods.empty() ? 0 : profile.weekFromShortHistory() ? out.periods.front() : out.periods.back();
    NaiveCombination naive(z.data(), seasonal.data(), n, out.periods.empty() ? 0 : out.periods.front());
    LevelForecast lf = forecastLevel(adjusted, horizon, out.periods.empty() ? 0 : out.periods.front(), scalePeriod,
                                     profile.cycles(), naive);
    if (lf.trend)
        out.notes.push_back(ForecastNote::DampedTrend);
    if (lf.levelShift)
        out.notes.push_back(ForecastNote::LevelShift);
    out.naiveShare = lf.naiveShare;
    if (out.naiveShare >= 0.005)
        out.notes.push_back(ForecastNote::SeasonalNaiveBlend);
    if (!lf.reliableWidths) {
        // Too little history to measure multi-step errors: random-walk band from the
        // spread of one-step changes, widened.
        double s = 0;
        for (qsizetype i = 1; i < n; ++i)
            s += std::abs(adjusted[size_t(i)] - adjusted[size_t(i - 1)]);
        const double sd = 1.25 * s / double(n - 1);
        for (int h = 1; h <= horizon; ++h)
            lf.width[size_t(h - 1)] = 1.5 * kZ95 * sd * std::sqrt(double(h) + 1.0);
    }
    const double widen = shortHistory ? 1.2 : 1.0;
    const double zMin = *std::min_element(z.begin(), z.end());
    const double zMax = *std::max_element(z.begin(), z.end());
    const double zSpan = zMax - zMin;
    const bool nonNegative = minValue >= 0;
    out.point.resize(size_t(horizon));
    out.lower.resize(size_t(horizon));
    out.upper.resize(size_t(horizon));
    for (int h = 1; h <= horizon; ++h) {
        const double centre = seasonal[size_t(n - 1 + h)] + lf.mean[size_t(h - 1)];
        double w = widen * lf.width[size_t(h - 1)];
        // Weekday levels seen once or twice: their own error adds to the calibrated one,
        // which was measured on the history the levels were fitted to.
        if (const double se = profile.uncertainty(n - 1 + h); se > 0)
            w = std::sqrt(w * w + kZ95 * kZ95 * se * se);
        // Keep the transformed values within a sane distance of the history.
        auto bound = [&](double v) { return std::clamp(v, zMin - 3 * zSpan - 1, zMax + 3 * zSpan + 1); };
        double p = invBoxCox(bound(centre), lambda);
        double lo = invBoxCox(bound(centre - w), lambda);
        double hi = invBoxCox(bound(centre + w), lambda);
        if (nonNegative) {
            p = std::max(0.0, p);
            lo = std::max(0.0, lo);
            hi = std::max(0.0, hi);
        }
        out.point[size_t(h - 1)] = p;
        out.lower[size_t(h - 1)] = std::min(lo, p);
        out.upper[size_t(h - 1)] = std::max(hi, p);
    }

    if (out.periods.empty())
        why << QCoreApplication::translate("Analysis::Forecaster", "No seasonality found.");
    else if (out.periods.size() == 1)
        why << QCoreApplication::translate("Analysis::Forecaster", "Seasonality: %1.").arg(periodText(out.periods[0], series.stepMs));
    else
        why << QCoreApplication::translate("Analysis::Forecaster", "Seasonality: %1 and %2.").arg(periodText(out.periods[0], series.stepMs),
                                                  periodText(out.periods[1], series.stepMs));
    if (shortHistory)
        why << QCoreApplication::translate("Analysis::Forecaster", "Less than two days of history, so daily seasonality cannot be estimated: the band is wider.");
    if (profile.weekFromShortHistory()) {
        out.notes.push_back(ForecastNote::ShortWeek);
        why << QCoreApplication::translate("Analysis::Forecaster", "Weekday levels from less than two weeks of history: the band is wider on the days seen only once.");
    }
    if (lf.trend)
        why << QCoreApplication::translate("Analysis::Forecaster", "Trend included, damped over the horizon.");
    if (lf.levelShift)
        why << QCoreApplication::translate("Analysis::Forecaster", "A recent level shift was found; the forecast starts from the new level.");
    if (out.hasNote(ForecastNote::SeasonalNaiveBlend))
        why << QCoreApplication::translate("Analysis::Forecaster",
                                           "The last cycle repeated (seasonal naive) weighs %1% of the forecast on average: "
                                           "in this series' own history, blending it in forecast better than the model alone.")
                   .arg(std::max(1, int(std::lround(100.0 * out.naiveShare))));
    if (missing > 0)
        why << QCoreApplication::translate("Analysis::Forecaster", "%n missing point(s) interpolated.", nullptr, int(missing));
    if (lambda < 1.0)
        why << QCoreApplication::translate("Analysis::Forecaster", "Fitted on a %1 scale because the spread grows with the level.")
                   .arg(lambda == 0.0 ? QCoreApplication::translate("Analysis::Forecaster", "logarithmic") : QCoreApplication::translate("Analysis::Forecaster", "square-root"));
    out.explanation = why.join(u' ');
    return out;
}

} // namespace Analysis
