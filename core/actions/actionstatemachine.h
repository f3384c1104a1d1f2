#pragma once

#include "core/actions/actiontypes.h"

#include <optional>

namespace Actions {

// The life of an action (DESIGN §6, docs/actions.md):
//
//   proposed -> approved | rejected | expired
//   approved -> executing | failed (a guardrail refused) | dry_run
//   executing -> verifying | failed
//   verifying -> succeeded | failed | rolled_back
//
// Every transition is persisted before the step it announces is taken, so a crash
// leaves the action in the state whose work may or may not have happened; start-up
// reconciles exactly those (approved, executing, verifying).
class ActionStateMachine final
{
public:
    static bool canTransition(ActionState from, ActionState to);
    static bool isTerminal(ActionState state);
    // States a restart must pick up again.
    static bool needsReconciliation(ActionState state);

    // Stable identifiers for the store and the audit log; never translated.
    static QString stateId(ActionState state);
    static std::optional<ActionState> stateFromId(QStringView id);
    static QString kindId(ActionKind kind);
    static std::optional<ActionKind> kindFromId(QStringView id);
    static QString triggerId(Trigger trigger);
    static std::optional<Trigger> triggerFromId(QStringView id);

    // Translated, for the inbox.
    static QString stateLabel(ActionState state);
    static QString kindLabel(ActionKind kind);
    static QString triggerLabel(Trigger trigger);
};

} // namespace Actions
