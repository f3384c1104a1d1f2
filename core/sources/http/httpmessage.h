#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Sources::Http {

// One call as a connector sees it; HttpClient adds authentication, TLS and
// resilience. Calls must be safe to repeat (reads, or idempotent writes), since
// transport failures are retried.
struct Request
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;        // sent with POST/PUT/PATCH
    QByteArray contentType; // of the body
    QList<QPair<QByteArray, QByteArray>> headers;
};

// Any HTTP answer, whatever its status: the connector knows its API's error
// shapes, so statuses are not turned into errors here.
struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QUrl url;          // after redirects
    int attempts = 0;  // 1 = answered first time
    qint64 elapsedMs = 0;

    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace Sources::Http
