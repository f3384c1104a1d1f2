#pragma once

#include "core/experiments/experimenttypes.h"
#include "core/flags/flagsnapshot.h"
#include "core/util/result.h"

#include <QString>
#include <QVector>

class QSqlDatabase;

namespace Flags {

// One flag in one environment as a flag source last reported it.
struct StoredFlagState
{
    QString sourceId;
    QString sourceName;
    QString project;       // the flag source's project id
    QString feature;
    QString environment;
    QString type;          // release, experiment, ...
    bool enabled = false;
    double rollout = Experiments::kUndefined; // share of users reached, 0..1; NaN: unknown
    bool conditional = false;                 // constraints narrow the share further
    qint64 changedAtMs = 0;                   // last change on the flag; 0: not known
    QString changedBy;
    qint64 fetchedAtMs = 0;                   // when the source answered with this
};

// An experiment's verdict as it was last computed.
struct StoredExperiment
{
    QString id;
    QString name;
    QString project;
    QString feature;
    QString environment;
    Experiments::Verdict verdict;
    qint64 users = 0;       // exposed so far, all variants
    qint64 computedAtMs = 0;
};

struct StoredFlags
{
    QVector<StoredFlagState> flags;            // by source, project, feature, environment
    QVector<StoredExperiment> experiments;     // by name
    bool available = false;                    // false: the store predates schema 7
};

// The last known flags and experiment verdicts in the local store (schema 7), so that
// an offline report can show them with every flag source down. Plain functions on a
// connection the caller owns, on the caller's thread.
class FlagSnapshotStore final
{
public:
    explicit FlagSnapshotStore(QSqlDatabase &db) : m_db(db) { }

    // Replaces the rows of every source that answered in `snapshot` (a source that is
    // down keeps its last known rows) and the verdicts of its experiments, in one
    // transaction.
    Util::Result<void> save(const FlagsSnapshot &snapshot);
    Util::Result<StoredFlags> load() const;

    // Stable ids of verdict kinds, as stored.
    static QString verdictId(Experiments::VerdictKind kind);
    static Experiments::VerdictKind verdictFromId(const QString &id);

private:
    QSqlDatabase &m_db;
};

} // namespace Flags
