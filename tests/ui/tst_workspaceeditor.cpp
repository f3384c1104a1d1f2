#include "core/engine/fleetengine.h"
#include "core/model/workspacejson.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/models/overviewmodel.h"
#include "ui/overview/overviewview.h"
#include "ui/workspace/projectdialog.h"
#include "ui/workspace/servicedialog.h"
#include "ui/workspace/sourcedialog.h"
#include "ui/workspace/thresholdseditor.h"
#include "ui/workspace/workspacecontroller.h"
#include "ui/workspace/workspaceeditor.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace {

constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC
constexpr char kChildVariable[] = "STRAJA_TEST_WITHOUT_KEYCHAIN";

// Every line any logging call printed while the test ran: Straja's log output.
QFile *g_logFile = nullptr;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void logToFile(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        if (g_logFile) {
            g_logFile->write(qFormatLogMessage(type, context, message).toUtf8() + '\n');
            g_logFile->flush();
        }
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// The encodings a secret could be written in by accident.
QList<QByteArray> encodingsOf(const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
    return {utf8, utf16, utf8.toBase64(), utf8.toBase64(QByteArray::Base64UrlEncoding), utf8.toHex()};
}

// Files under `dir` whose bytes hold `secret` in any of those encodings.
QStringList filesContaining(const QString &dir, const QString &secret)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &encoded : encodingsOf(secret)) {
            if (bytes.contains(encoded)) {
                found.append(path);
                break;
            }
        }
    }
    return found;
}

QString secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"straja"_s, u"user"_s, key});
    tool.waitForFinished(10000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

// The workspace editor and the Workspace menu, driven as an operator would, on the
// real main window with the demo fleet and a real keychain (with-keyring.sh).
class TestWorkspaceEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void addProjectServiceAndSourceWithToken();
    void removalsAskAndSayWhatGoes();
    void editedLimitsChangeHealthOnTheNextSnapshot();
    void exportAndImportThroughTheMenu();
    void newEmptyWorkspaceThenBackToTheDemo();
    void lowerIsWorseLimitsInTheEditor();
    void withoutKeychainTheSecretCanStayForThisSessionOnly();
    void plantedSecretsAppearInNoFile();
    void dialogsInBothLanguages();

private:
    void startWindow();
    Gui::WorkspaceEditor *openEditor();
    template<typename Dialog>
    Dialog *waitForDialog(QWidget *parent);
    void addSource(Gui::WorkspaceEditor *editor, const QString &name, const QString &url, Model::SourceAuth auth,
                   const QString &secret, const QString &user = {});
    bool saveEditor(Gui::WorkspaceEditor *editor);
    QString cellText(const QString &id, int column) const;
    void screenshot(QWidget *widget, const QString &name);
    void childWithoutKeychain();

    QTemporaryDir m_dir;
    QString m_databasePath;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestWorkspaceEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    if (!qEnvironmentVariableIsSet(kChildVariable)) {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "no session bus: run this test through ctest (tests/support/with-keyring.sh sets one up)");
    }
}

void TestWorkspaceEditor::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestWorkspaceEditor::init()
{
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
    m_databasePath = m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    Gui::MessageBox::shownTextsForTests().clear();
}

void TestWorkspaceEditor::cleanup()
{
    QVERIFY2(!Gui::MessageBox::hasPendingAnswersForTests(), "a question the test expected was never asked");
    Gui::MessageBox::setNextAnswersForTests({});
    m_window.reset();
    m_engine.reset();
    m_languages.reset();
}

void TestWorkspaceEditor::startWindow()
{
    Engine::EngineOptions options;
    options.databasePath = m_databasePath;
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace() != nullptr, 10000);
}

Gui::WorkspaceEditor *TestWorkspaceEditor::openEditor()
{
    auto *action = m_window->findChild<QAction *>(u"actionEditWorkspace"_s);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    Gui::WorkspaceEditor *editor = m_window->workspaceController()->editor();
    if (!editor || !QTest::qWaitForWindowExposed(editor))
        return nullptr;
    return editor;
}

