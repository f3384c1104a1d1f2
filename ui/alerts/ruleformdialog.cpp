#include "ui/alerts/ruleformdialog.h"

#include "core/alerts/rulevalidator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
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
    : QDialog(parent), m_otherIds(otherIds), m_adding(adding)
{
    setObjectName(u"ruleFormDialog"_s);
    setWindowModality(Qt::WindowModal);
    auto *form = new QFormLayout;

    m_id = new QLineEdit(rule.id, this);
    m_id->setObjectName(u"ruleId"_s);
    m_idLabel = new QLabel(this);
    m_idLabel->setBuddy(m_id);
    form->addRow(m_idLabel, m_id);

    m_type = new QComboBox(this);
    m_type->setObjectName(u"ruleType"_s);
    for (Model::AlertRuleType t : {Model::AlertRuleType::Threshold, Model::AlertRuleType::Anomaly,
                                   Model::AlertRuleType::Forecast})
        m_type->addItem(QString(), int(t));
    m_type->setCurrentIndex(m_type->findData(int(rule.type)));
    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_type);
    form->addRow(m_typeLabel, m_type);

    m_metric = new QComboBox(this);
    m_metric->setObjectName(u"ruleMetric"_s);
    for (int i = 0; i < Model::kAlertMetricCount; ++i)
        m_metric->addItem(QString(), i);
    m_metric->setCurrentIndex(m_metric->findData(Model::alertMetricIndex(rule.metric)));
    m_metricLabel = new QLabel(this);
    m_metricLabel->setBuddy(m_metric);
    form->addRow(m_metricLabel, m_metric);

    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(u"ruleComparison"_s);
    m_comparison->addItem(QString(), int(Model::AlertComparison::Above));
    m_comparison->addItem(QString(), int(Model::AlertComparison::Below));
    m_comparison->setCurrentIndex(m_comparison->findData(int(rule.comparison)));
    m_comparisonLabel = new QLabel(this);
    m_comparisonLabel->setBuddy(m_comparison);
    form->addRow(m_comparisonLabel, m_comparison);

    m_threshold = valueBox(this, u"ruleThreshold"_s);
    m_threshold->setValue(std::isnan(rule.threshold) ? 0.0 : rule.threshold);
    m_thresholdLabel = new QLabel(this);
    m_thresholdLabel->setBuddy(m_threshold);
    form->addRow(m_thresholdLabel, m_threshold);

    m_clearSet = new QCheckBox(this);
    m_clearSet->setObjectName(u"ruleClearSet"_s);
    m_clearSet->setChecked(!std::isnan(rule.clearAt));
    m_clearAt = valueBox(this, u"ruleClearAt"_s);
    m_clearAt->setValue(std::isnan(rule.clearAt) ? m_threshold->value() : rule.clearAt);
    form->addRow(m_clearSet, m_clearAt);

    m_for = new QSpinBox(this);
    m_for->setObjectName(u"ruleFor"_s);
    m_for->setRange(0, 7 * 24 * 3600);
    m_for->setSingleStep(60);
    m_for->setValue(rule.forSeconds);
    m_forLabel = new QLabel(this);
    m_forLabel->setBuddy(m_for);
    form->addRow(m_forLabel, m_for);

    m_horizon = new QDoubleSpinBox(this);
    m_horizon->setObjectName(u"ruleHorizon"_s);
    m_horizon->setDecimals(1);
    m_horizon->setRange(0, 24 * 30);
    m_horizon->setValue(rule.horizonSeconds / kHourSeconds);
    m_horizonLabel = new QLabel(this);
    m_horizonLabel->setBuddy(m_horizon);
    form->addRow(m_horizonLabel, m_horizon);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(u"ruleSeverity"_s);
    m_severity->addItem(QString(), int(Model::AlertSeverity::Warning));
    m_severity->addItem(QString(), int(Model::AlertSeverity::Critical));
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_severityLabel = new QLabel(this);
    m_severityLabel->setBuddy(m_severity);
    form->addRow(m_severityLabel, m_severity);

    m_enabled = new QCheckBox(this);
    m_enabled->setObjectName(u"ruleEnabled"_s);
    m_enabled->setChecked(rule.enabled);
    form->addRow(QString(), m_enabled);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"ruleProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
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
    retranslateUi();
    typeChanged();
    resize(520, sizeHint().height());
}

bool RuleFormDialog::event(QEvent *event)
{
    // After the children: the button box resets its standard buttons' texts to Qt's
    // own (English) words when it hears of the change.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    return handled;
}

void RuleFormDialog::retranslateUi()
{
    setWindowTitle(m_adding ? tr("Add an alert rule") : tr("Edit the alert rule"));
    m_id->setPlaceholderText(tr("e.g. error-rate-high"));
    m_idLabel->setText(tr("&Id:"));
    m_type->setItemText(0, tr("Threshold: the value is past the limit"));
    m_type->setItemText(1, tr("Anomaly: the anomaly score is past the limit"));
    m_type->setItemText(2, tr("Forecast: the trend reaches the limit within the horizon"));
    m_typeLabel->setText(tr("&Type:"));
    for (int i = 0; i < m_metric->count(); ++i)
        m_metric->setItemText(i, Model::alertMetricLabel(static_cast<Model::AlertMetric>(m_metric->itemData(i).toInt())));
    m_metricLabel->setText(tr("&Metric:"));
    m_comparison->setItemText(0, tr("above the limit"));
    m_comparison->setItemText(1, tr("below the limit"));
    m_comparisonLabel->setText(tr("&Fires when:"));
    m_thresholdLabel->setText(tr("&Limit:"));
    m_clearSet->setText(tr("Clears only at"));
    m_for->setSuffix(tr(" s"));
    m_forLabel->setText(tr("For at &least:"));
    m_horizon->setSuffix(tr(" h"));
    m_horizonLabel->setText(tr("&Horizon:"));
    m_severity->setItemText(0, tr("Warning"));
    m_severity->setItemText(1, tr("Critical"));
    m_severityLabel->setText(tr("&Severity:"));
    m_enabled->setText(tr("&Enabled"));
    // Qt ships no Romanian for its own buttons: our words, translated by us.
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_adding ? tr("Add") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    validate(); // the problems are said in the language too
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
