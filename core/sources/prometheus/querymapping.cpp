#include "core/sources/prometheus/querymapping.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Sources::Prometheus {

namespace {

Util::Error optionError(const QString &message)
{
    return Util::makeError(u"prometheus.options"_s, message);
}

// The common names of HTTP server instrumentation (Prometheus client libraries,
// promhttp, most framework exporters): a request counter with a `code` label and
// a latency histogram in seconds.
QueryMapping httpPreset()
{
    QueryMapping m;
    m.preset = u"http"_s;
    m.serviceLabel = u"service"_s;
    m.setQuery(MetricKind::Rps, u"sum by ($label) (rate(http_requests_total{$label=~\"$services\"}[$window]))"_s);
    m.setQuery(MetricKind::LatencyP95,
               u"1000 * histogram_quantile(0.95, sum by ($label, le) "
               "(rate(http_request_duration_seconds_bucket{$label=~\"$services\"}[$window])))"_s);
    m.setQuery(MetricKind::ErrorRate,
               u"sum by ($label) (rate(http_requests_total{code=~\"5..\",$label=~\"$services\"}[$window]))"
               " / sum by ($label) (rate(http_requests_total{$label=~\"$services\"}[$window]))"_s);
    m.setQuery(MetricKind::Cpu,
               u"100 * avg by ($label) (rate(process_cpu_seconds_total{$label=~\"$services\"}[$window]))"_s);
    m.setQuery(MetricKind::Replicas, u"sum by ($label) (up{$label=~\"$services\"})"_s);
    m.setQuery(MetricKind::Restarts,
               u"sum by ($label) (changes(process_start_time_seconds{$label=~\"$services\"}[1h]))"_s);
    m.setQuery(MetricKind::Throttled,
               u"sum by ($label) (rate(http_requests_total{code=\"429\",$label=~\"$services\"}[$window]))"_s);
    // Memory and disk as a percentage need a limit these names do not carry.
    // The exporters next to a service, relabelled with the same service label:
    // blackbox_exporter's TLS probe (seconds since the epoch -> days left), Redis
    // keyspace hits against misses, RabbitMQ's ready messages, HikariCP's pool.
    // A service without such an exporter gets no series, and no chart.
    m.setQuery(MetricKind::CertExpiryDays,
               u"min by ($label) (probe_ssl_earliest_cert_expiry{$label=~\"$services\"} - time()) / 86400"_s);
    m.setQuery(MetricKind::CacheHitRatio,
               u"sum by ($label) (rate(redis_keyspace_hits_total{$label=~\"$services\"}[$window]))"
               " / (sum by ($label) (rate(redis_keyspace_hits_total{$label=~\"$services\"}[$window]))"
               " + sum by ($label) (rate(redis_keyspace_misses_total{$label=~\"$services\"}[$window])))"_s);
    m.setQuery(MetricKind::QueueDepth,
               u"sum by ($label) (rabbitmq_queue_messages_ready{$label=~\"$services\"})"_s);
    m.setQuery(MetricKind::PoolUsage,
               u"max by ($label) (hikaricp_connections_active{$label=~\"$services\"}"
               " / hikaricp_connections_max{$label=~\"$services\"})"_s);
    return m;
}

// node_exporter: one host per service, identified by its scrape instance.
QueryMapping nodePreset()
{
    QueryMapping m;
    m.preset = u"node"_s;
    m.serviceLabel = u"instance"_s;
    m.setQuery(MetricKind::Cpu,
               u"100 * (1 - avg by ($label) (rate(node_cpu_seconds_total{mode=\"idle\",$label=~\"$services\"}"
               "[$window])))"_s);
    m.setQuery(MetricKind::Memory,
               u"100 * max by ($label) (1 - node_memory_MemAvailable_bytes{$label=~\"$services\"}"
               " / node_memory_MemTotal_bytes{$label=~\"$services\"})"_s);
    m.setQuery(MetricKind::Disk,
               u"100 * max by ($label) (1 - node_filesystem_avail_bytes{fstype!~\"tmpfs|ramfs|overlay|squashfs\","
               "$label=~\"$services\"} / node_filesystem_size_bytes{fstype!~\"tmpfs|ramfs|overlay|squashfs\","
               "$label=~\"$services\"})"_s);
    m.setQuery(MetricKind::Replicas, u"sum by ($label) (up{$label=~\"$services\"})"_s);
    m.setQuery(MetricKind::Restarts, u"sum by ($label) (changes(node_boot_time_seconds{$label=~\"$services\"}[1h]))"_s);
    // Bytes a second over the host's real interfaces (not loopback or container bridges).
    m.setQuery(MetricKind::NetworkIn,
               u"sum by ($label) (rate(node_network_receive_bytes_total{device!~\"lo|veth.*|docker.*|br-.*\","
               "$label=~\"$services\"}[$window]))"_s);
    m.setQuery(MetricKind::NetworkOut,
               u"sum by ($label) (rate(node_network_transmit_bytes_total{device!~\"lo|veth.*|docker.*|br-.*\","
               "$label=~\"$services\"}[$window]))"_s);
    return m;
}

// What `straja-cli demo-fleet --listen` exposes: one gauge per metric kind, in
// Straja's own units.
QueryMapping demoPreset()
{
    QueryMapping m;
    m.preset = u"straja-demo"_s;
    m.serviceLabel = u"service"_s;
    // Plain selectors: one series per service already (the lab backfills with the
    // labels a scrape adds, so history and live samples are the same series), and
    // Prometheus answers a selector several times faster than an aggregation.
    for (MetricKind kind : Model::allMetricKinds())
        m.setQuery(kind, QueryMapping::demoGaugeName(kind) + u"{$label=~\"$services\"}"_s);
    return m;
}

} // namespace

