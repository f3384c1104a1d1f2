#include "core/store/samplechunk.h"

#include <QtEndian>

#include <cstring>

namespace Store {

QByteArray SampleChunk::encode(qint64 chunk, const Model::Sample *begin, const Model::Sample *end)
{
    QByteArray data(qsizetype(end - begin) * kRecordBytes, Qt::Uninitialized);
    char *out = data.data();
    for (const Model::Sample *s = begin; s != end; ++s) {
        const quint32 offset = quint32(s->t - chunk);
        quint64 bits = 0;
        std::memcpy(&bits, &s->v, sizeof bits);
        qToLittleEndian(offset, out);
        qToLittleEndian(bits, out + 4);
        out += kRecordBytes;
    }
    return data;
}

void SampleChunk::decode(qint64 chunk, QByteArrayView data, QVector<Model::Sample> &out)
{
    const qsizetype n = count(data);
    out.reserve(out.size() + n);
    const char *in = data.data();
    for (qsizetype i = 0; i < n; ++i, in += kRecordBytes) {
        const quint32 offset = qFromLittleEndian<quint32>(in);
        const quint64 bits = qFromLittleEndian<quint64>(in + 4);
        double v = 0.0;
        std::memcpy(&v, &bits, sizeof v);
        out.append({chunk + qint64(offset), v});
    }
}

QVector<Model::Sample> SampleChunk::merge(const QVector<Model::Sample> &older, const Model::Sample *newerBegin,
                                          const Model::Sample *newerEnd)
{
    QVector<Model::Sample> merged;
    merged.reserve(older.size() + (newerEnd - newerBegin));
    auto o = older.cbegin();
    const Model::Sample *n = newerBegin;
    while (o != older.cend() && n != newerEnd) {
        if (o->t < n->t) {
            merged.append(*o++);
        } else {
            if (o->t == n->t)
                ++o;
            merged.append(*n++);
        }
    }
    for (; o != older.cend(); ++o)
        merged.append(*o);
    for (; n != newerEnd; ++n)
        merged.append(*n);
    return merged;
}

} // namespace Store
