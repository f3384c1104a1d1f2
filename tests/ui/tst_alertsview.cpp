// The alerts tab on the real engine and demo fleet: an incident from the demo's
// 429 burst appears worst first, is resolved through the dialog with a reason,
// moves to the history, opens the project view at its time; a webhook that
// answers 500 shows as a failed delivery. Screenshots in English and Romanian.
#include "core/alerts/defaultrules.h"
#include "core/alerts/rulevalidator.h"
#include "core/alerts/webhooknotifier.h"
#include "core/engine/fleetengine.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "fakehttpserver.h"
#include "memorycredentialsource.h"
#include "ui/alerts/alertsview.h"
#include "ui/alerts/incidentmodel.h"
#include "ui/alerts/ruleeditordialog.h"
#include "ui/alerts/ruleformdialog.h"
#include "ui/alerts/silencedialog.h"
#include "ui/alerts/webhookdialog.h"
#include "ui/flags/flagchangedialog.h"
#include "ui/report/reportdialog.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/project/projectview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC
constexpr qint64 kMinute = 60'000;
}

class TestAlertsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void incidentIsShownResolvedAndOpensTheProject();
    void failedWebhookDeliveryIsVisible();
    void romanian();
    void openDialogsFollowTheLanguage();
    void ruleValidation_data();
    void ruleValidation();
    void ruleEditorAddsEditsDisablesRemoves();
    void ruleEditorFromTheProjectView();

private:
    void startWindow();
    void raiseIncident();
    void screenshot(const QString &name, QWidget *widget = nullptr); // a dialog is a window of its own
    Gui::AlertsView *view() const { return m_window->alertsView(); }

    QTemporaryDir m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::shared_ptr<MemoryCredentialSource> m_credentials;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestAlertsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestAlertsView::init()
{
    QSettings().remove(QLatin1String(Gui::AlertsView::kWebhooksKey));
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
    m_credentials = std::make_shared<MemoryCredentialSource>();
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

void TestAlertsView::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_languages.reset();
}

void TestAlertsView::startWindow()
{
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"ws-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    options.credentials = m_credentials;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
}

void TestAlertsView::raiseIncident()
{
    // The demo's 429 burst at its origin fires once it has lasted three minutes.
    // Opening a new store and the first refresh take seconds at a load of 15 on two
    // cores: the waits end as soon as the engine is there, and are patient otherwise.
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->latestSnapshot() && m_engine->latestAlerts(), 60000);
    m_clock->advanceMs(5 * kMinute);
    m_engine->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(view()->openCount() >= 1, 60000);
}

void TestAlertsView::screenshot(const QString &name, QWidget *widget)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(150);
    QVERIFY((widget ? widget : m_window.get())->grab().save(dir + u'/' + name + u".png"_s));
}

