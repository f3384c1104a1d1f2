#include "ui/alerts/ruleformdialog.h"

#include "core/alerts/rulevalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr double kHourSeconds = 3600.0;

QDoubleSpinBox *valueBox(QWidget *parent, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setDecimals(3);
    box->setRange(-1e9, 1e9);
    return box;
}

} // namespace

RuleFormDialog::RuleFormDialog(const Model::AlertRule &rule, const QStringList &otherIds, bool adding,
                               QWidget *parent)
    : QDialog(parent), m_otherIds(otherIds)
{
    setObjectName(u"ruleFormDialog"_s);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(adding ? tr("Add an alert rule") : tr("Edit the alert rule"));
    auto *form = new QFormLayout;

    m_id = new QLineEdit(rule.id, this);
    m_id->setObjectName(u"ruleId"_s);
    m_id->setPlaceholderText(tr("e.g. error-rate-high"));
    form->addRow(tr("&Id:"), m_id);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"ruleType"_s);
    m_type->addItem(tr("Threshold: the value is past the limit"), int(Model::AlertRuleType::Threshold));
    m_type->addItem(tr("Anomaly: the anomaly score is past the limit"), int(Model::AlertRuleType::Anomaly));
    m_type->addItem(tr("Forecast: the trend reaches the limit within the horizon"),
                    int(Model::AlertRuleType::Forecast));
    m_type->setCurrentIndex(m_type->findData(int(rule.type)));
    form->addRow(tr("&Type:"), m_type);

    m_metric = new QComboBox(this);
    m_metric->setObjectName(u"ruleMetric"_s);
    for (int i = 0; i < Model::kAlertMetricCount; ++i)
        m_metric->addItem(Model::alertMetricLabel(static_cast<Model::AlertMetric>(i)), i);
    m_metric->setCurrentIndex(m_metric->findData(Model::alertMetricIndex(rule.metric)));
    form->addRow(tr("&Metric:"), m_metric);

    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(u"ruleComparison"_s);
    m_comparison->addItem(tr("above the limit"), int(Model::AlertComparison::Above));
    m_comparison->addItem(tr("below the limit"), int(Model::AlertComparison::Below));
    m_comparison->setCurrentIndex(m_comparison->findData(int(rule.comparison)));
    form->addRow(tr("&Fires when:"), m_comparison);

    m_threshold = valueBox(this, u"ruleThreshold"_s);
    m_threshold->setValue(std::isnan(rule.threshold) ? 0.0 : rule.threshold);
    form->addRow(tr("&Limit:"), m_threshold);

    m_clearSet = new QCheckBox(tr("Clears only at"), this);
    m_clearSet->setObjectName(u"ruleClearSet"_s);
    m_clearSet->setChecked(!std::isnan(rule.clearAt));
    m_clearAt = valueBox(this, u"ruleClearAt"_s);
    m_clearAt->setValue(std::isnan(rule.clearAt) ? m_threshold->value() : rule.clearAt);
    form->addRow(m_clearSet, m_clearAt);

    m_for = new QSpinBox(this);
    m_for->setObjectName(u"ruleFor"_s);
    m_for->setRange(0, 7 * 24 * 3600);
    m_for->setSingleStep(60);
    m_for->setSuffix(tr(" s"));
    m_for->setValue(rule.forSeconds);
    form->addRow(tr("For at &least:"), m_for);

    m_horizon = new QDoubleSpinBox(this);
    m_horizon->setObjectName(u"ruleHorizon"_s);
    m_horizon->setDecimals(1);
    m_horizon->setRange(0, 24 * 30);
    m_horizon->setSuffix(tr(" h"));
    m_horizon->setValue(rule.horizonSeconds / kHourSeconds);
    form->addRow(tr("&Horizon:"), m_horizon);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"ruleSeverity"_s);
    m_severity->addItem(tr("Warning"), int(Model::AlertSeverity::Warning));
    m_severity->addItem(tr("Critical"), int(Model::AlertSeverity::Critical));
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    form->addRow(tr("&Severity:"), m_severity);

    m_enabled = new QCheckBox(tr("&Enabled"), this);
    m_enabled->setObjectName(u"ruleEnabled"_s);
    m_enabled->setChecked(rule.enabled);
    form->addRow(QString(), m_enabled);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"ruleProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Qt ships no Romanian for its own buttons: our words, translated by us.
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_type, &QComboBox::currentIndexChanged, this, &RuleFormDialog::typeChanged);
    connect(m_clearSet, &QCheckBox::toggled, m_clearAt, &QWidget::setEnabled);
    for (QComboBox *box : {m_metric, m_comparison})
        connect(box, &QComboBox::currentIndexChanged, this, &RuleFormDialog::validate);
    for (QDoubleSpinBox *box : {m_threshold, m_clearAt, m_horizon})
        connect(box, &QDoubleSpinBox::valueChanged, this, &RuleFormDialog::validate);
    connect(m_for, &QSpinBox::valueChanged, this, &RuleFormDialog::validate);
    connect(m_clearSet, &QCheckBox::toggled, this, &RuleFormDialog::validate);
    connect(m_id, &QLineEdit::textChanged, this, &RuleFormDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_clearAt->setEnabled(m_clearSet->isChecked());
    typeChanged();
    resize(520, sizeHint().height());
}

RuleFormDialog::~RuleFormDialog() = default;

Model::AlertRule RuleFormDialog::rule() const
{
    Model::AlertRule r;
    r.id = m_id->text().trimmed();
    r.type = static_cast<Model::AlertRuleType>(m_type->currentData().toInt());
    r.metric = static_cast<Model::AlertMetric>(m_metric->currentData().toInt());
    r.comparison = static_cast<Model::AlertComparison>(m_comparison->currentData().toInt());
    r.threshold = m_threshold->value();
    if (m_clearSet->isChecked())
        r.clearAt = m_clearAt->value();
    r.forSeconds = m_for->value();
    if (r.type == Model::AlertRuleType::Forecast)
        r.horizonSeconds = static_cast<int>(std::lround(m_horizon->value() * kHourSeconds));
    r.severity = static_cast<Model::AlertSeverity>(m_severity->currentData().toInt());
    r.enabled = m_enabled->isChecked();
    return r;
}

QStringList RuleFormDialog::problems() const
{
    return Alerts::RuleValidator::problems(rule(), m_otherIds);
}

void RuleFormDialog::typeChanged()
{
    m_horizon->setEnabled(static_cast<Model::AlertRuleType>(m_type->currentData().toInt())
                          == Model::AlertRuleType::Forecast);
    validate();
}

void RuleFormDialog::validate()
{
    const QStringList found = problems();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
    m_problem->setText(found.join(u'\n'));
}

} // namespace Gui
