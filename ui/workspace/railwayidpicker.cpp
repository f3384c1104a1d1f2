#include "ui/workspace/railwayidpicker.h"

#include "core/actions/budgetregistry.h"
#include "core/sources/railway/railwaydiscovery.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr int kServiceIdRole = Qt::UserRole;
constexpr int kEnvironmentIdRole = Qt::UserRole + 1;

} // namespace

RailwayIdPicker::RailwayIdPicker(QWidget *parent)
    : QWidget(parent)
    , m_budgets(Actions::BudgetRegistry::shared())
{
    setObjectName(u"railwayIdPicker"_s);
    m_load = new QPushButton(this);
    m_load->setObjectName(u"railwayLoadIds"_s);
    connect(m_load, &QPushButton::clicked, this, &RailwayIdPicker::loadRequested);
    m_status = new QLabel(this);
    m_status->setObjectName(u"railwayPickerStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"railwayPickerTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setMinimumHeight(140);
    m_tree->hide(); // until something was listed
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *current) { onCurrentChanged(current); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_load);
    top->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    retranslate();
}

RailwayIdPicker::~RailwayIdPicker() = default;

void RailwayIdPicker::setBudgets(std::shared_ptr<Actions::BudgetRegistry> budgets)
{
    if (budgets)
        m_budgets = std::move(budgets);
}

void RailwayIdPicker::retranslate()
{
    m_load->setText(tr("&Load from Railway…"));
    m_load->setToolTip(tr("List the projects, environments and services the token can see, and pick the service "
                          "(one request per 100 projects, from the account's hourly budget)"));
    m_tree->setHeaderLabels({tr("Project / environment / service"), tr("Id")});
}

void RailwayIdPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QString RailwayIdPicker::statusText() const
{
    return m_status->text();
}

void RailwayIdPicker::showProblem(const QString &text)
{
    m_status->setText(text);
    m_status->setStyleSheet(u"color: #b3261e;"_s);
}

void RailwayIdPicker::load(const Sources::Railway::RailwayOptions &options, Sources::CredentialSource *credentials,
                           const QString &selectServiceId)
{
    if (m_loading)
        return;
    delete m_discovery.data();
    m_account = options.account;
    m_discovery = new Sources::Railway::RailwayDiscovery(options, credentials, nullptr, m_transport, m_budgets, this);
    connect(m_discovery, &Sources::Railway::RailwayDiscovery::discovered, this,
            [this, selectServiceId](quint64, const Sources::Railway::InventoryPtr &inventory, const QString &error,
                                    const QStringList &) { onDiscovered(inventory, error, selectServiceId); });
    m_loading = true;
    m_load->setEnabled(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Asking Railway what the token can see…"));
    m_discovery->discover(1);
}

QString RailwayIdPicker::budgetLine() const
{
    const Actions::RequestBudgetStatus b =
        m_budgets->status(u"railway:"_s + m_account, QDateTime::currentMSecsSinceEpoch());
    if (b.limit <= 0)
        return QString();
    return tr("%1 of %2 Railway requests left this hour for '%3'.").arg(b.remaining).arg(b.limit).arg(m_account);
}

void RailwayIdPicker::onDiscovered(const Sources::Railway::InventoryPtr &inventory, const QString &error,
                                   const QString &selectServiceId)
{
    m_loading = false;
    m_load->setEnabled(true);
    m_tree->clear();
    const QString budget = budgetLine();
    if (!error.isEmpty() || !inventory) {
        showProblem(tr("Railway could not be asked: %1").arg(error.isEmpty() ? tr("no answer") : error)
                    + (budget.isEmpty() ? QString() : u' ' + budget));
        m_tree->hide();
        emit loaded();
        return;
    }
    // Project -> environment -> service, in the API's order.
    QHash<QString, QTreeWidgetItem *> projects;
    QHash<QString, QTreeWidgetItem *> environments;
    QTreeWidgetItem *toSelect = nullptr;
    for (const Sources::Railway::Instance &i : inventory->instances) {
        QTreeWidgetItem *&project = projects[i.projectId];
        if (!project) {
            project = new QTreeWidgetItem(m_tree, {i.projectName.isEmpty() ? i.projectId : i.projectName, i.projectId});
            project->setFlags(Qt::ItemIsEnabled);
            project->setExpanded(true);
        }
        QTreeWidgetItem *&environment = environments[i.projectId + u'/' + i.environmentId];
        if (!environment) {
            environment = new QTreeWidgetItem(project, {i.environmentName.isEmpty() ? i.environmentId : i.environmentName,
                                                        i.environmentId});
            environment->setFlags(Qt::ItemIsEnabled);
            environment->setExpanded(true);
        }
        auto *service = new QTreeWidgetItem(environment, {i.serviceName.isEmpty() ? i.serviceId : i.serviceName,
                                                          i.serviceId});
        service->setData(0, kServiceIdRole, i.serviceId);
        service->setData(0, kEnvironmentIdRole, i.environmentId);
        if (!toSelect && !selectServiceId.isEmpty() && i.serviceId == selectServiceId)
            toSelect = service;
    }
    const int count = static_cast<int>(inventory->instances.size());
    m_status->setStyleSheet(QString());
    m_status->setText((count == 0 ? tr("The token sees no service.")
                                  : tr("%n service(s) found: pick one to fill in its ids.", nullptr, count))
                      + (budget.isEmpty() ? QString() : u' ' + budget));
    m_tree->setVisible(count > 0);
    if (toSelect) {
        const QSignalBlocker block(m_tree); // the ids are already the current ones
        m_tree->setCurrentItem(toSelect);
    }
    emit loaded();
}

QStringList RailwayIdPicker::listedServices() const
{
    QStringList lines;
    for (int p = 0; p < m_tree->topLevelItemCount(); ++p) {
        const QTreeWidgetItem *project = m_tree->topLevelItem(p);
        for (int e = 0; e < project->childCount(); ++e) {
            const QTreeWidgetItem *environment = project->child(e);
            for (int s = 0; s < environment->childCount(); ++s)
                lines.append(u"%1/%2/%3"_s.arg(project->text(0), environment->text(0), environment->child(s)->text(0)));
        }
    }
    return lines;
}

bool RailwayIdPicker::selectService(const QString &serviceId, const QString &environmentId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kServiceIdRole).toString() == serviceId
            && (*it)->data(0, kEnvironmentIdRole).toString() == environmentId) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

void RailwayIdPicker::onCurrentChanged(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString serviceId = item->data(0, kServiceIdRole).toString();
    if (!serviceId.isEmpty())
        emit picked(serviceId, item->data(0, kEnvironmentIdRole).toString());
}

} // namespace Gui