void TestAlertsView::incidentIsShownResolvedAndOpensTheProject()
{
    startWindow();
    QAbstractItemModelTester tester(view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    raiseIncident();
    auto *action = m_window->findChild<QAction *>(u"actionAlerts"_s);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(m_window->tabs()->currentWidget(), view());
    QTRY_VERIFY(m_window->tabs()->tabText(m_window->tabs()->indexOf(view())).startsWith(u"Alerts ("_s));
    Gui::IncidentModel *model = view()->model();
    QVERIFY(model->rowCount() >= 1);
    // Worst first: every open row's severity rank is no better than the one above.
    for (int r = 1; r < model->rowCount(); ++r) {
        QVERIFY(model->index(r - 1, Gui::IncidentModel::Severity).data(Gui::IncidentModel::RawValueRole).toInt()
                >= model->index(r, Gui::IncidentModel::Severity).data(Gui::IncidentModel::RawValueRole).toInt());
    }
    int voice = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, Gui::IncidentModel::Services).data().toString().contains(u"Voice service"_s))
            voice = r;
    }
    QVERIFY(voice >= 0);
    QCOMPARE(model->index(voice, Gui::IncidentModel::Project).data().toString(), u"Events platform"_s);
    QCOMPARE(model->index(voice, Gui::IncidentModel::Cause).data().toString(), u"Slow or failing requests"_s);
    view()->table()->selectRow(voice);
    QVERIFY(view()->details()->toPlainText().contains(u"throttled-high"_s));
    QVERIFY(view()->details()->toPlainText().contains(u"Fired, incident opened"_s));
    const quint64 id = view()->selectedIncidentId();
    screenshot(u"alerts-en"_s);

    // Resolve through the dialog: a reason is required.
    view()->findChild<QPushButton *>(u"resolveButton"_s)->click();
    auto *dialog = view()->findChild<Gui::SilenceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->reasonEdit()->text().isEmpty());
    QVERIFY(dialog->findChild<QLabel *>(u"problem"_s)->text().contains(u"reason is required"_s));
    screenshot(u"alerts-resolve-dialog-en"_s, dialog);
    QTest::keyClicks(dialog->reasonEdit(), u"provider raised our limit"_s);
    dialog->accept();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowOf(id), -1, 5000);
    view()->showSection(true);
    QTRY_VERIFY(model->rowOf(id) >= 0);
    view()->selectIncident(id);
    QVERIFY(view()->details()->toPlainText().contains(u"provider raised our limit"_s));

    // From the incident to the project view, at a range that includes it.
    view()->findChild<QPushButton *>(u"showInProjectButton"_s)->click();
    auto *project = m_window->projectView(u"events"_s);
    QVERIFY(project);
    QCOMPARE(m_window->tabs()->currentWidget(), project);
    QCOMPARE(project->currentServiceId(), u"events-voice"_s);
    QCOMPARE(project->range(), Gui::ProjectView::Range::OneHour);
    QCOMPARE(Gui::ProjectView::rangeCovering(5 * 3'600'000), Gui::ProjectView::Range::SixHours);
    QCOMPARE(Gui::ProjectView::rangeCovering(40LL * 24 * 3'600'000), Gui::ProjectView::Range::ThirtyDays);
}

void TestAlertsView::failedWebhookDeliveryIsVisible()
{
    TestSupport::FakeHttpServer receiver;
    QVERIFY(receiver.listen());
    receiver.setHandler([](const TestSupport::FakeRequest &) {
        return TestSupport::FakeReply::text("boom", 500);
    });
    m_credentials->set(Alerts::WebhookConfig::credentialsKey(u"ops"_s),
                       Sources::Credentials{receiver.url(u"/hook"_s).toString(), {}, {}});
    QSettings().setValue(QLatin1String(Gui::AlertsView::kWebhooksKey),
                         QByteArray(R"([{"id": "ops", "name": "Ops room", "format": "slack"}])"));
    startWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->latestAlerts(), 10000); // the engine's alert worker is running
    auto *webhooks = view()->findChild<QListWidget *>(u"webhookList"_s);
    QCOMPARE(webhooks->count(), 1);
    QCOMPARE(webhooks->item(0)->text(), u"Ops room (Slack)"_s);
    webhooks->setCurrentRow(0);
    view()->findChild<QPushButton *>(u"testWebhookButton"_s)->click();
    auto *deliveries = view()->findChild<QListWidget *>(u"deliveryList"_s);
    // The engine's notifier retries with backoff (1 s, 2 s, 4 s) before giving up.
    QTRY_VERIFY_WITH_TIMEOUT(deliveries->count() >= 1 && deliveries->item(0)->text().contains(u"Failed"_s), 30000);
    QVERIFY2(deliveries->item(0)->text().contains(u"answered HTTP 500"_s), qPrintable(deliveries->item(0)->text()));
    QCOMPARE(receiver.requestCount(), 4);
    deliveries->setCurrentRow(0);
    auto *retry = view()->findChild<QPushButton *>(u"retryDeliveryButton"_s);
    QVERIFY(retry->isEnabled());
    m_window->showAlerts();
    screenshot(u"alerts-webhook-failed-en"_s);
}

void TestAlertsView::romanian()
{
    startWindow();
    raiseIncident();
    auto *romanian = m_window->findChild<QAction *>(u"actionLanguage_ro"_s);
    QVERIFY(romanian);
    romanian->trigger();
    m_window->showAlerts();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tabs()->tabText(m_window->tabs()->indexOf(view())).startsWith(u"Alerte"_s),
                             30000);
    QCOMPARE(view()->model()->headerData(Gui::IncidentModel::Cause, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Cauză"_s);
    QCOMPARE(view()->findChild<QPushButton *>(u"resolveButton"_s)->text(), u"&Rezolvă…"_s);
    screenshot(u"alerts-ro"_s);
    view()->findChild<QPushButton *>(u"silenceButton"_s)->click();
    auto *dialog = view()->findChild<Gui::SilenceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 30000);
    dialog->reasonEdit()->setText(u"lucrări la furnizor"_s); // keyClicks types ASCII only
    screenshot(u"alerts-silence-dialog-ro"_s, dialog);
    dialog->reject();
}

