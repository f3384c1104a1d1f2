#pragma once

#include "core/alerts/alertstore.h"
#include "core/alerts/incidentmanager.h"
#include "core/alerts/ruleevaluator.h"
#include "core/alerts/webhooknotifier.h"
#include "core/engine/fleetsnapshot.h"
#include "core/engine/predictions.h"
#include "core/model/workspace.h"

#include <QObject>

#include <memory>

namespace Sources {
class CredentialSource;
}
namespace Store {
class Database;
}
namespace Util {
class Clock;
}

namespace Alerts {

// What the alerts view shows, handed over whole (an immutable value).
struct AlertsSnapshot
{
    quint64 generation = 0;
    qint64 atMs = 0;
    IncidentList open;    // worst first
    IncidentList history; // resolved, newest first
    QVector<Silence> silences;
    QVector<MaintenanceWindow> maintenance;
    QVector<Delivery> deliveries; // newest first
    QVector<WebhookConfig> webhooks;
    QVector<Notification> fresh; // notifications since the previous snapshot (tray)
    int suppressed = 0;
    int ruleCount = 0;
};
using AlertsSnapshotPtr = std::shared_ptr<const AlertsSnapshot>;

// Smart alerts on the engine's network thread: every fleet snapshot becomes an
// observation frame for the rule evaluator (anomaly scores as the analysis
// scheduler last computed them: the worker runs no detector of its own, so each
// series has one in the whole app), Alertmanager's alerts
// join through the incident manager, and notifications go to the webhooks. The
// GUI sees only AlertsSnapshot values and sends commands by queued calls.
class AlertWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertWorker)
public:
    // `credentials` (webhook addresses) must outlive the worker; may be null.
    AlertWorker(Sources::CredentialSource *credentials, std::shared_ptr<const Util::Clock> clock,
                QObject *parent = nullptr);
    ~AlertWorker() override;

    // A score whose bucket started longer ago than this (engine time) is missing
    // data: the analysis stopped or fell behind, and an old score must not fire.
    static constexpr qint64 kScoreStaleMs = 20 * 60'000;
    static constexpr int kHistoryLimit = 500;
    static constexpr int kDeliveryLimit = 200;
    // The store is pruned at start and then once a day (engine time).
    static constexpr qint64 kPruneEveryMs = 24 * 3'600'000LL;

public slots:
    // Opens the worker's own connection to the store and takes over what the
    // previous run saved; from then on every change is saved. Call before the
    // first setWorkspace(); failures come as commandFailed (alerts then live in
    // memory only).
    void openStore(const QString &databasePath);
    // What the store keeps of incidents, deliveries and silences that are over;
    // call before openStore() to apply it at start too.
    void setRetention(const Alerts::AlertStore::Retention &retention) { m_retention = retention; }
    void setWorkspace(Model::WorkspacePtr workspace, std::shared_ptr<const Util::Clock> clock);
    void onSnapshot(Engine::FleetSnapshotPtr snapshot);
    // The analysis scheduler's newest scores; anomaly-score rules read them at the
    // following snapshots. An empty snapshot (workspace replaced) forgets them all.
    void setAnomalyScores(Engine::AnomalySnapshotPtr anomalies);
    void acknowledge(quint64 incidentId, const QString &reason);
    void resolve(quint64 incidentId, const QString &reason);
    void silence(quint64 incidentId, qint64 untilMs, const QString &reason);
    void addSilence(const Alerts::Silence &silence);
    void removeSilence(quint64 silenceId);
    void addMaintenance(const Alerts::MaintenanceWindow &window);
    void setWebhooks(const QVector<Alerts::WebhookConfig> &webhooks);
    void sendTest(const QString &webhookId);
    void retryDelivery(quint64 deliveryId);

signals:
    void alertsReady(Alerts::AlertsSnapshotPtr snapshot);
    void commandFailed(Util::Error error);

private:
    void publish();
    void persist();
    void saveDelivery(const Delivery &delivery);
    void restoreFiring();
    void dispatch(const QVector<Notification> &notifications);
    void pruneStore();
    IncidentContext contextFor(const Incident &incident) const;
    qint64 now() const;

    std::shared_ptr<const Util::Clock> m_clock;
    Model::WorkspacePtr m_workspace;
    RuleEvaluator m_evaluator;
    IncidentManager m_incidents;
    WebhookNotifier *m_webhooks = nullptr;
    std::vector<bool> m_scored;
    struct HeldScore
    {
        qint64 atMs = 0;
        double score = 0.0;
    };
    QHash<QString, HeldScore> m_scores; // "service/metric" -> the scheduler's newest score
    ObservationFrame m_frame;
    Engine::FleetSnapshotPtr m_lastSnapshot;
    QVector<Notification> m_fresh;
    QHash<QString, QVector<Model::Sample>> m_recent; // alert slot key -> recent values for the chart
    quint64 m_generation = 0;
    std::unique_ptr<Store::Database> m_db;
    std::unique_ptr<AlertStore> m_store;
    AlertStore::Retention m_retention;
    qint64 m_lastPruneMs = 0;
    bool m_firingRestored = true; // false until the evaluator took over restored alerts
};

} // namespace Alerts

Q_DECLARE_METATYPE(Alerts::AlertsSnapshotPtr)
Q_DECLARE_METATYPE(Alerts::Silence)
Q_DECLARE_METATYPE(Alerts::MaintenanceWindow)
Q_DECLARE_METATYPE(QVector<Alerts::WebhookConfig>)
