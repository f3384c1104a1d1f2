#include "core/actions/budgetregistry.h"
#include "core/secrets/secretkeys.h"
#include "ui/i18n/languagemanager.h"
#include "ui/workspace/actiontargetdialog.h"
#include "ui/workspace/railwayidpicker.h"

#include "memorycredentialsource.h"
#include "railwayapiserver.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {

const QString kToken = u"rw-pick-token"_s;
const QString kAccount = u"picker"_s;

Model::Service service()
{
    Model::Service s;
    s.id = u"events-api"_s;
    s.projectId = u"tickets"_s;
    s.name = u"Events API"_s;
    s.provider = u"railway"_s;
    return s;
}

// A Railway target as the dialog gets it, talking to `endpoint` (kept by the page).
Gui::ActionTargetEdit railwayTarget(const QUrl &endpoint)
{
    Gui::ActionTargetEdit e;
    e.provider = u"railway"_s;
    e.config = QJsonObject{{u"endpoint"_s, endpoint.toString()}, {u"account"_s, kAccount}};
    e.guardrails.maxReplicas = 4;
    return e;
}

} // namespace

// "Load from Railway…" of the action target dialog against the local Railway
// GraphQL protocol server (tests/support/railwayapiserver): the projects,
// environments and services a token sees, ids filled on selection, and 401, 429,
// the account's spent budget and an unreachable API as one clear line each.
class TestRailwayPickerProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void picksIdsFromWhatTheTokenSees();
    void refusalsAndLimitsAreOneLine();
    void pickerInRomanian();

private:
    bool load(Gui::ActionTargetDialog &dialog);
    void screenshot(QWidget *widget, const QString &name);

    Gui::LanguageManager m_languages;
};

void TestRailwayPickerProtocol::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_languages.setLanguage(u"en"_s));
}

bool TestRailwayPickerProtocol::load(Gui::ActionTargetDialog &dialog)
{
    QSignalSpy loaded(dialog.railwayPicker(), &Gui::RailwayIdPicker::loaded);
    QTest::mouseClick(dialog.railwayPicker()->loadButton(), Qt::LeftButton);
    return loaded.wait(10'000);
}

void TestRailwayPickerProtocol::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

void TestRailwayPickerProtocol::picksIdsFromWhatTheTokenSees()
{
    RailwayApiServer server(kToken);
    QVERIFY(server.listen());
    server.addProject(u"p1"_s, u"Tickets"_s, {{u"e1"_s, u"production"_s}, {u"e3"_s, u"staging"_s}});
    server.addProjectService(u"p1"_s, u"s1"_s, u"events-api"_s, u"e1"_s, 3, u"europe-west4"_s);
    server.addProjectService(u"p1"_s, u"s4"_s, u"events-api"_s, u"e3"_s, 1, u"europe-west4"_s);
    server.addProject(u"p2"_s, u"Blog"_s, {{u"e2"_s, u"production"_s}});
    server.addProjectService(u"p2"_s, u"s3"_s, u"site"_s, u"e2"_s, 1, u"us-west1"_s, true);
    MemoryCredentialSource keychain;
    keychain.setBearer(u"railway:"_s + kAccount, kToken); // the token saved earlier

    Gui::ActionTargetDialog dialog(nullptr, service(), railwayTarget(QUrl(server.url().toString() + u"/graphql/v2"_s)));
    dialog.setCredentials(&keychain);
    dialog.railwayPicker()->setBudgets(std::make_shared<Actions::BudgetRegistry>());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.okButton()->isEnabled()); // no ids yet
    QVERIFY(!dialog.railwayPicker()->tree()->isVisible());

    // With the token field empty the keychain's token is used: one request lists all.
    const int before = server.requestCount();
    QVERIFY(load(dialog));
    QCOMPARE(server.requestCount() - before, 1);
    const QStringList listed = dialog.railwayPicker()->listedServices();
    QCOMPARE(listed, (QStringList{u"Tickets/production/events-api"_s, u"Tickets/staging/events-api"_s,
                                  u"Blog/production/site"_s}));
    const QString status = dialog.railwayPicker()->statusText();
    QVERIFY2(status.contains(u"3 services found"_s) && status.contains(u"requests left this hour for 'picker'"_s),
             qPrintable(status));
    QVERIFY(dialog.railwayPicker()->tree()->isVisible());

    // Picking the staging instance fills both ids; the dialog can be accepted.
    QVERIFY(dialog.railwayPicker()->selectService(u"s4"_s, u"e3"_s));
    QCOMPARE(dialog.findChild<QLineEdit *>(u"railwayServiceEdit"_s)->text(), u"s4"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"railwayEnvironmentEdit"_s)->text(), u"e3"_s);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(dialog.problemText()));
    QCOMPARE(dialog.edit().config.value(u"serviceId"_s).toString(), u"s4"_s);
    QCOMPARE(dialog.edit().config.value(u"environmentId"_s).toString(), u"e3"_s);
    screenshot(&dialog, u"action-target-railway-picker-en"_s);

    // Loading again marks the service already chosen, without changing the ids.
    QVERIFY(load(dialog));
    QCOMPARE(dialog.railwayPicker()->tree()->currentItem()->text(1), u"s4"_s);
    QCOMPARE(dialog.findChild<QLineEdit *>(u"railwayEnvironmentEdit"_s)->text(), u"e3"_s);
}

