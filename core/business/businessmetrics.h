#pragma once

#include "core/business/businesstypes.h"
#include "core/cost/costtypes.h"

#include <QHash>

namespace Business {

// Revenue per user, conversion, churn, LTV and CAC per project and month, with the
// infrastructure cost per user and the margin beside them (docs/cost.md):
// - revenue per user = revenue / active users; conversion = new customers / visitors;
// - churn = churned / customers at the month's start (last month's customers, else
//   this month's customers - new + churned);
// - LTV = revenue per average customer x gross margin / churn, where the gross margin
//   counts the infrastructure cost only (1 when it is not known);
// - CAC = marketing spend / new customers; cost per user = infra cost / active users;
//   margin = (revenue - infra cost) / revenue.
class BusinessMetrics final
{
    Q_DECLARE_TR_FUNCTIONS(Business::BusinessMetrics)
public:
    // `records`: one project's months in any order; `costs`: the cost report's month
    // costs (any projects). Oldest month first.
    static ProjectKpis compute(const QString &projectId, QVector<BusinessRecord> records,
                               const QVector<Cost::MonthCost> &costs);
    static BusinessReportPtr report(const QVector<QString> &projectIds, const QVector<BusinessRecord> &records,
                                    const QVector<Cost::MonthCost> &costs, DataSource dataSource,
                                    const QHash<QString, QStringList> &problems = {});
    // Which months came from PromQL and which from CSV or the demo, for the view.
    static QString describeSources(const ProjectKpis &project);

    static std::optional<double> value(const KpiRow &row, Kpi kpi);
    // Relative change from the month before (0.1 = +10 %), where both are known.
    static std::optional<double> change(const ProjectKpis &project, qsizetype month, Kpi kpi);
    static QString label(Kpi kpi);
    // A sentence on where the figures came from, in the current language.
    static QString describe(DataSource source);
    // Money KPIs are shown with a currency, ratios as percentages.
    static bool isRatio(Kpi kpi);
};

} // namespace Business
