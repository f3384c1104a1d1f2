#pragma once

#include "core/model/workspace.h"
#include "core/util/result.h"
#include "ui/workspace/actiontargetdialog.h"
#include "ui/workspace/sourcedialog.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Engine {
class EngineApi;
}
namespace Secrets {
class SecretStore;
}
namespace Sources {
class CredentialSource;
}

namespace Gui {

// Edits a copy of the workspace: projects with their services (and each service's
// health limits) and sources with their credentials. Nothing changes until Save:
// then new credentials go to the keychain (or, if it is unavailable and the
// operator agrees, to memory for this session), the workspace goes through the
// engine to the store and the running engine switches to it, and the credentials
// of removed sources are deleted. Every removal asks first and says what goes
// with it.
class WorkspaceEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceEditor)
public:
    WorkspaceEditor(Engine::EngineApi *engine, Secrets::SecretStore *secrets, QWidget *parent = nullptr);
    ~WorkspaceEditor() override;

    const Model::Workspace &draft() const { return m_draft; }
    // The keychain key of a provider target's token; empty when it has none (demo).
    static QString targetTokenKey(const QString &provider, const QJsonObject &config);
    bool hasChanges() const { return m_changed; }

    // What the buttons do, callable from tests.
    void addProject();
    void addService();
    void addSource();
    void editSelected();
    void removeSelected();
    // "Discover from Railway…" on the selected Railway source: preview, confirm, save.
    void discoverFromRailway();
    // "Action target…" on the selected service: its provider target, guardrails and
    // token, applied on Save (docs/actions.md).
    void editActionTarget();
    void save();
    // Selects a project, service or source by id in its tab.
    bool select(const QString &id);

    void reject() override;

signals:
    void saved(Model::WorkspacePtr workspace);
    // The discovery preview is open (tests answer it).
    void railwayDiscoveryOpened(QDialog *dialog);

private:
    enum class ItemKind { Project, Service, Source };

    void rebuild();
    void markChanged();
    void setBusy(bool busy, const QString &status = {});
    QTreeWidgetItem *selectedItem() const;
    void editProject(const QString &id);
    void editService(const QString &id);
    void editSource(const QString &id);
    void removeProject(const QString &id);
    void removeService(const QString &id);
    void removeSource(const QString &id);
    void queueSecretEdits(const QString &sourceId, const QVector<SecretEdit> &edits);
    void applySecret(int index);
    void saveWorkspace();
    void removeSecretsOfRemovedSources(int index);
    void removeTokensOfRemovedTargets(int index);
    // Remembers the provider tokens of services about to leave the draft.
    void forgetTargetsOf(const QStringList &serviceIds);
    QStringList tokenKeysOnlyUsedBy(const QStringList &serviceIds) const;
    void finishSaving();
    ActionTargetEdit currentTarget(const Model::Service &service) const;
    void applyPendingTargets();
    QStringList serviceIds() const;
    QStringList projectIds() const;
    QStringList sourceIds() const;

    QPointer<Engine::EngineApi> m_engine;
    QPointer<Secrets::SecretStore> m_secrets;
    Model::Workspace m_draft;
    bool m_changed = false;
    bool m_busy = false;
    QVector<SecretEdit> m_pendingSecrets;
    QStringList m_credentialsChangedFor; // sources whose connector must reconnect
    QStringList m_removedSourceIds;      // saved sources removed here: their secrets go after saving
    QStringList m_removedTargetKeys;     // token keys of removed services' targets, if no other service uses them
    QStringList m_cleanupFailures;
    QHash<QString, ActionTargetEdit> m_pendingTargets; // service id -> applied after the workspace is saved
    int m_sessionOnlySecrets = 0;
    QMetaObject::Connection m_savedConnection;
    QMetaObject::Connection m_failedConnection;

    QLineEdit *m_name = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_services = nullptr;
    QTreeWidget *m_sources = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<QPushButton *> m_editButtons;
    QPushButton *m_discoverRailway = nullptr;
    std::unique_ptr<Sources::CredentialSource> m_credentials; // the keychain, for discovery
    std::unique_ptr<Sources::CredentialSource> m_draftCredentials; // unsaved tokens first, then the keychain
};

} // namespace Gui
