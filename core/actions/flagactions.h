#pragma once

#include "core/actions/actiontypes.h"
#include "core/flags/flagchange.h"
#include "core/flags/flagsnapshot.h"

#include <QJsonObject>

#include <optional>

namespace Actions {

// How a feature-flag change (Flags::FlagChange) travels through the actions
// engine: recorded as a Proposal of kind FlagChange with the change in its facts,
// approved by the operator who asked for it, run by the FlagExecutor (provider
// "flags"), verified by reading the flag back. Everything here is a pure function
// of values, so the store, the engine, the executor and the flags view agree on
// one encoding.
class FlagActions final
{
public:
    static QString provider();

    static QJsonObject toJson(const Flags::FlagChange &change);
    static std::optional<Flags::FlagChange> fromJson(const QJsonObject &o);

    // The proposal an operator's approved change is recorded as.
    // `requestId` is the flag view's id for the change (FlagService::apply), kept
    // so the outcome can answer it.
    static Proposal proposal(const Flags::FlagChange &change, const QString &actor, quint64 requestId = 0);
    static std::optional<Flags::FlagChange> changeOf(const Proposal &proposal);
    // What a restart replays of a flag action: a verified (Succeeded, applied) one
    // only; nothing for any other record. The actions engine at start and the
    // fleet engine on each inbox build it here, so both agree.
    static std::optional<AppliedChange> appliedChange(const ActionRecord &record);
    // What the executor is given: the change and the action's key (the key marks
    // the flag's state as "carried" when it is read back as intended).
    static QJsonObject targetConfig(const Proposal &proposal, const QString &idempotencyKey);
    static std::optional<Flags::FlagChange> changeOfTarget(const ActionTarget &target);
    static QString keyOfTarget(const ActionTarget &target);

    // The action's idempotency key: FlagChange::idempotencyKey() (same change, same
    // prefix) plus a suffix unique to this action, because the store keeps one
    // action per key and an operator may turn the same flag on again next week.
    static QString idempotencyKey(const Flags::FlagChange &change);

    // The translated sentence for the inbox ("Turn on checkout.new-flow in production").
    static QString describe(const Proposal &proposal);
    // A digest of one flag environment's state (on/off, strategies, variants): the
    // "revision" the reconciler compares before and after.
    static QString stateDigest(const Flags::Feature &feature, const QString &environment);
    // What observe() reports for the change's flag in what a source answered.
    static ProviderState stateOf(const ActionTarget &target, const Flags::SourceFlags &flags);

    // Flag actions of the inbox (in flight and decided), newest first, as the flags
    // view lists them.
    static QVector<Flags::FlagAuditEntry> audit(const InboxSnapshot &inbox);
    static Flags::FlagAuditEntry auditEntry(const ActionRecord &record);
    // "Read back: the flag holds the new state." (translated)
    static QString verifiedNote();
    // Someone else changed the flag between approval and a restart's reconciliation.
    static QString divergedNote();
    // A decided flag action as the outcome the flags view reports.
    static Flags::FlagChangeOutcome outcome(const ActionRecord &record);
};

} // namespace Actions
