#include "ui/workspace/workspaceeditor.h"

#include "core/business/businessqueries.h"
#include "core/actions/proposalfactory.h"
#include "core/engine/engineapi.h"
#include "core/model/sourcetype.h"
#include "core/model/workspacecheck.h"
#include "core/secrets/keychaincredentialsource.h"
#include "core/secrets/keychainerrors.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "ui/dialogs/messagebox.h"
#include "ui/workspace/projectdialog.h"
#include "ui/workspace/draftcredentialsource.h"
#include "ui/workspace/railwaydiscoverydialog.h"
#include "ui/workspace/servicedialog.h"
#include "ui/workspace/sourcedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kListedNames = 5;

QString listNames(const QStringList &names)
{
    QStringList shown = names.mid(0, kListedNames);
    QString text = shown.join(u", "_s);
    if (names.size() > kListedNames)
        text += u", …"_s;
    return text;
}

int changedLimits(const Model::HealthThresholds &t)
{
    const Model::HealthThresholds defaults = Model::HealthThresholds::defaults();
    int changed = t.staleAfterSeconds != defaults.staleAfterSeconds ? 1 : 0;
    for (Model::MetricKind kind : Model::allMetricKinds())
        changed += t[kind] == defaults[kind] ? 0 : 1;
    return changed;
}

} // namespace

