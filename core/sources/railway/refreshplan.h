#pragma once

#include <QString>
#include <QtGlobal>

namespace Sources::Railway {

// How many API requests a Railway workspace costs per hour, and how far the
// refresh interval must stretch when the budget runs low. Pure arithmetic, the
// same numbers the connector spends (docs/railway.md "Request budget").
class RefreshPlan final
{
public:
    struct Input
    {
        int projects = 0;
        int environmentsPerProject = 1;  // environments watched per project
        int services = 0;                // service instances watched
        qint64 refreshIntervalMs = 300'000;
        int fieldsPerRequest = 10;       // aliased fields per POST
        qint64 deploymentsIntervalMs = 900'000;
        qint64 usageIntervalMs = 3600'000;
        qint64 discoveryIntervalMs = 1800'000;
        int projectsPerPage = 20;
        int limitPerHour = 1000;
        int reservePerHour = 50;         // kept for the executor (RequestBudget's 5%)
    };
    struct Figures
    {
        int metricsRequestsPerRefresh = 0;   // resources + HTTP, batched
        int deploymentRequests = 0;          // per deployments round
        int usageRequests = 0;               // per usage round
        int discoveryRequests = 0;           // per discovery round
        double requestsPerHour = 0;
        int usableRequestsPerHour = 0;       // limit minus reserve
        bool fits = false;
        qint64 shortestIntervalMs = 0;       // the fastest refresh that still fits

        QString summary() const;
    };

    static int batches(int fields, int perRequest);
    static Figures compute(const Input &input);
    // The interval to use now: the wanted one while the budget lasts until its
    // reset, longer when `remaining` requests (minus the reserve) would run out.
    static qint64 stretchedIntervalMs(qint64 wantedMs, int requestsPerRefresh, int remaining, int reserve,
                                      qint64 msUntilReset);
};

} // namespace Sources::Railway
