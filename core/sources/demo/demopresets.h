#pragma once

#include "core/sources/demo/demofleetspec.h"

#include <optional>

namespace Sources::Demo {

// The fleets the demo workspace can simulate.
class DemoPresets final
{
public:
    // An events platform (API, web front end, voice service), 30 small SEO sites and
    // a shared database: the operator of the seeds.
    static DemoFleetSpec standard(quint64 seed);
    // 50 projects / 1,000 services, for scale tests and benchmarks.
    static DemoFleetSpec large(quint64 seed);
    static std::optional<DemoFleetSpec> byName(const QString &name, quint64 seed);
    static QStringList names();
    // The workspace a first start stores: the preset's projects and services and
    // one demo source whose options pin the preset, seed and origin.
    static std::optional<Model::Workspace> workspace(const QString &preset, quint64 seed, qint64 originMs);
};

} // namespace Sources::Demo
