#include "core/actions/actionengine.h"
#include "core/actions/actionjson.h"
#include "core/actions/actionstore.h"
#include "core/actions/auditlog.h"
#include "core/actions/executorhost.h"
#include "core/actions/flagactions.h"
#include "core/actions/flagexecutor.h"
#include "core/flags/flagengine.h"
#include "core/store/database.h"
#include "core/flags/flagevaluator.h"
#include "core/flags/flagjson.h"
#include "core/flags/unleashconnector.h"
#include "core/util/clock.h"
#include "tests/support/memorycredentialsource.h"

#include <QAbstractEventDispatcher>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Qt::StringLiterals;


// Straja's Unleash connector against a real unleash-server 8 on PostgreSQL 15,
// started on 127.0.0.1 by the CTest fixture (tests/support/unleash-fixture.sh):
// flags are created through the Admin API, read by Straja, changed by Straja and
// read back; Straja's evaluator is compared with the server's own answers.
class TestUnleashIntegration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsProjectsFlagsStrategiesAndEvents();
    void clientStateMatchesWhatSdksDownload();
    void evaluatorAgreesWithTheServer();
    void togglesFromStrajaAndReadsBack();
    void changesRolloutOnlyFromWhatWasSeen();
    void advancesAVariant();
    void failuresSayWhy();
    void engineDeliversSnapshotsAcrossThreads();
    void flagChangesRunAsActions();
    void restartMidActionReconciles();

private:
    struct Answer
    {
        int status = 0;
        QJsonDocument json;
    };
    Answer api(const QByteArray &method, const QString &path, const QJsonDocument &body = {},
               const QString &token = {}, const QByteArray &clientSpec = {});
    Flags::SourceFlagsPtr fetch(Flags::UnleashConnector &connector);
    Flags::FlagChangeOutcome applyChange(Flags::UnleashConnector &connector, const Flags::FlagChange &change);
    std::unique_ptr<Flags::UnleashConnector> connector(const QString &token = {});
    // A fresh flag "straja.it.actions", off everywhere.
    void resetActionsFlag();
    bool actionsFlagOn(Flags::UnleashConnector &connector, const QString &environment);
    // Runs the actions engine with the flag executor over `connector` until every
    // action in the store is decided; returns the decided records.
    QVector<Actions::ActionRecord> runActions(const QString &databasePath, Flags::UnleashConnector &connector,
                                              const std::function<void(Actions::ActionEngine &)> &started = {});
    QJsonObject feature(const QString &name);
    QString strategyId(const QString &feature, const QString &environment);

    QHash<QString, QString> m_env;
    QUrl m_url;
    QString m_adminToken;
    QNetworkAccessManager m_network;
    MemoryCredentialSource m_credentials;
    Util::ManualClock m_clock{1772712000000LL};
    int m_segmentId = 0;
};

namespace {
const QString kProject = u"default"_s;
const QString kToggle = u"straja.it.toggle"_s;
const QString kRollout = u"straja.it.rollout"_s;
const QString kExperiment = u"straja.it.experiment"_s;
const QString kBuckets = u"straja.it.buckets"_s;

QJsonDocument json(const QByteArray &text)
{
    return QJsonDocument::fromJson(text);
}
} // namespace

TestUnleashIntegration::Answer TestUnleashIntegration::api(const QByteArray &method, const QString &path,
                                                           const QJsonDocument &body, const QString &token,
                                                           const QByteArray &clientSpec)
{
    QUrl url = m_url;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", (token.isEmpty() ? m_adminToken : token).toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(20000);
    if (!clientSpec.isEmpty())
        request.setRawHeader("Unleash-Client-Spec", clientSpec);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method,
                                                       body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Answer a{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll())};
    reply->deleteLater();
    return a;
}

