#pragma once

#include "core/actions/actiontypes.h"

#include <QCoreApplication>

namespace Actions {

// The words of a proposal, rendered in the current language from its stored rule
// and facts (so switching language re-renders every open proposal).
class ProposalText final
{
    Q_DECLARE_TR_FUNCTIONS(Actions)
public:
    // "Scale events-api from 3 to 5 replicas", "Restart events-web", ...
    static QString title(const Proposal &proposal);
    // Why: the rule or model that fired and the numbers it saw.
    static QString reason(const Proposal &proposal);
    // "CPU about 58 % afterwards (now 96 %)".
    static QString effect(const Proposal &proposal);
    // "+40,00 $ / month", "-20,00 $ / month", "none".
    static QString costPerMonth(double delta);
    // How the outcome will be judged, and what happens if it fails.
    static QString verification(const Proposal &proposal);
    // The steps of a manual fix, or what the executor will do.
    static QString fixDescription(const QString &fixId);
    // A manual fix as numbered steps for the proposal's provider, ending with what
    // Straja verifies once the operator says it is done. Empty for executed fixes.
    static QString manualChecklist(const Proposal &proposal);
    static QString fixLabel(const QString &fixId);
    static QString confidence(double confidence);

    // Manual fixes Straja cannot carry out on a provider.
    static bool isManualFix(const QString &fixId);
    static ActionKind kindForFix(const QString &fixId);
};

} // namespace Actions
