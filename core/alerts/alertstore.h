#pragma once

#include "core/alerts/alerttypes.h"
#include "core/alerts/webhooknotifier.h"
#include "core/util/result.h"

#include <QHash>

class QSqlDatabase;

namespace Alerts {

// What the alerts keep across restarts (schema 6): incidents with their
// timeline, silences and maintenance windows, webhook deliveries. Works on the
// connection of the thread that owns it (the alert worker's own, as core/actions
// does), so the GUI thread never waits on it. Incidents are rewritten whole (they
// are few and small); timeline entries are only ever appended.
class AlertStore final
{
public:
    struct Loaded
    {
        IncidentList incidents; // open ones, those still holding alerts, recent history
        QVector<Silence> silences; // in force or still to come
        QVector<MaintenanceWindow> maintenance;
        QVector<Delivery> deliveries; // newest `deliveryLimit`
        quint64 nextIncidentId = 1;
        quint64 nextSilenceId = 1;
    };

    // How long what is over stays in the store (docs/alerts.md, "Kept across restarts").
    struct Retention
    {
        int resolvedIncidentDays = 90; // resolved incidents, with their timeline
        int deliveryCount = 1000;      // the newest deliveries kept...
        int deliveryDays = 30;         // ...and none older than this
        int expiredSilenceDays = 30;   // silences and maintenance windows, once over
    };
    struct Pruned
    {
        int incidents = 0;
        int timelineEntries = 0;
        int deliveries = 0;
        int silences = 0;
    };

    explicit AlertStore(QSqlDatabase &db) : m_db(db) { }

    Util::Result<Loaded> load(qint64 nowMs, int historyLimit, int deliveryLimit);
    // Writes the incidents; timeline entries already saved are not written again.
    Util::Result<void> saveIncidents(const QVector<const Incident *> &incidents);
    // Writes every silence and window; ones no longer listed that were still in
    // force end now (kept as history, not deleted).
    Util::Result<void> saveSilences(const QVector<Silence> &silences, const QVector<MaintenanceWindow> &maintenance,
                                    qint64 nowMs);
    Util::Result<void> saveDelivery(const Delivery &delivery);
    // Deletes, in one transaction, what `retention` no longer keeps at `nowMs`
    // (engine time, as incidents and silences are stamped) and `wallNowMs` (wall
    // time, as deliveries are). Open and acknowledged incidents and deliveries being
    // sent are never touched.
    Util::Result<Pruned> prune(qint64 nowMs, qint64 wallNowMs, const Retention &retention);

private:
    QSqlDatabase &m_db;
    QHash<quint64, int> m_savedTimeline; // incident id -> timeline entries in the table
};

} // namespace Alerts
