#pragma once

#include "core/util/result.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>

class QSqlDatabase;

namespace Store {

// One deployment of a service as a provider reported it (Railway's timeline).
// Kept apart from the connector's own type so the store and the charts need not
// know which provider it came from.
struct DeploymentRecord
{
    QString id;            // the provider's deployment id: the primary key
    QString sourceId;      // the Straja source that reported it
    QString serviceId;     // Straja's service id
    QString status;        // SUCCESS, FAILED, CRASHED, REMOVED, BUILDING, ... (the provider's word)
    qint64 createdMs = 0;
    QString commitMessage; // empty when the deployment was not from a commit

    // The build or deploy never served traffic.
    bool failed() const;
    // The new code ran (or is running): what "latency rose after deploy X" can blame.
    bool wentLive() const;

    friend bool operator==(const DeploymentRecord &, const DeploymentRecord &) = default;
};
using DeploymentRecords = QVector<DeploymentRecord>;
using DeploymentRecordsPtr = std::shared_ptr<const DeploymentRecords>;

// The `deployments` table (schema 10). Upserts are idempotent: the same
// deployment reported again (its status moving from BUILDING to SUCCESS, say)
// replaces its row instead of adding one, so refreshing the timeline as often as
// the budget allows never grows the table by itself.
class DeploymentStore final
{
public:
    // Deployments older than this are pruned on each upsert: the charts look back
    // at most that far, and Railway itself keeps about 30 days.
    static constexpr qint64 kKeepMs = 90LL * 24 * 3600'000;

    explicit DeploymentStore(QSqlDatabase &db) : m_db(db) { }

    Util::Result<void> upsert(const DeploymentRecords &records, qint64 nowMs);
    // Every deployment created at or after `sinceMs`, oldest first.
    Util::Result<DeploymentRecords> load(qint64 sinceMs) const;

private:
    QSqlDatabase &m_db;
};

} // namespace Store

Q_DECLARE_METATYPE(Store::DeploymentRecordsPtr)
