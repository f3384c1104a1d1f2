#include "ui/flags/flagsview.h"

#include "core/flags/flagevaluator.h"
#include "core/flags/flagservice.h"
#include "core/flags/rolloutreach.h"
#include "ui/flags/experimentpanel.h"
#include "ui/flags/flagchangedialog.h"
#include "ui/flags/flagsmodel.h"
#include "ui/flags/flagtext.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

const QStringList kStandardFields = {u"userId"_s, u"sessionId"_s, u"remoteAddress"_s, u"environment"_s,
                                     u"appName"_s, u"currentTime"_s};

QString projectKey(const QString &sourceId, const QString &projectId)
{
    return sourceId + u'\n' + projectId;
}

} // namespace

FlagsView::FlagsView(Flags::FlagService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_operatorName(qEnvironmentVariable("USER", u"operator"_s))
{
    setObjectName(u"flagsView"_s);
    m_approver = [](FlagChangeDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    m_filePicker = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import experiment counts"), QString(),
                                            tr("CSV files (*.csv);;All files (*)"));
    };

    m_projectLabel = new QLabel(this);
    m_projects = new QComboBox(this);
    m_projects->setObjectName(u"flagProjectSelector"_s);
    m_projects->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_projectLabel->setBuddy(m_projects);
    m_environmentLabel = new QLabel(this);
    m_environments = new QComboBox(this);
    m_environments->setObjectName(u"flagEnvironmentSelector"_s);
    m_environments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_environmentLabel->setBuddy(m_environments);
    m_status = new QLabel(this);
    m_status->setObjectName(u"flagSourceStatus"_s);
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refreshFlags"_s);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->refresh();
    });
    connect(m_projects, &QComboBox::currentIndexChanged, this, [this] {
        refreshTable();
        m_experiments->setSnapshot(m_snapshot, currentProject());
    });
    connect(m_environments, &QComboBox::currentIndexChanged, this, &FlagsView::refreshTable);

    m_model = new FlagsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(FlagsModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"flagsTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FlagsModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FlagsView::showDetails);

    // The selected flag: what it does, the approvable changes, the evaluator.
    m_flagTitle = new QLabel(this);
    m_flagTitle->setObjectName(u"flagTitle"_s);
    QFont bold = m_flagTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_flagTitle->setFont(bold);
    m_flagDetails = new QLabel(this);
    m_flagDetails->setObjectName(u"flagDetails"_s);
    m_flagDetails->setWordWrap(true);
    m_flagDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flagDetails->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(u"toggleFlag"_s);
    connect(m_toggle, &QPushButton::clicked, this, &FlagsView::toggleSelected);
    m_rollout = new QSpinBox(this);
    m_rollout->setObjectName(u"rolloutPercent"_s);
    m_rollout->setRange(0, 100);
    m_rollout->setSuffix(u" %"_s);
    m_setRollout = new QPushButton(this);
    m_setRollout->setObjectName(u"setRollout"_s);
    connect(m_setRollout, &QPushButton::clicked, this, [this] { setRolloutOfSelected(m_rollout->value()); });

    m_evaluateTitle = new QLabel(this);
    m_evaluateTitle->setFont(bold);
    m_userId = new QLineEdit(this);
    m_userId->setObjectName(u"evaluateUserId"_s);
    m_properties = new QLineEdit(this);
    m_properties->setObjectName(u"evaluateProperties"_s);
    m_evaluate = new QPushButton(this);
    m_evaluate->setObjectName(u"evaluateFlag"_s);
    m_evaluation = new QLabel(this);
    m_evaluation->setObjectName(u"evaluationResult"_s);
    m_evaluation->setWordWrap(true);
    m_evaluation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_evaluate, &QPushButton::clicked, this, &FlagsView::evaluate);
    connect(m_userId, &QLineEdit::returnPressed, this, &FlagsView::evaluate);
    connect(m_properties, &QLineEdit::returnPressed, this, &FlagsView::evaluate);

    m_auditTitle = new QLabel(this);
    m_auditTitle->setFont(bold);
    m_audit = new QListWidget(this);
    m_audit->setObjectName(u"flagAudit"_s);
    m_audit->setMaximumHeight(90);

    auto *changeRow = new QHBoxLayout;
    changeRow->addWidget(m_toggle);
    changeRow->addStretch(1);
    changeRow->addWidget(m_rollout);
    changeRow->addWidget(m_setRollout);
    auto *evaluateForm = new QFormLayout;
    evaluateForm->addRow(m_userId);
    evaluateForm->addRow(m_properties);
    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(8, 0, 0, 0);
    detailsLayout->addWidget(m_flagTitle);
    detailsLayout->addWidget(m_flagDetails, 1);
    detailsLayout->addLayout(changeRow);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(m_evaluateTitle);
    detailsLayout->addLayout(evaluateForm);
    detailsLayout->addWidget(m_evaluate, 0, Qt::AlignLeft);
    detailsLayout->addWidget(m_evaluation);
    detailsLayout->addSpacing(6);
    detailsLayout->addWidget(m_auditTitle);
    detailsLayout->addWidget(m_audit);

    m_experiments = new ExperimentPanel(this);
    connect(m_experiments, &ExperimentPanel::proposalReviewRequested, this,
            [this](const Flags::RolloutProposal &p) { requestChange(p.change, p.guardrails, p.guardrailsHealthy); });
    connect(m_experiments, &ExperimentPanel::importRequested, this, &FlagsView::importCounts);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_table);
    top->addWidget(details);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"flagsSplitter"_s);
    split->addWidget(top);
    split->addWidget(m_experiments);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *header = new QHBoxLayout;
    header->addWidget(m_projectLabel);
    header->addWidget(m_projects);
    header->addSpacing(12);
    header->addWidget(m_environmentLabel);
    header->addWidget(m_environments);
    header->addSpacing(12);
    header->addWidget(m_status, 1);
    header->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    if (m_service) {
        connect(m_service, &Flags::FlagService::snapshotReady, this, &FlagsView::onSnapshot);
        connect(m_service, &Flags::FlagService::changeFinished, this, [this](const Flags::FlagChangeOutcome &o) {
            m_changeMessage = (o.succeeded ? tr("Applied: %1. %2") : tr("Not applied: %1. %2"))
                                  .arg(o.change.describe(), o.message);
            m_status->setText(m_changeMessage);
        });
        connect(m_service, &Flags::FlagService::importFinished, this, [this](quint64, bool, const QString &message) {
            m_changeMessage = message; // kept beside the sources' state until the next action
            m_status->setText(message);
        });
    }
    retranslate();
    if (m_service && m_service->latest())
        onSnapshot(m_service->latest());
}

