#include "core/actions/actionstatemachine.h"
#include "core/actions/actionstore.h"
#include "core/actions/auditlog.h"
#include "core/actions/httptransport.h"
#include "core/actions/kubeconfig.h"
#include "core/actions/kubernetesexecutor.h"
#include "core/actions/railwayexecutor.h"
#include "core/store/database.h"
#include "core/util/clock.h"
#include "kubeapiserver.h"
#include "memorycredentialsource.h"
#include "railwayapiserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Actions::ActionKind;

namespace {

constexpr qint64 kNow = 1772827200000LL;
const QString kToken = u"k8s-token-123"_s;

Actions::ActionTarget kubeTarget(const QUrl &server, const QString &deployment = u"web"_s)
{
    return {u"web"_s, u"kubernetes"_s,
            QJsonObject{{u"server"_s, server.toString()}, {u"namespace"_s, u"default"_s},
                        {u"deployment"_s, deployment}, {u"credentialId"_s, u"kubernetes:test"_s}}};
}

Actions::ActionTarget railwayTarget(const QUrl &server, const QString &serviceId)
{
    return {serviceId, u"railway"_s,
            QJsonObject{{u"serviceId"_s, serviceId}, {u"environmentId"_s, u"env-prod"_s}, {u"account"_s, u"acme"_s},
                        {u"endpoint"_s, QString(server.toString() + u"/graphql/v2"_s)}}};
}

Actions::ExecutionRequest request(ActionKind kind, const Actions::ActionTarget &target, int replicas = 0)
{
    Actions::ExecutionRequest r;
    r.actionId = 7;
    r.idempotencyKey = u"key-%1"_s.arg(static_cast<int>(kind));
    r.kind = kind;
    r.target = target;
    r.replicas = replicas;
    return r;
}

Actions::ExecutionResult sendAndWait(Actions::Executor &e, const Actions::ExecutionRequest &r)
{
    QSignalSpy applied(&e, &Actions::Executor::applied);
    e.send(1, r);
    if (!applied.wait(10000))
        return {};
    return applied.first().at(1).value<Actions::ExecutionResult>();
}

QVector<Actions::ProviderState> observeAndWait(Actions::Executor &e, const QVector<Actions::ActionTarget> &targets)
{
    QSignalSpy observed(&e, &Actions::Executor::observed);
    e.observe(1, targets);
    if (!observed.wait(10000))
        return {};
    return observed.first().at(1).value<QVector<Actions::ProviderState>>();
}

const char *kKubeconfig =
    "apiVersion: v1\n"
    "kind: Config\n"
    "# a kind cluster, as kind writes it\n"
    "clusters:\n"
    "- cluster:\n"
    "    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==\n"
    "    server: https://127.0.0.1:36443\n"
    "  name: kind-straja\n"
    "- cluster:\n"
    "    server: \"https://prod.example:6443\"\n"
    "    insecure-skip-tls-verify: true\n"
    "  name: prod\n"
    "contexts:\n"
    "- context:\n"
    "    cluster: kind-straja\n"
    "    user: kind-straja\n"
    "  name: kind-straja\n"
    "- context:\n"
    "    cluster: prod\n"
    "    namespace: shop\n"
    "    user: ops\n"
    "  name: prod\n"
    "current-context: kind-straja\n"
    "preferences: {}\n"
    "users:\n"
    "- name: kind-straja\n"
    "  user:\n"
    "    client-certificate-data: Y2VydA==\n"
    "    client-key-data: a2V5\n"
    "- name: ops\n"
    "  user:\n"
    "    tokenFile: ops.token\n"
    "\n";

} // namespace

