#pragma once

#include "core/model/metrickind.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace Sources::Demo {
class DemoFleet;
}

namespace Cli {

// The demo fleet in Prometheus' formats, so a real Prometheus can scrape and
// store it (the lab): one gauge per metric kind, labelled with the service and
// its project, in Straja's own units.
class DemoMetrics final
{
public:
    // Text exposition format 0.0.4 of every service's values at `nowMs`.
    static QByteArray exposition(const Sources::Demo::DemoFleet &fleet, qint64 nowMs);

    // OpenMetrics for `promtool tsdb create-blocks-from openmetrics`: a sample every
    // `stepMs` in [fromMs, toMs] (aligned to the step) for each service and kind,
    // in time order within each series, timestamps in seconds, ending with # EOF.
    // Values are written with 17 significant digits so that Prometheus stores
    // exactly the simulator's doubles. Returns the number of samples written.
    // `scrapeLabels` (e.g. job and instance) are added to every series, so that the
    // history and what Prometheus later scrapes from --listen are the same series.
    static Util::Result<qint64> writeBackfill(const Sources::Demo::DemoFleet &fleet, qint64 fromMs, qint64 toMs,
                                              qint64 stepMs, const QList<Model::MetricKind> &kinds, QIODevice &out,
                                              const QList<QPair<QString, QString>> &scrapeLabels = {});

    static QByteArray formatValue(double value);
};

} // namespace Cli
