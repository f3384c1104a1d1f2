#pragma once

#include "core/model/workspace.h"
#include "core/util/result.h"

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

} // namespace Engine
