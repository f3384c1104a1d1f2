#pragma once

#include "core/model/series.h"
#include "core/util/result.h"

#include <QByteArrayView>
#include <QStringList>

namespace Sources::Prometheus {

struct Label
{
    QString name;
    QString value;
};

// One series of a query answer: its labels and its finite samples.
struct ResultSeries
{
    QVector<Label> labels;
    QVector<Model::Sample> samples; // ascending by t as Prometheus sends them

    QString label(QStringView name) const;
    // {name="value", ...} as PromQL writes it, for messages and the test-query view.
    QString selectorText() const;
};

struct QueryResult
{
    enum class Type { Matrix, Vector, Scalar, String };
    Type type = Type::Matrix;
    QVector<ResultSeries> series;
    QStringList warnings;
    // NaN and ±Inf samples dropped: series carry only finite values (a 0/0 error
    // ratio at zero traffic is NaN in PromQL).
    int nonFiniteDropped = 0;
};

// Parses the JSON envelope of /api/v1/query and /api/v1/query_range, whatever
// the HTTP status (Prometheus sends its error envelope with 400, 422 and 503).
// Errors: "prometheus.<errorType>" for Prometheus' own error answers,
// "prometheus.format" for anything that is not a Prometheus answer. Never
// throws, never reads past `body`, safe on any input (fuzzed).
Util::Result<QueryResult> parseQueryResponse(QByteArrayView body);

} // namespace Sources::Prometheus
