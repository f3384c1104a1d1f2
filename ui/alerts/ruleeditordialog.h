#pragma once

#include "core/model/workspace.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Gui {

class RuleFormDialog;

// The alert rules of the workspace's services, one service at a time: the
// effective list (the service's own rules, or the defaults while it has none),
// add / edit / disable / remove, and "back to the defaults". A change to the
// defaults turns them into the service's own list (services.alert_rules). The
// caller saves editedWorkspace() when the dialog is accepted. Keyboard: Enter
// edits the current rule, Delete removes it, Insert adds one.
class RuleEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleEditorDialog)
public:
    enum Column { Id, Type, Condition, For, Severity, Enabled, ColumnCount };

    RuleEditorDialog(Model::Workspace workspace, const QString &serviceId, QWidget *parent = nullptr);
    ~RuleEditorDialog() override;

    // The workspace with every service's edited rules.
    Model::Workspace editedWorkspace() const;
    bool hasChanges() const { return !m_edits.isEmpty(); }
    QString currentServiceId() const;
    // The effective rules of a service as edited so far.
    Model::AlertRules rulesOf(const QString &serviceId) const;
    QTableWidget *table() const { return m_table; }
    // The add/edit form while it is open (tests answer it).
    RuleFormDialog *form() const;

    static QString conditionText(const Model::AlertRule &rule);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    // The dialog's fixed texts in the current language (at construction and when the
    // language changes while it is open; showService() says the rest).
    void retranslateUi();
    void showService();
    void updateButtons();
    void openForm(int row);
    void toggleCurrent();
    void removeCurrent();
    void resetToDefaults();
    void setRules(Model::AlertRules rules);

    Model::Workspace m_workspace;
    QHash<QString, std::optional<Model::AlertRules>> m_edits; // service id -> its list (nullopt: defaults)
    QComboBox *m_service = nullptr;
    QLabel *m_origin = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggle = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_defaults = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<RuleFormDialog> m_form;
};

} // namespace Gui
