#pragma once

#include "core/sources/credentials.h"

#include <QPointer>

namespace Secrets {

class SecretStore;

// Connectors' credentials, read from the SecretStore (keychain, or this session's
// memory) under source/<source id>/{token,username,password}. May be called from
// any thread with an event loop (connectors live on the network thread): the
// lookup runs on the store's (GUI) thread and the answer is posted back to the
// caller's thread.
class KeychainCredentialSource final : public Sources::CredentialSource
{
public:
    explicit KeychainCredentialSource(SecretStore *store);
    ~KeychainCredentialSource() override;

    void lookup(const QString &sourceId, std::function<void(Util::Result<Sources::Credentials>)> done) override;

private:
    QPointer<SecretStore> m_store;
};

} // namespace Secrets
