#include "ui/predictions/predictionsview.h"

#include "core/engine/engineapi.h"
#include "core/engine/predictiontext.h"
#include "core/model/metricformat.h"
#include "ui/charts/chartoverlay.h"
#include "ui/charts/timeserieschart.h"
#include "ui/predictions/anomalymodel.h"
#include "ui/predictions/capacitymodel.h"
#include "ui/predictions/costmodel.h"
#include "ui/predictions/forecastmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
// The detail chart shows this much history before the forecast.
constexpr qint64 kDetailHistoryMs = 48 * kHourMs;

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model, bool sortable)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    // The model's own order (services as in the workspace) until a header is clicked.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(sortable);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QSortFilterProxyModel *sorter(QObject *parent, QAbstractItemModel *source)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(Qt::UserRole + 1); // every model's SortRole: the raw value
    return proxy;
}

} // namespace

PredictionsView::PredictionsView(Engine::EngineApi *engine, QString projectId, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_projectId(std::move(projectId))
{
    setObjectName(u"predictionsView_"_s + m_projectId);
    m_title = new QLabel(this);
    m_title->setObjectName(u"predictionsTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(u"refreshPredictions"_s);
    connect(m_refresh, &QPushButton::clicked, this, &PredictionsView::refresh);
    m_charts = new QPushButton(this);
    m_charts->setObjectName(u"openProjectCharts"_s);
    connect(m_charts, &QPushButton::clicked, this, [this] { emit projectChartsRequested(m_projectId); });

    m_status = new QLabel(this);
    m_status->setObjectName(u"predictionsStatus"_s);
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"predictionsProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(u"cancelPredictions"_s);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &PredictionsView::cancel);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_progress);
    header->addWidget(m_cancel);
    header->addWidget(m_refresh);
    header->addWidget(m_charts);

    // Forecasts: the table, and the selected row drawn with its band and explained.
    m_forecasts = new ForecastModel(this);
    m_forecastSort = sorter(this, m_forecasts);
    m_forecastTable = makeTable(this, u"forecastTable"_s, m_forecastSort, true);
    connect(m_forecastTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PredictionsView::showSelectedForecast);
    m_forecastHeading = new QLabel(this);
    m_forecastHeading->setObjectName(u"forecastHeading"_s);
    m_chart = new Charts::TimeSeriesChart(Model::MetricKind::Rps, this);
    m_chart->setObjectName(u"forecastChart"_s);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"forecastDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // Forecasts: the table above, the selected row drawn with its band and explained below.
    auto *detail = new QWidget(this);
    auto *detailLayout = new QHBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_chart, 3);
    detailLayout->addWidget(m_detail, 2);
    auto *forecastSplit = new QSplitter(Qt::Vertical, this);
    forecastSplit->addWidget(m_forecastTable);
    forecastSplit->addWidget(detail);
    forecastSplit->setStretchFactor(0, 1);
    forecastSplit->setStretchFactor(1, 1);
    forecastSplit->setChildrenCollapsible(false);
    auto *forecastBox = new QWidget(this);
    auto *forecastLayout = new QVBoxLayout(forecastBox);
    forecastLayout->addWidget(m_forecastHeading);
    forecastLayout->addWidget(forecastSplit, 1);

    // Each section its own page, with the whole height for its table.
    m_sections = new QTabWidget(this);
    m_sections->setObjectName(u"predictionSections"_s);
    m_sections->addTab(forecastBox, QString());
    m_capacity = new CapacityModel(this);
    m_capacitySort = sorter(this, m_capacity);
    m_capacityTable = makeTable(m_sections, u"capacityTable"_s, m_capacitySort, true);
    m_capacityTable->horizontalHeader()->setStretchLastSection(false);
    m_sections->addTab(m_capacityTable, QString());

    m_costs = new CostModel(this);
    m_costTable = makeTable(m_sections, u"costTable"_s, m_costs, false);
    m_costTable->horizontalHeader()->setStretchLastSection(false);
    m_priceNote = new QLabel(this);
    m_priceNote->setObjectName(u"priceNote"_s);
    m_priceNote->setWordWrap(true);
    auto *costPage = new QWidget(m_sections);
    auto *costLayout = new QVBoxLayout(costPage);
    costLayout->addWidget(m_costTable, 1);
    costLayout->addWidget(m_priceNote);
    m_sections->addTab(costPage, QString());

    m_anomalies = new AnomalyModel(this);
    m_anomalySort = sorter(this, m_anomalies);
    m_anomalyTable = makeTable(m_sections, u"anomalyTable"_s, m_anomalySort, true);
    m_sections->addTab(m_anomalyTable, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_sections, 1);

    if (m_engine) {
        connect(m_engine, &Engine::EngineApi::analysisReady, this, &PredictionsView::onResult);
        connect(m_engine, &Engine::EngineApi::analysisProgress, this, &PredictionsView::onProgress);
    }
    retranslate();
}

PredictionsView::~PredictionsView()
{
    cancel();
}

QHash<QString, QString> PredictionsView::serviceNames() const
{
    QHash<QString, QString> names;
    if (const Model::WorkspacePtr workspace = m_engine ? m_engine->workspace() : nullptr) {
        for (const Model::Service &s : workspace->services)
            names.insert(s.id, s.name);
    }
    return names;
}

void PredictionsView::refresh()
{
    if (!m_engine)
        return;
    cancel();
    Engine::AnalysisRequest request;
    request.projectId = m_projectId;
    m_pending = m_engine->requestAnalysis(request);
    if (m_pending == 0) {
        m_status->setText(tr("Predictions are not available from this engine."));
        return;
    }
    m_lastNowMs = m_engine->nowMs();
    m_progress->setRange(0, 0);
    updateStatus();
}

void PredictionsView::cancel()
{
    if (m_pending == 0)
        return;
    if (m_engine)
        m_engine->cancelAnalysis(m_pending);
    m_pending = 0;
    updateStatus();
}

void PredictionsView::setSnapshot(const Engine::FleetSnapshotPtr &snapshot)
{
    if (!snapshot || !isVisible() || isBusy())
        return;
    if (!m_result || snapshot->atMs - m_result->nowMs >= kRefreshAfterMs)
        refresh();
}

void PredictionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const qint64 now = m_engine ? m_engine->nowMs() : 0;
    if (!isBusy() && (!m_result || now - m_result->nowMs >= kRefreshAfterMs))
        refresh();
}

