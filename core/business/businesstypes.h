#pragma once

// Plain value types of the business domain: what a project reports each month and
// the figures derived from it. Immutable once shared between threads.

#include "core/cost/money.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

namespace Business {

// One project's business figures for one calendar month, as imported (CSV), queried
// (PromQL) or simulated (the demo). Unknown figures are empty, never zero.
struct BusinessRecord
{
    QString projectId;
    QString month;                         // YYYY-MM
    std::optional<qint64> visitors;        // unique visitors
    std::optional<qint64> activeUsers;     // users active in the month
    std::optional<qint64> newCustomers;    // became paying customers in the month
    std::optional<qint64> customers;       // paying customers at the month's end
    std::optional<qint64> churnedCustomers;// stopped paying in the month
    std::optional<Cost::Money> revenue;
    std::optional<Cost::Money> marketingSpend; // what acquiring customers cost
    QString source;                        // "csv", "demo", "promql"

    friend bool operator==(const BusinessRecord &, const BusinessRecord &) = default;
};

// The figures of one month, derived from a record, the month before and the
// project's infrastructure cost. Empty where an input is missing or a divisor is 0.
struct KpiRow
{
    QString month;
    std::optional<double> revenue;         // currency units
    std::optional<double> revenuePerUser;  // revenue / active users
    std::optional<double> conversion;      // new customers / visitors, 0..1
    std::optional<double> churn;           // churned / customers at the start, 0..1
    std::optional<double> ltv;             // revenue per customer x gross margin / churn
    std::optional<double> cac;             // marketing spend / new customers
    std::optional<double> infraCost;       // the project's cost that month
    std::optional<double> costPerUser;     // infra cost / active users
    std::optional<double> margin;          // (revenue - infra cost) / revenue
    double costCoverage = 0;               // share of the month the cost covers
    QString source;                        // where the month's figures came from: csv, promql, demo
};

// The KPIs a trend can be drawn for.
enum class Kpi : quint8 { Revenue, RevenuePerUser, Conversion, Churn, Ltv, Cac, CostPerUser, Margin, Count };
inline constexpr int kKpiCount = static_cast<int>(Kpi::Count);

struct ProjectKpis
{
    QString projectId;
    QVector<KpiRow> months; // oldest first
    // The project's business PromQL queries that failed or gave no data, one line
    // each ("Revenue: parse error ..."), in the current language.
    QStringList queryProblems;
};

// Where a report's figures came from.
enum class DataSource : quint8 { None, Demo, Imported, ImportedAndDemo, Queried };

// Every project's figures, handed to the business view.
struct BusinessReport
{
    QVector<ProjectKpis> projects;
    DataSource dataSource = DataSource::None;
};

using BusinessReportPtr = std::shared_ptr<const BusinessReport>;

} // namespace Business

Q_DECLARE_METATYPE(Business::BusinessReportPtr)
