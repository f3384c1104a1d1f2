#pragma once

#include "core/model/workspace.h"
#include "core/sources/http/endpointoptions.h"
#include "core/sources/prometheus/querymapping.h"

namespace Sources::Prometheus {

// Everything a Prometheus source is configured with: SourceConfig::url, ::auth
// and ::caFile plus the keys of SourceConfig::options (docs/sources.md). The nested
// "alertmanager" and "loki" objects are read by their own connectors.
struct PrometheusOptions
{
    Http::EndpointOptions endpoint;
    QueryMapping mapping;
    qint64 stepMs = 60'000;           // the finest step refreshes ask for
    qint64 scrapeIntervalMs = 15'000; // of the scraped targets, for rate() windows
    qint64 maxPointsPerQuery = 250'000; // series x points per call: bounds each answer to a few MB
    int maxConcurrentQueries = 3;

    static Util::Result<PrometheusOptions> fromConfig(const Model::SourceConfig &config);
    // Writes url and options back into `config`, keeping keys this struct does not know.
    void writeTo(Model::SourceConfig &config) const;
};

} // namespace Sources::Prometheus