void PredictionsView::onProgress(quint64 requestId, int done, int total)
{
    if (requestId != m_pending)
        return;
    if (total > 0) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    }
}

void PredictionsView::onResult(const Engine::AnalysisResultPtr &result)
{
    // Answers to requests this view no longer waits for (superseded, another view's) are dropped.
    if (!result || result->requestId != m_pending || m_pending == 0)
        return;
    m_pending = 0;
    m_result = result;
    // Keep the selected forecast selected across recomputations.
    const Engine::SeriesAnalysis *selected =
        m_forecasts->seriesAt(m_forecastSort->mapToSource(m_forecastTable->currentIndex()).row());
    const std::optional<Model::SeriesKey> keep = selected ? std::optional(selected->key) : std::nullopt;
    const QHash<QString, QString> names = serviceNames();
    m_forecasts->setResult(result, names);
    m_capacity->setResult(result, names);
    m_costs->setResult(result, names);
    m_anomalies->setResult(result, names);
    if (keep)
        selectForecast(keep->serviceId, keep->kind);
    if (m_forecasts->rowCount() > 0 && !m_forecastTable->currentIndex().isValid())
        m_forecastTable->setCurrentIndex(m_forecastSort->index(0, 0));
    showSelectedForecast();
    retranslate();
    emit resultShown();
}

void PredictionsView::selectForecast(const QString &serviceId, Model::MetricKind kind)
{
    const int row = m_forecasts->rowOf(serviceId, kind);
    if (row >= 0)
        m_forecastTable->setCurrentIndex(m_forecastSort->mapFromSource(m_forecasts->index(row, 0)));
}

void PredictionsView::showSection(Section section)
{
    m_sections->setCurrentIndex(int(section));
}

QString PredictionsView::detailText() const
{
    return m_detail->text();
}