void TestUnleashIntegration::initTestCase()
{
    const QString stateFile = QStringLiteral(STRAJA_UNLEASH_FIXTURE_STATE);
    QFile f(stateFile);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(u"The Unleash fixture did not start (no %1): see the output of the test "
                        u"unleash_fixture_start for the reason."_s.arg(stateFile)));
    for (const QByteArray &line : f.readAll().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0) {
            QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
            if (value.startsWith(u'\'') && value.endsWith(u'\''))
                value = value.mid(1, value.size() - 2);
            m_env.insert(QString::fromUtf8(line.left(eq)), value);
        }
    }
    m_url = QUrl(m_env.value(u"UNLEASH_URL"_s));
    m_adminToken = m_env.value(u"UNLEASH_ADMIN_TOKEN"_s);
    QVERIFY(m_url.isValid() && m_url.host() == u"127.0.0.1");
    QCOMPARE(api("GET", u"/health"_s).status, 200);
    m_credentials.set(u"unleash-it"_s, Sources::Credentials{m_adminToken, {}, {}});

    // Flags made through the Admin API, as an operator would in Unleash's UI.
    const QString features = u"/api/admin/projects/%1/features"_s.arg(kProject);
    for (const auto &[name, type] : {std::pair{kToggle, u"release"_s}, std::pair{kRollout, u"release"_s},
                                     std::pair{kExperiment, u"experiment"_s}, std::pair{kBuckets, u"release"_s}}) {
        const int status = api("POST", features,
                               QJsonDocument(QJsonObject{{u"name"_s, name}, {u"type"_s, type},
                                                         {u"description"_s, u"Straja integration test"_s}}))
                               .status;
        QVERIFY2(status == 201 || status == 409, qPrintable(u"create %1: HTTP %2"_s.arg(name).arg(status)));
    }
    const Answer segment = api("POST", u"/api/admin/segments"_s, json(R"({"name":"straja-it-segment",
        "constraints":[{"contextName":"appName","operator":"IN","values":["straja"]}]})"));
    QVERIFY2(segment.status == 201 || segment.status == 409, qPrintable(QString::number(segment.status)));
    for (const QJsonValue &s : api("GET", u"/api/admin/segments"_s).json.object().value(u"segments").toArray())
        if (s.toObject().value(u"name").toString() == u"straja-it-segment")
            m_segmentId = s.toObject().value(u"id").toInt();
    QVERIFY(m_segmentId > 0);

    const QString rolloutStrategies = features + u"/%1/environments/development/strategies"_s.arg(kRollout);
    if (api("GET", rolloutStrategies).json.array().isEmpty()) {
        QJsonObject strategy = json(R"({"name":"flexibleRollout",
            "parameters":{"groupId":"straja.it.rollout","rollout":"25","stickiness":"userId"},
            "constraints":[{"contextName":"environment","operator":"NOT_IN","values":["qa"]}]})").object();
        strategy.insert(u"segments"_s, QJsonArray{m_segmentId});
        QCOMPARE(api("POST", rolloutStrategies, QJsonDocument(strategy)).status, 200);
    }
    const QString experimentStrategies = features + u"/%1/environments/development/strategies"_s.arg(kExperiment);
    if (api("GET", experimentStrategies).json.array().isEmpty())
        QCOMPARE(api("POST", experimentStrategies, json(R"({"name":"flexibleRollout",
            "parameters":{"groupId":"straja.it.experiment","rollout":"100","stickiness":"userId"},
            "variants":[{"name":"control","weight":500,"weightType":"variable","stickiness":"userId"},
                        {"name":"treatment","weight":500,"weightType":"variable","stickiness":"userId"}]})")).status,
                 200);
    const QString bucketStrategies = features + u"/%1/environments/development/strategies"_s.arg(kBuckets);
    if (api("GET", bucketStrategies).json.array().isEmpty())
        QCOMPARE(api("POST", bucketStrategies, json(R"({"name":"flexibleRollout",
            "parameters":{"groupId":"straja.it.buckets","rollout":"30","stickiness":"userId"},
            "variants":[{"name":"a","weight":334,"weightType":"variable","stickiness":"userId"},
                        {"name":"b","weight":333,"weightType":"variable","stickiness":"userId"},
                        {"name":"c","weight":333,"weightType":"variable","stickiness":"userId"}]})")).status,
                 200);
    for (const QString &name : {kRollout, kExperiment, kBuckets})
        QCOMPARE(api("POST", features + u"/%1/environments/development/on"_s.arg(name)).status, 200);
    QCOMPARE(api("POST", features + u"/%1/environments/production/off"_s.arg(kToggle)).status, 200);
}

std::unique_ptr<Flags::UnleashConnector> TestUnleashIntegration::connector(const QString &token)
{
    Flags::UnleashConfig config;
    config.sourceId = token.isEmpty() ? u"unleash-it"_s : u"unleash-it-" + token;
    config.name = u"Unleash (test)"_s;
    config.url = m_url;
    if (!token.isEmpty() && token != u"none")
        m_credentials.set(config.sourceId, Sources::Credentials{token, {}, {}});
    return std::make_unique<Flags::UnleashConnector>(config, &m_credentials, &m_clock);
}

Flags::SourceFlagsPtr TestUnleashIntegration::fetch(Flags::UnleashConnector &connector)
{
    QSignalSpy fetched(&connector, &Flags::FlagSource::fetched);
    QSignalSpy failed(&connector, &Flags::FlagSource::fetchFailed);
    connector.fetch(7);
    if (!QTest::qWaitFor([&] { return !fetched.isEmpty() || !failed.isEmpty(); }, 30000))
        return {};
    if (!failed.isEmpty()) {
        qWarning() << failed.first().at(1).value<Util::Error>().message;
        return {};
    }
    return fetched.first().at(1).value<Flags::SourceFlagsPtr>();
}

