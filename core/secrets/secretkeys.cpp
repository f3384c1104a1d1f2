#include "core/secrets/secretkeys.h"

using namespace Qt::StringLiterals;

namespace Secrets {

QString secretFieldId(SecretField field)
{
    switch (field) {
    case SecretField::Token: return u"token"_s;
    case SecretField::Username: return u"username"_s;
    case SecretField::Password: return u"password"_s;
    }
    return u"token"_s;
}

QString sourceSecretKey(const QString &sourceId, SecretField field)
{
    return u"source/"_s + sourceId + u'/' + secretFieldId(field);
}

} // namespace Secrets
