#include "ui/business/geoview.h"

#include "core/cost/costservice.h"
#include "core/actions/proposaltext.h"
#include "core/cost/geoadvisor.h"
#include "core/cost/proposalbridge.h"
#include "core/engine/engineapi.h"
#include "ui/cost/recommendationmodel.h"
#include "ui/dialogs/messagebox.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QStandardItem *cell(const QString &text, const QVariant &sort, bool number)
{
    auto *item = new QStandardItem(text);
    item->setData(sort, GeoView::SortRole);
    item->setEditable(false);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100.0, 'f', 1) + u" %"_s;
}

QString milliseconds(double ms)
{
    return std::isfinite(ms) ? QLocale().toString(ms, 'f', 0) + u" ms"_s : GeoView::tr("n/a");
}

QTableView *table(QAbstractItemModel *model, int sortColumn, const QString &name, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(GeoView::SortRole);
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::DescendingOrder);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

GeoView::GeoView(Engine::EngineApi *engine, Cost::CostService *service, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    QFont bold = font();
    bold.setBold(true);
    m_regionsTitle = new QLabel(this);
    m_regionsTitle->setFont(bold);
    m_servicesTitle = new QLabel(this);
    m_servicesTitle->setFont(bold);
    m_recommendationsTitle = new QLabel(this);
    m_recommendationsTitle->setFont(bold);

    m_regions = new QStandardItemModel(0, RegionColumnCount, this);
    m_services = new QStandardItemModel(0, ServiceColumnCount, this);
    m_recommendations = new RecommendationModel(this);
    m_regionView = table(m_regions, Share, u"geoRegions"_s, this);
    m_serviceView = table(m_services, ServiceShare, u"geoServiceRegions"_s, this);
    m_recommendationView = table(m_recommendations, RecommendationModel::Title, u"geoRecommendations"_s, this);
    static_cast<QSortFilterProxyModel *>(m_recommendationView->model())->setSortRole(RecommendationModel::SortRole);
    m_recommendationView->horizontalHeader()->setSectionResizeMode(RecommendationModel::Title, QHeaderView::Stretch);
    m_recommendationView->setSortingEnabled(false); // kept in the order of the users' gain
    m_recommendationView->hideColumn(RecommendationModel::Action);     // always a manual change here
    m_recommendationView->hideColumn(RecommendationModel::Confidence);
    m_serviceView->sortByColumn(Service, Qt::AscendingOrder);

    m_apply = new QPushButton(this);
    m_apply->setObjectName(u"geoApply"_s);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &GeoView::applySelected);
    connect(m_recommendationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GeoView::updateApply);

    auto section = [this](QLabel *title, QWidget *body, QWidget *below = nullptr) {
        auto *box = new QWidget(this);
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(title);
        l->addWidget(body, 1);
        if (below)
            l->addWidget(below, 0, Qt::AlignRight);
        return box;
    };
    auto *split = new QSplitter(Qt::Vertical, this);
    auto *topSplit = new QSplitter(Qt::Horizontal, split);
    topSplit->addWidget(section(m_regionsTitle, m_regionView));
    topSplit->addWidget(section(m_recommendationsTitle, m_recommendationView, m_apply));
    topSplit->setStretchFactor(0, 2);
    topSplit->setStretchFactor(1, 3);
    split->addWidget(topSplit);
    split->addWidget(section(m_servicesTitle, m_serviceView));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split, 1);
    layout->addWidget(m_note);

    if (service) {
        connect(service, &Cost::CostService::reportReady, this, &GeoView::onReport);
        if (service->latest())
            m_report = service->latest();
    }
    retranslate();
}

GeoView::~GeoView() = default;

void GeoView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GeoView::retranslate()
{
    m_title->setText(tr("Geography"));
    m_regionsTitle->setText(tr("Traffic by region (last 7 days)"));
    m_servicesTitle->setText(tr("By service and region"));
    m_recommendationsTitle->setText(tr("Replicas closer to users"));
    const Cost::GeoSettings rules;
    m_note->setText(tr("A replica is proposed where a region has at least %1 of a service's traffic and a p95 "
                       "latency at least %2 times and %3 ms above its home region. The gain assumes users there "
                       "would see what users near the home region see today.")
                        .arg(percent(rules.minShare), QLocale().toString(rules.minLatencyRatio, 'f', 1),
                             QLocale().toString(rules.minGainMs, 'f', 0)));
    m_regions->setHorizontalHeaderLabels(
        {tr("Region"), tr("Traffic share"), tr("p95 latency"), tr("Services hosted"), tr("Services served")});
    m_services->setHorizontalHeaderLabels({tr("Service"), tr("Region"), tr("Traffic share"), tr("p95 latency"),
                                           tr("Home region latency"), tr("Advice")});
    m_apply->setText(tr("&Apply…"));
    m_apply->setToolTip(tr("Straja cannot add a region to a service at the provider: deploy the replica by hand, then "
                           "confirm here. It is recorded in the inbox and the audit log as done by you, and the "
                           "region's latency is checked afterwards."));
    m_recommendations->retranslate();
    fill();
}

