#include "ui/workspace/railwaydiscoverydialog.h"

#include "core/actions/budgetregistry.h"
#include "core/sources/railway/railwayclient.h"
#include "core/sources/railway/railwayoptions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

RailwayDiscoveryDialog::RailwayDiscoveryDialog(Model::Workspace draft, QString sourceId,
                                               Sources::CredentialSource *credentials, QWidget *parent,
                                               Actions::HttpTransport *transport,
                                               std::shared_ptr<Actions::BudgetRegistry> budgets)
    : QDialog(parent)
    , m_draft(std::move(draft))
    , m_sourceId(std::move(sourceId))
    , m_credentials(credentials)
    , m_transport(transport)
    , m_budgets(budgets ? std::move(budgets) : Actions::BudgetRegistry::shared())
{
    setObjectName(u"railwayDiscoveryDialog"_s);
    const Model::SourceConfig *source = m_draft.source(m_sourceId);
    setWindowTitle(tr("Discover from Railway — %1").arg(source ? source->name : m_sourceId));

    m_status = new QLabel(this);
    m_status->setObjectName(u"discoveryStatus"_s);
    m_status->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"discoveryTree"_s);
    m_tree->setHeaderLabels({tr("Service"), tr("Id"), tr("Project"), tr("Region")});
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply and save"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"applyDiscovery"_s);
    m_apply->setEnabled(false);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_apply, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(720, 460);
}

RailwayDiscoveryDialog::~RailwayDiscoveryDialog() = default;

void RailwayDiscoveryDialog::start()
{
    const Model::SourceConfig *source = m_draft.source(m_sourceId);
    auto options = source ? Sources::Railway::RailwayOptions::fromConfig(*source)
                          : Util::Result<Sources::Railway::RailwayOptions>(Util::makeError(
                                u"railway.merge"_s, tr("The workspace has no source '%1'.").arg(m_sourceId)));
    if (!options) {
        onDiscovered({}, options.error().message, {});
        return;
    }
    delete m_discovery.data();
    m_discovery = new Sources::Railway::RailwayDiscovery(*options, m_credentials, nullptr, m_transport, m_budgets, this);
    connect(m_discovery, &Sources::Railway::RailwayDiscovery::discovered, this,
            [this](quint64, const Sources::Railway::InventoryPtr &inventory, const QString &error,
                   const QStringList &warnings) { onDiscovered(inventory, error, warnings); });
    m_status->setText(tr("Asking Railway what the token can see…"));
    m_discovery->discover(1);
}

const Model::Workspace &RailwayDiscoveryDialog::workspace() const
{
    return m_outcome ? m_outcome->workspace : m_draft;
}

QString RailwayDiscoveryDialog::statusText() const
{
    return m_status->text();
}

QStringList RailwayDiscoveryDialog::previewLines() const
{
    QStringList lines;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = m_tree->topLevelItem(i);
        for (int j = 0; j < group->childCount(); ++j)
            lines << group->data(0, Qt::UserRole).toString() + u": "_s + group->child(j)->text(1);
    }
    return lines;
}

void RailwayDiscoveryDialog::addGroup(const QString &title, const QStringList &serviceIds,
                                      const Model::Workspace &workspace)
{
    if (serviceIds.isEmpty())
        return;
    auto *group = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(serviceIds.size())});
    group->setData(0, Qt::UserRole, title);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setFirstColumnSpanned(true);
    for (const QString &id : serviceIds) {
        const Model::Service *s = workspace.service(id);
        const Model::Project *p = s ? workspace.project(s->projectId) : nullptr;
        new QTreeWidgetItem(group, {s ? s->name : id, id, p ? p->name : QString(),
                                    s ? s->regions.join(u", "_s) : QString()});
    }
    group->setExpanded(true);
}

void RailwayDiscoveryDialog::onDiscovered(const Sources::Railway::InventoryPtr &inventory, const QString &error,
                                          const QStringList &warnings)
{
    m_tree->clear();
    m_outcome.reset();
    m_apply->setEnabled(false);
    if (!error.isEmpty() || !inventory) {
        // A partial inventory would mark what it missed as removed: nothing is offered.
        m_status->setText(tr("Railway could not be asked: %1\nNothing was changed.")
                              .arg(error.isEmpty() ? tr("no answer") : error));
        emit previewShown();
        return;
    }
    auto merged = Sources::Railway::DiscoveryMerge::merge(m_draft, m_sourceId, *inventory);
    if (!merged) {
        m_status->setText(merged.error().message);
        emit previewShown();
        return;
    }
    const Sources::Railway::DiscoveryMerge::Outcome &o = *merged;
    const auto options = Sources::Railway::RailwayOptions::fromConfig(*o.workspace.source(m_sourceId));
    QStringList kept, stillRemoved;
    if (options) {
        for (auto it = options->services.cbegin(); it != options->services.cend(); ++it) {
            const QString &id = it.key();
            if (o.added.contains(id) || o.removed.contains(id) || o.returned.contains(id) || o.unseen.contains(id))
                continue;
            (it->removed ? stillRemoved : kept).append(id);
        }
    }
    kept.sort();
    stillRemoved.sort();
    addGroup(tr("Added"), o.added, o.workspace);
    addGroup(tr("Marked removed (kept with their history)"), o.removed, o.workspace);
    addGroup(tr("Back on Railway"), o.returned, o.workspace);
    addGroup(tr("Kept"), kept, o.workspace);
    addGroup(tr("Still removed"), stillRemoved, o.workspace);
    addGroup(tr("In projects the token no longer sees (left as they are)"), o.unseen, o.workspace);

    const Model::SourceConfig *before = m_draft.source(m_sourceId);
    const bool changed = !o.added.isEmpty() || !o.removed.isEmpty() || !o.returned.isEmpty()
                      || before->options != o.workspace.source(m_sourceId)->options;
    QString text = tr("Railway lists %n service(s).", nullptr, static_cast<int>(inventory->instances.size())) + u' ';
    text += changed ? tr("Apply to add %1, mark %2 removed and bring back %3; your own settings for each service "
                         "are kept.")
                          .arg(o.added.size())
                          .arg(o.removed.size())
                          .arg(o.returned.size())
                    : tr("The workspace is already in step: nothing to change.");
    for (const QString &w : warnings)
        text += u'\n' + tr("Railway warned: %1").arg(w);
    m_status->setText(text);
    m_outcome = std::move(merged).value();
    m_apply->setEnabled(changed);
    emit previewShown();
}

} // namespace Gui