WorkspaceEditor::WorkspaceEditor(Engine::EngineApi *engine, Secrets::SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_secrets(secrets)
{
    setObjectName(u"workspaceEditor"_s);
    // Scheduled Railway discoveries wait while the operator edits (docs/railway.md).
    if (m_engine) {
        m_engine->setWorkspaceEditorOpen(true);
        connect(this, &QDialog::finished, this, [this] {
            if (m_engine)
                m_engine->setWorkspaceEditorOpen(false);
        });
    }
    setWindowTitle(tr("Edit workspace"));
    if (m_engine && m_engine->workspace())
        m_draft = *m_engine->workspace();

    m_name = new QLineEdit(m_draft.name, this);
    m_name->setObjectName(u"workspaceName"_s);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_draft.name = text.trimmed();
        markChanged();
    });
    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("Workspace &name:"), m_name);

    auto makeTree = [this](const QString &objectName, const QStringList &headers) {
        auto *tree = new QTreeWidget(this);
        tree->setObjectName(objectName);
        tree->setHeaderLabels(headers);
        tree->setRootIsDecorated(objectName == u"servicesTree");
        tree->setAlternatingRowColors(true);
        tree->setUniformRowHeights(true);
        tree->setAllColumnsShowFocus(true);
        tree->header()->setStretchLastSection(true);
        tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        connect(tree, &QTreeWidget::itemActivated, this, [this] { editSelected(); });
        connect(tree, &QTreeWidget::currentItemChanged, this, [this] { setBusy(m_busy, QString()); });
        return tree;
    };
    m_services = makeTree(u"servicesTree"_s, {tr("Name"), tr("Id"), tr("Role"), tr("Source"), tr("Replicas"),
                                              tr("Health limits")});
    m_sources = makeTree(u"sourcesTree"_s, {tr("Name"), tr("Id"), tr("Type"), tr("Address"), tr("Authentication"),
                                            tr("Services")});

    auto makeButton = [this](const QString &objectName, const QString &text, void (WorkspaceEditor::*slot)()) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(objectName);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, slot);
        m_editButtons.append(button);
        return button;
    };
    auto *servicesPage = new QWidget(this);
    auto *servicesButtons = new QVBoxLayout;
    servicesButtons->addWidget(makeButton(u"addProjectButton"_s, tr("Add &project…"), &WorkspaceEditor::addProject));
    servicesButtons->addWidget(makeButton(u"addServiceButton"_s, tr("Add &service…"), &WorkspaceEditor::addService));
    servicesButtons->addWidget(makeButton(u"editServiceButton"_s, tr("&Edit…"), &WorkspaceEditor::editSelected));
    servicesButtons->addWidget(makeButton(u"removeServiceButton"_s, tr("&Remove…"), &WorkspaceEditor::removeSelected));
    servicesButtons->addWidget(makeButton(u"editActionTargetButton"_s, tr("Action &target…"),
                                          &WorkspaceEditor::editActionTarget));
    servicesButtons->addStretch(1);
    auto *servicesLayout = new QHBoxLayout(servicesPage);
    servicesLayout->addWidget(m_services, 1);
    servicesLayout->addLayout(servicesButtons);

    auto *sourcesPage = new QWidget(this);
    auto *sourcesButtons = new QVBoxLayout;
    sourcesButtons->addWidget(makeButton(u"addSourceButton"_s, tr("Add s&ource…"), &WorkspaceEditor::addSource));
    sourcesButtons->addWidget(makeButton(u"editSourceButton"_s, tr("&Edit…"), &WorkspaceEditor::editSelected));
    sourcesButtons->addWidget(makeButton(u"removeSourceButton"_s, tr("&Remove…"), &WorkspaceEditor::removeSelected));
    m_discoverRailway = makeButton(u"discoverRailwayButton"_s, tr("Discover from Rail&way…"),
                                   &WorkspaceEditor::discoverFromRailway);
    m_discoverRailway->setToolTip(tr("Ask Railway which projects and services the source's token sees, and add "
                                     "new services to the workspace (you confirm first)."));
    sourcesButtons->addWidget(m_discoverRailway);
    sourcesButtons->addStretch(1);
    auto *sourcesLayout = new QHBoxLayout(sourcesPage);
    sourcesLayout->addWidget(m_sources, 1);
    sourcesLayout->addLayout(sourcesButtons);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"editorTabs"_s);
    m_tabs->addTab(servicesPage, tr("Projects and services"));
    m_tabs->addTab(sourcesPage, tr("Sources"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { setBusy(m_busy, QString()); });

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveButton"_s);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(u"cancelButton"_s);
    connect(m_save, &QPushButton::clicked, this, &WorkspaceEditor::save);
    connect(m_cancel, &QPushButton::clicked, this, &WorkspaceEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(nameRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    if (m_draft.sources.isEmpty()) {
        m_tabs->setCurrentIndex(1);
        m_status->setText(tr("Start with a source: where the metrics come from. Then add a project and its "
                             "services."));
    }
    rebuild();
    setBusy(false, QString());
    m_save->setEnabled(false);
    resize(980, 620);
}

QString WorkspaceEditor::targetTokenKey(const QString &provider, const QJsonObject &config)
{
    // As ActionTargetDialog and the executors name it: one token per Kubernetes
    // context (or API server) and per Railway account, so services may share it.
    QString id;
    if (provider == u"kubernetes") {
        id = config.value(u"credentialId"_s).toString();
        if (id.isEmpty()) {
            const QString context = config.value(u"context"_s).toString();
            const QString host = QUrl(config.value(u"server"_s).toString()).host();
            if (!context.isEmpty() || !host.isEmpty())
                id = u"kubernetes:"_s + (context.isEmpty() ? host : context);
        }
    } else if (provider == u"railway") {
        id = u"railway:"_s + config.value(u"account"_s).toString(u"default"_s);
    }
    return id.isEmpty() ? QString() : Secrets::sourceSecretKey(id, Secrets::SecretField::Token);
}

WorkspaceEditor::~WorkspaceEditor()
{
    if (m_engine)
        m_engine->setWorkspaceEditorOpen(false);
}

QStringList WorkspaceEditor::serviceIds() const
{
    QStringList ids;
    for (const Model::Service &s : m_draft.services)
        ids.append(s.id);
    return ids;
}

QStringList WorkspaceEditor::projectIds() const
{
    QStringList ids;
    for (const Model::Project &p : m_draft.projects)
        ids.append(p.id);
    return ids;
}

QStringList WorkspaceEditor::sourceIds() const
{
    QStringList ids;
    for (const Model::SourceConfig &s : m_draft.sources)
        ids.append(s.id);
    return ids;
}

void WorkspaceEditor::rebuild()
{
    const QTreeWidgetItem *current = selectedItem();
    const QString currentId = current ? current->data(0, kIdRole).toString() : QString();

    m_services->clear();
    for (const Model::Project &p : m_draft.projects) {
        auto *projectItem = new QTreeWidgetItem(m_services, {p.name, p.id});
        projectItem->setData(0, kKindRole, static_cast<int>(ItemKind::Project));
        projectItem->setData(0, kIdRole, p.id);
        QFont bold = projectItem->font(0);
        bold.setBold(true);
        projectItem->setFont(0, bold);
        for (const Model::Service &s : m_draft.services) {
            if (s.projectId != p.id)
                continue;
            const Model::SourceConfig *source = m_draft.source(s.sourceId);
            const int changed = changedLimits(s.thresholds);
            auto *item = new QTreeWidgetItem(
                projectItem, {s.name, s.id, s.role, source ? source->name : s.sourceId,
                              tr("%1 to %2").arg(s.minReplicas).arg(s.maxReplicas),
                              changed == 0 ? tr("defaults") : tr("%n limit(s) changed", nullptr, changed)});
            item->setData(0, kKindRole, static_cast<int>(ItemKind::Service));
            item->setData(0, kIdRole, s.id);
        }
    }
    m_services->expandAll();

    m_sources->clear();
    for (const Model::SourceConfig &s : m_draft.sources) {
        int used = 0;
        for (const Model::Service &svc : m_draft.services)
            used += svc.sourceId == s.id ? 1 : 0;
        auto *item = new QTreeWidgetItem(m_sources, {s.name, s.id, Model::sourceTypeLabel(s.type), s.url.toString(),
                                                     s.type == Model::SourceType::Demo ? QString()
                                                                                       : Model::sourceAuthLabel(s.auth),
                                                     QString::number(used)});
        item->setData(0, kKindRole, static_cast<int>(ItemKind::Source));
        item->setData(0, kIdRole, s.id);
    }
    if (!currentId.isEmpty())
        select(currentId);
}

bool WorkspaceEditor::select(const QString &id)
{
    for (QTreeWidget *tree : {m_services, m_sources}) {
        QTreeWidgetItemIterator it(tree);
        for (; *it; ++it) {
            if ((*it)->data(0, kIdRole).toString() == id) {
                m_tabs->setCurrentIndex(tree == m_services ? 0 : 1);
                tree->setCurrentItem(*it);
                return true;
            }
        }
    }
    return false;
}

QTreeWidgetItem *WorkspaceEditor::selectedItem() const
{
    if (!m_tabs)
        return nullptr;
    QTreeWidget *tree = m_tabs->currentIndex() == 0 ? m_services : m_sources;
    return tree ? tree->currentItem() : nullptr;
}

void WorkspaceEditor::markChanged()
{
    m_changed = true;
    m_save->setEnabled(!m_busy);
    rebuild();
}

void WorkspaceEditor::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    const bool selected = selectedItem() != nullptr;
    for (QPushButton *button : std::as_const(m_editButtons)) {
        const bool needsSelection = button->objectName().startsWith(u"edit"_s)
                                 || button->objectName().startsWith(u"remove"_s);
        button->setEnabled(!busy && (selected || !needsSelection));
    }
    const QTreeWidgetItem *current = m_sources ? m_sources->currentItem() : nullptr;
    const Model::SourceConfig *source = current ? m_draft.source(current->data(0, kIdRole).toString()) : nullptr;
    m_discoverRailway->setEnabled(!busy && m_tabs->currentIndex() == 1 && source
                                  && source->type == Model::SourceType::Railway);
    m_name->setEnabled(!busy);
    m_save->setEnabled(!busy && m_changed);
    m_cancel->setEnabled(!busy);
    if (!status.isNull())
        m_status->setText(status);
}

void WorkspaceEditor::addProject()
{
    auto *dialog = new ProjectDialog(Model::Project{}, projectIds(), this, m_engine);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_draft.projects.append(dialog->project());
        markChanged();
        select(dialog->project().id);
    });
    dialog->open();
}