// The Kubernetes and Railway executors against local servers that implement the
// documented requests, responses and error shapes, and the durability of an action
// whose process is killed (SIGKILL) at every step.
class TestExecutorsProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void kubeconfigIsRead();
    void kubeconfigErrorsNameTheLine();
    void kubernetesObservesTheDeployment();
    void kubernetesScaleIsAMergePatchOfTheScale();
    void kubernetesRestartAnnotatesThePodTemplate();
    void kubernetesRollbackRestoresThePreviousRevision();
    void kubernetesErrorShapes_data();
    void kubernetesErrorShapes();
    void kubernetesCredentialsKeychainFirst();

    void railwayObservationIsOneRequest();
    void railwayMutations();
    void railwayPlanCapsReplicas();
    void railwayErrorShapes_data();
    void railwayErrorShapes();
    void railwayBudgetIsKeptAndShown();

    void lostReplyIsReconciledNotResent();
    void conflictIsRetriedOnce();
    void sigkillAtEveryStep_data();
    void sigkillAtEveryStep();

private:
    bool runHelper(const QString &kind, const QString &pauseAt, QString *output);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KubeApiServer> m_kube;
    std::unique_ptr<RailwayApiServer> m_railway;
    std::shared_ptr<MemoryCredentialSource> m_credentials;
    std::unique_ptr<Actions::NetworkTransport> m_transport;
    std::shared_ptr<Util::ManualClock> m_clock;
};

void TestExecutorsProtocol::initTestCase()
{
    qRegisterMetaType<Actions::ExecutionResult>();
    qRegisterMetaType<Actions::RequestBudgetStatus>();
    qRegisterMetaType<QVector<Actions::ProviderState>>();
}

void TestExecutorsProtocol::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_kube = std::make_unique<KubeApiServer>(kToken);
    QVERIFY(m_kube->listen());
    m_kube->addDeployment(u"default"_s, u"web"_s, 2, 3);
    m_railway = std::make_unique<RailwayApiServer>(u"rw-token"_s);
    QVERIFY(m_railway->listen());
    m_credentials = std::make_shared<MemoryCredentialSource>();
    m_credentials->setBearer(u"kubernetes:test"_s, kToken);
    m_credentials->setBearer(u"railway:acme"_s, u"rw-token"_s);
    m_transport = std::make_unique<Actions::NetworkTransport>();
    m_clock = std::make_shared<Util::ManualClock>(kNow);
}

void TestExecutorsProtocol::cleanup()
{
    m_transport.reset();
    m_kube.reset();
    m_railway.reset();
    m_dir.reset();
}

void TestExecutorsProtocol::kubeconfigIsRead()
{
    QFile token(m_dir->filePath(u"ops.token"_s));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("ops-secret\n");
    token.close();
    auto config = Actions::KubeConfig::parse(kKubeconfig, m_dir->path());
    QVERIFY2(config.ok(), qPrintable(config.error().message));
    QCOMPARE(config->currentContext(), u"kind-straja"_s);
    auto kind = config->context();
    QVERIFY(kind.ok());
    QCOMPARE(kind->server, u"https://127.0.0.1:36443"_s);
    QCOMPARE(kind->defaultNamespace, u"default"_s);
    QCOMPARE(kind->caPem, QByteArray("-----BEGIN CERTIFICATE-----\n"));
    QCOMPARE(kind->clientCertPem, QByteArray("cert"));
    QCOMPARE(kind->clientKeyPem, QByteArray("key"));
    auto prod = config->context(u"prod"_s);
    QVERIFY(prod.ok());
    QCOMPARE(prod->server, u"https://prod.example:6443"_s);
    QCOMPARE(prod->defaultNamespace, u"shop"_s);
    QVERIFY(prod->insecureSkipTlsVerify);
    QCOMPARE(prod->token, u"ops-secret"_s); // tokenFile, relative to the kubeconfig
    QCOMPARE(config->context(u"nope"_s).error().code, u"kubeconfig.context"_s);

    // kubectl's JSON form reads the same.
    const QByteArray asJson = QJsonDocument(Actions::KubeConfig::parseYaml(kKubeconfig).value()).toJson();
    auto again = Actions::KubeConfig::parse(asJson);
    QVERIFY(again.ok());
    QCOMPARE(again->context()->server, kind->server);
}

