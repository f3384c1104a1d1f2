#include "core/actions/targetprobe.h"

#include "core/actions/budgetregistry.h"
#include "core/actions/kubernetesexecutor.h"
#include "core/actions/railwayexecutor.h"
#include "core/sources/credentials.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

// The typed token for this one read, or the keychain's entry when none was typed.
class ProbeCredentials final : public Sources::CredentialSource
{
public:
    ProbeCredentials(QString token, std::shared_ptr<Sources::CredentialSource> fallback)
        : m_token(std::move(token))
        , m_fallback(std::move(fallback))
    {
    }

    void lookup(const QString &sourceId, std::function<void(Util::Result<Sources::Credentials>)> done) override
    {
        if (m_token.isEmpty() && m_fallback) {
            m_fallback->lookup(sourceId, std::move(done));
            return;
        }
        Sources::Credentials c;
        c.bearerToken = m_token;
        // Answer later on the caller's (network) thread, as the keychain does:
        // executors may not rely on re-entrancy.
        QTimer::singleShot(0, [done, c] { done(c); });
    }

private:
    QString m_token;
    std::shared_ptr<Sources::CredentialSource> m_fallback;
};

} // namespace

TargetProbe::TargetProbe(HttpTransport *transport, std::shared_ptr<Sources::CredentialSource> credentials,
                         std::shared_ptr<const Util::Clock> clock, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_credentials(std::move(credentials))
    , m_clock(std::move(clock))
{
}

TargetProbe::~TargetProbe() = default;

void TargetProbe::probe(quint64 requestId, const ActionTarget &target, const QString &token)
{
    auto credentials = std::make_shared<ProbeCredentials>(token, m_credentials);
    Executor *executor = nullptr;
    if (target.provider == u"kubernetes") {
        executor = new KubernetesExecutor(m_transport, credentials, this);
    } else if (target.provider == u"railway") {
        auto *railway = new RailwayExecutor(m_transport, credentials, m_clock, this);
        // The test's request counts against the account's hourly budget like any other.
        railway->setBudgetRegistry(BudgetRegistry::shared());
        executor = railway;
    }
    if (!executor) {
        ProviderState state;
        state.serviceId = target.serviceId;
        state.error = QCoreApplication::translate("Actions", "Only Kubernetes and Railway targets can be tested; "
                                                             "the demo fleet needs no target.");
        QMetaObject::invokeMethod(this, [this, requestId, state] { emit probed(requestId, state); },
                                  Qt::QueuedConnection);
        return;
    }
    // The answer ends the executor: a probe never sends a change, so nothing of it
    // needs to outlive the read.
    QPointer<Executor> guard(executor);
    connect(executor, &Executor::observed, this,
            [this, guard, requestId, serviceId = target.serviceId](quint64, const QVector<ProviderState> &states) {
                ProviderState state;
                if (!states.isEmpty()) {
                    state = states.constFirst();
                } else {
                    state.serviceId = serviceId;
                    state.error = QCoreApplication::translate("Actions", "The provider gave no answer for this target.");
                }
                emit probed(requestId, state);
                if (guard)
                    guard->deleteLater();
            });
    executor->observe(requestId, {target});
}

} // namespace Actions
