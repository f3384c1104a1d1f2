// libFuzzer target: Alertmanager's /api/v2/alerts answers and error bodies.
#include "core/sources/alertmanager/alertmanagerresponse.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Sources::Alertmanager::parseAlerts(body);
    if (!parsed.ok() && parsed.error().message.isEmpty())
        std::abort();
    (void)Sources::Alertmanager::errorMessage(body);
    return 0;
}
