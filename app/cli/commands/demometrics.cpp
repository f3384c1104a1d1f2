#include "app/cli/commands/demometrics.h"

#include "core/sources/demo/demofleet.h"
#include "core/sources/prometheus/querymapping.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Sources::Prometheus::QueryMapping;

namespace Cli {

namespace {

QByteArray escapeLabel(const QString &value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

QByteArray helpText(Model::MetricKind kind)
{
    // Fixed English: exposition text is read by Prometheus, not by people.
    switch (kind) {
    case Model::MetricKind::Rps: return "Requests per second, all status codes (simulated).";
    case Model::MetricKind::LatencyP95: return "95th percentile latency in milliseconds (simulated).";
    case Model::MetricKind::ErrorRate: return "Fraction of requests answered 5xx (simulated).";
    case Model::MetricKind::Cpu: return "CPU in percent of the requested CPU (simulated).";
    case Model::MetricKind::Memory: return "Memory in percent of the limit, highest replica (simulated).";
    case Model::MetricKind::Replicas: return "Running replicas (simulated).";
    case Model::MetricKind::Restarts: return "Container restarts during the last hour (simulated).";
    case Model::MetricKind::Throttled: return "Requests per second answered HTTP 429 (simulated).";
    case Model::MetricKind::Disk: return "Disk used in percent (simulated).";
    case Model::MetricKind::NetworkIn: return "Bytes per second received (simulated).";
    case Model::MetricKind::NetworkOut: return "Bytes per second sent (simulated).";
    case Model::MetricKind::CacheHitRatio: return "Fraction of cache lookups that hit (simulated).";
    case Model::MetricKind::CertExpiryDays: return "Days until the served certificate expires (simulated).";
    case Model::MetricKind::QueueDepth: return "Messages ready in the service's queues (simulated).";
    case Model::MetricKind::PoolUsage: return "Fraction of the connection pool in use (simulated).";
    case Model::MetricKind::Count: break;
    }
    return {};
}

} // namespace

QByteArray DemoMetrics::formatValue(double value)
{
    return QByteArray::number(value, 'g', 17);
}

QByteArray DemoMetrics::exposition(const Sources::Demo::DemoFleet &fleet, qint64 nowMs)
{
    QByteArray out;
    out.reserve(fleet.serviceCount() * Model::kMetricKindCount * 110);
    const auto &services = fleet.spec().services;
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        const QByteArray name = QueryMapping::demoGaugeName(kind).toLatin1();
        out += "# HELP " + name + ' ' + helpText(kind) + "\n# TYPE " + name + " gauge\n";
        for (int i = 0; i < fleet.serviceCount(); ++i) {
            const double v = fleet.value(i, kind, nowMs);
            if (std::isnan(v))
                continue;
            const auto &s = services.at(i);
            out += name + "{project=\"" + escapeLabel(s.projectId) + "\",service=\"" + escapeLabel(s.id)
                 + "\",role=\"" + escapeLabel(s.role) + "\"} " + formatValue(v) + '\n';
        }
    }
    return out;
}

Util::Result<qint64> DemoMetrics::writeBackfill(const Sources::Demo::DemoFleet &fleet, qint64 fromMs, qint64 toMs,
                                                qint64 stepMs, const QList<Model::MetricKind> &kinds, QIODevice &out,
                                                const QList<QPair<QString, QString>> &scrapeLabels)
{
    if (stepMs < 1000 || stepMs % 1000 != 0 || toMs < fromMs) {
        return Util::makeError(u"cli.backfill"_s,
                               QCoreApplication::translate("Cli", "The backfill step must be whole seconds and the "
                                                                  "range must not be empty."));
    }
    const qint64 first = (fromMs + stepMs - 1) / stepMs * stepMs;
    qint64 samples = 0;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flush = [&]() -> bool {
        const bool ok = out.write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    const auto &services = fleet.spec().services;
    for (Model::MetricKind kind : kinds) {
        const QByteArray name = QueryMapping::demoGaugeName(kind).toLatin1();
        buffer += "# TYPE " + name + " gauge\n";
        for (int i = 0; i < fleet.serviceCount(); ++i) {
            // The labels of the exposition plus those the scrape adds, in label
            // order: the same series as the live one, so no query has to merge them.
            QByteArray labels;
            QList<QPair<QString, QString>> all = scrapeLabels;
            all += {{u"project"_s, services.at(i).projectId}, {u"role"_s, services.at(i).role},
                    {u"service"_s, services.at(i).id}};
            std::sort(all.begin(), all.end());
            for (const auto &[label, value] : all)
                labels += (labels.isEmpty() ? "" : ",") + label.toUtf8() + "=\"" + escapeLabel(value) + '"';
            const QByteArray prefix = name + '{' + labels + "} ";
            for (qint64 t = first; t <= toMs; t += stepMs) {
                const double v = fleet.value(i, kind, t);
                if (std::isnan(v))
                    continue;
                buffer += prefix + formatValue(v) + ' ' + QByteArray::number(t / 1000) + '\n';
                ++samples;
                if (buffer.size() > (1 << 20) && !flush())
                    return Util::makeError(u"cli.write"_s, out.errorString());
            }
        }
    }
    buffer += "# EOF\n";
    if (!flush())
        return Util::makeError(u"cli.write"_s, out.errorString());
    return samples;
}

} // namespace Cli
