#pragma once

#include "core/sources/railway/railwayoptions.h"

#include <QObject>

#include <memory>

namespace Util {
class Clock;
}
namespace Actions {
class BudgetRegistry;
class HttpTransport;
}
namespace Sources {
class CredentialSource;
}

namespace Sources::Railway {

class RailwayClient;

using InventoryPtr = std::shared_ptr<const Inventory>;

// Lists what a Railway token can see: with an account or team token every project
// (paged through `projects` edges/pageInfo), with a project token its one project
// and environment. Answers with discovered(); hand the inventory to
// DiscoveryMerge to update the workspace.
class RailwayDiscovery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwayDiscovery)
public:
    static constexpr int kMaxPages = 50;

    RailwayDiscovery(RailwayOptions options, CredentialSource *credentials, const Util::Clock *clock,
                     Actions::HttpTransport *transport = nullptr, std::shared_ptr<Actions::BudgetRegistry> budgets = {},
                     QObject *parent = nullptr);
    ~RailwayDiscovery() override;

    void discover(quint64 requestId);
    RailwayClient *client() const { return m_client; }

signals:
    // `error` empty on success; `inventory` is whatever was found (also on error).
    void discovered(quint64 requestId, Sources::Railway::InventoryPtr inventory, QString error, QStringList warnings);

private:
    void nextPage(quint64 requestId, std::shared_ptr<Inventory> found, std::shared_ptr<QStringList> warnings,
                  const QString &after, int page);
    void projectOfToken(quint64 requestId);

    RailwayOptions m_options;
    RailwayClient *m_client = nullptr;
};

} // namespace Sources::Railway

Q_DECLARE_METATYPE(Sources::Railway::InventoryPtr)
