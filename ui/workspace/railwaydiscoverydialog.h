#pragma once

#include "core/model/workspace.h"
#include "core/sources/railway/discoverymerge.h"
#include "core/sources/railway/railwaydiscovery.h"

#include <QDialog>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Actions {
class BudgetRegistry;
class HttpTransport;
}
namespace Sources {
class CredentialSource;
}

namespace Gui {

// "Discover from Railway…": asks Railway what the source's token can see (without
// blocking), merges it into a copy of the editor's draft (DiscoveryMerge: the
// operator's own settings for a service are kept) and shows what would be added,
// marked removed, brought back and kept. Nothing changes unless the operator
// presses Apply; then workspace() holds the merged workspace for the editor to save.
class RailwayDiscoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwayDiscoveryDialog)
public:
    RailwayDiscoveryDialog(Model::Workspace draft, QString sourceId, Sources::CredentialSource *credentials,
                           QWidget *parent = nullptr, Actions::HttpTransport *transport = nullptr,
                           std::shared_ptr<Actions::BudgetRegistry> budgets = {});
    ~RailwayDiscoveryDialog() override;

    // Starts asking Railway; previewShown() once the answer (or an error) is shown.
    void start();
    // The merged workspace (valid once canApply()).
    const Model::Workspace &workspace() const;
    bool canApply() const { return m_outcome.has_value(); }
    // What the tree shows, one line per row ("Added: api (Shop)"), for tests.
    QStringList previewLines() const;
    QString statusText() const;

signals:
    void previewShown();

private:
    void onDiscovered(const Sources::Railway::InventoryPtr &inventory, const QString &error,
                      const QStringList &warnings);
    void addGroup(const QString &title, const QStringList &serviceIds, const Model::Workspace &workspace);

    Model::Workspace m_draft;
    QString m_sourceId;
    Sources::CredentialSource *m_credentials = nullptr;
    Actions::HttpTransport *m_transport = nullptr;
    std::shared_ptr<Actions::BudgetRegistry> m_budgets;
    QPointer<Sources::Railway::RailwayDiscovery> m_discovery;
    std::optional<Sources::Railway::DiscoveryMerge::Outcome> m_outcome;

    QLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Gui
