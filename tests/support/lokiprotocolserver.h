#pragma once

#include "fakehttpserver.h"

#include <QMap>

namespace TestSupport {

// A local stand-in for Grafana Loki (which cannot be installed here), speaking
// the documented HTTP API: GET /loki/api/v1/query_range and /loki/api/v1/labels
// with their JSON answers, and Loki's error shapes (plain-text 400 for a bad
// LogQL query or limit, 401 "no org id" without a tenant when multi-tenant,
// 404 for unknown paths). Understands stream selectors with = != =~ !~ and the
// line filters |= != |~ !~; metric queries answer an empty matrix.
class LokiProtocolServer final
{
public:
    static constexpr int kMaxEntriesLimit = 5000; // Loki's max_entries_limit_per_query default

    // Stores a line; streams are identified by their label set.
    void push(const QMap<QString, QString> &labels, qint64 tMs, const QString &line);
    // With a tenant set, requests must carry X-Scope-OrgID (Loki's auth_enabled mode).
    void requireTenant(const QString &tenant) { m_tenant = tenant; }

    FakeReply handle(const FakeRequest &request) const;

private:
    struct Entry
    {
        qint64 tNs = 0;
        QString line;
    };
    struct Stream
    {
        QMap<QString, QString> labels;
        QVector<Entry> entries; // ascending
    };

    FakeReply queryRange(const QUrlQuery &params) const;
    FakeReply labels() const;

    QVector<Stream> m_streams;
    QString m_tenant;
};

} // namespace TestSupport
