#pragma once

#include "core/util/result.h"

#include <QString>

#include <functional>

namespace Sources {

// What a connector needs to authenticate. Lives only in memory: it comes from the
// keychain (core/secrets) and is never written to the store, settings, logs,
// exported workspaces or reports.
struct Credentials
{
    QString bearerToken;
    QString username;
    QString password;

    bool isEmpty() const { return bearerToken.isEmpty() && username.isEmpty() && password.isEmpty(); }
};

// Looks up the credentials of a source by its id. Answers asynchronously (the
// keychain is a D-Bus service), exactly once, on the caller's thread. An entry
// that does not exist is an empty Credentials, not an error.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    virtual void lookup(const QString &sourceId, std::function<void(Util::Result<Credentials>)> done) = 0;
};

} // namespace Sources
