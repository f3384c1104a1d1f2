#include "core/engine/fleetengine.h"
#include "core/secrets/keychaincredentialsource.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "ui/dialogs/messagebox.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/workspace/actiontargetdialog.h"
#include "ui/workspace/workspacecontroller.h"
#include "ui/workspace/workspaceeditor.h"

#include "kubeapiserver.h"

#include <QAction>
#include <QComboBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC
const QString kService = u"events-api"_s;
const QString kToken = u"kube-target-token-Zq81"_s;

// Files under `dir` whose bytes hold `secret` as UTF-8, UTF-16, base64 or hex.
QStringList filesContaining(const QString &dir, const QString &secret)
{
    const QByteArray utf8 = secret.toUtf8();
    const QList<QByteArray> encodings = {utf8, QByteArray(reinterpret_cast<const char *>(secret.utf16()),
                                                          secret.size() * 2),
                                         utf8.toBase64(), utf8.toHex()};
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &encoded : encodings) {
            if (bytes.contains(encoded)) {
                found.append(file.fileName());
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

// The action target page of the workspace editor, driven as an operator would, on
// the real main window and engine with a real keychain (with-keyring.sh) against
// the local Kubernetes API protocol server.
class TestActionTarget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void targetTestedSavedAndTokenOnlyInKeychain();
    void pageInRomanian();
    void tokenGoesWithTheLastServiceUsingIt();

private:
    void startWindow();
    Gui::ActionTargetDialog *openTargetPage(Gui::WorkspaceEditor **editorOut, const QString &service = kService);
    bool setKubernetesTarget(const QString &service, const QString &context, const QString &token);
    QString runTest(Gui::ActionTargetDialog *dialog);
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<KubeApiServer> m_kube;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Secrets::SecretStore> m_secrets;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestActionTarget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run this test through ctest (tests/support/with-keyring.sh sets one up)");
    m_kube = std::make_unique<KubeApiServer>(kToken);
    QVERIFY(m_kube->listen());
    m_kube->addDeployment(u"shop"_s, u"api"_s, 3);
}

void TestActionTarget::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_secrets.reset();
    m_languages.reset();
}

void TestActionTarget::startWindow()
{
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30'000);
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
    m_secrets = std::make_unique<Secrets::SecretStore>();
    Engine::EngineOptions options;
    options.databasePath = m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    options.credentials = std::make_shared<Secrets::KeychainCredentialSource>(m_secrets.get());
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->setSecretStore(m_secrets.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_engine->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace() != nullptr && m_engine->latestInbox() != nullptr, 20000);
}

Gui::ActionTargetDialog *TestActionTarget::openTargetPage(Gui::WorkspaceEditor **editorOut, const QString &service)
{
    Gui::WorkspaceEditor *editor = m_window->workspaceController()->editor();
    if (!editor) {
        auto *action = m_window->findChild<QAction *>(u"actionEditWorkspace"_s);
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        editor = m_window->workspaceController()->editor();
    }
    if (!editor || !QTest::qWaitForWindowExposed(editor) || !editor->select(service))
        return nullptr;
    *editorOut = editor;
    QTest::mouseClick(editor->findChild<QPushButton *>(u"editActionTargetButton"_s), Qt::LeftButton);
    Gui::ActionTargetDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = editor->findChild<Gui::ActionTargetDialog *>();
        return dialog && dialog->isVisible();
    }, 5000);
    return shown ? dialog : nullptr;
}

QString TestActionTarget::runTest(Gui::ActionTargetDialog *dialog)
{
    if (!dialog->testButton()->isEnabled())
        return u"test button disabled: "_s + dialog->problemText();
    QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
    // The GUI stays responsive while the engine reads the provider.
    if (!QTest::qWaitFor([&] { return dialog->testButton()->isEnabled(); }, 15000))
        return u"no answer within 15 s: "_s + dialog->testResultText();
    return dialog->testResultText();
}

void TestActionTarget::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