// The language changes (View > Language) while dialogs are open: they say everything
// again in the new language, as the main window does, without being reopened.
void TestAlertsView::openDialogsFollowTheLanguage()
{
    Gui::SilenceDialog silence(Gui::SilenceDialog::Mode::Silence, kOrigin, {});
    Gui::WebhookDialog webhook;
    Flags::FlagChange change;
    change.sourceId = u"demo-flags"_s;
    change.project = u"events"_s;
    change.feature = u"events.dark-mode"_s;
    change.environment = u"production"_s;
    Gui::FlagChangeDialog flag(change, {}, true);
    Gui::ReportDialog report(nullptr, u"en"_s); // no engine: no store to report from
    Model::AlertRule rule;
    rule.id = u"two words"_s; // a problem the form shows
    Gui::RuleFormDialog ruleForm(rule, {}, true);
    Gui::RuleEditorDialog rules(*Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin), u"events-api"_s);
    for (QDialog *d : std::initializer_list<QDialog *>{&silence, &webhook, &flag, &report, &ruleForm, &rules}) {
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
    }
    auto okOf = [](QDialog *d) { return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); };
    QCOMPARE(silence.windowTitle(), u"Silence the incident's alerts"_s);
    QCOMPARE(okOf(&silence)->text(), u"Silence"_s);
    QCOMPARE(silence.durationBox()->itemText(0), u"1 hour"_s);
    QCOMPARE(silence.findChild<QLabel *>(u"problem"_s)->text(),
             u"A reason is required: it goes into the incident's timeline."_s);
    QCOMPARE(webhook.windowTitle(), u"Add a webhook"_s);
    QCOMPARE(okOf(&webhook)->text(), u"Add"_s);
    QCOMPARE(flag.approveButton()->text(), u"Approve and apply"_s);
    QCOMPARE(report.statusText(), u"There is no local store to report from."_s);
    const QString flagSummary = flag.findChild<QLabel *>(u"changeSummary"_s)->text();
    QCOMPARE(ruleForm.windowTitle(), u"Add an alert rule"_s);
    QCOMPARE(rules.windowTitle(), u"Alert rules"_s);
    auto *ruleTable = rules.findChild<QTableWidget *>(u"ruleTable"_s);
    QCOMPARE(ruleTable->horizontalHeaderItem(0)->text(), u"Rule"_s);
    const QString ruleOrigin = rules.findChild<QLabel *>(u"ruleOrigin"_s)->text();
    const QString ruleProblem = ruleForm.findChild<QLabel *>(u"ruleProblem"_s)->text();
    QVERIFY(!ruleProblem.isEmpty());
    screenshot(u"dialog-silence-en"_s, &silence);
    screenshot(u"dialog-report-en"_s, &report);

    QVERIFY(m_languages->setLanguage(u"ro"_s));
    // Qt posts the change to every window: they follow on the next turn of the event loop.
    QTRY_COMPARE(silence.windowTitle(), u"Amuțiți alertele incidentului"_s);
    QTRY_COMPARE(report.windowTitle(), u"Exportă raportul"_s);
    QCOMPARE(okOf(&silence)->text(), u"Amuțește"_s);
    QCOMPARE(silence.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->text(), u"Anulează"_s);
    QCOMPARE(silence.durationBox()->itemText(0), u"1 oră"_s);
    QCOMPARE(silence.durationBox()->currentData().toInt(), 4); // the choice survives
    QCOMPARE(silence.findChild<QLabel *>(u"problem"_s)->text(),
             u"Motivul este obligatoriu: intră în cronologia incidentului."_s);
    QCOMPARE(webhook.windowTitle(), u"Adăugați un webhook"_s);
    QCOMPARE(okOf(&webhook)->text(), u"Adaugă"_s);
    QCOMPARE(webhook.formatBox()->itemText(2), u"JSON generic"_s);
    QCOMPARE(flag.windowTitle(), u"Aprobați o schimbare de indicator"_s);
    QCOMPARE(flag.approveButton()->text(), u"Aprobă și aplică"_s);
    QVERIFY(flag.findChild<QLabel *>(u"changeSummary"_s)->text() != flagSummary);
    QVERIFY(flag.findChild<QLabel *>(u"changeSummary"_s)->text().contains(u"Straja va trimite"_s));
    QCOMPARE(report.windowTitle(), u"Exportă raportul"_s);
    QCOMPARE(report.statusText(), u"Nu există o stocare locală din care să se facă raportul."_s);
    QCOMPARE(report.findChild<QComboBox *>(u"reportPeriod"_s)->itemText(1), u"Ultimele 7 zile"_s);
    QCOMPARE(ruleForm.windowTitle(), u"Adăugați o regulă de alertă"_s);
    QCOMPARE(okOf(&ruleForm)->text(), u"Adaugă"_s);
    QCOMPARE(ruleForm.findChild<QComboBox *>(u"ruleType"_s)->itemText(0), u"Prag: valoarea a trecut de limită"_s);
    QVERIFY(ruleForm.findChild<QLabel *>(u"ruleProblem"_s)->text() != ruleProblem); // said again in Romanian
    screenshot(u"dialog-silence-ro"_s, &silence);
    screenshot(u"dialog-ruleform-ro"_s, &ruleForm);
    QCOMPARE(rules.windowTitle(), u"Reguli de alertă"_s);
    QCOMPARE(ruleTable->horizontalHeaderItem(0)->text(), u"Regulă"_s);
    QCOMPARE(okOf(&rules)->text(), u"Salvează"_s);
    QVERIFY(rules.findChild<QLabel *>(u"ruleOrigin"_s)->text() != ruleOrigin);
    screenshot(u"dialog-rules-ro"_s, &rules);
    screenshot(u"dialog-webhook-ro"_s, &webhook);
    screenshot(u"dialog-flagchange-ro"_s, &flag);
    screenshot(u"dialog-report-ro"_s, &report);

    QVERIFY(m_languages->setLanguage(u"en"_s));
    QTRY_COMPARE(okOf(&silence)->text(), u"Silence"_s);
    QCOMPARE(report.findChild<QComboBox *>(u"reportPeriod"_s)->itemText(1), u"Last 7 days"_s);
}

