#pragma once

// Plain value types of the cost domain: usage in, charges, recommendations and the
// report out. Immutable once shared between threads.

#include "core/analysis/analysistypes.h"
#include "core/cost/controlledrounding.h"
#include "core/cost/money.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <array>
#include <memory>

namespace Cost {

// What a charge is for; the cost table has one column per resource.
enum class Resource : quint8 { Cpu, Memory, Node, Egress, Volume, Plan, Count };
inline constexpr int kResourceCount = static_cast<int>(Resource::Count);
QString resourceId(Resource resource);    // stable, for CSV and tests
QString resourceLabel(Resource resource); // translated column header

// One amount per resource.
struct ResourceAmounts
{
    std::array<Money, kResourceCount> amounts{};

    Money &operator[](Resource r) { return amounts[size_t(r)]; }
    Money operator[](Resource r) const { return amounts[size_t(r)]; }
    Money total() const
    {
        Money sum;
        for (Money m : amounts)
            sum += m;
        return sum;
    }
    ResourceAmounts &operator+=(const ResourceAmounts &other)
    {
        for (size_t i = 0; i < amounts.size(); ++i)
            amounts[i] += other.amounts[i];
        return *this;
    }
    friend bool operator==(const ResourceAmounts &, const ResourceAmounts &) = default;
};

// A service's usage as the store has it, on one regular grid (hourly for a month).
// A bucket's value holds for the whole bucket; NaN = no data.
struct ServiceUsage
{
    QString serviceId;
    Analysis::RegularSeries replicas;   // mean running replicas
    Analysis::RegularSeries cpu;        // mean CPU, percent of the request
    Analysis::RegularSeries cpuPeak;    // highest CPU in the bucket
    Analysis::RegularSeries memory;     // memory, percent of the limit
    Analysis::RegularSeries memoryPeak;
    Analysis::RegularSeries rps;        // requests per second
    QHash<QString, Analysis::RegularSeries> regionRps;
    QHash<QString, Analysis::RegularSeries> regionLatency; // p95 ms
};

// The periods the cost view shows.
enum class Period : quint8 { Today, MonthToDate, MonthEnd, Count };
inline constexpr int kPeriodCount = static_cast<int>(Period::Count);

// What one service costs in each period, by resource.
struct ServiceCost
{
    QString serviceId;
    QString projectId;
    QString pricing;              // price table id; empty = not priced
    QString unpricedReason;       // translated, when pricing is empty
    std::array<ResourceAmounts, kPeriodCount> periods{};
    double monthEndLower = 0;     // 95% band of the month-end total, in currency units
    double monthEndUpper = 0;
    double pricePerReplicaHour = 0; // what the forecaster multiplies replica-hours by
    Money replicaMonthly;         // one more or one less replica for a month
    double coverage = 1.0;        // share of the month so far with replica data
    int replicas = 0;             // last known

