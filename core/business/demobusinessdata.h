#pragma once

#include "core/business/businesstypes.h"

#include <QTimeZone>

namespace Sources::Demo {
class DemoFleet;
}

namespace Business {

// The demo's business figures, deterministic for the fleet's seed and consistent
// with its traffic: the events platform sells subscriptions to organisers (visitors
// from its web front end's requests), the SEO sites earn advertising per visit.
// The simulator's own metrics are untouched; these are derived from them.
class DemoBusinessData final
{
public:
    // `months` calendar months up to and including the one holding `nowMs` (that
    // one until now).
    static QVector<BusinessRecord> records(const Sources::Demo::DemoFleet &fleet, qint64 nowMs, const QTimeZone &zone,
                                           int months = 6);
};

} // namespace Business
