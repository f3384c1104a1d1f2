#include "core/engine/alertloghub.h"

#include "core/engine/sourcefactory.h"
#include "core/sources/alertsource.h"
#include "core/sources/logsource.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QThread>

#include <utility>

using namespace Qt::StringLiterals;

namespace Engine {

AlertLogHub::AlertLogHub(Model::WorkspacePtr workspace, Sources::CredentialSource *credentials,
                         std::shared_ptr<const Util::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_credentials(credentials)
    , m_clock(std::move(clock))
{
}

AlertLogHub::~AlertLogHub() = default;

void AlertLogHub::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    for (const Model::SourceConfig &config : m_workspace->sources) {
        auto alerts = createAlertSource(*m_workspace, config, m_credentials, this);
        if (!alerts || *alerts) {
            AlertSlot slot;
            slot.status.sourceId = config.id + u"/alertmanager"_s;
            slot.status.name = QCoreApplication::translate("Engine", "%1 alerts").arg(config.name);
            if (!alerts) {
                slot.status.health = SourceHealth::Down;
                slot.status.message = alerts.error().message;
                slot.status.downSinceMs = m_clock->nowMs();
            } else {
                slot.source = *alerts;
                const QString id = config.id;
                connect(slot.source, &Sources::AlertSource::alertsFetched, this,
                        [this, id](quint64 fetchId, Sources::AlertListPtr list) { onAlerts(id, fetchId, list); });
                connect(slot.source, &Sources::AlertSource::failed, this,
                        [this, id](quint64 fetchId, Util::Error error) { onAlertsFailed(id, fetchId, error); });
            }
            m_alertSlots.insert(config.id, slot);
        }
        auto logs = createLogSource(*m_workspace, config, m_credentials, this);
        if (!logs) {
            m_logErrors.insert(config.id, logs.error().message);
        } else if (*logs) {
            Sources::LogSource *source = *logs;
            m_logSources.insert(config.id, source);
            connect(source, &Sources::LogSource::logsFetched, this, [this](quint64 fetchId, Sources::LogLinesPtr lines) {
                const LogFetch fetch = m_logFetches.take(fetchId);
                if (fetch.requestId)
                    answerLogs(fetch, lines ? *lines : Sources::LogLines(), QString());
            });
            connect(source, &Sources::LogSource::failed, this, [this](quint64 fetchId, Util::Error error) {
                const LogFetch fetch = m_logFetches.take(fetchId);
                if (fetch.requestId)
                    answerLogs(fetch, {}, error.message);
            });
        }
    }
}

void AlertLogHub::tick()
{
    for (auto it = m_alertSlots.begin(); it != m_alertSlots.end(); ++it) {
        AlertSlot &slot = *it;
        if (!slot.source)
            continue;
        if (slot.pending && slot.pendingSince.elapsed() < kAlertPatienceMs)
            continue;
        slot.pending = m_nextFetchId++;
        slot.pendingSince.start();
        slot.source->fetchAlerts(slot.pending);
    }
}

void AlertLogHub::onAlerts(const QString &sourceId, quint64 fetchId, const Sources::AlertListPtr &alerts)
{
    const auto it = m_alertSlots.find(sourceId);
    if (it == m_alertSlots.end() || it->pending != fetchId)
        return;
    AlertSlot &slot = *it;
    slot.pending = 0;
    slot.alerts = alerts;
    slot.status.health = SourceHealth::Ok;
    slot.status.message.clear();
    slot.status.downSinceMs = 0;
    slot.status.lastSuccessMs = m_clock->nowMs();
    emit alertsChanged();
}

void AlertLogHub::onAlertsFailed(const QString &sourceId, quint64 fetchId, const Util::Error &error)
{
    const auto it = m_alertSlots.find(sourceId);
    if (it == m_alertSlots.end() || it->pending != fetchId)
        return;
    AlertSlot &slot = *it;
    slot.pending = 0;
    if (slot.status.health != SourceHealth::Down)
        slot.status.downSinceMs = m_clock->nowMs();
    slot.status.health = SourceHealth::Down;
    slot.status.message = error.message;
    qCWarning(lcEngine) << "alerts of" << sourceId << "failed:" << error.message;
    emit alertsChanged();
}

QVector<Sources::Alert> AlertLogHub::alerts() const
{
    QVector<Sources::Alert> all;
    for (const AlertSlot &slot : m_alertSlots) {
        if (slot.alerts)
            all += *slot.alerts;
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const Sources::Alert &a, const Sources::Alert &b) { return a.startsAtMs > b.startsAtMs; });
    return all;
}

QVector<SourceStatus> AlertLogHub::alertSourceStatuses() const
{
    QVector<SourceStatus> statuses;
    for (const AlertSlot &slot : m_alertSlots)
        statuses.append(slot.status);
    std::sort(statuses.begin(), statuses.end(),
              [](const SourceStatus &a, const SourceStatus &b) { return a.sourceId < b.sourceId; });
    return statuses;
}

void AlertLogHub::requestLogs(quint64 requestId, const LogRequest &request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const Model::Service *service = m_workspace->service(request.serviceId);
    LogFetch fetch{requestId, request, {}};
    if (!service) {
        answerLogs(fetch, {}, QString());
        return;
    }
    for (const Model::SourceConfig &config : m_workspace->sources) {
        if (config.id == service->sourceId)
            fetch.sourceName = config.name;
    }
    if (const QString error = m_logErrors.value(service->sourceId); !error.isEmpty()) {
        answerLogs(fetch, {}, error);
        return;
    }
    Sources::LogSource *source = m_logSources.value(service->sourceId);
    if (!source) {
        answerLogs(fetch, {}, QString());
        return;
    }
    const quint64 fetchId = m_nextFetchId++;
    m_logFetches.insert(fetchId, fetch);
    source->fetchLogs(fetchId, Sources::LogQuery{request.serviceId, request.fromMs, request.toMs, request.limit});
}

void AlertLogHub::abandonPendingLogs(const QString &reason)
{
    const auto pending = std::exchange(m_logFetches, {});
    for (const LogFetch &fetch : pending)
        answerLogs(fetch, {}, reason);
}

void AlertLogHub::answerLogs(const LogFetch &fetch, Sources::LogLines lines, QString error)
{
    auto result = std::make_shared<LogResult>();
    result->requestId = fetch.requestId;
    result->request = fetch.request;
    const Model::Service *service = m_workspace->service(fetch.request.serviceId);
    result->available = service
        && (m_logSources.contains(service->sourceId) || m_logErrors.contains(service->sourceId));
    result->sourceName = fetch.sourceName;
    result->lines = std::move(lines);
    result->error = std::move(error);
    emit logsReady(result);
}

} // namespace Engine
