#include "core/sources/railway/railwayclient.h"

#include "core/actions/budgetregistry.h"
#include "core/sources/credentials.h"
#include "core/util/clock.h"
#include "core/util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

RailwayClient::RailwayClient(RailwayOptions options, CredentialSource *credentials, const Util::Clock *clock,
                             Actions::HttpTransport *transport, std::shared_ptr<Actions::BudgetRegistry> budgets,
                             QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_credentials(credentials)
    , m_clock(clock)
    , m_transport(transport)
    , m_budgets(budgets ? std::move(budgets) : Actions::BudgetRegistry::shared())
{
    qRegisterMetaType<Actions::RequestBudgetStatus>();
    m_timeoutMs = m_options.timeoutMs;
    if (!m_transport)
        m_transport = new Actions::NetworkTransport(this);
}

RailwayClient::~RailwayClient()
{
    *m_alive = false;
}

qint64 RailwayClient::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

Actions::RequestBudgetStatus RailwayClient::budget() const
{
    return m_budgets->status(m_options.credentialKey(), nowMs());
}

void RailwayClient::post(const QJsonObject &document, bool essential, Done done)
{
    const QString key = m_options.credentialKey();
    const qint64 now = nowMs();
    qint64 wait = 0;
    auto alive = m_alive;
    if (!m_budgets->acquire(key, essential, now, &wait)) {
        const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(now + wait).toLocalTime().time(),
                                                 QLocale::ShortFormat);
        Util::Error error = Util::makeError(u"railway.budget"_s,
                                            QCoreApplication::translate("Railway", "The Railway request budget of "
                                                                                   "'%1' is spent; waiting until %2.")
                                                .arg(m_options.account, until));
        QMetaObject::invokeMethod(
            this, [alive, done, error] { if (*alive) done(error); }, Qt::QueuedConnection);
        return;
    }
    ++m_sent;
    emit budgetChanged(m_budgets->status(key, now));
    auto send = [this, alive, key, document, done](Util::Result<Credentials> credentials) {
        if (!*alive)
            return;
        const QString token = credentials ? credentials->bearerToken : QString();
        if (token.isEmpty()) {
            done(Util::makeError(u"railway.token"_s,
                                 credentials ? QCoreApplication::translate("Railway", "No Railway token for '%1' in the "
                                                                                      "keychain.")
                                                   .arg(m_options.account)
                                             : credentials.error().message));
            return;
        }
        Actions::HttpRequest http;
        http.method = "POST";
        http.url = m_options.endpoint;
        http.timeoutMs = m_timeoutMs;
        http.header("Content-Type", "application/json");
        http.header("Accept", "application/json");
        if (m_options.tokenKind == TokenKind::Project)
            http.header("Project-Access-Token", token.toUtf8());
        else
            http.header("Authorization", "Bearer " + token.toUtf8());
        http.body = QJsonDocument(document).toJson(QJsonDocument::Compact);
        m_transport->send(http, [this, alive, key, done](Actions::HttpResponse r) {
            if (!*alive)
                return;
            const qint64 at = nowMs();
            m_budgets->update(key, r, at);
            emit budgetChanged(m_budgets->status(key, at));
            if (r.status == 0) {
                done(Util::makeError(r.timedOut ? u"railway.timeout"_s : u"railway.network"_s,
                                     r.timedOut ? QCoreApplication::translate("Railway", "Railway did not answer "
                                                                                         "within %1 s.")
                                                      .arg(QLocale().toString(m_timeoutMs / 1000.0))
                                                : QCoreApplication::translate("Railway", "Railway could not be "
                                                                                         "reached: %1")
                                                      .arg(r.networkError)));
                return;
            }
            auto envelope = RailwayResponse::envelope(r.status, r.body, m_options.tokenKind);
            if (!envelope && r.status == 429) {
                const qint64 until = m_budgets->blockedUntilMs(key);
                const int seconds = static_cast<int>((until - at + 999) / 1000);
                if (seconds > 0) {
                    const QString message = QCoreApplication::translate(
                        "Railway", "Railway's rate limit was reached (429); asking again after %n s.", nullptr, seconds);
                    envelope = Util::makeError(u"railway.429"_s, message);
                }
            }
            done(std::move(envelope));
        });
    };
    if (!m_credentials) {
        QMetaObject::invokeMethod(
            this, [send] { send(Credentials{}); }, Qt::QueuedConnection);
        return;
    }
    m_credentials->lookup(key, send);
}

} // namespace Sources::Railway
