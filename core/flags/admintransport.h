#pragma once

#include "core/flags/flagchange.h"
#include "core/util/result.h"

#include <functional>

namespace Flags {

struct AdminResponse
{
    int status = 0;
    QByteArray body;
};

// How the Unleash connector reaches the Admin API. A small seam so the connector
// can move onto the shared resilient HTTP client (core/sources/http) when that
// lands, and so tests can count what was sent. Answers asynchronously, exactly
// once per send, on the transport's thread; HTTP errors (4xx, 5xx) are answers,
// not failures; failures are for "no answer" (unreachable, timeout, TLS).
class AdminTransport
{
public:
    using Callback = std::function<void(Util::Result<AdminResponse>)>;
    virtual ~AdminTransport() = default;
    // The token goes into the Authorization header as Unleash expects it (no
    // "Bearer" prefix). It lives only in memory.
    virtual void setToken(const QString &token) = 0;
    virtual void send(const AdminRequest &request, Callback done) = 0;
    // Drops every pending answer (shutdown, a newer refresh).
    virtual void cancelAll() = 0;
};

} // namespace Flags
