#pragma once

#include "core/engine/fleetsnapshot.h"
#include "core/engine/logs.h"
#include "core/model/workspace.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace Sources {
class AlertSource;
class CredentialSource;
class LogSource;
}
namespace Util {
class Clock;
}

namespace Engine {

// Alerts and log lines beside the metrics, on the engine's network thread: asks
// every configured Alertmanager on each refresh (an unreachable one keeps its last
// alerts, marked stale like a metric source) and answers log requests from the
// project view. State lives in memory only.
class AlertLogHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertLogHub)
public:
    AlertLogHub(Model::WorkspacePtr workspace, Sources::CredentialSource *credentials,
                std::shared_ptr<const Util::Clock> clock, QObject *parent = nullptr);
    ~AlertLogHub() override;

    // Creates the connectors; a misconfigured one becomes a source that is down with the reason.
    void start();
    // Asks every Alertmanager that is not already answering.
    void tick();
    void requestLogs(quint64 requestId, const Engine::LogRequest &request);
    // Answers every log request still waiting (with a reason), before the hub is replaced.
    void abandonPendingLogs(const QString &reason);

    // Firing alerts of every Alertmanager, newest first.
    QVector<Sources::Alert> alerts() const;
    QVector<SourceStatus> alertSourceStatuses() const;

    // An answer that takes longer than this is given up and asked again.
    static constexpr qint64 kAlertPatienceMs = 60'000;

signals:
    void alertsChanged();
    void logsReady(Engine::LogResultPtr result);

private:
    struct AlertSlot
    {
        QPointer<Sources::AlertSource> source;
        quint64 pending = 0;
        QElapsedTimer pendingSince;
        Sources::AlertListPtr alerts;
        SourceStatus status;
    };
    struct LogFetch
    {
        quint64 requestId = 0;
        LogRequest request;
        QString sourceName;
    };

    void onAlerts(const QString &sourceId, quint64 fetchId, const Sources::AlertListPtr &alerts);
    void onAlertsFailed(const QString &sourceId, quint64 fetchId, const Util::Error &error);
    void answerLogs(const LogFetch &fetch, Sources::LogLines lines, QString error);

    Model::WorkspacePtr m_workspace;
    Sources::CredentialSource *m_credentials = nullptr;
    std::shared_ptr<const Util::Clock> m_clock;
    QHash<QString, AlertSlot> m_alertSlots; // by metric source id
    QHash<QString, QPointer<Sources::LogSource>> m_logSources;
    QHash<QString, QString> m_logErrors;    // source id -> why its log source could not be created
    QHash<quint64, LogFetch> m_logFetches;
    quint64 m_nextFetchId = 1;
};

} // namespace Engine
