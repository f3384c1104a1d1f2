#pragma once

#include "core/model/workspace.h"
#include "ui/workspace/itemdialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Gui {

class ThresholdsEditor;

// Adds or edits a service: where it belongs (project), where its metrics come
// from (source), who runs its actions (provider), its regions, replica range and
// health limits.
class ServiceDialog final : public ItemDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServiceDialog)
public:
    // `service` with an empty id means adding; `workspace` gives the projects and
    // sources to choose from and the ids already taken.
    ServiceDialog(const Model::Service &service, const Model::Workspace &workspace, QWidget *parent = nullptr);
    ~ServiceDialog() override;

    Model::Service service() const;
    ThresholdsEditor *thresholdsEditor() const { return m_thresholds; }

protected:
    QString problem() const override;

private:
    Model::Service m_original;
    QComboBox *m_project = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_regions = nullptr;
    QSpinBox *m_minReplicas = nullptr;
    QSpinBox *m_maxReplicas = nullptr;
    ThresholdsEditor *m_thresholds = nullptr;
};

} // namespace Gui
