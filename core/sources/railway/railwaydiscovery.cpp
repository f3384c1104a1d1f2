#include "core/sources/railway/railwaydiscovery.h"

#include "core/actions/budgetregistry.h"
#include "core/sources/railway/graphqlbatch.h"
#include "core/sources/railway/railwayclient.h"
#include "core/sources/railway/railwayqueries.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Sources::Railway {

RailwayDiscovery::RailwayDiscovery(RailwayOptions options, CredentialSource *credentials, const Util::Clock *clock,
                                   Actions::HttpTransport *transport, std::shared_ptr<Actions::BudgetRegistry> budgets,
                                   QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_client(new RailwayClient(m_options, credentials, clock, transport, std::move(budgets), this))
{
    qRegisterMetaType<InventoryPtr>();
}

RailwayDiscovery::~RailwayDiscovery() = default;

void RailwayDiscovery::discover(quint64 requestId)
{
    if (m_options.tokenKind == TokenKind::Project) {
        projectOfToken(requestId);
        return;
    }
    nextPage(requestId, std::make_shared<Inventory>(), std::make_shared<QStringList>(), QString(), 1);
}

void RailwayDiscovery::nextPage(quint64 requestId, std::shared_ptr<Inventory> found,
                                std::shared_ptr<QStringList> warnings, const QString &after, int page)
{
    GraphQlBatch batch(u"straja_projects"_s);
    const QString alias = RailwayQueries::projectsPage(batch, after);
    // Discovery is what the operator asked for: it may use the reserve.
    m_client->post(batch.document(), true, [this, requestId, found, warnings, alias, page](auto answer) {
        if (!answer) {
            emit discovered(requestId, found, answer.error().message, *warnings);
            return;
        }
        for (const GraphQlProblem &p : answer->problems)
            warnings->append(p.message);
        auto parsed = RailwayResponse::projectsPage(answer->data.value(alias), m_options.environment);
        if (!parsed) {
            emit discovered(requestId, found, parsed.error().message, *warnings);
            return;
        }
        found->instances += parsed->inventory.instances;
        found->projectIds += parsed->inventory.projectIds;
        if (parsed->hasNextPage && !parsed->endCursor.isEmpty() && page < kMaxPages) {
            nextPage(requestId, found, warnings, parsed->endCursor, page + 1);
            return;
        }
        emit discovered(requestId, found, QString(), *warnings);
    });
}

void RailwayDiscovery::projectOfToken(quint64 requestId)
{
    GraphQlBatch first(u"straja_token"_s);
    const QString alias = RailwayQueries::projectToken(first);
    m_client->post(first.document(), true, [this, requestId, alias](auto answer) {
        auto empty = std::make_shared<Inventory>();
        if (!answer) {
            emit discovered(requestId, empty, answer.error().message, {});
            return;
        }
        const QJsonObject token = answer->data.value(alias).toObject();
        const QString projectId = token.value("projectId"_L1).toString();
        const QString environmentId = token.value("environmentId"_L1).toString();
        if (projectId.isEmpty()) {
            emit discovered(requestId, empty,
                            QCoreApplication::translate("Railway", "Railway did not say which project this token "
                                                                   "belongs to: is it an account token?"),
                            {});
            return;
        }
        GraphQlBatch second(u"straja_project"_s);
        const QString projectAlias = RailwayQueries::project(second, projectId);
        m_client->post(second.document(), true,
                       [this, requestId, projectAlias, projectId, environmentId](auto result) {
                           auto found = std::make_shared<Inventory>();
                           if (!result) {
                               emit discovered(requestId, found, result.error().message, {});
                               return;
                           }
                           *found = RailwayResponse::project(result->data.value(projectAlias), m_options.environment,
                                                             environmentId);
                           found->projectToken = projectId;
                           QStringList warnings;
                           for (const GraphQlProblem &p : result->problems)
                               warnings.append(p.message);
                           emit discovered(requestId, found, QString(), warnings);
                       });
    });
}

} // namespace Sources::Railway