template<typename Dialog>
Dialog *TestWorkspaceEditor::waitForDialog(QWidget *parent)
{
    Dialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = parent->findChild<Dialog *>();
        return dialog && dialog->isVisible();
    }, 5000);
    return shown ? dialog : nullptr;
}

void TestWorkspaceEditor::addSource(Gui::WorkspaceEditor *editor, const QString &name, const QString &url,
                                    Model::SourceAuth auth, const QString &secret, const QString &user)
{
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addSourceButton"_s), Qt::LeftButton);
    auto *dialog = waitForDialog<Gui::SourceDialog>(editor);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameEdit(), name);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"urlEdit"_s), url);
    auto *authCombo = dialog->findChild<QComboBox *>(u"authCombo"_s);
    authCombo->setCurrentIndex(authCombo->findData(static_cast<int>(auth)));
    if (auth == Model::SourceAuth::Bearer) {
        QVERIFY(!dialog->okButton()->isEnabled()); // a bearer source needs its token
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"tokenEdit"_s), secret);
    } else if (auth == Model::SourceAuth::Basic) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"userEdit"_s), user);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"passwordEdit"_s), secret);
    }
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<Gui::SourceDialog *>());
}

bool TestWorkspaceEditor::saveEditor(Gui::WorkspaceEditor *editor)
{
    QSignalSpy changed(m_engine.get(), &Engine::EngineApi::workspaceChanged);
    QPointer<Gui::WorkspaceEditor> watched(editor);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !changed.isEmpty() && !watched; }, 10000);
}

QString TestWorkspaceEditor::cellText(const QString &id, int column) const
{
    return m_window->overview()->model()->indexOfService(id).siblingAtColumn(column).data().toString();
}

void TestWorkspaceEditor::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

