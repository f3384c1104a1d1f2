#pragma once

#include "core/model/workspace.h"
#include "core/util/result.h"

#include <functional>

class QObject;

namespace Util {
class Clock;
}
namespace Sources {
class AlertSource;
class CredentialSource;
class LogSource;
class MetricSource;
}

namespace Engine {

// Creates the connector for a configured source, parented to `parent` (and so
// living on its thread). `credentials` (may be null) must outlive it.
Util::Result<Sources::MetricSource *> createSource(const Model::SourceConfig &config, const Util::Clock &clock,
                                                   QObject *parent, Sources::CredentialSource *credentials = nullptr);

// The alert connector a source configures (a Prometheus source's "alertmanager"
// options), or nullptr when it has none.
Util::Result<Sources::AlertSource *> createAlertSource(const Model::Workspace &workspace,
                                                       const Model::SourceConfig &config,
                                                       Sources::CredentialSource *credentials, QObject *parent);

// The log connector a source configures (a Prometheus source's "loki" options),
// or nullptr when it has none.
Util::Result<Sources::LogSource *> createLogSource(const Model::Workspace &workspace, const Model::SourceConfig &config,
                                                   Sources::CredentialSource *credentials, QObject *parent);

// createSource without the credentials (the poller supplies its own), so tests can
// inject connectors that fail,
// hang or answer slowly on demand.
using SourceFactory = std::function<Util::Result<Sources::MetricSource *>(const Model::SourceConfig &,
                                                                          const Util::Clock &, QObject *)>;

} // namespace Engine
