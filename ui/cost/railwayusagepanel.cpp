#include "ui/cost/railwayusagepanel.h"

#include "core/cost/pricetable.h"
#include "core/sources/railway/railwayoptions.h"
#include "core/sources/railway/usagecheck.h"

#include <QColor>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

void judge(RailwayUsagePanel::Row &row)
{
    using Sources::Railway::UsageCheck;
    if (!row.hasRailway) {
        row.difference = 0.0;
        row.differs = false; // nothing to compare with
        return;
    }
    if (row.railway > 0.0) {
        row.difference = (row.straja - row.railway) / row.railway;
        row.differs = row.hasStraja && std::abs(row.difference) > UsageCheck::kTolerance;
    } else {
        row.difference = 0.0;
        row.differs = row.hasStraja && row.straja > 0.01;
    }
}

} // namespace

RailwayUsagePanel::RailwayUsagePanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"railwayUsageTitle"_s);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"railwayUsage"_s);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    // Small on purpose: a check to glance at, not another cost table.
    m_tree->setMaximumHeight(140);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree);
    retranslate();
    setVisible(false);
}

RailwayUsagePanel::~RailwayUsagePanel() = default;

void RailwayUsagePanel::setUsage(const Engine::UsageReportPtr &usage)
{
    m_usage = usage;
    rebuild();
}

void RailwayUsagePanel::setCostReport(const Cost::CostReportPtr &report)
{
    m_report = report;
    rebuild();
}

void RailwayUsagePanel::setWorkspace(const Model::WorkspacePtr &workspace)
{
    m_workspace = workspace;
    rebuild();
}

void RailwayUsagePanel::setPrices(const Cost::PriceVersion &prices)
{
    m_prices = prices;
    rebuild();
}

QVector<RailwayUsagePanel::Row> RailwayUsagePanel::compare(const Engine::UsageReport &usage,
                                                          const Model::Workspace &workspace,
                                                          const Cost::CostReport *report,
                                                          const Cost::PriceVersion &prices)
{
    using Sources::Railway::UsageCheck;
    QHash<QString, const Cost::ServiceCost *> costs;
    if (report) {
        for (const Cost::ServiceCost &c : report->services)
            costs.insert(c.serviceId, &c);
    }
    QVector<Row> out;
    for (const Engine::SourceUsage &source : usage.sources) {
        const Model::SourceConfig *config = workspace.source(source.sourceId);
        if (!config)
            continue;
        const auto options = Sources::Railway::RailwayOptions::fromConfig(*config);
        if (source.projects.isEmpty() && !source.error.isEmpty()) {
            Row row;
            row.sourceId = source.sourceId;
            row.name = config->name;
            row.error = source.error;
            out.append(row);
            continue;
        }
        for (const Sources::Railway::Usage &u : source.projects) {
            Row project;
            project.sourceId = source.sourceId;
            project.projectId = u.projectId;
            project.atMs = source.atMs;
            project.error = source.error;
            project.railway = UsageCheck::price(u.estimated, prices);
            QStringList strajaProjects;
            if (options) {
                for (auto it = options->services.cbegin(); it != options->services.cend(); ++it) {
                    if (it->projectId != u.projectId || it->removed)
                        continue;
                    const Model::Service *service = workspace.service(it.key());
                    Row row;
                    row.sourceId = source.sourceId;
                    row.projectId = u.projectId;
                    row.serviceId = it.key();
                    row.name = service ? service->name : it.key();
                    row.atMs = source.atMs;
                    row.hasRailway = u.byService.contains(it->serviceId);
                    row.railway = UsageCheck::price(u.byService.value(it->serviceId), prices);
                    if (const Cost::ServiceCost *c = costs.value(it.key()); c && !c->pricing.isEmpty()) {
                        row.straja = c->at(Cost::Period::MonthToDate).total().toUnits();
                        row.hasStraja = true;
                        project.straja += c->at(Cost::Period::MonthEnd).total().toUnits();
                        project.hasStraja = true;
                    }
                    judge(row);
                    project.services.append(row);
                    if (service) {
                        const Model::Project *p = workspace.project(service->projectId);
                        const QString name = p ? p->name : service->projectId;
                        if (!strajaProjects.contains(name))
                            strajaProjects.append(name);
                    }
                }
            }
            project.name = strajaProjects.isEmpty() ? u.projectId : strajaProjects.join(u", "_s);
            judge(project);
            out.append(project);
        }
    }
    return out;
}