Flags::FlagChangeOutcome TestUnleashIntegration::applyChange(Flags::UnleashConnector &connector,
                                                            const Flags::FlagChange &change)
{
    QSignalSpy applied(&connector, &Flags::FlagSource::applied);
    connector.apply(11, change);
    if (!QTest::qWaitFor([&] { return !applied.isEmpty(); }, 30000))
        return {};
    return applied.first().at(1).value<Flags::FlagChangeOutcome>();
}

QJsonObject TestUnleashIntegration::feature(const QString &name)
{
    return api("GET", u"/api/admin/projects/%1/features/%2"_s.arg(kProject, name)).json.object();
}

QString TestUnleashIntegration::strategyId(const QString &name, const QString &environment)
{
    for (const QJsonValue &e : feature(name).value(u"environments").toArray())
        if (e.toObject().value(u"name").toString() == environment)
            return e.toObject().value(u"strategies").toArray().at(0).toObject().value(u"id").toString();
    return {};
}

void TestUnleashIntegration::readsProjectsFlagsStrategiesAndEvents()
{
    auto c = connector();
    const Flags::SourceFlagsPtr flags = fetch(*c);
    QVERIFY(flags);
    QVERIFY(flags->status.ok);
    QCOMPARE(flags->environments, (QStringList{u"development"_s, u"production"_s}));
    const Flags::Feature *rollout = flags->feature(kProject, kRollout);
    QVERIFY(rollout);
    QCOMPARE(rollout->type, u"release"_s);
    QCOMPARE(rollout->description, u"Straja integration test"_s);
    const Flags::FeatureEnvironment *dev = rollout->environment(u"development"_s);
    QVERIFY(dev && dev->enabled);
    QCOMPARE(dev->strategies.size(), 1);
    const Flags::Strategy &s = dev->strategies.first();
    QCOMPARE(s.name, u"flexibleRollout"_s);
    QVERIFY(!s.id.isEmpty());
    QCOMPARE(s.parameter(u"rollout"_s), u"25"_s);
    QCOMPARE(s.parameter(u"stickiness"_s), u"userId"_s);
    QCOMPARE(s.constraints.size(), 1);
    QCOMPARE(s.constraints.first().op, u"NOT_IN"_s);
    QCOMPARE(s.segments, QVector<int>{m_segmentId});
    QVERIFY(!rollout->environment(u"production"_s)->enabled);
    // The newest event is the "last change"; Unleash stamps it with the server's clock.
    QVERIFY(rollout->lastChange.has_value());
    QVERIFY(rollout->lastChange->type.startsWith(u"feature-"_s));
    QVERIFY(std::abs(rollout->lastChange->createdAtMs - QDateTime::currentMSecsSinceEpoch()) < 3600'000);
    // Reach: a 25% rollout, narrowed by a constraint and a segment.
    QCOMPARE(dev->reach.share, 0.0); // not computed by the connector, by the worker
    bool segmentSeen = false;
    for (const Flags::Segment &seg : flags->segments)
        segmentSeen = segmentSeen || (seg.id == m_segmentId && seg.constraints.size() == 1);
    QVERIFY(segmentSeen);
    // The experiment flag with variants becomes an experiment.
    bool experimentSeen = false;
    for (const Flags::ExperimentInput &e : flags->experiments) {
        if (e.definition.flagName == kExperiment) {
            experimentSeen = true;
            QCOMPARE(e.definition.variants, (QStringList{u"control"_s, u"treatment"_s}));
            QCOMPARE(e.definition.controlVariant, u"control"_s);
            QCOMPARE(e.definition.environment, u"development"_s);
        }
    }
    QVERIFY(experimentSeen);
}

void TestUnleashIntegration::clientStateMatchesWhatSdksDownload()
{
    // What Straja derives from the Admin API must be what an SDK downloads from the Client API.
    auto c = connector();
    const Flags::SourceFlagsPtr flags = fetch(*c);
    QVERIFY(flags);
    // An SDK that declares the client specification it implements gets segments
    // by reference instead of inlined into the constraints.
    const Answer client = api("GET", u"/api/client/features"_s, {}, m_env.value(u"UNLEASH_BACKEND_TOKEN"_s), "5.1.0");
    QCOMPARE(client.status, 200);
    const Util::Result<Flags::ClientState> sdk = Flags::FlagJson::clientState(client.json.object());
    QVERIFY(sdk.ok());
    const Flags::ClientState mine = flags->clientState(u"development"_s);
    for (const QString &name : {kToggle, kRollout, kExperiment, kBuckets}) {
        QVERIFY2(sdk->features.contains(name), qPrintable(name));
        QVERIFY(sdk->segments.contains(m_segmentId));
        QCOMPARE(mine.segments.value(m_segmentId).constraints, sdk->segments.value(m_segmentId).constraints);
        const Flags::ClientFeature &a = mine.features.value(name);
        const Flags::ClientFeature &b = sdk->features.value(name);
        QCOMPARE(a.enabled, b.enabled);
        QCOMPARE(a.strategies.size(), b.strategies.size());
        for (int i = 0; i < a.strategies.size(); ++i) {
            QCOMPARE(a.strategies.at(i).name, b.strategies.at(i).name);
            QCOMPARE(a.strategies.at(i).parameters, b.strategies.at(i).parameters);
            QCOMPARE(a.strategies.at(i).constraints, b.strategies.at(i).constraints);
            QCOMPARE(a.strategies.at(i).segments, b.strategies.at(i).segments);
            QCOMPARE(a.strategies.at(i).variants.size(), b.strategies.at(i).variants.size());
        }
    }
}

void TestUnleashIntegration::evaluatorAgreesWithTheServer()
{
    // The server evaluates for the frontend API; Straja's evaluator must agree for
    // every user, on rollout membership and on the variant.
    const Answer token = api("POST", u"/api/admin/api-tokens"_s,
                             json(R"({"tokenName":"straja-it-frontend","type":"frontend","environment":"development","projects":["*"]})"));
    QCOMPARE(token.status, 201);
    const QString frontend = token.json.object().value(u"secret"_s).toString();
    QVERIFY(!frontend.isEmpty());

    auto c = connector();
    const Flags::SourceFlagsPtr flags = fetch(*c);
    QVERIFY(flags);
    const Flags::FlagEvaluator evaluator(std::make_shared<const Flags::ClientState>(flags->clientState(u"development"_s)));
    auto serverAnswer = [&](const QString &user) -> std::optional<QString> {
        const Answer a = api("GET", u"/api/frontend?userId="_s + user, {}, frontend);
        for (const QJsonValue &t : a.json.object().value(u"toggles").toArray())
            if (t.toObject().value(u"name").toString() == kBuckets)
                return t.toObject().value(u"variant").toObject().value(u"name").toString();
        return std::nullopt; // the frontend API lists only enabled flags
    };
    // The frontend API refreshes its copy of the flags on its own schedule: wait
    // until it knows the flag for a user Straja puts inside the rollout.
    QString inside;
    for (int i = 1; inside.isEmpty(); ++i) {
        Flags::EvaluationContext ctx;
        ctx.fields.insert(u"userId"_s, u"user-%1"_s.arg(i));
        if (evaluator.isEnabled(kBuckets, ctx))
            inside = u"user-%1"_s.arg(i);
    }
    QTRY_VERIFY_WITH_TIMEOUT(serverAnswer(inside).has_value(), 30000);

    int enabled = 0;
    for (int i = 1; i <= 120; ++i) {
        const QString user = u"user-%1"_s.arg(i);
        Flags::EvaluationContext ctx;
        ctx.fields.insert(u"userId"_s, user);
        const std::optional<QString> server = serverAnswer(user);
        const Flags::VariantResult mine = evaluator.variant(kBuckets, ctx);
        QVERIFY2(server.has_value() == mine.featureEnabled, qPrintable(user));
        if (server) {
            QCOMPARE(mine.name, *server);
            ++enabled;
        }
    }
    // A 30% rollout over 120 users: neither none nor all (checks the comparison has teeth).
    QVERIFY2(enabled > 15 && enabled < 60, qPrintable(QString::number(enabled)));
}

void TestUnleashIntegration::togglesFromStrajaAndReadsBack()
{
    auto c = connector();
    Flags::FlagChange on;
    on.kind = Flags::FlagChange::Kind::Enable;
    on.sourceId = u"unleash-it"_s;
    on.project = kProject;
    on.feature = kToggle;
    on.environment = u"production"_s;
    QCOMPARE(on.request().path, u"/api/admin/projects/default/features/straja.it.toggle/environments/production/on"_s);
    const Flags::FlagChangeOutcome enabled = applyChange(*c, on);
    QVERIFY2(enabled.succeeded && enabled.verified, qPrintable(enabled.message));
    auto productionEnabled = [this] {
        for (const QJsonValue &e : feature(kToggle).value(u"environments").toArray())
            if (e.toObject().value(u"name").toString() == u"production")
                return e.toObject().value(u"enabled").toBool();
        return false;
    };
    QVERIFY(productionEnabled());

    Flags::FlagChange off = on;
    off.kind = Flags::FlagChange::Kind::Disable;
    const Flags::FlagChangeOutcome disabled = applyChange(*c, off);
    QVERIFY2(disabled.succeeded && disabled.verified, qPrintable(disabled.message));
    QVERIFY(!productionEnabled());
    // Straja sees its own change as the flag's last change.
    const Flags::SourceFlagsPtr flags = fetch(*c);
    QVERIFY(flags);
    QCOMPARE(flags->feature(kProject, kToggle)->lastChange->type, u"feature-environment-disabled"_s);
}

void TestUnleashIntegration::changesRolloutOnlyFromWhatWasSeen()
{
    auto c = connector();
    const QString id = strategyId(kRollout, u"development"_s);
    QVERIFY(!id.isEmpty());
    Flags::FlagChange change;
    change.kind = Flags::FlagChange::Kind::SetRollout;
    change.sourceId = u"unleash-it"_s;
    change.project = kProject;
    change.feature = kRollout;
    change.environment = u"development"_s;
    change.strategyId = id;
    change.rolloutBefore = 25;
    change.rollout = 60;
    const Flags::FlagChangeOutcome done = applyChange(*c, change);
    QVERIFY2(done.succeeded && done.verified, qPrintable(done.message));
    auto rolloutNow = [&] {
        return api("GET", u"/api/admin/projects/default/features/%1/environments/development/strategies/%2"_s
                              .arg(kRollout, id))
            .json.object().value(u"parameters").toObject().value(u"rollout").toString();
    };
    QCOMPARE(rolloutNow(), u"60"_s);
    // The same change again is based on a value that is no longer there: refused, nothing overwritten.
    Flags::FlagChange stale = change;
    stale.rollout = 40;
    const Flags::FlagChangeOutcome refused = applyChange(*c, stale);
    QVERIFY(!refused.succeeded);
    QVERIFY2(refused.message.contains(u"changed in Unleash after Straja read it"_s), qPrintable(refused.message));
    QCOMPARE(rolloutNow(), u"60"_s);
    // Back to 25 for the other tests, from what is there now.
    change.rolloutBefore = 60;
    change.rollout = 25;
    QVERIFY(applyChange(*c, change).verified);
}

void TestUnleashIntegration::advancesAVariant()
{
    auto c = connector();
    const Flags::SourceFlagsPtr flags = fetch(*c);
    QVERIFY(flags);
    const Flags::Strategy strategy = flags->feature(kProject, kExperiment)->environment(u"development"_s)->strategies.first();
    Flags::FlagChange change;
    change.kind = Flags::FlagChange::Kind::SetVariantWeights;
    change.sourceId = u"unleash-it"_s;
    change.project = kProject;
    change.feature = kExperiment;
    change.environment = u"development"_s;
    change.strategyId = strategy.id;
    change.variantsBefore = strategy.variants;
    change.variants = strategy.variants;
    change.variants[0].weight = 0;
    change.variants[1].weight = 1000;
    const Flags::FlagChangeOutcome done = applyChange(*c, change);
    QVERIFY2(done.succeeded && done.verified, qPrintable(done.message));
    const Flags::SourceFlagsPtr after = fetch(*c);
    const Flags::Strategy s = after->feature(kProject, kExperiment)->environment(u"development"_s)->strategies.first();
    QCOMPARE(s.variants.at(1).name, u"treatment"_s);
    QCOMPARE(s.variants.at(1).weight, 1000);
    QCOMPARE(s.variants.at(0).weight, 0);
    // Every user now gets the winner.
    const Flags::FlagEvaluator evaluator(std::make_shared<const Flags::ClientState>(after->clientState(u"development"_s)));
    for (int i = 0; i < 50; ++i) {
        Flags::EvaluationContext ctx;
        ctx.fields.insert(u"userId"_s, QString::number(i));
        QCOMPARE(evaluator.variant(kExperiment, ctx).name, u"treatment"_s);
    }
}

void TestUnleashIntegration::failuresSayWhy()
{
    {
        auto c = connector(u"*:*.not-a-token"_s);
        QSignalSpy failed(c.get(), &Flags::FlagSource::fetchFailed);
        c->fetch(1);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        const Util::Error e = failed.first().at(1).value<Util::Error>();
        QCOMPARE(e.code, u"flags.denied"_s);
        QVERIFY2(e.message.contains(u"HTTP 401"_s), qPrintable(e.message));
    }
    {
        auto c = connector(u"none"_s);
        QSignalSpy failed(c.get(), &Flags::FlagSource::fetchFailed);
        c->fetch(1);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).value<Util::Error>().code, u"flags.no_token"_s);
    }
    {
        // A port nobody listens on: refused at once, said plainly.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        Flags::UnleashConfig config;
        config.sourceId = u"unleash-it"_s;
        config.name = u"closed"_s;
        config.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        Flags::UnleashConnector c(config, &m_credentials, &m_clock);
        QSignalSpy failed(&c, &Flags::FlagSource::fetchFailed);
        c.fetch(1);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        const Util::Error e = failed.first().at(1).value<Util::Error>();
        QCOMPARE(e.code, u"flags.unreachable"_s);
        QVERIFY(e.message.contains(u"127.0.0.1:%1"_s.arg(port)));
    }
    {
        // A flag that does not exist: Unleash's own words come through.
        auto c = connector();
        Flags::FlagChange change;
        change.kind = Flags::FlagChange::Kind::Enable;
        change.sourceId = u"unleash-it"_s;
        change.project = kProject;
        change.feature = u"straja.it.missing"_s;
        change.environment = u"production"_s;
        const Flags::FlagChangeOutcome out = applyChange(*c, change);
        QVERIFY(!out.succeeded);
        QVERIFY2(out.message.contains(u"straja.it.missing"_s), qPrintable(out.message));
    }
}

