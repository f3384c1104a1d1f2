#include "ui/cost/costview.h"

#include "ui/cost/railwayusagepanel.h"

#include "core/actions/scalesteps.h"
#include "core/actions/proposaltext.h"
#include "core/cost/costservice.h"
#include "core/cost/proposalbridge.h"
#include "core/engine/engineapi.h"
#include "ui/cost/costchart.h"
#include "ui/cost/costtablemodel.h"
#include "ui/cost/recommendationmodel.h"
#include "ui/dialogs/messagebox.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// Sorts by the raw value and keeps the total row last in either direction.
class TotalLastProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int total = int(CostTableModel::RowKind::Total);
        const bool leftTotal = left.data(CostTableModel::KindRole).toInt() == total;
        const bool rightTotal = right.data(CostTableModel::KindRole).toInt() == total;
        if (leftTotal != rightTotal)
            return (sortOrder() == Qt::AscendingOrder) ? rightTotal : leftTotal;
        if (left.column() == CostTableModel::Name)
            return QString::localeAwareCompare(left.data().toString(), right.data().toString()) < 0;
        return left.data(CostTableModel::CentsRole).toLongLong() < right.data(CostTableModel::CentsRole).toLongLong();
    }
};

constexpr int kAutoRefreshMs = 10 * 60 * 1000;

} // namespace

CostView::CostView(Engine::EngineApi *engine, Cost::CostService *service, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_service(service)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_periodLabel = new QLabel(this);
    m_period = new QComboBox(this);
    m_period->setObjectName(u"costPeriod"_s);
    for (int i = 0; i < Cost::kPeriodCount; ++i)
        m_period->addItem(QString(), i);
    m_period->setCurrentIndex(int(Cost::Period::MonthToDate));
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_periodLabel->setBuddy(m_period);
    m_total = new QLabel(this);
    m_total->setObjectName(u"costTotal"_s);
    QFont totalFont = m_total->font();
    totalFont.setBold(true);
    m_total->setFont(totalFont);
    m_band = new QLabel(this);
    m_band->setObjectName(u"costBand"_s);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"costRefresh"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"costStatus"_s);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(16);
    header->addWidget(m_periodLabel);
    header->addWidget(m_period);
    header->addSpacing(16);
    header->addWidget(m_total);
    header->addWidget(m_band, 1);
    header->addWidget(m_status);
    header->addWidget(m_refresh);

    m_chart = new CostChart(this);
    m_chart->setObjectName(u"costChart"_s);
    m_table = new CostTableModel(this);
    m_tableProxy = new TotalLastProxy(this);
    m_tableProxy->setSourceModel(m_table);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(u"costTable"_s);
    m_tree->setModel(m_tableProxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(CostTableModel::Total, Qt::DescendingOrder);
    m_tree->setUniformRowHeights(true);
    // Small projects open, large ones (thirty sites) closed: every project row stays in view.
    connect(m_tableProxy, &QAbstractItemModel::modelReset, this, [this] {
        for (int g = 0; g < m_tableProxy->rowCount(); ++g) {
            const QModelIndex group = m_tableProxy->index(g, 0);
            m_tree->setExpanded(group, m_tableProxy->rowCount(group) <= 8);
        }
    });
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CostTableModel::Name, QHeaderView::Stretch);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_chart);
    top->addWidget(m_tree);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 2);

    m_recommendationsTitle = new QLabel(this);
    m_recommendationsTitle->setFont(totalFont);
    m_recommendations = new RecommendationModel(this);
    m_recommendationProxy = new QSortFilterProxyModel(this);
    m_recommendationProxy->setSourceModel(m_recommendations);
    m_recommendationProxy->setSortRole(RecommendationModel::SortRole);
    m_recommendationView = new QTableView(this);
    m_recommendationView->setObjectName(u"costRecommendations"_s);
    m_recommendationView->setModel(m_recommendationProxy);
    m_recommendationView->setSortingEnabled(true);
    m_recommendationView->sortByColumn(RecommendationModel::Monthly, Qt::DescendingOrder);
    m_recommendationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_recommendationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_recommendationView->verticalHeader()->hide();
    m_recommendationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recommendationView->horizontalHeader()->setSectionResizeMode(RecommendationModel::Title, QHeaderView::Stretch);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"costRecommendationDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_apply = new QPushButton(this);
    m_apply->setObjectName(u"costApply"_s);
    m_apply->setEnabled(false);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_recommendationsTitle);
    auto *recommendationRow = new QHBoxLayout;
    recommendationRow->addWidget(m_recommendationView, 3);
    auto *detailColumn = new QVBoxLayout;
    detailColumn->addWidget(m_detail, 1);
    detailColumn->addWidget(m_apply, 0, Qt::AlignRight);
    recommendationRow->addLayout(detailColumn, 2);
    bottomLayout->addLayout(recommendationRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    m_sources = new QLabel(this);
    m_sources->setObjectName(u"costSources"_s);
    m_sources->setWordWrap(true);
    m_sources->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Railway's own figures beside Straja's, where an operator already looks at cost.
    m_railwayUsage = new RailwayUsagePanel(this);
    if (auto catalog = Cost::PriceCatalog::load(Cost::PriceCatalog::defaultOverrideDir()); catalog) {
        if (const Cost::PriceTable *railway = catalog->table(u"railway"_s); railway && !railway->versions.isEmpty())
            m_railwayUsage->setPrices(railway->versionAt(QDateTime::currentMSecsSinceEpoch()));
    }
    if (m_engine) {
        m_railwayUsage->setWorkspace(m_engine->workspace());
        m_railwayUsage->setUsage(m_engine->latestUsage());
        connect(m_engine, &Engine::EngineApi::usageReady, m_railwayUsage, &RailwayUsagePanel::setUsage);
        connect(m_engine, &Engine::EngineApi::workspaceChanged, m_railwayUsage, &RailwayUsagePanel::setWorkspace);
        connect(m_engine, &Engine::EngineApi::opened, m_railwayUsage, &RailwayUsagePanel::setWorkspace);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(split, 1);
    layout->addWidget(m_railwayUsage);
    layout->addWidget(m_sources);

    m_autoRefresh = new QTimer(this);
    m_autoRefresh->setInterval(kAutoRefreshMs);
    connect(m_autoRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && m_service && !m_service->busy())
            m_service->refresh();
    });
    m_autoRefresh->start();

    connect(m_period, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_table->setPeriod(Cost::Period(m_period->itemData(index).toInt())); showReport(); });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_service)
            m_service->refresh();
    });
    connect(m_recommendationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CostView::updateDetail);
    connect(m_apply, &QPushButton::clicked, this, &CostView::apply);
    if (m_service) {
        connect(m_service, &Cost::CostService::reportReady, this, &CostView::onReport);
        connect(m_service, &Cost::CostService::busyChanged, this, [this](bool busy) {
            m_status->setText(busy ? tr("Computing…") : QString());
            m_refresh->setEnabled(!busy);
        });
        connect(m_service, &Cost::CostService::failed, this,
                [this](const Util::Error &error) { m_status->setText(error.message); });
        if (m_service->latest())
            onReport(m_service->latest());
    }
    retranslate();
}