void TestRailwayPickerProtocol::refusalsAndLimitsAreOneLine()
{
    RailwayApiServer server(kToken, 1); // one request an hour
    QVERIFY(server.listen());
    server.addProject(u"p1"_s, u"Tickets"_s, {{u"e1"_s, u"production"_s}});
    server.addProjectService(u"p1"_s, u"s1"_s, u"events-api"_s, u"e1"_s, 3, u"europe-west4"_s);
    const QUrl endpoint(server.url().toString() + u"/graphql/v2"_s);
    MemoryCredentialSource keychain;

    // No token typed and none saved.
    Gui::ActionTargetDialog dialog(nullptr, service(), railwayTarget(endpoint));
    dialog.setCredentials(&keychain);
    dialog.railwayPicker()->setBudgets(std::make_shared<Actions::BudgetRegistry>());
    QVERIFY(load(dialog));
    QVERIFY2(dialog.railwayPicker()->statusText().contains(u"No Railway token for 'picker'"_s),
             qPrintable(dialog.railwayPicker()->statusText()));

    // A token Railway refuses (401): said so, nothing listed, nothing filled; the
    // typed token wins over the keychain.
    keychain.setBearer(u"railway:"_s + kAccount, kToken);
    auto *token = dialog.findChild<QLineEdit *>(u"targetTokenEdit"_s);
    token->setText(u"not-the-token"_s);
    QVERIFY(load(dialog));
    QString status = dialog.railwayPicker()->statusText();
    QVERIFY2(status.startsWith(u"Railway could not be asked:"_s) && status.contains(u"refused the token"_s),
             qPrintable(status));
    QVERIFY(dialog.railwayPicker()->listedServices().isEmpty());
    QVERIFY(dialog.findChild<QLineEdit *>(u"railwayServiceEdit"_s)->text().isEmpty());

    // The right token uses the hour's only request...
    token->setText(kToken);
    QVERIFY(load(dialog));
    QCOMPARE(dialog.railwayPicker()->listedServices().size(), 1);
    // ...so a fresh budget (another Straja, say) gets Railway's 429...
    auto budgets = std::make_shared<Actions::BudgetRegistry>();
    dialog.railwayPicker()->setBudgets(budgets);
    QVERIFY(load(dialog));
    status = dialog.railwayPicker()->statusText();
    QVERIFY2(status.contains(u"(429)"_s), qPrintable(status));
    QVERIFY(dialog.railwayPicker()->listedServices().isEmpty());
    // ...after which the account's budget refuses locally: no request is sent.
    const int sent = server.requestCount();
    QVERIFY(load(dialog));
    status = dialog.railwayPicker()->statusText();
    QVERIFY2(status.contains(u"budget of 'picker' is spent"_s), qPrintable(status));
    QCOMPARE(server.requestCount(), sent);
    QVERIFY(dialog.railwayPicker()->loadButton()->isEnabled());

    // An API that does not answer.
    Gui::ActionTargetDialog unreachable(nullptr, service(), railwayTarget(QUrl(u"http://127.0.0.1:1/graphql/v2"_s)));
    unreachable.setCredentials(&keychain);
    unreachable.railwayPicker()->setBudgets(std::make_shared<Actions::BudgetRegistry>());
    QVERIFY(load(unreachable));
    QVERIFY2(unreachable.railwayPicker()->statusText().contains(u"Railway could not be reached"_s),
             qPrintable(unreachable.railwayPicker()->statusText()));
}

void TestRailwayPickerProtocol::pickerInRomanian()
{
    RailwayApiServer server(kToken);
    QVERIFY(server.listen());
    server.addProject(u"p1"_s, u"Tickets"_s, {{u"e1"_s, u"production"_s}});
    server.addProjectService(u"p1"_s, u"s1"_s, u"events-api"_s, u"e1"_s, 3, u"europe-west4"_s);
    MemoryCredentialSource keychain;
    keychain.setBearer(u"railway:"_s + kAccount, kToken);
    QVERIFY(m_languages.setLanguage(u"ro"_s));
    Gui::ActionTargetDialog dialog(nullptr, service(), railwayTarget(QUrl(server.url().toString() + u"/graphql/v2"_s)));
    dialog.setCredentials(&keychain);
    dialog.railwayPicker()->setBudgets(std::make_shared<Actions::BudgetRegistry>());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.railwayPicker()->loadButton()->text().contains(u"Load"_s));
    QVERIFY(load(dialog));
    QVERIFY(dialog.railwayPicker()->selectService(u"s1"_s, u"e1"_s));
    QVERIFY2(!dialog.railwayPicker()->statusText().contains(u"found"_s), qPrintable(dialog.railwayPicker()->statusText()));
    screenshot(&dialog, u"action-target-railway-picker-ro"_s);
    QVERIFY(m_languages.setLanguage(u"en"_s));
}

QTEST_MAIN(TestRailwayPickerProtocol)
#include "tst_railwaypicker_protocol.moc"
