#pragma once

#include "core/sources/railway/railwaydiscovery.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Actions {
class BudgetRegistry;
class HttpTransport;
}
namespace Sources {
class CredentialSource;
}

namespace Gui {

// "Load from Railway…" on the Railway page of the action target dialog: lists the
// projects, environments and services a token can see (RailwayDiscovery: one
// GraphQL document per page of projects, counted against the account's hourly
// budget, refused locally while that budget is spent) and hands back the ids of
// the service the operator picks. Problems (401, 429, unreachable, no token) are
// shown as one line; nothing is filled then.
class RailwayIdPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RailwayIdPicker)
public:
    explicit RailwayIdPicker(QWidget *parent = nullptr);
    ~RailwayIdPicker() override;

    // Tests: a transport and a budget registry of their own (defaults: the real
    // network and the process-wide registry the connectors share).
    void setTransportForTests(Actions::HttpTransport *transport) { m_transport = transport; }
    void setBudgets(std::shared_ptr<Actions::BudgetRegistry> budgets);

    // Asks Railway with these options and credentials (kept by the caller until
    // loaded() or the picker's end); `selectServiceId` is chosen when found.
    void load(const Sources::Railway::RailwayOptions &options, Sources::CredentialSource *credentials,
              const QString &selectServiceId = {});
    // A problem found before asking (no token): shown like Railway's own.
    void showProblem(const QString &text);

    QPushButton *loadButton() const { return m_load; }
    QTreeWidget *tree() const { return m_tree; }
    QString statusText() const;
    bool isLoading() const { return m_loading; }
    // "service name (environment)" lines of what was listed, for tests.
    QStringList listedServices() const;
    bool selectService(const QString &serviceId, const QString &environmentId);

    void retranslate();

signals:
    void loadRequested();
    void loaded();
    void picked(const QString &serviceId, const QString &environmentId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onDiscovered(const Sources::Railway::InventoryPtr &inventory, const QString &error,
                      const QString &selectServiceId);
    void onCurrentChanged(QTreeWidgetItem *item);
    QString budgetLine() const;

    QPushButton *m_load = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
    Actions::HttpTransport *m_transport = nullptr;
    std::shared_ptr<Actions::BudgetRegistry> m_budgets;
    QPointer<Sources::Railway::RailwayDiscovery> m_discovery;
    QString m_account;
    bool m_loading = false;
};

} // namespace Gui