FlagsView::~FlagsView() = default;

void FlagsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FlagsView::retranslate()
{
    m_projectLabel->setText(tr("&Project:"));
    m_environmentLabel->setText(tr("&Environment:"));
    m_refresh->setText(tr("Refresh"));
    m_setRollout->setText(tr("Set rollout…"));
    m_evaluateTitle->setText(tr("Evaluate for a user"));
    m_userId->setPlaceholderText(tr("user id, e.g. 42"));
    m_properties->setPlaceholderText(tr("more context, e.g. country=RO, appName=web"));
    m_evaluate->setText(tr("Evaluate"));
    m_auditTitle->setText(tr("Flag changes run as actions (also in the inbox's history)"));
    m_model->retranslate();
    m_experiments->retranslate();
    if (m_snapshot)
        onSnapshot(m_snapshot);
    else
        m_status->setText(tr("Reading flags…"));
    showDetails();
}

QString FlagsView::currentProject() const
{
    return m_projects->currentData().toString().section(u'\n', 1);
}

QString FlagsView::currentEnvironment() const
{
    return m_environments->currentText();
}

QString FlagsView::currentFlag() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(FlagsModel::FeatureNameRole).toString() : QString();
}

QString FlagsView::evaluationText() const
{
    return m_evaluation->text();
}

QString FlagsView::statusText() const
{
    return m_status->text();
}

