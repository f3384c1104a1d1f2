#pragma once

#include "core/model/healththresholds.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

#include <algorithm>
#include <memory>

namespace Model {

enum class SourceType { Demo, Prometheus };

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
};

struct Workspace
{
    QString name;
    QVector<SourceConfig> sources;
    QVector<Project> projects;
    QVector<Service> services;

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