void PredictionsView::showSelectedForecast()
{
    const QModelIndex current = m_forecastSort->mapToSource(m_forecastTable->currentIndex());
    const Engine::SeriesAnalysis *s = m_forecasts->seriesAt(current.row());
    if (!s || !m_result) {
        m_detail->clear();
        return;
    }
    if (m_chart->kind() != s->key.kind) {
        auto *chart = new Charts::TimeSeriesChart(s->key.kind, this);
        chart->setObjectName(u"forecastChart"_s);
        m_chart->parentWidget()->layout()->replaceWidget(m_chart, chart);
        delete m_chart;
        m_chart = chart;
    }
    const qint64 end = s->history.size() > 0 ? s->history.timeAt(s->history.size() - 1) : m_result->dataEndMs;
    const qint64 from = end - kDetailHistoryMs;
    Store::StoredSeries shown{s->key, Store::Resolution::Raw, {}};
    QPointF anchor(0, std::numeric_limits<double>::quiet_NaN());
    for (qsizetype i = 0; i < s->history.size(); ++i) {
        const qint64 t = s->history.timeAt(i);
        const double v = s->history.values[size_t(i)];
        if (t < from || !std::isfinite(v))
            continue;
        shown.points.append({t, v, v, v});
        anchor = QPointF(double(t), v);
    }
    m_chart->setData(shown, from, end);
    const qint64 until = s->forecastOk ? s->forecast.startMs + qint64(s->forecast.point.size()) * s->forecast.stepMs
                                       : end;
    const double scale = m_chart->displayScale();
    const Charts::ForecastBand band =
        s->forecastOk ? Charts::ChartOverlay::forecastBand(s->forecast, anchor, until, scale) : Charts::ForecastBand{};
    const QVector<Charts::AnomalyMarker> markers = Charts::ChartOverlay::markers(
        s->history, s->scores, m_result->settings.anomalyThreshold, from, end, 120, scale);
    m_chart->setOverlay(band, markers, Charts::ChartOverlay::markerTips(markers, s->anomalies, scale, s->key.kind),
                        until);

    const QString service = serviceNames().value(s->key.serviceId, s->key.serviceId);
    QString html = u"<b>%1 — %2</b>"_s.arg(service.toHtmlEscaped(), Model::metricKindLabel(s->key.kind).toHtmlEscaped());
    if (!s->forecastOk) {
        html += u"<br>"_s + s->forecastError.toHtmlEscaped();
    } else {
        html += u"<br>"_s
            + tr("How much to trust it: <b>%1</b>")
                  .arg(Engine::PredictionText::trustLabel(Engine::PredictionText::trust(s->forecast.accuracy))
                           .toHtmlEscaped())
            + u"<br>"_s + Engine::PredictionText::accuracySummary(s->forecast.accuracy).toHtmlEscaped();
        if (!s->forecast.explanation.isEmpty())
            html += u"<br>"_s + s->forecast.explanation.toHtmlEscaped();
    }
    m_detail->setText(html);
}

void PredictionsView::updateStatus()
{
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_refresh->setEnabled(!busy);
    if (busy) {
        m_status->setText(tr("Computing forecasts, capacity and cost from the stored history…"));
        return;
    }
    if (!m_result) {
        m_status->setText(tr("No predictions yet."));
        return;
    }
    if (!m_result->error.isEmpty()) {
        m_status->setText(m_result->error);
        return;
    }
    const QLocale locale;
    QString text = tr("Computed from the 5-minute history (days: %1) and the hourly history (days: %2) up to %3, in %4 s.")
                       .arg(m_result->settings.forecastHistoryDays)
                       .arg(m_result->settings.capacityHistoryDays)
                       .arg(Engine::PredictionText::moment(m_result->dataEndMs, m_result->nowMs, locale))
                       .arg(locale.toString(m_result->cpuMs / 1000.0, 'f', 2));
    if (m_result->stale)
        text += u' ' + tr("Some sources could not be asked, so part of it is stored data only: %1")
                           .arg(m_result->message);
    m_status->setText(text);
}

void PredictionsView::retranslate()
{
    QString project = m_projectId;
    if (m_engine && m_engine->workspace()) {
        if (const Model::Project *p = m_engine->workspace()->project(m_projectId))
            project = p->name;
    }
    m_title->setText(tr("%1 — predictions").arg(project));
    m_refresh->setText(tr("&Recompute"));
    m_refresh->setToolTip(tr("Compute the predictions again from the newest history"));
    m_charts->setText(tr("Project &charts"));
    m_cancel->setText(tr("Cancel"));
    m_forecastHeading->setText(tr("The next 48 hours with 95% bands. Beside each forecast: how it did on the "
                                  "series' own history. Select a row to see it drawn."));
    m_sections->setTabText(int(Section::Forecasts), tr("Forecasts"));
    m_sections->setTabText(int(Section::Capacity), tr("Capacity"));
    m_sections->setTabText(int(Section::Cost), tr("Cost forecast"));
    m_sections->setTabText(int(Section::Anomalies), tr("Anomalies (%1)").arg(m_anomalies->rowCount()));
    const QLocale locale;
    const double price = m_result ? m_result->pricePerReplicaHour : 0.0;
    const QString currency = m_result ? m_result->currency : QString();
    m_priceNote->setText(
        tr("Cost = replica-hours × %1 per replica-hour, a default price until each provider's price list is set "
           "up. Bands are 95% intervals; the total is the sum of the services.")
            .arg(Engine::PredictionText::money(price, currency, locale)));
    m_forecasts->retranslate();
    m_capacity->retranslate();
    m_costs->retranslate();
    m_anomalies->retranslate();
    m_chart->retranslate();
    for (QTableView *table : {m_forecastTable, m_capacityTable, m_costTable, m_anomalyTable})
        table->resizeColumnsToContents();
    updateStatus();
    showSelectedForecast();
}

void PredictionsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // Explanations are worded by the analysis itself: ask again in the new language.
        if (m_result && !isBusy())
            refresh();
    }
    QWidget::changeEvent(event);
}

} // namespace Gui
