#include "app/cli/commandregistry.h"
#include "core/engine/fleetengine.h"
#include "core/flags/unleashconnector.h"
#include "core/model/workspacecheck.h"
#include "core/model/workspacejson.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/store/datalocation.h"
#include "core/store/workspacestore.h"
#include "core/util/clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace {

constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC

Model::Workspace demo()
{
    return *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin);
}

// A small valid file: one source, one project, four services.
QJsonObject validFile()
{
    QJsonArray services;
    for (const QString &id : {u"api"_s, u"web"_s, u"worker"_s, u"db"_s}) {
        services.append(QJsonObject{{u"id"_s, id},
                                    {u"projectId"_s, u"events"_s},
                                    {u"name"_s, id.toUpper()},
                                    {u"sourceId"_s, u"prom"_s},
                                    {u"minReplicas"_s, 1},
                                    {u"maxReplicas"_s, 4}});
    }
    return QJsonObject{
        {u"schema"_s, 1},
        {u"name"_s, u"Fleet"_s},
        {u"sources"_s, QJsonArray{QJsonObject{{u"id"_s, u"prom"_s},
                                              {u"type"_s, u"prometheus"_s},
                                              {u"name"_s, u"Main Prometheus"_s},
                                              {u"url"_s, u"https://prom.example.org"_s},
                                              {u"auth"_s, u"bearer"_s}}}},
        {u"projects"_s, QJsonArray{QJsonObject{{u"id"_s, u"events"_s}, {u"name"_s, u"Events"_s}}}},
        {u"services"_s, services}};
}

// Sets the value at a path like "services/3/projectId" (creating objects on the way).
void setAt(QJsonValueRef ref, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty()) {
        ref = value;
        return;
    }
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = ref.toArray();
        while (array.size() <= index)
            array.append(QJsonObject());
        setAt(array[index], path, value);
        ref = array;
    } else {
        QJsonObject object = ref.toObject();
        setAt(object[head], path, value);
        ref = object;
    }
}

QByteArray fileWith(const QList<std::pair<QString, QJsonValue>> &changes)
{
    QJsonObject root = validFile();
    for (const auto &[path, value] : changes) {
        QStringList parts = path.split(u'/');
        const QString head = parts.takeFirst();
        if (value.isUndefined() && parts.isEmpty()) {
            root.remove(head);
            continue;
        }
        setAt(root[head], parts, value);
    }
    return QJsonDocument(root).toJson();
}

struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli::CommandIo io{out, err};
    run.code = Cli::runCommandLine(arguments, io);
    out.flush();
    err.flush();
    return run;
}

const Engine::ServiceStatus *find(const Engine::FleetSnapshot &snapshot, const QString &id)
{
    for (const auto &s : snapshot.services)
        if (s.serviceId == id)
            return &s;
    return nullptr;
}

} // namespace

// The workspace as a file (validation, upgrade, export without credentials), on
// the command line, in the store, and replaced in a running engine.
class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void validation_data();
    void validation();
    void everyProblemIsListed();
    void roundTripKeepsEverything();
    void credentialsNeverLeaveInTheFile();
    void storeKeepsAuthAndCaFile();
    void unleashSourceRoundTrips();
    void cliExportImportValidate();
    void cliImportOfABadFileChangesNothing();
    void idsFromNames_data();
    void idsFromNames();
    void engineAppliesEditedThresholdsOnTheNextSnapshot();
    void engineForgetsRemovedServices();
    void engineRefusesAnInvalidWorkspace();
    void emptyWorkspaceSurvivesARestartAndTheDemoComesBack();

private:
    std::unique_ptr<Engine::FleetEngine> makeEngine();
    Engine::FleetSnapshotPtr nextSnapshot(Engine::FleetEngine &engine,
                                          const std::function<bool(const Engine::FleetSnapshot &)> &ready);
    Model::WorkspacePtr replace(Engine::FleetEngine &engine, const Model::Workspace &workspace);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
};

void TestWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 30 * 1000);
}

void TestWorkspace::validation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("problem");

    QTest::newRow("valid") << fileWith({}) << QString() << QString();
    QTest::newRow("syntax error") << QByteArray("{\n  \"schema\": 1,\n  \"name\": \"x\",,\n}")
                                  << u"workspace_file.syntax"_s << u"line 3, column 16"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"workspace_file.invalid"_s
                                   << u"expected a JSON object at the top level"_s;
    QTest::newRow("no schema") << fileWith({{u"schema"_s, QJsonValue::Undefined}}) << u"workspace_file.invalid"_s
                               << u"schema: expected a schema version (a whole number from 1 to 1), got nothing"_s;
    QTest::newRow("fractional schema") << fileWith({{u"schema"_s, 1.5}}) << u"workspace_file.invalid"_s
                                       << u"schema: expected a schema version"_s;
    QTest::newRow("newer schema") << fileWith({{u"schema"_s, 2}}) << u"workspace_file.newer"_s
                                  << u"schema: this file was written by a newer Straja (schema 2)"_s;
    QTest::newRow("missing project") << fileWith({{u"services/3/projectId"_s, u"shop"_s}})
                                     << u"workspace_file.invalid"_s << u"services[3].projectId: no project 'shop'"_s;
    QTest::newRow("missing source") << fileWith({{u"services/0/sourceId"_s, u"loki"_s}})
                                    << u"workspace_file.invalid"_s << u"services[0].sourceId: no source 'loki'"_s;
    QTest::newRow("duplicate service id")
        << fileWith({{u"services/1/id"_s, u"api"_s}}) << u"workspace_file.invalid"_s
        << u"services[1].id: duplicate id 'api' (also at services[0].id)"_s;
    QTest::newRow("id with a space") << fileWith({{u"projects/0/id"_s, u"my events"_s}})
                                     << u"workspace_file.invalid"_s
                                     << u"projects[0].id: 'my events' is not a valid id"_s;
    QTest::newRow("replicas as text") << fileWith({{u"services/2/minReplicas"_s, u"two"_s}})
                                      << u"workspace_file.invalid"_s
                                      << u"services[2].minReplicas: expected a whole number, got \"two\""_s;
    QTest::newRow("fractional replicas") << fileWith({{u"services/2/maxReplicas"_s, 2.5}})
                                         << u"workspace_file.invalid"_s
                                         << u"services[2].maxReplicas: expected a whole number, got 2.5"_s;
    QTest::newRow("max below min") << fileWith({{u"services/0/minReplicas"_s, 5}, {u"services/0/maxReplicas"_s, 2}})
                                   << u"workspace_file.invalid"_s
                                   << u"services[0].maxReplicas: must not be below minReplicas (5), got 2"_s;
    QTest::newRow("unknown source type") << fileWith({{u"sources/0/type"_s, u"grafana"_s}})
                                         << u"workspace_file.invalid"_s
                                         << u"sources[0].type: unknown source type 'grafana' (expected one of: "
                                            u"demo, prometheus, railway, jaeger, unleash)"_s;
    QTest::newRow("ftp address") << fileWith({{u"sources/0/url"_s, u"ftp://prom.example.org"_s}})
                                 << u"workspace_file.invalid"_s
                                 << u"sources[0].url: expected an http:// or https:// address, got "
                                    u"'ftp://prom.example.org'"_s;
    QTest::newRow("unknown auth") << fileWith({{u"sources/0/auth"_s, u"oauth"_s}}) << u"workspace_file.invalid"_s
                                  << u"sources[0].auth: unknown authentication 'oauth'"_s;
    QTest::newRow("relative CA file") << fileWith({{u"sources/0/caFile"_s, u"certs/ca.pem"_s}})
                                      << u"workspace_file.invalid"_s
                                      << u"sources[0].caFile: expected an absolute path, got 'certs/ca.pem'"_s;
    QTest::newRow("token in a source") << fileWith({{u"sources/0/token"_s, u"s3cr3t"_s}})
                                       << u"workspace_file.invalid"_s
                                       << u"sources[0].token: credentials are never read from a workspace file"_s;
    QTest::newRow("password in options") << fileWith({{u"sources/0/options/Password"_s, u"s3cr3t"_s}})
                                         << u"workspace_file.invalid"_s
                                         << u"sources[0].options.Password: credentials are never read"_s;
    QTest::newRow("reserved option key") << fileWith({{u"sources/0/options/caFile"_s, u"/etc/ca.pem"_s}})
                                         << u"workspace_file.invalid"_s
                                         << u"sources[0].options.caFile: reserved; write it one level up, as "
                                            u"sources[0].caFile"_s;
    QTest::newRow("typo in a key") << fileWith({{u"services/0/minReplica"_s, 1}}) << u"workspace_file.invalid"_s
                                   << u"services[0].minReplica: unknown key (expected one of: id, projectId"_s;
    QTest::newRow("list that is not a list") << fileWith({{u"projects"_s, u"events"_s}})
                                             << u"workspace_file.invalid"_s
                                             << u"projects: expected a list, got \"events\""_s;
    QTest::newRow("service that is a number") << fileWith({{u"services/1"_s, 42}}) << u"workspace_file.invalid"_s
                                              << u"services[1]: expected an object, got 42"_s;
    QTest::newRow("region with a comma") << fileWith({{u"services/0/regions"_s, QJsonArray{u"eu,us"_s}}})
                                         << u"workspace_file.invalid"_s
                                         << u"services[0].regions[0]: 'eu,us' is not a region name"_s;
    QTest::newRow("degraded above down")
        << fileWith({{u"services/0/thresholds/cpu"_s, QJsonObject{{u"degraded"_s, 90}, {u"down"_s, 80}}}})
        << u"workspace_file.invalid"_s
        << u"services[0].thresholds.cpu: the degraded limit (90) must not be above the down limit (80)"_s;
    QTest::newRow("limit as text")
        << fileWith({{u"services/0/thresholds/latency_p95"_s, QJsonObject{{u"degraded"_s, u"high"_s}}}})
        << u"workspace_file.invalid"_s
        << u"services[0].thresholds.latency_p95.degraded: expected a number, or null for no limit, got \"high\""_s;
    QTest::newRow("unknown metric") << fileWith({{u"services/0/thresholds/gpu"_s, QJsonObject{{u"down"_s, 1}}}})
                                    << u"workspace_file.invalid"_s
                                    << u"services[0].thresholds.gpu: unknown key (expected one of: "_s;
    QTest::newRow("negative limit")
        << fileWith({{u"services/0/thresholds/error_rate"_s, QJsonObject{{u"down"_s, -0.5}}}})
        << u"workspace_file.invalid"_s
        << u"services[0].thresholds.error_rate.down: must be a number of 0 or more, got -0.5"_s;
    QTest::newRow("stale after 1 s") << fileWith({{u"services/0/thresholds/staleAfterSeconds"_s, 1}})
                                     << u"workspace_file.invalid"_s
                                     << u"services[0].thresholds.staleAfterSeconds: must be from 10 to 604800 "
                                        u"seconds, got 1"_s;
    QTest::newRow("null limit disables it")
        << fileWith({{u"services/0/thresholds/cpu"_s, QJsonObject{{u"degraded"_s, QJsonValue::Null}}}})
        << QString() << QString();
}

