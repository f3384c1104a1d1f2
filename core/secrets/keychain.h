#pragma once

#include "core/util/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Secrets {

// The OS keychain (Secret Service on Linux) through QtKeychain. Lives on the GUI
// thread: QtKeychain runs its jobs one after another on the thread that started
// them, and libsecret answers through that thread's GLib main context.
//
// Every request answers exactly once, later, on this object's thread. A request
// the keychain leaves unanswered for timeoutMs() fails with secrets.timeout (a
// password prompt nobody can see must never hang Straja, TOOLCHAIN K5); until that
// abandoned job answers, QtKeychain's queue is blocked, so new requests fail at
// once with secrets.busy instead of queuing behind it.
class Keychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Keychain)
public:
    static constexpr int kDefaultTimeoutMs = 15'000;

    explicit Keychain(QObject *parent = nullptr);
    ~Keychain() override;

    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }
    int timeoutMs() const { return m_timeoutMs; }
    // Requests that timed out and whose job has not answered yet.
    int unansweredCount() const { return m_unanswered; }

    // A missing entry is std::nullopt, not an error.
    void read(const QString &key, std::function<void(Util::Result<std::optional<QString>>)> done);
    void write(const QString &key, const QString &value, std::function<void(Util::Result<void>)> done);
    // Removing a missing entry succeeds.
    void remove(const QString &key, std::function<void(Util::Result<void>)> done);

private:
    struct Request;
    void start(const std::shared_ptr<Request> &request);
    void finish(const std::shared_ptr<Request> &request, int code, const QString &errorString,
                const QString &text);

    int m_timeoutMs = kDefaultTimeoutMs;
    int m_unanswered = 0;
};

} // namespace Secrets