void TestExecutorsProtocol::kubeconfigErrorsNameTheLine()
{
    auto broken = Actions::KubeConfig::parse("apiVersion: v1\nclusters:\n- cluster:\n    server: x\n   bad: indent\n");
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(u"line 5"_s), qPrintable(broken.error().message));
    QCOMPARE(Actions::KubeConfig::load(m_dir->filePath(u"missing"_s)).error().code, u"kubeconfig.read"_s);
}

void TestExecutorsProtocol::kubernetesObservesTheDeployment()
{
    Actions::KubernetesExecutor k8s(m_transport.get(), m_credentials);
    const auto states = observeAndWait(k8s, {kubeTarget(m_kube->url())});
    QCOMPARE(states.size(), 1);
    const Actions::ProviderState &s = states.first();
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.replicas, 2);
    QCOMPARE(s.revision, u"3"_s);
    QCOMPARE(s.previousRevision, u"2"_s);
    QCOMPARE(s.deploysMs.size(), 3);
    QVERIFY(s.markersSupported);
    QVERIFY(s.markers.isEmpty());
    QCOMPARE(m_kube->log().first().headers.value("authorization"), "Bearer " + kToken.toUtf8());
    QVERIFY(m_kube->log().last().query.queryItemValue(u"labelSelector"_s).contains(u"app=web"_s));

    const auto missing = observeAndWait(k8s, {kubeTarget(m_kube->url(), u"ghost"_s)});
    QVERIFY(!missing.first().ok);
    QVERIFY2(missing.first().error.contains(u"404"_s), qPrintable(missing.first().error));
}

void TestExecutorsProtocol::kubernetesScaleIsAMergePatchOfTheScale()
{
    Actions::KubernetesExecutor k8s(m_transport.get(), m_credentials);
    const auto r = request(ActionKind::Scale, kubeTarget(m_kube->url()), 4);
    const QString preview = k8s.describe(r);
    QVERIFY(preview.startsWith(u"PATCH "_s + m_kube->url().toString() + u"/apis/apps/v1/namespaces/default/deployments/web/scale"_s));
    QVERIFY(preview.contains(u"Bearer ***"_s));
    QVERIFY(!preview.contains(kToken));
    const auto result = sendAndWait(k8s, r);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(m_kube->replicas(u"default"_s, u"web"_s), 4);
    QCOMPARE(m_kube->count("PATCH"), 1);
    const HttpExchange &patch = m_kube->log().last();
    QCOMPARE(patch.path, u"/apis/apps/v1/namespaces/default/deployments/web/scale"_s);
    QCOMPARE(patch.headers.value("content-type"), QByteArray("application/merge-patch+json"));
    QCOMPARE(QJsonDocument::fromJson(patch.body).object(),
             (QJsonObject{{u"spec"_s, QJsonObject{{u"replicas"_s, 4}}}}));
    QVERIFY(result.reply.contains(u"resourceVersion"_s));
}

void TestExecutorsProtocol::kubernetesRestartAnnotatesThePodTemplate()
{
    Actions::KubernetesExecutor k8s(m_transport.get(), m_credentials);
    const auto r = request(ActionKind::Restart, kubeTarget(m_kube->url()));
    const auto result = sendAndWait(k8s, r);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(m_kube->log().last().headers.value("content-type"), QByteArray("application/strategic-merge-patch+json"));
    const QJsonObject annotations = m_kube->deployment(u"default"_s, u"web"_s).value(u"spec"_s).toObject()
                                        .value(u"template"_s).toObject().value(u"metadata"_s).toObject()
                                        .value(u"annotations"_s).toObject();
    QVERIFY(annotations.contains(u"kubectl.kubernetes.io/restartedAt"_s));
    QCOMPARE(annotations.value(u"straja.io/restart"_s).toString(), r.idempotencyKey);
    // A new template is a new revision, and the key is there for a restarted Straja to find.
    const auto state = observeAndWait(k8s, {kubeTarget(m_kube->url())}).first();
    QCOMPARE(state.revision, u"4"_s);
    QVERIFY(state.markers.contains(r.idempotencyKey));
}