QString QueryMapping::demoGaugeName(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Rps: return u"straja_demo_requests_per_second"_s;
    case MetricKind::LatencyP95: return u"straja_demo_latency_p95_milliseconds"_s;
    case MetricKind::ErrorRate: return u"straja_demo_error_ratio"_s;
    case MetricKind::Cpu: return u"straja_demo_cpu_percent"_s;
    case MetricKind::Memory: return u"straja_demo_memory_percent"_s;
    case MetricKind::Replicas: return u"straja_demo_replicas"_s;
    case MetricKind::Restarts: return u"straja_demo_restarts_last_hour"_s;
    case MetricKind::Throttled: return u"straja_demo_throttled_per_second"_s;
    case MetricKind::Disk: return u"straja_demo_disk_percent"_s;
    case MetricKind::NetworkIn: return u"straja_demo_network_receive_bytes_per_second"_s;
    case MetricKind::NetworkOut: return u"straja_demo_network_transmit_bytes_per_second"_s;
    case MetricKind::CacheHitRatio: return u"straja_demo_cache_hit_ratio"_s;
    case MetricKind::CertExpiryDays: return u"straja_demo_cert_expiry_days"_s;
    case MetricKind::QueueDepth: return u"straja_demo_queue_messages_ready"_s;
    case MetricKind::PoolUsage: return u"straja_demo_pool_usage_ratio"_s;
    case MetricKind::Count: break;
    }
    return QString();
}

QStringList QueryMapping::presetIds()
{
    return {u"http"_s, u"node"_s, u"straja-demo"_s};
}

QString QueryMapping::presetName(const QString &id)
{
    if (id == u"http")
        return QCoreApplication::translate("Prometheus", "HTTP server metrics");
    if (id == u"node")
        return QCoreApplication::translate("Prometheus", "node_exporter (hosts)");
    if (id == u"straja-demo")
        return QCoreApplication::translate("Prometheus", "Straja demo fleet");
    return id;
}

QString QueryMapping::presetDescription(const QString &id)
{
    if (id == u"http") {
        return QCoreApplication::translate(
            "Prometheus",
            "http_requests_total with a code label, http_request_duration_seconds histogram and process_* "
            "metrics, one series set per service label; where present, blackbox_exporter certificate expiry, "
            "Redis cache hits, RabbitMQ queue depth and HikariCP pool usage with the same label.");
    }
    if (id == u"node")
        return QCoreApplication::translate(
            "Prometheus", "node_exporter's CPU, memory, disk and boot time, one host per instance label.");
    if (id == u"straja-demo")
        return QCoreApplication::translate("Prometheus",
                                           "The gauges 'straja-cli demo-fleet --listen' exposes (the lab).");
    return QString();
}

Util::Result<QueryMapping> QueryMapping::fromPreset(const QString &id)
{
    if (id == u"http")
        return httpPreset();
    if (id == u"node")
        return nodePreset();
    if (id == u"straja-demo")
        return demoPreset();
    return optionError(QCoreApplication::translate("Prometheus", "Unknown query preset '%1': use one of %2.")
                           .arg(id, presetIds().join(u", "_s)));
}

