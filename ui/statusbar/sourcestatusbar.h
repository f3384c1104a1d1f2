#pragma once

#include "core/engine/fleetsnapshot.h"

#include <memory>

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace Actions {
class BudgetRegistry;
}

namespace Gui {

// The status bar's right side: each source's state with the age of its newest
// data, and a DEMO badge when the workspace is simulated.
class SourceStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceStatusBar)
public:
    explicit SourceStatusBar(QWidget *parent = nullptr);
    ~SourceStatusBar() override;

    void setSnapshot(const Engine::FleetSnapshotPtr &snapshot);
    // The text shown for each source, for tests and accessibility.
    QStringList sourceTexts() const;
    // Where the per-token API budgets are read (Railway); default: the shared registry.
    void setBudgets(std::shared_ptr<const Actions::BudgetRegistry> budgets);
    QString budgetText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();

    Engine::FleetSnapshotPtr m_snapshot;
    QLabel *m_demo = nullptr;
    QLabel *m_budget = nullptr;
    std::shared_ptr<const Actions::BudgetRegistry> m_budgets;
    QHBoxLayout *m_layout = nullptr;
    QList<QLabel *> m_labels;
};

// "12 s", "4 min", "3 h": how old data is.
QString formatAge(qint64 ageMs);

} // namespace Gui