void WorkspaceEditor::addService()
{
    Model::Service service;
    if (const QTreeWidgetItem *item = selectedItem(); item && m_tabs->currentIndex() == 0) {
        const QString id = item->data(0, kIdRole).toString();
        const auto kind = static_cast<ItemKind>(item->data(0, kKindRole).toInt());
        service.projectId = kind == ItemKind::Project ? id : m_draft.service(id) ? m_draft.service(id)->projectId : QString();
    }
    if (!m_draft.sources.isEmpty())
        service.sourceId = m_draft.sources.constFirst().id;
    auto *dialog = new ServiceDialog(service, m_draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_draft.services.append(dialog->service());
        markChanged();
        select(dialog->service().id);
    });
    dialog->open();
}

void WorkspaceEditor::addSource()
{
    Model::SourceConfig source;
    source.type = Model::SourceType::Prometheus;
    auto *dialog = new SourceDialog(source, sourceIds(), m_secrets, std::nullopt,
                                    std::make_shared<const Model::Workspace>(m_draft), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Model::SourceConfig added = dialog->source();
        m_draft.sources.append(added);
        m_removedSourceIds.removeAll(added.id);
        queueSecretEdits(added.id, dialog->secretEdits());
        markChanged();
        select(added.id);
    });
    dialog->open();
}