QString FlagsView::auditState(const Flags::FlagAuditEntry &e)
{
    if (e.pending)
        return tr("running");
    if (e.verified)
        return tr("verified");
    return e.succeeded ? tr("done") : tr("failed: %1").arg(e.message);
}

const Flags::SourceFlags *FlagsView::currentSource() const
{
    return m_snapshot ? m_snapshot->source(m_projects->currentData().toString().section(u'\n', 0, 0)) : nullptr;
}

const Flags::Feature *FlagsView::currentFeature() const
{
    const Flags::SourceFlags *source = currentSource();
    return source ? source->feature(currentProject(), currentFlag()) : nullptr;
}

bool FlagsView::selectProject(const QString &projectId)
{
    for (int i = 0; i < m_projects->count(); ++i) {
        if (m_projects->itemData(i).toString().section(u'\n', 1) == projectId) {
            m_projects->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

bool FlagsView::selectEnvironment(const QString &environment)
{
    const int i = m_environments->findText(environment);
    if (i >= 0)
        m_environments->setCurrentIndex(i);
    return i >= 0;
}

bool FlagsView::selectFlag(const QString &featureName)
{
    const int row = m_model->rowOf(featureName);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, FlagsModel::Name)));
    return true;
}

void FlagsView::onSnapshot(const Flags::FlagsSnapshotPtr &snapshot)
{
    m_snapshot = snapshot;
    fillSelectors();
    refreshTable();
    m_experiments->setSnapshot(snapshot, currentProject());

    QStringList status;
    for (const Flags::SourceFlags &s : snapshot->sources) {
        QString line = s.status.ok
            ? tr("%1: read %2").arg(s.status.name, FlagText::ago(s.status.fetchedAtMs, snapshot->atMs))
            : tr("%1: %2").arg(s.status.name, s.status.message.isEmpty() ? tr("reading…") : s.status.message);
        if (s.status.demo)
            line += u' ' + tr("(demo: simulated flags)");
        status.append(line);
    }
    if (snapshot->sources.isEmpty())
        status.append(tr("No flag source is connected. Add an Unleash server to the workspace."));
    m_status->setText(m_changeMessage.isEmpty() ? status.join(u"; "_s)
                                                : status.join(u"; "_s) + u" — "_s + m_changeMessage);

    m_audit->clear();
    const QLocale locale;
    for (const Flags::FlagAuditEntry &e : snapshot->audit) {
        auto *item = new QListWidgetItem(
            tr("%1 · %2 · approved by %3 · %4")
                .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(e.atMs).toLocalTime(), QLocale::ShortFormat),
                     e.change.describe(), e.approvedBy, auditState(e)),
            m_audit);
        item->setToolTip(e.request);
    }
    showDetails();
    emit snapshotShown();
}

void FlagsView::fillSelectors()
{
    const QString currentKey = m_projects->currentData().toString();
    const QString currentEnv = m_environments->currentText();
    const QSignalBlocker projectBlocker(m_projects);
    const QSignalBlocker envBlocker(m_environments);
    m_projects->clear();
    QStringList environments;
    for (const Flags::SourceFlags &s : m_snapshot->sources) {
        for (const Flags::FlagProject &p : s.projects) {
            const QString label = m_snapshot->sources.size() > 1 ? tr("%1 — %2").arg(p.name, s.status.name) : p.name;
            m_projects->addItem(label, projectKey(s.status.sourceId, p.id));
        }
        for (const QString &e : s.environments)
            if (!environments.contains(e))
                environments.append(e);
    }
    const int keep = m_projects->findData(currentKey);
    m_projects->setCurrentIndex(keep >= 0 ? keep : 0);
    m_environments->clear();
    m_environments->addItems(environments);
    // Production first when nothing was chosen: that is where users are.
    int env = m_environments->findText(currentEnv.isEmpty() ? u"production"_s : currentEnv);
    m_environments->setCurrentIndex(env >= 0 ? env : 0);
}

