#pragma once

#include <QString>

namespace Secrets {

// Every secret Straja keeps sits in the OS keychain under the service name
// "straja" and a key "source/<source id>/<field>" (docs/secrets.md). Source ids
// may not contain '/', so a key names exactly one source and field.
inline constexpr char16_t kKeychainService[] = u"straja";

enum class SecretField { Token, Username, Password };

// Stable, never translated: part of the keychain key.
QString secretFieldId(SecretField field);
QString sourceSecretKey(const QString &sourceId, SecretField field);

} // namespace Secrets
