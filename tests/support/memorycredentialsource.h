#pragma once

#include "core/sources/credentials.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>
#include <QTimer>

// Credentials kept in memory for tests: answers asynchronously on the caller's
// thread, like the keychain does.
class MemoryCredentialSource final : public Sources::CredentialSource
{
public:
    void set(const QString &sourceId, const Sources::Credentials &credentials) { m_entries.insert(sourceId, credentials); }
    void setBearer(const QString &sourceId, const QString &token)
    {
        Sources::Credentials credentials;
        credentials.bearerToken = token;
        m_entries.insert(sourceId, credentials);
    }
    void setError(const Util::Error &error) { m_error = error; }
    int lookups() const { return m_lookups; }

    void lookup(const QString &sourceId, std::function<void(Util::Result<Sources::Credentials>)> done) override
    {
        ++m_lookups;
        const Util::Error error = m_error;
        const Sources::Credentials credentials = m_entries.value(sourceId);
        // As CredentialSource promises: later, on the caller's thread (a connector on
        // the network thread must not be answered on the thread that made this source).
        QTimer::singleShot(0, [done, error, credentials] {
            if (!error.code.isEmpty())
                done(error);
            else
                done(credentials);
        });
    }

private:
    QHash<QString, Sources::Credentials> m_entries;
    Util::Error m_error;
    int m_lookups = 0;
};