    const ResourceAmounts &at(Period p) const { return periods[size_t(p)]; }
};

// A subscription line: a plan fee, and the usage it includes as a credit.
struct PlanCost
{
    QString pricing;
    QString plan;
    QString name;                 // "Railway Pro"
    int seats = 1;
    std::array<Money, kPeriodCount> fee{};    // plan fee
    std::array<Money, kPeriodCount> credit{}; // included usage used (<= 0)
};

// One project's cost in one calendar month (for cost per user and margin).
struct MonthCost
{
    QString projectId;
    QString month;       // YYYY-MM in the operator's time zone
    Money total;
    double coverage = 0; // share of the month with data
};

enum class RecommendationKind : quint8 {
    IdleService,     // no traffic for N days: sleep it
    OffPeakSchedule, // fewer replicas in the quiet hours of the daily profile
    RightSize,       // allocation well above the p95 use
    ExcessReplicas,  // more replicas than the peak needs
    SharedResource,  // many small services that one shared deployment could serve
    DeployCloser,    // a replica in a region with much traffic and high latency
};
QString recommendationKindId(RecommendationKind kind);

enum class Risk : quint8 { Low, Medium, High };
QString riskLabel(Risk risk);

// What approving a recommendation asks a provider to do. This is the seam to the
// actions engine's proposals (core/actions, Actions::Proposal): Scale maps to a
// scale proposal, Manual to a manual fix the operator confirms, Schedule to a pair
// of scale proposals at the window's edges.
struct ProposalDraft
{
    enum class Action : quint8 { None, Scale, Schedule, Manual };
    Action action = Action::None;
    QString serviceId;
    QString projectId;
    QString provider;
    QString rule;        // "cost.idle", "cost.offpeak", ...
    QString fix;         // "sleep", "scale_down", "offpeak_schedule", "right_size", ...
    int fromReplicas = 0;
    int toReplicas = 0;
    int windowStartHour = 0; // Schedule: local hours [start, end) at toReplicas
    int windowEndHour = 0;
    QString timeZone;
    double costDeltaPerMonth = 0; // negative = saves
    QJsonObject facts;
};

struct Recommendation
{
    Q_DECLARE_TR_FUNCTIONS(Cost::Recommendation)
public:
    RecommendationKind kind = RecommendationKind::IdleService;
    QString serviceId;           // the service acted on (the first for SharedResource)
    QString projectId;
    QStringList serviceIds;      // all services concerned
    Money monthlySaving;         // negative: it costs (DeployCloser)
    Risk risk = Risk::Medium;
    double confidence = 0.5;     // 0..1: how much data backs it
    QJsonObject facts;           // numbers the texts are rendered from
    ProposalDraft proposal;

    QString id() const { return recommendationKindId(kind) + u'|' + serviceIds.join(u','); }
    bool actionable() const { return proposal.action != ProposalDraft::Action::None; }
    // Rendered in the current language at display time.
    QString title() const;
    QString explanation() const;
    QString riskText() const;
    ProposalDraft toProposal() const { return proposal; }
};

// Traffic and latency of one region of one service over the recent window.
struct ServiceRegion
{
    QString serviceId;
    QString projectId;
    QString region;
    bool hosted = false;       // the service runs there
    double rps = 0;
    double share = 0;          // of the service's traffic, 0..1
    double latencyMs = 0;      // mean p95
    double hostLatencyMs = 0;  // the same for the hosted region(s)
};

// The workspace's traffic by region.
struct RegionSummary
{
    QString region;
    double rps = 0;
    double share = 0;
    double latencyMs = 0;      // traffic-weighted mean p95
    int servicesHosted = 0;
    int servicesServed = 0;
};

// Where the prices behind a report come from, shown beside every figure.
struct PriceSource
{
    QString name;    // "Railway"
    QString version; // "2026-07"
    QString takenOn; // "2026-07"
    QString url;
};

// The cost table of one period as shown: projects (and a "plans" group) of
// services (and plan lines) by resource, rounded to cents so that it adds up
// exactly as displayed (ControlledRounding).
struct CostTable
{
    QStringList groupIds;   // project ids; kPlansGroup for the plans
    QStringList rowIds;     // service ids; "plan:<pricing>:<plan>" for plan lines
    QVector<int> groupOfRow;
    RoundedTable cents;     // columns = resources
    static inline const QString kPlansGroup = QStringLiteral("plans");
};

// Everything the cost, business and geography views show, computed off the GUI
// thread in one go.
struct CostReport
{
    qint64 nowMs = 0;
    QString timeZone;
    qint64 dayStartMs = 0;
    qint64 monthStartMs = 0;
    qint64 monthEndMs = 0;
    QVector<ServiceCost> services;
    QVector<PlanCost> plans;
    QVector<MonthCost> months;
    QVector<Recommendation> recommendations; // savings first, largest first
    QVector<Recommendation> regionRecommendations; // replicas closer to users (they cost)
    QVector<ServiceRegion> serviceRegions;
    QVector<RegionSummary> regions;
    std::array<CostTable, kPeriodCount> tables{};
    QVector<PriceSource> priceSources; // the price tables the figures use
    QStringList warnings;      // translated

    Money total(Period period) const;
};

using CostReportPtr = std::shared_ptr<const CostReport>;

} // namespace Cost

Q_DECLARE_METATYPE(Cost::CostReportPtr)
