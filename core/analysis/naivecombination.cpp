#include "core/analysis/naivecombination.h"

#include <array>
#include <cmath>

namespace Analysis {

NaiveCombination::NaiveCombination(const double *z, const double *seasonal, qsizetype n, int period)
    : m_z(z)
    , m_seasonal(seasonal)
    , m_n(n)
    , m_period(period)
    , m_active(period >= 2 && n >= 3 * qsizetype(period))
{
}

double NaiveCombination::addCheckpoint(int h, const std::vector<double> &modelErrors,
                                       const std::vector<double> &naiveErrors)
{
    // Grid of the model's weight, from the naive alone to the model alone. Five points
    // are enough: the mean absolute error is flat near its minimum, and a finer choice
    // would fit the replay's noise.
    constexpr std::array<double, 5> grid{1.0, 0.75, 0.5, 0.25, 0.0};
    std::array<double, 5> mae{};
    const size_t m = std::min(modelErrors.size(), naiveErrors.size());
    for (size_t i = 0; i < m; ++i)
        for (size_t g = 0; g < grid.size(); ++g)
            mae[g] += std::abs(grid[g] * modelErrors[i] + (1.0 - grid[g]) * naiveErrors[i]);
    double best = 1.0, bestScore = mae[0];
    for (size_t g = 1; g < grid.size(); ++g) {
        const double score = mae[g] * (1.0 + kShrinkPerQuarter * double(g));
        if (score < bestScore) {
            bestScore = score;
            best = grid[g];
        }
    }
    m_h.push_back(double(h));
    m_w.push_back(best);
    return best;
}

double NaiveCombination::modelWeight(int h) const
{
    if (!m_active || m_w.empty())
        return 1.0;
    if (h <= m_h.front())
        return m_w.front();
    if (h >= m_h.back())
        return m_w.back();
    size_t j = 0;
    while (m_h[j + 1] < h)
        ++j;
    const double f = (std::log(double(h)) - std::log(m_h[j])) / (std::log(m_h[j + 1]) - std::log(m_h[j]));
    return m_w[j] + f * (m_w[j + 1] - m_w[j]);
}

double NaiveCombination::blend(double *mean, int horizon) const
{
    if (!m_active || m_w.empty())
        return 0.0;
    double share = 0;
    size_t j = 0;
    // The naive's source index runs through the last cycle again and again: kept
    // incrementally, and the weight's segment too (a division or a search per step
    // would cost a visible part of the forecast's budget at 576 steps).
    const qsizetype base = m_n - m_period;
    qsizetype phase = 0;
    size_t logSegment = size_t(-1);
    double logFrom = 0, logSpan = 1;
    for (int h = 1; h <= horizon; ++h) {
        double w;
        if (h <= m_h.front()) {
            w = m_w.front();
        } else if (h >= m_h.back()) {
            w = m_w.back();
        } else {
            while (m_h[j + 1] < h)
                ++j;
            if (m_w[j] == m_w[j + 1]) {
                w = m_w[j];
            } else {
                if (j != logSegment) { // the segment's end logs once, not per step
                    logSegment = j;
                    logFrom = std::log(m_h[j]);
                    logSpan = std::log(m_h[j + 1]) - logFrom;
                }
                const double f = (std::log(double(h)) - logFrom) / logSpan;
                w = m_w[j] + f * (m_w[j + 1] - m_w[j]);
            }
        }
        if (w < 1.0) {
            const qsizetype t = m_n - 1 + h;
            mean[h - 1] = w * mean[h - 1] + (1.0 - w) * (m_z[base + phase] - m_seasonal[t]);
            share += 1.0 - w;
        }
        if (++phase == m_period)
            phase = 0;
    }
    return share / double(horizon);
}

void NaiveCombination::disable()
{
    m_active = false;
    m_h.clear();
    m_w.clear();
}

} // namespace Analysis
