#include "ui/workspace/itemdialog.h"

#include "core/model/workspacecheck.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

ItemDialog::ItemDialog(const QStringList &takenIds, const QString &existingId, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenIds)
    , m_adding(existingId.isEmpty())
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameEdit"_s);
    m_id = new QLineEdit(this);
    m_id->setObjectName(u"idEdit"_s);
    if (!m_adding) {
        m_id->setText(existingId);
        m_id->setReadOnly(true);
        m_id->setToolTip(tr("The id cannot change: history, references and stored credentials use it."));
    }
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_adding && !m_idEdited) {
            const QSignalBlocker block(m_id);
            m_id->setText(Model::makeWorkspaceId(text, m_taken));
        }
        revalidate();
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_idEdited = true;
        revalidate();
    });

    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Id:"), m_id);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"problemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);

    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setDefault(true);
    QPushButton *cancel = m_buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_notes = new QVBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addLayout(m_notes);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
}

ItemDialog::~ItemDialog() = default;

QString ItemDialog::name() const
{
    return m_name->text().trimmed();
}

QString ItemDialog::id() const
{
    return m_id->text().trimmed();
}

QString ItemDialog::problemText() const
{
    return m_problem->text();
}

void ItemDialog::addNote(const QString &text)
{
    auto *note = new QLabel(text, this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    m_notes->addWidget(note);
}

void ItemDialog::setName(const QString &name)
{
    m_name->setText(name);
}

QString ItemDialog::problem() const
{
    if (name().isEmpty())
        return tr("Enter a name.");
    if (m_adding) {
        if (!Model::isValidWorkspaceId(id()))
            return tr("The id may use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
        if (m_taken.contains(id()))
            return tr("The id '%1' is already used.").arg(id());
    }
    return QString();
}

void ItemDialog::revalidate()
{
    const QString text = problem();
    m_problem->setText(text);
    m_ok->setEnabled(text.isEmpty());
}

} // namespace Gui
