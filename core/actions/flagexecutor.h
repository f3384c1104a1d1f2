#pragma once

#include "core/actions/executor.h"
#include "core/flags/flagsource.h"

#include <functional>

namespace Actions {

// Runs feature-flag changes (ActionKind::FlagChange, provider "flags") on the
// flag source they name: an Unleash server (UnleashConnector::apply, which reads
// the flag back) or the demo flags. Lives on the network thread with the flag
// sources.
//  - observe: reads the source and reports the flag environment's state digest as
//    the revision, and the action's key as a marker when the flag already holds
//    the intended state (so a restart between approve and send never sends twice);
//  - send: applies the change; it counts as done only when the flag read back
//    holds the new state;
//  - describe: the exact Admin API request (FlagChange::dryRun()).
class FlagExecutor final : public Executor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagExecutor)
public:
    // Finds the flag source with this id (the flag engine's current sources; they
    // are made anew when the workspace changes). Called on the network thread.
    using SourceLookup = std::function<Flags::FlagSource *(const QString &sourceId)>;
    // Request ids this executor gives the sources: far above the flag worker's own.
    static constexpr quint64 kRequestIdBase = quint64(1) << 61;

    explicit FlagExecutor(SourceLookup lookup, QObject *parent = nullptr);
    ~FlagExecutor() override;

    QString provider() const override;
    void observe(quint64 requestId, const QVector<Actions::ActionTarget> &targets) override;
    void send(quint64 requestId, const Actions::ExecutionRequest &request) override;
    QString describe(const Actions::ExecutionRequest &request) const override;

private:
    using FetchDone = std::function<void(Util::Result<Flags::SourceFlagsPtr>)>;
    void fetchFrom(Flags::FlagSource *source, FetchDone done);
    void answer(quint64 requestId, const ExecutionResult &result);

    SourceLookup m_lookup;
    quint64 m_next = kRequestIdBase;
};

} // namespace Actions
