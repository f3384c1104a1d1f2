#pragma once

#include "core/cost/pricetable.h"
#include "core/report/reporttypes.h"
#include "core/util/result.h"

#include <atomic>

class QSqlDatabase;

namespace Report {

// The cost section of a report, from the local store's hourly usage and the price
// tables only (no source, no provider API): what each service cost in the period by
// resource, the month to date and the forecast to the month's end at the period's end,
// and the savings the cost view would recommend then. Every table is rounded to cents
// with Cost::ControlledRounding, so its printed rows add up exactly to its totals.
class CostGatherer final
{
public:
    explicit CostGatherer(Cost::PriceCatalogPtr catalog);

    // Fills data.cost and every project's cost; `data` already holds the projects.
    Util::Result<bool> gather(QSqlDatabase &db, const Model::Workspace &workspace, ReportData &data,
                              const std::atomic_bool *cancel = nullptr) const;

private:
    Cost::PriceCatalogPtr m_catalog;
};

} // namespace Report
