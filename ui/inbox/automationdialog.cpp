#include "ui/inbox/automationdialog.h"

#include "core/analysis/diagnosis/diagnosiscatalogue.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

QStringList AutomationDialog::knownRules()
{
    QStringList rules{u"hpa.cpu"_s, u"hpa.rps"_s, u"hpa.latency_p95"_s, u"predictive.rps"_s};
    for (const Analysis::PatternInfo &p : Analysis::DiagnosisCatalogue::patterns())
        rules.append(u"diagnosis."_s + p.id);
    return rules;
}

QString AutomationDialog::ruleLabel(const QString &rule)
{
    if (rule == u"hpa.cpu")
        return tr("Target tracking on CPU (scale up and down)");
    if (rule == u"hpa.rps")
        return tr("Target tracking on requests/s per replica");
    if (rule == u"hpa.latency_p95")
        return tr("Target tracking on p95 latency");
    if (rule == u"predictive.rps")
        return tr("Predictive pre-scaling (services out of forecast-only mode)");
    if (rule.startsWith(u"diagnosis."))
        return tr("Diagnosis: %1").arg(Analysis::DiagnosisCatalogue::label(rule.mid(10)));
    return rule;
}

AutomationDialog::AutomationDialog(const Model::Workspace &workspace, const Actions::AutomationSettings &settings,
                                   const QHash<QString, double> &shadowHitRate, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"automationDialog"_s);
    setWindowTitle(tr("Automation"));

    m_dryRun = new QCheckBox(tr("Dry run: approved actions show the exact request and are not sent"), this);
    m_dryRun->setObjectName(u"dryRunCheck"_s);
    m_dryRun->setChecked(settings.dryRun);

    auto *rulesBox = new QGroupBox(tr("Auto-approve"), this);
    auto *warning = new QLabel(tr("A rule ticked here runs its proposals at once, without anyone clicking Approve. "
                                  "Guardrails still apply and every run is in the audit log. All rules are off by "
                                  "default."),
                               rulesBox);
    warning->setWordWrap(true);
    warning->setStyleSheet(u"color: #c62828"_s);
    m_rules = new QListWidget(rulesBox);
    m_rules->setObjectName(u"autoApproveRules"_s);
    for (const QString &rule : knownRules()) {
        auto *item = new QListWidgetItem(ruleLabel(rule), m_rules);
        item->setData(Qt::UserRole, rule);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(settings.autoApproveRules.contains(rule) ? Qt::Checked : Qt::Unchecked);
    }
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(warning);
    rulesLayout->addWidget(m_rules);

    auto *predictiveBox = new QGroupBox(tr("Predictive scaling"), this);
    auto *explain = new QLabel(tr("Forecast-based proposals start forecast-only for every service: shown, recorded and "
                                  "scored against what then happened, never executed. Tick a service to let its "
                                  "proposals be approved."),
                               predictiveBox);
    explain->setWordWrap(true);
    m_predictive = new QListWidget(predictiveBox);
    m_predictive->setObjectName(u"predictiveServices"_s);
    for (const Model::Service &s : workspace.services) {
        QString text = s.id;
        if (const auto hit = shadowHitRate.constFind(s.id); hit != shadowHitRate.cend())
            text = tr("%1 — forecasts right %2 of the time").arg(s.id, QLocale().toString(hit.value() * 100.0, 'f', 0)
                                                                           + u"\u00A0%"_s);
        auto *item = new QListWidgetItem(text, m_predictive);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(settings.predictiveEnabledServices.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_confidence = new QSpinBox(predictiveBox);
    m_confidence->setObjectName(u"minConfidence"_s);
    m_confidence->setRange(50, 99);
    m_confidence->setSuffix(u"\u00A0%"_s);
    m_confidence->setValue(static_cast<int>(std::lround(settings.predictiveMinConfidence * 100.0)));
    auto *form = new QFormLayout;
    form->addRow(tr("Raise proposals from a confidence of"), m_confidence);
    auto *predictiveLayout = new QVBoxLayout(predictiveBox);
    predictiveLayout->addWidget(explain);
    predictiveLayout->addWidget(m_predictive);
    predictiveLayout->addLayout(form);

    // Qt ships no Romanian for its own buttons: ours carry translated texts.
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_dryRun);
    layout->addWidget(rulesBox, 1);
    layout->addWidget(predictiveBox, 1);
    layout->addWidget(m_buttons);
    resize(620, 640);
}

AutomationDialog::~AutomationDialog() = default;

Actions::AutomationSettings AutomationDialog::settings() const
{
    Actions::AutomationSettings s;
    s.dryRun = m_dryRun->isChecked();
    for (int i = 0; i < m_rules->count(); ++i) {
        if (m_rules->item(i)->checkState() == Qt::Checked)
            s.autoApproveRules.append(m_rules->item(i)->data(Qt::UserRole).toString());
    }
    for (int i = 0; i < m_predictive->count(); ++i) {
        if (m_predictive->item(i)->checkState() == Qt::Checked)
            s.predictiveEnabledServices.append(m_predictive->item(i)->data(Qt::UserRole).toString());
    }
    s.predictiveMinConfidence = m_confidence->value() / 100.0;
    return s;
}

} // namespace Gui
