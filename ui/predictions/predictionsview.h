#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/engine/predictions.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace Engine {
class EngineApi;
}

namespace Gui {

class AnomalyModel;
class CapacityModel;
class CostModel;
class ForecastModel;

namespace Charts {
class TimeSeriesChart;
}

// A project's predictions: every service's key metrics 48 hours ahead with their
// 95% bands and, beside each, how well the same forecast did on that series' own
// history; the capacity table; the cost forecast; the anomalies with their
// evidence. Computed by the engine off the GUI thread; the view shows progress,
// can cancel, and drops answers to requests it no longer waits for.
class PredictionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PredictionsView)
public:
    enum class Section { Forecasts, Capacity, Cost, Anomalies };

    PredictionsView(Engine::EngineApi *engine, QString projectId, QWidget *parent = nullptr);
    ~PredictionsView() override;

    const QString &projectId() const { return m_projectId; }
    // Asks for a new analysis; one still running is cancelled.
    void refresh();
    void cancel();
    bool isBusy() const { return m_pending != 0; }
    void setSnapshot(const Engine::FleetSnapshotPtr &snapshot);
    void showSection(Section section);
    void selectForecast(const QString &serviceId, Model::MetricKind kind);

    Engine::AnalysisResultPtr result() const { return m_result; }
    ForecastModel *forecastModel() const { return m_forecasts; }
    CapacityModel *capacityModel() const { return m_capacity; }
    CostModel *costModel() const { return m_costs; }
    AnomalyModel *anomalyModel() const { return m_anomalies; }
    Charts::TimeSeriesChart *forecastChart() const { return m_chart; }
    QString detailText() const;

    // Results older than this (engine time) are recomputed while the view is shown.
    static constexpr qint64 kRefreshAfterMs = 15 * 60 * 1000;

signals:
    // A result has been put on screen (tests wait on it).
    void resultShown();
    void projectChartsRequested(const QString &projectId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onResult(const Engine::AnalysisResultPtr &result);
    void onProgress(quint64 requestId, int done, int total);
    void showSelectedForecast();
    void retranslate();
    void updateStatus();
    QHash<QString, QString> serviceNames() const;

    QPointer<Engine::EngineApi> m_engine;
    QString m_projectId;
    quint64 m_pending = 0;
    Engine::AnalysisResultPtr m_result;
    qint64 m_lastNowMs = 0;

    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_charts = nullptr;
    QLabel *m_forecastHeading = nullptr;
    ForecastModel *m_forecasts = nullptr;
    QSortFilterProxyModel *m_forecastSort = nullptr;
    QTableView *m_forecastTable = nullptr;
    Charts::TimeSeriesChart *m_chart = nullptr;
    QLabel *m_detail = nullptr;
    QTabWidget *m_sections = nullptr;
    CapacityModel *m_capacity = nullptr;
    QSortFilterProxyModel *m_capacitySort = nullptr;
    QTableView *m_capacityTable = nullptr;
    CostModel *m_costs = nullptr;
    QTableView *m_costTable = nullptr;
    QLabel *m_priceNote = nullptr;
    AnomalyModel *m_anomalies = nullptr;
    QSortFilterProxyModel *m_anomalySort = nullptr;
    QTableView *m_anomalyTable = nullptr;
};

} // namespace Gui
