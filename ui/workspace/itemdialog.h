#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace Gui {

// What the project, service and source dialogs share: a name, an id made from
// the name while adding (fixed once the item exists: history, references and
// keychain entries hang on it), a form, a line that says what is wrong, and
// OK/Cancel with our own translated texts. OK is enabled only when problem()
// says nothing.
class ItemDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemDialog)
public:
    ~ItemDialog() override;

    QString name() const;
    QString id() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *idEdit() const { return m_id; }
    QPushButton *okButton() const { return m_ok; }
    QString problemText() const;

protected:
    // `takenIds`: ids the new item may not use. `existingId` empty means adding.
    ItemDialog(const QStringList &takenIds, const QString &existingId, QWidget *parent);

    QFormLayout *form() const { return m_form; }
    // A wrapped line of explanation under the form.
    void addNote(const QString &text);
    void setName(const QString &name);
    // The first thing that keeps OK disabled, translated; empty when all is well.
    virtual QString problem() const;
    // Call whenever a field changes.
    void revalidate();

private:
    QStringList m_taken;
    bool m_adding = true;
    bool m_idEdited = false;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_id = nullptr;
    QVBoxLayout *m_notes = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace Gui