void TestAlertsView::ruleValidation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("metric");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("clearAt");
    QTest::addColumn<int>("horizonSeconds");
    QTest::addColumn<QString>("problem"); // empty: valid
    const double none = std::nan("");
    const int threshold = int(Model::AlertRuleType::Threshold);
    const int anomaly = int(Model::AlertRuleType::Anomaly);
    const int forecast = int(Model::AlertRuleType::Forecast);
    const int errors = int(Model::AlertMetric::ErrorRate);
    const int cpu = int(Model::AlertMetric::Cpu);
    const int p95 = int(Model::AlertMetric::LatencyP95);
    QTest::newRow("valid threshold") << u"errors"_s << threshold << errors << 0.02 << 0.01 << 0 << QString();
    QTest::newRow("valid forecast") << u"p95-soon"_s << forecast << p95 << 500.0 << none << 7200 << QString();
    QTest::newRow("empty id") << QString() << threshold << errors << 0.02 << none << 0 << u"id"_s;
    QTest::newRow("bad id") << u"two words"_s << threshold << errors << 0.02 << none << 0 << u"letters"_s;
    QTest::newRow("duplicate id") << u"taken"_s << threshold << errors << 0.02 << none << 0 << u"already"_s;
    QTest::newRow("fraction over one") << u"e"_s << threshold << errors << 2.0 << none << 0 << u"between"_s;
    QTest::newRow("percent over 100") << u"c"_s << threshold << cpu << 120.0 << none << 0 << u"between"_s;
    QTest::newRow("score over one") << u"a"_s << anomaly << errors << 1.5 << none << 0 << u"score"_s;
    QTest::newRow("clear level past the limit") << u"c"_s << threshold << cpu << 80.0 << 90.0 << 0 << u"never clear"_s;
    QTest::newRow("forecast without horizon") << u"f"_s << forecast << p95 << 500.0 << none << 0 << u"horizon"_s;
}

