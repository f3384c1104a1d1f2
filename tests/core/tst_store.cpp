#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/samplestore.h"
#include "core/store/workspacestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using Model::MetricKind;
using Store::Database;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kNow = 1772712000000LL; // 2026-03-05 12:00 UTC

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

Model::Workspace demoWorkspace()
{
    return *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kNow);
}

} // namespace

// Migrations, workspace persistence and refusals of files that are not ours to
// change. Every refusal also checks the file's bytes did not change.
class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void freshDatabaseIsAtLatestSchema();
    void upgradeFromSchemaOneKeepsData();
    void newerDatabaseIsRefused();
    void garbageFileIsRefusedUntouched();
    void truncatedDatabaseIsRefusedUntouched();
    void readOnlyFolderIsRefused();
    void workspaceRoundTrip();
    void thresholdOverridesSurvive();
    void alertRulesSurvive();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(u"ws.sqlite"_s); }
};

void TestStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStore::freshDatabaseIsAtLatestSchema()
{
    Database db;
    QVERIFY(db.open(path(), u"t"_s, Database::Mode::ReadWrite).ok());
    QCOMPARE(Store::schemaVersion(db.handle()), Store::latestSchemaVersion());
    QSqlQuery q(db.handle());
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    for (const QString &table : {u"projects"_s, u"services"_s, u"sources"_s, u"series"_s, u"samples_chunk"_s,
                                u"rollup_5m"_s, u"rollup_1h"_s}) {
        QVERIFY2(q.exec(u"SELECT count(*) FROM "_s + table), qPrintable(table));
    }
}

void TestStore::upgradeFromSchemaOneKeepsData()
{
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
        raw.setDatabaseName(path());
        QVERIFY(raw.open());
        QVERIFY(Store::migrate(raw, 1).ok());
        QCOMPARE(Store::schemaVersion(raw), 1);
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"INSERT INTO projects (id, name, description, position) VALUES ('p', 'Shop', '', 0)"_s));
        QVERIFY(q.exec(u"INSERT INTO services (id, project_id, name, position) VALUES ('s', 'p', 'api', 0)"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"v1"_s);

    Database db;
    QVERIFY(db.open(path(), u"t"_s, Database::Mode::ReadWrite).ok());
    QCOMPARE(Store::schemaVersion(db.handle()), Store::latestSchemaVersion());
    auto ws = Store::WorkspaceStore(db.handle()).load();
    QVERIFY(ws.ok());
    QCOMPARE(ws->projects.size(), 1);
    QCOMPARE(ws->projects.first().name, u"Shop"_s);
    QCOMPARE(ws->services.size(), 1);
    // Schema 2 added per-service thresholds: an old service gets the defaults.
    QCOMPARE(ws->services.first().thresholds, Model::HealthThresholds::defaults());
}

void TestStore::newerDatabaseIsRefused()
{
    {
        Database db;
        QVERIFY(db.open(path(), u"t"_s, Database::Mode::ReadWrite).ok());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
    }
    const QByteArray before = fileHash(path());
    Database db;
    const auto opened = db.open(path(), u"t"_s, Database::Mode::ReadWrite);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store.newer"_s);
    QVERIFY(opened.error().message.contains(u"newer"_s));
    QCOMPARE(fileHash(path()), before);
}

void TestStore::garbageFileIsRefusedUntouched()
{
    QFile f(path());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are somebody's notes, not a database\n");
    f.close();
    const QByteArray before = fileHash(path());
    Database db;
    const auto opened = db.open(path(), u"t"_s, Database::Mode::ReadWrite);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store.corrupt"_s);
    QVERIFY(opened.error().message.contains(path()));
    QCOMPARE(fileHash(path()), before);
}

