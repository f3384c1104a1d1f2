#include "core/analysis/seasonalprofile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace Analysis {

namespace {

constexpr qsizetype kMaxShortCycles = 10;
constexpr qsizetype kMaxLongCycles = 6;

// Mean for two values, median for 3-4, mean without the extremes from five on: as
// efficient as a mean on clean data, yet one spike in the history does not move it.
double robustMean(double *v, int k)
{
    if (k <= 2)
        return k == 1 ? v[0] : 0.5 * (v[0] + v[1]);
    std::sort(v, v + k);
    if (k <= 4)
        return k == 3 ? v[1] : 0.5 * (v[1] + v[2]);
    const int cut = std::max(1, k / 5);
    double s = 0;
    for (int i = cut; i < k - cut; ++i)
        s += v[i];
    return s / (k - 2 * cut);
}

// Cycle means of x (length k*period) and the level at each point, interpolated
// linearly between cycle centres.
std::vector<double> localLevel(const double *x, qsizetype k, int period, std::vector<double> *meansOut = nullptr)
{
    std::vector<double> means(static_cast<size_t>(k));
    for (qsizetype c = 0; c < k; ++c)
        means[size_t(c)] = std::accumulate(x + c * period, x + (c + 1) * period, 0.0) / period;
    std::vector<double> level(static_cast<size_t>(k * period));
    const double centre = (period - 1) / 2.0;
    for (qsizetype c = 0; c < k; ++c)
        for (int j = 0; j < period; ++j) {
            double l = means[size_t(c)];
            if (k > 1) {
                const qsizetype a = j < centre ? std::max<qsizetype>(0, c - 1) : std::min(c, k - 2);
                l += (means[size_t(a + 1)] - means[size_t(a)]) / period * (j - centre);
            }
            level[size_t(c * period + j)] = l;
        }
    if (meansOut)
        *meansOut = std::move(means);
    return level;
}

void centre(std::vector<double> &v)
{
    if (v.empty())
        return;
    const double m = std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
    for (double &x : v)
        x -= m;
}

void smoothCircular(std::vector<double> &v, int width)
{
    if (width <= 1 || v.size() < size_t(width))
        return;
    const qsizetype n = qsizetype(v.size());
    const int half = width / 2;
    std::vector<double> out(v.size());
    double s = 0;
    for (int j = -half; j <= half; ++j)
        s += v[size_t((j + n) % n)];
    for (qsizetype i = 0; i < n; ++i) {
        out[size_t(i)] = s / (2 * half + 1);
        s += v[size_t((i + half + 1) % n)] - v[size_t((i - half + n) % n)];
    }
    v.swap(out);
}

// James-Stein style shrinkage toward zero: keep the share of the estimates' spread that
// exceeds what their own sampling noise would produce.
void shrink(std::vector<double> &v, double noiseVariance)
{
    double s = 0;
    for (double x : v)
        s += x * x;
    const double signal = v.empty() ? 0 : s / double(v.size());
    const double factor = signal > 0 ? std::max(0.0, 1.0 - noiseVariance / signal) : 0.0;
    for (double &x : v)
        x *= factor;
}

// Least-squares line through y at t (t centred): intercept a, slope b.
void fitLine(const std::vector<double> &y, const std::vector<double> &t, double &a, double &b)
{
    double sy = 0, sty = 0, stt = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        sy += y[i];
        sty += t[i] * y[i];
        stt += t[i] * t[i];
    }
    a = sy / double(y.size());
    b = stt > 0 ? sty / stt : 0.0;
}

// 99th percentile of F(6, d) for d = 2..12 (beyond: 4.8): the weekday levels must
// explain the day means far better than a line alone before a week is fitted on less
// than two of them.
double fCritical6(qsizetype d)
{
    static constexpr double table[] = {99.33, 27.91, 15.21, 10.67, 8.47, 7.19, 6.37, 5.80, 5.39, 5.07, 4.82};
    return d < 2 ? std::numeric_limits<double>::infinity() : d <= 12 ? table[d - 2] : 4.8;
}

} // namespace

