#pragma once

#include "core/actions/actiontypes.h"

#include <QObject>

#include <memory>

namespace Sources {
class CredentialSource;
}
namespace Util {
class Clock;
}

namespace Actions {

class HttpTransport;

// "Test" on the action target page: reads a service's current state at its
// provider (Kubernetes GET of the deployment, Railway's serviceInstance query)
// and never changes anything. Lives on the network thread next to the executors.
// The token the operator has typed but not yet saved is used for this one read
// only; without one, the keychain's entry is used as the executors would.
class TargetProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TargetProbe)
public:
    TargetProbe(HttpTransport *transport, std::shared_ptr<Sources::CredentialSource> credentials,
                std::shared_ptr<const Util::Clock> clock, QObject *parent = nullptr);
    ~TargetProbe() override;

public slots:
    // Answers probed() with the same id, exactly once.
    void probe(quint64 requestId, const Actions::ActionTarget &target, const QString &token);

signals:
    void probed(quint64 requestId, const Actions::ProviderState &state);

private:
    HttpTransport *m_transport;
    std::shared_ptr<Sources::CredentialSource> m_credentials;
    std::shared_ptr<const Util::Clock> m_clock;
};

} // namespace Actions