void TestActionTarget::targetTestedSavedAndTokenOnlyInKeychain()
{
    startWindow();
    Gui::WorkspaceEditor *editor = nullptr;
    Gui::ActionTargetDialog *dialog = openTargetPage(&editor);
    QVERIFY(dialog);
    auto *provider = dialog->findChild<QComboBox *>(u"targetProviderCombo"_s);
    QCOMPARE(provider->currentData().toString(), u"demo"_s); // the demo fleet's own provider
    QVERIFY(!dialog->testButton()->isEnabled());              // nothing to read for the demo
    provider->setCurrentIndex(provider->findData(u"kubernetes"_s));
    QVERIFY(!dialog->okButton()->isEnabled()); // needs a context or a server
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"contextEdit"_s), u"lab"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serverEdit"_s), m_kube->url().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"namespaceEdit"_s), u"shop"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"deploymentEdit"_s), u"api"_s);
    auto *token = dialog->findChild<QLineEdit *>(u"targetTokenEdit"_s);

    // A wrong token: the provider's 401 in one line.
    QTest::keyClicks(token, u"not-the-token"_s);
    QString result = runTest(dialog);
    QVERIFY2(result.contains(u"(401)"_s), qPrintable(result));
    QVERIFY2(result.startsWith(u"Test failed:"_s), qPrintable(result));

    // The right token reads the replicas and changes nothing.
    token->clear();
    QTest::keyClicks(token, kToken);
    result = runTest(dialog);
    QVERIFY2(result.contains(u"3 replicas"_s), qPrintable(result));
    QCOMPARE(m_kube->replicas(u"shop"_s, u"api"_s), 3);

    // A deployment that does not exist, and a server that does not answer.
    auto *deployment = dialog->findChild<QLineEdit *>(u"deploymentEdit"_s);
    deployment->setText(u"nope"_s);
    result = runTest(dialog);
    QVERIFY2(result.contains(u"(404)"_s), qPrintable(result));
    auto *server = dialog->findChild<QLineEdit *>(u"serverEdit"_s);
    server->setText(u"http://127.0.0.1:1"_s);
    result = runTest(dialog);
    QVERIFY2(result.contains(u"did not answer"_s), qPrintable(result));
    server->setText(m_kube->url().toString());
    deployment->setText(u"api"_s);
    QVERIFY2(runTest(dialog).contains(u"3 replicas"_s), qPrintable(dialog->testResultText()));

    // Guardrails; max below min keeps OK disabled.
    auto *minReplicas = dialog->findChild<QSpinBox *>(u"guardMinReplicas"_s);
    auto *maxReplicas = dialog->findChild<QSpinBox *>(u"guardMaxReplicas"_s);
    minReplicas->setValue(2);
    maxReplicas->setValue(1);
    QVERIFY(!dialog->okButton()->isEnabled());
    maxReplicas->setValue(6);
    dialog->findChild<QSpinBox *>(u"guardMaxStep"_s)->setValue(2);
    dialog->findChild<QSpinBox *>(u"guardCooldown"_s)->setValue(5);
    dialog->findChild<QDoubleSpinBox *>(u"guardSpendCap"_s)->setValue(500);
    QVERIFY2(dialog->okButton()->isEnabled(), qPrintable(dialog->problemText()));
    screenshot(dialog, u"action-target-en"_s);
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(!editor->findChild<Gui::ActionTargetDialog *>());
    QVERIFY(editor->hasChanges());

    QSignalSpy changed(m_engine.get(), &Engine::EngineApi::workspaceChanged);
    QPointer<Gui::WorkspaceEditor> watched(editor);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty() && !watched, 15000);
    QCOMPARE(m_engine->workspace()->service(kService)->provider, u"kubernetes"_s);

    // The target and guardrails are stored by the engine (the saved workspace can publish an
    // inbox with the target before the one with the new guardrails: wait for the latter)...
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->latestInbox()->targets.contains(kService)
                                 && m_engine->latestInbox()->guardrails.value(kService).maxReplicas == 6,
                             10000);
    const Actions::InboxSnapshotPtr inbox = m_engine->latestInbox();
    const QJsonObject target = inbox->targets.value(kService);
    QCOMPARE(target.value(u"server"_s).toString(), m_kube->url().toString());
    QCOMPARE(target.value(u"namespace"_s).toString(), u"shop"_s);
    QCOMPARE(target.value(u"deployment"_s).toString(), u"api"_s);
    QCOMPARE(target.value(u"credentialId"_s).toString(), u"kubernetes:lab"_s);
    const Actions::Guardrails g = inbox->guardrails.value(kService);
    QCOMPARE(g.minReplicas, 2);
    QCOMPARE(g.maxReplicas, 6);
    QCOMPARE(g.maxStep, 2);
    QCOMPARE(g.cooldownMs, qint64(5 * 60'000));
    QCOMPARE(g.monthlySpendCap, 500.0);

    // ...the token is in the Secret Service, read back by libsecret's own tool...
    const QString key = Secrets::sourceSecretKey(u"kubernetes:lab"_s, Secrets::SecretField::Token);
    QCOMPARE(key, u"source/kubernetes:lab/token"_s);
    QCOMPARE(secretToolLookup(key), kToken);

    // ...and a test with the field left empty uses it from there.
    dialog = openTargetPage(&editor);
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"contextEdit"_s)->text(), u"lab"_s);
    QVERIFY(dialog->findChild<QLineEdit *>(u"targetTokenEdit"_s)->text().isEmpty());
    QVERIFY2(runTest(dialog).contains(u"3 replicas"_s), qPrintable(dialog->testResultText()));
    dialog->reject();
    editor->reject();

    // The scanner finds a planted secret where there is one...
    const QString planted = m_dir.filePath(u"planted.txt"_s);
    {
        QFile file(planted);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kToken.toUtf8().toBase64());
    }
    QCOMPARE(filesContaining(m_dir.path(), kToken), QStringList{planted});
    QFile::remove(planted);
    // ...and finds the token in no file of Straja's: the store (after its WAL is
    // checkpointed on close), the settings, everything under the throwaway HOME
    // (the keyring file is encrypted by gnome-keyring).
    m_window.reset();
    m_engine.reset();
    QCOMPARE(filesContaining(m_dir.path(), kToken), QStringList());
    QCOMPARE(filesContaining(QDir::homePath(), kToken), QStringList());
}

