#pragma once

#include "core/flags/flagchange.h"
#include "core/flags/flagsnapshot.h"

#include <QObject>

namespace Flags {

// What the UI may ask about flags and experiments. Every answer arrives as a
// signal on the caller's (GUI) thread carrying an immutable value; no call blocks.
class FlagService : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagService)
public:
    using QObject::QObject;
    ~FlagService() override = default;

    virtual FlagsSnapshotPtr latest() const = 0;
    // Reads every source again; answers with snapshotReady().
    virtual void refresh() = 0;
    // Runs a change the operator approved (`approvedBy` goes into the audit
    // entry); answers with changeFinished() carrying the returned id, then a new
    // snapshot.
    virtual quint64 apply(const FlagChange &change, const QString &approvedBy) = 0;
    // Reads exposures and conversions from a CSV file (see
    // Experiments::CountsCsv) off the GUI thread. With an experiment id the file
    // replaces that experiment's counts; without one it becomes a new experiment
    // named after the file. Answers with importFinished(), then a new snapshot.
    virtual quint64 importCounts(const QString &path, const QString &experimentId) = 0;

signals:
    void snapshotReady(Flags::FlagsSnapshotPtr snapshot);
    void changeFinished(Flags::FlagChangeOutcome outcome);
    void importFinished(quint64 requestId, bool ok, QString message);
};

} // namespace Flags