void TestWorkspaceEditor::addProjectServiceAndSourceWithToken()
{
    startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 3, 10000);
    Gui::WorkspaceEditor *editor = openEditor();
    QVERIFY(editor);
    const QString token = u"glpat-editor-test-7Hq2"_s;
    addSource(editor, u"Main Prometheus"_s, u"http://127.0.0.1:9"_s, Model::SourceAuth::Bearer, token);
    QVERIFY(editor->draft().source(u"main-prometheus"_s));

    editor->findChild<QTabWidget *>(u"editorTabs"_s)->setCurrentIndex(0);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addProjectButton"_s), Qt::LeftButton);
    auto *project = waitForDialog<Gui::ProjectDialog>(editor);
    QVERIFY(project);
    QVERIFY(!project->okButton()->isEnabled());
    QTest::keyClicks(project->nameEdit(), u"Shop"_s);
    QCOMPARE(project->idEdit()->text(), u"shop"_s);
    // Business queries: testing runs on the saved workspace, here the demo's,
    // which has no Prometheus source to run them on, and says so.
    QVERIFY(project->businessQueryEdit(u"revenue"_s));
    QTest::mouseClick(project->testButton(), Qt::LeftButton);
    QCOMPARE(project->testResultText(), u"Write a query first."_s);
    QTest::keyClicks(project->businessQueryEdit(u"revenue"_s), u"sum(increase(shop_revenue_total[1d]))"_s);
    QTest::mouseClick(project->testButton(), Qt::LeftButton);
    QVERIFY2(project->testResultText().contains(u"Prometheus source"_s), qPrintable(project->testResultText()));
    screenshot(project, u"project-dialog-en"_s);
    QTest::mouseClick(project->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<Gui::ProjectDialog *>());
    QCOMPARE(editor->draft().project(u"shop"_s)->businessQueries.value(u"revenue"_s),
             u"sum(increase(shop_revenue_total[1d]))"_s);
    {
        // The dialogs take the language they open in.
        QVERIFY(m_languages->setLanguage(u"ro"_s));
        Gui::ProjectDialog ro(*editor->draft().project(u"shop"_s), {}, nullptr, m_engine.get());
        ro.show();
        QTest::mouseClick(ro.testButton(), Qt::LeftButton);
        QVERIFY2(ro.testResultText().contains(u"Prometheus"_s), qPrintable(ro.testResultText()));
        screenshot(&ro, u"project-dialog-ro"_s);
        QVERIFY(m_languages->setLanguage(u"en"_s));
    }

    QVERIFY(editor->select(u"shop"_s));
    QTest::mouseClick(editor->findChild<QPushButton *>(u"addServiceButton"_s), Qt::LeftButton);
    auto *service = waitForDialog<Gui::ServiceDialog>(editor);
    QVERIFY(service);
    QCOMPARE(service->findChild<QComboBox *>(u"projectCombo"_s)->currentData().toString(), u"shop"_s);
    QTest::keyClicks(service->nameEdit(), u"Shop API"_s);
    auto *sourceCombo = service->findChild<QComboBox *>(u"sourceCombo"_s);
    sourceCombo->setCurrentIndex(sourceCombo->findData(u"main-prometheus"_s));
    auto *minReplicas = service->findChild<QSpinBox *>(u"minReplicas"_s);
    auto *maxReplicas = service->findChild<QSpinBox *>(u"maxReplicas"_s);
    minReplicas->setValue(4);
    maxReplicas->setValue(3);
    QVERIFY(!service->okButton()->isEnabled()); // max below min
    maxReplicas->setValue(8);
    QTest::keyClicks(service->findChild<QLineEdit *>(u"regionsEdit"_s), u"eu-west-1, us-east-1"_s);
    QVERIFY2(service->okButton()->isEnabled(), qPrintable(service->problemText()));
    screenshot(service, u"service-dialog-en"_s);
    QTest::mouseClick(service->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<Gui::ServiceDialog *>());
    screenshot(editor, u"workspace-editor-en"_s);

    QVERIFY(saveEditor(editor));
    const Model::WorkspacePtr ws = m_engine->workspace();
    const Model::Service *api = ws->service(u"shop-api"_s);
    QVERIFY(api);
    QCOMPARE(api->projectId, u"shop"_s);
    QCOMPARE(api->sourceId, u"main-prometheus"_s);
    QCOMPARE(api->minReplicas, 4);
    QCOMPARE(api->maxReplicas, 8);
    QCOMPARE(api->regions, (QStringList{u"eu-west-1"_s, u"us-east-1"_s}));
    QCOMPARE(ws->source(u"main-prometheus"_s)->auth, Model::SourceAuth::Bearer);
    QCOMPARE(ws->source(u"main-prometheus"_s)->url, QUrl(u"http://127.0.0.1:9"_s));
    // The token is in the Secret Service, read back by libsecret's own tool.
    QCOMPARE(secretToolLookup(Secrets::sourceSecretKey(u"main-prometheus"_s, Secrets::SecretField::Token)), token);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 4, 10000);
    QVERIFY(m_window->overview()->model()->indexOfService(u"shop-api"_s).isValid());
}

