#pragma once

#include "core/flags/flagtypes.h"

#include <QByteArray>
#include <QMetaType>

namespace Flags {

// One HTTP call to Unleash's Admin API, exactly as it will be sent.
struct AdminRequest
{
    QByteArray method;  // GET, POST, PUT, PATCH, DELETE
    QString path;       // /api/admin/..., percent-encoded
    QByteArray body;    // JSON; empty for none
};

// A change to a flag that runs only after the operator approves it: turn a flag on
// or off in one environment, set the rollout percentage of a gradual-rollout
// strategy, or set the weights of its variants (advance an experiment's winner).
//
// It is a value with a dry run: request() is the exact call that will be made and
// describe() the sentence the operator approves. Rollout and weight changes carry
// the value they were based on and send it as a JSON Patch "test": if someone
// changed the strategy in the meantime Unleash refuses the whole patch and nothing
// is overwritten. (The actions engine's approval queue and audit log can take
// these as they are: an executor calls UnleashConnector::apply.)
struct FlagChange
{
    enum class Kind { Enable, Disable, SetRollout, SetVariantWeights };

    Kind kind = Kind::Enable;
    QString sourceId;
    QString project;
    QString feature;
    QString environment;
    QString strategyId;      // SetRollout, SetVariantWeights
    int rolloutBefore = -1;  // SetRollout: the percentage the change was based on
    int rollout = -1;        // SetRollout: 0..100
    QVector<Variant> variantsBefore; // SetVariantWeights
    QVector<Variant> variants;       // SetVariantWeights: the new list, weights summing to 1000
    QString reason;          // why it was proposed (empty for the operator's own changes)

    bool isValid() const;
    AdminRequest request() const;
    // "Turn on checkout.new-flow in production", translated.
    QString describe() const;
    // "PATCH /api/admin/projects/… {json}": what the dry run shows.
    QString dryRun() const;
    // Same change, same key: lets an executor recognise a retry.
    QString idempotencyKey() const;
    // The value after the change, to verify by reading the flag back.
    bool isAppliedIn(const Feature &feature) const;
};

// What happened when a change ran.
struct FlagChangeOutcome
{
    quint64 requestId = 0;
    FlagChange change;
    bool succeeded = false;
    bool verified = false;   // read back from the source and found as intended
    QString message;         // translated: the failure, or what was verified
    qint64 atMs = 0;
};

} // namespace Flags

Q_DECLARE_METATYPE(Flags::FlagChange)
Q_DECLARE_METATYPE(Flags::FlagChangeOutcome)
