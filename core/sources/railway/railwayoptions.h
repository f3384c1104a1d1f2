#pragma once

#include "core/model/workspace.h"
#include "core/sources/railway/railwaytypes.h"
#include "core/util/result.h"

#include <QUrl>

namespace Sources::Railway {

// A Railway source's settings: SourceConfig::url (empty: Railway's public endpoint)
// and the keys of SourceConfig::options (docs/railway.md). The token is not here:
// it lives in the keychain as "railway:<account>", shared with the executor.
// Where a Straja service lives on Railway. Discovery writes these; the operator's
// own settings for the service live on Model::Service and are never touched.
struct ServiceRef
{
    QString projectId;
    QString environmentId;
    QString serviceId;  // Railway's
    QString region;
    int replicas = 1;
    bool sleeping = false;
    bool removed = false; // gone from Railway at the last discovery: kept, marked, not polled

    friend bool operator==(const ServiceRef &, const ServiceRef &) = default;
};

struct RailwayOptions
{
    static constexpr const char *kEndpoint = "https://backboard.railway.com/graphql/v2";

    QUrl endpoint;
    QString account = QStringLiteral("default");
    TokenKind tokenKind = TokenKind::Account;
    QString environment = QStringLiteral("production"); // environment name watched
    qint64 stepMs = 60'000;            // sampleRateSeconds asked for
    qint64 refreshIntervalMs = 300'000; // how often the operator wants fresh data
    int fieldsPerRequest = 10;         // aliased fields batched into one POST
    double cpuLimitVcpu = 8.0;         // when Railway sends no CPU_LIMIT (Hobby: 8 vCPU)
    double memoryLimitGb = 8.0;        // when Railway sends no MEMORY_LIMIT_GB (Hobby: 8 GB)
    double volumeGb = 5.0;             // a volume's size, for the disk percentage
    bool byRegion = false;             // also fetch per-region series
    int timeoutMs = 20'000;            // per request; a slower answer fails the refresh
    QHash<QString, ServiceRef> services; // Straja service id -> Railway ids ("services" option)

    QString credentialKey() const { return QStringLiteral("railway:") + account; }

    static Util::Result<RailwayOptions> fromConfig(const Model::SourceConfig &config);
    void writeTo(Model::SourceConfig &config) const;
};

} // namespace Sources::Railway
