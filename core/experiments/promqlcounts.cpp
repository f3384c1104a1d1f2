#include "core/experiments/promqlcounts.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Experiments {

namespace {

QString labelValue(const QString &value)
{
    QString v = value;
    v.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s);
    return v;
}

} // namespace

QString PromQlCounts::exposuresQuery(const QString &flag)
{
    return u"sum by (variant) (straja_experiment_exposures_total{flag=\"%1\"})"_s.arg(labelValue(flag));
}

QString PromQlCounts::conversionsQuery(const QString &flag)
{
    return u"sum by (variant) (straja_experiment_conversions_total{flag=\"%1\"})"_s.arg(labelValue(flag));
}

QUrlQuery PromQlCounts::rangeQuery(const QString &query, qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    const qint64 span = std::max<qint64>(0, toMs - fromMs);
    qint64 step = std::max<qint64>(1000, stepMs);
    if (span / step + 1 > kMaxPointsPerSeries)
        step = (span / (kMaxPointsPerSeries - 1) / 1000 + 1) * 1000;
    QUrlQuery q;
    q.addQueryItem(u"query"_s, query);
    q.addQueryItem(u"start"_s, QString::number(fromMs / 1000));
    q.addQueryItem(u"end"_s, QString::number(toMs / 1000));
    q.addQueryItem(u"step"_s, QString::number(step / 1000) + u's');
    return q;
}

Util::Result<PromQlCounts::SeriesByVariant> PromQlCounts::parseMatrix(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(body, &error).object();
    if (error.error != QJsonParseError::NoError)
        return Util::makeError(u"experiments.promql"_s,
                               QCoreApplication::translate("Experiments", "Prometheus sent unreadable JSON: %1")
                                   .arg(error.errorString()));
    if (root.value(u"status").toString() != u"success")
        return Util::makeError(u"experiments.promql"_s,
                               QCoreApplication::translate("Experiments", "Prometheus refused the query (%1): %2")
                                   .arg(root.value(u"errorType").toString(), root.value(u"error").toString()));
    const QJsonObject data = root.value(u"data").toObject();
    if (data.value(u"resultType").toString() != u"matrix")
        return Util::makeError(u"experiments.promql"_s,
                               QCoreApplication::translate("Experiments", "Prometheus answered a %1, not a matrix.")
                                   .arg(data.value(u"resultType").toString()));
    SeriesByVariant out;
    for (const QJsonValue &series : data.value(u"result").toArray()) {
        const QString variant = series.toObject().value(u"metric").toObject().value(u"variant").toString();
        if (variant.isEmpty())
            continue;
        QVector<QPair<qint64, double>> &points = out[variant];
        for (const QJsonValue &v : series.toObject().value(u"values").toArray()) {
            const QJsonArray pair = v.toArray();
            bool ok = false;
            const double value = pair.at(1).toString().toDouble(&ok);
            if (ok && std::isfinite(value))
                points.append({qint64(std::llround(pair.at(0).toDouble() * 1000.0)), value});
        }
    }
    return out;
}

ExperimentData PromQlCounts::combine(const SeriesByVariant &exposures, const SeriesByVariant &conversions,
                                     const QStringList &variantOrder)
{
    QStringList variants = variantOrder;
    for (auto it = exposures.cbegin(); it != exposures.cend(); ++it)
        if (!variants.contains(it.key()))
            variants.append(it.key());
    // Values per time, per variant. A counter that goes down was reset (the
    // exporter restarted from zero): what it shows after the reset is new, as
    // PromQL's increase() counts it.
    auto bridged = [](const QVector<QPair<qint64, double>> &points) {
        QVector<QPair<qint64, qint64>> out;
        double previous = 0, total = 0;
        for (const auto &[t, v] : points) {
            total += v >= previous ? v - previous : v;
            previous = v;
            out.append({t, qint64(std::llround(total))});
        }
        return out;
    };
    QMap<qint64, QHash<QString, VariantCounts>> byTime;
    for (const QString &variant : std::as_const(variants)) {
        for (const auto &[t, v] : bridged(exposures.value(variant))) {
            VariantCounts &c = byTime[t][variant];
            c.variant = variant;
            c.exposures = v;
        }
        for (const auto &[t, v] : bridged(conversions.value(variant))) {
            VariantCounts &c = byTime[t][variant];
            c.variant = variant;
            c.conversions = v;
        }
    }
    ExperimentData data;
    QHash<QString, VariantCounts> last;
    for (auto it = byTime.cbegin(); it != byTime.cend(); ++it) {
        Look look;
        look.atMs = it.key();
        for (const QString &variant : std::as_const(variants)) {
            VariantCounts c = last.value(variant, VariantCounts{variant, 0, 0});
            if (auto found = it->constFind(variant); found != it->cend()) {
                if (found->exposures > 0)
                    c.exposures = found->exposures;
                if (found->conversions > 0)
                    c.conversions = found->conversions;
            }
            c.conversions = std::min(c.conversions, c.exposures);
            last.insert(variant, c);
            look.variants.append(c);
        }
        data.looks.append(look);
    }
    return data;
}

} // namespace Experiments
