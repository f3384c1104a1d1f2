#include "core/secrets/keychaincredentialsource.h"

#include "core/secrets/keychainerrors.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace Secrets {

namespace {

using Done = std::function<void(Util::Result<Sources::Credentials>)>;

// Reads the three fields one after another (QtKeychain runs one job at a time
// anyway) and stops at the first real failure; missing fields stay empty.
struct Lookup : std::enable_shared_from_this<Lookup>
{
    QPointer<SecretStore> store;
    QString sourceId;
    Sources::Credentials credentials;
    std::function<void(Util::Result<Sources::Credentials>)> answer;

    void next(int field)
    {
        static constexpr SecretField fields[] = {SecretField::Token, SecretField::Username, SecretField::Password};
        if (field == 3) {
            answer(credentials);
            return;
        }
        if (!store) {
            answer(closedError());
            return;
        }
        auto self = shared_from_this();
        store->read(sourceSecretKey(sourceId, fields[field]),
                    [self, field](Util::Result<std::optional<QString>> result) {
                        if (!result) {
                            self->answer(result.error());
                            return;
                        }
                        const QString value = result->value_or(QString());
                        switch (fields[field]) {
                        case SecretField::Token: self->credentials.bearerToken = value; break;
                        case SecretField::Username: self->credentials.username = value; break;
                        case SecretField::Password: self->credentials.password = value; break;
                        }
                        self->next(field + 1);
                    });
    }

    static Util::Error closedError()
    {
        return Util::makeError(QString::fromUtf16(ErrorCode::kClosed),
                               QCoreApplication::translate("Secrets", "Straja is shutting down; credentials are no "
                                                                      "longer available."));
    }
};

} // namespace

KeychainCredentialSource::KeychainCredentialSource(SecretStore *store)
    : m_store(store)
{
}

KeychainCredentialSource::~KeychainCredentialSource() = default;

void KeychainCredentialSource::lookup(const QString &sourceId, Done done)
{
    // Created here, so it lives on the caller's thread: the answer is posted to it.
    auto *replyTo = new QObject;
    auto answer = [replyTo, done = std::move(done)](Util::Result<Sources::Credentials> result) {
        QMetaObject::invokeMethod(replyTo, [replyTo, done, result] {
            done(result);
            replyTo->deleteLater();
        }, Qt::QueuedConnection);
    };
    SecretStore *store = m_store.data();
    if (!store) {
        answer(Lookup::closedError());
        return;
    }
    auto lookup = std::make_shared<Lookup>();
    lookup->store = store;
    lookup->sourceId = sourceId;
    lookup->answer = std::move(answer);
    QMetaObject::invokeMethod(store, [lookup] { lookup->next(0); }, Qt::QueuedConnection);
}

} // namespace Secrets
