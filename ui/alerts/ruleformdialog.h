#pragma once

#include "core/model/alertrule.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Gui {

// One alert rule, added or edited: id, type (threshold, anomaly score, forecast),
// metric, comparison, limit, optional clear level (hysteresis), `for` duration,
// forecast horizon, severity, enabled. Checked as the operator types
// (Alerts::RuleValidator); OK stays disabled while anything is wrong, and the
// label says what. Window-modal and answered by `accepted` (no nested event loop).
class RuleFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleFormDialog)
public:
    // `otherIds`: the service's other rule ids (the id must differ from them).
    RuleFormDialog(const Model::AlertRule &rule, const QStringList &otherIds, bool adding,
                   QWidget *parent = nullptr);
    ~RuleFormDialog() override;

    Model::AlertRule rule() const;
    QStringList problems() const;

protected:
    bool event(QEvent *event) override;

private:
    // Every text in the current language: at construction and when the language
    // changes while the form is open.
    void retranslateUi();
    void typeChanged();
    void validate();

    QStringList m_otherIds;
    QLineEdit *m_id = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_metric = nullptr;
    QComboBox *m_comparison = nullptr;
    QDoubleSpinBox *m_threshold = nullptr;
    QCheckBox *m_clearSet = nullptr;
    QDoubleSpinBox *m_clearAt = nullptr;
    QSpinBox *m_for = nullptr;
    QDoubleSpinBox *m_horizon = nullptr;
    QComboBox *m_severity = nullptr;
    QCheckBox *m_enabled = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_adding = false;
    QLabel *m_idLabel = nullptr;
    QLabel *m_typeLabel = nullptr;
    QLabel *m_metricLabel = nullptr;
    QLabel *m_comparisonLabel = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLabel *m_forLabel = nullptr;
    QLabel *m_horizonLabel = nullptr;
    QLabel *m_severityLabel = nullptr;
};

} // namespace Gui
