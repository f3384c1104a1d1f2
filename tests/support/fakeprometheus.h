#pragma once

#include "fakehttpserver.h"

#include <functional>
#include <optional>

namespace TestSupport {

// Just enough of Prometheus' HTTP API to test the connector without the real
// server: /api/v1/query_range and /api/v1/query for the demo preset's gauges
// (`max by (service) (straja_demo_<name>{service=~"a|b"})`), with the server's
// 11,000-points-per-series limit and its error envelope. Values come from
// `valueAt`, so tests know exactly what must arrive.
class FakePrometheus final
{
public:
    using ValueFunction = std::function<double(const QString &metric, const QString &service, qint64 tMs)>;

    explicit FakePrometheus(ValueFunction valueAt);

    FakeReply handle(const FakeRequest &request) const;

    // The value the fake serves by default: a deterministic function of its inputs.
    static double defaultValue(const QString &metric, const QString &service, qint64 tMs);
    static QByteArray errorBody(const QByteArray &errorType, const QByteArray &message);

private:
    FakeReply queryRange(const QUrlQuery &params) const;
    FakeReply instantQuery(const QUrlQuery &params) const;

    ValueFunction m_valueAt;
};

} // namespace TestSupport
