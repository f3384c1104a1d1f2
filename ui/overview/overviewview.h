#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/engine/predictions.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace Gui {

class AlertBadgeDelegate;
class OverviewFilterModel;
class OverviewModel;

// Every project and service at a glance, worst first, with a filter box.
// Enter or double-click opens the project view.
class OverviewView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewView)
public:
    explicit OverviewView(QWidget *parent = nullptr);
    ~OverviewView() override;

    void setSnapshot(Engine::FleetSnapshotPtr snapshot);
    void setAnomalies(Engine::AnomalySnapshotPtr anomalies);
    OverviewModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    AlertBadgeDelegate *alertBadges() const { return m_badges; }
    // "3 firing alerts", with the staleness of an unreachable Alertmanager; empty without alerts.
    QString alertSummaryText() const;
    void focusFilter();

signals:
    // serviceId is empty when a project row was activated.
    void projectActivated(const QString &projectId, const QString &serviceId);
    void predictionsRequested(const QString &projectId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateSummary();
    void updateAlertSummary();
    void activate(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);

    OverviewModel *m_model = nullptr;
    OverviewFilterModel *m_filter = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_alertSummary = nullptr;
    AlertBadgeDelegate *m_badges = nullptr;
    QTreeView *m_tree = nullptr;
    bool m_expandedOnce = false;
};

} // namespace Gui
