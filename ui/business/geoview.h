#pragma once

#include "core/cost/costtypes.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace Engine {
class EngineApi;
}
namespace Cost {
class CostService;
}

namespace Gui {

class RecommendationModel;

// Traffic share and latency per region, for the workspace and per service, and
// where a replica closer to the users would pay off: the estimated latency gain and
// what the replica costs a month.
class GeoView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GeoView)
public:
    enum RegionColumn { Region, Share, Latency, Hosted, Served, RegionColumnCount };
    enum ServiceColumn { Service, ServiceRegion, ServiceShare, ServiceLatency, HomeLatency, Advice, ServiceColumnCount };
    static constexpr int SortRole = Qt::UserRole + 1;

    GeoView(Engine::EngineApi *engine, Cost::CostService *service, QWidget *parent = nullptr);
    ~GeoView() override;

    QStandardItemModel *regionModel() const { return m_regions; }
    QStandardItemModel *serviceModel() const { return m_services; }
    RecommendationModel *recommendationModel() const { return m_recommendations; }
    // Selects the recommendation with this id (Recommendation::id()).
    void selectRecommendation(const QString &id);
    // Asks to confirm the selected recommendation as a change made by the operator
    // (window-modal), then emits applyRequested().
    void applySelected();

signals:
    void reportShown();
    // A replica recommendation the operator confirmed as done: recorded as a
    // manual action (Cost::ProposalBridge::manualChange), like the cost view's.
    void applyRequested(const Cost::Recommendation &recommendation);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onReport(const Cost::CostReportPtr &report);
    void fill();
    void updateApply();
    const Cost::Recommendation *selected() const;

    QPointer<Engine::EngineApi> m_engine;
    Cost::CostReportPtr m_report;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_regionsTitle = nullptr;
    QLabel *m_servicesTitle = nullptr;
    QLabel *m_recommendationsTitle = nullptr;
    QTableView *m_regionView = nullptr;
    QTableView *m_serviceView = nullptr;
    QTableView *m_recommendationView = nullptr;
    QStandardItemModel *m_regions = nullptr;
    QStandardItemModel *m_services = nullptr;
    RecommendationModel *m_recommendations = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace Gui
