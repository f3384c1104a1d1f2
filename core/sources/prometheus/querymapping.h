#pragma once

#include "core/model/metrickind.h"
#include "core/util/result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace Sources::Prometheus {

// How Straja's metric kinds become PromQL for one Prometheus source: a preset
// (the queries for a common set of metric names) plus the operator's edits.
// Documented with its JSON keys in docs/sources.md.
//
// Queries are written for a group of services at once and must return one series
// per service, carrying the service in `serviceLabel`. Placeholders:
//   $label     the service label's name (default "service")
//   $services  a regular expression matching the label values of the services asked for
//   $window    a rate() window wide enough for the step and the scrape interval
//   $step      the query step, e.g. 60s
// Example: sum by ($label) (rate(http_requests_total{$label=~"$services"}[$window]))
struct QueryMapping
{
    static constexpr QStringView kDefaultPreset = u"http";

    QString preset = kDefaultPreset.toString();
    QString serviceLabel = QStringLiteral("service");
    QHash<QString, QString> serviceValues; // service id -> label value; absent: the id
    std::array<QString, Model::kMetricKindCount> queries; // empty: not collected

    // Preset ids in the order the UI offers them: "http", "node", "straja-demo".
    static QStringList presetIds();
    static QString presetName(const QString &id);        // translated
    static QString presetDescription(const QString &id); // translated, one sentence
    static Util::Result<QueryMapping> fromPreset(const QString &id);

    // Reads keys preset, serviceLabel, serviceMap and queries (overrides of the preset).
    static Util::Result<QueryMapping> fromOptions(const QJsonObject &options);
    // Writes those keys back, keeping only the queries that differ from the preset.
    void writeOptions(QJsonObject &options) const;

    const QString &query(Model::MetricKind kind) const { return queries.at(Model::metricIndex(kind)); }
    void setQuery(Model::MetricKind kind, QString promql) { queries.at(Model::metricIndex(kind)) = std::move(promql); }
    QString labelValue(const QString &serviceId) const { return serviceValues.value(serviceId, serviceId); }

    // The PromQL for `kind` over the services whose label values are given.
    QString expand(Model::MetricKind kind, const QStringList &labelValues, qint64 stepMs, qint64 scrapeIntervalMs) const;

    // The gauge `straja-cli demo-fleet --listen` exposes for `kind`
    // (straja_demo_requests_per_second, ...), which the "straja-demo" preset reads.
    static QString demoGaugeName(Model::MetricKind kind);

    // A rate() window of at least four scrapes and one step.
    static qint64 rateWindowMs(qint64 stepMs, qint64 scrapeIntervalMs);
    // "90s", "5m", "1h": PromQL duration text.
    static QString durationText(qint64 ms);
    // An anchored alternation of the values, escaped for a regex inside a PromQL string.
    static QString regexAlternation(const QStringList &values);
    // `text` as the inside of a double-quoted PromQL (or LogQL) string.
    static QString escapeString(const QString &text);
};

} // namespace Sources::Prometheus
