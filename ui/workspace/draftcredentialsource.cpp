#include "ui/workspace/draftcredentialsource.h"

#include "core/secrets/secretkeys.h"

#include <QMetaObject>

namespace Gui {

DraftCredentialSource::DraftCredentialSource(Sources::CredentialSource *keychain, QVector<SecretEdit> pending)
    : m_keychain(keychain)
    , m_pending(std::move(pending))
{
}

DraftCredentialSource::~DraftCredentialSource() = default;

void DraftCredentialSource::lookup(const QString &sourceId,
                                   std::function<void(Util::Result<Sources::Credentials>)> done)
{
    using Secrets::SecretField;
    auto pending = [this, &sourceId](SecretField field) -> const SecretEdit * {
        const QString key = Secrets::sourceSecretKey(sourceId, field);
        for (const SecretEdit &e : m_pending) {
            if (e.key == key)
                return &e;
        }
        return nullptr;
    };
    const SecretEdit *token = pending(SecretField::Token);
    const SecretEdit *user = pending(SecretField::Username);
    const SecretEdit *password = pending(SecretField::Password);
    if (!token && !user && !password) {
        if (m_keychain) {
            m_keychain->lookup(sourceId, std::move(done));
            return;
        }
        QMetaObject::invokeMethod(
            &m_context, [done] { done(Sources::Credentials()); }, Qt::QueuedConnection);
        return;
    }
    // Edited in this session: what Save would write, without asking the keychain.
    Sources::Credentials credentials;
    credentials.bearerToken = token && token->value ? *token->value : QString();
    credentials.username = user && user->value ? *user->value : QString();
    credentials.password = password && password->value ? *password->value : QString();
    QMetaObject::invokeMethod(
        &m_context, [done, credentials] { done(credentials); }, Qt::QueuedConnection);
}

} // namespace Gui