void TestActionTarget::pageInRomanian()
{
    startWindow();
    QVERIFY(m_languages->setLanguage(u"ro"_s));
    Gui::WorkspaceEditor *editor = nullptr;
    Gui::ActionTargetDialog *dialog = openTargetPage(&editor);
    QVERIFY(dialog);
    auto *provider = dialog->findChild<QComboBox *>(u"targetProviderCombo"_s);
    provider->setCurrentIndex(provider->findData(u"kubernetes"_s));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"contextEdit"_s), u"lab"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serverEdit"_s), m_kube->url().toString());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"namespaceEdit"_s), u"shop"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"targetTokenEdit"_s), u"wrong"_s);
    const QString result = runTest(dialog);
    QVERIFY2(result.contains(u"(401)"_s), qPrintable(result));
    QVERIFY2(!result.startsWith(u"Test failed"_s), qPrintable(result)); // translated
    QCOMPARE(dialog->okButton()->text(), u"OK"_s);
    screenshot(dialog, u"action-target-ro"_s);
    dialog->reject();
    editor->reject();
}

bool TestActionTarget::setKubernetesTarget(const QString &service, const QString &context, const QString &token)
{
    Gui::WorkspaceEditor *editor = nullptr;
    Gui::ActionTargetDialog *dialog = openTargetPage(&editor, service);
    if (!dialog)
        return false;
    auto *provider = dialog->findChild<QComboBox *>(u"targetProviderCombo"_s);
    provider->setCurrentIndex(provider->findData(u"kubernetes"_s));
    dialog->findChild<QLineEdit *>(u"contextEdit"_s)->setText(context);
    dialog->findChild<QLineEdit *>(u"serverEdit"_s)->setText(m_kube->url().toString());
    dialog->findChild<QLineEdit *>(u"namespaceEdit"_s)->setText(u"shop"_s);
    dialog->findChild<QLineEdit *>(u"targetTokenEdit"_s)->setText(token);
    if (!dialog->okButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    return QTest::qWaitFor([&] { return !editor->findChild<Gui::ActionTargetDialog *>(); }, 5000);
}

void TestActionTarget::tokenGoesWithTheLastServiceUsingIt()
{
    startWindow();
    const QString soloToken = u"solo-token-Kp20"_s;
    const QString sharedToken = u"shared-token-Wm47"_s;
    const QString soloKey = Secrets::sourceSecretKey(u"kubernetes:solo"_s, Secrets::SecretField::Token);
    const QString sharedKey = Secrets::sourceSecretKey(u"kubernetes:shared"_s, Secrets::SecretField::Token);
    // events-api alone uses "solo"; events-web shares "shared" with seo-01 in another project.
    QVERIFY(setKubernetesTarget(u"events-api"_s, u"solo"_s, soloToken));
    QVERIFY(setKubernetesTarget(u"events-web"_s, u"shared"_s, sharedToken));
    QVERIFY(setKubernetesTarget(u"seo-01"_s, u"shared"_s, QString()));
    Gui::WorkspaceEditor *editor = m_window->workspaceController()->editor();
    QVERIFY(editor);
    QPointer<Gui::WorkspaceEditor> watched(editor);
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!watched, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->latestInbox()->targets.contains(u"events-api"_s)
                                 && m_engine->latestInbox()->targets.contains(u"events-web"_s)
                                 && m_engine->latestInbox()->targets.contains(u"seo-01"_s),
                             10000);
    QCOMPARE(secretToolLookup(soloKey), soloToken);
    QCOMPARE(secretToolLookup(sharedKey), sharedToken);

    // Declining the removal, then discarding an accepted one, leaves both tokens.
    auto *action = m_window->findChild<QAction *>(u"actionEditWorkspace"_s);
    action->trigger();
    QTRY_VERIFY((editor = m_window->workspaceController()->editor()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    auto *remove = editor->findChild<QPushButton *>(u"removeServiceButton"_s);
    Gui::MessageBox::shownTextsForTests().clear();
    QVERIFY(editor->select(u"events-api"_s));
    Gui::MessageBox::setNextAnswersForTests({false});
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(Gui::MessageBox::shownTextsForTests().size(), 1);
    const QString question = Gui::MessageBox::shownTextsForTests().constFirst();
    QVERIFY2(question.contains(soloKey), qPrintable(question)); // the operator is told what goes
    QVERIFY(editor->draft().service(u"events-api"_s));
    Gui::MessageBox::setNextAnswersForTests({true});
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!editor->draft().service(u"events-api"_s));
    watched = editor;
    Gui::MessageBox::setNextAnswersForTests({true}); // "Discard your changes?"
    editor->reject();
    QTRY_VERIFY(!watched); // closed and deleted: the next trigger opens a fresh editor
    QCOMPARE(secretToolLookup(soloKey), soloToken);
    QCOMPARE(secretToolLookup(sharedKey), sharedToken);

    // Removing the whole project and saving: the token only it used goes; the one
    // seo-01 still needs stays, and the question did not offer it.
    action->trigger();
    QTRY_VERIFY((editor = m_window->workspaceController()->editor()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    Gui::MessageBox::shownTextsForTests().clear();
    QVERIFY(editor->select(u"events"_s));
    Gui::MessageBox::setNextAnswersForTests({true});
    QTest::mouseClick(editor->findChild<QPushButton *>(u"removeServiceButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!editor->draft().project(u"events"_s));
    const QString projectQuestion = Gui::MessageBox::shownTextsForTests().constFirst();
    QVERIFY2(projectQuestion.contains(soloKey) && !projectQuestion.contains(sharedKey), qPrintable(projectQuestion));
    watched = editor;
    QTest::mouseClick(editor->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!watched, 15000);
    QVERIFY(!m_engine->workspace()->service(u"events-api"_s));
    QCOMPARE(secretToolLookup(soloKey), QString());
    QCOMPARE(secretToolLookup(sharedKey), sharedToken);

    // A new, empty workspace takes the remaining target tokens with the old one.
    Gui::MessageBox::shownTextsForTests().clear();
    Gui::MessageBox::setNextAnswersForTests({true});
    m_window->findChild<QAction *>(u"actionNewWorkspace"_s)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->workspace()->services.isEmpty(), 10000);
    const QString newQuestion = Gui::MessageBox::shownTextsForTests().constFirst();
    QVERIFY2(newQuestion.contains(sharedKey) && !newQuestion.contains(soloKey), qPrintable(newQuestion));
    QTRY_COMPARE_WITH_TIMEOUT(secretToolLookup(sharedKey), QString(), 10000);
    QTRY_VERIFY(m_window->workspaceController()->editor()); // opens by itself on the new workspace
    m_window->workspaceController()->editor()->reject();
}

QTEST_MAIN(TestActionTarget)
#include "tst_actiontarget.moc"
