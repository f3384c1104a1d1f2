#pragma once

#include "core/actions/actioncontext.h"
#include "core/actions/scalingpolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace Actions {

// Where proposals come from and how duplicates are folded (DESIGN §6): target
// tracking on every evaluation, predictive pre-scaling from traffic forecasts,
// rounds of diagnoses over day-long histories, and the provider observations
// (deploys) the diagnoses read. Every proposal goes through raise(), which folds
// a proposal into the open one with the same remedy and keeps one change of a kind
// per service at a time.
class ProposalIntake final
{
    Q_DISABLE_COPY_MOVE(ProposalIntake)
public:
    explicit ProposalIntake(ActionContext &context);

    // The engine starts working: the first diagnosis round waits for the wall clock.
    void start() { m_diagnoseWall.start(); }
    // A new snapshot while running: every cadence that is due.
    void onSnapshot(qint64 now);
    // Runs every cadence at the next snapshot (tests; "refresh now").
    void makeDue();
    // The workspace changed: rounds in progress start over.
    void resetRounds();

    // Answers addressed to the intake; false when the answer is someone else's.
    bool onHistory(const HistoryJob &job, const Engine::HistoryResult &history);
    bool onObserved(quint64 requestId, const QVector<ProviderState> &states);

    void raise(const Proposal &proposal, qint64 ttlMs, bool shadow);
    void expireOpen(qint64 now);
    // An operator's scaling target changed: the policy starts from scratch.
    void forgetPolicy(const QString &serviceId) { m_policy.forget(serviceId); }

private:
    void evaluateScaling(qint64 now);
    void evaluatePredictive(qint64 now);
    void startDiagnosisRound(qint64 now);
    void requestNextDiagnosis();
    void diagnose(const QString &serviceId, const Engine::HistoryResult &history);
    void startForecastRound(qint64 now);
    void requestNextForecast();
    void runForecast(const QString &serviceId, const Engine::HistoryResult &history);
    void expireObsolete(const QString &serviceId, Trigger trigger, const QStringList &stillValid, const QString &why);

    ActionContext &m_ctx;
    ScalingPolicy m_policy;

    qint64 m_lastEvaluateMs = 0;
    qint64 m_lastDiagnoseMs = 0;
    qint64 m_lastObserveMs = 0;
    quint64 m_observeRequest = 0;
    int m_diagnoseCursor = 0;
    QElapsedTimer m_diagnoseWall;
    bool m_diagnoseNow = false;             // makeDue(): do not wait for the wall clock
    QSet<QString> m_diagnosing;             // services of the current round not diagnosed yet
    QStringList m_diagnosisQueue;           // ... and not asked for yet
    struct DiagnosisParts
    {
        int waiting = 0;
        QHash<Model::SeriesKey, QVector<Store::StoredPoint>> series;
    };
    QHash<QString, DiagnosisParts> m_diagnosisParts; // service -> history gathered so far

    qint64 m_lastForecastMs = 0;
    int m_forecastCursor = 0;
    QStringList m_forecastQueue;            // services of the current forecast round
    bool m_forecasting = false;             // one forecast (history + fit) in flight
    bool m_forecastNow = false;
};

} // namespace Actions
