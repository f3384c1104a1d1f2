#pragma once

#include "core/flags/flagtypes.h"

namespace Flags {

// Evaluates one constraint against a context, operator by operator, with the
// semantics of Unleash's SDKs and the official client specification: a missing
// context value fails every operator except NOT_IN; an unknown operator, a
// malformed value or an invalid pattern fails the constraint (then `inverted`
// flips the result, as in the SDKs).
class ConstraintCheck final
{
public:
    // `nowMs` is used by DATE_* when the context has no currentTime.
    static bool matches(const Constraint &constraint, const EvaluationContext &context, qint64 nowMs);

    // The SDKs' Number(): trims, "" is 0, anything else unparsable is NaN.
    static double toNumber(const QString &text);
    // True when `pattern` uses only RE2 syntax (Unleash evaluates REGEX with RE2:
    // no look-around, back-references, atomic groups or possessive quantifiers).
    static bool isRe2Compatible(QStringView pattern);
    // IN_CIDR: `address` (IPv4 or IPv6) is `range` or inside it ("10.0.0.0/8").
    static bool inCidr(const QString &address, const QString &range);
    // A strict dotted-quad IPv4 address.
    static bool isIpv4(QStringView text);

private:
    static bool evaluate(const Constraint &constraint, const EvaluationContext &context, qint64 nowMs);
};

} // namespace Flags
