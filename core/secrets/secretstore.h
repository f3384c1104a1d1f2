#pragma once

#include "core/util/result.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Secrets {

class Keychain;

// Where a secret ended up.
enum class SecretStorage { Keychain, SessionOnly };

// Straja's secrets: the OS keychain, and - only after the operator agreed to it -
// an in-memory fallback that lasts until Straja quits. Nothing here ever touches
// a file. Lives on the GUI thread (see Keychain); every callback runs there,
// asynchronously, exactly once.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    Keychain *keychain() const { return m_keychain; }

    // A secret kept for this session wins over the keychain's copy: it is the
    // newest the operator typed.
    void read(const QString &key, std::function<void(Util::Result<std::optional<QString>>)> done);
    // Writes to the keychain. When the keychain is unavailable and the operator has
    // already agreed to session-only secrets (allowSessionOnly), the secret is kept
    // in memory instead and the answer says SessionOnly; otherwise the error comes
    // back so the UI can ask.
    void write(const QString &key, const QString &value, std::function<void(Util::Result<SecretStorage>)> done);
    // Removes the secret from memory and from the keychain.
    void remove(const QString &key, std::function<void(Util::Result<void>)> done);

    // The operator agreed to keep this secret in memory for this session only.
    void keepForSession(const QString &key, const QString &value);
    // The operator agreed once for this session: later failed writes go to memory.
    void allowSessionOnly() { m_sessionOnlyAllowed = true; }
    bool sessionOnlyAllowed() const { return m_sessionOnlyAllowed; }
    bool hasSessionSecret(const QString &key) const { return m_session.contains(key); }
    QStringList sessionKeys() const { return m_session.keys(); }

signals:
    // The keychain could not be used (translated reason): for the status bar.
    void keychainUnavailable(const Util::Error &error);

private:
    Keychain *m_keychain = nullptr;
    QHash<QString, QString> m_session;
    bool m_sessionOnlyAllowed = false;
};

} // namespace Secrets
