// The alerts tab on the real engine and demo fleet: an incident from the demo's
// 429 burst appears worst first, is resolved through the dialog with a reason,
// moves to the history, opens the project view at its time; a webhook that
// answers 500 shows as a failed delivery. Screenshots in English and Romanian.
#include "core/alerts/webhooknotifier.h"
#include "core/engine/fleetengine.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "fakehttpserver.h"
#include "memorycredentialsource.h"
#include "ui/alerts/alertsview.h"
#include "ui/alerts/incidentmodel.h"
#include "ui/alerts/silencedialog.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/project/projectview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
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
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->latestSnapshot() && m_engine->latestAlerts(), 10000);
    m_clock->advanceMs(5 * kMinute);
    m_engine->refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(view()->openCount() >= 1, 10000);
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
    QTRY_VERIFY(m_window->tabs()->tabText(m_window->tabs()->indexOf(view())).startsWith(u"Alerte"_s));
    QCOMPARE(view()->model()->headerData(Gui::IncidentModel::Cause, Qt::Horizontal, Qt::DisplayRole).toString(),
             u"Cauză"_s);
    QCOMPARE(view()->findChild<QPushButton *>(u"resolveButton"_s)->text(), u"&Rezolvă…"_s);
    screenshot(u"alerts-ro"_s);
    view()->findChild<QPushButton *>(u"silenceButton"_s)->click();
    auto *dialog = view()->findChild<Gui::SilenceDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->reasonEdit()->setText(u"lucrări la furnizor"_s); // keyClicks types ASCII only
    screenshot(u"alerts-silence-dialog-ro"_s, dialog);
    dialog->reject();
}

QTEST_MAIN(TestAlertsView)
#include "tst_alertsview.moc"