void TestWorkspace::validation()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, problem);
    QVector<Model::WorkspaceProblem> problems;
    const auto parsed = Model::workspaceFromJson(json, &problems);
    if (code.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QVERIFY(problems.isEmpty());
        return;
    }
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
    QVERIFY2(parsed.error().message.contains(problem),
             qPrintable(u"expected '%1' in:\n%2"_s.arg(problem, parsed.error().message)));
    QVERIFY(!problems.isEmpty());
}

void TestWorkspace::everyProblemIsListed()
{
    const QByteArray json = fileWith({{u"services/0/projectId"_s, u"shop"_s},
                                      {u"services/1/minReplicas"_s, -1},
                                      {u"services/2/name"_s, u""_s},
                                      {u"sources/0/url"_s, u"not a url"_s}});
    QVector<Model::WorkspaceProblem> problems;
    const auto parsed = Model::workspaceFromJson(json, &problems);
    QVERIFY(!parsed.ok());
    QStringList paths;
    for (const auto &p : problems)
        paths.append(p.path);
    QCOMPARE(paths, (QStringList{u"sources[0].url"_s, u"services[0].projectId"_s, u"services[1].minReplicas"_s,
                                 u"services[2].name"_s}));
    QVERIFY(parsed.error().message.startsWith(u"The workspace file has 4 problem"_s));
}