void WorkspaceEditor::editSelected()
{
    const QTreeWidgetItem *item = selectedItem();
    if (!item || m_busy)
        return;
    const QString id = item->data(0, kIdRole).toString();
    switch (static_cast<ItemKind>(item->data(0, kKindRole).toInt())) {
    case ItemKind::Project: editProject(id); break;
    case ItemKind::Service: editService(id); break;
    case ItemKind::Source: editSource(id); break;
    }
}

void WorkspaceEditor::editProject(const QString &id)
{
    const Model::Project *project = m_draft.project(id);
    if (!project)
        return;
    auto *dialog = new ProjectDialog(*project, projectIds(), this, m_engine);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        for (Model::Project &p : m_draft.projects) {
            if (p.id != id)
                continue;
            // The dialog edits every field of a project, business queries included
            // (unknown keys, from a hand-written file, are kept).
            const Model::Project edited = dialog->project();
            p.id = edited.id;
            p.name = edited.name;
            p.description = edited.description;
            for (const QString &key : Business::BusinessQueries::keys())
                p.businessQueries.remove(key);
            p.businessQueries.insert(edited.businessQueries);
        }
        markChanged();
    });
    dialog->open();
}

void WorkspaceEditor::editService(const QString &id)
{
    const Model::Service *service = m_draft.service(id);
    if (!service)
        return;
    auto *dialog = new ServiceDialog(*service, m_draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        for (Model::Service &s : m_draft.services) {
            if (s.id == id)
                s = dialog->service();
        }
        markChanged();
    });
    dialog->open();
}

ActionTargetEdit WorkspaceEditor::currentTarget(const Model::Service &service) const
{
    if (const auto pending = m_pendingTargets.constFind(service.id); pending != m_pendingTargets.cend()) {
        ActionTargetEdit e = *pending;
        e.provider = service.provider;
        e.token.reset(); // a typed token is never shown again
        return e;
    }
    ActionTargetEdit e;
    e.provider = service.provider;
    e.guardrails = Actions::ProposalFactory::defaultGuardrails(service);
    if (const Actions::InboxSnapshotPtr inbox = m_engine ? m_engine->latestInbox() : nullptr) {
        e.config = inbox->targets.value(service.id);
        e.guardrails = inbox->guardrails.value(service.id, e.guardrails);
    }
    return e;
}

void WorkspaceEditor::editActionTarget()
{
    const QTreeWidgetItem *item = selectedItem();
    if (!item || m_busy)
        return;
    const Model::Service *service = m_draft.service(item->data(0, kIdRole).toString());
    if (static_cast<ItemKind>(item->data(0, kKindRole).toInt()) != ItemKind::Service || !service) {
        m_status->setText(tr("Select a service: action targets belong to services."));
        return;
    }
    auto *dialog = new ActionTargetDialog(m_engine, *service, currentTarget(*service), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_credentials && m_secrets)
        m_credentials = std::make_unique<Secrets::KeychainCredentialSource>(m_secrets);
    dialog->setCredentials(m_credentials.get());
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = service->id] {
        const ActionTargetEdit edit = dialog->edit();
        for (Model::Service &s : m_draft.services) {
            if (s.id == id)
                s.provider = edit.provider;
        }
        if (edit.token) {
            m_pendingSecrets.removeIf([&](const SecretEdit &e) { return e.key == edit.tokenKey; });
            m_pendingSecrets.append({edit.tokenKey, edit.token});
        }
        ActionTargetEdit kept = edit;
        kept.token.reset(); // the secret waits in m_pendingSecrets only
        m_pendingTargets.insert(id, kept);
        markChanged();
        select(id);
    });
    dialog->open();
}

