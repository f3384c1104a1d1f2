#include "ui/project/projectview.h"

#include "core/engine/engineapi.h"
#include "core/model/metricformat.h"
#include "ui/charts/chartoverlay.h"
#include "ui/charts/timeserieschart.h"
#include "ui/project/logexcerpt.h"
#include "ui/project/projectalerts.h"
#include "ui/style/healthstyle.h"

#include <QAction>
#include <QButtonGroup>
#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Gui {

namespace {

constexpr std::array kChartKinds = {MetricKind::Rps,  MetricKind::LatencyP95, MetricKind::ErrorRate,
                                    MetricKind::Cpu,  MetricKind::Memory,     MetricKind::Replicas};
// Kinds only some services report (exporters next to them, the demo fleet): their
// charts appear below the others only for a service that has data.
constexpr std::array kExtraKinds = {MetricKind::CacheHitRatio, MetricKind::CertExpiryDays, MetricKind::QueueDepth,
                                    MetricKind::PoolUsage};
constexpr std::array kRanges = {ProjectView::Range::OneHour, ProjectView::Range::SixHours, ProjectView::Range::OneDay,
                                ProjectView::Range::SevenDays, ProjectView::Range::ThirtyDays};
// Short ranges follow live data; long ones change too slowly to be worth re-reading.
constexpr qint64 kLiveRefreshMs = 15'000;
// Forecast overlays are recomputed once they are this old (engine time).
constexpr qint64 kOverlayRefreshMs = 15 * 60 * 1000;

QString rangeLabel(ProjectView::Range range)
{
    switch (range) {
    case ProjectView::Range::OneHour: return ProjectView::tr("1 h");
    case ProjectView::Range::SixHours: return ProjectView::tr("6 h");
    case ProjectView::Range::OneDay: return ProjectView::tr("24 h");
    case ProjectView::Range::SevenDays: return ProjectView::tr("7 d");
    case ProjectView::Range::ThirtyDays: return ProjectView::tr("30 d");
    }
    return QString();
}

} // namespace

qint64 ProjectView::rangeMs(Range range)
{
    constexpr qint64 hour = 3600LL * 1000;
    switch (range) {
    case Range::OneHour: return hour;
    case Range::SixHours: return 6 * hour;
    case Range::OneDay: return 24 * hour;
    case Range::SevenDays: return 7 * 24 * hour;
    case Range::ThirtyDays: return 30 * 24 * hour;
    }
    return hour;
}