void FlagsView::refreshTable()
{
    const QString keepFlag = currentFlag();
    m_model->setFlags(m_snapshot, m_projects->currentData().toString().section(u'\n', 0, 0), currentProject(),
                      currentEnvironment());
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    if (!keepFlag.isEmpty() && selectFlag(keepFlag))
        return;
    if (!currentFeature() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, FlagsModel::Name));
    showDetails();
}

void FlagsView::showDetails()
{
    const Flags::Feature *f = currentFeature();
    const QString env = currentEnvironment();
    const Flags::FeatureEnvironment *e = f ? f->environment(env) : nullptr;
    m_toggle->setEnabled(e != nullptr && m_service);
    m_evaluate->setEnabled(f != nullptr);
    if (!f) {
        m_flagTitle->setText(tr("No flag selected"));
        m_flagDetails->clear();
        m_toggle->setText(tr("Turn on"));
        m_setRollout->setEnabled(false);
        return;
    }
    m_flagTitle->setText(f->name);
    QStringList lines;
    if (!f->description.isEmpty())
        lines.append(f->description);
    lines.append(tr("Type: %1").arg(FlagText::flagType(f->type)));
    for (const Flags::FeatureEnvironment &each : f->environments)
        lines.append(tr("%1: %2 — %3. Reaches %4.")
                         .arg(each.name, each.enabled ? tr("on") : tr("off"), FlagText::strategies(each),
                              FlagText::reach(each.reach)));
    if (f->lastChange)
        lines.append(tr("Last change: %1.").arg(FlagText::lastChange(*f->lastChange, m_snapshot->atMs)));
    // Straja's own newest action on this flag (the audit is newest first).
    for (const Flags::FlagAuditEntry &a : m_snapshot->audit) {
        const Flags::SourceFlags *source = currentSource();
        if (a.change.feature != f->name || !source || a.change.sourceId != source->status.sourceId)
            continue;
        lines.append(tr("Last change through Straja: %1, approved by %2, %3 — %4.")
                         .arg(a.change.describe(), a.approvedBy,
                              QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.atMs).toLocalTime(),
                                                 QLocale::ShortFormat),
                              auditState(a)));
        break;
    }
    if (!f->dependencies.isEmpty()) {
        QStringList parents;
        for (const Flags::Dependency &d : f->dependencies)
            parents.append(d.enabled ? d.feature : tr("not %1").arg(d.feature));
        lines.append(tr("Depends on: %1").arg(parents.join(u", "_s)));
    }
    const auto experiments = m_snapshot->experimentsUsing(f->name);
    for (const Experiments::ExperimentReportPtr &x : experiments)
        lines.append(tr("Used by the experiment \"%1\".").arg(x->definition.name));
    m_flagDetails->setText(lines.join(u'\n'));

    m_toggle->setText(e && e->enabled ? tr("Turn off in %1").arg(env) : tr("Turn on in %1").arg(env));
    int rolloutStrategy = -1;
    if (e)
        for (int i = 0; i < e->strategies.size() && rolloutStrategy < 0; ++i)
            if (e->strategies.at(i).name == u"flexibleRollout")
                rolloutStrategy = i;
    m_setRollout->setEnabled(rolloutStrategy >= 0 && m_service);
    m_rollout->setEnabled(rolloutStrategy >= 0);
    if (rolloutStrategy >= 0)
        m_rollout->setValue(std::max(0, Flags::RolloutReach::rolloutPercent(e->strategies.at(rolloutStrategy))));
}

