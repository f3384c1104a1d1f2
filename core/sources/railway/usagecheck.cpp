#include "core/sources/railway/usagecheck.h"

#include "core/cost/pricetable.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

namespace {

// The price of `amount` units: per unit and, for timed rates, per minute of use.
double priceOf(double amount, const Cost::Rate &rate, bool perMinute)
{
    if (!rate.set)
        return 0.0;
    const double unitPrice = static_cast<double>(rate.price.value) / 1e9;
    if (!perMinute || rate.unitMs <= 0)
        return amount * unitPrice;
    return amount * unitPrice * 60'000.0 / static_cast<double>(rate.unitMs);
}

} // namespace

double UsageCheck::price(const QHash<QString, double> &usage, const Cost::PriceVersion &prices)
{
    return priceOf(usage.value(u"CPU_USAGE"_s), prices.vcpu, true)
           + priceOf(usage.value(u"MEMORY_USAGE_GB"_s), prices.memoryGb, true)
           + priceOf(usage.value(u"DISK_USAGE_GB"_s), prices.volumeGb, true)
           + priceOf(usage.value(u"NETWORK_TX_GB"_s), prices.egressGb, false);
}

UsageCheck::Comparison UsageCheck::compare(const Usage &usage, const Cost::PriceVersion &prices, double strajaMonthEnd)
{
    Comparison c;
    c.projectId = usage.projectId;
    c.railway = price(usage.estimated, prices);
    c.straja = strajaMonthEnd;
    if (c.railway > 0.0) {
        c.difference = (c.straja - c.railway) / c.railway;
        c.differs = std::abs(c.difference) > kTolerance;
    } else {
        c.differs = c.straja > 0.0;
    }
    return c;
}

QString UsageCheck::Comparison::text() const
{
    const QLocale locale;
    if (!differs)
        return tr("Railway's estimate (%1) agrees with Straja's forecast (%2).")
            .arg(locale.toString(railway, 'f', 2), locale.toString(straja, 'f', 2));
    return tr("Railway estimates %1 for this month, Straja forecasts %2 (%3% apart): check the price table or "
              "the usage Straja sees.")
        .arg(locale.toString(railway, 'f', 2), locale.toString(straja, 'f', 2),
             locale.toString(std::abs(difference) * 100.0, 'f', 1));
}

} // namespace Sources::Railway