Util::Result<QueryMapping> QueryMapping::fromOptions(const QJsonObject &options)
{
    auto mapping = fromPreset(options.value("preset"_L1).toString(kDefaultPreset.toString()));
    if (!mapping)
        return mapping;
    QueryMapping m = std::move(mapping).value();

    if (options.contains("serviceLabel"_L1)) {
        static const QRegularExpression labelName(u"^[a-zA-Z_][a-zA-Z0-9_]*$"_s);
        const QString label = options.value("serviceLabel"_L1).toString();
        if (!labelName.match(label).hasMatch())
            return optionError(
                QCoreApplication::translate("Prometheus", "'%1' is not a Prometheus label name.").arg(label));
        m.serviceLabel = label;
    }
    const QJsonObject map = options.value("serviceMap"_L1).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty())
            return optionError(
                QCoreApplication::translate("Prometheus",
                                            "serviceMap: the label value of service '%1' must be a non-empty text.")
                    .arg(it.key()));
        m.serviceValues.insert(it.key(), it.value().toString());
    }
    const QJsonObject queries = options.value("queries"_L1).toObject();
    for (auto it = queries.begin(); it != queries.end(); ++it) {
        const auto kind = Model::metricKindFromId(it.key());
        if (!kind)
            return optionError(
                QCoreApplication::translate("Prometheus", "queries: unknown metric '%1'.").arg(it.key()));
        if (!it.value().isString())
            return optionError(
                QCoreApplication::translate("Prometheus", "queries: the query of '%1' must be a text.").arg(it.key()));
        m.setQuery(*kind, it.value().toString().trimmed());
    }
    return m;
}

void QueryMapping::writeOptions(QJsonObject &options) const
{
    options.insert("preset"_L1, preset);
    const auto base = fromPreset(preset);
    if (base && base->serviceLabel == serviceLabel)
        options.remove("serviceLabel"_L1);
    else
        options.insert("serviceLabel"_L1, serviceLabel);
    QJsonObject map;
    for (auto it = serviceValues.cbegin(); it != serviceValues.cend(); ++it)
        map.insert(it.key(), it.value());
    if (map.isEmpty())
        options.remove("serviceMap"_L1);
    else
        options.insert("serviceMap"_L1, map);
    QJsonObject changed;
    for (MetricKind kind : Model::allMetricKinds()) {
        if (!base || base->query(kind) != query(kind))
            changed.insert(Model::metricKindId(kind), query(kind));
    }
    if (changed.isEmpty())
        options.remove("queries"_L1);
    else
        options.insert("queries"_L1, changed);
}

qint64 QueryMapping::rateWindowMs(qint64 stepMs, qint64 scrapeIntervalMs)
{
    const qint64 scrape = std::max<qint64>(scrapeIntervalMs, 1000);
    return std::max(4 * scrape, stepMs + scrape);
}

QString QueryMapping::durationText(qint64 ms)
{
    if (ms > 0 && ms % 3'600'000 == 0)
        return QString::number(ms / 3'600'000) + u'h';
    if (ms > 0 && ms % 60'000 == 0)
        return QString::number(ms / 60'000) + u'm';
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + u's';
    return QString::number(ms) + u"ms"_s;
}

QString QueryMapping::escapeString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    for (QChar c : text) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        if (c == u'\n') {
            out += u"\\n"_s;
            continue;
        }
        out += c;
    }
    return out;
}

QString QueryMapping::regexAlternation(const QStringList &values)
{
    QStringList escaped;
    escaped.reserve(values.size());
    for (const QString &v : values) {
        // Only RE2's metacharacters: it rejects escapes of letters and spaces.
        QString e;
        for (QChar c : v) {
            if (QStringView(u"\\.+*?()|[]{}^$").contains(c))
                e += u'\\';
            e += c;
        }
        escaped << e;
    }
    // Prometheus anchors =~ on both ends; one string holds the whole alternation.
    return escapeString(escaped.join(u'|'));
}

QString QueryMapping::expand(MetricKind kind, const QStringList &labelValues, qint64 stepMs,
                             qint64 scrapeIntervalMs) const
{
    QString promql = query(kind);
    // No services: every series that has the label (the test query's "all").
    promql.replace(u"$services"_s, labelValues.isEmpty() ? u".+"_s : regexAlternation(labelValues));
    promql.replace(u"$window"_s, durationText(rateWindowMs(stepMs, scrapeIntervalMs)));
    promql.replace(u"$label"_s, serviceLabel);
    promql.replace(u"$step"_s, durationText(stepMs));
    return promql;
}

} // namespace Sources::Prometheus
