#include "core/sources/railway/railwaysource.h"

#include "core/actions/budgetregistry.h"
#include "core/sources/railway/graphqlbatch.h"
#include "core/sources/railway/metricmapping.h"
#include "core/sources/railway/railwayclient.h"
#include "core/sources/railway/railwayqueries.h"
#include "core/sources/railway/refreshplan.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

namespace {

bool isResource(Model::MetricKind k)
{
    return k == Model::MetricKind::Cpu || k == Model::MetricKind::Memory || k == Model::MetricKind::Disk
        || k == Model::MetricKind::NetworkIn || k == Model::MetricKind::NetworkOut;
}

bool isHttpCount(Model::MetricKind k)
{
    return k == Model::MetricKind::Rps || k == Model::MetricKind::ErrorRate || k == Model::MetricKind::Throttled;
}

} // namespace

RailwaySource::RailwaySource(Model::SourceConfig config, CredentialSource *credentials, const Util::Clock &clock,
                             QObject *parent, Actions::HttpTransport *transport,
                             std::shared_ptr<Actions::BudgetRegistry> budgets)
    : MetricSource(parent)
    , m_config(std::move(config))
    , m_options(RailwayOptions::fromConfig(m_config))
    , m_clock(clock)
{
    qRegisterMetaType<DeploymentListPtr>();
    qRegisterMetaType<UsageListPtr>();
    if (m_options) {
        m_client = new RailwayClient(*m_options, credentials, &m_clock, transport, std::move(budgets), this);
        m_intervalMs = m_options->refreshIntervalMs;
    } else {
        qCWarning(lcSources) << "source" << m_config.id << "is misconfigured:" << m_options.error().message;
    }
}

RailwaySource::~RailwaySource() = default;

qint64 RailwaySource::nativeStepMs() const
{
    return m_options ? m_options->stepMs : 60'000;
}

QVector<RailwaySource::Field> RailwaySource::fieldsFor(const QVector<Model::SeriesKey> &keys, bool *byRegion) const
{
    QVector<Field> fields;
    QSet<QString> environments, durations, statuses;
    *byRegion = false;
    for (const Model::SeriesKey &key : keys) {
        const auto ref = m_options->services.constFind(key.serviceId);
        if (ref == m_options->services.cend() || ref->removed)
            continue;
        if (isResource(key.kind)) {
            *byRegion = *byRegion || !key.region.isEmpty();
            if (!environments.contains(ref->environmentId)) {
                environments.insert(ref->environmentId);
                fields.append(Field{Field::What::Metrics, QString(), ref->projectId, ref->environmentId});
            }
        } else if (key.kind == Model::MetricKind::LatencyP95 && key.region.isEmpty()
                   && !durations.contains(ref->serviceId)) {
            durations.insert(ref->serviceId);
            fields.append(Field{Field::What::HttpDuration, ref->serviceId, ref->projectId, ref->environmentId});
        } else if (isHttpCount(key.kind) && key.region.isEmpty() && !statuses.contains(ref->serviceId)) {
            statuses.insert(ref->serviceId);
            fields.append(Field{Field::What::HttpStatus, ref->serviceId, ref->projectId, ref->environmentId});
        }
    }
    return fields;
}

int RailwaySource::requestsPerRefresh(const QVector<Model::SeriesKey> &keys) const
{
    if (!m_options)
        return 0;
    bool byRegion = false;
    return RefreshPlan::batches(static_cast<int>(fieldsFor(keys, &byRegion).size()), m_options->fieldsPerRequest);
}

void RailwaySource::answerEmpty(quint64 requestId, const QVector<Model::SeriesKey> &keys)
{
    auto batch = std::make_shared<Model::SeriesBatch>();
    for (const Model::SeriesKey &key : keys)
        batch->append({key, {}});
    QMetaObject::invokeMethod(
        this, [this, requestId, batch = Model::SeriesBatchPtr(std::move(batch))] { emit fetched(requestId, batch); },
        Qt::QueuedConnection);
}