void TestUnleashIntegration::engineDeliversSnapshotsAcrossThreads()
{
    // The production path: the worker and connector on another thread, the
    // snapshot (with reach and the experiment's report) back on this one.
    struct ThreadGuard
    {
        QThread thread;
        ~ThreadGuard()
        {
            thread.quit();
            thread.wait();
        }
    } guard;
    guard.thread.setObjectName(u"test-network"_s);
    guard.thread.start();
    // The credential source answers on the thread that asks: make it there.
    QObject context;
    context.moveToThread(&guard.thread);
    std::unique_ptr<MemoryCredentialSource> credentials;
    QVERIFY(QMetaObject::invokeMethod(
        &context, [&] {
            credentials = std::make_unique<MemoryCredentialSource>();
            credentials->set(u"unleash-it"_s, Sources::Credentials{m_adminToken, {}, {}});
        },
        Qt::BlockingQueuedConnection));
    QVERIFY(credentials);
    auto cleanup = qScopeGuard([&] {
        QMetaObject::invokeMethod(&context, [&] { credentials.reset(); }, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(&context, [&context] { context.moveToThread(nullptr); }, Qt::BlockingQueuedConnection);
    });

    Flags::FlagEngine engine;
    Flags::UnleashConfig config;
    config.sourceId = u"unleash-it"_s;
    config.name = u"Unleash (test)"_s;
    config.url = m_url;
    auto clock = std::make_shared<Util::ManualClock>(QDateTime::currentMSecsSinceEpoch());
    engine.start(&guard.thread, clock, {new Flags::UnleashConnector(config, credentials.get(), clock.get())});
    auto stopEngine = qScopeGuard([&engine] {
        engine.stop();
        engine.release();
    });
    QTRY_VERIFY_WITH_TIMEOUT(engine.latest() && engine.latest()->sources.value(0).status.ok, 30000);
    const Flags::FlagsSnapshotPtr s = engine.latest();
    const Flags::Feature *rollout = s->sources.first().feature(kProject, kRollout);
    QVERIFY(rollout);
    const Flags::Reach reach = rollout->environment(u"development"_s)->reach;
    QCOMPARE(reach.share, 0.25);
    QVERIFY(reach.conditional);
    QCOMPARE(s->experimentsUsing(kExperiment).size(), 1);
    QCOMPARE(int(s->experimentsUsing(kExperiment).first()->verdict.kind), int(Experiments::VerdictKind::NoData));

    // A change through the engine lands in the audit entries of the next snapshot.
    QSignalSpy finished(&engine, &Flags::FlagService::changeFinished);
    Flags::FlagChange on;
    on.kind = Flags::FlagChange::Kind::Enable;
    on.sourceId = u"unleash-it"_s;
    on.project = kProject;
    on.feature = kToggle;
    on.environment = u"development"_s;
    const quint64 id = engine.apply(on, u"tester"_s);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().at(0).value<Flags::FlagChangeOutcome>().requestId, id);
    QVERIFY(finished.first().at(0).value<Flags::FlagChangeOutcome>().verified);
    // On its own (no actions engine) the change is not recorded: the audit is the store's.
    QVERIFY(engine.latest()->audit.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(engine.latest()->sources.first().feature(kProject, kToggle)
                                 ->environment(u"development"_s)->enabled, 30000);
}

namespace {
const QString kActionsFlag = u"straja.it.actions"_s;
}

void TestUnleashIntegration::resetActionsFlag()
{
    const QString features = u"/api/admin/projects/%1/features"_s.arg(kProject);
    const int created = api("POST", features, QJsonDocument(QJsonObject{{u"name"_s, kActionsFlag}, {u"type"_s, u"release"_s}}))
                            .status;
    QVERIFY2(created == 201 || created == 409, qPrintable(QString::number(created)));
    for (const QString &env : {u"development"_s, u"production"_s})
        QCOMPARE(api("POST", features + u"/%1/environments/%2/off"_s.arg(kActionsFlag, env)).status, 200);
}

bool TestUnleashIntegration::actionsFlagOn(Flags::UnleashConnector &c, const QString &environment)
{
    const Flags::SourceFlagsPtr flags = fetch(c);
    const Flags::Feature *f = flags ? flags->feature(kProject, kActionsFlag) : nullptr;
    return f && f->environment(environment) && f->environment(environment)->enabled;
}

QVector<Actions::ActionRecord> TestUnleashIntegration::runActions(
    const QString &databasePath, Flags::UnleashConnector &connector,
    const std::function<void(Actions::ActionEngine &)> &started)
{
    Actions::ExecutorHost host;
    host.addExecutor(new Actions::FlagExecutor([&connector](const QString &sourceId) -> Flags::FlagSource * {
        return sourceId == connector.sourceId() ? &connector : nullptr;
    }));
    Actions::ActionEngineOptions options;
    options.databasePath = databasePath;
    options.clock = std::make_shared<Util::SystemClock>();
    options.diagnose = false;
    options.forecast = false;
    options.pumpIntervalMs = 50;
    Actions::ActionEngine engine(options);
    using Actions::ActionEngine;
    using Actions::ExecutorHost;
    connect(&engine, &ActionEngine::prepareWanted, &host, &ExecutorHost::prepare, Qt::QueuedConnection);
    connect(&engine, &ActionEngine::sendWanted, &host, &ExecutorHost::send, Qt::QueuedConnection);
    connect(&engine, &ActionEngine::observeWanted, &host, &ExecutorHost::observe, Qt::QueuedConnection);
    connect(&engine, &ActionEngine::describeWanted, &host, &ExecutorHost::describe, Qt::QueuedConnection);
    connect(&host, &ExecutorHost::prepared, &engine, &ActionEngine::onPrepared, Qt::QueuedConnection);
    connect(&host, &ExecutorHost::applied, &engine, &ActionEngine::onApplied, Qt::QueuedConnection);
    connect(&host, &ExecutorHost::observed, &engine, &ActionEngine::onObserved, Qt::QueuedConnection);
    connect(&host, &ExecutorHost::described, &engine, &ActionEngine::onDescribed, Qt::QueuedConnection);
    QSignalSpy ready(&engine, &ActionEngine::ready);
    Actions::InboxSnapshotPtr inbox;
    connect(&engine, &ActionEngine::inboxChanged, this, [&inbox](Actions::InboxSnapshotPtr i) { inbox = i; });
    engine.start(std::make_shared<const Model::Workspace>());
    if (ready.isEmpty())
        return {};
    engine.resume();
    if (started)
        started(engine);
    const bool decided = QTest::qWaitFor([&] {
        return inbox && inbox->inFlight.isEmpty() && inbox->open.isEmpty() && !inbox->history.isEmpty();
    }, 30000);
    engine.shutdown();
    return decided ? inbox->history : QVector<Actions::ActionRecord>{};
}

void TestUnleashIntegration::flagChangesRunAsActions()
{
    resetActionsFlag();
    QTemporaryDir dir;
    auto c = connector();
    QVERIFY(!actionsFlagOn(*c, u"production"_s));
    Flags::FlagChange on;
    on.kind = Flags::FlagChange::Kind::Enable;
    on.sourceId = c->sourceId();
    on.project = kProject;
    on.feature = kActionsFlag;
    on.environment = u"production"_s;
    const QString key = Actions::FlagActions::idempotencyKey(on);
    QVERIFY(key.startsWith(on.idempotencyKey()));

    const QVector<Actions::ActionRecord> done =
        runActions(dir.filePath(u"ws.sqlite"_s), *c, [&](Actions::ActionEngine &engine) {
            engine.requestApproved(Actions::FlagActions::proposal(on, u"tester"_s), key, u"tester"_s);
        });
    QCOMPARE(done.size(), 1);
    const Actions::ActionRecord &r = done.first();
    QCOMPARE(r.state, Actions::ActionState::Succeeded);
    QCOMPARE(r.idempotencyKey, key);
    QCOMPARE(r.decidedBy, u"tester"_s);
    QCOMPARE(r.proposal.kind, Actions::ActionKind::FlagChange);
    QCOMPARE(r.execution.request, on.dryRun()); // the exact request, as the dry run showed it
    QCOMPARE(r.outcome.note, Actions::FlagActions::verifiedNote());
    // Unleash holds it (read by another client than the one that changed it).
    QVERIFY(actionsFlagOn(*connector(), u"production"_s));

    // The flags view's audit is this record.
    Actions::InboxSnapshot inbox;
    inbox.history = done;
    const QVector<Flags::FlagAuditEntry> audit = Actions::FlagActions::audit(inbox);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().approvedBy, u"tester"_s);
    QVERIFY(audit.first().verified);
    QCOMPARE(audit.first().change.describe(), on.describe());

    // Hash-chained audit: intact, every step recorded with who took it.
    Store::Database db;
    QVERIFY(db.open(dir.filePath(u"ws.sqlite"_s), u"audit-check"_s, Store::Database::Mode::ReadOnly).ok());
    QVERIFY(Actions::AuditLog(db.handle()).verify()->intact);
    // Kept in a variable: a range-for over `*temporary` would read a destroyed Result.
    const auto recent = Actions::AuditLog(db.handle()).recent(20, r.id);
    QVERIFY(recent.ok());
    QStringList events;
    for (const auto &e : *recent)
        events.prepend(e.event + u'/' + e.actor);
    QCOMPARE(events, (QStringList{u"proposed/tester"_s, u"approved/tester"_s, u"executing/straja"_s,
                                  u"verifying/straja"_s, u"succeeded/straja"_s}));
}

