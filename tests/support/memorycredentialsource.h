#pragma once

#include "core/sources/credentials.h"

#include <QHash>
#include <QMetaObject>
#include <QObject>

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
        QMetaObject::invokeMethod(
            &m_context,
            [done, error, credentials] {
                if (!error.code.isEmpty())
                    done(error);
                else
                    done(credentials);
            },
            Qt::QueuedConnection);
    }

private:
    QObject m_context; // lives on the thread that made the source
    QHash<QString, Sources::Credentials> m_entries;
    Util::Error m_error;
    int m_lookups = 0;
};
