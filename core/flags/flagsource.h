#pragma once

#include "core/flags/flagchange.h"
#include "core/flags/flagsnapshot.h"
#include "core/util/result.h"

#include <QObject>

namespace Flags {

using SourceFlagsPtr = std::shared_ptr<const SourceFlags>;

// A place flags live: an Unleash server, or the demo. Lives on the engine's
// network thread; every call returns at once and answers later, exactly once,
// with the same request id.
class FlagSource : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagSource)
public:
    using QObject::QObject;
    ~FlagSource() override = default;

    virtual QString sourceId() const = 0;
    virtual QString name() const = 0;
    virtual bool isDemo() const = 0;

    // Reads every project, flag, environment, strategy, segment and experiment.
    virtual void fetch(quint64 requestId) = 0;
    // Runs an approved change, then reads the flag back to verify it.
    virtual void apply(quint64 requestId, const Flags::FlagChange &change) = 0;
    // Drops pending work (shutdown).
    virtual void cancel() = 0;

signals:
    void fetched(quint64 requestId, Flags::SourceFlagsPtr flags);
    void fetchFailed(quint64 requestId, Util::Error error);
    void applied(quint64 requestId, Flags::FlagChangeOutcome outcome);
};

} // namespace Flags

Q_DECLARE_METATYPE(Flags::SourceFlagsPtr)
