#include "fakeprometheus.h"

#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

struct Selector
{
    QString metric;
    QStringList services;
};

// Parses `max by (service) (straja_demo_x{service=~"a|b\\.c"})`.
std::optional<Selector> parseSelector(const QString &promql)
{
    static const QRegularExpression re(u"(straja_demo_[a-z0-9_]+)\\{service=~\"((?:[^\"\\\\]|\\\\.)*)\"\\}"_s);
    const auto match = re.match(promql);
    if (!match.hasMatch())
        return std::nullopt;
    Selector s;
    s.metric = match.captured(1);
    QString regex = match.captured(2);
    regex.replace(u"\\\\"_s, u"\\"_s); // PromQL string escapes -> regex text
    QString current;
    for (qsizetype i = 0; i < regex.size(); ++i) {
        if (regex[i] == u'\\' && i + 1 < regex.size()) {
            current += regex[++i];
        } else if (regex[i] == u'|') {
            s.services << current;
            current.clear();
        } else {
            current += regex[i];
        }
    }
    s.services << current;
    return s;
}

bool parseSeconds(const QString &text, qint64 &ms)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    ms = std::llround(seconds * 1000.0);
    return ok;
}

QByteArray number(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "+Inf" : "-Inf";
    return QByteArray::number(v, 'g', 17);
}

QByteArray seconds(qint64 ms)
{
    return QByteArray::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

FakePrometheus::FakePrometheus(ValueFunction valueAt)
    : m_valueAt(valueAt ? std::move(valueAt) : ValueFunction(&FakePrometheus::defaultValue))
{
}

double FakePrometheus::defaultValue(const QString &metric, const QString &service, qint64 tMs)
{
    return double(qHash(metric) % 97) + double(qHash(service) % 1000) / 10.0 + double((tMs / 1000) % 3600) / 100.0;
}

QByteArray FakePrometheus::errorBody(const QByteArray &errorType, const QByteArray &message)
{
    return R"({"status":"error","errorType":")" + errorType + R"(","error":")" + message + R"("})";
}

FakeReply FakePrometheus::handle(const FakeRequest &request) const
{
    const QUrlQuery params = request.params();
    if (request.path == "/api/v1/query_range")
        return queryRange(params);
    if (request.path == "/api/v1/query")
        return instantQuery(params);
    return FakeReply::text("404 page not found\n", 404);
}

FakeReply FakePrometheus::queryRange(const QUrlQuery &params) const
{
    const QString promql = params.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    qint64 start = 0;
    qint64 end = 0;
    qint64 step = 0;
    if (!parseSeconds(params.queryItemValue(u"start"_s), start) || !parseSeconds(params.queryItemValue(u"end"_s), end)
        || !parseSeconds(params.queryItemValue(u"step"_s), step) || step <= 0) {
        return FakeReply::json(errorBody("bad_data", "invalid parameter"), 400);
    }
    if (end < start)
        return FakeReply::json(errorBody("bad_data", "end timestamp must not be before start time"), 400);
    // Prometheus: (end - start) / step > 11000 is refused.
    if ((end - start) / step > 11000) {
        return FakeReply::json(errorBody("bad_data", "exceeded maximum resolution of 11,000 points per timeseries. "
                                                     "Try decreasing the query resolution (?step=XX)"),
                               400);
    }
    const auto selector = parseSelector(promql);
    if (!selector)
        return FakeReply::json(errorBody("bad_data", "1:1: parse error: unexpected identifier"), 400);
    QByteArray body = R"({"status":"success","data":{"resultType":"matrix","result":[)";
    bool firstSeries = true;
    for (const QString &service : selector->services) {
        body += firstSeries ? "" : ",";
        firstSeries = false;
        body += R"({"metric":{"service":")" + service.toUtf8() + R"("},"values":[)";
        for (qint64 t = start; t <= end; t += step) {
            body += t == start ? "[" : ",[";
            body += seconds(t) + ",\"" + number(m_valueAt(selector->metric, service, t)) + "\"]";
        }
        body += "]}";
    }
    body += "]}}";
    return FakeReply::json(body);
}

FakeReply FakePrometheus::instantQuery(const QUrlQuery &params) const
{
    const QString promql = params.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    qint64 t = 0;
    if (!parseSeconds(params.queryItemValue(u"time"_s), t))
        return FakeReply::json(errorBody("bad_data", "invalid parameter \"time\""), 400);
    const auto selector = parseSelector(promql);
    if (!selector)
        return FakeReply::json(errorBody("bad_data", "1:1: parse error: unexpected identifier"), 400);
    QByteArray body = R"({"status":"success","data":{"resultType":"vector","result":[)";
    for (qsizetype i = 0; i < selector->services.size(); ++i) {
        const QString &service = selector->services.at(i);
        body += i ? "," : "";
        body += R"({"metric":{"service":")" + service.toUtf8() + R"("},"value":[)" + seconds(t) + ",\""
              + number(m_valueAt(selector->metric, service, t)) + "\"]}";
    }
    body += "]}}";
    return FakeReply::json(body);
}

} // namespace TestSupport