void TestAlertsView::ruleValidation()
{
    QFETCH(QString, id);
    QFETCH(int, type);
    QFETCH(int, metric);
    QFETCH(double, threshold);
    QFETCH(double, clearAt);
    QFETCH(int, horizonSeconds);
    QFETCH(QString, problem);
    Model::AlertRule rule;
    rule.id = id;
    rule.type = static_cast<Model::AlertRuleType>(type);
    rule.metric = static_cast<Model::AlertMetric>(metric);
    rule.threshold = threshold;
    rule.clearAt = clearAt;
    rule.horizonSeconds = horizonSeconds;
    const QStringList found = Alerts::RuleValidator::problems(rule, {u"taken"_s});
    if (problem.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    } else {
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().contains(problem), qPrintable(found.first()));
    }
}

void TestAlertsView::ruleEditorAddsEditsDisablesRemoves()
{
    startWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace() && m_engine->latestAlerts(), 10000);
    m_window->showAlerts();
    const Model::Service service = m_engine->workspace()->services.at(1);
    const int defaults = static_cast<int>(Alerts::DefaultRules::effective(service).size());
    QVERIFY(defaults > 3);
    view()->openRuleEditor(service.id);
    auto *dialog = view()->findChild<Gui::RuleEditorDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QAbstractItemModelTester tester(dialog->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->currentServiceId(), service.id);
    QCOMPARE(dialog->table()->rowCount(), defaults);
    QVERIFY(!dialog->hasChanges());

    // Disable the first rule, remove the second with the Delete key.
    dialog->table()->selectRow(0);
    const QString first = dialog->table()->item(0, Gui::RuleEditorDialog::Id)->text();
    dialog->findChild<QPushButton *>(u"ruleToggle"_s)->click();
    QVERIFY(!dialog->rulesOf(service.id).at(0).enabled);
    QCOMPARE(dialog->findChild<QPushButton *>(u"ruleToggle"_s)->text(), u"E&nable"_s);
    dialog->table()->selectRow(1);
    dialog->table()->setFocus();
    QTest::keyClick(dialog->table(), Qt::Key_Delete);
    QCOMPARE(dialog->table()->rowCount(), defaults - 1);

    // Add a forecast rule: OK stays disabled, saying why, until it is valid.
    dialog->findChild<QPushButton *>(u"ruleAdd"_s)->click();
    QTRY_VERIFY(dialog->form() && dialog->form()->isVisible());
    Gui::RuleFormDialog *form = dialog->form();
    auto *ok = form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!form->findChild<QLabel *>(u"ruleProblem"_s)->text().isEmpty());
    form->findChild<QLineEdit *>(u"ruleId"_s)->setText(first); // taken
    QVERIFY(form->findChild<QLabel *>(u"ruleProblem"_s)->text().contains(u"already"_s));
    form->findChild<QLineEdit *>(u"ruleId"_s)->setText(u"p95-soon"_s);
    auto *type = form->findChild<QComboBox *>(u"ruleType"_s);
    type->setCurrentIndex(type->findData(int(Model::AlertRuleType::Forecast)));
    auto *metric = form->findChild<QComboBox *>(u"ruleMetric"_s);
    metric->setCurrentIndex(metric->findData(int(Model::AlertMetric::LatencyP95)));
    form->findChild<QDoubleSpinBox *>(u"ruleThreshold"_s)->setValue(400);
    QVERIFY(form->findChild<QLabel *>(u"ruleProblem"_s)->text().contains(u"horizon"_s));
    QVERIFY(!ok->isEnabled());
    form->findChild<QDoubleSpinBox *>(u"ruleHorizon"_s)->setValue(2);
    QVERIFY(ok->isEnabled());
    screenshot(u"alerts-rule-form-en"_s, form);
    ok->click();
    QCOMPARE(dialog->table()->rowCount(), defaults);
    const Model::AlertRule added = dialog->rulesOf(service.id).last();
    QCOMPARE(added.id, u"p95-soon"_s);
    QCOMPARE(added.type, Model::AlertRuleType::Forecast);
    QCOMPARE(added.horizonSeconds, 7200);
    QCOMPARE(added.threshold, 400.0);
    QVERIFY(dialog->table()->item(defaults - 1, Gui::RuleEditorDialog::Condition)->text().contains(u"2 h"_s));
    screenshot(u"alerts-rule-editor-en"_s, dialog);

    // Saved in the workspace, through the engine.
    dialog->findChild<QDialogButtonBox *>(u""_s, Qt::FindDirectChildrenOnly)->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace()->service(service.id)->alertRules.has_value(), 10000);
    const Model::AlertRules saved = *m_engine->workspace()->service(service.id)->alertRules;
    QCOMPARE(saved.size(), defaults);
    QVERIFY(!saved.first().enabled);
    QCOMPARE(saved.last(), added);

    // In Romanian, with the service's own rules now.
    m_window->findChild<QAction *>(u"actionLanguage_ro"_s)->trigger();
    QTRY_COMPARE(view()->findChild<QPushButton *>(u"alertRulesButton"_s)->text(), u"Reguli de a&lertă…"_s);
    view()->findChild<QPushButton *>(u"alertRulesButton"_s)->click();
    Gui::RuleEditorDialog *ro = nullptr;
    QTRY_VERIFY((ro = view()->findChild<Gui::RuleEditorDialog *>()) && ro->isVisible());
    auto *services = ro->findChild<QComboBox *>(u"ruleService"_s);
    services->setCurrentIndex(services->findData(service.id));
    QCOMPARE(ro->table()->rowCount(), defaults);
    QVERIFY(ro->findChild<QLabel *>(u"ruleOrigin"_s)->text().contains(u"proprii"_s));
    QCOMPARE(ro->table()->horizontalHeaderItem(Gui::RuleEditorDialog::Condition)->text(), u"Condiție"_s);
    screenshot(u"alerts-rule-editor-ro"_s, ro);
    ro->findChild<QPushButton *>(u"ruleEdit"_s)->click();
    QTRY_VERIFY(ro->form() && ro->form()->isVisible());
    screenshot(u"alerts-rule-form-ro"_s, ro->form());
    ro->form()->reject();
    ro->reject();
    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
}