void WorkspaceEditor::applyPendingTargets()
{
    // After the workspace: the engine then knows the service and its provider.
    for (auto it = m_pendingTargets.cbegin(); it != m_pendingTargets.cend(); ++it) {
        if (m_engine && m_draft.service(it.key()))
            m_engine->setActionTarget(it.key(), it->config, it->guardrails);
    }
    m_pendingTargets.clear();
}

void WorkspaceEditor::editSource(const QString &id)
{
    const Model::SourceConfig *source = m_draft.source(id);
    if (!source)
        return;
    std::optional<QString> pendingUser;
    const QString userKey = Secrets::sourceSecretKey(id, Secrets::SecretField::Username);
    for (const SecretEdit &edit : std::as_const(m_pendingSecrets)) {
        if (edit.key == userKey)
            pendingUser = edit.value.value_or(QString());
    }
    auto *dialog = new SourceDialog(*source, sourceIds(), m_secrets, pendingUser,
                                    std::make_shared<const Model::Workspace>(m_draft), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        for (Model::SourceConfig &s : m_draft.sources) {
            if (s.id == id)
                s = dialog->source();
        }
        queueSecretEdits(id, dialog->secretEdits());
        markChanged();
    });
    dialog->open();
}

void WorkspaceEditor::discoverFromRailway()
{
    const QTreeWidgetItem *item = m_sources->currentItem();
    const Model::SourceConfig *source = item ? m_draft.source(item->data(0, kIdRole).toString()) : nullptr;
    if (!source || source->type != Model::SourceType::Railway || m_busy)
        return;
    if (!m_credentials && m_secrets)
        m_credentials = std::make_unique<Secrets::KeychainCredentialSource>(m_secrets);
    // A source added or edited in this session may hold a token typed but not yet
    // in the keychain (it goes there on Save): discovery uses it from memory.
    m_draftCredentials = std::make_unique<DraftCredentialSource>(m_credentials.get(), m_pendingSecrets);
    auto *dialog = new RailwayDiscoveryDialog(m_draft, source->id, m_draftCredentials.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString sourceId = source->id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, sourceId] {
        if (!dialog->canApply())
            return;
        m_draft = dialog->workspace();
        markChanged();
        select(sourceId);
        save();
    });
    dialog->open();
    dialog->start();
    emit railwayDiscoveryOpened(dialog);
}

void WorkspaceEditor::queueSecretEdits(const QString &sourceId, const QVector<SecretEdit> &edits)
{
    if (edits.isEmpty())
        return;
    for (const SecretEdit &edit : edits) {
        m_pendingSecrets.removeIf([&](const SecretEdit &e) { return e.key == edit.key; });
        m_pendingSecrets.append(edit);
    }
    if (!m_credentialsChangedFor.contains(sourceId))
        m_credentialsChangedFor.append(sourceId);
}

void WorkspaceEditor::removeSelected()
{
    const QTreeWidgetItem *item = selectedItem();
    if (!item || m_busy)
        return;
    const QString id = item->data(0, kIdRole).toString();
    switch (static_cast<ItemKind>(item->data(0, kKindRole).toInt())) {
    case ItemKind::Project: removeProject(id); break;
    case ItemKind::Service: removeService(id); break;
    case ItemKind::Source: removeSource(id); break;
    }
}

