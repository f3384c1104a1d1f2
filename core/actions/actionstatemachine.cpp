#include "core/actions/actionstatemachine.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

constexpr std::array kTransitions = {
    std::pair{ActionState::Proposed, ActionState::Approved},
    std::pair{ActionState::Proposed, ActionState::Rejected},
    std::pair{ActionState::Proposed, ActionState::Expired},
    std::pair{ActionState::Approved, ActionState::Executing},
    std::pair{ActionState::Approved, ActionState::Failed},
    std::pair{ActionState::Approved, ActionState::DryRun},
    std::pair{ActionState::Executing, ActionState::Verifying},
    std::pair{ActionState::Executing, ActionState::Failed},
    std::pair{ActionState::Verifying, ActionState::Succeeded},
    std::pair{ActionState::Verifying, ActionState::Failed},
    std::pair{ActionState::Verifying, ActionState::RolledBack},
};

struct StateName
{
    ActionState state;
    const char16_t *id;
};

constexpr std::array kStateIds = {
    StateName{ActionState::Proposed, u"proposed"},   StateName{ActionState::Approved, u"approved"},
    StateName{ActionState::Rejected, u"rejected"},   StateName{ActionState::Expired, u"expired"},
    StateName{ActionState::Executing, u"executing"}, StateName{ActionState::Verifying, u"verifying"},
    StateName{ActionState::Succeeded, u"succeeded"}, StateName{ActionState::Failed, u"failed"},
    StateName{ActionState::RolledBack, u"rolled_back"}, StateName{ActionState::DryRun, u"dry_run"},
};

} // namespace

bool ActionStateMachine::canTransition(ActionState from, ActionState to)
{
    for (const auto &[a, b] : kTransitions) {
        if (a == from && b == to)
            return true;
    }
    return false;
}

bool ActionStateMachine::isTerminal(ActionState state)
{
    for (const auto &[a, b] : kTransitions) {
        if (a == state)
            return false;
    }
    return true;
}

bool ActionStateMachine::needsReconciliation(ActionState state)
{
    return state == ActionState::Approved || state == ActionState::Executing || state == ActionState::Verifying;
}

QString ActionStateMachine::stateId(ActionState state)
{
    for (const StateName &s : kStateIds) {
        if (s.state == state)
            return QString::fromUtf16(s.id);
    }
    return QString();
}

std::optional<ActionState> ActionStateMachine::stateFromId(QStringView id)
{
    for (const StateName &s : kStateIds) {
        if (id == QStringView(s.id))
            return s.state;
    }
    return std::nullopt;
}

QString ActionStateMachine::kindId(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Scale: return u"scale"_s;
    case ActionKind::Restart: return u"restart"_s;
    case ActionKind::Rollback: return u"rollback"_s;
    case ActionKind::Manual: return u"manual"_s;
    case ActionKind::FlagChange: return u"flag_change"_s;
    }
    return QString();
}

std::optional<ActionKind> ActionStateMachine::kindFromId(QStringView id)
{
    for (ActionKind k : {ActionKind::Scale, ActionKind::Restart, ActionKind::Rollback, ActionKind::Manual,
                         ActionKind::FlagChange}) {
        if (kindId(k) == id)
            return k;
    }
    return std::nullopt;
}

QString ActionStateMachine::triggerId(Trigger trigger)
{
    switch (trigger) {
    case Trigger::TargetTracking: return u"target_tracking"_s;
    case Trigger::Predictive: return u"predictive"_s;
    case Trigger::Diagnosis: return u"diagnosis"_s;
    }
    return QString();
}

std::optional<Trigger> ActionStateMachine::triggerFromId(QStringView id)
{
    for (Trigger t : {Trigger::TargetTracking, Trigger::Predictive, Trigger::Diagnosis}) {
        if (triggerId(t) == id)
            return t;
    }
    return std::nullopt;
}

QString ActionStateMachine::stateLabel(ActionState state)
{
    switch (state) {
    case ActionState::Proposed: return QCoreApplication::translate("Actions", "Proposed");
    case ActionState::Approved: return QCoreApplication::translate("Actions", "Approved");
    case ActionState::Rejected: return QCoreApplication::translate("Actions", "Rejected");
    case ActionState::Expired: return QCoreApplication::translate("Actions", "Expired");
    case ActionState::Executing: return QCoreApplication::translate("Actions", "Executing");
    case ActionState::Verifying: return QCoreApplication::translate("Actions", "Verifying");
    case ActionState::Succeeded: return QCoreApplication::translate("Actions", "Succeeded");
    case ActionState::Failed: return QCoreApplication::translate("Actions", "Failed");
    case ActionState::RolledBack: return QCoreApplication::translate("Actions", "Rolled back");
    case ActionState::DryRun: return QCoreApplication::translate("Actions", "Dry run (not sent)");
    }
    return QString();
}

QString ActionStateMachine::kindLabel(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Scale: return QCoreApplication::translate("Actions", "Scale");
    case ActionKind::Restart: return QCoreApplication::translate("Actions", "Restart");
    case ActionKind::Rollback: return QCoreApplication::translate("Actions", "Roll back");
    case ActionKind::Manual: return QCoreApplication::translate("Actions", "Manual fix");
    case ActionKind::FlagChange: return QCoreApplication::translate("Actions", "Flag change");
    }
    return QString();
}

QString ActionStateMachine::triggerLabel(Trigger trigger)
{
    switch (trigger) {
    case Trigger::TargetTracking: return QCoreApplication::translate("Actions", "Target tracking");
    case Trigger::Predictive: return QCoreApplication::translate("Actions", "Forecast");
    case Trigger::Diagnosis: return QCoreApplication::translate("Actions", "Diagnosis");
    }
    return QString();
}

} // namespace Actions
