#pragma once

#include "core/model/workspace.h"
#include "ui/workspace/itemdialog.h"

class QPlainTextEdit;

namespace Gui {

// Adds or edits a project: name, id, description.
class ProjectDialog final : public ItemDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDialog)
public:
    // `project` with an empty id means adding.
    ProjectDialog(const Model::Project &project, const QStringList &takenIds, QWidget *parent = nullptr);
    ~ProjectDialog() override;

    Model::Project project() const;

private:
    QPlainTextEdit *m_description = nullptr;
};

} // namespace Gui
