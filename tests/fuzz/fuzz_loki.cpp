// libFuzzer target: Loki's query_range and labels answers.
#include "core/sources/loki/lokiresponse.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto lines = Sources::Loki::parseStreams(body, 50);
    if (lines.ok()) {
        if (lines->size() > 50)
            std::abort(); // the limit holds
        for (qsizetype i = 1; i < lines->size(); ++i) {
            if (lines->at(i - 1).tMs > lines->at(i).tMs)
                std::abort(); // oldest first
        }
    } else if (lines.error().message.isEmpty()) {
        std::abort();
    }
    (void)Sources::Loki::parseLabels(body);
    (void)Sources::Loki::errorText(body);
    return 0;
}
