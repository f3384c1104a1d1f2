#pragma once

#include "core/business/businesstypes.h"
#include "core/cost/costtypes.h"
#include "core/util/result.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Engine {
class EngineApi;
}
namespace Business {
class BusinessService;
}

namespace Gui {

class KpiTableModel;

// Revenue per user, conversion, churn, LTV and CAC per project and month, with the
// infrastructure cost per user and the margin beside them, a trend chart of any of
// them, and the CSV import.
class BusinessView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusinessView)
public:
    BusinessView(Engine::EngineApi *engine, Business::BusinessService *service, QWidget *parent = nullptr);
    ~BusinessView() override;

    KpiTableModel *model() const { return m_model; }
    void selectProject(const QString &projectId);
    QString currentProject() const;
    void setKpi(Business::Kpi kpi);
    // Imports a file (the menu asks for it with a file dialog first).
    void importFile(const QString &path);
    // Asks for a file (window-modal, no nested event loop) and imports it.
    void chooseAndImport();
    QString messageText() const;
    // Where the shown project's months came from, and its failed PromQL queries.
    QString sourcesText() const;
    QString queryProblemsText() const;

signals:
    void reportShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onReport(const Business::BusinessReportPtr &report);
    void showProject();
    void updateChart();

    QPointer<Engine::EngineApi> m_engine;
    QPointer<Business::BusinessService> m_service;
    Business::BusinessReportPtr m_report;
    QLabel *m_title = nullptr;
    QLabel *m_projectLabel = nullptr;
    QComboBox *m_project = nullptr;
    QPushButton *m_import = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_projectSources = nullptr;
    QLabel *m_queryProblems = nullptr;
    QTableView *m_table = nullptr;
    KpiTableModel *m_model = nullptr;
    QLabel *m_kpiLabel = nullptr;
    QComboBox *m_kpi = nullptr;
    QChartView *m_chartView = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_help = nullptr;
};

} // namespace Gui
