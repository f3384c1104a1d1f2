#pragma once

#include "core/actions/actioncontext.h"

#include <QHash>

namespace Actions {

// Judges what an applied action did and learns from it: after the settle time the
// verification window's readings decide success or failure; a scaling that did
// not help is scaled back when its rule says so; every verdict on a diagnosed
// pattern's fix goes to the knowledge base, which ranks the fixes next time.
// Forecast-only (shadow) proposals are scored once their peak has passed.
class OutcomeJudge final
{
    Q_DISABLE_COPY_MOVE(OutcomeJudge)
public:
    explicit OutcomeJudge(ActionContext &context);

    // A verifying action: asks for its window's readings once the window is over.
    void check(const ActionRecord &record, qint64 now);
    // A shadow proposal: asks for the traffic around its peak once it has passed.
    void scoreShadow(const ActionRecord &record, qint64 now);

    // Answers addressed to the judge; false when the answer is someone else's.
    bool onHistory(const HistoryJob &job, const Engine::HistoryResult &history);
    // The provider's answer to a scale-back.
    void onReverted(qint64 actionId, const ExecutionResult &result);

private:
    void finishVerification(qint64 actionId, const Engine::HistoryResult &history);
    void finishShadowScore(qint64 actionId, const Engine::HistoryResult &history);
    // The final verdict on an applied action, recorded in the knowledge base.
    void conclude(qint64 actionId, ActionState to, const OutcomeInfo &outcome, const QString &reason);
    void learn(qint64 actionId, bool worked);

    ActionContext &m_ctx;
    QHash<qint64, OutcomeInfo> m_pendingOutcome; // verification verdicts waiting for a revert
};

} // namespace Actions
