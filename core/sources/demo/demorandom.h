#pragma once

#include <QtGlobal>

#include <cstdint>

namespace Sources::Demo {

// Stateless, seedable randomness: the simulator must give the same value for the
// same (seed, service, metric, time) whatever order it is asked in, so noise is a
// hash of those inputs rather than a stream.
inline constexpr quint64 splitMix64(quint64 x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// Uniform in [0, 1).
inline constexpr double hashUnit(quint64 seed, quint64 a, quint64 b = 0, quint64 c = 0)
{
    const quint64 h = splitMix64(seed ^ splitMix64(a ^ splitMix64(b ^ splitMix64(c))));
    return static_cast<double>(h >> 11) * (1.0 / 9007199254740992.0);
}

// Roughly normal with mean 0 and standard deviation 1 (Irwin-Hall of four uniforms).
inline constexpr double hashGauss(quint64 seed, quint64 a, quint64 b, quint64 c)
{
    double sum = 0.0;
    for (quint64 i = 0; i < 4; ++i)
        sum += hashUnit(seed + i * 0x51ED27ULL, a, b, c);
    return (sum - 2.0) * 1.7320508075688772; // sqrt(12/4)
}

// A small sequential generator for building presets.
class PresetRng
{
public:
    explicit PresetRng(quint64 seed) : m_state(seed) { }
    double uniform(double lo, double hi)
    {
        m_state = splitMix64(m_state);
        return lo + (hi - lo) * (static_cast<double>(m_state >> 11) * (1.0 / 9007199254740992.0));
    }
    int integer(int lo, int hi) { return lo + static_cast<int>(uniform(0.0, 1.0) * (hi - lo + 1)); }

private:
    quint64 m_state;
};

} // namespace Sources::Demo