ProjectView::ProjectView(Engine::EngineApi *engine, QString projectId, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_projectId(std::move(projectId))
{
    setObjectName(u"projectView_"_s + m_projectId);
    m_title = new QLabel(this);
    m_title->setObjectName(u"projectTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status = new QLabel(this);
    m_status->setObjectName(u"projectStatus"_s);

    m_serviceLabel = new QLabel(this);
    m_services = new QComboBox(this);
    m_services->setObjectName(u"serviceSelector"_s);
    m_serviceLabel->setBuddy(m_services);
    if (m_engine && m_engine->workspace()) {
        for (const Model::Service &s : m_engine->workspace()->services) {
            if (s.projectId == m_projectId)
                m_services->addItem(s.name, s.id);
        }
    }
    connect(m_services, &QComboBox::currentIndexChanged, this, [this] {
        updateHeader();
        updateExtraCharts();
        requestHistory();
        if (m_logs)
            m_logs->setService(currentServiceId(), m_services->currentText());
        requestOverlay();
    });

    m_ranges = new QButtonGroup(this);
    m_ranges->setExclusive(true);
    auto *rangeRow = new QHBoxLayout;
    for (Range r : kRanges) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setObjectName(u"range_"_s + QString::number(static_cast<int>(r)));
        button->setChecked(r == m_range);
        m_ranges->addButton(button, static_cast<int>(r));
        rangeRow->addWidget(button);
    }
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int id) { setRange(static_cast<Range>(id)); });

    m_forecastButton = new QToolButton(this);
    m_forecastButton->setObjectName(u"showForecast"_s);
    m_forecastButton->setCheckable(true);
    connect(m_forecastButton, &QToolButton::toggled, this, &ProjectView::setForecastShown);
    m_predictionsButton = new QPushButton(this);
    m_predictionsButton->setObjectName(u"openPredictions"_s);
    connect(m_predictionsButton, &QPushButton::clicked, this, [this] { emit predictionsRequested(m_projectId); });

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_serviceLabel);
    header->addWidget(m_services);
    header->addSpacing(12);
    header->addLayout(rangeRow);
    header->addSpacing(12);
    header->addWidget(m_forecastButton);
    header->addWidget(m_predictionsButton);
    m_tracesButton = new QToolButton(this);
    m_tracesButton->setObjectName(u"tracesButton"_s);
    connect(m_tracesButton, &QToolButton::clicked, this, [this] {
        if (!m_engine || currentServiceId().isEmpty())
            return;
        const qint64 to = m_engine->nowMs();
        emit tracesRequested(currentServiceId(), to - rangeMs(m_range), to);
    });
    header->addSpacing(12);
    header->addWidget(m_tracesButton);
    m_rulesButton = new QToolButton(this);
    m_rulesButton->setObjectName(u"alertRulesButton"_s);
    // A window shortcut on the view: only the visible project tab takes it.
    auto *rulesAction = new QAction(this);
    rulesAction->setObjectName(u"alertRulesAction"_s);
    rulesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    rulesAction->setShortcutContext(Qt::WindowShortcut);
    addAction(rulesAction);
    connect(rulesAction, &QAction::triggered, this, [this] {
        if (!currentServiceId().isEmpty())
            emit alertRulesRequested(currentServiceId());
    });
    connect(m_rulesButton, &QToolButton::clicked, rulesAction, &QAction::trigger);
    header->addWidget(m_rulesButton);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"serviceSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    auto *grid = new QGridLayout;
    for (int i = 0; i < static_cast<int>(kChartKinds.size()); ++i) {
        auto *chart = new Charts::TimeSeriesChart(kChartKinds.at(i), this);
        chart->setObjectName(u"chart_"_s + Model::metricKindId(kChartKinds.at(i)));
        m_charts.insert(static_cast<int>(kChartKinds.at(i)), chart);
        // A spike in latency or errors: right-click it for the traces of that moment.
        if (kChartKinds.at(i) == MetricKind::LatencyP95 || kChartKinds.at(i) == MetricKind::ErrorRate) {
            chart->setContextMenuPolicy(Qt::CustomContextMenu);
            connect(chart, &QWidget::customContextMenuRequested, this,
                    [this, chart](const QPoint &pos) { showChartMenu(chart, pos); });
        }
        grid->addWidget(chart, i / 3, i % 3);
    }
    for (int i = 0; i < static_cast<int>(kExtraKinds.size()); ++i) {
        auto *chart = new Charts::TimeSeriesChart(kExtraKinds.at(i), this);
        chart->setObjectName(u"chart_"_s + Model::metricKindId(kExtraKinds.at(i)));
        chart->hide();
        m_charts.insert(static_cast<int>(kExtraKinds.at(i)), chart);
        const int at = static_cast<int>(kChartKinds.size()) + i;
        grid->addWidget(chart, at / 3, at % 3);
    }

    // Charts above; the project's alerts and the service's recent logs below.
    auto *charts = new QWidget(this);
    charts->setLayout(grid);
    grid->setContentsMargins(0, 0, 0, 0);
    m_alerts = new ProjectAlerts(m_projectId, this);
    m_logs = new LogExcerpt(engine, this);
    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_alerts);
    bottom->addWidget(m_logs);
    bottom->setStretchFactor(0, 1);
    bottom->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"projectSplitter"_s);
    split->addWidget(charts);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    if (m_engine) {
        connect(m_engine, &Engine::EngineApi::historyReady, this, &ProjectView::onHistory);
        connect(m_engine, &Engine::EngineApi::analysisReady, this, &ProjectView::onAnalysis);
        connect(m_engine, &Engine::EngineApi::deploymentsReady, this, &ProjectView::applyDeployments);
    }
    retranslate();
    if (m_engine)
        setSnapshot(m_engine->latestSnapshot());
    requestHistory();
    m_logs->setService(currentServiceId(), m_services->currentText());
}