SeasonalProfile::WeekdayFit SeasonalProfile::weekdayLevels(const double *x, qsizetype n, int period, int r,
                                                            qsizetype dayStart)
{
    WeekdayFit out;
    if (period <= 0)
        return out;
    // Whole days from the first one beginning at dayStart (modulo the period); the
    // partial days at either end are left out.
    const qsizetype s0 = dayStart < 0 ? n % period : dayStart % period;
    const qsizetype days = (n - s0) / period;
    // Only the week (seven days) has an F table here; one level per day plus a line
    // leaves days - 1 - r degrees of freedom for the noise.
    const qsizetype dof = days - 1 - r;
    if (r != 7 || days < r + kMinWeekdayDays || dof < 2)
        return out;
    const double *w = x + s0;
    std::vector<double> mean(static_cast<size_t>(days)), t(static_cast<size_t>(days));
    std::vector<int> sub(static_cast<size_t>(days));
    std::vector<int> count(static_cast<size_t>(r), 0);
    const double tMid = (double(days) - 1) / 2.0;
    for (qsizetype c = 0; c < days; ++c) {
        mean[size_t(c)] = std::accumulate(w + c * period, w + (c + 1) * period, 0.0) / period;
        t[size_t(c)] = double(c) - tMid;
        sub[size_t(c)] = int(c % r); // the day's class: days since the first whole day, modulo r
        ++count[size_t(sub[size_t(c)])];
    }
    double a0 = 0, b0 = 0;
    fitLine(mean, t, a0, b0);
    double rss0 = 0;
    for (qsizetype c = 0; c < days; ++c)
        rss0 += std::pow(mean[size_t(c)] - a0 - b0 * t[size_t(c)], 2);
    // Line plus levels by back-fitting (alternating least squares; the day means are
    // nearly balanced over the weekdays, so it converges in a few rounds).
    std::vector<double> levels(static_cast<size_t>(r), 0.0), y(static_cast<size_t>(days));
    double a = a0, b = b0;
    for (int round = 0; round < 100; ++round) {
        for (qsizetype c = 0; c < days; ++c)
            y[size_t(c)] = mean[size_t(c)] - levels[size_t(sub[size_t(c)])];
        fitLine(y, t, a, b);
        std::vector<double> next(static_cast<size_t>(r), 0.0);
        for (qsizetype c = 0; c < days; ++c)
            next[size_t(sub[size_t(c)])] += mean[size_t(c)] - a - b * t[size_t(c)];
        double change = 0;
        for (int j = 0; j < r; ++j) {
            next[size_t(j)] /= count[size_t(j)];
            change = std::max(change, std::abs(next[size_t(j)] - levels[size_t(j)]));
        }
        levels.swap(next);
        if (change <= 1e-12 * (std::abs(a) + 1))
            break;
    }
    centre(levels);
    double rss1 = 0;
    for (qsizetype c = 0; c < days; ++c) {
        // The line absorbs the levels' mean: refit it for the centred levels.
        y[size_t(c)] = mean[size_t(c)] - levels[size_t(sub[size_t(c)])];
    }
    fitLine(y, t, a, b);
    for (qsizetype c = 0; c < days; ++c)
        rss1 += std::pow(y[size_t(c)] - a - b * t[size_t(c)], 2);
    const double sigma2 = rss1 / double(dof);
    out.levels = levels;
    out.se.resize(size_t(r));
    for (int j = 0; j < r; ++j)
        out.se[size_t(j)] = std::sqrt(sigma2 / count[size_t(j)]);
    const bool significant = rss0 > 0 && (rss1 <= 1e-12 * rss0 || (rss0 - rss1) / (r - 1) / sigma2 > fCritical6(dof));
    if (!significant)
        return out;
    double total = 0;
    for (qsizetype c = 0; c < days; ++c)
        for (int j = 0; j < period; ++j) {
            const double at = t[size_t(c)] + (j - (period - 1) / 2.0) / period;
            total += std::pow(w[c * period + j] - a0 - b0 * at, 2);
        }
    const double explained = std::max(0.0, rss0 - rss1 - (r - 1) * sigma2) * period;
    out.share = total > 0 ? std::clamp(explained / total, 0.0, 1.0) : 0.0;
    return out;
}

std::vector<int> SeasonalProfile::periods() const
{
    std::vector<int> p;
    if (m_p1)
        p.push_back(m_p1);
    if (m_p2)
        p.push_back(m_p2);
    return p;
}

