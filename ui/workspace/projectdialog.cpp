#include "ui/workspace/projectdialog.h"

#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace Gui {

ProjectDialog::ProjectDialog(const Model::Project &project, const QStringList &takenIds, QWidget *parent)
    : ItemDialog(takenIds, project.id, parent)
{
    setObjectName(u"projectDialog"_s);
    setWindowTitle(project.id.isEmpty() ? tr("Add project") : tr("Edit project"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"descriptionEdit"_s);
    m_description->setPlainText(project.description);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    form()->addRow(tr("&Description:"), m_description);
    setName(project.name);
    revalidate();
    resize(460, sizeHint().height());
}

ProjectDialog::~ProjectDialog() = default;

Model::Project ProjectDialog::project() const
{
    return {id(), name(), m_description->toPlainText().trimmed()};
}

} // namespace Gui
