#include "ui/alerts/ruleeditordialog.h"

#include "core/alerts/defaultrules.h"
#include "ui/alerts/ruleformdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QKeyEvent>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QString typeLabel(Model::AlertRuleType type)
{
    switch (type) {
    case Model::AlertRuleType::Threshold: return RuleEditorDialog::tr("Threshold");
    case Model::AlertRuleType::Anomaly: return RuleEditorDialog::tr("Anomaly");
    case Model::AlertRuleType::Forecast: break;
    }
    return RuleEditorDialog::tr("Forecast");
}

QString durationText(int seconds)
{
    if (seconds == 0)
        return RuleEditorDialog::tr("at once");
    if (seconds % 3600 == 0)
        return RuleEditorDialog::tr("%n h", nullptr, seconds / 3600);
    if (seconds % 60 == 0)
        return RuleEditorDialog::tr("%n min", nullptr, seconds / 60);
    return RuleEditorDialog::tr("%n s", nullptr, seconds);
}

} // namespace

QString RuleEditorDialog::conditionText(const Model::AlertRule &rule)
{
    const QString metric = Model::alertMetricLabel(rule.metric);
    const QString sign = rule.comparison == Model::AlertComparison::Above ? u">"_s : u"<"_s;
    const QString limit = QLocale().toString(rule.threshold, 'g', 6);
    QString text;
    switch (rule.type) {
    case Model::AlertRuleType::Threshold: text = tr("%1 %2 %3").arg(metric, sign, limit); break;
    case Model::AlertRuleType::Anomaly: text = tr("anomaly score of %1 %2 %3").arg(metric, sign, limit); break;
    case Model::AlertRuleType::Forecast:
        text = tr("%1 reaches %2 within %3").arg(metric, limit, durationText(rule.horizonSeconds));
        break;
    }
    if (!std::isnan(rule.clearAt))
        text += tr(" (clears at %1)").arg(QLocale().toString(rule.clearAt, 'g', 6));
    return text;
}

RuleEditorDialog::RuleEditorDialog(Model::Workspace workspace, const QString &serviceId, QWidget *parent)
    : QDialog(parent), m_workspace(std::move(workspace))
{
    setObjectName(u"ruleEditorDialog"_s);
    setWindowModality(Qt::WindowModal);

    m_service = new QComboBox(this);
    m_service->setObjectName(u"ruleService"_s);
    for (const Model::Service &s : m_workspace.services) {
        const Model::Project *p = m_workspace.project(s.projectId);
        m_service->addItem(p ? tr("%1 / %2").arg(p->name, s.name) : s.name, s.id);
    }
    m_serviceLabel = new QLabel(this);
    m_serviceLabel->setBuddy(m_service);
    m_origin = new QLabel(this);
    m_origin->setObjectName(u"ruleOrigin"_s);
    m_origin->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"ruleTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Condition, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons

    m_add = new QPushButton(this);
    m_add->setObjectName(u"ruleAdd"_s);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"ruleEdit"_s);
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(u"ruleToggle"_s);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(u"ruleRemove"_s);
    m_defaults = new QPushButton(this);
    m_defaults->setObjectName(u"ruleDefaults"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons = buttons;
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(m_serviceLabel);
    top->addWidget(m_service, 1);
    auto *side = new QVBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_toggle, m_remove, m_defaults})
        side->addWidget(b);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_origin);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);

    connect(m_service, &QComboBox::currentIndexChanged, this, &RuleEditorDialog::showService);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RuleEditorDialog::updateButtons);
    // `activated` is a double click or Enter on a row.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { openForm(index.row()); });
    connect(m_add, &QPushButton::clicked, this, [this] { openForm(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openForm(m_table->currentRow()); });
    connect(m_toggle, &QPushButton::clicked, this, &RuleEditorDialog::toggleCurrent);
    connect(m_remove, &QPushButton::clicked, this, &RuleEditorDialog::removeCurrent);
    connect(m_defaults, &QPushButton::clicked, this, &RuleEditorDialog::resetToDefaults);
    m_table->installEventFilter(this);

    const int start = m_service->findData(serviceId);
    m_service->setCurrentIndex(start < 0 ? 0 : start);
    retranslateUi();
    showService();
    resize(900, 520);
}

RuleEditorDialog::~RuleEditorDialog() = default;

bool RuleEditorDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Delete and Insert on the list, whichever window is active (no shortcut map).
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Delete) {
            removeCurrent();
            return true;
        }
        if (key == Qt::Key_Insert) {
            openForm(-1);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

RuleFormDialog *RuleEditorDialog::form() const
{
    return m_form.data();
}

QString RuleEditorDialog::currentServiceId() const
{
    return m_service->currentData().toString();
}

Model::AlertRules RuleEditorDialog::rulesOf(const QString &serviceId) const
{
    const Model::Service *s = m_workspace.service(serviceId);
    if (!s)
        return {};
    const auto it = m_edits.constFind(serviceId);
    if (it == m_edits.cend())
        return Alerts::DefaultRules::effective(*s);
    return it->has_value() ? **it : Alerts::DefaultRules::forService(*s);
}

Model::Workspace RuleEditorDialog::editedWorkspace() const
{
    Model::Workspace ws = m_workspace;
    for (Model::Service &s : ws.services) {
        const auto it = m_edits.constFind(s.id);
        if (it != m_edits.cend())
            s.alertRules = *it;
    }
    return ws;
}

bool RuleEditorDialog::event(QEvent *event)
{
    // After the children: the button box resets its standard buttons' texts to Qt's
    // own (English) words when it hears of the change.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showService(); // the table's words and the origin line
    }
    return handled;
}