void TestWorkspace::roundTripKeepsEverything()
{
    Model::Workspace ws = demo();
    ws.name = u"Flotă de test — ăîșț"_s;
    Model::SourceConfig prom;
    prom.id = u"prom"_s;
    prom.type = Model::SourceType::Prometheus;
    prom.name = u"Prometheus"_s;
    prom.url = QUrl(u"https://prom.example.org:9090/base"_s);
    prom.auth = Model::SourceAuth::Basic;
    prom.caFile = u"/etc/ssl/private-ca.pem"_s;
    prom.options = QJsonObject{{u"stepSeconds"_s, 30}};
    ws.sources.append(prom);
    Model::Service &api = ws.services[0];
    api.thresholds[MetricKind::Cpu] = {70.0, 90.0};
    api.thresholds[MetricKind::Disk].degraded = std::nan(""); // no warning, only "down"
    api.thresholds.staleAfterSeconds = 900;
    api.regions = {u"eu-west-1"_s, u"us-east-1"_s};
    api.sourceId = u"prom"_s;

    const QByteArray json = Model::workspaceToJson(ws);
    const auto parsed = Model::workspaceFromJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(Model::workspaceToJson(*parsed), json);
    QCOMPARE(parsed->name, ws.name);
    QCOMPARE(parsed->sources.size(), ws.sources.size());
    const Model::SourceConfig *p = parsed->source(u"prom"_s);
    QVERIFY(p);
    QCOMPARE(p->auth, Model::SourceAuth::Basic);
    QCOMPARE(p->caFile, prom.caFile);
    QCOMPARE(p->url, prom.url);
    QCOMPARE(p->options, prom.options);
    QCOMPARE(parsed->services.size(), ws.services.size());
    QVERIFY(parsed->services[0].thresholds == api.thresholds);
    QVERIFY(std::isnan(parsed->services[0].thresholds[MetricKind::Disk].degraded));
    QCOMPARE(parsed->services[0].regions, api.regions);
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"schema"_s).toInt(), Model::kWorkspaceFileSchema);
}

void TestWorkspace::credentialsNeverLeaveInTheFile()
{
    // The model has no place for a secret; should a connector ever put one into
    // its options anyway, the exporter drops it.
    Model::Workspace ws = demo();
    const QByteArray planted = "straja-planted-token-4f1b2c";
    ws.sources[0].options.insert(u"token"_s, QString::fromLatin1(planted));
    ws.sources[0].options.insert(u"apiKey"_s, QString::fromLatin1(planted));
    ws.sources[0].auth = Model::SourceAuth::Bearer;
    const QByteArray json = Model::workspaceToJson(ws);
    QVERIFY(!json.contains(planted));
    QVERIFY(json.contains("\"auth\": \"bearer\"")); // how to authenticate is exported, the secret is not
    QVERIFY(Model::workspaceFromJson(json).ok());
}

