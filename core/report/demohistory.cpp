#include "core/report/demohistory.h"

#include "core/model/workspace.h"
#include "core/sources/demo/demofleet.h"
#include "core/store/samplestore.h"

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

} // namespace Report
