#pragma once

#include "core/experiments/experimenttypes.h"
#include "core/flags/flagchange.h"
#include "core/flags/flagtypes.h"

#include <QHash>
#include <QMetaType>
#include <QUrl>

#include <memory>

namespace Flags {

struct FlagSourceStatus
{
    QString sourceId;
    QString name;
    QUrl url;
    bool demo = false;
    bool ok = false;
    QString message;        // the last error, translated
    qint64 fetchedAtMs = 0; // engine time of the last good answer
};

// An experiment a source knows about, with its counts so far.
struct ExperimentInput
{
    Experiments::ExperimentDefinition definition;
    Experiments::ExperimentData data;
};

// Everything one flag source (an Unleash server, the demo) holds.
struct SourceFlags
{
    FlagSourceStatus status;
    QVector<FlagProject> projects;
    QVector<Segment> segments;
    QStringList environments;
    QVector<ExperimentInput> experiments;

    const Feature *feature(const QString &project, const QString &name) const;
    // The flags of one environment as an SDK connected to it would see them.
    ClientState clientState(const QString &environment) const;
};

// A service an experiment must not hurt, as it stands now.
struct GuardrailReading
{
    QString serviceId;
    QString serviceName;
    double errorRate = Experiments::kUndefined;  // 0..1
    double p95LatencyMs = Experiments::kUndefined;
    double errorRateLimit = Experiments::kUndefined; // where health turns "degraded"
    double p95LatencyLimitMs = Experiments::kUndefined;

    bool known() const { return Experiments::isDefined(errorRate) && Experiments::isDefined(p95LatencyMs); }
    bool healthy() const
    {
        return known() && !(errorRate >= errorRateLimit) && !(p95LatencyMs >= p95LatencyLimitMs);
    }
};

// "Advance the rollout of the winner": proposed when an experiment has a winner
// and its guardrails are healthy; held (with the reason) when they are not.
struct RolloutProposal
{
    QString experimentId;
    FlagChange change;
    bool guardrailsHealthy = false;
    QVector<GuardrailReading> guardrails;
};

// One approved flag change and how it ended: a view of a FlagChange action in
// the actions engine's store (Actions::FlagActions::audit).
struct FlagAuditEntry
{
    qint64 actionId = 0;    // the action in the actions engine's store
    qint64 atMs = 0;
    QString approvedBy;
    FlagChange change;
    QString request;        // the dry run that was approved
    bool succeeded = false;
    bool verified = false;
    bool pending = false;   // approved, not finished yet
    QString message;
};

// What the flags view shows, computed off the GUI thread and handed over whole.
struct FlagsSnapshot
{
    quint64 generation = 0;
    qint64 atMs = 0;
    QVector<SourceFlags> sources;
    QVector<Experiments::ExperimentReportPtr> experiments;
    QVector<RolloutProposal> proposals;
    QVector<FlagAuditEntry> audit; // newest first
    // Experiment id -> why its counts could not be read from the metrics source.
    QHash<QString, QString> countsProblems;

    const SourceFlags *source(const QString &sourceId) const;
    // Experiments whose flag is `feature` (in any environment).
    QVector<Experiments::ExperimentReportPtr> experimentsUsing(const QString &feature) const;
};
using FlagsSnapshotPtr = std::shared_ptr<const FlagsSnapshot>;

} // namespace Flags

Q_DECLARE_METATYPE(Flags::FlagsSnapshotPtr)