CostView::~CostView() = default;

void CostView::setPeriod(Cost::Period period)
{
    m_period->setCurrentIndex(m_period->findData(int(period)));
}

Cost::Period CostView::period() const
{
    return m_table->period();
}

void CostView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_service && !m_service->latest() && !m_service->busy())
        m_service->refresh();
}

void CostView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CostView::retranslate()
{
    m_title->setText(tr("Cost"));
    m_periodLabel->setText(tr("&Period:"));
    m_period->setItemText(int(Cost::Period::Today), tr("Today"));
    m_period->setItemText(int(Cost::Period::MonthToDate), tr("Month to date"));
    m_period->setItemText(int(Cost::Period::MonthEnd), tr("Forecast to month end"));
    m_refresh->setText(tr("Re&fresh"));
    m_recommendationsTitle->setText(tr("Savings recommendations"));
    m_apply->setText(tr("&Apply…"));
    m_table->retranslate();
    m_recommendations->retranslate();
    showReport();
    updateDetail();
}

void CostView::onReport(const Cost::CostReportPtr &report)
{
    m_table->setReport(report, m_engine ? m_engine->workspace() : Model::WorkspacePtr());
    m_railwayUsage->setCostReport(report);
    m_recommendations->setRecommendations(report->recommendations);
    showReport();
    updateDetail();
    emit reportShown();
}

