#pragma once

#include "core/util/result.h"

#include <QString>

namespace Secrets {

// Machine codes of keychain failures (Util::Error::code). The situations behind
// them, with the raw messages QtKeychain gives, are K1-K6 in docs/secrets.md.
namespace ErrorCode {
inline constexpr char16_t kNoSessionBus[] = u"secrets.no_session_bus"; // K1, K6
inline constexpr char16_t kNoService[] = u"secrets.no_service";        // K3, no backend at all
inline constexpr char16_t kNoKeyring[] = u"secrets.no_keyring";        // K2
inline constexpr char16_t kLocked[] = u"secrets.locked";               // K4
inline constexpr char16_t kDenied[] = u"secrets.denied";               // the operator refused access
inline constexpr char16_t kTimeout[] = u"secrets.timeout";             // K5: no answer in time
inline constexpr char16_t kBusy[] = u"secrets.busy";                   // an earlier request is still unanswered
inline constexpr char16_t kFailed[] = u"secrets.failed";               // anything else
inline constexpr char16_t kClosed[] = u"secrets.closed";               // Straja is shutting down
} // namespace ErrorCode

// Turns a QtKeychain error (QKeychain::Error as int, and its errorString) into a
// translated one-line explanation saying what to do.
Util::Error keychainError(int qkeychainCode, const QString &detail);
Util::Error keychainTimeout(int timeoutMs);
Util::Error keychainBusy(int timeoutMs);

// True when the keychain cannot keep secrets at all right now (no bus, no service,
// locked, refused, not answering): the case where Straja offers to keep a secret
// for this session only.
bool isKeychainUnavailable(const Util::Error &error);

} // namespace Secrets