void RailwaySource::restretch(int perRefresh)
{
    const Actions::RequestBudgetStatus b = m_client->budget();
    const qint64 now = m_clock.nowMs();
    const qint64 wanted = m_options->refreshIntervalMs;
    m_intervalMs = RefreshPlan::stretchedIntervalMs(wanted, std::max(1, perRefresh), b.remaining,
                                                    std::max(1, b.limit / 20), b.resetMs - now);
    if (m_intervalMs > wanted)
        qCInfo(lcSources) << m_config.id << "budget low:" << b.remaining << "requests left; refreshing every"
                          << m_intervalMs / 1000 << "s";
}

void RailwaySource::fetch(quint64 requestId, const RangeRequest &request)
{
    if (!m_options) {
        QMetaObject::invokeMethod(
            this, [this, requestId, error = m_options.error()] { emit failed(requestId, error); },
            Qt::QueuedConnection);
        return;
    }
    const qint64 now = m_clock.nowMs();
    // Refreshes between two Railway requests answer with nothing new: the keys'
    // coverage does not move, so the next real request asks for the whole gap.
    qint64 from = request.fromMs;
    bool due = false;
    for (const Model::SeriesKey &key : request.series) {
        const auto covered = m_coveredUntilMs.constFind(key);
        if (covered == m_coveredUntilMs.cend() || request.toMs - covered.value() >= m_intervalMs
            || request.fromMs < covered.value() - m_intervalMs) {
            due = true;
        }
        if (covered != m_coveredUntilMs.cend())
            from = std::min(from, covered.value() + 1);
    }
    if (!due) {
        answerEmpty(requestId, request.series);
        return;
    }
    from = std::max(from, now - kRetentionMs);
    bool byRegion = false;
    const QVector<Field> fields = fieldsFor(request.series, &byRegion);
    if (fields.isEmpty()) {
        answerEmpty(requestId, request.series);
        return;
    }
    Fetch f;
    f.keys = request.series;
    f.fromMs = from;
    f.toMs = request.toMs;
    f.stepMs = std::max(m_options->stepMs, request.stepMs);
    m_fetches[requestId] = std::move(f);
    sendFields(requestId, fields, byRegion);
}

void RailwaySource::sendFields(quint64 fetchId, const QVector<Field> &fields, bool byRegion)
{
    Fetch &f = m_fetches[fetchId];
    const int per = m_options->fieldsPerRequest;
    f.requestsLeft = RefreshPlan::batches(static_cast<int>(fields.size()), per);
    for (qsizetype first = 0; first < fields.size(); first += per) {
        const QVector<Field> chunk = fields.mid(first, per);
        GraphQlBatch batch(u"straja_metrics"_s);
        QStringList aliases;
        for (const Field &field : chunk) {
            switch (field.what) {
            case Field::What::Metrics:
                aliases << RailwayQueries::metrics(batch, field.projectId, field.environmentId, f.fromMs, f.toMs,
                                                   f.stepMs, byRegion);
                break;
            case Field::What::HttpDuration:
                aliases << RailwayQueries::httpDuration(batch, field.railwayServiceId, field.environmentId, f.fromMs,
                                                        f.toMs, f.stepMs);
                break;
            case Field::What::HttpStatus:
                aliases << RailwayQueries::httpStatus(batch, field.railwayServiceId, field.environmentId, f.fromMs,
                                                      f.toMs, f.stepMs);
                break;
            case Field::What::Deployments: break;
            }
        }
        m_client->post(batch.document(), false, [this, fetchId, chunk, aliases](auto answer) {
            onAnswer(fetchId, chunk, aliases, std::move(answer));
        });
    }
    restretch(f.requestsLeft);
}

