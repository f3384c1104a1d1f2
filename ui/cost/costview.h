#pragma once

#include "core/actions/actiontypes.h"
#include "core/cost/costtypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QTreeView;

namespace Engine {
class EngineApi;
}
namespace Cost {
class CostService;
}

namespace Gui {

class CostChart;
class CostTableModel;
class RailwayUsagePanel;
class RecommendationModel;

// The Cost tab: today, month to date or the month-end forecast per project,
// service and resource (chart and a table that adds up exactly), with the savings
// recommendations, each saying what it saves and what it risks.
class CostView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CostView)
public:
    CostView(Engine::EngineApi *engine, Cost::CostService *service, QWidget *parent = nullptr);
    ~CostView() override;

    void setPeriod(Cost::Period period);
    Cost::Period period() const;
    CostTableModel *tableModel() const { return m_table; }
    RecommendationModel *recommendationModel() const { return m_recommendations; }
    CostChart *chart() const { return m_chart; }
    RailwayUsagePanel *railwayUsage() const { return m_railwayUsage; }
    QTreeView *tableView() const { return m_tree; }
    // The grand total as shown in the header, in cents (tests compare it to the table).
    qint64 shownTotalCents() const { return m_shownTotal; }

signals:
    // The operator asked to carry out a recommendation (after confirming it).
    void applyRequested(const Cost::Recommendation &recommendation);
    // A report has been put on screen.
    void reportShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    Actions::Guardrails guardrailsFor(const QString &serviceId) const;
    // The paragraph of the confirmation that says exactly what approving does.
    QString whatWillHappen(const Cost::Recommendation &recommendation) const;
    void onReport(const Cost::CostReportPtr &report);
    void showReport();
    void updateDetail();
    void apply();

    QPointer<Engine::EngineApi> m_engine;
    QPointer<Cost::CostService> m_service;
    QLabel *m_title = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_band = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    CostChart *m_chart = nullptr;
    QTreeView *m_tree = nullptr;
    CostTableModel *m_table = nullptr;
    QSortFilterProxyModel *m_tableProxy = nullptr;
    QLabel *m_recommendationsTitle = nullptr;
    QTableView *m_recommendationView = nullptr;
    RecommendationModel *m_recommendations = nullptr;
    QSortFilterProxyModel *m_recommendationProxy = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_sources = nullptr;
    QTimer *m_autoRefresh = nullptr;
    RailwayUsagePanel *m_railwayUsage = nullptr;
    qint64 m_shownTotal = 0;
};

} // namespace Gui