void TestAlertsView::ruleEditorFromTheProjectView()
{
    startWindow();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace() && m_engine->latestAlerts(), 10000);
    const Model::Service service = m_engine->workspace()->services.at(1);
    Gui::ProjectView *project = m_window->openProject(service.projectId, service.id);
    QVERIFY(project);
    QCOMPARE(project->currentServiceId(), service.id);
    // The button, in both languages.
    for (const QString &language : {u"en"_s, u"ro"_s}) {
        QVERIFY(m_languages->setLanguage(language));
        auto *button = project->findChild<QToolButton *>(u"alertRulesButton"_s);
        QVERIFY(button);
        QTRY_COMPARE(button->text() == u"Alert rules…"_s, language == u"en"_s);
        button->click();
        Gui::RuleEditorDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view()->findChild<Gui::RuleEditorDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->currentServiceId(), service.id);
        QCOMPARE(m_window->findChild<QTabWidget *>()->currentWidget(), project); // the project stays in front
        screenshot(u"alerts-rules-from-project-"_s + language, dialog);
        dialog->reject();
        QTRY_VERIFY(!view()->findChild<Gui::RuleEditorDialog *>());
    }
    QVERIFY(m_languages->setLanguage(u"en"_s));

    // The keyboard: Ctrl+Shift+A on another service of the project.
    const auto other = std::find_if(m_engine->workspace()->services.cbegin(), m_engine->workspace()->services.cend(),
                                    [&](const Model::Service &s) { return s.projectId == service.projectId && s.id != service.id; });
    QVERIFY(other != m_engine->workspace()->services.cend());
    project->selectService(other->id);
    QApplication::setActiveWindow(m_window.get());
    QTRY_VERIFY(m_window->isActiveWindow());
    auto *rulesButton = project->findChild<QToolButton *>(u"alertRulesButton"_s);
    QVERIFY2(rulesButton->isVisible(), "the button is on screen, so its shortcut is live");
    QTest::keyClick(m_window.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    Gui::RuleEditorDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = view()->findChild<Gui::RuleEditorDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->currentServiceId(), other->id);
    dialog->reject();
}

QTEST_MAIN(TestAlertsView)
#include "tst_alertsview.moc"