void TestExecutorsProtocol::kubernetesRollbackRestoresThePreviousRevision()
{
    Actions::KubernetesExecutor k8s(m_transport.get(), m_credentials);
    QCOMPARE(m_kube->image(u"default"_s, u"web"_s), u"web:3"_s);
    auto r = request(ActionKind::Rollback, kubeTarget(m_kube->url()));
    r.toRevision = u"2"_s;
    QVERIFY(k8s.describe(r).contains(u"revision 2"_s));
    const auto result = sendAndWait(k8s, r);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(m_kube->image(u"default"_s, u"web"_s), u"web:2"_s);
    QCOMPARE(m_kube->log().last().headers.value("content-type"), QByteArray("application/json-patch+json"));
    // As the controller does: revision 2's ReplicaSet comes back as revision 4.
    const auto state = observeAndWait(k8s, {kubeTarget(m_kube->url())}).first();
    QCOMPARE(state.revision, u"4"_s);
    QVERIFY(state.markers.contains(r.idempotencyKey));
    QVERIFY(result.reply.contains(u"revision 2"_s));

    m_kube->addDeployment(u"default"_s, u"fresh"_s, 1, 1);
    const auto none = sendAndWait(k8s, request(ActionKind::Rollback, kubeTarget(m_kube->url(), u"fresh"_s)));
    QVERIFY(!none.ok);
    QCOMPARE(none.errorCode, u"kubernetes.no_previous"_s);
}

void TestExecutorsProtocol::kubernetesErrorShapes_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("deployment");
    QTest::addColumn<int>("replicas");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("message");
    QTest::newRow("401 bad token") << 0 << u"wrong"_s << u"web"_s << 4 << u"http.401"_s << false << u"credentials"_s;
    QTest::newRow("403 RBAC") << 0 << u"viewer"_s << u"web"_s << 4 << u"http.403"_s << false << u"cannot patch"_s;
    QTest::newRow("404 no deployment") << 0 << kToken << u"ghost"_s << 4 << u"http.404"_s << false << u"not found"_s;
    QTest::newRow("409 conflict") << 409 << kToken << u"web"_s << 4 << u"http.409"_s << true << u"modified"_s;
    QTest::newRow("422 invalid") << 0 << kToken << u"web"_s << -1 << u"http.422"_s << false << u"greater than"_s;
    QTest::newRow("429 slow down") << 429 << kToken << u"web"_s << 4 << u"http.429"_s << true << u"Too many"_s;
    QTest::newRow("500 server") << 500 << kToken << u"web"_s << 4 << u"http.500"_s << false << u"(500)"_s;
    QTest::newRow("503 proxy") << 503 << kToken << u"web"_s << 4 << u"http.503"_s << false << u"upstream"_s;
}

void TestExecutorsProtocol::kubernetesErrorShapes()
{
    QFETCH(int, fault);
    QFETCH(QString, token);
    QFETCH(QString, deployment);
    QFETCH(int, replicas);
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    QFETCH(QString, message);
    m_kube->setReadOnlyToken(u"viewer"_s);
    m_credentials->setBearer(u"kubernetes:test"_s, token);
    if (fault)
        m_kube->inject({"PATCH", QString(), fault, fault == 429 ? 7 : 0, false});
    Actions::KubernetesExecutor k8s(m_transport.get(), m_credentials);
    const auto result = sendAndWait(k8s, request(ActionKind::Scale, kubeTarget(m_kube->url(), deployment), replicas));
    QVERIFY(!result.ok);
    QCOMPARE(result.errorCode, code);
    QCOMPARE(result.retryable, retryable);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    if (fault == 429)
        QCOMPARE(result.retryAfterMs, qint64(7000));
    QCOMPARE(m_kube->replicas(u"default"_s, u"web"_s), 2); // nothing changed
}

