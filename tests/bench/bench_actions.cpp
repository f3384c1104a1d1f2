// Google Benchmark for the actions engine's hot paths: a diagnosis round's work per
// service, target tracking over a large fleet, the audit chain. Prints figures;
// asserts nothing.
#include "core/actions/actionstore.h"
#include "core/actions/auditlog.h"
#include "core/actions/scalingpolicy.h"
#include "core/analysis/diagnosis/diagnosiscatalogue.h"
#include "core/store/database.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kNow = 1772652600000LL;

// One service's day at 5-minute rollups plus two hours at one minute, every
// metric kind and three regions: what the engine hands the catalogue.
Analysis::DiagnosisInput dayOfService()
{
    Analysis::DiagnosisInput in;
    in.serviceId = u"svc"_s;
    in.role = u"api"_s;
    in.nowMs = kNow;
    auto series = [&](qint64 step, qint64 from, qint64 to, double level, double amplitude) {
        QVector<Model::Sample> points;
        for (qint64 t = from; t <= to; t += step)
            points.append({t, level * (1.0 + amplitude * std::sin(2.0 * std::numbers::pi * double(t) / 86'400'000.0))});
        return points;
    };
    for (Model::MetricKind kind : Model::allMetricKinds()) {
        auto points = series(5 * kMinute, kNow - 24 * 60 * kMinute, kNow - 120 * kMinute, 50.0, 0.3);
        points += series(kMinute, kNow - 120 * kMinute + kMinute, kNow, 50.0, 0.3);
        if (const auto signal = Analysis::signalOf(kind))
            in.series.append({*signal, QString(), points});
    }
    for (const QString &region : {u"eu"_s, u"us"_s, u"ap"_s})
        in.series.append({Analysis::Signal::LatencyP95, region, series(5 * kMinute, kNow - 24 * 60 * kMinute, kNow, 90.0, 0.2)});
    in.deploysMs = {kNow - 10 * 60 * kMinute};
    in.otherDeploysMs.insert(u"other"_s, {kNow - 50 * kMinute});
    return in;
}

void BM_DiagnoseOneService(benchmark::State &state)
{
    const Analysis::DiagnosisInput in = dayOfService();
    const Analysis::DiagnosisCatalogue catalogue;
    for (auto _ : state)
        benchmark::DoNotOptimize(catalogue.diagnose(in).size());
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_DiagnoseOneService)->Unit(benchmark::kMicrosecond);

// Target tracking for a fleet (the large demo preset has 1,000 services).
void BM_TargetTrackingFleet(benchmark::State &state)
{
    const int services = static_cast<int>(state.range(0));
    Actions::ScalingPolicy policy;
    QStringList ids;
    for (int i = 0; i < services; ++i)
        ids.append(u"svc-%1"_s.arg(i));
    qint64 t = kNow;
    for (auto _ : state) {
        t += kMinute;
        for (int i = 0; i < services; ++i) {
            Actions::ScalingInput in;
            in.currentReplicas = 1 + i % 5;
            in.metricValue = 30.0 + (i * 7 % 80);
            in.nowMs = t;
            benchmark::DoNotOptimize(policy.evaluate(ids.at(i), in).to);
        }
    }
    state.SetItemsProcessed(state.iterations() * services);
}
BENCHMARK(BM_TargetTrackingFleet)->Arg(1000)->Unit(benchmark::kMillisecond);

// Walking the audit chain: what `straja-cli audit verify` does per record.
void BM_AuditVerify(benchmark::State &state)
{
    QTemporaryDir dir;
    Store::Database db;
    if (!db.open(dir.filePath(u"bench.sqlite"_s), u"bench"_s, Store::Database::Mode::ReadWrite)) {
        state.SkipWithError("cannot open the database");
        return;
    }
    Actions::AuditLog audit(db.handle());
    const int records = static_cast<int>(state.range(0));
    db.handle().transaction();
    for (int i = 0; i < records; ++i)
        (void)audit.append(kNow + i, u"straja"_s, i, u"approved"_s, QJsonObject{{u"n"_s, i}});
    db.handle().commit();
    for (auto _ : state) {
        auto report = audit.verify();
        benchmark::DoNotOptimize(report->intact);
    }
    state.SetItemsProcessed(state.iterations() * records);
}
BENCHMARK(BM_AuditVerify)->Arg(20'000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt SQL needs an application object
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
