#include "core/business/businessmetrics.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Business {

namespace {

std::optional<double> ratio(std::optional<double> a, std::optional<double> b)
{
    if (!a || !b || *b == 0.0)
        return std::nullopt;
    return *a / *b;
}

std::optional<double> units(const std::optional<qint64> &v)
{
    return v ? std::optional<double>(double(*v)) : std::nullopt;
}

std::optional<double> units(const std::optional<Cost::Money> &v)
{
    return v ? std::optional<double>(v->toUnits()) : std::nullopt;
}

} // namespace

ProjectKpis BusinessMetrics::compute(const QString &projectId, QVector<BusinessRecord> records,
                                     const QVector<Cost::MonthCost> &costs)
{
    ProjectKpis out;
    out.projectId = projectId;
    records.erase(std::remove_if(records.begin(), records.end(),
                                 [&](const BusinessRecord &r) { return r.projectId != projectId; }),
                  records.end());
    std::sort(records.begin(), records.end(),
              [](const BusinessRecord &a, const BusinessRecord &b) { return a.month < b.month; });
    const BusinessRecord *previous = nullptr;
    for (const BusinessRecord &r : records) {
        KpiRow row;
        row.month = r.month;
        row.source = r.source;
        row.revenue = units(r.revenue);
        for (const Cost::MonthCost &c : costs) {
            if (c.projectId == projectId && c.month == r.month) {
                row.infraCost = c.total.toUnits();
                row.costCoverage = c.coverage;
            }
        }
        row.revenuePerUser = ratio(row.revenue, units(r.activeUsers));
        row.conversion = ratio(units(r.newCustomers), units(r.visitors));
        std::optional<double> start;
        if (previous && previous->customers)
            start = double(*previous->customers);
        else if (r.customers && r.newCustomers && r.churnedCustomers)
            start = double(*r.customers - *r.newCustomers + *r.churnedCustomers);
        row.churn = ratio(units(r.churnedCustomers), start);
        row.cac = ratio(units(r.marketingSpend), units(r.newCustomers));
        row.costPerUser = ratio(row.infraCost, units(r.activeUsers));
        if (row.revenue && row.infraCost && *row.revenue > 0)
            row.margin = (*row.revenue - *row.infraCost) / *row.revenue;
        // Revenue per average paying customer this month, kept for as many months
        // as churn lets a customer stay (1 / churn), at the gross margin.
        std::optional<double> averageCustomers;
        if (start && r.customers)
            averageCustomers = (*start + double(*r.customers)) / 2.0;
        else if (r.customers)
            averageCustomers = double(*r.customers);
        const auto revenuePerCustomer = ratio(row.revenue, averageCustomers);
        if (revenuePerCustomer && row.churn && *row.churn > 0)
            row.ltv = *revenuePerCustomer * std::max(0.0, row.margin.value_or(1.0)) / *row.churn;
        out.months.append(row);
        previous = &r;
    }
    return out;
}

BusinessReportPtr BusinessMetrics::report(const QVector<QString> &projectIds, const QVector<BusinessRecord> &records,
                                          const QVector<Cost::MonthCost> &costs, DataSource dataSource,
                                          const QHash<QString, QStringList> &problems)
{
    auto report = std::make_shared<BusinessReport>();
    report->dataSource = dataSource;
    for (const QString &id : projectIds) {
        ProjectKpis kpis = compute(id, records, costs);
        if (!kpis.months.isEmpty() || problems.contains(id)) {
            kpis.queryProblems = problems.value(id);
            report->projects.append(std::move(kpis));
        }
    }
    return report;
}

std::optional<double> BusinessMetrics::value(const KpiRow &row, Kpi kpi)
{
    switch (kpi) {
    case Kpi::Revenue: return row.revenue;
    case Kpi::RevenuePerUser: return row.revenuePerUser;
    case Kpi::Conversion: return row.conversion;
    case Kpi::Churn: return row.churn;
    case Kpi::Ltv: return row.ltv;
    case Kpi::Cac: return row.cac;
    case Kpi::CostPerUser: return row.costPerUser;
    case Kpi::Margin: return row.margin;
    case Kpi::Count: break;
    }
    return std::nullopt;
}

std::optional<double> BusinessMetrics::change(const ProjectKpis &project, qsizetype month, Kpi kpi)
{
    if (month <= 0 || month >= project.months.size())
        return std::nullopt;
    const auto now = value(project.months.at(month), kpi);
    const auto before = value(project.months.at(month - 1), kpi);
    if (!now || !before || *before == 0.0)
        return std::nullopt;
    return (*now - *before) / std::abs(*before);
}

QString BusinessMetrics::label(Kpi kpi)
{
    switch (kpi) {
    case Kpi::Revenue: return tr("Revenue");
    case Kpi::RevenuePerUser: return tr("Revenue per user");
    case Kpi::Conversion: return tr("Conversion");
    case Kpi::Churn: return tr("Churn");
    case Kpi::Ltv: return tr("LTV");
    case Kpi::Cac: return tr("CAC");
    case Kpi::CostPerUser: return tr("Cost per user");
    case Kpi::Margin: return tr("Margin");
    case Kpi::Count: break;
    }
    return {};
}

QString BusinessMetrics::describe(DataSource source)
{
    switch (source) {
    case DataSource::None: return tr("No business figures yet: import a CSV file (File > Import business figures).");
    case DataSource::Demo: return tr("Simulated by the demo fleet; imported figures replace them month by month.");
    case DataSource::Imported: return tr("Imported figures.");
    case DataSource::ImportedAndDemo: return tr("Imported figures, with the demo's where none were imported.");
    case DataSource::Queried:
        return tr("From the projects' business PromQL queries; a month imported from CSV replaces the queried one.");
    }
    return {};
}

bool BusinessMetrics::isRatio(Kpi kpi)
{
    return kpi == Kpi::Conversion || kpi == Kpi::Churn || kpi == Kpi::Margin;
}

QString BusinessMetrics::describeSources(const ProjectKpis &project)
{
    QStringList promql, csv, demo;
    const QLocale locale;
    for (const KpiRow &row : project.months) {
        const QString month = locale.toString(QDate::fromString(row.month + u"-01"_s, Qt::ISODate), u"MMM yyyy"_s);
        if (row.source == u"promql")
            promql.append(month);
        else if (row.source == u"csv")
            csv.append(month);
        else if (row.source == u"demo")
            demo.append(month);
    }
    QStringList parts;
    if (!promql.isEmpty())
        parts.append(tr("From PromQL: %1.").arg(promql.join(u", "_s)));
    if (!csv.isEmpty())
        parts.append(tr("From the CSV import: %1.").arg(csv.join(u", "_s)));
    if (!demo.isEmpty())
        parts.append(tr("Simulated by the demo: %1.").arg(demo.join(u", "_s)));
    return parts.join(u' ');
}

} // namespace Business
