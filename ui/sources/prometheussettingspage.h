#pragma once

#include "core/sources/prometheus/prometheussource.h"
#include "ui/sources/sourcesettingspages.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;

namespace Gui {

// A Prometheus source's own settings: the PromQL of each metric (from a preset,
// editable) with a "test query" that runs the selected metric's query against
// the server and shows what came back, the timeout, and the optional
// Alertmanager and Loki beside it. Keys: docs/sources.md.
class PrometheusSettingsPage final : public SourceSettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrometheusSettingsPage)
public:
    enum QueryColumn { MetricColumn, QueryColumn, QueryColumnCount };

    PrometheusSettingsPage(const Model::SourceConfig &config, Model::WorkspacePtr workspace,
                           Sources::CredentialSource *credentials, QWidget *parent = nullptr);
    ~PrometheusSettingsPage() override;

    Util::Result<Model::SourceConfig> apply(Model::SourceConfig config) const override;

    // Runs the selected metric's query (as edited) for the chosen service.
    void runTestQuery();
    void applyPreset(const QString &presetId);
    QString testResultText() const;
    bool testRunning() const { return !m_probe.isNull(); }

signals:
    // A test query's answer is on screen (tests wait on it).
    void testQueryShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load(const Model::SourceConfig &config);
    void retranslate();
    void showOutcome(const Sources::Prometheus::TestQueryOutcomePtr &outcome);
    Model::MetricKind selectedKind() const;

    Model::WorkspacePtr m_workspace;
    Sources::CredentialSource *m_credentials = nullptr;
    QThread *m_probeThread = nullptr;
    QPointer<Sources::Prometheus::PrometheusSource> m_probe;

    QLabel *m_connectionTitle = nullptr;
    QLabel *m_timeoutLabel = nullptr;
    QSpinBox *m_timeout = nullptr;
    QLabel *m_queriesTitle = nullptr;
    QLabel *m_presetLabel = nullptr;
    QComboBox *m_preset = nullptr;
    QPushButton *m_applyPreset = nullptr;
    QLabel *m_presetDescription = nullptr;
    QLabel *m_serviceLabelLabel = nullptr;
    QLineEdit *m_serviceLabel = nullptr;
    QTableWidget *m_queries = nullptr;
    QLabel *m_placeholders = nullptr;
    QLabel *m_testServiceLabel = nullptr;
    QComboBox *m_testService = nullptr;
    QPushButton *m_test = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QLabel *m_othersTitle = nullptr;
    QLabel *m_alertmanagerLabel = nullptr;
    QLineEdit *m_alertmanager = nullptr;
    QLabel *m_lokiLabel = nullptr;
    QLineEdit *m_loki = nullptr;
    quint64 m_nextTest = 1;
};

} // namespace Gui
