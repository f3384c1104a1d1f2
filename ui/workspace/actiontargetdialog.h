#pragma once

#include "core/actions/actiontypes.h"
#include "core/model/workspace.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <memory>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Engine {
class EngineApi;
}
namespace Sources {
class CredentialSource;
}

namespace Gui {

class RailwayIdPicker;

// What the action target page hands back to the workspace editor, which applies
// it on Save: the token to the keychain first, then the target and guardrails
// through the engine.
struct ActionTargetEdit
{
    QString provider;                 // "kubernetes", "railway" or "demo"
    QJsonObject config;               // no secrets
    Actions::Guardrails guardrails;
    QString tokenKey;                 // keychain key, source/<credential id>/token
    std::optional<QString> token;     // typed: goes to the keychain on Save
};

// Binds one service to its provider target - a Kubernetes context, namespace and
// deployment, or a Railway service instance - with its guardrails and the token
// (kept in the keychain, never in the workspace). "Test" reads the current
// replicas from the provider through the engine (GET only), with the typed token
// if there is one, and says plainly what went wrong (401, 403, 404, unreachable).
class ActionTargetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionTargetDialog)
public:
    ActionTargetDialog(Engine::EngineApi *engine, const Model::Service &service, const ActionTargetEdit &current,
                       QWidget *parent = nullptr);
    ~ActionTargetDialog() override;

    ActionTargetEdit edit() const;
    QPushButton *okButton() const { return m_ok; }
    QPushButton *testButton() const { return m_test; }
    QString problemText() const;
    QString testResultText() const;
    // Starts a read of the target as entered (the "Test" button).
    void test();
    // The keychain, for "Load from Railway…" when no token is typed.
    void setCredentials(Sources::CredentialSource *keychain) { m_keychain = keychain; }
    RailwayIdPicker *railwayPicker() const { return m_picker; }

private:
    QString provider() const;
    QJsonObject config() const;
    QString credentialId() const;
    QString problem() const;
    void revalidate();
    void onTested(quint64 requestId, const Actions::ProviderState &state);
    void loadRailwayIds();

    QPointer<Engine::EngineApi> m_engine;
    Model::Service m_service;
    QJsonObject m_original; // keys this page does not show (endpoint, insecureSkipTlsVerify) stay
    QString m_originalProvider;
    quint64 m_testId = 0;

    QComboBox *m_provider = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_kubeconfig = nullptr;
    QLineEdit *m_context = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_namespace = nullptr;
    QLineEdit *m_deployment = nullptr;
    QLineEdit *m_railwayService = nullptr;
    RailwayIdPicker *m_picker = nullptr;
    Sources::CredentialSource *m_keychain = nullptr;
    std::unique_ptr<Sources::CredentialSource> m_pickerCredentials; // the typed token, then the keychain
    QLineEdit *m_environment = nullptr;
    QLineEdit *m_account = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_tokenType = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_tokenNote = nullptr;
    QSpinBox *m_minReplicas = nullptr;
    QSpinBox *m_maxReplicas = nullptr;
    QSpinBox *m_maxStep = nullptr;
    QSpinBox *m_cooldown = nullptr;
    QDoubleSpinBox *m_spendCap = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
    Actions::Guardrails m_guardrails; // fields this page does not show stay
};

} // namespace Gui
