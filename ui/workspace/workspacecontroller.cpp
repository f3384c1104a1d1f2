#include "ui/workspace/workspacecontroller.h"

#include "core/engine/engineapi.h"
#include "core/model/workspacejson.h"
#include "core/secrets/secretstore.h"
#include "ui/dialogs/filedialog.h"
#include "ui/dialogs/messagebox.h"
#include "ui/workspace/workspaceeditor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QJsonObject>
#include <QPointer>
#include <QSaveFile>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

struct ReadOutcome
{
    std::optional<Model::Workspace> workspace;
    Util::Error error;
};

ReadOutcome readWorkspaceFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {std::nullopt, Util::makeError(u"workspace_file.read"_s,
                                              QCoreApplication::translate("WorkspaceController", "Cannot read %1: %2")
                                                  .arg(QDir::toNativeSeparators(path), file.errorString()))};
    }
    auto parsed = Model::workspaceFromJson(file.readAll());
    if (!parsed)
        return {std::nullopt, parsed.error()};
    return {std::move(parsed).value(), {}};
}

QString writeWorkspaceFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return QString();
}

QString describe(const Model::Workspace &ws)
{
    // Counts go through variables: lupdate misreads a cast inside translate().
    const int projectCount = static_cast<int>(ws.projects.size());
    const int serviceCount = static_cast<int>(ws.services.size());
    const QString projects = QCoreApplication::translate("WorkspaceController", "%n project(s)", nullptr,
                                                         projectCount);
    const QString services = QCoreApplication::translate("WorkspaceController", "%n service(s)", nullptr,
                                                         serviceCount);
    return QCoreApplication::translate("WorkspaceController", "'%1' (%2, %3)").arg(ws.name, projects, services);
}

} // namespace

WorkspaceController::WorkspaceController(Engine::EngineApi *engine, QWidget *window)
    : QObject(window)
    , m_engine(engine)
    , m_window(window)
{
}

WorkspaceController::~WorkspaceController() = default;

void WorkspaceController::setSecretStore(Secrets::SecretStore *secrets)
{
    m_secrets = secrets;
}

WorkspaceEditor *WorkspaceController::editor() const
{
    return m_editor;
}

void WorkspaceController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
}

void WorkspaceController::openEditor()
{
    if (!m_engine || !m_engine->workspace() || m_busy)
        return;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_editor = new WorkspaceEditor(m_engine, m_secrets, m_window);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &WorkspaceEditor::saved, this, [this] { emit statusMessage(tr("Workspace saved.")); });
    m_editor->open();
}

void WorkspaceController::replaceWorkspace(const Model::Workspace &workspace, std::function<void()> done)
{
    if (!m_engine)
        return;
    setBusy(true);
    auto replacement = std::make_shared<const Model::Workspace>(workspace);
    m_changed = connect(m_engine, &Engine::EngineApi::workspaceChanged, this,
                        [this, replacement, done = std::move(done)](const Model::WorkspacePtr &changed) {
                            if (changed != replacement)
                                return;
                            disconnect(m_changed);
                            disconnect(m_failed);
                            setBusy(false);
                            if (done)
                                done();
                        });
    m_failed = connect(m_engine, &Engine::EngineApi::workspaceSaveFailed, this, [this](const Util::Error &error) {
        disconnect(m_changed);
        disconnect(m_failed);
        setBusy(false);
        MessageBox::inform(m_window, MessageBox::Kind::Warning, tr("Workspace not changed"), error.message);
    });
    m_engine->updateWorkspace(replacement);
}

void WorkspaceController::exportWorkspace()
{
    if (!m_engine || !m_engine->workspace() || m_busy)
        return;
    const Model::WorkspacePtr workspace = m_engine->workspace();
    QString suggested = workspace->name.trimmed();
    suggested.replace(u'/', u'-');
    if (suggested.isEmpty())
        suggested = u"workspace"_s;
    FileDialog::chooseFileToSave(
        m_window, tr("Export workspace"), suggested + u".straja.json"_s,
        tr("Straja workspace (*.json);;All files (*)"), [this, workspace](const QString &path) {
            if (path.isEmpty())
                return;
            setBusy(true);
            const QByteArray bytes = Model::workspaceToJson(*workspace);
            QtConcurrent::run(writeWorkspaceFile, path, bytes).then(this, [this, path](const QString &error) {
                setBusy(false);
                if (!error.isEmpty()) {
                    MessageBox::inform(m_window, MessageBox::Kind::Warning, tr("Export failed"),
                                       tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error));
                    return;
                }
                emit statusMessage(tr("Workspace exported to %1 (without credentials).")
                                       .arg(QDir::toNativeSeparators(path)));
            });
        });
}

