#include "core/sources/demo/demopresets.h"

#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demorandom.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sources::Demo {

namespace {

QVector<RegionProfile> europeFirstRegions()
{
    // Shares and latency factors of an EU-hosted product with users abroad.
    return {{u"eu-west"_s, 0.62, 0.0, 1.0}, {u"us-east"_s, 0.26, 6.0, 1.6}, {u"ap-south"_s, 0.12, -4.5, 2.3}};
}

DemoServiceSpec eventsApi()
{
    DemoServiceSpec s;
    s.id = u"events-api"_s;
    s.projectId = u"events"_s;
    s.name = u"API"_s;
    s.role = u"api"_s;
    s.baseRps = 120.0;
    s.dailyAmplitude = 0.8;
    s.peakHourUtc = 19.0;
    s.weekendFactor = 0.75;
    s.growthPerMonth = 0.08;
    s.fridaySpike = 1.1;
    s.cpuPerRps = 0.8;
    s.baseCpu = 6.0;
    s.baseLatencyMs = 70.0;
    s.replicas = 3;
    s.dependsOn = u"shared-db"_s;
    s.deploysDaily = true;
    s.memoryBase = 42.0;
    s.regions = europeFirstRegions();
    return s;
}

DemoServiceSpec eventsWeb()
{
    DemoServiceSpec s;
    s.id = u"events-web"_s;
    s.projectId = u"events"_s;
    s.name = u"Web front end"_s;
    s.role = u"web"_s;
    s.baseRps = 210.0;
    s.dailyAmplitude = 0.55;
    s.peakHourUtc = 20.0;
    s.weekendFactor = 0.9;
    s.growthPerMonth = 0.06;
    s.fridaySpike = 0.9;
    s.cpuPerRps = 0.22;
    s.baseCpu = 4.0;
    s.baseLatencyMs = 120.0;
    s.replicas = 2;
    s.memoryBase = 38.0;
    s.memoryLeakPerHour = 1.2; // server-side rendering cache that never evicts
    s.dependsOn = u"events-api"_s;
    s.regions = europeFirstRegions();
    return s;
}

DemoServiceSpec eventsVoice()
{
    DemoServiceSpec s;
    s.id = u"events-voice"_s;
    s.projectId = u"events"_s;
    s.name = u"Voice service"_s;
    s.role = u"voice"_s;
    s.baseRps = 18.0;
    s.dailyAmplitude = 0.7;
    s.peakHourUtc = 11.0;
    s.weekendFactor = 0.4;
    s.growthPerMonth = 0.12;
    s.cpuPerRps = 2.6;
    s.baseCpu = 8.0;
    s.baseLatencyMs = 240.0;
    s.baseErrorRate = 0.004;
    s.replicas = 2;
    s.memoryBase = 50.0;
    s.throttledBursts = true; // the telephony provider rate-limits in bursts
    s.regions = {{u"eu-west"_s, 0.8, 0.0, 1.0}, {u"us-east"_s, 0.2, 6.0, 1.5}};
    return s;
}

DemoServiceSpec sharedDatabase()
{
    DemoServiceSpec s;
    s.id = u"shared-db"_s;
    s.projectId = u"shared-db"_s;
    s.name = u"PostgreSQL primary"_s;
    s.role = u"database"_s;
    s.baseRps = 650.0; // queries per second
    s.dailyAmplitude = 0.5;
    s.peakHourUtc = 19.0;
    s.weekendFactor = 0.8;
    s.growthPerMonth = 0.07;
    s.fridaySpike = 0.8;
    s.cpuPerRps = 0.05;
    s.baseCpu = 10.0;
    s.baseLatencyMs = 6.0;
    s.baseErrorRate = 0.0005;
    s.replicas = 1;
    s.memoryBase = 68.0;
    s.diskBase = 61.0;
    s.diskGrowthPerDay = 0.35;
    s.slowAfterBadDeploy = true;
    s.regions = {{u"eu-west"_s, 1.0, 0.0, 1.0}};
    return s;
}

DemoServiceSpec seoSite(int number, PresetRng &rng)
{
    DemoServiceSpec s;
    s.id = u"seo-%1"_s.arg(number, 2, 10, QLatin1Char('0'));
    s.projectId = u"seo"_s;
    s.name = u"site-%1"_s.arg(number, 2, 10, QLatin1Char('0'));
    s.role = u"site"_s;
    s.baseRps = rng.uniform(0.3, 9.0);
    s.dailyAmplitude = rng.uniform(0.3, 0.7);
    s.peakHourUtc = rng.uniform(9.0, 21.0);
    s.weekendFactor = rng.uniform(0.6, 1.1);
    s.growthPerMonth = rng.uniform(-0.02, 0.10);
    s.cpuPerRps = rng.uniform(1.5, 4.0);
    s.baseCpu = rng.uniform(2.0, 6.0);
    s.baseLatencyMs = rng.uniform(40.0, 160.0);
    s.baseErrorRate = rng.uniform(0.0, 0.004);
    s.replicas = 1;
    s.memoryBase = rng.uniform(20.0, 45.0);
    s.regions = europeFirstRegions();
    return s;
}

// What the demo's services are allocated and how they are priced (docs/cost.md):
// the events platform on Railway (usage-priced), the sites and the database on a
// Kubernetes cluster (allocation-priced), so both cost models show.
void applyCostProfiles(Model::Workspace &ws, const QString &preset)
{
    for (Model::Service &s : ws.services) {
        Model::CostProfile &c = s.cost;
        if (preset != u"standard") {
            c.pricing = u"kubernetes"_s;
            c.cpuPerReplica = 0.5;
            c.memoryGbPerReplica = 1.0;
            continue;
        }
        if (s.projectId == u"events") {
            c.pricing = u"railway"_s;
            // Pages and assets come from a CDN: what leaves Railway is small.
            c.cpuPerReplica = s.role == u"web" ? 1.0 : 2.0;
            c.memoryGbPerReplica = s.role == u"web" ? 1.0 : 2.0;
            c.egressKbPerRequest = s.role == u"web" ? 3.0 : (s.role == u"voice" ? 8.0 : 2.0);
        } else if (s.role == u"database") {
            c.pricing = u"kubernetes"_s;
            c.cpuPerReplica = 2.0;
            c.memoryGbPerReplica = 8.0;
            c.volumeGb = 50.0;
            c.egressKbPerRequest = 0.0; // queries stay inside the cluster
        } else {
            c.pricing = u"kubernetes"_s;
            c.nodeType = u"e2-small"_s;
            c.cpuPerReplica = 0.25;
            c.memoryGbPerReplica = 0.5;
            c.egressKbPerRequest = 6.0;
        }
    }
    if (preset == u"standard")
        ws.plans = {{u"railway"_s, u"pro"_s, 1}};
}

} // namespace