void TestWorkspace::storeKeepsAuthAndCaFile()
{
    Model::Workspace ws = demo();
    Model::SourceConfig prom;
    prom.id = u"prom"_s;
    prom.type = Model::SourceType::Prometheus;
    prom.name = u"Prometheus"_s;
    prom.url = QUrl(u"http://127.0.0.1:9090"_s);
    prom.auth = Model::SourceAuth::Bearer;
    prom.caFile = u"/etc/ca.pem"_s;
    prom.options = QJsonObject{{u"step"_s, 15}};
    ws.sources.append(prom);

    Store::Database db;
    QVERIFY(db.open(m_dir->filePath(u"ws.sqlite"_s), u"test-store"_s, Store::Database::Mode::ReadWrite).ok());
    Store::WorkspaceStore store(db.handle());
    QCOMPARE(*store.exists(), false);
    QVERIFY(store.save(ws).ok());
    QCOMPARE(*store.exists(), true);
    const auto loaded = store.load();
    QVERIFY(loaded.ok());
    const Model::SourceConfig *p = loaded->source(u"prom"_s);
    QVERIFY(p);
    QCOMPARE(p->auth, Model::SourceAuth::Bearer);
    QCOMPARE(p->caFile, u"/etc/ca.pem"_s);
    QCOMPARE(p->options, prom.options); // the reserved keys do not leak into the options
    QCOMPARE(Model::workspaceToJson(*loaded), Model::workspaceToJson(ws));
}

void TestWorkspace::unleashSourceRoundTrips()
{
    Model::Workspace ws = demo();
    Model::SourceConfig unleash;
    unleash.id = u"flags"_s;
    unleash.type = Model::SourceType::Unleash;
    unleash.name = u"Unleash"_s;
    unleash.url = QUrl(u"https://unleash.example.com"_s);
    unleash.auth = Model::SourceAuth::Bearer;
    unleash.caFile = u"/etc/unleash-ca.pem"_s;
    unleash.options = QJsonObject{{u"projects"_s, QJsonArray{u"default"_s, u"checkout"_s}}};
    ws.sources.append(unleash);
    QVERIFY(Model::checkWorkspace(ws).isEmpty());

    const QByteArray json = Model::workspaceToJson(ws);
    QVERIFY(json.contains("\"type\": \"unleash\""));
    const auto back = Model::workspaceFromJson(json);
    QVERIFY(back.ok());
    const Model::SourceConfig *s = back->source(u"flags"_s);
    QVERIFY(s);
    QCOMPARE(s->type, Model::SourceType::Unleash);
    QCOMPARE(s->auth, Model::SourceAuth::Bearer);
    QCOMPARE(s->caFile, unleash.caFile);

    // What the flags engine makes of it: the token is looked up under the source id.
    const Flags::UnleashConfig config = Flags::UnleashConfig::fromSource(*s);
    QCOMPARE(config.sourceId, u"flags"_s);
    QCOMPARE(config.url, unleash.url);
    QCOMPARE(config.caFile, unleash.caFile);
    QCOMPARE(config.projects, (QStringList{u"default"_s, u"checkout"_s}));

    Store::Database db;
    QVERIFY(db.open(m_dir->filePath(u"ws-unleash.sqlite"_s), u"test-unleash"_s,
                    Store::Database::Mode::ReadWrite).ok());
    Store::WorkspaceStore store(db.handle());
    QVERIFY(store.save(*back).ok());
    const auto loaded = store.load();
    QVERIFY(loaded.ok());
    QCOMPARE(Model::workspaceToJson(*loaded), json);
}