void WorkspaceController::importWorkspace()
{
    if (!m_engine || !m_engine->workspace() || m_busy)
        return;
    FileDialog::chooseFileToOpen(m_window, tr("Import workspace"), tr("Straja workspace (*.json);;All files (*)"),
                                 [this](const QString &path) {
                                     if (path.isEmpty())
                                         return;
                                     setBusy(true);
                                     QtConcurrent::run(readWorkspaceFile, path)
                                         .then(this, [this, path](const ReadOutcome &outcome) {
                                             setBusy(false);
                                             if (!outcome.workspace) {
                                                 const QString message = outcome.error.message;
                                                 const QString first = message.section(u'\n', 0, 0);
                                                 MessageBox::inform(m_window, MessageBox::Kind::Warning,
                                                                    tr("Import failed"),
                                                                    tr("%1 was not imported: nothing changed.")
                                                                            .arg(QFileInfo(path).fileName())
                                                                        + u"\n\n"_s + message,
                                                                    first != message ? message : QString());
                                                 return;
                                             }
                                             askToImport(path, *outcome.workspace);
                                         });
                                 });
}

void WorkspaceController::askToImport(const QString &path, const Model::Workspace &imported)
{
    const Model::Workspace &current = *m_engine->workspace();
    const QString text = tr("Replace the workspace %1 with %2 from %3? Services that are not in the imported "
                            "workspace lose their cached history. Credentials stay in the keychain.")
                             .arg(describe(current), describe(imported), QFileInfo(path).fileName());
    MessageBox::confirm(m_window, tr("Import workspace"), text, tr("Replace workspace"), [this, imported](bool ok) {
        if (!ok)
            return;
        replaceWorkspace(imported, [this, imported] {
            emit statusMessage(tr("Workspace %1 imported.").arg(describe(imported)));
            QStringList needing;
            for (const Model::SourceConfig &s : imported.sources) {
                if (s.auth != Model::SourceAuth::None)
                    needing.append(s.name);
            }
            if (needing.isEmpty())
                return;
            MessageBox::inform(m_window, MessageBox::Kind::Information, tr("Credentials"),
                               tr("Workspace files carry no credentials. If the keychain does not hold them yet, "
                                  "enter them under Workspace › Edit workspace for: %1.")
                                   .arg(needing.join(u", "_s)));
        });
    });
}

void WorkspaceController::startEmptyWorkspace()
{
    if (!m_engine || !m_engine->workspace() || m_busy)
        return;
    // The tokens of the services' action targets go with the workspace (the
    // sources' credentials stay, as a workspace file may name the same sources).
    QStringList tokens;
    const Actions::InboxSnapshotPtr inbox = m_engine->latestInbox();
    for (const Model::Service &s : m_engine->workspace()->services) {
        const QString key =
            WorkspaceEditor::targetTokenKey(s.provider, inbox ? inbox->targets.value(s.id) : QJsonObject());
        if (!key.isEmpty() && !tokens.contains(key))
            tokens.append(key);
    }
    QString text = tr("Start a new, empty workspace? The workspace %1 and the cached history of its services "
                      "are removed from this computer. Export it first if you want to keep it.")
                       .arg(describe(*m_engine->workspace()));
    if (!tokens.isEmpty())
        text += u' ' + tr("The provider tokens of its action targets (%1) are deleted from the keychain.")
                           .arg(tokens.join(u", "_s));
    MessageBox::confirm(m_window, tr("New workspace"), text, tr("Start empty workspace"), [this, tokens](bool ok) {
        if (!ok)
            return;
        Model::Workspace empty;
        empty.name = tr("My workspace");
        replaceWorkspace(empty, [this, tokens] {
            emit statusMessage(tr("New workspace started. Add a source, then projects and services."));
            removeTokens(tokens, {});
            openEditor();
        });
    });
}

void WorkspaceController::removeTokens(QStringList keys, QStringList failures)
{
    if (keys.isEmpty() || !m_secrets) {
        if (!failures.isEmpty())
            MessageBox::inform(m_window, MessageBox::Kind::Warning, tr("Keychain"),
                               tr("Tokens of the old workspace's action targets could not be removed from the "
                                  "keychain."),
                               failures.join(u'\n'));
        return;
    }
    const QString key = keys.takeFirst();
    const QPointer<WorkspaceController> self(this);
    m_secrets->remove(key, [self, keys, failures](Util::Result<void> result) mutable {
        if (!self)
            return;
        if (!result && !failures.contains(result.error().message))
            failures.append(result.error().message);
        self->removeTokens(keys, failures);
    });
}

void WorkspaceController::backToDemo()
{
    if (!m_engine || !m_engine->workspace() || !m_engine->demoWorkspace() || m_busy)
        return;
    const QString text = tr("Replace the workspace %1 with the demo fleet? Its services and their cached history are "
                            "removed from this computer; credentials stay in the keychain. Export it first if you "
                            "want to keep it.")
                             .arg(describe(*m_engine->workspace()));
    MessageBox::confirm(m_window, tr("Back to the demo"), text, tr("Switch to the demo"), [this](bool ok) {
        if (!ok || !m_engine)
            return;
        replaceWorkspace(*m_engine->demoWorkspace(), [this] { emit statusMessage(tr("Back on the demo fleet.")); });
    });
}

} // namespace Gui
