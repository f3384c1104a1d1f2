#pragma once

#include "core/sources/railway/railwaytypes.h"

#include <QCoreApplication>

namespace Cost {
struct PriceVersion;
}

namespace Sources::Railway {

// Railway's own estimate of a project's bill (estimatedUsage) checked against
// Straja's cost model: the estimated usage priced with Straja's Railway price
// table, compared with Straja's month-end forecast. A difference over 5% is shown,
// since one of the two has a wrong price or is missing usage.
class UsageCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Sources::Railway::UsageCheck)
public:
    static constexpr double kTolerance = 0.05;

    struct Comparison
    {
        QString projectId;
        double railway = 0.0; // Railway's estimated usage priced by the table, currency units
        double straja = 0.0;  // Straja's month-end forecast
        double difference = 0.0; // (straja - railway) / railway
        bool differs = false;

        QString text() const; // translated, for the cost views
    };

    // What `usage` costs under `prices`. Railway counts CPU in vCPU-minutes, memory
    // and disk in GB-minutes and egress in GB (docs/railway.md).
    static double price(const QHash<QString, double> &usage, const Cost::PriceVersion &prices);
    static Comparison compare(const Usage &usage, const Cost::PriceVersion &prices, double strajaMonthEnd);
};

} // namespace Sources::Railway