void TestWorkspace::cliExportImportValidate()
{
    const QString dataDir = m_dir->filePath(u"data"_s);
    const QString file = m_dir->filePath(u"fleet.json"_s);
    {
        Store::Database db;
        QVERIFY(db.open(Store::workspaceDatabasePath(dataDir, u"standard"_s), u"seed"_s,
                        Store::Database::Mode::ReadWrite)
                    .ok());
        QVERIFY(Store::WorkspaceStore(db.handle()).save(demo()).ok());
    }
    CliRun run = runCli({u"workspace"_s, u"export"_s, u"--file"_s, file, u"--data-dir"_s, dataDir});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"34 service(s)"_s));
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray bytes = exported.readAll();
    QCOMPARE(bytes, Model::workspaceToJson(demo()));

    run = runCli({u"workspace"_s, u"validate"_s, u"--file"_s, file});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"Valid: 'Demo"_s), qPrintable(run.out));

    const QString otherDir = m_dir->filePath(u"other"_s);
    const QString small = m_dir->filePath(u"small.json"_s);
    QFile smallFile(small);
    QVERIFY(smallFile.open(QIODevice::WriteOnly));
    smallFile.write(fileWith({}));
    smallFile.close();
    run = runCli({u"workspace"_s, u"import"_s, u"--file"_s, small, u"--data-dir"_s, otherDir});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(u"1 source(s) need credentials"_s));
    run = runCli({u"workspace"_s, u"export"_s, u"--file"_s, file, u"--data-dir"_s, otherDir});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    exported.close(); // export replaced the file (QSaveFile): open the new one
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(Model::workspaceFromJson(exported.readAll())->services.size(), 4);

    run = runCli({u"workspace"_s, u"validate"_s});
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(u"--file is required"_s));
    run = runCli({u"workspace"_s, u"rename"_s, u"--file"_s, file});
    QCOMPARE(run.code, 2);
    run = runCli({u"workspace"_s, u"export"_s, u"--file"_s, file, u"--data-dir"_s, m_dir->filePath(u"none"_s)});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"does not exist"_s), qPrintable(run.err));
}

void TestWorkspace::cliImportOfABadFileChangesNothing()
{
    const QString dataDir = m_dir->filePath(u"data"_s);
    const QString good = m_dir->filePath(u"good.json"_s);
    const QString bad = m_dir->filePath(u"bad.json"_s);
    for (const auto &[path, bytes] : {std::pair{good, fileWith({})},
                                      std::pair{bad, fileWith({{u"services/3/projectId"_s, u"shop"_s}})}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QCOMPARE(runCli({u"workspace"_s, u"import"_s, u"--file"_s, good, u"--data-dir"_s, dataDir}).code, 0);
    const QString before = m_dir->filePath(u"before.json"_s);
    QCOMPARE(runCli({u"workspace"_s, u"export"_s, u"--file"_s, before, u"--data-dir"_s, dataDir}).code, 0);

    const CliRun run = runCli({u"workspace"_s, u"import"_s, u"--file"_s, bad, u"--data-dir"_s, dataDir});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(u"services[3].projectId: no project 'shop'"_s), qPrintable(run.err));
    const QString after = m_dir->filePath(u"after.json"_s);
    QCOMPARE(runCli({u"workspace"_s, u"export"_s, u"--file"_s, after, u"--data-dir"_s, dataDir}).code, 0);
    QFile a(before), b(after);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    QCOMPARE(b.readAll(), a.readAll());
}

void TestWorkspace::idsFromNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("id");
    QTest::newRow("plain") << u"Shop API"_s << QStringList{} << u"shop-api"_s;
    QTest::newRow("romanian") << u"Magazin Ștefănești"_s << QStringList{} << u"magazin-stefanesti"_s;
    QTest::newRow("taken") << u"Shop"_s << QStringList{u"shop"_s, u"shop-2"_s} << u"shop-3"_s;
    QTest::newRow("punctuation only") << u"!!!"_s << QStringList{} << u"item"_s;
    QTest::newRow("dots and dashes") << u"--api.v2--"_s << QStringList{} << u"api-v2"_s;
}

void TestWorkspace::idsFromNames()
{
    QFETCH(QString, name);
    QFETCH(QStringList, taken);
    QFETCH(QString, id);
    QCOMPARE(Model::makeWorkspaceId(name, taken), id);
    QVERIFY(Model::isValidWorkspaceId(id));
}

