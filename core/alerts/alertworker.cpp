#include "core/alerts/alertworker.h"

#include "core/alerts/alertstore.h"
#include "core/store/database.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QDateTime>
#include <QProcessEnvironment>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Alerts {

namespace {

constexpr qint64 kChartStepMs = 60'000;

QString chartKey(const QString &serviceId, Model::AlertMetric metric)
{
    return serviceId + u'/' + Model::alertMetricId(metric);
}

} // namespace

AlertWorker::AlertWorker(Sources::CredentialSource *credentials, std::shared_ptr<const Util::Clock> clock,
                         QObject *parent)
    : QObject(parent), m_clock(std::move(clock))
{
    static const Util::SystemClock systemClock;
    // The notifier stamps deliveries with wall time: they happen in the real world
    // even when the demo runs faster.
    m_webhooks = new WebhookNotifier(credentials, systemClock, this);
    connect(m_webhooks, &WebhookNotifier::deliveryChanged, this, [this](const Delivery &d) {
        if (d.incidentId != 0 && d.state != DeliveryState::Sending) {
            const QString what = d.state == DeliveryState::Delivered
                ? tr("Sent to %1").arg(d.webhookId)
                : tr("Not sent to %1: %2").arg(d.webhookId, d.message);
            m_incidents.recordNotification(d.incidentId, now(), what);
        }
        saveDelivery(d);
        publish();
    });
}

AlertWorker::~AlertWorker() = default;