void FlagsView::evaluate()
{
    const Flags::SourceFlags *source = currentSource();
    const Flags::Feature *f = currentFeature();
    if (!source || !f)
        return;
    Flags::EvaluationContext context;
    const QString user = m_userId->text().trimmed();
    if (!user.isEmpty())
        context.fields.insert(u"userId"_s, user);
    for (const QString &pair : m_properties->text().split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0) {
            m_evaluation->setText(tr("\"%1\" is not name=value.").arg(pair.trimmed()));
            return;
        }
        const QString key = pair.left(eq).trimmed();
        const QString value = pair.mid(eq + 1).trimmed();
        (kStandardFields.contains(key) ? context.fields : context.properties).insert(key, value);
    }
    const QString env = currentEnvironment();
    const Flags::FlagEvaluator evaluator(std::make_shared<const Flags::ClientState>(source->clientState(env)));
    const Flags::Evaluation result = evaluator.evaluate(f->name, context);
    const Flags::FeatureEnvironment *e = f->environment(env);
    const QString who = user.isEmpty() ? tr("a user without an id") : tr("user %1").arg(user);
    QStringList lines;
    lines.append(result.enabled ? tr("ON for %1 in %2.").arg(who, env) : tr("OFF for %1 in %2.").arg(who, env));
    if (!result.dependenciesSatisfied)
        lines.append(tr("A flag it depends on is not in the required state."));
    else if (e && !e->enabled)
        lines.append(tr("The flag is off in this environment."));
    for (int i = 0; i < result.strategies.size(); ++i) {
        const Flags::StrategyTrace &t = result.strategies.at(i);
        const QString name = e && i < e->strategies.size() ? FlagText::strategy(e->strategies.at(i)) : t.name;
        QString why;
        if (!t.known)
            why = tr("unknown to SDKs, never matches");
        else if (!t.constraintsPassed)
            why = tr("constraints not met");
        else if (t.bucket > 0)
            why = t.enabled ? tr("bucket %1 is within the rollout").arg(t.bucket)
                            : tr("bucket %1 is outside the rollout").arg(t.bucket);
        else
            why = t.enabled ? tr("matches") : tr("does not match");
        lines.append(tr("%1. %2: %3%4").arg(i + 1).arg(name, why,
                                                     i == result.strategyIndex ? tr(" ← decides") : QString()));
    }
    if (result.variant.enabled)
        lines.append(tr("Variant: %1.").arg(result.variant.name));
    m_evaluation->setText(lines.join(u'\n'));
}

void FlagsView::toggleSelected()
{
    const Flags::SourceFlags *source = currentSource();
    const Flags::Feature *f = currentFeature();
    const Flags::FeatureEnvironment *e = f ? f->environment(currentEnvironment()) : nullptr;
    if (!source || !e)
        return;
    Flags::FlagChange change;
    change.kind = e->enabled ? Flags::FlagChange::Kind::Disable : Flags::FlagChange::Kind::Enable;
    change.sourceId = source->status.sourceId;
    change.project = currentProject();
    change.feature = f->name;
    change.environment = e->name;
    requestChange(change);
}

void FlagsView::setRolloutOfSelected(int percent)
{
    const Flags::SourceFlags *source = currentSource();
    const Flags::Feature *f = currentFeature();
    const Flags::FeatureEnvironment *e = f ? f->environment(currentEnvironment()) : nullptr;
    if (!source || !e)
        return;
    for (const Flags::Strategy &s : e->strategies) {
        if (s.name != u"flexibleRollout")
            continue;
        Flags::FlagChange change;
        change.kind = Flags::FlagChange::Kind::SetRollout;
        change.sourceId = source->status.sourceId;
        change.project = currentProject();
        change.feature = f->name;
        change.environment = e->name;
        change.strategyId = s.id;
        change.rolloutBefore = Flags::RolloutReach::rolloutPercent(s);
        change.rollout = percent;
        requestChange(change);
        return;
    }
}

void FlagsView::requestChange(const Flags::FlagChange &change, const QVector<Flags::GuardrailReading> &guardrails,
                              bool guardrailsHealthy)
{
    if (!m_service)
        return;
    FlagChangeDialog dialog(change, guardrails, guardrailsHealthy, this);
    if (!m_approver(dialog)) {
        m_status->setText(tr("Not approved: %1.").arg(change.describe()));
        return;
    }
    m_changeMessage.clear();
    m_status->setText(tr("Applying: %1…").arg(change.describe()));
    m_service->apply(change, m_operatorName);
}

void FlagsView::importCounts(const QString &experimentId)
{
    if (!m_service)
        return;
    const QString path = m_filePicker();
    if (path.isEmpty())
        return;
    m_status->setText(tr("Importing %1…").arg(path));
    m_service->importCounts(path, experimentId);
}

} // namespace Gui