void TestWorkspaceEditor::removalsAskAndSayWhatGoes()
{
    startWindow();
    const int permanentTabs = m_window->tabs()->count(); // the overview, flags, cost, business
    m_window->openProject(u"events"_s);
    m_window->openProject(u"shared-db"_s);
    QCOMPARE(m_window->tabs()->count(), permanentTabs + 2);
    Gui::WorkspaceEditor *editor = openEditor();
    QVERIFY(editor);
    auto *remove = editor->findChild<QPushButton *>(u"removeServiceButton"_s);

    QVERIFY(editor->select(u"events"_s));
    Gui::MessageBox::setNextAnswersForTests({false});
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(Gui::MessageBox::shownTextsForTests().size(), 1);
    const QString question = Gui::MessageBox::shownTextsForTests().constFirst();
    QVERIFY2(question.contains(u"'Events platform' and its 3 service"_s), qPrintable(question));
    for (const QString &id : {u"events-api"_s, u"events-web"_s, u"events-voice"_s})
        QVERIFY2(question.contains(m_engine->workspace()->service(id)->name), qPrintable(question));
    QTest::qWait(50);
    QVERIFY(editor->draft().project(u"events"_s)); // declined: nothing changed
    QVERIFY(!editor->hasChanges());

    Gui::MessageBox::setNextAnswersForTests({true});
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!editor->draft().project(u"events"_s));
    QVERIFY(!editor->draft().service(u"events-api"_s));
    QVERIFY(!editor->draft().service(u"events-voice"_s));
    QCOMPARE(editor->draft().services.size(), 31);

    // A source still in use is not removed: the operator learns who uses it.
    editor->findChild<QTabWidget *>(u"editorTabs"_s)->setCurrentIndex(1);
    QVERIFY(editor->select(u"demo"_s));
    Gui::MessageBox::setNextAnswersForTests({true});
    QTest::mouseClick(editor->findChild<QPushButton *>(u"removeSourceButton"_s), Qt::LeftButton);
    QTRY_COMPARE(Gui::MessageBox::shownTextsForTests().size(), 3);
    QVERIFY(Gui::MessageBox::shownTextsForTests().last().contains(u"feeds 31 service"_s));
    QVERIFY(editor->draft().source(u"demo"_s));

    QVERIFY(saveEditor(editor));
    QVERIFY(!m_engine->workspace()->project(u"events"_s));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 2, 10000);
    QCOMPARE(m_window->tabs()->count(), permanentTabs + 1); // the removed project's tab closed, the other stays
    QVERIFY(m_window->projectView(u"shared-db"_s));
    QVERIFY(!m_window->projectView(u"events"_s));
}

void TestWorkspaceEditor::editedLimitsChangeHealthOnTheNextSnapshot()
{
    startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(cellText(u"events-api"_s, Gui::OverviewModel::Health), u"OK"_s, 10000);
    Gui::WorkspaceEditor *editor = openEditor();
    QVERIFY(editor);
    QVERIFY(editor->select(u"events-api"_s));
    QTest::mouseClick(editor->findChild<QPushButton *>(u"editServiceButton"_s), Qt::LeftButton);
    auto *dialog = waitForDialog<Gui::ServiceDialog>(editor);
    QVERIFY(dialog);
    QCOMPARE(dialog->idEdit()->text(), u"events-api"_s);
    QVERIFY(dialog->idEdit()->isReadOnly());
    QDoubleSpinBox *degraded = dialog->thresholdsEditor()->limitBox(MetricKind::Cpu, false);
    QCOMPARE(degraded->value(), 85.0);
    degraded->selectAll();
    QTest::keyClicks(degraded, u"1"_s);
    QCOMPARE(degraded->value(), 1.0);
    // Error rate is edited in percent and stored as a fraction.
    QDoubleSpinBox *errors = dialog->thresholdsEditor()->limitBox(MetricKind::ErrorRate, true);
    QCOMPARE(errors->value(), 10.0);
    errors->setValue(25.0);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<Gui::ServiceDialog *>());
    QVERIFY(saveEditor(editor));

    const Model::Service *api = m_engine->workspace()->service(u"events-api"_s);
    QCOMPARE(api->thresholds[MetricKind::Cpu].degraded, 1.0);
    QCOMPARE(api->thresholds[MetricKind::Cpu].down, 98.0);
    QCOMPARE(api->thresholds[MetricKind::ErrorRate].down, 0.25);
    // The limits nobody touched are exactly what they were.
    QVERIFY(api->thresholds[MetricKind::LatencyP95] == Model::HealthThresholds::defaults()[MetricKind::LatencyP95]);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(u"events-api"_s, Gui::OverviewModel::Health), u"Degraded"_s, 10000);
    QVERIFY2(cellText(u"events-api"_s, Gui::OverviewModel::Reason).contains(u"CPU"_s),
             qPrintable(cellText(u"events-api"_s, Gui::OverviewModel::Reason)));
}

