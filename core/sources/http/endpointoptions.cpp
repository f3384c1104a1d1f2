#include "core/sources/http/endpointoptions.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Sources::Http {

namespace {

Util::Error optionError(const QString &message)
{
    return Util::makeError(u"http.config"_s, message);
}

// An integer option within [low, high]; absent keeps `fallback`.
Util::Result<int> intOption(const QJsonObject &options, QLatin1StringView key, int fallback, int low, int high)
{
    const QJsonValue value = options.value(key);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || number != std::floor(number) || number < low || number > high) {
        return optionError(QCoreApplication::translate("Http", "Option '%1' must be a whole number from %2 to %3.")
                               .arg(QString(key))
                               .arg(low)
                               .arg(high));
    }
    return static_cast<int>(number);
}

} // namespace

QString authTypeId(AuthType type)
{
    switch (type) {
    case AuthType::None: return u"none"_s;
    case AuthType::Bearer: return u"bearer"_s;
    case AuthType::Basic: return u"basic"_s;
    }
    return u"none"_s;
}

std::optional<AuthType> authTypeFromId(QStringView id)
{
    if (id.isEmpty() || id == u"none")
        return AuthType::None;
    if (id == u"bearer")
        return AuthType::Bearer;
    if (id == u"basic")
        return AuthType::Basic;
    return std::nullopt;
}

Util::Result<EndpointOptions> EndpointOptions::fromJson(const QJsonObject &options, const QUrl &url,
                                                        const QString &defaultCredentialsId)
{
    EndpointOptions result;
    result.baseUrl = url;
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        return optionError(QCoreApplication::translate("Http", "'%1' is not an http:// or https:// address.")
                               .arg(url.toString(QUrl::RemoveUserInfo)));
    }
    if (!url.userInfo().isEmpty())
        return optionError(
            QCoreApplication::translate("Http", "Put the user name and password in the keychain, not in the address."));

    const QString auth = options.value("auth"_L1).toString();
    const auto type = authTypeFromId(auth);
    if (!type)
        return optionError(
            QCoreApplication::translate("Http", "Unknown auth '%1': use none, bearer or basic.").arg(auth));
    result.authType = *type;
    result.credentialsId = options.value("credentialsId"_L1).toString(defaultCredentialsId);
    result.caFile = options.value("caFile"_L1).toString();
    result.allowInsecureAuth = options.value("allowInsecureAuth"_L1).toBool(false);
    result.compress = options.value("compress"_L1).toBool(!isLoopbackHost(url.host()));

    const auto timeout = intOption(options, "timeoutMs"_L1, kDefaultTimeoutMs, 100, 600'000);
    if (!timeout)
        return timeout.error();
    result.timeoutMs = *timeout;
    const auto retries = intOption(options, "retries"_L1, result.maxAttempts - 1, 0, 10);
    if (!retries)
        return retries.error();
    result.maxAttempts = *retries + 1;
    const auto threshold = intOption(options, "circuitThreshold"_L1, result.breakerThreshold, 1, 1000);
    if (!threshold)
        return threshold.error();
    result.breakerThreshold = *threshold;
    const auto openMs = intOption(options, "circuitOpenMs"_L1, result.breakerOpenMs, 0, 3'600'000);
    if (!openMs)
        return openMs.error();
    result.breakerOpenMs = *openMs;
    return result;
}

QJsonObject EndpointOptions::toJson() const
{
    QJsonObject json;
    json.insert("auth"_L1, authTypeId(authType));
    if (!caFile.isEmpty())
        json.insert("caFile"_L1, caFile);
    json.insert("timeoutMs"_L1, timeoutMs);
    json.insert("retries"_L1, maxAttempts - 1);
    if (breakerThreshold != EndpointOptions().breakerThreshold)
        json.insert("circuitThreshold"_L1, breakerThreshold);
    if (breakerOpenMs != EndpointOptions().breakerOpenMs)
        json.insert("circuitOpenMs"_L1, breakerOpenMs);
    if (allowInsecureAuth)
        json.insert("allowInsecureAuth"_L1, true);
    if (compress == isLoopbackHost(baseUrl.host()))
        json.insert("compress"_L1, compress); // only when it differs from the default
    return json;
}

QUrl endpointUrl(const QUrl &base, QStringView path)
{
    QUrl url = base;
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path.toString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Sources::Http
