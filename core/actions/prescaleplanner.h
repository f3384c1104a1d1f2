#pragma once

#include "core/actions/actiontypes.h"

namespace Actions {

// What predictive pre-scaling looks at for one service.
struct PreScaleInput
{
    qint64 nowMs = 0;
    ForecastEvidence forecast;         // requests/s ahead, with its 95% band and backtest accuracy
    int currentReplicas = 0;
    double currentRps = kNoValue;      // observed now
    double capacityPerReplica = kNoValue; // requests/s one replica serves at the scaling target
    qint64 startupMs = 2 * 60'000;     // provider's time from "scale" to "serving"
    qint64 noticeMs = 30 * 60'000;     // raise the proposal this long before it must run
    qint64 marginMs = 5 * 60'000;      // extra lead on top of the start-up time
    Guardrails guardrails;
    double minConfidence = 0.70;
};

struct PreScalePlan
{
    bool propose = false;
    bool up = true;
    int toReplicas = 0;
    qint64 needFromMs = 0;     // when the forecast first needs more than is running
    qint64 executeByMs = 0;    // needFrom - start-up - margin
    qint64 peakMs = 0;
    double peakRps = kNoValue;
    double peakLower = kNoValue;
    double peakUpper = kNoValue;
    double confidence = 0.0;
    QString skipped;           // translated, why nothing is proposed
};

// Predictive pre-scaling (docs/actions.md): scale up far enough ahead of a forecast
// peak to cover the provider's start-up time, and back down after it. The
// confidence combines the width of the forecast's 95% band at the peak with its
// backtest accuracy; plans under the threshold are not raised. A forecast never
// scales in below what the current load needs.
class PreScalePlanner final
{
public:
    static PreScalePlan planUp(const PreScaleInput &input);
    // After a peak: how far the forecast for the coming `lookaheadMs` lets the
    // service shrink, never under what the current load needs.
    static PreScalePlan planDown(const PreScaleInput &input, qint64 lookaheadMs);

    // sqrt(interval score × accuracy): interval score = 1 - half-width / point at the peak.
    static double confidence(double point, double lower, double upper, double accuracy);
    static int replicasFor(double rps, double capacityPerReplica);
};

} // namespace Actions