ProjectView::~ProjectView()
{
    if (m_engine && m_pendingOverlay)
        m_engine->cancelAnalysis(m_pendingOverlay);
}

Charts::TimeSeriesChart *ProjectView::chart(MetricKind kind) const
{
    return m_charts.value(static_cast<int>(kind));
}

QString ProjectView::currentServiceId() const
{
    return m_services->currentData().toString();
}

void ProjectView::selectService(const QString &serviceId)
{
    const int index = m_services->findData(serviceId);
    if (index >= 0)
        m_services->setCurrentIndex(index);
}

void ProjectView::setRange(Range range)
{
    m_range = range;
    if (QAbstractButton *button = m_ranges->button(static_cast<int>(range)))
        button->setChecked(true);
    requestHistory(); // the overlay follows when the charts have their new range
}

ProjectView::Range ProjectView::rangeCovering(qint64 spanMs)
{
    for (Range range : kRanges) {
        if (rangeMs(range) >= spanMs)
            return range;
    }
    return Range::ThirtyDays;
}

void ProjectView::showSince(qint64 fromMs)
{
    setRange(rangeCovering(m_engine ? m_engine->nowMs() - fromMs : 0));
}

void ProjectView::requestHistory()
{
    if (!m_engine || currentServiceId().isEmpty())
        return;
    Engine::HistoryRequest request;
    request.toMs = m_engine->nowMs();
    request.fromMs = request.toMs - rangeMs(m_range);
    for (MetricKind kind : kChartKinds)
        request.series.append({currentServiceId(), kind, {}});
    for (MetricKind kind : kExtraKinds) {
        if (!chart(kind)->isHidden())
            request.series.append({currentServiceId(), kind, {}});
    }
    m_pendingRequest = m_engine->requestHistory(request);
    m_sinceRequest.start();
    m_status->setText(tr("Loading %1 of history…").arg(rangeLabel(m_range)));
}

void ProjectView::onHistory(const Engine::HistoryResultPtr &result)
{
    // Answers to superseded requests (another service or range) are dropped.
    if (!result || result->requestId != m_pendingRequest)
        return;
    for (const Store::StoredSeries &series : result->series) {
        if (Charts::TimeSeriesChart *c = chart(series.key.kind))
            c->setData(series, result->request.fromMs, result->request.toMs);
    }
    m_status->setText(result->stale ? tr("Showing stored data only: %1").arg(result->message) : QString());
    m_status->setVisible(!m_status->text().isEmpty());
    applyOverlay();
    applyDeployments();
    emit chartsUpdated();
}

void ProjectView::applyDeployments()
{
    const Store::DeploymentRecordsPtr records = m_engine ? m_engine->latestDeployments() : Store::DeploymentRecordsPtr();
    const QVector<Charts::DeployMarker> markers = records
        ? Charts::ChartOverlay::deployMarkers(*records, currentServiceId())
        : QVector<Charts::DeployMarker>();
    for (Charts::TimeSeriesChart *c : std::as_const(m_charts))
        c->setDeployMarkers(markers);
    emit deploymentsUpdated();
}

void ProjectView::setForecastShown(bool shown)
{
    m_forecastShown = shown;
    if (m_forecastButton->isChecked() != shown)
        m_forecastButton->setChecked(shown); // comes back here once, with nothing to do
    if (!shown) {
        if (m_engine && m_pendingOverlay)
            m_engine->cancelAnalysis(m_pendingOverlay);
        m_pendingOverlay = 0;
        applyOverlay();
        return;
    }
    const QString serviceId = currentServiceId();
    if (!m_overlay || m_overlay->request.serviceIds.value(0) != serviceId)
        requestOverlay();
    else
        applyOverlay();
}

