#pragma once

#include "core/flags/admintransport.h"
#include "core/flags/flagsource.h"
#include "core/model/workspace.h"

#include <QJsonDocument>
#include <QUrl>

#include <deque>
#include <memory>

namespace Sources {
class CredentialSource;
}
namespace Util {
class Clock;
}

namespace Flags {

struct UnleashConfig
{
    QString sourceId;      // also the key of the admin token in the keychain
    QString name;
    QUrl url;              // e.g. http://127.0.0.1:4242 (no /api suffix)
    QStringList projects;  // empty: every project
    QString caFile;        // extra CA certificate (PEM) to trust; empty: the system's
    int timeoutMs = 8000;
    int maxParallel = 4;   // requests in flight at once

    // From a workspace source of type Unleash: its id (the admin token's keychain
    // key), name, URL, CA file and options {"projects": [...]}.
    static UnleashConfig fromSource(const Model::SourceConfig &source);
};

// Unleash's Admin API (v5 to v8): reads projects, environments, segments, every
// flag with its strategies, variants and dependencies, and each flag's newest
// event ("last change"); turns flags on and off per environment and changes
// rollout percentages and variant weights (see FlagChange), then reads the flag
// back to verify. The admin token comes from the CredentialSource under the
// source id (bearer token field) and is sent as Unleash's Authorization header.
// Flags of type "experiment" whose strategy has variants become experiments.
class UnleashConnector final : public FlagSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnleashConnector)
public:
    // `credentials` and `clock` must outlive the connector. Without a transport
    // one over QNetworkAccessManager is made.
    UnleashConnector(UnleashConfig config, Sources::CredentialSource *credentials, const Util::Clock *clock,
                     std::unique_ptr<AdminTransport> transport = {}, QObject *parent = nullptr);
    ~UnleashConnector() override;

    QString sourceId() const override { return m_config.sourceId; }
    QString name() const override { return m_config.name; }
    bool isDemo() const override { return false; }
    const UnleashConfig &config() const { return m_config; }

    void fetch(quint64 requestId) override;
    void apply(quint64 requestId, const Flags::FlagChange &change) override;
    void cancel() override;

    // Translated error for an HTTP answer that is not a success.
    static Util::Error httpError(int status, const QByteArray &body, const QString &path);

private:
    struct FetchJob;
    using JsonCallback = std::function<void(Util::Result<QJsonDocument>)>;

    void withToken(std::function<void(Util::Result<void>)> next);
    void get(const QString &path, quint64 epoch, JsonCallback done);
    void pump();
    void startFeatures(const std::shared_ptr<FetchJob> &job);
    void finishIfDone(const std::shared_ptr<FetchJob> &job);
    void verify(quint64 requestId, const FlagChange &change, quint64 epoch);
    qint64 nowMs() const;
    // Made on first use, so it belongs to the thread the connector runs on.
    AdminTransport &transport();

    struct Pending
    {
        AdminRequest request;
        AdminTransport::Callback done;
    };

    UnleashConfig m_config;
    Sources::CredentialSource *m_credentials = nullptr;
    const Util::Clock *m_clock = nullptr;
    std::unique_ptr<AdminTransport> m_transport;
    std::deque<Pending> m_queue;
    int m_inFlight = 0;
    quint64 m_epoch = 0; // bumped by cancel(): answers of older epochs are dropped
};

} // namespace Flags