void WorkspaceEditor::removeProject(const QString &id)
{
    const Model::Project *project = m_draft.project(id);
    if (!project)
        return;
    QStringList services;
    for (const Model::Service &s : m_draft.services) {
        if (s.projectId == id)
            services.append(s.name);
    }
    const QString text = services.isEmpty()
        ? tr("Remove the project '%1'? It has no services.").arg(project->name)
        : tr("Remove the project '%1' and its %n service(s) (%2)? Their cached history is deleted when you save.",
             nullptr, static_cast<int>(services.size()))
              .arg(project->name, listNames(services));
    QStringList serviceIds;
    for (const Model::Service &s : m_draft.services) {
        if (s.projectId == id)
            serviceIds.append(s.id);
    }
    const QStringList tokens = tokenKeysOnlyUsedBy(serviceIds);
    const QString tokenText = tokens.isEmpty()
        ? QString()
        : u" "_s + tr("The provider token their action targets use (%1) is deleted from the keychain when you save.")
                       .arg(tokens.join(u", "_s));
    MessageBox::confirm(this, tr("Remove project"), text + tokenText, tr("Remove project and services"),
                        [this, id, serviceIds](bool accepted) {
                            if (!accepted)
                                return;
                            forgetTargetsOf(serviceIds);
                            m_draft.services.removeIf([&](const Model::Service &s) { return s.projectId == id; });
                            m_draft.projects.removeIf([&](const Model::Project &p) { return p.id == id; });
                            markChanged();
                        });
}

void WorkspaceEditor::removeService(const QString &id)
{
    const Model::Service *service = m_draft.service(id);
    if (!service)
        return;
    const Model::Project *project = m_draft.project(service->projectId);
    const QString text = tr("Remove the service '%1' from '%2'? Its cached history is deleted when you save.")
                             .arg(service->name, project ? project->name : service->projectId);
    const QStringList tokens = tokenKeysOnlyUsedBy({id});
    const QString tokenText = tokens.isEmpty()
        ? QString()
        : u" "_s + tr("The provider token of its action target (%1) is deleted from the keychain when you save.")
                       .arg(tokens.join(u", "_s));
    MessageBox::confirm(this, tr("Remove service"), text + tokenText, tr("Remove service"), [this, id](bool accepted) {
        if (!accepted)
            return;
        forgetTargetsOf({id});
        m_draft.services.removeIf([&](const Model::Service &s) { return s.id == id; });
        markChanged();
    });
}

namespace {

QString tokenKeyOf(const ActionTargetEdit &target)
{
    return WorkspaceEditor::targetTokenKey(target.provider, target.config);
}

} // namespace

QStringList WorkspaceEditor::tokenKeysOnlyUsedBy(const QStringList &serviceIds) const
{
    QStringList theirs;
    QStringList others;
    for (const Model::Service &s : m_draft.services) {
        const QString key = tokenKeyOf(currentTarget(s));
        if (key.isEmpty())
            continue;
        QStringList &list = serviceIds.contains(s.id) ? theirs : others;
        if (!list.contains(key))
            list.append(key);
    }
    // A token shared with a service that stays is still needed.
    theirs.removeIf([&](const QString &key) { return others.contains(key); });
    return theirs;
}

void WorkspaceEditor::forgetTargetsOf(const QStringList &serviceIds)
{
    // Decided now, against the targets as they are before the services go; deleted
    // only after Save, so Cancel (or a failed save) loses nothing.
    for (const QString &key : tokenKeysOnlyUsedBy(serviceIds)) {
        if (!m_removedTargetKeys.contains(key))
            m_removedTargetKeys.append(key);
    }
    for (const QString &id : serviceIds)
        m_pendingTargets.remove(id);
}

void WorkspaceEditor::removeSource(const QString &id)
{
    const Model::SourceConfig *source = m_draft.source(id);
    if (!source)
        return;
    QStringList users;
    for (const Model::Service &s : m_draft.services) {
        if (s.sourceId == id)
            users.append(s.name);
    }
    if (!users.isEmpty()) {
        MessageBox::inform(this, MessageBox::Kind::Information, tr("Remove source"),
                           tr("The source '%1' feeds %n service(s) (%2). Give them another source, or remove them, "
                              "first.",
                              nullptr, static_cast<int>(users.size()))
                               .arg(source->name, listNames(users)));
        return;
    }
    const QString text = source->auth == Model::SourceAuth::None
        ? tr("Remove the source '%1'?").arg(source->name)
        : tr("Remove the source '%1'? Its credentials are deleted from the keychain when you save.")
              .arg(source->name);
    MessageBox::confirm(this, tr("Remove source"), text, tr("Remove source"), [this, id](bool accepted) {
        if (!accepted)
            return;
        m_draft.sources.removeIf([&](const Model::SourceConfig &s) { return s.id == id; });
        const QString prefix = Secrets::sourceSecretKey(id, Secrets::SecretField::Token).section(u'/', 0, 1) + u'/';
        m_pendingSecrets.removeIf([&](const SecretEdit &e) { return e.key.startsWith(prefix); });
        m_credentialsChangedFor.removeAll(id);
        if (m_engine && m_engine->workspace() && m_engine->workspace()->source(id) && !m_removedSourceIds.contains(id))
            m_removedSourceIds.append(id);
        markChanged();
    });
}