void TestStore::truncatedDatabaseIsRefusedUntouched()
{
    {
        Database db;
        QVERIFY(db.open(path(), u"t"_s, Database::Mode::ReadWrite).ok());
        QVERIFY(Store::WorkspaceStore(db.handle()).save(demoWorkspace()).ok());
        Store::SampleStore samples(db.handle());
        Model::SeriesBatch batch;
        for (int s = 0; s < 20; ++s) {
            Model::SeriesData data{{u"svc-%1"_s.arg(s), MetricKind::Cpu, {}}, {}};
            for (int i = 0; i < 400; ++i)
                data.samples.append({kNow - i * kMinute, double(i)});
            batch.append(data);
        }
        QVERIFY(samples.write(batch, kMinute, kNow).ok());
        QSqlQuery q(db.handle());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    QFile f(path());
    const qint64 size = f.size();
    QVERIFY(size > 8192);
    QVERIFY(f.resize(size / 2));
    const QByteArray before = fileHash(path());
    Database db;
    const auto opened = db.open(path(), u"t"_s, Database::Mode::ReadWrite);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store.corrupt"_s);
    QCOMPARE(fileHash(path()), before);
}

void TestStore::readOnlyFolderIsRefused()
{
    if (::geteuid() == 0) {
        // root ignores permission bits; prove the check with a path under a file instead.
        QFile blocker(m_dir->filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Database db;
        const auto opened = db.open(m_dir->filePath(u"blocker/ws.sqlite"_s), u"t"_s, Database::Mode::ReadWrite);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, u"store.dir"_s);
        return;
    }
    const QString dir = m_dir->filePath(u"locked"_s);
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Database db;
    const auto opened = db.open(dir + u"/ws.sqlite"_s, u"t"_s, Database::Mode::ReadWrite);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, u"store.readonly"_s);
}

void TestStore::workspaceRoundTrip()
{
    const Model::Workspace original = demoWorkspace();
    {
        Database db;
        QVERIFY(db.open(path(), u"t"_s, Database::Mode::ReadWrite).ok());
        QVERIFY(Store::WorkspaceStore(db.handle()).save(original).ok());
    }
    Database db;
    QVERIFY(db.open(path(), u"t"_s, Database::Mode::ReadOnly).ok());
    auto loaded = Store::WorkspaceStore(db.handle()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->name, original.name);
    QCOMPARE(loaded->projects.size(), original.projects.size());
    QCOMPARE(loaded->services.size(), original.services.size());
    QCOMPARE(loaded->sources.size(), 1);
    QCOMPARE(loaded->sources.first().options, original.sources.first().options);
    for (int i = 0; i < original.services.size(); ++i) {
        QCOMPARE(loaded->services.at(i).id, original.services.at(i).id);
        QCOMPARE(loaded->services.at(i).regions, original.services.at(i).regions);
        QCOMPARE(loaded->services.at(i).maxReplicas, original.services.at(i).maxReplicas);
    }
    QVERIFY(loaded->isDemo());
}

void TestStore::thresholdOverridesSurvive()
{
    Model::Workspace ws = demoWorkspace();
    ws.services[0].thresholds[MetricKind::LatencyP95] = {120.0, 900.0};
    ws.services[0].thresholds[MetricKind::Cpu] = {std::nan(""), std::nan("")};
    ws.services[0].thresholds.staleAfterSeconds = 900;
    Database db;
    QVERIFY(db.open(path(), u"t"_s, Database::Mode::ReadWrite).ok());
    QVERIFY(Store::WorkspaceStore(db.handle()).save(ws).ok());
    const auto loaded = Store::WorkspaceStore(db.handle()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->services.first().thresholds, ws.services.first().thresholds);
    QVERIFY(!loaded->services.first().thresholds[MetricKind::Cpu].enabled());
    QCOMPARE(loaded->services.at(1).thresholds, Model::HealthThresholds::defaults());
}

void TestStore::alertRulesSurvive()
{
    Model::Workspace ws = demoWorkspace();
    Model::AlertRule rule;
    rule.id = u"cache"_s;
    rule.metric = Model::AlertMetric::CacheHitRatio;
    rule.comparison = Model::AlertComparison::Below;
    rule.threshold = 0.8;
    rule.clearAt = 0.85;
    rule.forSeconds = 600;
    ws.services[0].alertRules = Model::AlertRules{rule};
    ws.services[1].alertRules = Model::AlertRules{}; // "no alerts" is kept apart from "the defaults"
    Database db;
    QVERIFY(db.open(path(), u"t"_s, Database::Mode::ReadWrite).ok());
    QVERIFY(Store::WorkspaceStore(db.handle()).save(ws).ok());
    const auto loaded = Store::WorkspaceStore(db.handle()).load();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->services.at(0).alertRules, ws.services.at(0).alertRules);
    QVERIFY(loaded->services.at(1).alertRules && loaded->services.at(1).alertRules->isEmpty());
    QVERIFY(!loaded->services.at(2).alertRules.has_value());
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