void GeoView::onReport(const Cost::CostReportPtr &report)
{
    m_report = report;
    fill();
    emit reportShown();
}

void GeoView::fill()
{
    m_regions->removeRows(0, m_regions->rowCount());
    m_services->removeRows(0, m_services->rowCount());
    if (!m_report)
        return;
    const Cost::Recommendation *before = selected();
    const QString selectedId = before ? before->id() : QString();
    m_recommendations->setRecommendations(m_report->regionRecommendations);
    if (!selectedId.isEmpty())
        selectRecommendation(selectedId);
    updateApply();
    for (const Cost::RegionSummary &r : m_report->regions) {
        m_regions->appendRow({cell(r.region, r.region, false), cell(percent(r.share), r.share, true),
                              cell(milliseconds(r.latencyMs), std::isfinite(r.latencyMs) ? r.latencyMs : -1.0, true),
                              cell(QString::number(r.servicesHosted), r.servicesHosted, true),
                              cell(QString::number(r.servicesServed), r.servicesServed, true)});
    }
    const Model::WorkspacePtr ws = m_engine ? m_engine->workspace() : Model::WorkspacePtr();
    for (const Cost::ServiceRegion &r : m_report->serviceRegions) {
        const Model::Service *s = ws ? ws->service(r.serviceId) : nullptr;
        QString advice = r.hosted ? tr("home region") : QString();
        for (const Cost::Recommendation &rec : m_report->regionRecommendations) {
            if (rec.serviceId == r.serviceId && rec.facts.value(u"region"_s).toString() == r.region)
                advice = tr("add a replica: about −%1 ms for %2, %3 a month")
                             .arg(QLocale().toString(rec.facts.value(u"gainMs"_s).toDouble(), 'f', 0),
                                  percent(r.share), (-rec.monthlySaving).format());
        }
        m_services->appendRow({cell(s ? s->name : r.serviceId, s ? s->name : r.serviceId, false),
                               cell(r.region, r.region, false), cell(percent(r.share), r.share, true),
                               cell(milliseconds(r.latencyMs), r.latencyMs, true),
                               cell(milliseconds(r.hostLatencyMs), r.hostLatencyMs, true),
                               cell(advice, advice, false)});
    }
}

const Cost::Recommendation *GeoView::selected() const
{
    const QModelIndex current = m_recommendationView->currentIndex();
    if (!current.isValid())
        return nullptr;
    const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_recommendationView->model());
    return m_recommendations->at(proxy->mapToSource(current).row());
}

void GeoView::selectRecommendation(const QString &id)
{
    QAbstractItemModel *model = m_recommendationView->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(RecommendationModel::IdRole).toString() == id) {
            m_recommendationView->selectRow(r);
            m_recommendationView->setCurrentIndex(model->index(r, 0));
        }
    }
    updateApply();
}

void GeoView::updateApply()
{
    const Cost::Recommendation *r = selected();
    m_apply->setEnabled(r && r->proposal.action == Cost::ProposalDraft::Action::Manual);
}

void GeoView::applySelected()
{
    const Cost::Recommendation *r = selected();
    if (!r || r->proposal.action != Cost::ProposalDraft::Action::Manual)
        return;
    const Cost::Recommendation chosen = *r; // the report may be refreshed while the box is open
    const Actions::Proposal manual = Cost::ProposalBridge::manualChange(chosen);
    const QString what =
        tr("Straja cannot add a region to a service at the provider. Deploy the replica in %1 by hand (for Railway: "
           "the service's settings, Regions), then confirm here: it is recorded in the audit log as done by you.")
            .arg(chosen.facts.value(u"region"_s).toString())
        + u' ' + Actions::ProposalText::verification(manual);
    MessageBox::confirm(this, tr("Deploy closer to users"), chosen.title() + u"\n\n"_s + chosen.explanation()
                                                                + u"\n\n"_s + what,
                        tr("I have done it"),
                        [this, chosen](bool accepted) {
                            if (accepted)
                                emit applyRequested(chosen);
                        },
                        tr("Risk: %1").arg(chosen.riskText()));
}

} // namespace Gui
