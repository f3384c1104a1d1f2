// libFuzzer target: Prometheus' /api/v1/query(_range) answers.
#include "core/sources/prometheus/prometheusresponse.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = Sources::Prometheus::parseQueryResponse(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (parsed.ok()) {
        // What the parser promises: only finite samples reach the engine.
        for (const auto &series : parsed->series) {
            for (const auto &sample : series.samples) {
                if (!std::isfinite(sample.v))
                    std::abort();
            }
        }
    } else if (parsed.error().code.isEmpty() || parsed.error().message.isEmpty()) {
        std::abort(); // every failure says what and why
    }
    return 0;
}