void TestExecutorsProtocol::kubernetesCredentialsKeychainFirst()
{
    // A kubeconfig with its own (stale) token: the keychain's wins.
    const QString path = m_dir->filePath(u"kubeconfig"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"apiVersion: v1\nclusters:\n- cluster:\n    server: %1\n  name: local\ncontexts:\n- context:\n"
               "    cluster: local\n    user: me\n  name: local\ncurrent-context: local\nusers:\n- name: me\n"
               "  user:\n    token: stale-token\n"_s.arg(m_kube->url().toString()).toUtf8());
    file.close();
    Actions::ActionTarget target{u"web"_s, u"kubernetes"_s, QJsonObject{{u"kubeconfig"_s, path}}};
    m_credentials->setBearer(u"kubernetes:local"_s, kToken);
    Actions::KubernetesExecutor k8s(m_transport.get(), m_credentials);
    QVERIFY(observeAndWait(k8s, {target}).first().ok);
    // Without a keychain entry the kubeconfig's token is used (and refused here).
    Actions::KubernetesExecutor bare(m_transport.get(), nullptr);
    const auto refused = observeAndWait(bare, {target}).first();
    QVERIFY(!refused.ok);
    QCOMPARE(m_kube->log().last().headers.value("authorization"), QByteArray("Bearer stale-token"));
    // No token and no client certificate: said before anything is sent.
    const int before = static_cast<int>(m_kube->log().size());
    const auto none = sendAndWait(bare, request(ActionKind::Scale, kubeTarget(m_kube->url()), 3));
    QCOMPARE(none.errorCode, u"kubernetes.credentials"_s);
    QCOMPARE(m_kube->log().size(), before);
}

void TestExecutorsProtocol::railwayObservationIsOneRequest()
{
    for (const QString &s : {u"svc-a"_s, u"svc-b"_s, u"svc-c"_s})
        m_railway->addService(s, u"env-prod"_s, 2, 3);
    Actions::RailwayExecutor railway(m_transport.get(), m_credentials, m_clock);
    const auto states = observeAndWait(railway, {railwayTarget(m_railway->url(), u"svc-a"_s),
                                                 railwayTarget(m_railway->url(), u"svc-b"_s),
                                                 railwayTarget(m_railway->url(), u"svc-c"_s)});
    QCOMPARE(states.size(), 3);
    QCOMPARE(m_railway->count("POST"), 1); // one request for three services
    for (const auto &s : states) {
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(s.replicas, 2);
        QCOMPARE(s.revision, m_railway->latestDeployment(s.serviceId));
        QVERIFY(!s.previousRevision.isEmpty());
        QCOMPARE(s.deploysMs.size(), 3);
        QVERIFY(!s.markersSupported);
    }
    QCOMPARE(m_railway->operations().count(u"serviceInstance"_s), 3);
    QCOMPARE(m_railway->log().first().headers.value("authorization"), QByteArray("Bearer rw-token"));
}

