#pragma once

#include "core/cost/billingcalendar.h"
#include "core/cost/costtypes.h"
#include "core/cost/pricetable.h"
#include "core/model/workspace.h"

#include <QCoreApplication>

namespace Cost {

// What services cost, from their usage and their provider's price table
// (docs/cost.md):
// - compute: each usage bucket overlapping the window is charged for the overlap
//   (partial hours pro rata, to the millisecond); Railway (usage basis) charges the
//   vCPU and memory used = replicas x allocation x measured %; Kubernetes
//   (allocation basis) the requested vCPU and GB, or the node share of a node type;
// - egress: requests x the mean response size; volumes: GB x time, data or not;
// - every resource's charges are summed exactly and rounded once, to the micro-unit.
class CostModel final
{
    Q_DECLARE_TR_FUNCTIONS(Cost::CostModel)
public:
    CostModel(PriceCatalogPtr catalog, BillingCalendar calendar);

    const BillingCalendar &calendar() const { return m_calendar; }
    const PriceCatalog &catalog() const { return *m_catalog; }

    // The table a service is billed by, or null with the reason (translated).
    const PriceTable *tableFor(const Model::Service &service, QString *reason = nullptr) const;

    // Exact charges for [fromMs, toMs), plan fees excluded. `coverage` (optional)
    // receives the share of the window that had replica data.
    ResourceAmounts charge(const Model::Service &service, const ServiceUsage &usage, qint64 fromMs, qint64 toMs,
                           double *coverage = nullptr) const;

    // What one running replica costs per hour, in currency units: allocation x prices
    // for Kubernetes; for Railway the mean of what a replica used over the week
    // before `nowMs` (falling back to its allocation when there is no data).
    double pricePerReplicaHour(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const;
    // The same for an average month (730 hours).
    Money replicaMonthly(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const;

    // Today, month to date and the month-end forecast of one service.
    ServiceCost serviceCost(const Model::Service &service, const ServiceUsage &usage, qint64 nowMs) const;
    // Plan fees and the usage they include, from the services' costs.
    QVector<PlanCost> planCosts(const Model::Workspace &workspace, const QVector<ServiceCost> &services,
                                qint64 nowMs) const;
    // Each project's cost per calendar month the usage covers (plan fees excluded).
    QVector<MonthCost> monthCosts(const Model::Workspace &workspace, const QVector<ServiceUsage> &usage,
                                  qint64 nowMs) const;

    // Hours in an average month, for "per month" figures of recommendations.
    static constexpr double kHoursPerMonth = 730.0;

private:
    double allocationPerHour(const Model::Service &service, const PriceTable &table, qint64 atMs) const;

    PriceCatalogPtr m_catalog;
    BillingCalendar m_calendar;
};

} // namespace Cost
