#pragma once

#include "core/model/alertrule.h"
#include "core/model/healththresholds.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <algorithm>
#include <memory>
#include <optional>

namespace Model {

// Unleash: a feature-flag server (Admin API), read by the flags engine, never polled
// for metrics (docs/flags.md).
enum class SourceType { Demo, Prometheus, Railway, Jaeger, Unleash };

// How Straja authenticates to a source. The secrets themselves are never part of
// the workspace: they live in the keychain under the source id (docs/secrets.md).
enum class SourceAuth { None, Bearer, Basic };

// Where metrics come from.
struct SourceConfig
{
    QString id;
    SourceType type = SourceType::Demo;
    QString name;
    QUrl url;
    SourceAuth auth = SourceAuth::None;
    QString caFile;      // extra CA certificate (PEM) to trust; empty: the system's
    QJsonObject options; // type-specific, e.g. the demo preset, seed and origin
};

struct Project
{
    QString id;
    QString name;
    QString description;
    // Business metric id (revenue, active_users, ... see docs/cost.md) -> PromQL that
    // gives it per day; empty: from an imported CSV or, in the demo, the simulator.
    QMap<QString, QString> businessQueries = {};
};

// What one replica of a service is allocated and how its provider prices it
// (docs/cost.md). The defaults describe a small service, so a workspace saved before
// the cost model existed still gets figures.
struct CostProfile
{
    QString pricing = {};             // price table id (railway, kubernetes); empty: the provider's
    QString nodeType = {};            // kubernetes: priced as a share of this node type
    QString region = {};              // where the replicas run; empty: the first served region
    double cpuPerReplica = 1.0;       // vCPU requested; the CPU metric is a percent of it
    double memoryGbPerReplica = 1.0;  // GB limit; the memory metric is a percent of it
    double volumeGb = 0.0;            // attached volume
    double egressKbPerRequest = 20.0; // mean response size, for egress estimated from RPS
    friend bool operator==(const CostProfile &, const CostProfile &) = default;
};

// A provider subscription the workspace pays besides usage (Railway Hobby or Pro).
struct ProviderPlan
{
    QString pricing; // price table id
    QString plan;    // plan id in that table
    int seats = 1;
    friend bool operator==(const ProviderPlan &, const ProviderPlan &) = default;
};

struct Service
{
    QString id;        // unique in the workspace, e.g. "events-api"
    QString projectId;
    QString name;
    QString role;      // api, web, voice, database, site, worker: drives icons and defaults
    QString sourceId;
    QString provider;  // demo, kubernetes, railway: who executes actions
    QStringList regions;
    int minReplicas = 1;
    int maxReplicas = 10;
    HealthThresholds thresholds = HealthThresholds::defaults();
    CostProfile cost = {};
    // Empty optional: the default rules (Alerts::DefaultRules), which follow the
    // thresholds above; a list: exactly these rules, as the operator edited them.
    std::optional<AlertRules> alertRules;
};

struct Workspace
{
    QString name;
    QVector<SourceConfig> sources;
    QVector<Project> projects;
    QVector<Service> services;
    QVector<ProviderPlan> plans = {};

    bool isDemo() const
    {
        return !sources.isEmpty()
            && std::all_of(sources.cbegin(), sources.cend(),
                           [](const SourceConfig &s) { return s.type == SourceType::Demo; });
    }
    const Project *project(const QString &id) const
    {
        for (const Project &p : projects)
            if (p.id == id)
                return &p;
        return nullptr;
    }
    const Service *service(const QString &id) const
    {
        for (const Service &s : services)
            if (s.id == id)
                return &s;
        return nullptr;
    }
    const SourceConfig *source(const QString &id) const
    {
        for (const SourceConfig &s : sources)
            if (s.id == id)
                return &s;
        return nullptr;
    }
};

using WorkspacePtr = std::shared_ptr<const Workspace>;

} // namespace Model

Q_DECLARE_METATYPE(Model::WorkspacePtr)
