#pragma once

#include "core/business/businesstypes.h"
#include "core/model/series.h"
#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QMap>
#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace Business {

// A project's business PromQL queries to run over a period, one sample a day
// (docs/cost.md, "Business figures from PromQL").
struct BusinessQueryRequest
{
    QString projectId;
    QString sourceId;               // the Prometheus source they run on
    QMap<QString, QString> queries; // figure key (visitors, revenue, ...) -> PromQL
    qint64 fromMs = 0;              // the first evaluation (the end of the period's first day)
    qint64 toMs = 0;
    qint64 stepMs = 0;
};

// What one query gave: the daily values (all series added up), or why not.
struct BusinessQueryAnswer
{
    QString key;
    QString promql;
    QString error;                  // Prometheus' own text, or the transport's
    int seriesCount = 0;
    QVector<Model::Sample> samples; // ascending by time; empty without error: no data

    bool ok() const { return error.isEmpty() && !samples.isEmpty(); }
};

struct BusinessQueryResult
{
    quint64 requestId = 0;
    BusinessQueryRequest request;
    QString error; // the whole request could not run (no Prometheus source)
    QVector<BusinessQueryAnswer> answers;
};
using BusinessQueryResultPtr = std::shared_ptr<const BusinessQueryResult>;

// The figure keys a project may have a query for, how a period is asked for, and
// how the daily answers become the monthly records a CSV import would give.
// - Flow figures (visitors, new and churned customers, revenue, marketing spend):
//   the query gives each day's amount; a month is the sum of its days.
// - Stock figures (active users, customers): the query gives the figure as of
//   each day; a month takes its last day's value.
// A daily value at time t counts for the day that ends at t, so for the month
// holding t - 1 ms in the operator's time zone.
class BusinessQueries final
{
    Q_DECLARE_TR_FUNCTIONS(Business::BusinessQueries)
public:
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;

    // The same names as the CSV columns, in the CSV's order.
    static QStringList keys();
    static QString label(const QString &key);
    // What the query must give, for the editor's hint.
    static QString hint(const QString &key);
    static bool isStock(const QString &key);
    static bool isMoney(const QString &key);

    // The Prometheus source a project's queries run on: the source of its first
    // service that is a Prometheus one, else the workspace's first Prometheus source.
    static Util::Result<QString> sourceFor(const Model::Workspace &workspace, const QString &projectId);
    // The requests for every project with queries (one per project); projects whose
    // queries cannot run get their reason in `problems` (project id -> message).
    static QVector<BusinessQueryRequest> requests(const Model::Workspace &workspace, qint64 nowMs,
                                                  const QTimeZone &zone, int months,
                                                  QMap<QString, QString> *problems = nullptr);
    // Month records ("promql") from the answers; months without any value are left out.
    static QVector<BusinessRecord> records(const QString &projectId, const QVector<BusinessQueryAnswer> &answers,
                                           const QTimeZone &zone);
    // Adds up the series of one answer by timestamp.
    static QVector<Model::Sample> sumSeries(const QVector<QVector<Model::Sample>> &series);
    // "revenue: no data" / "visitors: <Prometheus' error>", in the current language.
    static QString describe(const BusinessQueryAnswer &answer);
};

} // namespace Business

Q_DECLARE_METATYPE(Business::BusinessQueryResultPtr)
