#include "ui/sources/prometheussettingspage.h"

#include "core/model/metricformat.h"
#include "core/sources/alertmanager/alertmanagersource.h"
#include "core/sources/loki/lokisource.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Model::MetricKind;
using Sources::Prometheus::QueryMapping;

namespace Gui {

namespace {

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A nested connector object ("alertmanager", "loki") with its url replaced,
// dropped when the url is empty.
void setNestedUrl(QJsonObject &options, QLatin1StringView key, const QString &url)
{
    if (url.trimmed().isEmpty()) {
        options.remove(key);
        return;
    }
    QJsonObject nested = options.value(key).toObject();
    nested.insert("url"_L1, url.trimmed());
    options.insert(key, nested);
}

} // namespace

PrometheusSettingsPage::PrometheusSettingsPage(const Model::SourceConfig &config, Model::WorkspacePtr workspace,
                                               Sources::CredentialSource *credentials, QWidget *parent)
    : SourceSettingsPage(parent)
    , m_workspace(std::move(workspace))
    , m_credentials(credentials)
{
    setObjectName(u"prometheusSettings"_s);
    qRegisterMetaType<Sources::Prometheus::TestQueryOutcomePtr>();

    setConnection(config);
    m_connectionTitle = sectionTitle(this);
    m_timeout = new QSpinBox(this);
    m_timeout->setObjectName(u"timeout"_s);
    m_timeout->setRange(1, 600);

    m_queriesTitle = sectionTitle(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"preset"_s);
    for (const QString &id : QueryMapping::presetIds())
        m_preset->addItem(QString(), id);
    m_applyPreset = new QPushButton(this);
    m_applyPreset->setObjectName(u"applyPreset"_s);
    connect(m_applyPreset, &QPushButton::clicked, this, [this] { applyPreset(m_preset->currentData().toString()); });
    m_presetDescription = new QLabel(this);
    m_presetDescription->setWordWrap(true);
    connect(m_preset, &QComboBox::currentIndexChanged, this,
            [this] { m_presetDescription->setText(QueryMapping::presetDescription(m_preset->currentData().toString())); });
    m_serviceLabel = new QLineEdit(this);
    m_serviceLabel->setObjectName(u"serviceLabel"_s);
    m_queries = new QTableWidget(Model::kMetricKindCount, QueryColumnCount, this);
    m_queries->setObjectName(u"queries"_s);
    m_queries->verticalHeader()->hide();
    m_queries->horizontalHeader()->setStretchLastSection(true);
    m_queries->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_queries->setSelectionMode(QAbstractItemView::SingleSelection);
    m_queries->setWordWrap(false);
    for (MetricKind kind : Model::allMetricKinds()) {
        auto *metric = new QTableWidgetItem;
        metric->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        metric->setData(Qt::UserRole, int(kind));
        m_queries->setItem(Model::metricIndex(kind), MetricColumn, metric);
        m_queries->setItem(Model::metricIndex(kind), QueryColumn, new QTableWidgetItem);
    }
    m_queries->selectRow(0);
    connect(m_queries, &QTableWidget::itemChanged, this, &SourceSettingsPage::changed);
    m_placeholders = new QLabel(this);
    m_placeholders->setWordWrap(true);
    m_testService = new QComboBox(this);
    m_testService->setObjectName(u"testService"_s);
    m_testService->addItem(QString(), QString());
    if (m_workspace) {
        for (const Model::Service &s : m_workspace->services) {
            if (s.sourceId == config.id)
                m_testService->addItem(s.name, s.id);
        }
    }
    m_test = new QPushButton(this);
    m_test->setObjectName(u"testQuery"_s);
    connect(m_test, &QPushButton::clicked, this, &PrometheusSettingsPage::runTestQuery);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"testResult"_s);
    m_result->setReadOnly(true);
    m_result->setMaximumHeight(140);

    m_othersTitle = sectionTitle(this);
    m_alertmanager = new QLineEdit(this);
    m_alertmanager->setObjectName(u"alertmanagerUrl"_s);
    m_alertmanager->setPlaceholderText(u"https://alertmanager.example.com"_s);
    m_loki = new QLineEdit(this);
    m_loki->setObjectName(u"lokiUrl"_s);
    m_loki->setPlaceholderText(u"https://loki.example.com"_s);

    m_timeoutLabel = new QLabel(this);
    m_presetLabel = new QLabel(this);
    m_serviceLabelLabel = new QLabel(this);
    m_testServiceLabel = new QLabel(this);
    m_alertmanagerLabel = new QLabel(this);
    m_lokiLabel = new QLabel(this);