void TestUnleashIntegration::restartMidActionReconciles()
{
    resetActionsFlag();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ws.sqlite"_s);
    auto c = connector();
    Flags::FlagChange on;
    on.kind = Flags::FlagChange::Kind::Enable;
    on.sourceId = c->sourceId();
    on.project = kProject;
    on.feature = kActionsFlag;
    on.environment = u"development"_s;
    Flags::FlagChange prodOn = on;
    prodOn.environment = u"production"_s;

    // What a run killed after persisting "executing" leaves: the state read before
    // sending and the request. For development the request never left; for
    // production it reached Unleash before the process died.
    const Flags::SourceFlagsPtr before = fetch(*c);
    QVERIFY(before);
    {
        Store::Database db;
        QVERIFY(db.open(path, u"crashed-run"_s, Store::Database::Mode::ReadWrite).ok());
        Actions::ActionStore store(db.handle());
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        for (const Flags::FlagChange &change : {on, prodOn}) {
            const Actions::Proposal p = Actions::FlagActions::proposal(change, u"tester"_s);
            auto inserted =
                store.insertProposal(p, t, t + 600'000, false, u"tester"_s, Actions::FlagActions::idempotencyKey(change));
            QVERIFY(inserted.ok());
            QVERIFY(store.transition(inserted->id, Actions::ActionState::Proposed, Actions::ActionState::Approved, t,
                                     u"tester"_s).ok());
            Actions::ActionTarget target;
            target.serviceId = p.serviceId;
            target.provider = p.provider;
            target.config = Actions::FlagActions::targetConfig(p, inserted->idempotencyKey);
            const Actions::ProviderState observed = Actions::FlagActions::stateOf(target, *before);
            QVERIFY(observed.ok);
            QVERIFY(observed.markers.isEmpty()); // not applied yet
            QVERIFY(store.transition(inserted->id, Actions::ActionState::Approved, Actions::ActionState::Executing, t,
                                     u"straja"_s, [&](Actions::ActionRecord &rec) {
                                         rec.execution.observedBefore = Actions::providerStateToJson(observed);
                                         rec.execution.request = change.dryRun();
                                         rec.execution.startedMs = t;
                                         rec.execution.attempts = 1;
                                     }).ok());
        }
    }
    QCOMPARE(applyChange(*c, prodOn).verified, true); // the request that landed before the crash

    QSignalSpy applied(c.get(), &Flags::FlagSource::applied);
    const QVector<Actions::ActionRecord> done = runActions(path, *c);
    QCOMPARE(done.size(), 2);
    for (const Actions::ActionRecord &r : done)
        QCOMPARE(r.state, Actions::ActionState::Succeeded);
    // Sent exactly once: only the change that had not reached Unleash.
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.first().at(1).value<Flags::FlagChangeOutcome>().change.environment, u"development"_s);
    const auto byEnv = [&](const QString &env) {
        for (const Actions::ActionRecord &r : done)
            if (Actions::FlagActions::changeOf(r.proposal)->environment == env)
                return r;
        return Actions::ActionRecord{};
    };
    QVERIFY(byEnv(u"production"_s).execution.providerReply.contains(u"reading it back"_s));
    QCOMPARE(byEnv(u"development"_s).execution.attempts, 2);
    QVERIFY(actionsFlagOn(*c, u"development"_s));
    QVERIFY(actionsFlagOn(*c, u"production"_s));

    Store::Database db;
    QVERIFY(db.open(path, u"audit-check-2"_s, Store::Database::Mode::ReadOnly).ok());
    QVERIFY(Actions::AuditLog(db.handle()).verify()->intact);
}

QTEST_GUILESS_MAIN(TestUnleashIntegration)
#include "tst_unleash_integration.moc"
