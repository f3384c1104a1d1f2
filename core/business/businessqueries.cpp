#include "core/business/businessqueries.h"

#include "core/cost/billingcalendar.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Business {

namespace {

const QString kVisitors = u"visitors"_s;
const QString kActiveUsers = u"active_users"_s;
const QString kNewCustomers = u"new_customers"_s;
const QString kCustomers = u"customers"_s;
const QString kChurned = u"churned_customers"_s;
const QString kRevenue = u"revenue"_s;
const QString kMarketing = u"marketing_spend"_s;

struct MonthFigures
{
    // key -> (summed value, or the last value and its time)
    QHash<QString, double> sums;
    QHash<QString, Model::Sample> last;
};

std::optional<qint64> count(const MonthFigures &m, const QString &key, bool stock)
{
    if (stock) {
        if (!m.last.contains(key))
            return std::nullopt;
        return std::llround(m.last.value(key).v);
    }
    if (!m.sums.contains(key))
        return std::nullopt;
    return std::llround(m.sums.value(key));
}

std::optional<Cost::Money> money(const MonthFigures &m, const QString &key)
{
    if (!m.sums.contains(key))
        return std::nullopt;
    return Cost::Money::fromUnits(m.sums.value(key));
}

} // namespace

QStringList BusinessQueries::keys()
{
    return {kVisitors, kActiveUsers, kNewCustomers, kCustomers, kChurned, kRevenue, kMarketing};
}

QString BusinessQueries::label(const QString &key)
{
    if (key == kVisitors)
        return tr("Visitors");
    if (key == kActiveUsers)
        return tr("Active users");
    if (key == kNewCustomers)
        return tr("New customers");
    if (key == kCustomers)
        return tr("Customers");
    if (key == kChurned)
        return tr("Churned customers");
    if (key == kRevenue)
        return tr("Revenue");
    if (key == kMarketing)
        return tr("Marketing spend");
    return key;
}

QString BusinessQueries::hint(const QString &key)
{
    if (isStock(key))
        return tr("the figure as of each day, e.g. max_over_time(app_paying_customers[1d])");
    if (isMoney(key))
        return tr("each day's amount, e.g. sum(increase(shop_revenue_total[1d]))");
    return tr("each day's count, e.g. sum(increase(signups_total[1d]))");
}

bool BusinessQueries::isStock(const QString &key)
{
    return key == kActiveUsers || key == kCustomers;
}

bool BusinessQueries::isMoney(const QString &key)
{
    return key == kRevenue || key == kMarketing;
}

Util::Result<QString> BusinessQueries::sourceFor(const Model::Workspace &workspace, const QString &projectId)
{
    for (const Model::Service &s : workspace.services) {
        if (s.projectId != projectId)
            continue;
        if (const Model::SourceConfig *source = workspace.source(s.sourceId);
            source && source->type == Model::SourceType::Prometheus)
            return source->id;
    }
    for (const Model::SourceConfig &source : workspace.sources)
        if (source.type == Model::SourceType::Prometheus)
            return source.id;
    return Util::makeError(u"business.noPrometheus"_s,
                           tr("The business queries need a Prometheus source in the workspace; there is none."));
}

QVector<BusinessQueryRequest> BusinessQueries::requests(const Model::Workspace &workspace, qint64 nowMs,
                                                        const QTimeZone &zone, int months,
                                                        QMap<QString, QString> *problems)
{
    const Cost::BillingCalendar calendar(zone);
    qint64 first = calendar.monthStartMs(nowMs);
    for (int i = 1; i < months; ++i)
        first = calendar.monthStartMs(first - 1);
    QVector<BusinessQueryRequest> out;
    for (const Model::Project &p : workspace.projects) {
        QMap<QString, QString> queries;
        for (auto it = p.businessQueries.cbegin(); it != p.businessQueries.cend(); ++it)
            if (!it.value().trimmed().isEmpty() && keys().contains(it.key()))
                queries.insert(it.key(), it.value().trimmed());
        if (queries.isEmpty())
            continue;
        const auto source = sourceFor(workspace, p.id);
        if (!source) {
            if (problems)
                problems->insert(p.id, source.error().message);
            continue;
        }
        BusinessQueryRequest r;
        r.projectId = p.id;
        r.sourceId = *source;
        r.queries = queries;
        r.stepMs = kDayMs;
        r.fromMs = first + kDayMs;
        r.toMs = std::max(r.fromMs, nowMs);
        out.append(r);
    }
    return out;
}

QVector<Model::Sample> BusinessQueries::sumSeries(const QVector<QVector<Model::Sample>> &series)
{
    std::map<qint64, double> byTime;
    for (const auto &samples : series)
        for (const Model::Sample &s : samples)
            if (std::isfinite(s.v))
                byTime[s.t] += s.v;
    QVector<Model::Sample> out;
    out.reserve(qsizetype(byTime.size()));
    for (const auto &[t, v] : byTime)
        out.append({t, v});
    return out;
}

QVector<BusinessRecord> BusinessQueries::records(const QString &projectId, const QVector<BusinessQueryAnswer> &answers,
                                                 const QTimeZone &zone)
{
    const Cost::BillingCalendar calendar(zone);
    std::map<QString, MonthFigures> months; // ordered by YYYY-MM
    for (const BusinessQueryAnswer &a : answers) {
        if (!a.error.isEmpty())
            continue;
        const bool stock = isStock(a.key);
        for (const Model::Sample &s : a.samples) {
            MonthFigures &m = months[calendar.monthId(s.t - 1)];
            if (stock) {
                if (!m.last.contains(a.key) || m.last.value(a.key).t <= s.t)
                    m.last.insert(a.key, s);
            } else {
                m.sums[a.key] += s.v;
            }
        }
    }
    QVector<BusinessRecord> out;
    for (const auto &[month, m] : months) {
        BusinessRecord r;
        r.projectId = projectId;
        r.month = month;
        r.source = u"promql"_s;
        r.visitors = count(m, kVisitors, false);
        r.activeUsers = count(m, kActiveUsers, true);
        r.newCustomers = count(m, kNewCustomers, false);
        r.customers = count(m, kCustomers, true);
        r.churnedCustomers = count(m, kChurned, false);
        r.revenue = money(m, kRevenue);
        r.marketingSpend = money(m, kMarketing);
        out.append(r);
    }
    return out;
}

QString BusinessQueries::describe(const BusinessQueryAnswer &answer)
{
    if (!answer.error.isEmpty())
        return tr("%1: %2").arg(label(answer.key), answer.error);
    if (answer.samples.isEmpty())
        return tr("%1: no data (the query is valid but returned no series in the period)").arg(label(answer.key));
    return tr("%1: %n day(s) of data", nullptr, int(answer.samples.size())).arg(label(answer.key));
}

} // namespace Business
