#pragma once

#include "core/model/workspace.h"
#include "core/util/result.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace Engine {
class EngineApi;
}
namespace Secrets {
class SecretStore;
}

namespace Gui {

class WorkspaceEditor;

// The Workspace menu's work: the editor, import and export of workspace files,
// starting an empty workspace and going back to the demo. Files are read and
// written off the GUI thread; every replacement asks first and says what goes.
class WorkspaceController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceController)
public:
    WorkspaceController(Engine::EngineApi *engine, QWidget *window);
    ~WorkspaceController() override;

    void setSecretStore(Secrets::SecretStore *secrets);

    void openEditor();
    void importWorkspace();
    void exportWorkspace();
    void startEmptyWorkspace();
    void backToDemo();

    // The open editor, if any.
    WorkspaceEditor *editor() const;
    bool isBusy() const { return m_busy; }

signals:
    void statusMessage(const QString &text);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    // Replaces the workspace through the engine; `done` runs once it is in place.
    void replaceWorkspace(const Model::Workspace &workspace, std::function<void()> done);
    void askToImport(const QString &path, const Model::Workspace &imported);
    // Deletes these keychain entries one after the other; failures are shown at the end.
    void removeTokens(QStringList keys, QStringList failures);

    QPointer<Engine::EngineApi> m_engine;
    QPointer<Secrets::SecretStore> m_secrets;
    QWidget *m_window = nullptr;
    QPointer<WorkspaceEditor> m_editor;
    bool m_busy = false;
    QMetaObject::Connection m_changed;
    QMetaObject::Connection m_failed;
};

} // namespace Gui
