#pragma once

#include "core/model/workspace.h"

#include <QString>
#include <QVector>

namespace Sources::Demo {

// A region a service serves, with its share of the traffic, the hour its local
// day peaks (UTC) and how much slower it is than the closest region.
struct RegionProfile
{
    QString region;
    double share = 1.0;
    double peakHourShift = 0.0;
    double latencyFactor = 1.0;
};

// Everything that makes one simulated service behave like its real kind.
struct DemoServiceSpec
{
    QString id;
    QString projectId;
    QString name;
    QString role;
    double baseRps = 10.0;          // mean requests/s at the fleet's origin
    double dailyAmplitude = 0.5;    // peak-to-mean ratio of the daily cycle
    double peakHourUtc = 19.0;
    double weekendFactor = 0.8;     // traffic multiplier on Saturday and Sunday
    double growthPerMonth = 0.0;    // compounding, +0.08 = +8% a month
    double fridaySpike = 0.0;       // extra multiplier, Friday 18:00-22:00 UTC
    double cpuPerRps = 1.0;         // CPU percent of one replica per request/s
    double baseCpu = 5.0;
    double baseLatencyMs = 80.0;
    double baseErrorRate = 0.002;
    double memoryBase = 35.0;       // percent of the limit right after a start
    double memoryLeakPerHour = 0.0; // percent per hour; reaching 100 means OOM kill
    double diskBase = 0.0;          // percent; 0 = no volume
    double diskGrowthPerDay = 0.0;
    int replicas = 2;
    QString dependsOn;              // a service whose latency adds to this one's
    bool throttledBursts = false;   // a dependency answers 429 in bursts
    bool slowAfterBadDeploy = false;// this database slows after a bad deploy of its client
    bool deploysDaily = false;      // deploys on weekdays at 10:00 UTC
    QVector<RegionProfile> regions;
};

struct DemoFleetSpec
{
    QString preset;
    QVector<Model::Project> projects;
    QVector<DemoServiceSpec> services;
};

} // namespace Sources::Demo
