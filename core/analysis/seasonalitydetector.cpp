#include "core/analysis/seasonalitydetector.h"

#include "core/analysis/seasonalprofile.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Analysis {

namespace {

constexpr qint64 kDayMs = 86'400'000;
constexpr qsizetype kMaxCycles = 8;

// x minus a local level: the means of consecutive cycles of `period`, linearly
// interpolated between cycle centres. A cycle mean holds no seasonal signal, so the
// level tracks trend and level shifts without eating the seasonal shape.
std::vector<double> detrendByCycles(const double *x, qsizetype n, int period)
{
    const qsizetype k = n / period;
    std::vector<double> means(size_t(k), 0.0);
    for (qsizetype c = 0; c < k; ++c) {
        double s = 0;
        for (int j = 0; j < period; ++j)
            s += x[c * period + j];
        means[size_t(c)] = s / period;
    }
    std::vector<double> d(static_cast<size_t>(k * period));
    const double centre = (period - 1) / 2.0;
    for (qsizetype c = 0; c < k; ++c) {
        for (int j = 0; j < period; ++j) {
            double level = means[size_t(c)];
            if (k > 1) {
                const qsizetype a = j < centre ? std::max<qsizetype>(0, c - 1) : std::min(c, k - 2);
                const double slope = (means[size_t(a + 1)] - means[size_t(a)]) / period;
                level += slope * (j - centre);
            }
            d[size_t(c * period + j)] = x[c * period + j] - level;
        }
    }
    return d;
}

// Residual variance after removing a per-phase mean profile, corrected by k/(k-1) so
// that a profile fitted to pure noise gains nothing.
double profileResidualVariance(const std::vector<double> &d, int period)
{
    const qsizetype k = qsizetype(d.size()) / period;
    if (k < 2)
        return std::numeric_limits<double>::infinity();
    std::vector<double> profile(size_t(period), 0.0);
    for (qsizetype c = 0; c < k; ++c)
        for (int j = 0; j < period; ++j)
            profile[size_t(j)] += d[size_t(c * period + j)];
    for (double &p : profile)
        p /= double(k);
    double ss = 0;
    for (qsizetype c = 0; c < k; ++c)
        for (int j = 0; j < period; ++j) {
            const double r = d[size_t(c * period + j)] - profile[size_t(j)];
            ss += r * r;
        }
    return ss / double(d.size()) * double(k) / double(k - 1);
}

// Clips values beyond 5 robust scales (MAD) of the median, so a few spikes cannot hide
// a seasonal pattern behind their variance.
void winsorize(std::vector<double> &d)
{
    if (d.size() < 8)
        return;
    // Median and MAD from a systematic subsample: robust enough, four times cheaper.
    std::vector<double> tmp;
    tmp.reserve(d.size() / 4 + 1);
    for (size_t i = 0; i < d.size(); i += 4)
        tmp.push_back(d[i]);
    const size_t mid = tmp.size() / 2;
    std::nth_element(tmp.begin(), tmp.begin() + qsizetype(mid), tmp.end());
    const double med = tmp[mid];
    for (double &v : tmp)
        v = std::abs(v - med);
    std::nth_element(tmp.begin(), tmp.begin() + qsizetype(mid), tmp.end());
    const double lim = 5.0 * 1.4826 * tmp[mid];
    if (lim <= 0)
        return;
    for (double &v : d)
        v = std::clamp(v, med - lim, med + lim);
}

double variance(const std::vector<double> &d)
{
    double s = 0, ss = 0;
    for (double v : d)
        s += v, ss += v * v;
    const double n = double(d.size());
    return n > 0 ? std::max(0.0, ss / n - (s / n) * (s / n)) : 0.0;
}

} // namespace

