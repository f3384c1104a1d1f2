#include "ui/workspace/actiontargetdialog.h"

#include "core/engine/engineapi.h"
#include "core/secrets/secretkeys.h"
#include "core/sources/railway/railwayoptions.h"
#include "ui/workspace/draftcredentialsource.h"
#include "ui/workspace/railwayidpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

// The keys each provider's page owns; any other key of a stored target stays.
const QStringList &ownedKeys()
{
    static const QStringList keys = {u"kubeconfig"_s, u"context"_s,       u"server"_s,  u"namespace"_s,
                                     u"deployment"_s, u"credentialId"_s,  u"serviceId"_s, u"environmentId"_s,
                                     u"account"_s,    u"plan"_s,          u"tokenType"_s};
    return keys;
}

QLineEdit *lineEdit(const QString &objectName, const QString &text, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QSpinBox *spinBox(const QString &objectName, int min, int max, int value, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setRange(min, max);
    box->setValue(value);
    return box;
}

void selectData(QComboBox *combo, const QString &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

ActionTargetDialog::ActionTargetDialog(Engine::EngineApi *engine, const Model::Service &service,
                                       const ActionTargetEdit &current, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_service(service)
    , m_original(current.config)
    , m_originalProvider(current.provider)
    , m_guardrails(current.guardrails)
{
    setObjectName(u"actionTargetDialog"_s);
    setWindowTitle(tr("Action target of %1").arg(service.name));
    const QJsonObject &c = current.config;

    m_provider = new QComboBox(this);
    m_provider->setObjectName(u"targetProviderCombo"_s);
    m_provider->addItem(tr("Kubernetes"), u"kubernetes"_s);
    m_provider->addItem(tr("Railway"), u"railway"_s);
    m_provider->addItem(tr("Demo fleet"), u"demo"_s);
    selectData(m_provider, current.provider);

    m_pages = new QStackedWidget(this);
    auto *kube = new QWidget(m_pages);
    auto *kubeForm = new QFormLayout(kube);
    m_kubeconfig = lineEdit(u"kubeconfigEdit"_s, c.value(u"kubeconfig"_s).toString(),
                            tr("~/.kube/config when empty and no server is given"), kube);
    m_context = lineEdit(u"contextEdit"_s, c.value(u"context"_s).toString(), tr("e.g. prod"), kube);
    m_server = lineEdit(u"serverEdit"_s, c.value(u"server"_s).toString(),
                        tr("the kubeconfig's when empty, e.g. https://10.0.0.1:6443"), kube);
    m_namespace = lineEdit(u"namespaceEdit"_s, c.value(u"namespace"_s).toString(), tr("default"), kube);
    m_deployment = lineEdit(u"deploymentEdit"_s, c.value(u"deployment"_s).toString(), service.id, kube);
    kubeForm->addRow(tr("&Kubeconfig file:"), m_kubeconfig);
    kubeForm->addRow(tr("&Context:"), m_context);
    kubeForm->addRow(tr("API &server:"), m_server);
    kubeForm->addRow(tr("&Namespace:"), m_namespace);
    kubeForm->addRow(tr("&Deployment:"), m_deployment);
    m_pages->addWidget(kube);

    auto *railway = new QWidget(m_pages);
    auto *railwayForm = new QFormLayout(railway);
    m_railwayService = lineEdit(u"railwayServiceEdit"_s, c.value(u"serviceId"_s).toString(),
                                tr("Railway's service id"), railway);
    m_environment = lineEdit(u"railwayEnvironmentEdit"_s, c.value(u"environmentId"_s).toString(),
                             tr("Railway's environment id"), railway);
    m_account = lineEdit(u"railwayAccountEdit"_s, c.value(u"account"_s).toString(), u"default"_s, railway);
    m_plan = new QComboBox(railway);
    m_plan->setObjectName(u"railwayPlanCombo"_s);
    m_plan->addItem(tr("Hobby (up to 10 replicas)"), u"hobby"_s);
    m_plan->addItem(tr("Pro (up to 40 replicas)"), u"pro"_s);
    m_plan->addItem(tr("Enterprise (up to 50 replicas)"), u"enterprise"_s);
    selectData(m_plan, c.value(u"plan"_s).toString(u"pro"_s));
    m_tokenType = new QComboBox(railway);
    m_tokenType->setObjectName(u"railwayTokenTypeCombo"_s);
    m_tokenType->addItem(tr("Account or team token"), u"account"_s);
    m_tokenType->addItem(tr("Project token"), u"project"_s);
    selectData(m_tokenType, c.value(u"tokenType"_s).toString(u"account"_s));
    railwayForm->addRow(tr("Ser&vice id:"), m_railwayService);
    railwayForm->addRow(tr("&Environment id:"), m_environment);
    railwayForm->addRow(tr("&Account:"), m_account);
    railwayForm->addRow(tr("&Plan:"), m_plan);
    railwayForm->addRow(tr("Token t&ype:"), m_tokenType);
    m_picker = new RailwayIdPicker(railway);
    railwayForm->addRow(m_picker);
    connect(m_picker, &RailwayIdPicker::loadRequested, this, &ActionTargetDialog::loadRailwayIds);
    connect(m_picker, &RailwayIdPicker::picked, this, [this](const QString &serviceId, const QString &environmentId) {
        m_railwayService->setText(serviceId);
        m_environment->setText(environmentId);
    });
    m_pages->addWidget(railway);

    auto *demo = new QLabel(tr("The demo fleet is simulated inside Straja: its services need no target and no "
                               "token. Only the guardrails below apply."),
                            m_pages);
    demo->setWordWrap(true);
    m_pages->addWidget(demo);

    m_token = new QLineEdit(this);
    m_token->setObjectName(u"targetTokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("leave empty to keep the token in the keychain"));
    m_tokenNote = new QLabel(this);
    m_tokenNote->setObjectName(u"targetTokenNote"_s);
    m_tokenNote->setWordWrap(true);

    auto *limits = new QGroupBox(tr("Guardrails"), this);
    auto *limitsForm = new QFormLayout(limits);
    m_minReplicas = spinBox(u"guardMinReplicas"_s, 0, 1000, m_guardrails.minReplicas, limits);
    m_maxReplicas = spinBox(u"guardMaxReplicas"_s, 1, 1000, m_guardrails.maxReplicas, limits);
    m_maxStep = spinBox(u"guardMaxStep"_s, 1, 1000, m_guardrails.maxStep, limits);
    m_cooldown = spinBox(u"guardCooldown"_s, 0, 24 * 60, static_cast<int>(m_guardrails.cooldownMs / 60'000), limits);
    m_cooldown->setSuffix(tr(" min"));
    m_spendCap = new QDoubleSpinBox(limits);
    m_spendCap->setObjectName(u"guardSpendCap"_s);
    m_spendCap->setRange(0, 10'000'000);
    m_spendCap->setDecimals(0);
    m_spendCap->setSuffix(tr(" USD/month"));
    m_spendCap->setSpecialValueText(tr("no cap"));
    m_spendCap->setValue(m_guardrails.monthlySpendCap);
    limitsForm->addRow(tr("M&inimum replicas:"), m_minReplicas);
    limitsForm->addRow(tr("Ma&ximum replicas:"), m_maxReplicas);
    limitsForm->addRow(tr("Lar&gest step (replicas per action):"), m_maxStep);
    limitsForm->addRow(tr("Coo&ldown after scaling:"), m_cooldown);
    limitsForm->addRow(tr("&Monthly spend cap:"), m_spendCap);

    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(u"testTargetButton"_s);
    m_test->setAutoDefault(false);
    m_test->setToolTip(tr("Reads the current replicas from the provider. Nothing is changed."));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testTargetResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"targetProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"okButton"_s);
    auto *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    Q_UNUSED(cancel)

    auto *top = new QFormLayout;
    top->addRow(tr("P&rovider:"), m_provider);
    auto *tokenForm = new QFormLayout;
    tokenForm->addRow(tr("T&oken:"), m_token);
    tokenForm->addRow(QString(), m_tokenNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addLayout(tokenForm);
    layout->addWidget(limits);
    layout->addLayout(testRow);
    layout->addStretch(1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ActionTargetDialog::revalidate);
    for (QLineEdit *edit : {m_kubeconfig, m_context, m_server, m_namespace, m_deployment, m_railwayService,
                            m_environment, m_account, m_token})
        connect(edit, &QLineEdit::textChanged, this, &ActionTargetDialog::revalidate);
    for (QSpinBox *box : {m_minReplicas, m_maxReplicas, m_maxStep, m_cooldown})
        connect(box, &QSpinBox::valueChanged, this, &ActionTargetDialog::revalidate);
    connect(m_test, &QPushButton::clicked, this, &ActionTargetDialog::test);
    if (m_engine)
        connect(m_engine, &Engine::EngineApi::actionTargetTested, this, &ActionTargetDialog::onTested);
    revalidate();
    resize(560, sizeHint().height());
}

ActionTargetDialog::~ActionTargetDialog()
{
    // The picker's discovery may still wait for a credential: it goes before the
    // credential source it asked.
    delete m_picker;
}

void ActionTargetDialog::loadRailwayIds()
{
    if (m_picker->isLoading())
        return;
    Sources::Railway::RailwayOptions options;
    // A stored target may name another endpoint (a test server); the page keeps it.
    const QString endpoint = m_original.value(u"endpoint"_s).toString();
    options.endpoint = QUrl(endpoint.isEmpty() ? QString::fromLatin1(Sources::Railway::RailwayOptions::kEndpoint)
                                               : endpoint);
    const QString account = m_account->text().trimmed();
    options.account = account.isEmpty() ? u"default"_s : account;
    options.environment.clear(); // every environment: staging may be the one to act on
    options.tokenKind = m_tokenType->currentData().toString() == u"project" ? Sources::Railway::TokenKind::Project
                                                                           : Sources::Railway::TokenKind::Account;
    QVector<SecretEdit> typed;
    if (!m_token->text().isEmpty())
        typed.append({Secrets::sourceSecretKey(options.credentialKey(), Secrets::SecretField::Token), m_token->text()});
    if (typed.isEmpty() && !m_keychain) {
        m_picker->showProblem(tr("Type the Railway token first: the keychain cannot be read here."));
        return;
    }
    m_pickerCredentials = std::make_unique<DraftCredentialSource>(m_keychain, typed);
    m_picker->load(options, m_pickerCredentials.get(), m_railwayService->text().trimmed());
}

QString ActionTargetDialog::provider() const
{
    return m_provider->currentData().toString();
}

QString ActionTargetDialog::credentialId() const
{
    if (provider() == u"kubernetes") {
        const QString context = m_context->text().trimmed();
        return u"kubernetes:"_s + (context.isEmpty() ? QUrl(m_server->text().trimmed()).host() : context);
    }
    if (provider() == u"railway") {
        const QString account = m_account->text().trimmed();
        return u"railway:"_s + (account.isEmpty() ? u"default"_s : account);
    }
    return {};
}

QJsonObject ActionTargetDialog::config() const
{
    // A target moved to another provider starts clean; otherwise keys the page does
    // not show (a test endpoint, insecureSkipTlsVerify) are kept.
    QJsonObject c = provider() == m_originalProvider ? m_original : QJsonObject();
    for (const QString &key : ownedKeys())
        c.remove(key);
    auto put = [&c](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            c.insert(key, value.trimmed());
    };
    if (provider() == u"kubernetes") {
        put(u"kubeconfig"_s, m_kubeconfig->text());
        put(u"context"_s, m_context->text());
        put(u"server"_s, m_server->text());
        put(u"namespace"_s, m_namespace->text());
        put(u"deployment"_s, m_deployment->text());
        put(u"credentialId"_s, credentialId());
    } else if (provider() == u"railway") {
        put(u"serviceId"_s, m_railwayService->text());
        put(u"environmentId"_s, m_environment->text());
        put(u"account"_s, m_account->text());
        put(u"plan"_s, m_plan->currentData().toString());
        put(u"tokenType"_s, m_tokenType->currentData().toString());
    }
    return c;
}

ActionTargetEdit ActionTargetDialog::edit() const
{
    ActionTargetEdit e;
    e.provider = provider();
    e.config = config();
    e.guardrails = m_guardrails;
    e.guardrails.minReplicas = m_minReplicas->value();
    e.guardrails.maxReplicas = m_maxReplicas->value();
    e.guardrails.maxStep = m_maxStep->value();
    e.guardrails.cooldownMs = qint64(m_cooldown->value()) * 60'000;
    e.guardrails.monthlySpendCap = m_spendCap->value();
    if (const QString id = credentialId(); !id.isEmpty()) {
        e.tokenKey = Secrets::sourceSecretKey(id, Secrets::SecretField::Token);
        if (!m_token->text().isEmpty())
            e.token = m_token->text();
    }
    return e;
}

QString ActionTargetDialog::problem() const
{
    if (provider() == u"kubernetes") {
        const QString server = m_server->text().trimmed();
        if (m_context->text().trimmed().isEmpty() && server.isEmpty())
            return tr("Give the kubeconfig context or the API server: the keychain entry of the token is named "
                      "after it.");
        const QUrl url(server);
        if (!server.isEmpty() && (!url.isValid() || url.host().isEmpty()
                                  || (url.scheme() != u"https" && url.scheme() != u"http")))
            return tr("'%1' is not an API server address: use https://host:port.").arg(server);
    } else if (provider() == u"railway") {
        if (m_railwayService->text().trimmed().isEmpty() || m_environment->text().trimmed().isEmpty())
            return tr("Give Railway's service id and environment id (Railway's discovery shows them).");
    }
    if (m_maxReplicas->value() < m_minReplicas->value())
        return tr("The maximum number of replicas must not be below the minimum.");
    return {};
}

QString ActionTargetDialog::problemText() const
{
    return m_problem->text();
}

QString ActionTargetDialog::testResultText() const
{
    return m_testResult->text();
}

void ActionTargetDialog::revalidate()
{
    m_pages->setCurrentIndex(std::max(0, m_provider->currentIndex()));
    const bool real = provider() != u"demo";
    m_token->setEnabled(real);
    m_tokenNote->setText(real ? tr("Kept in the keychain as %1, never in the workspace or Straja's files.")
                                    .arg(Secrets::sourceSecretKey(credentialId(), Secrets::SecretField::Token))
                              : QString());
    const QString why = problem();
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
    m_test->setEnabled(why.isEmpty() && real && m_engine && m_testId == 0);
}

void ActionTargetDialog::test()
{
    if (!m_engine || !problem().isEmpty() || provider() == u"demo")
        return;
    Actions::ActionTarget target;
    target.serviceId = m_service.id;
    target.provider = provider();
    target.config = config();
    m_testId = m_engine->testActionTarget(target, m_token->text());
    if (m_testId == 0) {
        m_testResult->setText(tr("This engine cannot test targets."));
        return;
    }
    m_testResult->setText(tr("Reading the target from the provider…"));
    revalidate();
}

void ActionTargetDialog::onTested(quint64 requestId, const Actions::ProviderState &state)
{
    if (requestId != m_testId || m_testId == 0)
        return;
    m_testId = 0;
    if (state.ok) {
        m_testResult->setText(tr("Connected: the provider reports %n replica(s) now. Nothing was changed.", nullptr,
                                 state.replicas));
    } else {
        m_testResult->setText(tr("Test failed: %1").arg(state.error));
    }
    revalidate();
}

} // namespace Gui