void RailwayUsagePanel::rebuild()
{
    m_rows.clear();
    if (m_usage && m_workspace && m_prices)
        m_rows = compare(*m_usage, *m_workspace, m_report.get(), *m_prices);
    m_tree->clear();
    const QLocale locale;
    auto money = [&locale](double units) { return Cost::Money::fromUnits(units).format(locale); };
    auto fill = [&](QTreeWidgetItem *item, const Row &row, bool project) {
        item->setText(Name, row.name);
        if (!row.error.isEmpty() && row.atMs == 0) {
            item->setText(Railway, tr("not read: %1").arg(row.error));
            item->setToolTip(Railway, row.error);
            return;
        }
        item->setText(Railway, row.hasRailway ? money(row.railway) : tr("not reported"));
        item->setText(Straja, row.hasStraja ? money(row.straja) : tr("not priced"));
        if (!row.hasRailway) {
            // Railway gave only the project's total: no per-service figure to compare.
        } else if (row.hasStraja && row.railway > 0.0) {
            const QString percent = locale.toString(row.difference * 100.0, 'f', 1);
            item->setText(Difference, row.differs ? tr("⚠ %1%").arg(percent) : tr("%1%").arg(percent));
        } else if (row.differs) {
            item->setText(Difference, tr("⚠ Railway shows none"));
        }
        if (row.differs) {
            for (int c = Name; c < ColumnCount; ++c)
                item->setForeground(c, QColor(0xb0, 0x3a, 0x00));
        }
        const QString explain = project
            ? tr("Railway estimates %1 for this month; Straja forecasts %2 for the services it watches in this project.")
                  .arg(money(row.railway), row.hasStraja ? money(row.straja) : tr("nothing"))
            : tr("Railway counted %1 so far this month; Straja's month to date is %2.")
                  .arg(money(row.railway), row.hasStraja ? money(row.straja) : tr("nothing"));
        for (int c = Name; c < ColumnCount; ++c)
            item->setToolTip(c, row.differs ? explain + u'\n' + tr("They differ by more than 5%: one of the two has "
                                                                   "a wrong price or misses usage.")
                                            : explain);
        if (row.atMs > 0 && project) { // one read covers the project and its services
            item->setText(ReadAt, locale.toString(QDateTime::fromMSecsSinceEpoch(row.atMs), QLocale::ShortFormat)
                                      + (row.error.isEmpty() ? QString() : u" ⚠"_s));
            if (!row.error.isEmpty())
                item->setToolTip(ReadAt, tr("The last read failed (%1); these are the figures read before.")
                                             .arg(row.error));
        }
    };
    for (const Row &row : std::as_const(m_rows)) {
        auto *item = new QTreeWidgetItem(m_tree);
        fill(item, row, true);
        for (const Row &service : row.services)
            fill(new QTreeWidgetItem(item), service, false);
    }
    m_tree->expandAll();
    setVisible(!m_rows.isEmpty());
}

void RailwayUsagePanel::retranslate()
{
    m_title->setText(tr("Railway's usage beside Straja's cost model"));
    m_tree->setHeaderLabels({tr("Railway project / service"), tr("Railway (month estimate / so far)"),
                             tr("Straja (month end / to date)"), tr("Difference"), tr("Read at")});
    rebuild();
}

void RailwayUsagePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gui
