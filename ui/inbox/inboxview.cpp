#include "ui/inbox/inboxview.h"

#include "core/actions/proposaltext.h"
#include "core/engine/engineapi.h"
#include "ui/dialogs/messagebox.h"
#include "ui/inbox/automationdialog.h"
#include "ui/inbox/proposaldetail.h"
#include "ui/inbox/schedulepanel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr std::array kSections = {InboxModel::Section::Open, InboxModel::Section::Running,
                                  InboxModel::Section::Shadow, InboxModel::Section::History};

// The shortcut is part of the text operators read: "Approve (A)".
QString withKey(const QString &text, const QAction *action)
{
    return action->shortcut().isEmpty()
               ? text
               : u"%1 (%2)"_s.arg(text, action->shortcut().toString(QKeySequence::NativeText));
}

} // namespace

InboxView::InboxView(Engine::EngineApi *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    setObjectName(u"inboxView"_s);
    for (std::size_t i = 0; i < kSections.size(); ++i)
        m_models[i] = new InboxModel(kSections[i], this);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"automationBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_budget = new QLabel(this);
    m_budget->setObjectName(u"budgetLabel"_s);
    m_automationButton = new QPushButton(this);
    m_automationButton->setObjectName(u"automationButton"_s);

    m_sections = new QTabBar(this);
    m_sections->setObjectName(u"inboxSections"_s);
    m_sections->setDocumentMode(true);
    m_sections->setDrawBase(false);
    for (std::size_t i = 0; i < kSections.size(); ++i)
        m_sections->addTab(QString());
    connect(m_sections, &QTabBar::currentChanged, this,
            [this](int index) { setSection(kSections.at(static_cast<std::size_t>(index))); });

    // Shortcuts live on the view: A, R and S act only while the inbox has focus,
    // never while the operator types elsewhere.
    auto makeAction = [this](const QString &name, const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_approveAction = makeAction(u"actionApprove"_s, QKeySequence(Qt::Key_A), &InboxView::approveSelected);
    m_rejectAction = makeAction(u"actionReject"_s, QKeySequence(Qt::Key_R), &InboxView::rejectSelected);
    m_snoozeAction = makeAction(u"actionSnooze"_s, QKeySequence(Qt::Key_S), [this] { snoozeSelected(); });
    m_bulkAction = makeAction(u"actionApproveAllOfKind"_s, QKeySequence(Qt::SHIFT | Qt::Key_A),
                              &InboxView::approveAllOfKind);
    m_automationAction = new QAction(this);
    m_automationAction->setObjectName(u"actionAutomation"_s);
    connect(m_automationAction, &QAction::triggered, this, &InboxView::showAutomationSettings);
    connect(m_automationButton, &QPushButton::clicked, m_automationAction, &QAction::trigger);

    auto makeButton = [this](QAction *action, const QString &name) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return button;
    };
    m_approveButton = makeButton(m_approveAction, u"approveButton"_s);
    m_rejectButton = makeButton(m_rejectAction, u"rejectButton"_s);
    m_snoozeButton = makeButton(m_snoozeAction, u"snoozeButton"_s);
    m_bulkButton = makeButton(m_bulkAction, u"bulkApproveButton"_s);
    auto *snoozeMenu = new QMenu(m_snoozeButton);
    for (qint64 minutes : {15, 60, 240, 1440}) {
        QAction *a = snoozeMenu->addAction(QString());
        a->setData(minutes);
        connect(a, &QAction::triggered, this, [this, minutes] { snoozeSelected(minutes * 60'000); });
    }
    m_snoozeButton->setMenu(snoozeMenu);
    m_snoozeButton->setPopupMode(QToolButton::MenuButtonPopup);

    m_table = new QTableView(this);
    m_table->setObjectName(u"inboxTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_detail = new ProposalDetail(this);
    connect(m_detail, &ProposalDetail::previewRequested, this, [this](qint64 id) {
        if (m_engine)
            m_engine->requestActionPreview(id);
    });
    if (m_engine) {
        connect(m_engine, &Engine::EngineApi::actionPreviewReady, m_detail, &ProposalDetail::setPreview);
        connect(m_engine, &Engine::EngineApi::inboxReady, this, &InboxView::setInbox);
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"inboxSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({740, 520});
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_budget);
    top->addWidget(m_automationButton);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_sections);
    bar->addStretch(1);
    bar->addWidget(m_approveButton);
    bar->addWidget(m_rejectButton);
    bar->addWidget(m_snoozeButton);
    bar->addWidget(m_bulkButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    m_schedules = new SchedulePanel(m_engine, this);
    m_schedules->setObjectName(u"schedulePanel"_s);
    layout->addWidget(m_schedules);

    setSection(InboxModel::Section::Open);
    retranslate();
    if (m_engine && m_engine->latestInbox())
        setInbox(m_engine->latestInbox());
}

InboxView::~InboxView() = default;

InboxModel *InboxView::model(InboxModel::Section section) const
{
    return m_models.at(static_cast<std::size_t>(section));
}

InboxModel *InboxView::currentModel() const
{
    return model(m_section);
}

QList<QAction *> InboxView::decisionActions() const
{
    return {m_approveAction, m_rejectAction, m_snoozeAction, m_bulkAction};
}

int InboxView::openCount() const
{
    if (!m_inbox)
        return 0;
    int n = 0;
    for (const Actions::ActionRecord &r : m_inbox->open)
        n += r.snoozedUntilMs > m_inbox->atMs ? 0 : 1;
    return n;
}

void InboxView::setSection(InboxModel::Section section)
{
    m_section = section;
    const int index = static_cast<int>(section);
    if (m_sections->currentIndex() != index)
        m_sections->setCurrentIndex(index);
    if (m_table->model() != currentModel()) {
        m_table->setModel(currentModel());
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            updateDetail();
            updateActions();
        });
        auto *header = m_table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setSectionResizeMode(InboxModel::Title, QHeaderView::Stretch);
        header->setMinimumSectionSize(60);
        header->resizeSection(InboxModel::Why, 130);
        header->resizeSection(InboxModel::Effect, 110);
        for (int c : {InboxModel::Service, InboxModel::Confidence, InboxModel::Cost, InboxModel::State})
            header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        if (currentModel()->rowCount() > 0)
            selectAction(currentModel()->record(0)->id);
    }
    updateDetail();
    updateActions();
}

bool InboxView::selectAction(qint64 id)
{
    const int row = currentModel()->rowOf(id);
    if (row < 0)
        return false;
    m_table->selectionModel()->setCurrentIndex(currentModel()->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

void InboxView::setInbox(const Actions::InboxSnapshotPtr &inbox)
{
    if (!inbox)
        return;
    m_inbox = inbox;
    const qint64 selected = m_detail->actionId();
    for (InboxModel *m : m_models)
        m->setInbox(inbox);
    m_schedules->setSchedules(inbox->schedules);
    if (selected > 0)
        selectAction(selected);
    if (!m_table->selectionModel()->hasSelection() && currentModel()->rowCount() > 0)
        selectAction(currentModel()->record(0)->id);
    retranslate();
    updateDetail();
    const int open = openCount();
    if (open != m_lastOpenCount) {
        m_lastOpenCount = open;
        emit openCountChanged(open);
    }
}

QVector<qint64> InboxView::selectedIds() const
{
    QVector<qint64> ids;
    if (!m_table->selectionModel())
        return ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(index.data(InboxModel::IdRole).toLongLong());
    return ids;
}

void InboxView::approveSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (m_engine && m_section == InboxModel::Section::Open && !ids.isEmpty())
        approveChecked(ids);
}

void InboxView::approveChecked(const QVector<qint64> &ids)
{
    QStringList manual;
    for (qint64 id : ids) {
        const Actions::ActionRecord *r = currentModel()->recordById(id);
        if (r && r->proposal.kind == Actions::ActionKind::Manual)
            manual.append(Actions::ProposalText::title(r->proposal) + u"\n"_s
                          + Actions::ProposalText::manualChecklist(r->proposal));
    }
    if (manual.isEmpty()) {
        m_engine->approveActions(ids);
        return;
    }
    const QString text = tr("Straja cannot carry out %n of these fixes at the provider: do them yourself first, "
                            "then confirm. The approval is recorded in the audit log as done by you.",
                            nullptr, static_cast<int>(manual.size()))
                         + u"\n\n"_s + manual.join(u"\n\n"_s);
    const QPointer<InboxView> self(this);
    MessageBox::confirm(this, tr("Manual fix"), text, tr("I have done it"), [self, ids](bool accepted) {
        if (accepted && self && self->m_engine)
            self->m_engine->approveActions(ids);
    });
}

void InboxView::rejectSelected()
{
    const QVector<qint64> ids = selectedIds();
    if (m_engine && m_section == InboxModel::Section::Open && !ids.isEmpty())
        m_engine->rejectActions(ids);
}

void InboxView::snoozeSelected(qint64 forMs)
{
    const QVector<qint64> ids = selectedIds();
    if (m_engine && m_section == InboxModel::Section::Open && !ids.isEmpty())
        m_engine->snoozeActions(ids, forMs);
}

void InboxView::approveAllOfKind()
{
    const Actions::ActionRecord *current = currentModel()->recordById(currentId());
    if (!m_engine || !m_inbox || m_section != InboxModel::Section::Open || !current)
        return;
    QVector<qint64> ids;
    for (const Actions::ActionRecord &r : m_inbox->open) {
        if (r.proposal.fix == current->proposal.fix && r.proposal.trigger == current->proposal.trigger
            && r.snoozedUntilMs <= m_inbox->atMs)
            ids.append(r.id);
    }
    approveChecked(ids);
}

void InboxView::showAutomationSettings()
{
    if (!m_engine || !m_engine->workspace())
        return;
    AutomationDialog dialog(*m_engine->workspace(), m_inbox ? m_inbox->settings : Actions::AutomationSettings{},
                            m_inbox ? m_inbox->shadowHitRate : QHash<QString, double>{}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_engine->setAutomation(dialog.settings());
}

qint64 InboxView::currentId() const
{
    const QVector<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return 0;
    // The row the operator is on, when it is selected; else the last one selected.
    const qint64 current = m_table->currentIndex().data(InboxModel::IdRole).toLongLong();
    return ids.contains(current) ? current : ids.constLast();
}

void InboxView::updateDetail()
{
    m_detail->setRecord(currentModel()->recordById(currentId()));
}

void InboxView::updateActions()
{
    const bool open = m_section == InboxModel::Section::Open;
    const QVector<qint64> ids = selectedIds();
    m_approveAction->setEnabled(open && !ids.isEmpty());
    m_rejectAction->setEnabled(open && !ids.isEmpty());
    m_snoozeAction->setEnabled(open && !ids.isEmpty());
    const Actions::ActionRecord *current = currentModel()->recordById(currentId());
    int same = 0;
    if (open && current && m_inbox) {
        for (const Actions::ActionRecord &r : m_inbox->open)
            same += r.proposal.fix == current->proposal.fix && r.proposal.trigger == current->proposal.trigger ? 1 : 0;
    }
    m_bulkAction->setEnabled(same > 1);
    m_bulkAction->setText(same > 1 ? tr("Approve all %1 “%2”").arg(same).arg(
                                         Actions::ProposalText::fixLabel(current->proposal.fix))
                                   : tr("Approve all of this kind"));
    m_bulkAction->setToolTip(withKey(m_bulkAction->text(), m_bulkAction));
}

void InboxView::updateBanner()
{
    const Actions::AutomationSettings s = m_inbox ? m_inbox->settings : Actions::AutomationSettings{};
    QStringList parts;
    if (s.autoApproveRules.isEmpty()) {
        parts.append(tr("Auto-approve: <b>off</b> — nothing runs without your approval."));
    } else {
        parts.append(u"<span style=\"color:#c62828\">"_s
                     + tr("Auto-approve is <b>ON</b> for: %1. These run without a click.")
                           .arg(s.autoApproveRules.join(u", "_s).toHtmlEscaped())
                     + u"</span>"_s);
    }
    if (s.dryRun)
        parts.append(u"<span style=\"color:#b36b00\">"_s
                     + tr("Dry run is <b>ON</b>: approved actions show their request and are not sent.") + u"</span>"_s);
    m_banner->setText(parts.join(u"<br>"_s));
    QStringList budgets;
    if (m_inbox) {
        for (const Actions::RequestBudgetStatus &b : m_inbox->budgets)
            budgets.append(tr("%1: %2 of %3 API requests left this hour").arg(b.account).arg(b.remaining).arg(b.limit));
    }
    m_budget->setText(budgets.join(u"\n"_s));
    m_budget->setVisible(!budgets.isEmpty());
}

void InboxView::retranslate()
{
    auto count = [this](InboxModel::Section s) {
        return m_inbox ? static_cast<int>(InboxModel::rowsOf(*m_inbox, s).size()) : 0;
    };
    m_sections->setTabText(0, tr("Open (%1)").arg(openCount()));
    m_sections->setTabText(1, tr("Running (%1)").arg(count(InboxModel::Section::Running)));
    m_sections->setTabText(2, tr("Forecast only (%1)").arg(count(InboxModel::Section::Shadow)));
    m_sections->setTabText(3, tr("History (%1)").arg(count(InboxModel::Section::History)));
    m_approveAction->setText(tr("&Approve"));
    m_approveAction->setToolTip(withKey(tr("Approve the selected proposals; Straja then executes them"),
                                        m_approveAction));
    m_rejectAction->setText(tr("&Reject"));
    m_rejectAction->setToolTip(withKey(tr("Reject the selected proposals"), m_rejectAction));
    m_snoozeAction->setText(tr("&Snooze"));
    m_snoozeAction->setToolTip(withKey(tr("Hide the selected proposals for an hour"), m_snoozeAction));
    const QList<QAction *> snoozes = m_snoozeButton->menu()->actions();
    for (QAction *a : snoozes) {
        const int minutes = a->data().toInt();
        a->setText(minutes < 60 ? tr("Snooze %n minute(s)", nullptr, minutes)
                                : tr("Snooze %n hour(s)", nullptr, minutes / 60));
    }
    m_automationAction->setText(tr("Automation settings…"));
    m_automationButton->setText(tr("Automation…"));
    m_automationButton->setToolTip(tr("Auto-approve rules, dry run, predictive scaling per service"));
    updateBanner();
    updateActions();
}

void InboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (InboxModel *m : m_models)
            m->retranslate();
        retranslate();
        updateDetail();
    }
    QWidget::changeEvent(event);
}

} // namespace Gui