std::unique_ptr<Engine::FleetEngine> TestWorkspace::makeEngine()
{
    Engine::EngineOptions options;
    options.databasePath = m_dir->filePath(u"engine.sqlite"_s);
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(demo());
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000; // only explicit refreshes
    return std::make_unique<Engine::FleetEngine>(options);
}

Engine::FleetSnapshotPtr TestWorkspace::nextSnapshot(Engine::FleetEngine &engine,
                                                     const std::function<bool(const Engine::FleetSnapshot &)> &ready)
{
    Engine::FleetSnapshotPtr found;
    const QMetaObject::Connection c = connect(&engine, &Engine::EngineApi::snapshotReady, this,
                                              [&](const Engine::FleetSnapshotPtr &s) {
                                                  if (!found && ready(*s))
                                                      found = s;
                                              });
    if (!QTest::qWaitFor([&] { return found != nullptr; }, 10000))
        qWarning("no snapshot matched within 10 s");
    disconnect(c);
    return found;
}

Model::WorkspacePtr TestWorkspace::replace(Engine::FleetEngine &engine, const Model::Workspace &workspace)
{
    QSignalSpy changed(&engine, &Engine::EngineApi::workspaceChanged);
    QSignalSpy failed(&engine, &Engine::EngineApi::workspaceSaveFailed);
    engine.updateWorkspace(std::make_shared<const Model::Workspace>(workspace));
    if (!QTest::qWaitFor([&] { return !changed.isEmpty() || !failed.isEmpty(); }, 10000) || !failed.isEmpty())
        return nullptr;
    return changed.first().first().value<Model::WorkspacePtr>();
}

void TestWorkspace::engineAppliesEditedThresholdsOnTheNextSnapshot()
{
    auto engine = makeEngine();
    engine->start();
    const auto before = nextSnapshot(*engine, [](const auto &s) {
        const auto *api = find(s, u"events-api"_s);
        return api && api->verdict.health == Engine::Health::Ok;
    });
    QVERIFY2(before, "events-api never became healthy");
    const double cpu = find(*before, u"events-api"_s)->latest[MetricKind::Cpu];
    QVERIFY(cpu > 1.0 && cpu < 85.0);

    Model::Workspace edited = *engine->workspace();
    for (Model::Service &s : edited.services) {
        if (s.id == u"events-api")
            s.thresholds[MetricKind::Cpu] = {1.0, 99.0};
    }
    // The first snapshot after the change is built from the cache the engine kept:
    // the same samples, judged by the new limit, before any new fetch.
    Engine::FleetSnapshotPtr after;
    const QMetaObject::Connection c = connect(engine.get(), &Engine::EngineApi::snapshotReady, this,
                                              [&](const Engine::FleetSnapshotPtr &s) {
                                                  if (!after)
                                                      after = s;
                                              });
    QVERIFY(replace(*engine, edited));
    QTRY_VERIFY_WITH_TIMEOUT(after != nullptr, 10000);
    disconnect(c);
    const auto *api = find(*after, u"events-api"_s);
    QVERIFY(api);
    QCOMPARE(api->latest[MetricKind::Cpu], cpu);
    QCOMPARE(api->verdict.health, Engine::Health::Degraded);
    QCOMPARE(api->verdict.metric, MetricKind::Cpu);
    QCOMPARE(api->verdict.limit, 1.0);
    QCOMPARE(engine->workspace()->service(u"events-api"_s)->thresholds[MetricKind::Cpu].degraded, 1.0);

    // And the edit is in the store: a restarted engine judges the same way.
    engine.reset();
    engine = makeEngine();
    QSignalSpy opened(engine.get(), &Engine::EngineApi::opened);
    engine->start();
    QVERIFY(opened.wait(10000));
    QCOMPARE(engine->workspace()->service(u"events-api"_s)->thresholds[MetricKind::Cpu].degraded, 1.0);
}

