#pragma once

#include "core/experiments/experimenttypes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QHash>
#include <QUrlQuery>

namespace Experiments {

// Exposures and conversions of an experiment from Prometheus counters:
//
//   straja_experiment_exposures_total{flag="checkout.new-flow", variant="control"}
//   straja_experiment_conversions_total{flag="checkout.new-flow", variant="control"}
//
// counted by the application since the experiment started (the usual client
// library counters). Read with query_range as the sum per variant at every step,
// each step is one cumulative look. A decrease is a counter reset (a restarted
// exporter) and is bridged the way PromQL's increase() does: what the counter
// shows after the reset is added to the total before it. (Like increase(), a
// reset and a new climb past the old value within one step go unseen.)
class PromQlCounts final
{
public:
    static constexpr qint64 kMaxPointsPerSeries = 11'000; // Prometheus refuses more

    static QString exposuresQuery(const QString &flag);
    static QString conversionsQuery(const QString &flag);
    // /api/v1/query_range parameters; the step grows so no series exceeds the limit.
    static QUrlQuery rangeQuery(const QString &query, qint64 fromMs, qint64 toMs, qint64 stepMs);

    using SeriesByVariant = QHash<QString, QVector<QPair<qint64, double>>>;
    // A query_range answer ("resultType": "matrix") by the `variant` label, or the
    // error Prometheus gave ({"status": "error", "errorType", "error"}).
    static Util::Result<SeriesByVariant> parseMatrix(const QByteArray &body);
    // Looks at every timestamp either series has; variants in first-seen order.
    static ExperimentData combine(const SeriesByVariant &exposures, const SeriesByVariant &conversions,
                                  const QStringList &variantOrder = {});
};

} // namespace Experiments