SeasonalProfile SeasonalProfile::fit(const double *x, qsizetype n, const std::vector<int> &periods, qsizetype dayStart)
{
    SeasonalProfile sp;
    sp.m_n = n;
    if (periods.empty() || periods[0] < 2 || n < 2 * periods[0])
        return sp;
    const int p1 = periods[0];
    sp.m_p1 = p1;

    // Short shape: robust mean per phase of (x - local level) over the last cycles.
    const qsizetype k1 = std::min(n / p1, kMaxShortCycles);
    sp.m_cycles = int(k1);
    {
        const double *w = x + (n - k1 * p1);
        const std::vector<double> level = localLevel(w, k1, p1);
        sp.m_shape1.assign(size_t(p1), 0.0);
        std::vector<double> col(static_cast<size_t>(k1));
        for (int j = 0; j < p1; ++j) {
            for (qsizetype c = 0; c < k1; ++c)
                col[size_t(c)] = w[c * p1 + j] - level[size_t(c * p1 + j)];
            sp.m_shape1[size_t(j)] = robustMean(col.data(), int(k1));
        }
        centre(sp.m_shape1);
    }

    if (periods.size() < 2 || periods[1] <= p1)
        return sp;
    const int p2 = periods[1];
    if (n < 2 * p2) {
        // Less than two weeks: weekday levels only (no intra-week correction, which one
        // week cannot tell from noise), shrunk like the others, with their standard
        // errors kept so that the band widens for what was seen only once.
        if (p2 % p1 != 0)
            return sp;
        const WeekdayFit week = weekdayLevels(x, n, p1, p2 / p1, dayStart);
        if (week.levels.empty())
            return sp;
        sp.m_p2 = p2;
        sp.m_nested = true;
        sp.m_subLevel = week.levels;
        double noise = 0;
        for (double se : week.se)
            noise += se * se;
        shrink(sp.m_subLevel, noise / double(week.se.size()));
        sp.m_subSe = week.se;
        sp.m_dayStart = dayStart < 0 ? n % p1 : dayStart % p1;
        sp.m_shape2.assign(size_t(p2), 0.0);
        sp.m_long.resize(size_t(p2));
        for (int j = 0; j < p2; ++j)
            sp.m_long[size_t(j)] = sp.stepComponent(j);
        return sp;
    }
    const qsizetype k2 = std::min(n / p2, kMaxLongCycles);
    const double *w = x + (n - k2 * p2);
    sp.m_p2 = p2;
    sp.m_nested = p2 % p1 == 0;
    std::vector<double> resid(static_cast<size_t>(k2 * p2));
    if (sp.m_nested) {
        // Level of each sub-cycle (weekday) relative to the long cycle's local level.
        const int r = p2 / p1;
        std::vector<double> subMeans;
        const std::vector<double> subLevel = localLevel(w, k2 * r, p1, &subMeans);
        std::vector<double> weekMeans;
        const std::vector<double> longLevel = localLevel(w, k2, p2, &weekMeans);
        sp.m_subLevel.assign(size_t(r), 0.0);
        std::vector<double> col(static_cast<size_t>(k2));
        double noise = 0;
        for (int j = 0; j < r; ++j) {
            double s = 0, ss = 0;
            for (qsizetype c = 0; c < k2; ++c) {
                const qsizetype sub = c * r + j;
                const double centreLevel = longLevel[size_t(sub * p1 + p1 / 2)];
                col[size_t(c)] = subMeans[size_t(sub)] - centreLevel;
                s += col[size_t(c)];
                ss += col[size_t(c)] * col[size_t(c)];
            }
            noise += std::max(0.0, ss - s * s / double(k2)) / double(k2 - 1) / double(k2);
            sp.m_subLevel[size_t(j)] = robustMean(col.data(), int(k2));
        }
        centre(sp.m_subLevel);
        shrink(sp.m_subLevel, noise / r);
        for (qsizetype i = 0; i < k2 * p2; ++i)
            resid[size_t(i)] = w[i] - subLevel[size_t(i)] - sp.m_shape1[size_t(sp.phase(n - k2 * p2 + i, p1))];
    } else {
        const std::vector<double> level = localLevel(w, k2, p2);
        for (qsizetype i = 0; i < k2 * p2; ++i)
            resid[size_t(i)] = w[i] - level[size_t(i)] - sp.m_shape1[size_t(sp.phase(n - k2 * p2 + i, p1))];
    }
    // Intra-long-cycle correction: mean per phase, smoothed over about an hour of a day
    // (adjacent phases), shrunk by its own noise so two weeks of data do not overfit.
    sp.m_shape2.assign(size_t(p2), 0.0);
    double noise = 0;
    for (int j = 0; j < p2; ++j) {
        double s = 0, ss = 0;
        for (qsizetype c = 0; c < k2; ++c) {
            const double v = resid[size_t(c * p2 + j)];
            s += v;
            ss += v * v;
        }
        sp.m_shape2[size_t(j)] = s / double(k2);
        noise += std::max(0.0, ss - s * s / double(k2)) / double(k2 - 1) / double(k2);
    }
    const int width = 2 * (p1 / 48) + 1;
    smoothCircular(sp.m_shape2, width);
    centre(sp.m_shape2);
    shrink(sp.m_shape2, noise / p2 / width);
    sp.m_long.resize(size_t(p2));
    for (int j = 0; j < p2; ++j)
        sp.m_long[size_t(j)] = sp.longComponent(j);
    return sp;
}