void CostView::showReport()
{
    const Cost::CostReportPtr report = m_table->report();
    if (!report) {
        m_total->setText(tr("No figures yet"));
        m_band->clear();
        m_sources->clear();
        return;
    }
    const Cost::CostTable &table = report->tables[size_t(period())];
    m_shownTotal = table.cents.total;
    m_total->setText(tr("Total: %1").arg(Cost::Money::formatMinor(m_shownTotal, 2, QLocale(), true)));
    const QLocale locale;
    const QTimeZone zone(report->timeZone.toUtf8());
    auto local = [&zone](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, zone); };
    if (period() == Cost::Period::MonthEnd) {
        double lower = 0, upper = 0;
        for (const Cost::ServiceCost &s : report->services) {
            lower += s.monthEndLower;
            upper += s.monthEndUpper;
        }
        for (const Cost::PlanCost &p : report->plans) {
            const double plan = (p.fee[size_t(Cost::Period::MonthEnd)] + p.credit[size_t(Cost::Period::MonthEnd)]).toUnits();
            lower += plan;
            upper += plan;
        }
        m_band->setText(tr("95% band %1 to %2, by %3")
                            .arg(Cost::Money::fromUnits(lower).format(), Cost::Money::fromUnits(upper).format(),
                                 locale.toString(local(report->monthEndMs - 1).date(), QLocale::ShortFormat)));
    } else if (period() == Cost::Period::Today) {
        m_band->setText(tr("since %1").arg(locale.toString(local(report->dayStartMs), QLocale::ShortFormat)));
    } else {
        m_band->setText(tr("since %1").arg(locale.toString(local(report->monthStartMs).date(), QLocale::ShortFormat)));
    }
    QStringList names;
    for (int g = 0; g < m_table->rowCount() - 1; ++g)
        names.append(m_table->index(g, CostTableModel::Name).data().toString());
    m_chart->setTable(table, names);
    QStringList sources;
    for (const Cost::PriceSource &source : report->priceSources)
        sources.append(tr("%1 prices %2, taken %3 from %4").arg(source.name, source.version, source.takenOn, source.url));
    QStringList lines;
    lines.append(tr("Prices: %1. Months and days in %2. Each figure is rounded to the cent so that the table adds "
                    "up exactly as shown.")
                     .arg(sources.join(u"; "_s), report->timeZone));
    lines += report->warnings;
    m_sources->setText(lines.join(u'\n'));
    m_recommendationsTitle->setText(
        tr("Savings recommendations (%n)", nullptr, int(report->recommendations.size())));
}

void CostView::updateDetail()
{
    const QModelIndex current = m_recommendationProxy->mapToSource(m_recommendationView->currentIndex());
    const Cost::Recommendation *r = m_recommendations->at(current.row());
    if (!r) {
        m_detail->setText(tr("Select a recommendation to see why it is made and what it risks."));
        m_apply->setEnabled(false);
        m_apply->setToolTip({});
        return;
    }
    m_detail->setText(u"<b>%1</b><br>%2<br><br><b>%3</b> %4<br><br>%5"_s.arg(
        r->title().toHtmlEscaped(), r->explanation().toHtmlEscaped(), tr("Risk (%1):").arg(Cost::riskLabel(r->risk)),
        r->riskText().toHtmlEscaped(), tr("On approval: %1").arg(RecommendationModel::actionLabel(r->proposal))));
    // Scaling and schedules go through the actions engine (audited, verified);
    // manual changes are recorded there as done by the operator.
    switch (r->proposal.action) {
    case Cost::ProposalDraft::Action::Scale:
        m_apply->setEnabled(true);
        m_apply->setToolTip(tr("After you confirm, the actions engine scales the service; the change is "
                               "recorded in the audit log and verified like an approved proposal."));
        break;
    case Cost::ProposalDraft::Action::Schedule:
        m_apply->setEnabled(true);
        m_apply->setToolTip(tr("After you confirm, the schedule is stored: at each edge of the window the actions "
                               "engine scales the service, approved by this schedule, audited and verified. Pause or "
                               "remove it in the inbox."));
        break;
    case Cost::ProposalDraft::Action::Manual:
        m_apply->setEnabled(true);
        m_apply->setToolTip(tr("Straja cannot make this change at the provider: make it by hand, then confirm here. "
                               "It is recorded as done by you, audited, and checked where a metric exists."));
        break;
    case Cost::ProposalDraft::Action::None:
        m_apply->setEnabled(false);
        m_apply->setToolTip(tr("Nothing to apply: this is information."));
        break;
    }
}