std::vector<int> SeasonalityDetector::calendarPeriods(qint64 stepMs)
{
    std::vector<int> out;
    if (stepMs <= 0)
        return out;
    if (kDayMs % stepMs == 0 && kDayMs / stepMs >= 2) {
        out.push_back(int(kDayMs / stepMs));
        if (kDayMs / stepMs <= 100'000)
            out.push_back(int(7 * kDayMs / stepMs));
    } else if (stepMs % kDayMs == 0 && 7 * kDayMs % stepMs == 0 && 7 * kDayMs / stepMs >= 2) {
        out.push_back(int(7 * kDayMs / stepMs)); // daily data: the week
    }
    return out;
}

double SeasonalityDetector::strength(const double *x, qsizetype n, int period)
{
    if (period < 2 || n < 2 * period)
        return 0;
    const qsizetype k = std::min(n / period, kMaxCycles);
    const double *tail = x + (n - k * period);
    std::vector<double> d = detrendByCycles(tail, k * period, period);
    winsorize(d);
    const double v0 = variance(d);
    if (v0 <= 0)
        return 0;
    return std::clamp(1.0 - profileResidualVariance(d, period) / v0, 0.0, 1.0);
}

double SeasonalityDetector::extraStrength(const double *x, qsizetype n, int shortPeriod, int longPeriod)
{
    if (shortPeriod < 2 || longPeriod <= shortPeriod || n < 2 * longPeriod)
        return 0;
    const qsizetype k = std::min(n / longPeriod, kMaxCycles);
    const double *tail = x + (n - k * longPeriod);
    std::vector<double> d = detrendByCycles(tail, k * longPeriod, longPeriod);
    winsorize(d);
    const double v0 = variance(d);
    if (v0 <= 0)
        return 0;
    const double vShort = profileResidualVariance(d, shortPeriod);
    const double vLong = profileResidualVariance(d, longPeriod);
    return std::clamp((vShort - vLong) / v0, 0.0, 1.0);
}

namespace {

// Autocorrelation of v (centred, winsorised) at lags 0..maxLag+1.
std::vector<double> autocorrelation(std::vector<double> v, int maxLag)
{
    winsorize(v);
    const double mean = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    double v0 = 0;
    for (double &x : v) {
        x -= mean;
        v0 += x * x;
    }
    std::vector<double> acf(size_t(maxLag + 2), 0.0);
    if (v0 <= 0)
        return acf;
    for (int lag = 1; lag <= maxLag + 1 && lag < qsizetype(v.size()); ++lag) {
        double s = 0;
        const qsizetype len = qsizetype(v.size()) - lag;
        for (qsizetype i = 0; i < len; ++i)
            s += v[size_t(i)] * v[size_t(i + lag)];
        acf[size_t(lag)] = s / v0;
    }
    return acf;
}

// The lags of the highest local maxima of acf that clear `floor`.
void topPeaks(const std::vector<double> &acf, int maxLag, double floor, std::vector<int> &out)
{
    std::vector<std::pair<double, int>> peaks;
    for (int lag = 2; lag <= maxLag; ++lag)
        if (acf[size_t(lag)] >= floor && acf[size_t(lag)] >= acf[size_t(lag - 1)]
            && acf[size_t(lag)] >= acf[size_t(lag + 1)])
            peaks.emplace_back(acf[size_t(lag)], lag);
    std::sort(peaks.rbegin(), peaks.rend());
    for (size_t k = 0; k < peaks.size() && k < 3; ++k)
        out.push_back(peaks[k].second);
}

} // namespace

int SeasonalityDetector::searchPeriod(const double *x, qsizetype n, int maxLag)
{
    const qsizetype m = std::min<qsizetype>(n, 3000);
    if (m < 12)
        return 0;
    const double *tail = x + (n - m);
    maxLag = int(std::min<qsizetype>(maxLag, (m - 1) / 2));
    if (maxLag < 3)
        return 0;
    // Candidates: peaks of the autocorrelation of the linearly detrended series (smooth
    // cycles) and of the differenced series (sharp cycles on a wandering level).
    std::vector<double> detrended(tail, tail + m);
    {
        const double mx = (m - 1) / 2.0;
        double my = std::accumulate(tail, tail + m, 0.0) / double(m), sxy = 0, sxx = 0;
        for (qsizetype i = 0; i < m; ++i) {
            sxy += (double(i) - mx) * (tail[i] - my);
            sxx += (double(i) - mx) * (double(i) - mx);
        }
        const double b = sxy / sxx;
        for (qsizetype i = 0; i < m; ++i)
            detrended[size_t(i)] -= my + b * (double(i) - mx);
    }
    std::vector<double> diffs(size_t(m - 1));
    for (qsizetype i = 1; i < m; ++i)
        diffs[size_t(i - 1)] = tail[i] - tail[i - 1];
    // A clear peak: well above the 1.96/sqrt(n) significance band.
    const double floor = std::max(0.2, 3.0 / std::sqrt(double(m)));
    std::vector<int> candidates;
    topPeaks(autocorrelation(std::move(detrended), maxLag), maxLag, floor, candidates);
    topPeaks(autocorrelation(std::move(diffs), maxLag), maxLag, floor, candidates);
    // Decide by seasonal strength, neighbours included (a peak can sit one lag off);
    // among near-equals the shortest wins, so a multiple of the period is not chosen.
    std::vector<std::pair<int, double>> scored;
    for (int c : candidates)
        for (int p = std::max(2, c - 1); p <= std::min(maxLag, c + 1); ++p)
            if (std::none_of(scored.begin(), scored.end(), [p](const auto &e) { return e.first == p; }))
                scored.emplace_back(p, strength(x, n, p));
    double best = 0;
    for (const auto &e : scored)
        best = std::max(best, e.second);
    if (best < kMinStrength)
        return 0;
    int chosen = 0;
    for (const auto &e : scored)
        if (e.second >= 0.9 * best && (chosen == 0 || e.first < chosen))
            chosen = e.first;
    return chosen;
}

std::vector<int> SeasonalityDetector::detect(const double *x, qsizetype n, qint64 stepMs, ShortWeek shortWeek)
{
    std::vector<int> out;
    const std::vector<int> cal = calendarPeriods(stepMs);
    if (!cal.empty()) {
        const int p1 = cal[0];
        if (strength(x, n, p1) >= kMinStrength)
            out.push_back(p1);
        if (cal.size() > 1) {
            const int p2 = cal[1];
            if (!out.empty()) {
                if (extraStrength(x, n, p1, p2) >= kMinExtraStrength)
                    out.push_back(p2);
                // From one and a half weeks on, weekday levels that clearly differ
                // (every weekday seen once) are a week too.
                else if (shortWeek == ShortWeek::FromWeekdayLevels && n < 2 * p2 && p2 % p1 == 0
                         && SeasonalProfile::weekdayLevels(x, n, p1, p2 / p1).share >= kMinExtraStrength)
                    out.push_back(p2);
            } else if (strength(x, n, p2) >= kMinStrength) {
                out.push_back(p2);
            }
        }
    }
    if (out.empty()) {
        const int p = searchPeriod(x, n, int(std::min<qsizetype>(1000, n / 2)));
        if (p >= 2 && strength(x, n, p) >= kMinStrength)
            out.push_back(p);
    }
    return out;
}

} // namespace Analysis
