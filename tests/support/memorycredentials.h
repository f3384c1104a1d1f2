#pragma once

#include "core/sources/credentials.h"

#include <QHash>
#include <QTimer>

// Credentials held in memory for tests: answers asynchronously, like the keychain.
class MemoryCredentials final : public Sources::CredentialSource
{
public:
    void set(const QString &id, const QString &token) { m_entries[id].bearerToken = token; }
    void lookup(const QString &sourceId, std::function<void(Util::Result<Sources::Credentials>)> done) override
    {
        const Sources::Credentials c = m_entries.value(sourceId);
        QTimer::singleShot(0, [c, done = std::move(done)] { done(c); });
    }
    QStringList asked;

private:
    QHash<QString, Sources::Credentials> m_entries;
};