DemoFleetSpec DemoPresets::standard(quint64 seed)
{
    DemoFleetSpec spec;
    spec.preset = u"standard"_s;
    spec.projects = {
        {u"events"_s, QCoreApplication::translate("Demo", "Events platform"),
         QCoreApplication::translate("Demo", "Ticketing API, web front end and a voice line")},
        {u"seo"_s, QCoreApplication::translate("Demo", "SEO sites"),
         QCoreApplication::translate("Demo", "Thirty small content sites")},
        {u"shared-db"_s, QCoreApplication::translate("Demo", "Shared database"),
         QCoreApplication::translate("Demo", "The PostgreSQL primary every project uses")},
    };
    spec.services = {eventsApi(), eventsWeb(), eventsVoice(), sharedDatabase()};
    PresetRng rng(seed);
    for (int i = 1; i <= 30; ++i)
        spec.services.append(seoSite(i, rng));
    return spec;
}

DemoFleetSpec DemoPresets::large(quint64 seed)
{
    static const QStringList roles = {u"api"_s, u"web"_s, u"worker"_s, u"site"_s, u"voice"_s};
    DemoFleetSpec spec;
    spec.preset = u"large"_s;
    PresetRng rng(seed ^ 0x1A26EULL);
    for (int p = 1; p <= 50; ++p) {
        const QString projectId = u"project-%1"_s.arg(p, 2, 10, QLatin1Char('0'));
        spec.projects.append({projectId, QCoreApplication::translate("Demo", "Project %1").arg(p), QString()});
        for (int s = 1; s <= 20; ++s) {
            DemoServiceSpec svc = seoSite(s, rng);
            svc.id = u"%1-svc-%2"_s.arg(projectId).arg(s, 2, 10, QLatin1Char('0'));
            svc.projectId = projectId;
            svc.name = u"service-%1"_s.arg(s, 2, 10, QLatin1Char('0'));
            svc.role = roles.at(rng.integer(0, static_cast<int>(roles.size()) - 1));
            svc.baseRps = rng.uniform(1.0, 80.0);
            svc.replicas = rng.integer(1, 4);
            svc.cpuPerRps = rng.uniform(0.2, 1.5);
            if (rng.uniform(0.0, 1.0) < 0.05)
                svc.memoryLeakPerHour = rng.uniform(0.3, 1.5);
            if (rng.uniform(0.0, 1.0) < 0.05)
                svc.throttledBursts = true;
            spec.services.append(svc);
        }
    }
    return spec;
}

std::optional<DemoFleetSpec> DemoPresets::byName(const QString &name, quint64 seed)
{
    if (name == u"standard")
        return standard(seed);
    if (name == u"large")
        return large(seed);
    return std::nullopt;
}

QStringList DemoPresets::names()
{
    return {u"standard"_s, u"large"_s};
}

std::optional<Model::Workspace> DemoPresets::workspace(const QString &preset, quint64 seed, qint64 originMs)
{
    auto spec = byName(preset, seed);
    if (!spec)
        return std::nullopt;
    Model::Workspace ws = DemoFleet(std::move(*spec), seed, originMs).workspace(u"demo"_s);
    applyCostProfiles(ws, preset);
    return ws;
}

} // namespace Sources::Demo