void WorkspaceEditor::reject()
{
    if (m_busy)
        return;
    if (!m_changed) {
        QDialog::reject();
        return;
    }
    MessageBox::confirm(this, tr("Discard changes"), tr("Discard your changes to the workspace?"),
                        tr("Discard changes"), [this](bool accepted) {
                            if (accepted)
                                QDialog::reject();
                        });
}

void WorkspaceEditor::save()
{
    if (m_busy || !m_engine)
        return;
    m_draft.name = m_name->text().trimmed();
    const QVector<Model::WorkspaceProblem> problems = Model::checkWorkspace(m_draft);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Model::WorkspaceProblem &p : problems)
            lines.append(p.toString());
        m_status->setText(tr("Not saved: %1").arg(lines.constFirst()));
        MessageBox::inform(this, MessageBox::Kind::Warning, tr("Workspace not saved"),
                           tr("The workspace has %n problem(s) to fix before it can be saved.", nullptr,
                              static_cast<int>(problems.size())),
                           lines.join(u'\n'));
        return;
    }
    // A removed service's token that another service's target took up since (a
    // target edited after the removal) stays; an unsaved token typed for a removed
    // target is not written at all.
    QStringList inUse;
    for (const Model::Service &s : m_draft.services)
        inUse.append(tokenKeyOf(currentTarget(s)));
    m_removedTargetKeys.removeIf([&](const QString &key) { return inUse.contains(key); });
    m_pendingSecrets.removeIf([&](const SecretEdit &e) { return m_removedTargetKeys.contains(e.key); });
    m_sessionOnlySecrets = 0;
    m_cleanupFailures.clear();
    setBusy(true, m_pendingSecrets.isEmpty() ? tr("Saving the workspace…") : tr("Saving credentials to the keychain…"));
    applySecret(0);
}

void WorkspaceEditor::applySecret(int index)
{
    if (index >= m_pendingSecrets.size()) {
        saveWorkspace();
        return;
    }
    if (!m_secrets) {
        setBusy(false, tr("Not saved: Straja's keychain access is gone."));
        return;
    }
    const SecretEdit edit = m_pendingSecrets.at(index);
    const QPointer<WorkspaceEditor> self(this);
    if (!edit.value) {
        // Removing an entry the new settings no longer use: a failure leaves an
        // unused secret behind, which is reported but does not stop saving.
        m_secrets->remove(edit.key, [self, index, key = edit.key](Util::Result<void> result) {
            if (!self)
                return;
            if (!result)
                self->m_cleanupFailures.append(result.error().message);
            self->applySecret(index + 1);
        });
        return;
    }
    m_secrets->write(edit.key, *edit.value, [self, index, edit](Util::Result<Secrets::SecretStorage> result) {
        if (!self)
            return;
        if (result) {
            if (*result == Secrets::SecretStorage::SessionOnly)
                ++self->m_sessionOnlySecrets;
            self->applySecret(index + 1);
            return;
        }
        const Util::Error error = result.error();
        if (!Secrets::isKeychainUnavailable(error)) {
            self->setBusy(false, tr("Not saved: %1").arg(error.message));
            MessageBox::inform(self, MessageBox::Kind::Warning, tr("Workspace not saved"), error.message);
            return;
        }
        MessageBox::confirm(
            self, tr("Keychain not available"),
            tr("The system keychain cannot store this secret:\n\n%1\n\nStraja never writes secrets to its own "
               "files. It can keep the secret in memory until you quit, and you would enter it again next time.")
                .arg(error.message),
            tr("Keep for this session only"), [self, index, edit](bool accepted) {
                if (!self)
                    return;
                if (!accepted) {
                    self->setBusy(false, tr("Not saved: the keychain is not available."));
                    return;
                }
                if (self->m_secrets) {
                    self->m_secrets->allowSessionOnly();
                    self->m_secrets->keepForSession(edit.key, *edit.value);
                }
                ++self->m_sessionOnlySecrets;
                self->applySecret(index + 1);
            });
    });
}

