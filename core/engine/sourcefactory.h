#pragma once

#include "core/model/workspace.h"
#include "core/util/result.h"

#include <functional>

class QObject;

namespace Util {
class Clock;
}
namespace Sources {
class MetricSource;
}

namespace Engine {

// Creates the connector for a configured source, parented to `parent` (and so
// living on its thread).
Util::Result<Sources::MetricSource *> createSource(const Model::SourceConfig &config, const Util::Clock &clock,
                                                   QObject *parent);

// The same signature as createSource, so tests can inject connectors that fail,
// hang or answer slowly on demand.
using SourceFactory = std::function<Util::Result<Sources::MetricSource *>(const Model::SourceConfig &,
                                                                          const Util::Clock &, QObject *)>;

} // namespace Engine
