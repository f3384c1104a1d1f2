#pragma once

#include "core/engine/fleetsnapshot.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace Gui {

// The firing alerts of one project (its own and its services'), newest first,
// with the state of the Alertmanager they come from.
class ProjectAlerts final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectAlerts)
public:
    enum Column { Severity, Alert, Service, Since, Summary, ColumnCount };

    explicit ProjectAlerts(QString projectId, QWidget *parent = nullptr);
    ~ProjectAlerts() override;

    void setSnapshot(const Engine::FleetSnapshotPtr &snapshot);
    QTreeWidget *list() const { return m_list; }
    QString statusText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void render();

    QString m_projectId;
    Engine::FleetSnapshotPtr m_snapshot;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace Gui