void AlertWorker::openStore(const QString &databasePath)
{
    m_db = std::make_unique<Store::Database>();
    const QString connection = u"straja-alerts-%1"_s.arg(reinterpret_cast<quintptr>(this), 0, 16);
    if (auto opened = m_db->open(databasePath, connection, Store::Database::Mode::ReadWrite); !opened) {
        m_db.reset();
        emit commandFailed(opened.error());
        return;
    }
    m_store = std::make_unique<AlertStore>(m_db->handle());
    pruneStore(); // before loading, so what is gone is not read
    auto loaded = m_store->load(now(), kHistoryLimit, kDeliveryLimit);
    if (!loaded) {
        m_store.reset();
        m_db.reset();
        emit commandFailed(loaded.error());
        return;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    m_incidents.setOperatorName(env.value(u"USER"_s, env.value(u"USERNAME"_s)));
    m_incidents.restore(std::move(loaded->incidents), std::move(loaded->silences), std::move(loaded->maintenance),
                        loaded->nextIncidentId, loaded->nextSilenceId);
    m_webhooks->restore(std::move(loaded->deliveries));
    m_firingRestored = false;
    if (m_workspace)
        restoreFiring();
    qCInfo(lcEngine) << "alerts: restored" << m_incidents.incidents().size() << "incidents,"
                     << m_incidents.silences().size() << "silences," << m_webhooks->deliveries().size()
                     << "deliveries";
    publish();
}

void AlertWorker::pruneStore()
{
    if (!m_store)
        return;
    m_lastPruneMs = now();
    // Deliveries carry wall time (they happen in the real world even in a fast demo).
    auto pruned = m_store->prune(m_lastPruneMs, QDateTime::currentMSecsSinceEpoch(), m_retention);
    if (!pruned) {
        emit commandFailed(pruned.error());
        return;
    }
    if (pruned->incidents + pruned->deliveries + pruned->silences > 0)
        qCInfo(lcEngine) << "alerts: pruned" << pruned->incidents << "incidents," << pruned->timelineEntries
                         << "timeline entries," << pruned->deliveries << "deliveries," << pruned->silences
                         << "silences and windows";
}

void AlertWorker::restoreFiring()
{
    // Own alerts that were firing when the previous run stopped: their rules fire
    // on, so they clear when the value is back instead of firing a second time.
    QVector<FiringAlert> firing;
    for (const Incident &i : m_incidents.incidents()) {
        for (const FiringAlert &a : i.alerts) {
            if (!a.external)
                firing.append(a);
        }
    }
    m_incidents.apply(now(), m_evaluator.restoreFiring(firing));
    m_firingRestored = true;
}

void AlertWorker::persist()
{
    if (!m_store)
        return;
    const QSet<quint64> changed = m_incidents.takeChangedIncidents();
    if (!changed.isEmpty()) {
        QVector<const Incident *> incidents;
        for (const Incident &i : m_incidents.incidents()) {
            if (changed.contains(i.id))
                incidents.append(&i);
        }
        if (auto saved = m_store->saveIncidents(incidents); !saved)
            emit commandFailed(saved.error());
    }
    if (m_incidents.takeSilencesChanged()) {
        if (auto saved = m_store->saveSilences(m_incidents.silences(), m_incidents.maintenance(), now()); !saved)
            emit commandFailed(saved.error());
    }
}

void AlertWorker::saveDelivery(const Delivery &delivery)
{
    if (!m_store)
        return;
    if (auto saved = m_store->saveDelivery(delivery); !saved)
        emit commandFailed(saved.error());
}

qint64 AlertWorker::now() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void AlertWorker::setWorkspace(Model::WorkspacePtr workspace, std::shared_ptr<const Util::Clock> clock)
{
    if (!workspace)
        return;
    if (clock)
        m_clock = std::move(clock);
    m_workspace = workspace;
    const auto gone = m_evaluator.setWorkspace(*workspace, now());
    m_incidents.apply(now(), gone);
    if (!m_firingRestored)
        restoreFiring();
    m_scored = m_evaluator.anomalyMetricsNeeded();
    dispatch(m_incidents.takeNotifications());
    publish();
}

void AlertWorker::setAnomalyScores(Engine::AnomalySnapshotPtr anomalies)
{
    if (!anomalies)
        return;
    m_scores.clear();
    m_scores.reserve(anomalies->scores.size());
    for (const Engine::SeriesScore &s : anomalies->scores)
        m_scores.insert(chartKey(s.serviceId, Model::alertMetric(s.kind)), {s.atMs, s.score});
}

void AlertWorker::onSnapshot(Engine::FleetSnapshotPtr snapshot)
{
    if (!snapshot || !m_workspace)
        return;
    m_lastSnapshot = snapshot;
    if (m_store && now() - m_lastPruneMs >= kPruneEveryMs)
        pruneStore();
    const int n = static_cast<int>(m_workspace->services.size());
    m_frame.reset(snapshot->atMs, n);
    QHash<QString, int> index;
    for (int i = 0; i < n; ++i)
        index.insert(m_workspace->services.at(i).id, i);
    for (const Engine::ServiceStatus &s : snapshot->services) {
        const int i = index.value(s.serviceId, -1);
        if (i < 0)
            continue;
        for (Model::MetricKind kind : Model::allMetricKinds()) {
            const Model::AlertMetric metric = Model::alertMetric(kind);
            const size_t at = ObservationFrame::at(i, metric);
            const double v = s.latest[kind];
            m_frame.values[at] = v;
            if (!m_scored[static_cast<size_t>(Model::alertMetricIndex(metric))])
                continue;
            const auto held = m_scores.constFind(chartKey(s.serviceId, metric));
            if (held != m_scores.cend() && snapshot->atMs - held->atMs <= kScoreStaleMs)
                m_frame.anomaly[at] = held->score;
        }
    }
    m_incidents.apply(snapshot->atMs, m_evaluator.evaluate(m_frame));
    m_incidents.setExternalAlerts(snapshot->atMs, snapshot->alerts);
    m_incidents.tick(snapshot->atMs);

    // Recent values of whatever fires, for the webhooks' chart values.
    QSet<QString> firing;
    for (const Incident &incident : m_incidents.openWorstFirst()) {
        for (const FiringAlert &a : incident.alerts) {
            const int i = index.value(a.serviceId, -1);
            if (a.external || i < 0)
                continue;
            const QString key = chartKey(a.serviceId, a.metric);
            firing.insert(key);
            QVector<Model::Sample> &values = m_recent[key];
            const double v = m_frame.values[ObservationFrame::at(i, a.metric)];
            if (!std::isnan(v) && (values.isEmpty() || snapshot->atMs - values.last().t >= kChartStepMs)) {
                values.append({snapshot->atMs, v});
                if (values.size() > WebhookPayload::kMaxChartPoints)
                    values.removeFirst();
            }
        }
    }
    m_recent.removeIf([&](const auto &it) { return !firing.contains(it.key()); });

    dispatch(m_incidents.takeNotifications());
    publish();
}

IncidentContext AlertWorker::contextFor(const Incident &incident) const
{
    IncidentContext c;
    if (m_workspace) {
        if (const Model::Project *p = m_workspace->project(incident.projectId))
            c.projectName = p->name;
        for (const QString &id : incident.serviceIds) {
            if (const Model::Service *s = m_workspace->service(id))
                c.serviceNames.insert(id, s->name);
        }
    }
    for (const FiringAlert &a : incident.alerts) {
        if (!a.external)
            c.chart.insert(a.key, m_recent.value(chartKey(a.serviceId, a.metric)));
    }
    return c;
}

void AlertWorker::dispatch(const QVector<Notification> &notifications)
{
    for (const Notification &n : notifications) {
        m_fresh.append(n);
        m_webhooks->notify(n, contextFor(n.incident));
    }
}

void AlertWorker::publish()
{
    persist();
    auto s = std::make_shared<AlertsSnapshot>();
    s->generation = ++m_generation;
    s->atMs = m_lastSnapshot ? m_lastSnapshot->atMs : now();
    s->open = m_incidents.openWorstFirst();
    for (auto it = m_incidents.incidents().crbegin(); it != m_incidents.incidents().crend(); ++it) {
        if (!it->isOpen())
            s->history.append(*it);
        if (s->history.size() >= kHistoryLimit)
            break;
    }
    s->silences = m_incidents.silences();
    s->maintenance = m_incidents.maintenance();
    const QVector<Delivery> &deliveries = m_webhooks->deliveries();
    for (auto it = deliveries.crbegin(); it != deliveries.crend() && s->deliveries.size() < kDeliveryLimit; ++it) {
        Delivery d = *it;
        d.body.clear(); // the view needs the state, not the payload
        s->deliveries.append(d);
    }
    s->webhooks = m_webhooks->webhooks();
    s->fresh.swap(m_fresh);
    s->suppressed = m_incidents.suppressedCount();
    s->ruleCount = m_evaluator.ruleCount();
    emit alertsReady(s);
}

void AlertWorker::acknowledge(quint64 incidentId, const QString &reason)
{
    if (const auto r = m_incidents.acknowledge(incidentId, now(), reason); !r)
        emit commandFailed(r.error());
    publish();
}

void AlertWorker::resolve(quint64 incidentId, const QString &reason)
{
    if (const auto r = m_incidents.resolve(incidentId, now(), reason); !r)
        emit commandFailed(r.error());
    dispatch(m_incidents.takeNotifications());
    publish();
}

void AlertWorker::silence(quint64 incidentId, qint64 untilMs, const QString &reason)
{
    if (const auto r = m_incidents.silenceIncident(incidentId, now(), untilMs, reason); !r)
        emit commandFailed(r.error());
    publish();
}

void AlertWorker::addSilence(const Silence &silence)
{
    m_incidents.addSilence(silence);
    publish();
}

void AlertWorker::removeSilence(quint64 silenceId)
{
    if (!m_incidents.removeSilence(silenceId))
        m_incidents.removeMaintenance(silenceId);
    publish();
}

void AlertWorker::addMaintenance(const MaintenanceWindow &window)
{
    if (window.endsMs <= window.startsMs) {
        emit commandFailed(Util::makeError(u"alerts.maintenance_empty"_s,
                                           tr("A maintenance window must end after it starts.")));
        return;
    }
    m_incidents.addMaintenance(window);
    publish();
}

void AlertWorker::setWebhooks(const QVector<WebhookConfig> &webhooks)
{
    m_webhooks->setWebhooks(webhooks);
    publish();
}

void AlertWorker::sendTest(const QString &webhookId)
{
    if (const auto r = m_webhooks->sendTest(webhookId); !r)
        emit commandFailed(r.error());
}

void AlertWorker::retryDelivery(quint64 deliveryId)
{
    if (const auto r = m_webhooks->retry(deliveryId); !r)
        emit commandFailed(r.error());
}

} // namespace Alerts
