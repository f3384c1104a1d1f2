#include "core/report/demohistory.h"

#include "core/flags/demoflagsource.h"
#include "core/flags/flagsnapshotstore.h"
#include "core/flags/flagworker.h"
#include "core/model/workspace.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demosource.h"
#include "core/store/samplestore.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Report {

Util::Result<qint64> DemoHistory::fill(QSqlDatabase &db, const Sources::Demo::DemoFleet &fleet, qint64 fromMs,
                                       qint64 toMs, qint64 stepMs, const ProgressFn &progress,
                                       const std::atomic_bool *cancel)
{
    Store::SampleStore store(db);
    const Model::Workspace workspace = fleet.workspace(u"demo"_s);
    qint64 written = 0;
    int done = 0;
    for (const Model::Service &service : workspace.services) {
        if (cancel && cancel->load())
            return ReportGatherer::cancelledError();
        Model::SeriesBatch batch;
        for (Model::MetricKind kind : Model::allMetricKinds()) {
            Model::SeriesData series{Model::SeriesKey{service.id, kind, QString()},
                                     fleet.range(Model::SeriesKey{service.id, kind, QString()}, fromMs, toMs - 1,
                                                 stepMs)};
            written += series.samples.size();
            batch.append(std::move(series));
        }
        // `now` is the period's end: nothing of it is older than raw retention matters for,
        // as samples at a 5-minute or hourly step go to the rollups only.
        if (auto r = store.write(batch, stepMs, toMs); !r)
            return r.error();
        if (progress)
            progress(++done, int(workspace.services.size()));
    }
    return written;
}

Util::Result<int> DemoHistory::fillFlags(QSqlDatabase &db, const Model::Workspace &workspace, qint64 nowMs)
{
    const auto demo = std::find_if(workspace.sources.cbegin(), workspace.sources.cend(),
                                   [](const Model::SourceConfig &c) { return c.type == Model::SourceType::Demo; });
    if (demo == workspace.sources.cend())
        return 0;
    auto fleet = Sources::Demo::DemoSource::fleetFromOptions(demo->options);
    if (!fleet)
        return fleet.error();
    // The same source id and fleet as FleetEngine::startFlags, on a clock standing at the
    // report's end.
    auto clock = std::make_shared<Util::ManualClock>(nowMs);
    Flags::FlagWorker worker(clock);
    worker.addSource(new Flags::DemoFlagSource(u"demo-flags"_s, std::move(fleet).value(), *clock));
    Flags::FlagsSnapshotPtr snapshot;
    QEventLoop loop;
    QObject::connect(&worker, &Flags::FlagWorker::snapshotReady, &loop, [&](const Flags::FlagsSnapshotPtr &s) {
        snapshot = s;
        loop.quit();
    });
    // The demo answers on the next turn of the event loop; the timer only keeps a broken
    // source from hanging the command.
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    worker.start();
    if (!snapshot)
        loop.exec();
    worker.shutdown();
    if (!snapshot || snapshot->sources.isEmpty() || !snapshot->sources.first().status.ok)
        return Util::makeError(u"report.demoFlags"_s,
                               QCoreApplication::translate("Report", "The demo's flags could not be read."));
    if (auto saved = Flags::FlagSnapshotStore(db).save(*snapshot); !saved)
        return saved.error();
    int states = 0;
    for (const Flags::FlagProject &p : snapshot->sources.first().projects)
        for (const Flags::Feature &f : p.features)
            states += int(f.environments.size());
    return states;
}

} // namespace Report