    auto *connection = new QFormLayout;
    connection->addRow(m_timeoutLabel, m_timeout);

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_preset, 1);
    presetRow->addWidget(m_applyPreset);
    auto *mapping = new QFormLayout;
    mapping->addRow(m_presetLabel, presetRow);
    mapping->addRow(QString(), m_presetDescription);
    mapping->addRow(m_serviceLabelLabel, m_serviceLabel);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testServiceLabel);
    testRow->addWidget(m_testService, 1);
    testRow->addWidget(m_test);

    auto *others = new QFormLayout;
    others->addRow(m_alertmanagerLabel, m_alertmanager);
    others->addRow(m_lokiLabel, m_loki);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_connectionTitle);
    layout->addLayout(connection);
    layout->addWidget(m_queriesTitle);
    layout->addLayout(mapping);
    layout->addWidget(m_queries, 1);
    layout->addWidget(m_placeholders);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addWidget(m_othersTitle);
    layout->addLayout(others);

    for (QLineEdit *edit : {m_serviceLabel, m_alertmanager, m_loki})
        connect(edit, &QLineEdit::textChanged, this, &SourceSettingsPage::changed);
    load(config);
    retranslate();
}

PrometheusSettingsPage::~PrometheusSettingsPage()
{
    if (m_probeThread) {
        // The probe lives on its own thread: delete it there, then stop the thread.
        if (m_probe)
            QMetaObject::invokeMethod(m_probe, [probe = m_probe.data()] { delete probe; }, Qt::BlockingQueuedConnection);
        m_probeThread->quit();
        m_probeThread->wait();
    }
}

void PrometheusSettingsPage::load(const Model::SourceConfig &config)
{
    m_timeout->setValue(config.options.value("timeoutMs"_L1).toInt(Sources::Http::EndpointOptions::kDefaultTimeoutMs) / 1000);
    auto mapping = QueryMapping::fromOptions(config.options);
    if (!mapping)
        mapping = QueryMapping::fromPreset(QueryMapping::kDefaultPreset.toString());
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(mapping->preset)));
    m_serviceLabel->setText(mapping->serviceLabel);
    for (MetricKind kind : Model::allMetricKinds())
        m_queries->item(Model::metricIndex(kind), QueryColumn)->setText(mapping->query(kind));
    m_alertmanager->setText(config.options.value("alertmanager"_L1).toObject().value("url"_L1).toString());
    m_loki->setText(config.options.value("loki"_L1).toObject().value("url"_L1).toString());
}

void PrometheusSettingsPage::applyPreset(const QString &presetId)
{
    const auto preset = QueryMapping::fromPreset(presetId);
    if (!preset)
        return;
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(presetId)));
    m_serviceLabel->setText(preset->serviceLabel);
    for (MetricKind kind : Model::allMetricKinds())
        m_queries->item(Model::metricIndex(kind), QueryColumn)->setText(preset->query(kind));
    emit changed();
}

Util::Result<Model::SourceConfig> PrometheusSettingsPage::apply(Model::SourceConfig config) const
{
    QJsonObject options = config.options;
    options.insert("timeoutMs"_L1, m_timeout->value() * 1000);
    options.insert("preset"_L1, m_preset->currentData().toString());
    options.insert("serviceLabel"_L1, m_serviceLabel->text().trimmed());
    QJsonObject queries;
    for (MetricKind kind : Model::allMetricKinds())
        queries.insert(Model::metricKindId(kind), m_queries->item(Model::metricIndex(kind), QueryColumn)->text().trimmed());
    options.insert("queries"_L1, queries);
    // Normalise through the mapping: only the queries that differ from the preset are kept.
    auto mapping = QueryMapping::fromOptions(options);
    if (!mapping)
        return mapping.error();
    mapping->writeOptions(options);
    setNestedUrl(options, "alertmanager"_L1, m_alertmanager->text());
    setNestedUrl(options, "loki"_L1, m_loki->text());
    config.options = options;

    const auto parsed = Sources::Prometheus::PrometheusOptions::fromConfig(config);
    if (!parsed)
        return parsed.error();
    if (options.contains("alertmanager"_L1)) {
        const auto am = Sources::Alertmanager::AlertmanagerOptions::fromJson(options.value("alertmanager"_L1).toObject(),
                                                                             config.id, mapping->serviceLabel);
        if (!am)
            return am.error();
    }
    if (options.contains("loki"_L1)) {
        const auto loki = Sources::Loki::LokiOptions::fromJson(options.value("loki"_L1).toObject(), config.id);
        if (!loki)
            return loki.error();
    }
    return config;
}

MetricKind PrometheusSettingsPage::selectedKind() const
{
    const int row = m_queries->currentRow() >= 0 ? m_queries->currentRow() : 0;
    return MetricKind(m_queries->item(row, MetricColumn)->data(Qt::UserRole).toInt());
}

