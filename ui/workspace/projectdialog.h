#pragma once

#include "core/business/businessqueries.h"
#include "core/model/workspace.h"
#include "ui/workspace/itemdialog.h"

#include <QHash>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Engine {
class EngineApi;
}

namespace Gui {

// Adds or edits a project: name, id, description, and the PromQL queries of its
// business figures (docs/cost.md), with a test that runs them on the engine.
class ProjectDialog final : public ItemDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectDialog)
public:
    // `project` with an empty id means adding. `engine` (may be null) runs "Test
    // queries" on the saved workspace's Prometheus source.
    ProjectDialog(const Model::Project &project, const QStringList &takenIds, QWidget *parent = nullptr,
                  Engine::EngineApi *engine = nullptr);
    ~ProjectDialog() override;

    Model::Project project() const;
    QLineEdit *businessQueryEdit(const QString &key) const { return m_queries.value(key); }
    QPushButton *testButton() const { return m_test; }
    QString testResultText() const;
    // Runs the queries as edited over the last two months; the answer is shown
    // under them (testShown() once it is).
    void testQueries();

signals:
    void testShown();

private:
    void showTest(const Business::BusinessQueryResultPtr &result);

    QPlainTextEdit *m_description = nullptr;
    QHash<QString, QLineEdit *> m_queries;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QPointer<Engine::EngineApi> m_engine;
    quint64 m_testId = 0;
};

} // namespace Gui