void TestWorkspaceEditor::exportAndImportThroughTheMenu()
{
    startWindow();
    const QString path = m_dir.filePath(u"exported.straja.json"_s);
    Gui::FileDialog::setNextAnswerForTests(path);
    m_window->findChild<QAction *>(u"actionExportWorkspace"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
    QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"exported"_s));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray exported = file.readAll();
    file.close();
    QCOMPARE(exported, Model::workspaceToJson(*m_engine->workspace()));

    // A file with a problem: the operator reads exactly where, and nothing changes.
    Model::Workspace changed = *Model::workspaceFromJson(exported);
    changed.name = u"Imported fleet"_s;
    changed.services.removeIf([](const Model::Service &s) { return s.projectId == u"seo"; });
    changed.projects.removeIf([](const Model::Project &p) { return p.id == u"seo"; });
    Model::Workspace broken = changed;
    broken.services[0].projectId = u"shop"_s;
    const QString brokenPath = m_dir.filePath(u"broken.json"_s);
    QFile brokenFile(brokenPath);
    QVERIFY(brokenFile.open(QIODevice::WriteOnly));
    brokenFile.write(Model::workspaceToJson(broken));
    brokenFile.close();
    const Model::WorkspacePtr before = m_engine->workspace();
    Gui::FileDialog::setNextAnswerForTests(brokenPath);
    Gui::MessageBox::setNextAnswersForTests({true});
    m_window->findChild<QAction *>(u"actionImportWorkspace"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(Gui::MessageBox::shownTextsForTests().size(), 1, 10000);
    QVERIFY2(Gui::MessageBox::shownTextsForTests().constFirst().contains(u"services[0].projectId: no project 'shop'"_s),
             qPrintable(Gui::MessageBox::shownTextsForTests().constFirst()));
    QCOMPARE(m_engine->workspace(), before);

    const QString goodPath = m_dir.filePath(u"good.json"_s);
    QFile goodFile(goodPath);
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(Model::workspaceToJson(changed));
    goodFile.close();
    Gui::FileDialog::setNextAnswerForTests(goodPath);
    Gui::MessageBox::setNextAnswersForTests({true});
    QSignalSpy workspaceChanged(m_engine.get(), &Engine::EngineApi::workspaceChanged);
    m_window->findChild<QAction *>(u"actionImportWorkspace"_s)->trigger();
    QVERIFY(workspaceChanged.wait(10000));
    const QString question = Gui::MessageBox::shownTextsForTests().at(1);
    QVERIFY2(question.contains(u"(3 projects, 34 services)"_s) && question.contains(u"(2 projects, 4 services)"_s),
             qPrintable(question));
    QCOMPARE(m_engine->workspace()->name, u"Imported fleet"_s);
    QCOMPARE(m_engine->workspace()->services.size(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 2, 10000);
    QVERIFY(m_window->windowTitle().startsWith(u"Imported fleet"_s));
}

void TestWorkspaceEditor::newEmptyWorkspaceThenBackToTheDemo()
{
    startWindow();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 3, 10000);
    auto *demoAction = m_window->findChild<QAction *>(u"actionDemoWorkspace"_s);
    QVERIFY(!demoAction->isEnabled()); // already on the demo

    Gui::MessageBox::setNextAnswersForTests({true});
    m_window->findChild<QAction *>(u"actionNewWorkspace"_s)->trigger();
    auto *stack = m_window->findChild<QStackedWidget *>();
    QTRY_COMPARE_WITH_TIMEOUT(stack->currentWidget()->objectName(), u"emptyWorkspacePage"_s, 10000);
    QVERIFY(Gui::MessageBox::shownTextsForTests().constFirst().contains(u"Export it first"_s));
    QVERIFY(m_engine->workspace()->sources.isEmpty());
    QVERIFY(!m_window->windowTitle().contains(u"demo"_s));
    // The editor opens by itself, on the sources tab.
    QTRY_VERIFY(m_window->workspaceController()->editor());
    Gui::WorkspaceEditor *editor = m_window->workspaceController()->editor();
    QCOMPARE(editor->findChild<QTabWidget *>(u"editorTabs"_s)->currentIndex(), 1);
    screenshot(editor, u"workspace-editor-empty-en"_s);
    editor->reject();
    QTRY_VERIFY(!m_window->workspaceController()->editor());
    screenshot(m_window.get(), u"empty-workspace-en"_s);

    QTRY_VERIFY(demoAction->isEnabled());
    Gui::MessageBox::setNextAnswersForTests({true});
    demoAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace()->isDemo(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overview()->model()->rowCount(), 3, 10000);
    QCOMPARE(stack->currentWidget(), m_window->tabs());
    QTRY_VERIFY_WITH_TIMEOUT(cellText(u"events-api"_s, Gui::OverviewModel::Health) == u"OK"_s, 10000);
}

