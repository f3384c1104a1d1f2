#pragma once

#include "core/actions/actiontypes.h"
#include "core/model/workspace.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QListWidget;
class QSpinBox;

namespace Gui {

// What may happen without a click, edited in one place: dry run, the rules that
// approve themselves (all off by default, and the dialog says what turning one on
// means), and which services leave forecast-only mode for predictive scaling.
class AutomationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutomationDialog)
public:
    AutomationDialog(const Model::Workspace &workspace, const Actions::AutomationSettings &settings,
                     const QHash<QString, double> &shadowHitRate, QWidget *parent = nullptr);
    ~AutomationDialog() override;

    Actions::AutomationSettings settings() const;
    // Every rule id an operator can set to auto-approve.
    static QStringList knownRules();
    static QString ruleLabel(const QString &rule);

private:
    QCheckBox *m_dryRun = nullptr;
    QListWidget *m_rules = nullptr;
    QListWidget *m_predictive = nullptr;
    QSpinBox *m_confidence = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Gui
