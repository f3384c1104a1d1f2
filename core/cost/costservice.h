#pragma once

#include "core/cost/costanalyzer.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace Engine {
class EngineApi;
}

namespace Cost {

// Produces cost reports for the views without ever blocking the GUI thread: asks
// the engine for the usage history (answered from the store or the source on the
// network thread), then loads the price tables and computes on the thread pool.
// A newer refresh() supersedes an older one: stale answers are dropped.
class CostService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostService)
public:
    explicit CostService(Engine::EngineApi *engine, QObject *parent = nullptr);
    ~CostService() override;

    // Calendar months and days are the operator's: the system zone unless set.
    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    // Where user price tables override the built-in ones (default: the config folder).
    void setPriceOverrideDir(const QString &dir) { m_overrideDir = dir; }
    void setRecommendationSettings(const RecommendationSettings &settings) { m_recommendations = settings; }
    void setGeoSettings(const GeoSettings &settings) { m_geography = settings; }

    // Starts a new report; answers with reportReady() or failed().
    void refresh();
    // The workspace changed: forget the report and drop answers still on their way.
    void invalidate();
    bool busy() const { return m_busy; }
    CostReportPtr latest() const { return m_latest; }

signals:
    void reportReady(Cost::CostReportPtr report);
    void failed(const Util::Error &error);
    void busyChanged(bool busy);

private:
    void onHistory(const Engine::HistoryResultPtr &result);
    void setBusy(bool busy);

    QPointer<Engine::EngineApi> m_engine;
    QTimeZone m_zone;
    QString m_overrideDir;
    RecommendationSettings m_recommendations;
    GeoSettings m_geography;
    QSet<quint64> m_pendingHistory;                // requests not answered yet
    QVector<Engine::HistoryResultPtr> m_history;   // answers so far
    quint64 m_generation = 0;
    qint64 m_requestNowMs = 0;
    bool m_busy = false;
    CostReportPtr m_latest;
};

} // namespace Cost