Actions::Guardrails CostView::guardrailsFor(const QString &serviceId) const
{
    if (m_engine) {
        if (const Actions::InboxSnapshotPtr inbox = m_engine->latestInbox(); inbox && inbox->guardrails.contains(serviceId))
            return inbox->guardrails.value(serviceId);
        if (const Model::WorkspacePtr workspace = m_engine->workspace()) {
            for (const Model::Service &s : workspace->services) {
                if (s.id == serviceId) {
                    Actions::Guardrails g;
                    g.minReplicas = s.minReplicas;
                    g.maxReplicas = s.maxReplicas;
                    return g;
                }
            }
        }
    }
    return {};
}

QString CostView::whatWillHappen(const Cost::Recommendation &r) const
{
    const QString service = r.facts.value(u"service"_s).toString(r.serviceId);
    const Actions::Guardrails g = guardrailsFor(r.proposal.serviceId);
    QString what;
    switch (r.proposal.action) {
    case Cost::ProposalDraft::Action::Scale:
        what = Actions::ScaleSteps(r.proposal.fromReplicas, r.proposal.toReplicas, g).explanation(service);
        break;
    case Cost::ProposalDraft::Action::Schedule: {
        what = tr("Every day from %1:00 to %2:00 (%3) Straja scales %4 to %5 replicas, and back to %6 at the end. "
                  "Each change is approved by this schedule on your behalf, recorded in the audit log under its name "
                  "and verified; it acts from the next edge on.")
                   .arg(r.proposal.windowStartHour, 2, 10, QLatin1Char('0'))
                   .arg(r.proposal.windowEndHour, 2, 10, QLatin1Char('0'))
                   .arg(r.proposal.timeZone, service)
                   .arg(r.proposal.toReplicas)
                   .arg(r.proposal.fromReplicas);
        const Actions::ScaleSteps down(r.proposal.fromReplicas, r.proposal.toReplicas, g);
        if (down.steps() > 1 || down.clampedToLimits()) {
            what += u' '
                    + tr("The guardrails (%1 to %2 replicas, at most %3 per action) limit each edge to %4 replicas.")
                          .arg(g.minReplicas)
                          .arg(g.maxReplicas)
                          .arg(g.maxStep)
                          .arg(down.firstStep());
        }
        break;
    }
    case Cost::ProposalDraft::Action::Manual: {
        const Actions::Proposal manual = Cost::ProposalBridge::manualChange(r);
        what = tr("Straja cannot do this at the provider. Confirm only once you have made the change: it is recorded "
                  "in the audit log as done by you.");
        what += u' '
                + (std::isfinite(manual.verification.threshold)
                       ? Actions::ProposalText::verification(manual)
                       : tr("There is no metric Straja can check it with: the record is the outcome."));
        break;
    }
    case Cost::ProposalDraft::Action::None: break;
    }
    return what;
}

void CostView::apply()
{
    const QModelIndex current = m_recommendationProxy->mapToSource(m_recommendationView->currentIndex());
    const Cost::Recommendation *r = m_recommendations->at(current.row());
    if (!r)
        return;
    Cost::Recommendation chosen = *r; // the model may be refreshed while the box is open
    if (chosen.proposal.action == Cost::ProposalDraft::Action::Scale) {
        // One allowed step now (the guardrails would refuse more); the confirmation says so.
        chosen.proposal.toReplicas =
            Actions::ScaleSteps(chosen.proposal.fromReplicas, chosen.proposal.toReplicas,
                                guardrailsFor(chosen.proposal.serviceId))
                .firstStep();
    }
    const bool manual = chosen.proposal.action == Cost::ProposalDraft::Action::Manual;
    // What will happen (the guardrails' limits, the steps, the schedule) is in the
    // box's text, not behind "Show Details": it is what the operator agrees to.
    MessageBox::confirm(this, tr("Apply recommendation"), r->title() + u"\n\n"_s + whatWillHappen(*r),
                        manual ? tr("I have done it") : tr("Apply"),
                        [this, chosen](bool accepted) {
                            if (accepted)
                                emit applyRequested(chosen);
                        },
                        r->explanation() + u"\n\n"_s + tr("Risk: %1").arg(r->riskText()));
}

} // namespace Gui
