#include "core/sources/demo/demosource.h"

#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Sources::Demo {

DemoSource::DemoSource(QString sourceId, std::unique_ptr<DemoFleet> fleet, const Util::Clock &clock,
                       QObject *parent)
    : MetricSource(parent)
    , m_sourceId(std::move(sourceId))
    , m_fleet(std::move(fleet))
    , m_clock(clock)
{
}

DemoSource::~DemoSource() = default;

Util::Result<std::unique_ptr<DemoFleet>> DemoSource::fleetFromOptions(const QJsonObject &options)
{
    const QString preset = options.value(u"preset"_s).toString(u"standard"_s);
    bool seedOk = false;
    const quint64 seed = options.value(u"seed"_s).toString(u"1"_s).toULongLong(&seedOk);
    bool originOk = false;
    const qint64 origin = options.value(u"originMs"_s).toString().toLongLong(&originOk);
    if (!seedOk || !originOk)
        return Util::makeError(u"demo.options"_s,
                               QCoreApplication::translate("Demo", "The demo source's seed or origin is not a number."));
    auto spec = DemoPresets::byName(preset, seed);
    if (!spec)
        return Util::makeError(u"demo.preset"_s,
                               QCoreApplication::translate("Demo", "Unknown demo preset '%1'.").arg(preset));
    return std::make_unique<DemoFleet>(std::move(*spec), seed, origin);
}

void DemoSource::fetch(quint64 requestId, const RangeRequest &request)
{
    auto batch = std::make_shared<Model::SeriesBatch>();
    batch->reserve(request.series.size());
    // Never answer beyond "now": the simulated future has not happened yet.
    const qint64 to = std::min(request.toMs, m_clock.nowMs());
    for (const Model::SeriesKey &key : request.series)
        batch->append({key, m_fleet->range(key, request.fromMs, to, std::max(request.stepMs, kStepMs))});
    // Answer asynchronously like a network connector, so callers never rely on
    // re-entrancy.
    QMetaObject::invokeMethod(
        this, [this, requestId, batch = Model::SeriesBatchPtr(std::move(batch))] { emit fetched(requestId, batch); },
        Qt::QueuedConnection);
}

bool DemoSource::scaleService(const QString &serviceId, int replicas)
{
    return m_fleet->scale(serviceId, replicas, m_clock.nowMs());
}

bool DemoSource::restartService(const QString &serviceId)
{
    return m_fleet->restart(serviceId, m_clock.nowMs());
}

bool DemoSource::rollbackService(const QString &serviceId)
{
    return m_fleet->rollback(serviceId, m_clock.nowMs());
}

bool DemoSource::replayIntervention(const QString &serviceId, DemoFleet::InterventionType type, int value,
                                    qint64 atMs)
{
    switch (type) {
    case DemoFleet::InterventionType::Scale: return m_fleet->scale(serviceId, value, atMs);
    case DemoFleet::InterventionType::Restart: return m_fleet->restart(serviceId, atMs);
    case DemoFleet::InterventionType::Rollback: return m_fleet->rollback(serviceId, atMs);
    }
    return false;
}

} // namespace Sources::Demo