void TestExecutorsProtocol::railwayMutations()
{
    m_railway->addService(u"svc-a"_s, u"env-prod"_s, 2, 3);
    Actions::RailwayExecutor railway(m_transport.get(), m_credentials, m_clock);
    const auto target = railwayTarget(m_railway->url(), u"svc-a"_s);
    auto scale = sendAndWait(railway, request(ActionKind::Scale, target, 5));
    QVERIFY2(scale.ok, qPrintable(scale.message));
    QCOMPARE(m_railway->replicas(u"svc-a"_s), 5);
    QVERIFY(QString::fromUtf8(m_railway->log().last().body).contains(u"serviceInstanceUpdate"_s));

    const auto before = observeAndWait(railway, {target}).first();
    m_railway->setNowMs(kNow + 60'000);
    auto restart = request(ActionKind::Restart, target);
    restart.fromRevision = before.revision;
    QVERIFY(sendAndWait(railway, restart).ok);
    QCOMPARE(m_railway->restarts(before.revision), 1);
    const auto after = observeAndWait(railway, {target}).first();
    QVERIFY(after.updatedMs > before.updatedMs); // how a restart is told apart after a crash

    auto rollback = request(ActionKind::Rollback, target);
    rollback.toRevision = after.previousRevision;
    const auto rolled = sendAndWait(railway, rollback);
    QVERIFY2(rolled.ok, qPrintable(rolled.message));
    QCOMPARE(m_railway->deploymentCount(u"svc-a"_s), 4);
    QVERIFY(railway.describe(rollback).contains(u"deploymentRollback"_s));
    QVERIFY(railway.describe(rollback).contains(u"Bearer ***"_s));
}

void TestExecutorsProtocol::railwayPlanCapsReplicas()
{
    m_railway->addService(u"svc-a"_s, u"env-prod"_s, 2);
    Actions::RailwayExecutor railway(m_transport.get(), m_credentials, m_clock);
    QCOMPARE(Actions::RailwayExecutor::replicaCap(u"hobby"_s), 10);
    QCOMPARE(Actions::RailwayExecutor::replicaCap(u"pro"_s), 40);
    QCOMPARE(Actions::RailwayExecutor::replicaCap(u"enterprise"_s), 50);
    const auto refused = sendAndWait(railway, request(ActionKind::Scale, railwayTarget(m_railway->url(), u"svc-a"_s), 11));
    QCOMPARE(refused.errorCode, u"railway.plan"_s);
    QCOMPARE(m_railway->count("POST"), 0); // refused before spending a request
}

void TestExecutorsProtocol::railwayErrorShapes_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("message");
    QTest::newRow("401") << 0 << u"svc-a"_s << u"bad"_s << u"http.401"_s << false << u"Not Authorized"_s;
    QTest::newRow("403") << 403 << u"svc-a"_s << u"rw-token"_s << u"http.403"_s << false << u"Not Authorized"_s;
    QTest::newRow("404") << 0 << u"svc-none"_s << u"rw-token"_s << u"http.404"_s << false << u"not found"_s;
    QTest::newRow("409") << 409 << u"svc-a"_s << u"rw-token"_s << u"http.409"_s << true << u"in progress"_s;
    QTest::newRow("422") << 422 << u"svc-a"_s << u"rw-token"_s << u"http.422"_s << false << u"Invalid"_s;
    QTest::newRow("429") << 429 << u"svc-a"_s << u"rw-token"_s << u"http.429"_s << true << u"rate limit"_s;
    QTest::newRow("500") << 500 << u"svc-a"_s << u"rw-token"_s << u"http.500"_s << false << u"Problem"_s;
    QTest::newRow("503") << 503 << u"svc-a"_s << u"rw-token"_s << u"http.503"_s << false << u"503"_s;
}

