#pragma once

#include "core/business/businessqueries.h"
#include "core/business/businesstypes.h"
#include "core/cost/costtypes.h"
#include "core/util/result.h"

#include <QObject>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimeZone>

namespace Engine {
class EngineApi;
}

namespace Business {

// Business figures for the views, never blocking the GUI thread: reading and
// importing run on the thread pool, each with its own connection to the store.
// A demo workspace adds the simulator's figures; imported ones take precedence.
class BusinessService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessService)
public:
    explicit BusinessService(Engine::EngineApi *engine, QObject *parent = nullptr);
    ~BusinessService() override;

    // How many calendar months (up to this one) the PromQL queries cover.
    static constexpr int kQueryMonths = 6;

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    // KPIs with the infrastructure cost of each month (from the cost report).
    void refresh(const QVector<Cost::MonthCost> &costs);
    // Imports a CSV file: every row or, on any problem, none (importFailed says
    // which lines); then refreshes.
    void importCsv(const QString &path);
    BusinessReportPtr latest() const { return m_latest; }

signals:
    void reportReady(Business::BusinessReportPtr report);
    void imported(int rows);
    void importFailed(const Util::Error &error);
    void failed(const Util::Error &error);

private:
    void onQueries(const BusinessQueryResultPtr &result);
    void compute(quint64 generation);

    QPointer<Engine::EngineApi> m_engine;
    // The PromQL answers of this generation, by request id, until all are in.
    QHash<quint64, BusinessQueryResultPtr> m_queryAnswers;
    QSet<quint64> m_queryPending;
    QMap<QString, QString> m_queryProblems; // project id -> why its queries cannot run
    QTimeZone m_zone;
    QVector<Cost::MonthCost> m_costs;
    quint64 m_generation = 0;
    BusinessReportPtr m_latest;
};

} // namespace Business
