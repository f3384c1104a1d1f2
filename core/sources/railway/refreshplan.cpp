#include "core/sources/railway/refreshplan.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

int RefreshPlan::batches(int fields, int perRequest)
{
    if (fields <= 0)
        return 0;
    perRequest = std::max(1, perRequest);
    return (fields + perRequest - 1) / perRequest;
}

RefreshPlan::Figures RefreshPlan::compute(const Input &in)
{
    Figures f;
    const int environments = in.projects * std::max(1, in.environmentsPerProject);
    // One metrics field per environment (all its services, grouped by service), two
    // HTTP fields per service (durations, counts by status).
    f.metricsRequestsPerRefresh = batches(environments + 2 * in.services, in.fieldsPerRequest);
    f.deploymentRequests = batches(in.services, in.fieldsPerRequest);
    f.usageRequests = batches(2 * in.projects, in.fieldsPerRequest); // usage + estimatedUsage
    f.discoveryRequests = std::max(1, (in.projects + in.projectsPerPage - 1) / std::max(1, in.projectsPerPage));
    auto perHour = [](int requests, qint64 intervalMs) {
        return intervalMs > 0 ? requests * 3600'000.0 / static_cast<double>(intervalMs) : 0.0;
    };
    const double others = perHour(f.deploymentRequests, in.deploymentsIntervalMs)
                          + perHour(f.usageRequests, in.usageIntervalMs)
                          + perHour(f.discoveryRequests, in.discoveryIntervalMs);
    f.requestsPerHour = perHour(f.metricsRequestsPerRefresh, in.refreshIntervalMs) + others;
    f.usableRequestsPerHour = in.limitPerHour - in.reservePerHour;
    f.fits = f.requestsPerHour <= f.usableRequestsPerHour;
    const double left = f.usableRequestsPerHour - others;
    f.shortestIntervalMs = left > 0 ? static_cast<qint64>(std::ceil(f.metricsRequestsPerRefresh * 3600'000.0 / left))
                                    : 0;
    return f;
}

qint64 RefreshPlan::stretchedIntervalMs(qint64 wantedMs, int requestsPerRefresh, int remaining, int reserve,
                                        qint64 msUntilReset)
{
    const int usable = remaining - reserve;
    if (requestsPerRefresh <= 0 || msUntilReset <= 0)
        return wantedMs;
    if (usable < requestsPerRefresh)
        return std::max(wantedMs, msUntilReset); // not even one refresh: wait for the reset
    const qint64 refreshesLeft = usable / requestsPerRefresh;
    return std::max(wantedMs, msUntilReset / refreshesLeft);
}

QString RefreshPlan::Figures::summary() const
{
    return u"%1 requests per refresh, %2 per deployments round, %3 per usage round, %4 per discovery; "
           "%5 requests/hour of %6 usable; %7; fastest refresh that fits: %8 s"_s
        .arg(metricsRequestsPerRefresh)
        .arg(deploymentRequests)
        .arg(usageRequests)
        .arg(discoveryRequests)
        .arg(requestsPerHour, 0, 'f', 1)
        .arg(usableRequestsPerHour)
        .arg(fits ? u"fits"_s : u"does NOT fit"_s)
        .arg(shortestIntervalMs / 1000);
}

} // namespace Sources::Railway