void TestWorkspaceEditor::lowerIsWorseLimitsInTheEditor()
{
    Gui::ThresholdsEditor editor;
    auto labelOf = [&editor](MetricKind kind) -> QString {
        for (const QLabel *label : editor.findChildren<QLabel *>()) {
            if (label->buddy() == editor.limitBox(kind, false))
                return label->text();
        }
        return {};
    };
    auto marks = [&editor] {
        QStringList texts;
        for (const QLabel *label : editor.findChildren<QLabel *>())
            texts.append(label->text());
        return texts;
    };
    // The four newer kinds are offered with their defaults; the two that are worse
    // when lower say so, and their degraded limit sits above the down limit.
    for (MetricKind kind : {MetricKind::CacheHitRatio, MetricKind::CertExpiryDays, MetricKind::QueueDepth,
                            MetricKind::PoolUsage}) {
        QVERIFY(!editor.limitBox(kind, false)->isHidden());
        QCOMPARE(labelOf(kind).contains(u"(at or below)"_s), Model::lowerIsWorse(kind));
    }
    QCOMPARE(editor.limitBox(MetricKind::CertExpiryDays, false)->value(), 21.0);
    QCOMPARE(editor.limitBox(MetricKind::CertExpiryDays, true)->value(), 7.0);
    QCOMPARE(editor.limitBox(MetricKind::CacheHitRatio, false)->value(), 80.0); // a fraction, shown in percent
    QVERIFY(!marks().contains(u"degraded must not be below down"_s));
    // Swapped for a certificate: refused with its own words; the thresholds say so too.
    editor.limitBox(MetricKind::CertExpiryDays, false)->setValue(5.0);
    QVERIFY(marks().contains(u"degraded must not be below down"_s));
    QVERIFY(Model::limitsInverted(MetricKind::CertExpiryDays, editor.thresholds()[MetricKind::CertExpiryDays].degraded,
                                  editor.thresholds()[MetricKind::CertExpiryDays].down));
    editor.limitBox(MetricKind::CertExpiryDays, false)->setValue(30.0);
    QVERIFY(!marks().contains(u"degraded must not be below down"_s));
    QCOMPARE(editor.thresholds()[MetricKind::CertExpiryDays].degraded, 30.0);
}