void ProjectView::requestOverlay()
{
    if (!m_engine || !m_forecastShown || currentServiceId().isEmpty())
        return;
    if (m_pendingOverlay)
        m_engine->cancelAnalysis(m_pendingOverlay);
    Engine::AnalysisRequest request;
    request.projectId = m_projectId;
    request.serviceIds = {currentServiceId()};
    request.forecastKinds = {kChartKinds.begin(), kChartKinds.end()};
    request.backtest = false; // the predictions view shows accuracy; charts only draw
    request.capacity = false;
    request.cost = false;
    m_pendingOverlay = m_engine->requestAnalysis(request);
    m_status->setText(tr("Computing the forecast…"));
    m_status->setVisible(true);
}

void ProjectView::onAnalysis(const Engine::AnalysisResultPtr &result)
{
    if (!result || m_pendingOverlay == 0 || result->requestId != m_pendingOverlay)
        return;
    m_pendingOverlay = 0;
    m_overlay = result;
    m_status->setText(result->error);
    m_status->setVisible(!result->error.isEmpty());
    applyOverlay();
}

void ProjectView::applyOverlay()
{
    const bool show = m_forecastShown && m_overlay && m_overlay->request.serviceIds.value(0) == currentServiceId();
    for (MetricKind kind : kChartKinds) {
        Charts::TimeSeriesChart *c = chart(kind);
        const Engine::SeriesAnalysis *s = show ? m_overlay->find(currentServiceId(), kind) : nullptr;
        if (!s) {
            c->clearOverlay();
            continue;
        }
        const double scale = c->displayScale();
        const qint64 until = c->toMs() + Charts::ChartOverlay::shownHorizonMs(rangeMs(m_range), m_overlay->request.horizonMs);
        QPointF anchor(0, std::numeric_limits<double>::quiet_NaN());
        if (!c->points().isEmpty())
            anchor = c->points().last();
        const Charts::ForecastBand band =
            s->forecastOk ? Charts::ChartOverlay::forecastBand(s->forecast, anchor, until, scale) : Charts::ForecastBand{};
        const QVector<Charts::AnomalyMarker> markers = Charts::ChartOverlay::markers(
            s->history, s->scores, m_overlay->settings.anomalyThreshold, c->fromMs(), c->toMs(), 120, scale);
        c->setOverlay(band, markers, Charts::ChartOverlay::markerTips(markers, s->anomalies, scale, kind), until);
    }
    if (show)
        emit overlayUpdated();
}

void ProjectView::setSnapshot(const Engine::FleetSnapshotPtr &snapshot)
{
    if (!snapshot)
        return;
    m_snapshot = snapshot;
    updateHeader();
    m_alerts->setSnapshot(snapshot);
    if (updateExtraCharts())
        requestHistory(); // a kind's first data: its chart needs its history
    else if (m_range <= Range::OneDay && m_sinceRequest.isValid() && m_sinceRequest.elapsed() > kLiveRefreshMs)
        requestHistory();
    if (m_forecastShown && m_overlay && m_pendingOverlay == 0 && snapshot->atMs - m_overlay->nowMs >= kOverlayRefreshMs)
        requestOverlay();
}

bool ProjectView::updateExtraCharts()
{
    if (!m_snapshot)
        return false;
    const QString serviceId = currentServiceId();
    const Engine::ServiceStatus *status = nullptr;
    for (const Engine::ServiceStatus &s : m_snapshot->services) {
        if (s.serviceId == serviceId)
            status = &s;
    }
    bool changed = false;
    for (MetricKind kind : kExtraKinds) {
        const bool has = status && std::isfinite(status->latest[kind]);
        Charts::TimeSeriesChart *c = chart(kind);
        if (c->isHidden() == has) {
            c->setVisible(has);
            changed = true;
        }
    }
    return changed;
}

