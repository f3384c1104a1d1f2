#include "core/sources/prometheus/prometheusoptions.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sources::Prometheus {

namespace {

Util::Result<qint64> numberOption(const QJsonObject &options, QLatin1StringView key, qint64 fallback, qint64 low,
                                    qint64 high)
{
    const QJsonValue value = options.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < double(low) || number > double(high) || number != std::floor(number)) {
        return Util::makeError(u"prometheus.options"_s,
                               QCoreApplication::translate("Prometheus",
                                                           "Option '%1' must be a whole number from %2 to %3.")
                                   .arg(QString(key))
                                   .arg(low)
                                   .arg(high));
    }
    return static_cast<qint64>(number);
}

} // namespace

Util::Result<PrometheusOptions> PrometheusOptions::fromConfig(const Model::SourceConfig &config)
{
    PrometheusOptions result;
    auto endpoint = Http::EndpointOptions::fromJson(config.options, config.url, config.id);
    if (!endpoint)
        return endpoint.error();
    result.endpoint = std::move(endpoint).value();
    // The source's own authentication and CA are first-class fields of SourceConfig.
    switch (config.auth) {
    case Model::SourceAuth::None: result.endpoint.authType = Http::AuthType::None; break;
    case Model::SourceAuth::Bearer: result.endpoint.authType = Http::AuthType::Bearer; break;
    case Model::SourceAuth::Basic: result.endpoint.authType = Http::AuthType::Basic; break;
    }
    result.endpoint.caFile = config.caFile;
    auto mapping = QueryMapping::fromOptions(config.options);
    if (!mapping)
        return mapping.error();
    result.mapping = std::move(mapping).value();

    const auto step = numberOption(config.options, "stepMs"_L1, result.stepMs, 1000, 3'600'000);
    if (!step)
        return step.error();
    result.stepMs = *step;
    const auto scrape = numberOption(config.options, "scrapeIntervalMs"_L1, result.scrapeIntervalMs, 1000, 3'600'000);
    if (!scrape)
        return scrape.error();
    result.scrapeIntervalMs = *scrape;
    const auto points = numberOption(config.options, "maxPointsPerQuery"_L1, result.maxPointsPerQuery, 11'000,
                                       10'000'000);
    if (!points)
        return points.error();
    result.maxPointsPerQuery = *points;
    const auto concurrent = numberOption(config.options, "maxConcurrentQueries"_L1, result.maxConcurrentQueries, 1, 16);
    if (!concurrent)
        return concurrent.error();
    result.maxConcurrentQueries = static_cast<int>(*concurrent);
    return result;
}

void PrometheusOptions::writeTo(Model::SourceConfig &config) const
{
    config.url = endpoint.baseUrl;
    switch (endpoint.authType) {
    case Http::AuthType::None: config.auth = Model::SourceAuth::None; break;
    case Http::AuthType::Bearer: config.auth = Model::SourceAuth::Bearer; break;
    case Http::AuthType::Basic: config.auth = Model::SourceAuth::Basic; break;
    }
    config.caFile = endpoint.caFile;
    QJsonObject options = config.options;
    QJsonObject http = endpoint.toJson();
    http.remove("auth"_L1); // SourceConfig::auth and ::caFile hold them
    for (auto it = http.begin(); it != http.end(); ++it)
        options.insert(it.key(), it.value());
    options.remove("auth"_L1);
    options.remove("caFile"_L1);
    if (endpoint.credentialsId.isEmpty() || endpoint.credentialsId == config.id)
        options.remove("credentialsId"_L1);
    else
        options.insert("credentialsId"_L1, endpoint.credentialsId);
    mapping.writeOptions(options);
    options.insert("stepMs"_L1, stepMs);
    options.insert("scrapeIntervalMs"_L1, scrapeIntervalMs);
    config.options = options;
}

} // namespace Sources::Prometheus