void RuleEditorDialog::retranslateUi()
{
    setWindowTitle(tr("Alert rules"));
    for (int i = 0; i < m_service->count(); ++i) {
        const Model::Service *s = m_workspace.service(m_service->itemData(i).toString());
        const Model::Project *p = s ? m_workspace.project(s->projectId) : nullptr;
        if (s)
            m_service->setItemText(i, p ? tr("%1 / %2").arg(p->name, s->name) : s->name);
    }
    m_serviceLabel->setText(tr("&Service:"));
    m_table->setHorizontalHeaderLabels(
        {tr("Rule"), tr("Type"), tr("Condition"), tr("For"), tr("Severity"), tr("Enabled")});
    m_add->setText(tr("&Add…"));
    m_edit->setText(tr("&Edit…"));
    m_remove->setText(tr("&Remove"));
    m_defaults->setText(tr("Back to the de&faults"));
    // Qt ships no Romanian for its own buttons: our words, translated by us.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void RuleEditorDialog::showService()
{
    const QString id = currentServiceId();
    const Model::Service *s = m_workspace.service(id);
    const auto edit = m_edits.constFind(id);
    const bool own = edit != m_edits.cend() ? edit->has_value() : (s && s->alertRules.has_value());
    m_origin->setText(own ? tr("This service has its own rules.")
                          : tr("This service follows the default rules; a change makes them its own."));
    const Model::AlertRules rules = rulesOf(id);
    const int row = m_table->currentRow();
    m_table->setRowCount(static_cast<int>(rules.size()));
    for (int r = 0; r < rules.size(); ++r) {
        const Model::AlertRule &rule = rules.at(r);
        const QStringList cells = {rule.id,
                                   typeLabel(rule.type),
                                   conditionText(rule),
                                   durationText(rule.forSeconds),
                                   rule.severity == Model::AlertSeverity::Critical ? tr("Critical") : tr("Warning"),
                                   rule.enabled ? tr("yes") : tr("no")};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (!rule.enabled)
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnToContents(Id);
    m_table->resizeColumnToContents(Type);
    if (!rules.isEmpty())
        m_table->selectRow(std::clamp(row, 0, static_cast<int>(rules.size()) - 1));
    m_defaults->setEnabled(own);
    updateButtons();
}

void RuleEditorDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const Model::AlertRules rules = rulesOf(currentServiceId());
    const bool has = row >= 0 && row < rules.size();
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
    m_toggle->setEnabled(has);
    m_toggle->setText(has && !rules.at(row).enabled ? tr("E&nable") : tr("&Disable"));
}

void RuleEditorDialog::setRules(Model::AlertRules rules)
{
    m_edits.insert(currentServiceId(), std::move(rules));
    showService();
}

void RuleEditorDialog::openForm(int row)
{
    const Model::AlertRules rules = rulesOf(currentServiceId());
    const bool adding = row < 0 || row >= rules.size();
    QStringList others;
    for (int r = 0; r < rules.size(); ++r) {
        if (r != row || adding)
            others.append(rules.at(r).id);
    }
    Model::AlertRule start;
    if (!adding)
        start = rules.at(row);
    else
        start.threshold = 0.0;
    if (m_form)
        m_form->deleteLater();
    m_form = new RuleFormDialog(start, others, adding, this);
    m_form->setAttribute(Qt::WA_DeleteOnClose);
    const QString service = currentServiceId();
    connect(m_form, &QDialog::accepted, this, [this, row, adding, service, form = m_form] {
        if (service != currentServiceId())
            return;
        Model::AlertRules edited = rulesOf(service);
        if (adding)
            edited.append(form->rule());
        else if (row < edited.size())
            edited[row] = form->rule();
        setRules(edited);
        m_table->selectRow(adding ? static_cast<int>(edited.size()) - 1 : row);
    });
    m_form->open();
}

void RuleEditorDialog::toggleCurrent()
{
    Model::AlertRules rules = rulesOf(currentServiceId());
    const int row = m_table->currentRow();
    if (row < 0 || row >= rules.size())
        return;
    rules[row].enabled = !rules[row].enabled;
    setRules(rules);
}

void RuleEditorDialog::removeCurrent()
{
    Model::AlertRules rules = rulesOf(currentServiceId());
    const int row = m_table->currentRow();
    if (row < 0 || row >= rules.size())
        return;
    rules.removeAt(row);
    setRules(rules);
}

void RuleEditorDialog::resetToDefaults()
{
    m_edits.insert(currentServiceId(), std::nullopt);
    showService();
}

} // namespace Gui