void TestExecutorsProtocol::railwayErrorShapes()
{
    QFETCH(int, fault);
    QFETCH(QString, service);
    QFETCH(QString, token);
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    QFETCH(QString, message);
    m_railway->addService(u"svc-a"_s, u"env-prod"_s, 2);
    m_credentials->setBearer(u"railway:acme"_s, token);
    if (fault)
        m_railway->inject({"POST", QString(), fault, fault == 429 ? 30 : 0, false});
    Actions::RailwayExecutor railway(m_transport.get(), m_credentials, m_clock);
    const auto result = sendAndWait(railway, request(ActionKind::Scale, railwayTarget(m_railway->url(), service), 3));
    QVERIFY(!result.ok);
    QCOMPARE(result.errorCode, code);
    QCOMPARE(result.retryable, retryable);
    QVERIFY2(result.message.contains(message, Qt::CaseInsensitive), qPrintable(result.message));
    if (fault == 429)
        QCOMPARE(result.retryAfterMs, qint64(30'000));
    QCOMPARE(m_railway->replicas(u"svc-a"_s), 2);
}

void TestExecutorsProtocol::railwayBudgetIsKeptAndShown()
{
    m_railway = std::make_unique<RailwayApiServer>(u"rw-token"_s, 40);
    QVERIFY(m_railway->listen());
    m_railway->addService(u"svc-a"_s, u"env-prod"_s, 2);
    m_railway->setNowMs(kNow);
    Actions::RailwayExecutor railway(m_transport.get(), m_credentials, m_clock);
    QSignalSpy budget(&railway, &Actions::Executor::budgetChanged);
    const auto target = railwayTarget(m_railway->url(), u"svc-a"_s);
    // 37 requests: the server says 3 are left; Straja believes it.
    for (int i = 0; i < 37; ++i)
        QVERIFY(observeAndWait(railway, {target}).first().ok);
    QCOMPARE(railway.budget(u"acme"_s).remaining, 3);
    QCOMPARE(budget.last().at(0).value<Actions::RequestBudgetStatus>().remaining, 3);
    QCOMPARE(budget.last().at(0).value<Actions::RequestBudgetStatus>().limit, 40);
    // Observations stop at the reserve (5% = 2 of 40), executions may still go.
    QVERIFY(observeAndWait(railway, {target}).first().ok); // leaves 2
    const int sent = m_railway->count("POST");
    const auto paused = observeAndWait(railway, {target}).first();
    QVERIFY(!paused.ok);
    QVERIFY2(paused.error.contains(u"budget"_s), qPrintable(paused.error));
    QCOMPARE(m_railway->count("POST"), sent);
    QVERIFY(sendAndWait(railway, request(ActionKind::Scale, target, 3)).ok);
    QVERIFY(sendAndWait(railway, request(ActionKind::Scale, target, 4)).ok);
    // Spent: the next one is held back here, with the time to wait, and not sent.
    const auto held = sendAndWait(railway, request(ActionKind::Scale, target, 5));
    QCOMPARE(held.errorCode, u"railway.budget"_s);
    QVERIFY(held.retryable);
    QVERIFY(held.retryAfterMs > 0);
    QCOMPARE(m_railway->count("POST"), sent + 2);
    QCOMPARE(m_railway->replicas(u"svc-a"_s), 4);

    // A 429 from the server (another client spent the budget) is waited out.
    m_clock->advanceMs(2 * 3600'000);
    m_railway->setNowMs(kNow + 2 * 3600'000);
    m_railway->inject({"POST", QString(), 429, 600, false});
    const auto limited = sendAndWait(railway, request(ActionKind::Scale, target, 5));
    QCOMPARE(limited.errorCode, u"http.429"_s);
    QCOMPARE(limited.retryAfterMs, qint64(600'000));
    const int afterLimit = m_railway->count("POST");
    QCOMPARE(sendAndWait(railway, request(ActionKind::Scale, target, 5)).errorCode, u"railway.budget"_s);
    QCOMPARE(m_railway->count("POST"), afterLimit);
    m_clock->advanceMs(601'000);
    QVERIFY(sendAndWait(railway, request(ActionKind::Scale, target, 5)).ok);
}

namespace {

// Waits for the process to end while this process keeps serving the API.
void waitGone(QProcess &process, int timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (process.state() != QProcess::NotRunning && waited.elapsed() < timeoutMs)
        QTest::qWait(20);
}

} // namespace

bool TestExecutorsProtocol::runHelper(const QString &kind, const QString &pauseAt, QString *output)
{
    QProcess helper;
    helper.setProgram(QStringLiteral(STRAJA_ACTION_HELPER));
    QStringList args{u"--database"_s, m_dir->filePath(u"actions.sqlite"_s), u"--server"_s, m_kube->url().toString(),
                     u"--token"_s, kToken, u"--kind"_s, kind};
    if (!pauseAt.isEmpty())
        args << u"--pause-at"_s << pauseAt;
    helper.setArguments(args);
    helper.start();
    if (!helper.waitForStarted(5000))
        return false;
    QByteArray seen;
    // The server lives in this process: keep serving while the helper works.
    const QByteArray until = pauseAt.isEmpty() ? QByteArray("DONE ") : "PAUSED " + pauseAt.toUtf8();
    QElapsedTimer waited;
    waited.start();
    while (!seen.contains(until) && waited.elapsed() < 30'000 && helper.state() == QProcess::Running) {
        QTest::qWait(20);
        seen += helper.readAllStandardOutput();
    }
    seen += helper.readAllStandardOutput();
    if (!pauseAt.isEmpty() && seen.contains(until)) {
        helper.kill(); // SIGKILL: no cleanup, no flush, nothing
        waitGone(helper, 5000);
        *output = QString::fromUtf8(seen);
        return helper.exitStatus() == QProcess::CrashExit;
    }
    waitGone(helper, 30000);
    seen += helper.readAllStandardOutput();
    *output = QString::fromUtf8(seen) + QString::fromUtf8(helper.readAllStandardError());
    return helper.exitStatus() == QProcess::NormalExit && helper.exitCode() == 0;
}

void TestExecutorsProtocol::lostReplyIsReconciledNotResent()
{
    // The server applies the scale and the answer is lost (a 500 after the fact):
    // Straja reads the deployment back before anything else and does not send again.
    m_kube->inject({"PATCH", u"/scale"_s, 500, 0, true});
    QString output;
    QVERIFY2(runHelper(u"scale"_s, QString(), &output), qPrintable(output));
    QVERIFY2(output.contains(u"DONE succeeded"_s), qPrintable(output));
    QCOMPARE(m_kube->count("PATCH", u"/scale"_s), 1);
    QCOMPARE(m_kube->replicas(u"default"_s, u"web"_s), 4);
}

void TestExecutorsProtocol::conflictIsRetriedOnce()
{
    // A 409 changed nothing: after reading the deployment back, it is sent again.
    m_kube->inject({"PATCH", u"/scale"_s, 409, 0, false});
    QString output;
    QVERIFY2(runHelper(u"scale"_s, QString(), &output), qPrintable(output));
    QVERIFY2(output.contains(u"DONE succeeded"_s), qPrintable(output));
    QCOMPARE(m_kube->count("PATCH", u"/scale"_s), 2);
    QCOMPARE(m_kube->replicas(u"default"_s, u"web"_s), 4);
}

void TestExecutorsProtocol::sigkillAtEveryStep_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("step");
    for (const QString &step : {u"approved"_s, u"executing"_s, u"provider-answered"_s, u"verifying"_s, u"succeeded"_s})
        QTest::addRow("scale, killed at %s", qPrintable(step)) << u"scale"_s << step;
    for (const QString &kind : {u"restart"_s, u"rollback"_s}) {
        for (const QString &step : {u"executing"_s, u"provider-answered"_s, u"verifying"_s})
            QTest::addRow("%s, killed at %s", qPrintable(kind), qPrintable(step)) << kind << step;
    }
}

void TestExecutorsProtocol::sigkillAtEveryStep()
{
    QFETCH(QString, kind);
    QFETCH(QString, step);
    QString first;
    QVERIFY2(runHelper(kind, step, &first), qPrintable(first));
    QVERIFY2(first.contains(u"PAUSED "_s + step), qPrintable(first));
    const int patchesBeforeRestart = m_kube->count("PATCH");
    QString second;
    QVERIFY2(runHelper(kind, QString(), &second), qPrintable(second));
    QVERIFY2(second.contains(u"DONE succeeded"_s), qPrintable(first + u"\n---\n"_s + second));

    // The provider saw the change exactly once, whichever step the kill hit.
    QCOMPARE(m_kube->count("PATCH"), 1);
    if (step == u"approved" || step == u"executing")
        QCOMPARE(patchesBeforeRestart, 0);
    else
        QCOMPARE(patchesBeforeRestart, 1);
    if (kind == u"scale")
        QCOMPARE(m_kube->replicas(u"default"_s, u"web"_s), 4);
    else if (kind == u"rollback")
        QCOMPARE(m_kube->image(u"default"_s, u"web"_s), u"web:2"_s);
    // A request that reached the provider before the kill is found, not resent.
    if (step == u"provider-answered")
        QVERIFY2(second.contains(u"STEP verifying"_s) && !second.contains(u"resending"_s), qPrintable(second));

    Store::Database db;
    QVERIFY(db.open(m_dir->filePath(u"actions.sqlite"_s), u"check"_s, Store::Database::Mode::ReadOnly).ok());
    Actions::ActionStore store(db.handle());
    const auto all = store.history(10);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().state, Actions::ActionState::Succeeded);
    if (step != u"executing") // killed after "executing" was recorded, before its send
        QCOMPARE(all->first().execution.attempts, 1);
    QVERIFY(Actions::AuditLog(db.handle()).verify()->intact);
}

QTEST_GUILESS_MAIN(TestExecutorsProtocol)
#include "tst_executors_protocol.moc"
