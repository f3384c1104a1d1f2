#include "core/secrets/keychain.h"

#include "core/secrets/keychainerrors.h"
#include "core/secrets/secretkeys.h"
#include "core/util/logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Secrets {

struct Keychain::Request
{
    enum class Kind { Read, Write, Remove };
    Kind kind = Kind::Read;
    QString key;
    QString value; // writes only; never logged
    std::function<void(Util::Result<std::optional<QString>>)> readDone;
    std::function<void(Util::Result<void>)> done;
    bool answered = false;
    bool timedOut = false;
};

namespace {

const char *kindName(int kind)
{
    static const char *const names[] = {"read", "write", "remove"};
    return names[kind];
}

} // namespace

Keychain::Keychain(QObject *parent)
    : QObject(parent)
{
}

Keychain::~Keychain() = default;

void Keychain::read(const QString &key, std::function<void(Util::Result<std::optional<QString>>)> done)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::Read;
    request->key = key;
    request->readDone = std::move(done);
    start(request);
}

void Keychain::write(const QString &key, const QString &value, std::function<void(Util::Result<void>)> done)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::Write;
    request->key = key;
    request->value = value;
    request->done = std::move(done);
    start(request);
}

void Keychain::remove(const QString &key, std::function<void(Util::Result<void>)> done)
{
    auto request = std::make_shared<Request>();
    request->kind = Request::Kind::Remove;
    request->key = key;
    request->done = std::move(done);
    start(request);
}

void Keychain::start(const std::shared_ptr<Request> &request)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const QString service = QString::fromUtf16(kKeychainService);
    if (m_unanswered > 0) {
        // Queued, so the caller never sees its callback run inside its own call.
        QMetaObject::invokeMethod(this, [this, request] {
            const Util::Error busy = keychainBusy(m_timeoutMs);
            qCWarning(lcSecrets) << kindName(int(request->kind)) << request->key << "not sent:" << busy.code;
            request->answered = true;
            if (request->readDone)
                request->readDone(busy);
            else
                request->done(busy);
        }, Qt::QueuedConnection);
        return;
    }

    // No parent: a job must outlive us if it is still waiting for libsecret, which
    // holds a pointer to it. It deletes itself once it has finished.
    QKeychain::Job *job = nullptr;
    switch (request->kind) {
    case Request::Kind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Request::Kind::Write: {
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setTextData(request->value);
        job = write;
        break;
    }
    case Request::Kind::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never plain text in QSettings, whatever the backend
    job->setKey(request->key);
    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        QString text;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(finished))
            text = read->textData();
        finish(request, finished->error(), finished->errorString(), text);
    });
    QTimer::singleShot(m_timeoutMs, this, [this, request] {
        if (request->answered)
            return;
        request->answered = true;
        request->timedOut = true;
        ++m_unanswered;
        const Util::Error error = keychainTimeout(m_timeoutMs);
        qCWarning(lcSecrets) << kindName(int(request->kind)) << request->key << "timed out after" << m_timeoutMs
                             << "ms";
        if (request->readDone)
            request->readDone(error);
        else
            request->done(error);
    });
    qCDebug(lcSecrets) << kindName(int(request->kind)) << request->key << "sent";
    job->start();
}

void Keychain::finish(const std::shared_ptr<Request> &request, int code, const QString &errorString,
                      const QString &text)
{
    if (request->timedOut) {
        --m_unanswered;
        qCInfo(lcSecrets) << kindName(int(request->kind)) << request->key << "answered late, code" << code;
        return;
    }
    if (request->answered)
        return;
    request->answered = true;
    qCDebug(lcSecrets) << kindName(int(request->kind)) << request->key << "finished, code" << code;

    if (request->kind == Request::Kind::Read) {
        if (code == QKeychain::NoError)
            request->readDone(std::optional<QString>(text));
        else if (code == QKeychain::EntryNotFound)
            request->readDone(std::optional<QString>());
        else
            request->readDone(keychainError(code, errorString));
        return;
    }
    if (code == QKeychain::NoError || (request->kind == Request::Kind::Remove && code == QKeychain::EntryNotFound)) {
        request->done({});
        return;
    }
    const Util::Error error = keychainError(code, errorString);
    qCWarning(lcSecrets) << kindName(int(request->kind)) << request->key << "failed:" << error.code;
    request->done(error);
}

} // namespace Secrets