void RailwaySource::onAnswer(quint64 fetchId, const QVector<Field> &fields, const QStringList &aliases,
                             Util::Result<RailwayResponse::Envelope> answer)
{
    const auto it = m_fetches.find(fetchId);
    if (it == m_fetches.end())
        return;
    Fetch &f = it->second;
    --f.requestsLeft;
    if (!answer) {
        f.fieldsFailed += static_cast<int>(fields.size());
        if (f.firstError.code.isEmpty())
            f.firstError = answer.error();
    } else {
        const RailwayResponse::Envelope &e = answer.value();
        for (const GraphQlProblem &p : e.problems)
            f.problems.append(p.message);
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const QJsonValue value = e.data.value(aliases.at(i));
            if (value.isNull() || value.isUndefined()) {
                ++f.fieldsFailed; // this field was refused (a service deleted meanwhile, ...)
                continue;
            }
            ++f.fieldsOk;
            const Field &field = fields.at(i);
            switch (field.what) {
            case Field::What::Metrics: f.raw += RailwayResponse::metrics(value); break;
            case Field::What::HttpDuration: {
                HttpSeries h = RailwayResponse::httpDuration(value);
                HttpSeries &target = f.http[field.railwayServiceId];
                target.p50 = h.p50;
                target.p90 = h.p90;
                target.p95 = h.p95;
                target.p99 = h.p99;
                break;
            }
            case Field::What::HttpStatus: RailwayResponse::httpStatus(value, f.http[field.railwayServiceId]); break;
            case Field::What::Deployments: break;
            }
        }
    }
    if (f.requestsLeft == 0)
        finish(fetchId);
}

void RailwaySource::finish(quint64 fetchId)
{
    Fetch f = std::move(m_fetches[fetchId]);
    m_fetches.erase(fetchId);
    if (f.fieldsOk == 0) {
        Util::Error error = f.firstError;
        if (error.code.isEmpty())
            error = Util::makeError(u"railway.graphql"_s, QCoreApplication::translate("Railway", "Railway: %1")
                                                              .arg(f.problems.value(0)));
        qCInfo(lcSources) << m_config.id << "fetch" << fetchId << "failed:" << error.message;
        emit failed(fetchId, error);
        return;
    }
    m_lastWarning.clear();
    if (f.fieldsFailed > 0) {
        // A partial answer: what came is kept; the rest stays as the store had it.
        m_lastWarning = QCoreApplication::translate("Railway", "Railway answered %n of the figures asked for: %1",
                                                    nullptr, f.fieldsOk)
                            .arg(!f.problems.isEmpty() ? f.problems.first() : f.firstError.message);
        qCInfo(lcSources) << m_config.id << m_lastWarning;
    }
    MetricMapping::Limits limits{m_options->cpuLimitVcpu, m_options->memoryLimitGb, m_options->volumeGb,
                                 static_cast<double>(f.stepMs) / 1000.0};
    auto batch = std::make_shared<Model::SeriesBatch>();
    QHash<QString, MetricMapping::KindSeries> resources, http;
    for (const Model::SeriesKey &key : std::as_const(f.keys)) {
        QVector<Model::Sample> samples;
        const auto ref = m_options->services.constFind(key.serviceId);
        if (ref != m_options->services.cend() && !ref->removed) {
            if (isResource(key.kind)) {
                const QString cacheKey = ref->serviceId + u'|' + key.region;
                if (!resources.contains(cacheKey))
                    resources.insert(cacheKey, MetricMapping::resources(f.raw, ref->serviceId, key.region, limits));
                samples = resources.value(cacheKey).value(key.kind);
            } else if (key.kind == Model::MetricKind::Replicas && key.region.isEmpty()) {
                samples = {{f.toMs, ref->sleeping ? 0.0 : static_cast<double>(ref->replicas)}};
            } else if (key.region.isEmpty() && f.http.contains(ref->serviceId)) {
                if (!http.contains(ref->serviceId))
                    http.insert(ref->serviceId, MetricMapping::http(f.http.value(ref->serviceId), f.stepMs));
                samples = http.value(ref->serviceId).value(key.kind);
            }
        }
        m_coveredUntilMs.insert(key, std::max(m_coveredUntilMs.value(key, 0), f.toMs));
        batch->append({key, std::move(samples)});
    }
    emit fetched(fetchId, Model::SeriesBatchPtr(std::move(batch)));
}