void TestWorkspace::engineForgetsRemovedServices()
{
    auto engine = makeEngine();
    engine->start();
    QVERIFY(nextSnapshot(*engine, [](const auto &s) {
        const auto *voice = find(s, u"events-voice"_s);
        return voice && voice->verdict.health != Engine::Health::Unknown;
    }));
    Model::Workspace edited = *engine->workspace();
    edited.services.removeIf([](const Model::Service &s) { return s.id == u"events-voice"; });
    QVERIFY(replace(*engine, edited));
    const auto snapshot = nextSnapshot(*engine, [](const auto &s) { return s.services.size() == 33; });
    QVERIFY(snapshot);
    QVERIFY(!find(*snapshot, u"events-voice"_s));
    m_clock->advanceMs(5 * 60 * 1000);
    engine->refreshNow();
    QVERIFY(nextSnapshot(*engine, [&](const auto &s) {
        const auto *api = find(s, u"events-api"_s);
        return api && api->latest.atMs.at(Model::metricIndex(MetricKind::Cpu)) >= kOrigin + 5 * 60 * 1000;
    }));
    engine.reset(); // drains the writer

    Store::Database db;
    QVERIFY(db.open(m_dir->filePath(u"engine.sqlite"_s), u"check"_s, Store::Database::Mode::ReadOnly).ok());
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM series WHERE service_id = 'events-voice'),"
                       " (SELECT count(*) FROM series WHERE service_id = 'events-api')"_s));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0); // its history went with it
    QVERIFY(query.value(1).toInt() > 0);
}

void TestWorkspace::engineRefusesAnInvalidWorkspace()
{
    auto engine = makeEngine();
    QSignalSpy opened(engine.get(), &Engine::EngineApi::opened);
    engine->start();
    QVERIFY(opened.wait(10000));
    const Model::WorkspacePtr original = engine->workspace();
    Model::Workspace broken = *original;
    broken.services[3].projectId = u"shop"_s;
    QSignalSpy failed(engine.get(), &Engine::EngineApi::workspaceSaveFailed);
    QSignalSpy changed(engine.get(), &Engine::EngineApi::workspaceChanged);
    engine->updateWorkspace(std::make_shared<const Model::Workspace>(broken));
    QVERIFY(failed.wait(5000));
    QVERIFY(changed.isEmpty());
    const auto error = failed.first().first().value<Util::Error>();
    QCOMPARE(error.code, u"workspace.invalid"_s);
    QVERIFY2(error.message.contains(u"services[3].projectId: no project 'shop'"_s), qPrintable(error.message));
    QCOMPARE(engine->workspace(), original);
}

void TestWorkspace::emptyWorkspaceSurvivesARestartAndTheDemoComesBack()
{
    auto engine = makeEngine();
    engine->start();
    QVERIFY(nextSnapshot(*engine, [](const auto &s) { return s.services.size() == 34; }));
    Model::Workspace empty;
    empty.name = u"Mine"_s;
    QVERIFY(replace(*engine, empty));
    QVERIFY(nextSnapshot(*engine, [](const auto &s) { return s.services.isEmpty() && !s.demo; }));

    engine.reset();
    engine = makeEngine();
    QSignalSpy opened(engine.get(), &Engine::EngineApi::opened);
    engine->start();
    QVERIFY(opened.wait(10000));
    QCOMPARE(engine->workspace()->name, u"Mine"_s); // not mistaken for a first start
    QVERIFY(engine->workspace()->sources.isEmpty());

    QVERIFY(replace(*engine, *engine->demoWorkspace()));
    const auto back = nextSnapshot(*engine, [](const auto &s) {
        const auto *api = find(s, u"events-api"_s);
        return s.demo && api && api->verdict.health != Engine::Health::Unknown;
    });
    QVERIFY2(back, "the demo fleet did not come back");
    QCOMPARE(back->services.size(), 34);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