void WorkspaceEditor::saveWorkspace()
{
    setBusy(true, tr("Saving the workspace…"));
    auto workspace = std::make_shared<const Model::Workspace>(m_draft);
    m_savedConnection = connect(m_engine, &Engine::EngineApi::workspaceChanged, this,
                                [this, workspace](const Model::WorkspacePtr &changed) {
                                    if (changed != workspace)
                                        return;
                                    disconnect(m_savedConnection);
                                    disconnect(m_failedConnection);
                                    m_pendingSecrets.clear();
                                    applyPendingTargets();
                                    removeSecretsOfRemovedSources(0);
                                });
    m_failedConnection = connect(m_engine, &Engine::EngineApi::workspaceSaveFailed, this,
                                 [this](const Util::Error &error) {
                                     disconnect(m_savedConnection);
                                     disconnect(m_failedConnection);
                                     setBusy(false, tr("Not saved: %1").arg(error.message));
                                     MessageBox::inform(this, MessageBox::Kind::Warning, tr("Workspace not saved"),
                                                        error.message);
                                 });
    m_engine->updateWorkspace(workspace, m_credentialsChangedFor);
}

void WorkspaceEditor::removeSecretsOfRemovedSources(int index)
{
    using Secrets::SecretField;
    const int fields = 3;
    if (!m_secrets || index >= m_removedSourceIds.size() * fields) {
        removeTokensOfRemovedTargets(0);
        return;
    }
    static constexpr SecretField kFields[] = {SecretField::Token, SecretField::Username, SecretField::Password};
    const QString key = Secrets::sourceSecretKey(m_removedSourceIds.at(index / fields), kFields[index % fields]);
    const QPointer<WorkspaceEditor> self(this);
    m_secrets->remove(key, [self, index](Util::Result<void> result) {
        if (!self)
            return;
        if (!result && !self->m_cleanupFailures.contains(result.error().message))
            self->m_cleanupFailures.append(result.error().message);
        self->removeSecretsOfRemovedSources(index + 1);
    });
}

void WorkspaceEditor::removeTokensOfRemovedTargets(int index)
{
    if (!m_secrets || index >= m_removedTargetKeys.size()) {
        finishSaving();
        return;
    }
    const QPointer<WorkspaceEditor> self(this);
    m_secrets->remove(m_removedTargetKeys.at(index), [self, index](Util::Result<void> result) {
        if (!self)
            return;
        if (!result && !self->m_cleanupFailures.contains(result.error().message))
            self->m_cleanupFailures.append(result.error().message);
        self->removeTokensOfRemovedTargets(index + 1);
    });
}

void WorkspaceEditor::finishSaving()
{
    m_removedSourceIds.clear();
    m_removedTargetKeys.clear();
    m_credentialsChangedFor.clear();
    m_changed = false;
    setBusy(false, tr("Saved."));
    emit saved(m_engine ? m_engine->workspace() : nullptr);
    QStringList notes;
    if (m_sessionOnlySecrets > 0) {
        notes.append(tr("%n secret(s) are kept in memory for this session only: enter them again after restarting "
                        "Straja.",
                        nullptr, m_sessionOnlySecrets));
    }
    if (!m_cleanupFailures.isEmpty())
        notes.append(tr("Old credentials that are no longer used could not be removed from the keychain."));
    if (notes.isEmpty()) {
        accept();
        return;
    }
    const QPointer<WorkspaceEditor> self(this);
    MessageBox::inform(this, MessageBox::Kind::Information, tr("Workspace saved"), notes.join(u"\n\n"_s),
                       m_cleanupFailures.join(u'\n'), [self] {
                           if (self)
                               self->accept();
                       });
}

} // namespace Gui
