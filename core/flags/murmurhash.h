#pragma once

#include <QByteArrayView>
#include <QStringView>

namespace Flags {

// MurmurHash3, x86 32-bit variant (Austin Appleby's reference), the hash every
// Unleash SDK buckets users with.
quint32 murmurHash3x86_32(QByteArrayView key, quint32 seed = 0);

// Unleash's bucketing: hash of "groupId:id" (UTF-8) modulo `normalizer`, plus one,
// so a value in 1..normalizer. Strategies use normalizer 100 and seed 0; variants
// use the sum of their weights and seed 86028157.
int normalizedValue(QStringView id, QStringView groupId, int normalizer, quint32 seed = 0);

inline constexpr quint32 kStrategySeed = 0;
inline constexpr quint32 kVariantSeed = 86028157;

} // namespace Flags