void RailwaySource::fetchDeployments(quint64 requestId, const QStringList &serviceIds)
{
    if (!m_options) {
        QMetaObject::invokeMethod(
            this,
            [this, requestId, error = m_options.error()] {
                emit deploymentsFetched(requestId, std::make_shared<const DeploymentList>(), error.message);
            },
            Qt::QueuedConnection);
        return;
    }
    GraphQlBatch batch(u"straja_deployments"_s);
    QHash<QString, QString> serviceOfAlias; // alias -> Straja id
    for (auto it = m_options->services.cbegin(); it != m_options->services.cend(); ++it) {
        if (it->removed || (!serviceIds.isEmpty() && !serviceIds.contains(it.key())))
            continue;
        const QString alias = RailwayQueries::deployments(batch, it->serviceId, it->environmentId, 20);
        serviceOfAlias.insert(alias, it.key());
    }
    if (batch.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, requestId] { emit deploymentsFetched(requestId, std::make_shared<const DeploymentList>(), {}); },
            Qt::QueuedConnection);
        return;
    }
    // Deployments are few and small: one request for all services.
    m_client->post(batch.document(), false, [this, requestId, serviceOfAlias](auto answer) {
        auto list = std::make_shared<DeploymentList>();
        QString error;
        if (!answer) {
            error = answer.error().message;
        } else {
            for (auto it = serviceOfAlias.cbegin(); it != serviceOfAlias.cend(); ++it)
                *list += RailwayResponse::deployments(answer->data.value(it.key()), it.value());
            if (!answer->problems.isEmpty())
                error = answer->problems.first().message;
        }
        std::sort(list->begin(), list->end(),
                  [](const Deployment &a, const Deployment &b) { return a.createdMs < b.createdMs; });
        emit deploymentsFetched(requestId, DeploymentListPtr(std::move(list)), error);
    });
}

void RailwaySource::fetchUsage(quint64 requestId)
{
    QStringList projects;
    if (m_options) {
        for (const ServiceRef &ref : std::as_const(m_options->services)) {
            if (!ref.removed && !ref.projectId.isEmpty() && !projects.contains(ref.projectId))
                projects.append(ref.projectId);
        }
    }
    if (projects.isEmpty()) {
        const QString error = m_options ? QString() : m_options.error().message;
        QMetaObject::invokeMethod(
            this, [this, requestId, error] { emit usageFetched(requestId, std::make_shared<const UsageList>(), error); },
            Qt::QueuedConnection);
        return;
    }
    projects.sort();
    GraphQlBatch batch(u"straja_usage"_s);
    QVector<QPair<QString, QString>> aliases; // usage, estimatedUsage per project
    for (const QString &p : std::as_const(projects))
        aliases.append({RailwayQueries::usage(batch, p), RailwayQueries::estimatedUsage(batch, p)});
    m_client->post(batch.document(), false, [this, requestId, projects, aliases](auto answer) {
        auto list = std::make_shared<UsageList>();
        QString error;
        if (!answer) {
            error = answer.error().message;
        } else {
            for (qsizetype i = 0; i < projects.size(); ++i) {
                Usage u;
                u.projectId = projects.at(i);
                RailwayResponse::usage(answer->data.value(aliases.at(i).first), u);
                RailwayResponse::estimatedUsage(answer->data.value(aliases.at(i).second), u);
                list->append(u);
            }
            if (!answer->problems.isEmpty())
                error = answer->problems.first().message;
        }
        emit usageFetched(requestId, UsageListPtr(std::move(list)), error);
    });
}

} // namespace Sources::Railway
