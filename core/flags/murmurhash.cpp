#include "core/flags/murmurhash.h"

#include <QByteArray>
#include <QString>

namespace Flags {

namespace {

constexpr quint32 rotl32(quint32 x, int r)
{
    return (x << r) | (x >> (32 - r));
}

constexpr quint32 fmix32(quint32 h)
{
    h ^= h >> 16;
    h *= 0x85ebca6bU;
    h ^= h >> 13;
    h *= 0xc2b2ae35U;
    h ^= h >> 16;
    return h;
}

} // namespace

quint32 murmurHash3x86_32(QByteArrayView key, quint32 seed)
{
    constexpr quint32 c1 = 0xcc9e2d51U;
    constexpr quint32 c2 = 0x1b873593U;
    const auto *data = reinterpret_cast<const unsigned char *>(key.data());
    const qsizetype length = key.size();
    const qsizetype blocks = length / 4;
    quint32 h = seed;

    for (qsizetype i = 0; i < blocks; ++i) {
        // Little-endian read, independent of the host's byte order.
        const unsigned char *b = data + i * 4;
        quint32 k = quint32(b[0]) | (quint32(b[1]) << 8) | (quint32(b[2]) << 16) | (quint32(b[3]) << 24);
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
        h = rotl32(h, 13);
        h = h * 5 + 0xe6546b64U;
    }

    const unsigned char *tail = data + blocks * 4;
    quint32 k = 0;
    switch (length & 3) {
    case 3:
        k ^= quint32(tail[2]) << 16;
        [[fallthrough]];
    case 2:
        k ^= quint32(tail[1]) << 8;
        [[fallthrough]];
    case 1:
        k ^= quint32(tail[0]);
        k *= c1;
        k = rotl32(k, 15);
        k *= c2;
        h ^= k;
        break;
    default:
        break;
    }

    h ^= quint32(length);
    return fmix32(h);
}

int normalizedValue(QStringView id, QStringView groupId, int normalizer, quint32 seed)
{
    if (normalizer <= 0)
        return 0;
    const QByteArray key = groupId.toUtf8() + ':' + id.toUtf8();
    return int(murmurHash3x86_32(key, seed) % quint32(normalizer)) + 1;
}

} // namespace Flags
