#pragma once

#include "core/engine/health.h"
#include "core/engine/healthrules.h"
#include "core/sources/alertsource.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>

namespace Engine {

struct ServiceStatus
{
    QString serviceId;
    QString projectId;
    QString name;
    QString role;
    LatestValues latest;
    HealthVerdict verdict;
    QVector<float> rpsTrend; // the last hour at the source's step, oldest first
    int firingAlerts = 0;    // alerts matched to this service
};

struct ProjectStatus
{
    QString projectId;
    QString name;
    Health health = Health::Unknown;
    int serviceCount = 0;
    int unhealthyCount = 0;   // degraded or down
    double totalRps = 0.0;
    int firingAlerts = 0;     // alerts matched to the project or any of its services
};

enum class SourceHealth { Unknown, Ok, Down };

struct SourceStatus
{
    QString sourceId;
    QString name;
    SourceHealth health = SourceHealth::Unknown;
    QString message;          // the last error, translated
    qint64 lastSuccessMs = 0; // wall time of the last good answer
    qint64 downSinceMs = 0;
    qint64 newestSampleMs = 0;
    qint64 newDataIntervalMs = 0; // the source's own pace (MetricSource::newDataIntervalMs)
    // Not an error: what the operator should still know (a partial answer, what
    // the last scheduled discovery changed), translated.
    QString note;
};

// Everything the overview and status bar show, computed on the engine's thread and
// handed over whole: the GUI never reads engine state directly.
struct FleetSnapshot
{
    quint64 generation = 0;
    qint64 atMs = 0; // the engine's clock (simulated time for the demo)
    bool demo = false;
    double demoSpeed = 1.0;
    QVector<ProjectStatus> projects;
    QVector<ServiceStatus> services;
    QVector<SourceStatus> sources;
    // Firing alerts of every Alertmanager, newest first; kept from the last good
    // answer while an Alertmanager is unreachable (see alertSources).
    QVector<Sources::Alert> alerts;
    QVector<SourceStatus> alertSources; // one per configured Alertmanager
};

using FleetSnapshotPtr = std::shared_ptr<const FleetSnapshot>;

} // namespace Engine

Q_DECLARE_METATYPE(Engine::FleetSnapshotPtr)
