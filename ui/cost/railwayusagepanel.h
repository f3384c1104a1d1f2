#pragma once

#include "core/cost/costtypes.h"
#include "core/cost/pricetable.h"
#include "core/engine/usagereport.h"
#include "core/model/workspace.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;


namespace Gui {

// Railway's own view of the bill beside Straja's: per Railway project, Railway's
// estimate for the month (estimatedUsage priced with Straja's Railway price table)
// against Straja's month-end forecast of the services in it, and per service the
// usage so far against Straja's month to date. A difference over 5% is marked,
// since one of the two has a wrong price or misses usage. Hidden while the
// workspace has no Railway usage to show.
class RailwayUsagePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwayUsagePanel)
public:
    enum Column { Name, Railway, Straja, Difference, ReadAt, ColumnCount };

    // One line of the check: a project (services empty) or one of its services.
    struct Row
    {
        QString sourceId;
        QString projectId; // Railway's
        QString serviceId; // Straja's; empty for the project line
        QString name;
        double railway = 0.0; // currency units
        double straja = 0.0;
        double difference = 0.0; // (straja - railway) / railway
        bool differs = false;
        bool hasStraja = false;  // Straja priced at least one of its services
        bool hasRailway = true;  // Railway reported a figure (per service it may not)
        qint64 atMs = 0;
        QString error;           // the source's last read failed (translated)
        QVector<Row> services;
    };

    explicit RailwayUsagePanel(QWidget *parent = nullptr);
    ~RailwayUsagePanel() override;

    void setUsage(const Engine::UsageReportPtr &usage);
    void setCostReport(const Cost::CostReportPtr &report);
    void setWorkspace(const Model::WorkspacePtr &workspace);
    // Straja's Railway prices in force (the cost model's table).
    void setPrices(const Cost::PriceVersion &prices);

    const QVector<Row> &rows() const { return m_rows; }
    QTreeWidget *tree() const { return m_tree; }

    // The check itself, without widgets: Railway's figures priced with `prices`
    // beside the cost report's, mapped through the Railway sources' services.
    static QVector<Row> compare(const Engine::UsageReport &usage, const Model::Workspace &workspace,
                                const Cost::CostReport *report, const Cost::PriceVersion &prices);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
    Engine::UsageReportPtr m_usage;
    Cost::CostReportPtr m_report;
    Model::WorkspacePtr m_workspace;
    std::optional<Cost::PriceVersion> m_prices;
    QVector<Row> m_rows;
};

} // namespace Gui
