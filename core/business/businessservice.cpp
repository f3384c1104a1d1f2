#include "core/business/businessservice.h"

#include "core/business/businesscsv.h"
#include "core/business/businessmetrics.h"
#include "core/business/businessstore.h"
#include "core/business/demobusinessdata.h"
#include "core/engine/engineapi.h"
#include "core/sources/demo/demosource.h"
#include "core/store/database.h"

#include <QAtomicInteger>
#include <QFile>
#include <QSqlQuery>
#include <QFuture>
#include <QFutureWatcher>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Business {

namespace {

QString connectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"straja-business-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

struct Loaded
{
    BusinessReportPtr report;
    Util::Error error;
};

} // namespace

BusinessService::BusinessService(Engine::EngineApi *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_zone(QTimeZone::systemTimeZone())
{
    qRegisterMetaType<Business::BusinessReportPtr>();
    qRegisterMetaType<Business::BusinessQueryResultPtr>();
    if (m_engine)
        connect(m_engine, &Engine::EngineApi::businessQueriesReady, this, &BusinessService::onQueries);
}

BusinessService::~BusinessService() = default;

void BusinessService::refresh(const QVector<Cost::MonthCost> &costs)
{
    if (!m_engine || !m_engine->workspace())
        return;
    m_costs = costs;
    const quint64 generation = ++m_generation;
    m_queryAnswers.clear();
    m_queryPending.clear();
    m_queryProblems.clear();
    // PromQL first (network thread), then everything together on the pool.
    const auto requests = BusinessQueries::requests(*m_engine->workspace(), m_engine->nowMs(), m_zone, kQueryMonths,
                                                    &m_queryProblems);
    for (const BusinessQueryRequest &r : requests) {
        if (const quint64 id = m_engine->requestBusinessQueries(r))
            m_queryPending.insert(id);
        else
            m_queryProblems.insert(r.projectId, tr("This engine cannot run PromQL queries."));
    }
    if (m_queryPending.isEmpty())
        compute(generation);
}

void BusinessService::onQueries(const BusinessQueryResultPtr &result)
{
    if (!m_queryPending.remove(result->requestId))
        return; // an earlier generation's, or another client's
    m_queryAnswers.insert(result->requestId, result);
    if (m_queryPending.isEmpty())
        compute(m_generation);
}

void BusinessService::compute(quint64 generation)
{
    if (!m_engine || !m_engine->workspace())
        return;
    const QVector<Cost::MonthCost> costs = m_costs;
    const Model::WorkspacePtr workspace = m_engine->workspace();
    const QString path = m_engine->databasePath();
    const qint64 now = m_engine->nowMs();
    const QTimeZone zone = m_zone;
    QVector<BusinessQueryResultPtr> answers;
    for (const BusinessQueryResultPtr &r : std::as_const(m_queryAnswers))
        answers.append(r);
    QHash<QString, QStringList> problems;
    for (auto it = m_queryProblems.cbegin(); it != m_queryProblems.cend(); ++it)
        problems[it.key()].append(it.value());
    auto *watcher = new QFutureWatcher<Loaded>(this); // see CostService::onHistory
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Loaded out = watcher->result();
        if (generation != m_generation)
            return;
        if (!out.report) {
            emit failed(out.error);
            return;
        }
        m_latest = out.report;
        emit reportReady(out.report);
    });
    watcher->setFuture(QtConcurrent::run([workspace, path, now, zone, costs, answers, problems]() mutable {
        Loaded out;
        QVector<BusinessRecord> records;
        DataSource source = DataSource::None;
        if (workspace->isDemo()) {
            if (auto fleet = Sources::Demo::DemoSource::fleetFromOptions(workspace->sources.first().options); fleet) {
                records = DemoBusinessData::records(*fleet.value(), now, zone);
                source = DataSource::Demo;
            }
        }
        // Replaces a project's month wherever `r` has it: PromQL over the demo, an
        // import over both.
        auto put = [&records](const BusinessRecord &r) {
            records.erase(std::remove_if(records.begin(), records.end(),
                                         [&](const BusinessRecord &x) {
                                             return x.projectId == r.projectId && x.month == r.month;
                                         }),
                          records.end());
            records.append(r);
        };
        for (const BusinessQueryResultPtr &result : std::as_const(answers)) {
            const QString &project = result->request.projectId;
            if (!result->error.isEmpty())
                problems[project].append(result->error);
            for (const BusinessQueryAnswer &a : result->answers)
                if (!a.ok())
                    problems[project].append(BusinessQueries::describe(a));
            const QVector<BusinessRecord> queried = BusinessQueries::records(project, result->answers, zone);
            for (const BusinessRecord &r : queried)
                put(r);
            if (!queried.isEmpty())
                source = DataSource::Queried;
        }
        if (!path.isEmpty()) {
            Store::Database db;
            if (auto opened = db.open(path, connectionName(), Store::Database::Mode::ReadOnly); !opened) {
                out.error = opened.error();
                return out;
            }
            auto stored = BusinessStore(db.handle()).load();
            if (!stored) {
                out.error = stored.error();
                return out;
            }
            if (!stored->isEmpty() && source != DataSource::Queried)
                source = workspace->isDemo() ? DataSource::ImportedAndDemo : DataSource::Imported;
            for (const BusinessRecord &r : *stored)
                put(r);
        }
        QVector<QString> ids;
        for (const Model::Project &p : workspace->projects)
            ids.append(p.id);
        out.report = BusinessMetrics::report(ids, records, costs, source, problems);
        return out;
    }));
}

void BusinessService::importCsv(const QString &path)
{
    if (!m_engine || !m_engine->workspace())
        return;
    QHash<QString, QString> projects;
    for (const Model::Project &p : m_engine->workspace()->projects) {
        projects.insert(p.id, p.id);
        projects.insert(p.name, p.id);
    }
    const QString database = m_engine->databasePath();
    const qint64 now = m_engine->nowMs();
    auto *watcher = new QFutureWatcher<Util::Result<int>>(this);
    connect(watcher, &QFutureWatcher<Util::Result<int>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Util::Result<int> result = watcher->result();
        if (!result) {
            emit importFailed(result.error());
            return;
        }
        emit imported(*result);
        refresh(m_costs);
    });
    watcher->setFuture(QtConcurrent::run([path, projects, database, now]() -> Util::Result<int> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Util::makeError(u"business.read"_s, tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (file.size() > BusinessCsv::kMaxBytes)
            return Util::makeError(u"business.size"_s, tr("%1 is too large to be business figures.").arg(path));
        auto records = BusinessCsv::parse(file.readAll(), projects);
        if (!records)
            return records.error();
        Store::Database db;
        if (auto opened = db.open(database, connectionName(), Store::Database::Mode::ReadWrite); !opened)
            return opened.error();
        // The engine's writer may be storing a long history batch: wait for it
        // (the import is off the GUI thread) rather than fail after 5 s.
        QSqlQuery(db.handle()).exec(u"PRAGMA busy_timeout = 120000"_s);
        if (auto saved = BusinessStore(db.handle()).replace(*records, now); !saved)
            return saved.error();
        return int(records->size());
    }));
}

} // namespace Business