void SeasonalProfile::fill(qsizetype from, qsizetype count, double *out) const
{
    if (m_p1 == 0) {
        std::fill(out, out + count, 0.0);
        return;
    }
    qsizetype ph = phase(from, m_p1);
    for (qsizetype k = 0; k < count; ++k) {
        out[k] = m_shape1[size_t(ph)];
        if (++ph == m_p1)
            ph = 0;
    }
    if (m_p2 == 0)
        return;
    ph = phase(from, m_p2);
    for (qsizetype k = 0; k < count; ++k) {
        out[k] += m_long[size_t(ph)];
        if (++ph == m_p2)
            ph = 0;
    }
}

double SeasonalProfile::at(qsizetype i) const
{
    if (m_p1 == 0)
        return 0;
    const double v = m_shape1[size_t(phase(i, m_p1))];
    return m_p2 == 0 ? v : v + m_long[size_t(phase(i, m_p2))];
}

// Where index i falls among the days that weekday levels were fitted on: the day's
// class (days since the first whole day, modulo r), the neighbouring class it ramps
// towards, and the weight of that neighbour (0 outside the ramp, 0.5 at midnight).
SeasonalProfile::DayBlend SeasonalProfile::dayBlend(qsizetype i) const
{
    const int r = int(m_subLevel.size());
    const qsizetype rel = i - m_dayStart;
    const qsizetype day = rel >= 0 ? rel / m_p1 : -((-rel + m_p1 - 1) / m_p1);
    const qsizetype j = ((day % r) + r) % r;
    const double pos = double(rel - day * m_p1) + 0.5; // 0..p1 from the start of the day
    // Without an intra-week correction to say where a weekday's level begins, the levels
    // hold for whole days and change over a short ramp around midnight (two hours each
    // side). A ramp from one day's centre to the next, as with two weeks where the
    // correction reshapes it, left half a day on each side of a weekend wrong, and that
    // error came back as width in the band.
    const double ramp = std::max(1.0, m_p1 / 12.0);
    DayBlend b{j, j, 0.0};
    if (pos < ramp) {
        b.other = (j + r - 1) % r;
        b.weight = 0.5 * (1 - pos / ramp);
    } else if (pos > m_p1 - ramp) {
        b.other = (j + 1) % r;
        b.weight = 0.5 * (1 - (m_p1 - pos) / ramp);
    }
    return b;
}

double SeasonalProfile::stepComponent(qsizetype ph2) const
{
    const DayBlend b = dayBlend(m_n + ph2);
    return (1 - b.weight) * m_subLevel[size_t(b.day)] + b.weight * m_subLevel[size_t(b.other)];
}

double SeasonalProfile::uncertainty(qsizetype i) const
{
    if (m_subSe.empty())
        return 0;
    const DayBlend b = dayBlend(i);
    return (1 - b.weight) * m_subSe[size_t(b.day)] + b.weight * m_subSe[size_t(b.other)];
}

double SeasonalProfile::longComponent(qsizetype ph2) const
{
    double v = m_shape2[size_t(ph2)];
    if (m_nested) {
        const int r = int(m_subLevel.size());
        const qsizetype j = ph2 / m_p1;
        const double pos = double(ph2 % m_p1) - (m_p1 - 1) / 2.0; // offset from the sub-cycle centre
        const qsizetype other = pos < 0 ? (j + r - 1) % r : (j + 1) % r;
        const double f = std::abs(pos) / m_p1;
        v += (1 - f) * m_subLevel[size_t(j)] + f * m_subLevel[size_t(other)];
    }
    return v;
}

} // namespace Analysis