void TestWorkspaceEditor::withoutKeychainTheSecretCanStayForThisSessionOnly()
{
    if (qEnvironmentVariableIsSet(kChildVariable)) {
        childWithoutKeychain();
        return;
    }
    // Run the same test in a child process on a session bus without any Secret
    // Service, in a HOME of its own: the keychain there really is unavailable.
    const QString conf = m_dir.filePath(u"bus-without-services.conf"_s);
    QFile confFile(conf);
    QVERIFY(confFile.open(QIODevice::WriteOnly));
    confFile.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>\n"
                   "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                   "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    confFile.close();
    const QString home = m_dir.filePath(u"child-home"_s);
    QVERIFY(QDir().mkpath(home + u"/run"_s));
    QFile::setPermissions(home + u"/run"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(QString::fromLatin1(kChildVariable), u"1"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(u"dbus-run-session"_s, {u"--config-file="_s + conf, u"--"_s, QCoreApplication::applicationFilePath(),
                                        u"withoutKeychainTheSecretCanStayForThisSessionOnly"_s});
    QVERIFY(child.waitForFinished(90000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"PASS   : TestWorkspaceEditor::withoutKeychainTheSecretCanStayForThisSessionOnly()"_s),
             qPrintable(output));
}

void TestWorkspaceEditor::childWithoutKeychain()
{
    startWindow();
    Secrets::SecretStore *secrets = m_window->secretStore();
    const QString key = Secrets::sourceSecretKey(u"main-prometheus"_s, Secrets::SecretField::Token);

    // First the operator declines: nothing is saved, the editor stays open.
    Gui::WorkspaceEditor *editor = openEditor();
    QVERIFY(editor);
    addSource(editor, u"Main Prometheus"_s, u"http://127.0.0.1:9"_s, Model::SourceAuth::Bearer, u"t0ken-one"_s);
    Gui::MessageBox::setNextAnswersForTests({false});
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->findChild<QLabel *>(u"statusLabel"_s)->text().contains(u"not available"_s),
                             20000);
    const QString question = Gui::MessageBox::shownTextsForTests().constFirst();
    QVERIFY2(question.contains(u"No Secret Service is running"_s), qPrintable(question));
    QVERIFY(question.contains(u"in memory until you quit"_s));
    QVERIFY(!m_engine->workspace()->source(u"main-prometheus"_s));
    QVERIFY(!secrets->hasSessionSecret(key));

    // Then agrees: the secret stays in memory only and the workspace is saved.
    Gui::MessageBox::setNextAnswersForTests({true, true});
    QPointer<Gui::WorkspaceEditor> watched(editor);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!watched, 20000);
    QVERIFY(m_engine->workspace()->source(u"main-prometheus"_s));
    QVERIFY(secrets->hasSessionSecret(key));
    QVERIFY(Gui::MessageBox::shownTextsForTests().last().contains(u"in memory for this session only"_s));
    std::optional<QString> read;
    secrets->read(key, [&](Util::Result<std::optional<QString>> r) { read = r ? r->value_or(u"<missing>"_s) : u"<error>"_s; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(*read, u"t0ken-one"_s);
    QVERIFY(secrets->sessionOnlyAllowed()); // asked once per session
}

void TestWorkspaceEditor::plantedSecretsAppearInNoFile()
{
    const QString logPath = m_dir.filePath(u"straja.log"_s);
    {
        QMutexLocker lock(&g_logMutex);
        g_logFile = new QFile(logPath);
        QVERIFY(g_logFile->open(QIODevice::WriteOnly));
    }
    g_previousHandler = qInstallMessageHandler(logToFile);
    QLoggingCategory::setFilterRules(u"straja.*.debug=true"_s);

    const QString token = u"straja-planted-token-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const QString password = u"straja-planted-password-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    startWindow();
    Gui::WorkspaceEditor *editor = openEditor();
    QVERIFY(editor);
    addSource(editor, u"Main Prometheus"_s, u"http://127.0.0.1:9"_s, Model::SourceAuth::Bearer, token);
    addSource(editor, u"Basic Prometheus"_s, u"http://127.0.0.1:9"_s, Model::SourceAuth::Basic, password, u"ops"_s);
    QVERIFY(saveEditor(editor));
    QCOMPARE(secretToolLookup(Secrets::sourceSecretKey(u"main-prometheus"_s, Secrets::SecretField::Token)), token);
    QCOMPARE(secretToolLookup(Secrets::sourceSecretKey(u"basic-prometheus"_s, Secrets::SecretField::Password)),
             password);

    // Everything else that writes files: a refresh, the language setting, an export.
    m_engine->refreshNow();
    m_window->findChild<QAction *>(u"actionLanguage_ro"_s)->trigger();
    m_window->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
    QSettings().sync();
    const QString exported = m_dir.filePath(u"planted-export.json"_s);
    Gui::FileDialog::setNextAnswerForTests(exported);
    m_window->findChild<QAction *>(u"actionExportWorkspace"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(exported), 10000);

    // The scanner finds a planted secret where there is one...
    const QString control = m_dir.filePath(u"control/planted.txt"_s);
    QVERIFY(QDir().mkpath(m_dir.filePath(u"control"_s)));
    QFile controlFile(control);
    QVERIFY(controlFile.open(QIODevice::WriteOnly));
    controlFile.write(token.toUtf8().toBase64());
    controlFile.close();
    QCOMPARE(filesContaining(m_dir.filePath(u"control"_s), token), QStringList{control});

    const QStringList scanned = {m_databasePath, QSettings().fileName(), logPath, exported};
    for (const QString &path : scanned)
        QVERIFY2(QFile::exists(path), qPrintable(u"nothing to scan at "_s + path));
    QVERIFY(QFile::exists(m_databasePath + u"-wal"_s));
    QFile log(logPath);
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(log.readAll().contains("source/main-prometheus/token"), "the keychain writes were not logged at all");

    // ...and none anywhere Straja writes: the database and its WAL, settings, the
    // log, the export, and everything else under HOME (the keyring file included:
    // gnome-keyring encrypts it) and the test's data folder.
    QFile::remove(control);
    for (const QString &secret : {token, password}) {
        QCOMPARE(filesContaining(m_dir.path(), secret), QStringList());
        QCOMPARE(filesContaining(QDir::homePath(), secret), QStringList());
    }
    m_window.reset();
    m_engine.reset(); // the store checkpoints its WAL on close: scan once more
    for (const QString &secret : {token, password})
        QCOMPARE(filesContaining(m_dir.path(), secret), QStringList());

    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    QLoggingCategory::setFilterRules(QString());
    QMutexLocker lock(&g_logMutex);
    delete g_logFile;
    g_logFile = nullptr;
}

void TestWorkspaceEditor::dialogsInBothLanguages()
{
    startWindow();
    for (const QString &language : {u"en"_s, u"ro"_s}) {
        QVERIFY(m_languages->setLanguage(language));
        Gui::WorkspaceEditor *editor = openEditor();
        QVERIFY(editor);
        QCOMPARE(editor->windowTitle(), language == u"ro" ? u"Editează spațiul de lucru"_s : u"Edit workspace"_s);
        if (language == u"ro")
            screenshot(editor, u"workspace-editor-ro"_s);
        QVERIFY(editor->select(u"events-api"_s));
        QTest::mouseClick(editor->findChild<QPushButton *>(u"editServiceButton"_s), Qt::LeftButton);
        auto *service = waitForDialog<Gui::ServiceDialog>(editor);
        QVERIFY(service);
        if (language == u"ro")
            screenshot(service, u"service-dialog-ro"_s);
        service->reject();
        QTRY_VERIFY(!editor->findChild<Gui::ServiceDialog *>());
        editor->findChild<QTabWidget *>(u"editorTabs"_s)->setCurrentIndex(1);
        QTest::mouseClick(editor->findChild<QPushButton *>(u"addSourceButton"_s), Qt::LeftButton);
        auto *source = waitForDialog<Gui::SourceDialog>(editor);
        QVERIFY(source);
        auto *auth = source->findChild<QComboBox *>(u"authCombo"_s);
        auth->setCurrentIndex(auth->findData(static_cast<int>(Model::SourceAuth::Basic)));
        screenshot(source, u"source-dialog-"_s + language);
        QCOMPARE(source->okButton()->text(), language == u"ro" ? u"OK"_s : u"OK"_s);
        QCOMPARE(source->findChild<QPushButton *>(u"cancelButton"_s)->text(),
                 language == u"ro" ? u"Anulează"_s : u"Cancel"_s);
        source->reject();
        QTRY_VERIFY(!editor->findChild<Gui::SourceDialog *>());
        editor->reject();
        QTRY_VERIFY(!m_window->workspaceController()->editor());
    }
    QVERIFY(m_languages->setLanguage(u"en"_s));
}

QTEST_MAIN(TestWorkspaceEditor)
#include "tst_workspaceeditor.moc"
