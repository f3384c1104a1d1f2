#pragma once

#include "core/cost/geoadvisor.h"
#include "core/cost/recommender.h"
#include "core/engine/history.h"

#include <QCoreApplication>
#include <QHash>

namespace Cost {

// What one cost report is computed from; a value, so it can go to a pool thread.
struct CostInputs
{
    Model::WorkspacePtr workspace;
    PriceCatalogPtr catalog;
    QTimeZone zone = QTimeZone::utc();
    qint64 nowMs = 0;
    RecommendationSettings recommendations;
    GeoSettings geography;
};

// From stored history to a CostReport: usage grids, costs per period, plans, past
// months, savings and region recommendations. Pure functions, run on a pool thread.
class CostAnalyzer final
{
    Q_DECLARE_TR_FUNCTIONS(Cost::CostAnalyzer)
public:
    static constexpr qint64 kStepMs = 3'600'000; // usage is read hourly

    // The series a report needs, as two requests: replicas, CPU, memory and RPS of
    // every service from the first day of the month `monthsBack` months ago (and at
    // least the rules' windows) to now; RPS and latency of every region it serves
    // over the geography window only (they are most of the series).
    static QVector<Engine::HistoryRequest> historyRequests(const Model::Workspace &workspace, qint64 nowMs,
                                                           const BillingCalendar &calendar, int monthsBack = 2,
                                                           int regionDays = 8);
    // Stored points of any resolution onto hourly grids over [fromMs, toMs) (a series
    // starting later is padded with missing values).
    static QHash<QString, ServiceUsage> usageFrom(const QVector<Store::StoredSeries> &series, qint64 fromMs,
                                                  qint64 toMs);
    static CostReportPtr analyze(const CostInputs &inputs, const QHash<QString, ServiceUsage> &usage);
    // The display table of one period (projects in workspace order, then plans).
    static CostTable table(const Model::Workspace &workspace, const CostReport &report, Period period);
};

} // namespace Cost
