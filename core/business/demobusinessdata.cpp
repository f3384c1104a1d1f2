#include "core/business/demobusinessdata.h"

#include "core/cost/billingcalendar.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demorandom.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Business {

namespace {

constexpr qint64 kHourMs = 3'600'000;

// Requests a service answered in [from, to), from its hourly rate.
double requests(const Sources::Demo::DemoFleet &fleet, const QString &serviceId, qint64 fromMs, qint64 toMs)
{
    const int index = fleet.indexOf(serviceId);
    if (index < 0)
        return 0.0;
    double total = 0.0;
    for (qint64 t = fromMs; t < toMs; t += kHourMs) {
        const double rps = fleet.value(index, Model::MetricKind::Rps, t + kHourMs / 2);
        if (std::isfinite(rps))
            total += rps * double(std::min(kHourMs, toMs - t)) / 1000.0;
    }
    return total;
}

qint64 whole(double v)
{
    return qint64(std::llround(std::max(0.0, v)));
}

} // namespace

QVector<BusinessRecord> DemoBusinessData::records(const Sources::Demo::DemoFleet &fleet, qint64 nowMs,
                                                  const QTimeZone &zone, int months)
{
    using Sources::Demo::hashGauss;
    const Cost::BillingCalendar calendar(zone);
    QVector<qint64> starts;
    qint64 start = calendar.monthStartMs(nowMs);
    for (int i = 0; i < months; ++i) {
        starts.prepend(start);
        start = calendar.monthStartMs(start - 1);
    }
    QStringList sites;
    for (const auto &s : fleet.spec().services)
        if (s.projectId == u"seo")
            sites.append(s.id);

    QVector<BusinessRecord> out;
    const bool hasEvents = fleet.indexOf(u"events-web"_s) >= 0;
    // Organisers paying at the start of the first month shown.
    double customers = 40'000.0;
    for (qsizetype m = 0; m < starts.size(); ++m) {
        const qint64 from = starts.at(m);
        const qint64 to = std::min(calendar.nextMonthStartMs(from), nowMs);
        const QString month = calendar.monthId(from);
        const quint64 monthKey = quint64(from / kHourMs);
        auto noise = [&](quint64 what) { return hashGauss(fleet.seed(), 0xB05ULL, what, monthKey); };
        if (hasEvents) {
            BusinessRecord r;
            r.projectId = u"events"_s;
            r.month = month;
            r.source = u"demo"_s;
            // A visit loads about 120 resources from the front end.
            const double visitors = requests(fleet, u"events-web"_s, from, to) / 120.0;
            const double newCustomers = visitors * (0.0005 + 0.00004 * noise(1));
            const double churned = customers * (0.04 + 0.004 * noise(2)) * double(to - from) / double(30 * 24 * kHourMs);
            const double end = customers + newCustomers - churned;
            r.visitors = whole(visitors);
            r.activeUsers = whole(visitors * (0.30 + 0.01 * noise(3)));
            r.newCustomers = whole(newCustomers);
            r.churnedCustomers = whole(churned);
            r.customers = whole(end);
            // $14.90 a month per organiser, pro rata for a month under way.
            const double revenue = (customers + end) / 2.0 * 14.90 * double(to - from)
                / double(calendar.nextMonthStartMs(from) - from);
            r.revenue = Cost::Money::fromUnits(std::round(revenue * 100.0) / 100.0);
            r.marketingSpend = Cost::Money::fromUnits(std::round(newCustomers * (20.0 + 1.5 * noise(4))) );
            out.append(r);
            customers = end;
        }
        if (!sites.isEmpty()) {
            double visits = 0.0;
            for (const QString &site : sites)
                visits += requests(fleet, site, from, to) / 3.0; // three pages a visit
            BusinessRecord r;
            r.projectId = u"seo"_s;
            r.month = month;
            r.source = u"demo"_s;
            r.visitors = whole(visits);
            r.activeUsers = whole(visits * 0.8);
            // Advertising: about $4 per thousand visits.
            r.revenue = Cost::Money::fromUnits(std::round(visits * (0.004 + 0.0002 * noise(5)) * 100.0) / 100.0);
            out.append(r);
        }
    }
    return out;
}

} // namespace Business