void PrometheusSettingsPage::runTestQuery()
{
    if (m_probe)
        return;
    // The connection as the dialog shows it now, with this page's options.
    const auto config = apply(connection());
    if (!config) {
        m_result->setPlainText(tr("Cannot test: %1").arg(config.error().message));
        emit testQueryShown();
        return;
    }
    if (!m_probeThread) {
        m_probeThread = new QThread(this);
        m_probeThread->setObjectName(u"straja-test-query"_s);
        m_probeThread->start();
    }
    // A connector of its own, on its own thread, built from the settings as edited.
    auto *probe = new Sources::Prometheus::PrometheusSource(*config, m_credentials);
    probe->moveToThread(m_probeThread);
    m_probe = probe;
    connect(probe, &Sources::Prometheus::PrometheusSource::testQueryFinished, this,
            [this, probe](quint64, Sources::Prometheus::TestQueryOutcomePtr outcome) {
                probe->deleteLater();
                m_probe.clear();
                m_test->setEnabled(true);
                showOutcome(outcome);
            });
    const MetricKind kind = selectedKind();
    const QString serviceId = m_testService->currentData().toString();
    const QString promql = m_queries->item(Model::metricIndex(kind), QueryColumn)->text();
    const quint64 id = m_nextTest++;
    m_test->setEnabled(false);
    m_result->setPlainText(tr("Running the %1 query…").arg(Model::metricKindLabel(kind)));
    QMetaObject::invokeMethod(probe, [probe, id, kind, serviceId, promql] {
        probe->testQuery(id, kind, serviceId.isEmpty() ? QStringList() : QStringList{serviceId}, promql,
                         QDateTime::currentMSecsSinceEpoch());
    }, Qt::QueuedConnection);
}

void PrometheusSettingsPage::showOutcome(const Sources::Prometheus::TestQueryOutcomePtr &outcome)
{
    QStringList lines;
    lines << tr("PromQL: %1").arg(outcome->promql);
    if (!outcome->error.isEmpty()) {
        lines << tr("Error: %1").arg(outcome->error);
    } else if (outcome->series.isEmpty()) {
        lines << tr("No series: the query is valid but nothing matched. Check the metric names and the service label.");
    } else {
        const QLocale locale;
        lines << tr("%n series in %1 ms:", nullptr, int(outcome->series.size())).arg(outcome->elapsedMs);
        const MetricKind kind = selectedKind();
        for (const auto &series : outcome->series.mid(0, 20)) {
            const QString value = series.samples.isEmpty() ? tr("no value")
                                                           : Model::formatMetricValue(kind, series.samples.last().v, locale);
            lines << u"  "_s + series.selectorText() + u"  →  "_s + value;
        }
        if (outcome->series.size() > 20)
            lines << tr("  …and %n more", nullptr, int(outcome->series.size() - 20));
        if (outcome->unmatchedSeries > 0) {
            lines << tr("%n series carry no service this source knows (label '%1').", nullptr, outcome->unmatchedSeries)
                         .arg(m_serviceLabel->text());
        }
    }
    for (const QString &warning : outcome->warnings)
        lines << tr("Warning: %1").arg(warning);
    m_result->setPlainText(lines.join(u'\n'));
    emit testQueryShown();
}

QString PrometheusSettingsPage::testResultText() const
{
    return m_result->toPlainText();
}

void PrometheusSettingsPage::retranslate()
{
    m_connectionTitle->setText(tr("Prometheus"));
    m_timeoutLabel->setText(tr("&Timeout:"));
    m_timeoutLabel->setBuddy(m_timeout);
    m_timeout->setSuffix(tr(" s"));
    m_queriesTitle->setText(tr("Metric queries"));
    m_presetLabel->setText(tr("&Preset:"));
    m_presetLabel->setBuddy(m_preset);
    for (int i = 0; i < m_preset->count(); ++i)
        m_preset->setItemText(i, QueryMapping::presetName(m_preset->itemData(i).toString()));
    m_presetDescription->setText(QueryMapping::presetDescription(m_preset->currentData().toString()));
    m_applyPreset->setText(tr("Use preset queries"));
    m_serviceLabelLabel->setText(tr("&Service label:"));
    m_serviceLabelLabel->setBuddy(m_serviceLabel);
    m_queries->setHorizontalHeaderLabels({tr("Metric"), tr("PromQL (empty: not collected)")});
    for (MetricKind kind : Model::allMetricKinds())
        m_queries->item(Model::metricIndex(kind), MetricColumn)->setText(Model::metricKindLabel(kind));
    m_queries->resizeColumnToContents(MetricColumn);
    m_placeholders->setText(tr("In queries, $services matches the services asked for, $label is the service label, "
                               "$window a rate() window and $step the step. Each query must return one series per "
                               "service, carrying the service label."));
    m_testServiceLabel->setText(tr("Test &with:"));
    m_testServiceLabel->setBuddy(m_testService);
    m_testService->setItemText(0, tr("all services"));
    m_test->setText(tr("Test &query"));
    m_test->setToolTip(tr("Run the selected metric's query now and show what Prometheus answers"));
    m_othersTitle->setText(tr("Alerts and logs (optional)"));
    m_alertmanagerLabel->setText(tr("Alert&manager:"));
    m_alertmanagerLabel->setBuddy(m_alertmanager);
    m_lokiLabel->setText(tr("&Loki:"));
    m_lokiLabel->setBuddy(m_loki);
}

void PrometheusSettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    SourceSettingsPage::changeEvent(event);
}

} // namespace Gui
