#pragma once

#include "core/util/result.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace Sources::Http {

enum class AuthType { None, Bearer, Basic };

// Stable ids ("none", "bearer", "basic"), as Model::sourceAuthId writes them.
QString authTypeId(AuthType type);
std::optional<AuthType> authTypeFromId(QStringView id);

// How to talk to one HTTP endpoint (a Prometheus, an Alertmanager, a Loki...):
// where it is, how to authenticate, which CA to trust and how patient to be.
// Secrets are not part of it: they come from a CredentialSource under
// `credentialsId`.
struct EndpointOptions
{
    static constexpr int kDefaultTimeoutMs = 8'000;
    static constexpr qint64 kDefaultMaxBodyBytes = 32LL * 1024 * 1024;

    QUrl baseUrl;
    AuthType authType = AuthType::None;
    QString credentialsId;      // key of the credentials in the CredentialSource
    QString caFile;             // PEM file with extra CA certificates trusted for this endpoint only
    int timeoutMs = kDefaultTimeoutMs; // per attempt, for the whole answer
    int maxAttempts = 3;        // attempts per call, retries included
    int backoffBaseMs = 250;    // first retry waits 125..250 ms, then doubles
    int backoffMaxMs = 4'000;
    qint64 maxBodyBytes = kDefaultMaxBodyBytes;
    int maxRedirects = 5;
    int breakerThreshold = 5;   // consecutive failed calls that open the circuit
    int breakerOpenMs = 30'000; // how long an open circuit refuses calls
    // Credentials are sent over plain http only to loopback addresses unless this is set.
    bool allowInsecureAuth = false;
    // Ask for gzip answers. Worth it across a network (Prometheus JSON shrinks
    // ~10x); on loopback compressing costs the server more than it saves: a
    // 48 MB answer took 6.7 s compressed and 1.7 s plain. Default: off for loopback.
    bool compress = true;

    // Reads the keys every HTTP source shares (documented in docs/sources.md):
    // auth, caFile, timeoutMs, retries, circuitThreshold, circuitOpenMs,
    // credentialsId, allowInsecureAuth, compress.
    // `url` comes from SourceConfig::url or a nested object's "url" key.
    static Util::Result<EndpointOptions> fromJson(const QJsonObject &options, const QUrl &url,
                                                  const QString &defaultCredentialsId);
    QJsonObject toJson() const;
};

// `base` joined with an API path, keeping any prefix the base has
// (http://host/prometheus + /api/v1/query -> http://host/prometheus/api/v1/query).
QUrl endpointUrl(const QUrl &base, QStringView path);

// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString &host);

} // namespace Sources::Http
