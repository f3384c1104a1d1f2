#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/engine/history.h"
#include "core/engine/predictions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace Engine {
class EngineApi;
}

namespace Gui {

namespace Charts {
class TimeSeriesChart;
}
class LogExcerpt;
class ProjectAlerts;

// One project: pick a service and a range, see its six core metrics over time.
class ProjectView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectView)
public:
    enum class Range { OneHour, SixHours, OneDay, SevenDays, ThirtyDays };

    ProjectView(Engine::EngineApi *engine, QString projectId, QWidget *parent = nullptr);
    ~ProjectView() override;

    const QString &projectId() const { return m_projectId; }
    QString currentServiceId() const;
    void selectService(const QString &serviceId);
    void setRange(Range range);
    // Shows the smallest range that reaches back to `fromMs` (from the alerts view:
    // an incident and the half hour before it).
    void showSince(qint64 fromMs);
    static Range rangeCovering(qint64 spanMs);
    Range range() const { return m_range; }
    void setSnapshot(const Engine::FleetSnapshotPtr &snapshot);
    Charts::TimeSeriesChart *chart(Model::MetricKind kind) const;
    ProjectAlerts *alerts() const { return m_alerts; }
    LogExcerpt *logs() const { return m_logs; }

    // Forecasts (with their bands) continuing every chart, and anomaly markers.
    void setForecastShown(bool shown);
    bool forecastShown() const { return m_forecastShown; }
    Engine::AnalysisResultPtr overlayResult() const { return m_overlay; }

    static qint64 rangeMs(Range range);

signals:
    // Emitted when a history answer has been drawn (tests wait on it).
    void chartsUpdated();
    // Emitted when forecasts and anomaly markers have been drawn on the charts.
    void overlayUpdated();
    // Emitted when the deployment markers have been (re)drawn on the charts.
    void deploymentsUpdated();
    void predictionsRequested(const QString &projectId);
    // "Traces for this window": the slowest and failing traces of a service in [fromMs, toMs].
    void tracesRequested(const QString &serviceId, qint64 fromMs, qint64 toMs);
    // "Alert rules…" (Ctrl+Shift+A): the rule editor, opened on this service.
    void alertRulesRequested(const QString &serviceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void requestHistory();
    void onHistory(const Engine::HistoryResultPtr &result);
    void updateHeader();
    // Shows the charts of kExtraKinds the current service has data for; true when that changed.
    bool updateExtraCharts();
    void requestOverlay();
    void onAnalysis(const Engine::AnalysisResultPtr &result);
    void applyOverlay();
    void applyDeployments();
    void showChartMenu(Charts::TimeSeriesChart *chart, const QPoint &pos);

    QPointer<Engine::EngineApi> m_engine;
    QString m_projectId;
    Range m_range = Range::SixHours;
    Engine::FleetSnapshotPtr m_snapshot;
    quint64 m_pendingRequest = 0;
    QElapsedTimer m_sinceRequest;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QComboBox *m_services = nullptr;
    QButtonGroup *m_ranges = nullptr;
    QToolButton *m_tracesButton = nullptr;
    QToolButton *m_rulesButton = nullptr;
    QHash<int, Charts::TimeSeriesChart *> m_charts;
    ProjectAlerts *m_alerts = nullptr;
    LogExcerpt *m_logs = nullptr;
    QToolButton *m_forecastButton = nullptr;
    QPushButton *m_predictionsButton = nullptr;
    bool m_forecastShown = false;
    quint64 m_pendingOverlay = 0;
    Engine::AnalysisResultPtr m_overlay;
};

} // namespace Gui
