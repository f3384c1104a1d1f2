#include "core/secrets/keychainerrors.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Secrets {

namespace {

Util::Error make(const char16_t *code, const QString &message, const QString &detail)
{
    QString text = message;
    if (!detail.isEmpty())
        text += u' ' + QCoreApplication::translate("Secrets", "(The keychain said: %1)").arg(detail);
    return Util::makeError(QString::fromUtf16(code), text);
}

QString lockedMessage()
{
    return QCoreApplication::translate("Secrets", "The keyring is locked. Unlock it (logging in to the desktop "
                                                  "usually does) and try again.");
}

} // namespace

Util::Error keychainError(int qkeychainCode, const QString &detail)
{
    switch (static_cast<QKeychain::Error>(qkeychainCode)) {
    case QKeychain::AccessDeniedByUser:
        return make(ErrorCode::kDenied, QCoreApplication::translate("Secrets", "Access to the keychain was refused."),
                    detail);
    case QKeychain::AccessDenied:
        if (detail.contains(u"locked"_s, Qt::CaseInsensitive))
            return make(ErrorCode::kLocked, lockedMessage(), detail);
        return make(ErrorCode::kDenied, QCoreApplication::translate("Secrets", "The keychain refused access."),
                    detail);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return make(ErrorCode::kNoService,
                    QCoreApplication::translate("Secrets", "No keychain is available on this system. Install and "
                                                           "start a Secret Service such as GNOME Keyring or "
                                                           "KeePassXC."),
                    detail);
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // libsecret reports bus and service problems as OtherError; only the text tells them apart.
    if (detail.contains(u"autolaunch"_s, Qt::CaseInsensitive) || detail.contains(u"dbus-launch"_s)
        || detail.contains(u"D-Bus is not running"_s, Qt::CaseInsensitive)
        || detail.contains(u"DBUS_SESSION_BUS_ADDRESS"_s)) {
        return make(ErrorCode::kNoSessionBus,
                    QCoreApplication::translate("Secrets", "There is no D-Bus session bus, so the keychain cannot "
                                                           "be reached. Start Straja from a desktop session."),
                    detail);
    }
    if (detail.contains(u"org.freedesktop.secrets"_s) || detail.contains(u"ServiceUnknown"_s)) {
        return make(ErrorCode::kNoService,
                    QCoreApplication::translate("Secrets", "No Secret Service is running (no program provides "
                                                           "org.freedesktop.secrets). Install and start GNOME "
                                                           "Keyring, or KeePassXC with its Secret Service "
                                                           "integration."),
                    detail);
    }
    if (detail.contains(u"/org/freedesktop/secrets/collection/"_s)) {
        return make(ErrorCode::kNoKeyring,
                    QCoreApplication::translate("Secrets", "The Secret Service has no usable keyring: it could not "
                                                           "ask for the password to create or unlock one. Create or "
                                                           "unlock your login keyring from the desktop and try "
                                                           "again."),
                    detail);
    }
    if (detail.contains(u"locked"_s, Qt::CaseInsensitive))
        return make(ErrorCode::kLocked, lockedMessage(), detail);
    return make(ErrorCode::kFailed, QCoreApplication::translate("Secrets", "The keychain reported an error."),
                detail);
}

Util::Error keychainTimeout(int timeoutMs)
{
    const int seconds = std::max(1, (timeoutMs + 999) / 1000);
    return Util::makeError(QString::fromUtf16(ErrorCode::kTimeout),
                           QCoreApplication::translate("Secrets", "The keychain did not answer within %n second(s). "
                                                                  "It may be waiting for a password prompt that "
                                                                  "cannot be shown.",
                                                       nullptr, seconds));
}

Util::Error keychainBusy(int timeoutMs)
{
    const int seconds = std::max(1, (timeoutMs + 999) / 1000);
    return Util::makeError(QString::fromUtf16(ErrorCode::kBusy),
                           QCoreApplication::translate("Secrets", "The keychain has left an earlier request "
                                                                  "unanswered for more than %n second(s); Straja "
                                                                  "asks again once it answers.",
                                                       nullptr, seconds));
}

bool isKeychainUnavailable(const Util::Error &error)
{
    for (const char16_t *code : {ErrorCode::kNoSessionBus, ErrorCode::kNoService, ErrorCode::kNoKeyring,
                                 ErrorCode::kLocked, ErrorCode::kDenied, ErrorCode::kTimeout, ErrorCode::kBusy,
                                 ErrorCode::kFailed}) {
        if (error.code == QStringView(code))
            return true;
    }
    return false;
}

} // namespace Secrets