void ProjectView::updateHeader()
{
    if (!m_snapshot)
        return;
    for (const Engine::ProjectStatus &p : m_snapshot->projects) {
        if (p.projectId != m_projectId)
            continue;
        m_title->setText(p.name);
        QPalette palette = m_title->palette();
        palette.setColor(QPalette::WindowText, healthColor(p.health).darker(115));
        m_title->setPalette(palette);
    }
    const QString serviceId = currentServiceId();
    for (const Engine::ServiceStatus &s : m_snapshot->services) {
        if (s.serviceId != serviceId)
            continue;
        QStringList parts;
        parts << u"<b>%1</b>: %2"_s.arg(Engine::healthName(s.verdict.health).toHtmlEscaped(),
                                         Engine::describeVerdict(s.verdict).toHtmlEscaped());
        for (MetricKind kind : Model::allMetricKinds()) {
            const double v = s.latest[kind];
            if (std::isnan(v))
                continue;
            parts << u"%1 %2"_s.arg(Model::metricKindLabel(kind).toHtmlEscaped(),
                                    Model::formatMetricValue(kind, v).toHtmlEscaped());
        }
        m_summary->setText(parts.join(u" · "_s));
    }
}

void ProjectView::showChartMenu(Charts::TimeSeriesChart *chart, const QPoint &pos)
{
    if (!m_engine || currentServiceId().isEmpty())
        return;
    // The clicked moment, with a window around it scaled to the range shown.
    const QPointF value = chart->chart()->mapToValue(chart->chart()->mapFromScene(chart->mapToScene(pos)));
    const qint64 now = m_engine->nowMs();
    const qint64 half = std::max<qint64>(5 * 60'000, rangeMs(m_range) / 48);
    const qint64 at = std::clamp(static_cast<qint64>(value.x()), now - rangeMs(m_range), now);
    // Popped up, not exec()'d: no nested event loop (STYLE habit 8).
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(u"chartMenu"_s);
    QAction *traces = menu->addAction(tr("Traces for this window"));
    traces->setObjectName(u"actionTracesForWindow"_s);
    connect(traces, &QAction::triggered, this, [this, at, half, now] {
        emit tracesRequested(currentServiceId(), at - half, std::min(now, at + half));
    });
    menu->popup(chart->mapToGlobal(pos));
}

void ProjectView::retranslate()
{
    m_serviceLabel->setText(tr("&Service:"));
    m_forecastButton->setText(tr("Show &forecast"));
    m_forecastButton->setToolTip(tr("Continue every chart with its forecast and 95% band, and mark anomalies "
                                    "(Ctrl+Shift+F)"));
    m_predictionsButton->setText(tr("&Predictions"));
    m_predictionsButton->setToolTip(tr("Forecasts, capacity, cost and anomalies of the whole project "
                                       "(Ctrl+Shift+P)"));
    m_rulesButton->setText(tr("Alert rules…"));
    m_rulesButton->setToolTip(tr("The alert rules of this service: thresholds, anomaly scores and forecasts "
                                 "(Ctrl+Shift+A)"));
    m_tracesButton->setText(tr("Traces…"));
    m_tracesButton->setToolTip(tr("The slowest and the failing traces of this service in the range shown; "
                                  "right-click the latency or error chart for the traces of one moment"));
    for (Range r : kRanges) {
        QAbstractButton *button = m_ranges->button(static_cast<int>(r));
        button->setText(rangeLabel(r));
        button->setToolTip(tr("Show the last %1").arg(rangeLabel(r)));
    }
    for (Charts::TimeSeriesChart *c : std::as_const(m_charts))
        c->retranslate();
    applyDeployments(); // their hover texts are in the language too
    updateHeader();
}

void ProjectView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gui
