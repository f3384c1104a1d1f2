#include "core/secrets/secretstore.h"

#include "core/secrets/keychain.h"
#include "core/secrets/keychainerrors.h"
#include "core/util/logging.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace Secrets {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
    , m_keychain(new Keychain(this))
{
}

SecretStore::~SecretStore() = default;

void SecretStore::read(const QString &key, std::function<void(Util::Result<std::optional<QString>>)> done)
{
    if (const auto it = m_session.constFind(key); it != m_session.cend()) {
        const QString value = it.value();
        QMetaObject::invokeMethod(this, [done = std::move(done), value] { done(std::optional<QString>(value)); },
                                  Qt::QueuedConnection);
        return;
    }
    m_keychain->read(key, [this, done = std::move(done)](Util::Result<std::optional<QString>> result) {
        if (!result && isKeychainUnavailable(result.error()))
            emit keychainUnavailable(result.error());
        done(std::move(result));
    });
}

void SecretStore::write(const QString &key, const QString &value,
                        std::function<void(Util::Result<SecretStorage>)> done)
{
    m_keychain->write(key, value, [this, key, value, done = std::move(done)](Util::Result<void> result) {
        if (result) {
            m_session.remove(key); // the keychain holds the newest now
            done(SecretStorage::Keychain);
            return;
        }
        if (isKeychainUnavailable(result.error())) {
            emit keychainUnavailable(result.error());
            if (m_sessionOnlyAllowed) {
                qCInfo(lcSecrets) << key << "kept in memory for this session only";
                m_session.insert(key, value);
                done(SecretStorage::SessionOnly);
                return;
            }
        }
        done(result.error());
    });
}

void SecretStore::remove(const QString &key, std::function<void(Util::Result<void>)> done)
{
    // The memory copy goes at once; a keychain failure is still reported, since
    // an older copy may remain there.
    m_session.remove(key);
    m_keychain->remove(key, [this, done = std::move(done)](Util::Result<void> result) {
        if (!result && isKeychainUnavailable(result.error()))
            emit keychainUnavailable(result.error());
        done(std::move(result));
    });
}

void SecretStore::keepForSession(const QString &key, const QString &value)
{
    qCInfo(lcSecrets) << key << "kept in memory for this session only";
    m_session.insert(key, value);
}

} // namespace Secrets
