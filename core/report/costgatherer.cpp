#include "core/report/costgatherer.h"

#include "core/cost/costanalyzer.h"
#include "core/cost/costmodel.h"
#include "core/report/reportgatherer.h"
#include "core/store/samplestore.h"

#include <QHash>
#include <QSqlDatabase>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Report {

namespace {

// Cents of one row of a rounded table, by resource.
void fillRow(CostFigures &figures, const Cost::RoundedTable &cents, int row)
{
    for (int c = 0; c < Cost::kResourceCount; ++c)
        figures.period[size_t(c)] = cents.cell(row, c);
    figures.periodTotal = cents.rowTotals.at(row);
}

void add(CostFigures &sum, const CostFigures &part)
{
    for (size_t c = 0; c < sum.period.size(); ++c)
        sum.period[c] += part.period[c];
    sum.periodTotal += part.periodTotal;
    sum.monthToDate += part.monthToDate;
    sum.monthEnd += part.monthEnd;
}

// Month figures of one row of the analyzer's table for a period, 0 when it is not there.
qint64 monthCents(const Cost::CostTable &table, const QString &rowId)
{
    const qsizetype row = table.rowIds.indexOf(rowId);
    return row < 0 ? 0 : table.cents.rowTotals.at(row);
}

} // namespace

CostGatherer::CostGatherer(Cost::PriceCatalogPtr catalog) : m_catalog(std::move(catalog)) { }

Util::Result<bool> CostGatherer::gather(QSqlDatabase &db, const Model::Workspace &workspace, ReportData &data,
                                        const std::atomic_bool *cancel) const
{
    if (!m_catalog)
        return false;
    const ReportRequest &request = data.request;
    QTimeZone zone = request.timeZoneId.isEmpty() ? QTimeZone::systemTimeZone()
                                                  : QTimeZone(request.timeZoneId.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const Cost::BillingCalendar calendar(zone);

    // The usage the analyzer needs at the period's end (this month and the rules'
    // windows), stretched back to the period's start when the period is longer.
    const Store::SampleStore store(db);
    QVector<Store::StoredSeries> series;
    qint64 usageFrom = request.fromMs;
    QVector<Engine::HistoryRequest> history = Cost::CostAnalyzer::historyRequests(workspace, request.toMs, calendar);
    if (!history.isEmpty())
        history.first().fromMs = std::min(history.first().fromMs, request.fromMs);
    for (const Engine::HistoryRequest &h : std::as_const(history)) {
        usageFrom = std::min(usageFrom, h.fromMs);
        for (const Model::SeriesKey &key : h.series) {
            if (cancel && cancel->load())
                return ReportGatherer::cancelledError();
            auto read = store.read(key, h.fromMs, request.toMs - 1, Store::Resolution::OneHour);
            if (!read)
                return read.error();
            series.append(std::move(read).value());
        }
    }
    const QHash<QString, Cost::ServiceUsage> usage = Cost::CostAnalyzer::usageFrom(series, usageFrom, request.toMs);

    Cost::CostInputs inputs;
    inputs.workspace = std::make_shared<const Model::Workspace>(workspace);
    inputs.catalog = m_catalog;
    inputs.zone = zone;
    inputs.nowMs = request.toMs;
    const Cost::CostReportPtr report = Cost::CostAnalyzer::analyze(inputs, usage);
    const Cost::CostModel model(m_catalog, calendar);

    // The period's charges, rounded as one table over the projects in the report.
    QVector<int> projectOfGroup;
    QVector<const Model::Service *> rows;
    Cost::RoundingInput rounding;
    rounding.columns = Cost::kResourceCount;
    for (qsizetype p = 0; p < data.projects.size(); ++p) {
        const QString &projectId = data.projects.at(p).project.id;
        int group = -1;
        for (const Model::Service &s : workspace.services) {
            if (s.projectId != projectId)
                continue;
            if (!model.tableFor(s)) {
                data.projects[p].cost.unpriced.append(s.name.isEmpty() ? s.id : s.name);
                continue;
            }
            if (group < 0) {
                group = int(projectOfGroup.size());
                projectOfGroup.append(int(p));
            }
            rows.append(&s);
            rounding.groupOfRow.append(group);
            const Cost::ResourceAmounts charged = model.charge(s, usage.value(s.id), request.fromMs, request.toMs);
            for (const Cost::Money &m : charged.amounts)
                rounding.micros.append(m.micros());
        }
    }
    rounding.groups = int(projectOfGroup.size());
    const Cost::RoundedTable period = rows.isEmpty() ? Cost::RoundedTable{} : Cost::ControlledRounding::round(rounding);

    const Cost::CostTable &monthToDate = report->tables[size_t(Cost::Period::MonthToDate)];
    const Cost::CostTable &monthEnd = report->tables[size_t(Cost::Period::MonthEnd)];
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const Model::Service &s = *rows.at(r);
        CostLine line;
        line.serviceId = s.id;
        line.name = s.name.isEmpty() ? s.id : s.name;
        fillRow(line.cents, period, int(r));
        line.cents.monthToDate = monthCents(monthToDate, s.id);
        line.cents.monthEnd = monthCents(monthEnd, s.id);
        ProjectCost &cost = data.projects[projectOfGroup.at(rounding.groupOfRow.at(r))].cost;
        cost.services.append(line);
        add(cost.total, line.cents);
    }

    for (ProjectReport &p : data.projects) {
        for (const auto *list : {&report->recommendations, &report->regionRecommendations})
            for (const Cost::Recommendation &r : *list)
                if (r.projectId == p.project.id)
                    p.cost.recommendations.append(r);
        std::stable_sort(p.cost.recommendations.begin(), p.cost.recommendations.end(),
                         [](const Cost::Recommendation &a, const Cost::Recommendation &b) {
                             return a.monthlySaving > b.monthlySaving;
                         });
        add(data.cost.total, p.cost.total);
    }

    // Plan fees belong to the workspace, not to a project: only in its whole report.
    if (request.projectId.isEmpty()) {
        for (const Cost::PlanCost &plan : report->plans) {
            const QString rowId = u"plan:"_s + plan.pricing + u':' + plan.plan;
            CostLine line;
            line.name = plan.name;
            line.cents.monthToDate = monthCents(monthToDate, rowId);
            line.cents.monthEnd = monthCents(monthEnd, rowId);
            data.cost.plans.append(line);
            add(data.cost.total, line.cents);
        }
    }
    data.cost.computed = true;
    data.cost.monthStartMs = report->monthStartMs;
    data.cost.monthEndMs = report->monthEndMs;
    data.cost.priceSources = report->priceSources;
    data.cost.warnings = report->warnings;
    return true;
}

} // namespace Report
