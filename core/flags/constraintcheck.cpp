#include "core/flags/constraintcheck.h"

#include "core/flags/semver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The SDKs drop empty values and trim the rest before comparing.
QStringList cleanValues(const QStringList &values)
{
    QStringList out;
    out.reserve(values.size());
    for (const QString &v : values)
        if (!v.isEmpty())
            out.append(v.trimmed());
    return out;
}

bool inOperator(const Constraint &c, const std::optional<QString> &contextValue)
{
    const QStringList values = cleanValues(c.values);
    const bool isIn = contextValue && values.contains(*contextValue);
    return c.op == u"IN" ? isIn : !isIn;
}

bool stringOperator(const Constraint &c, const std::optional<QString> &contextValue)
{
    if (!contextValue)
        return false;
    QStringList values = cleanValues(c.values);
    QString subject = *contextValue;
    if (c.caseInsensitive) {
        subject = subject.toLower();
        for (QString &v : values)
            v = v.toLower();
    }
    for (const QString &v : values) {
        if (c.op == u"STR_STARTS_WITH" && subject.startsWith(v))
            return true;
        if (c.op == u"STR_ENDS_WITH" && subject.endsWith(v))
            return true;
        if (c.op == u"STR_CONTAINS" && subject.contains(v))
            return true;
    }
    return false;
}

bool numberOperator(const Constraint &c, const std::optional<QString> &contextValue)
{
    const double value = ConstraintCheck::toNumber(c.value);
    const double subject = contextValue ? ConstraintCheck::toNumber(*contextValue) : kNaN;
    if (std::isnan(value) || std::isnan(subject))
        return false;
    if (c.op == u"NUM_EQ")
        return subject == value;
    if (c.op == u"NUM_GT")
        return subject > value;
    if (c.op == u"NUM_GTE")
        return subject >= value;
    if (c.op == u"NUM_LT")
        return subject < value;
    if (c.op == u"NUM_LTE")
        return subject <= value;
    return false;
}

std::optional<qint64> parseDate(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

bool dateOperator(const Constraint &c, const EvaluationContext &context, qint64 nowMs)
{
    const std::optional<qint64> value = parseDate(c.value);
    // currentTime is a standard field; when it is absent the SDKs use "now".
    std::optional<qint64> current = nowMs;
    if (auto it = context.fields.constFind(u"currentTime"_s); it != context.fields.cend())
        current = parseDate(*it);
    if (!value || !current)
        return false;
    if (c.op == u"DATE_AFTER")
        return *current > *value;
    if (c.op == u"DATE_BEFORE")
        return *current < *value;
    return false;
}

bool semverOperator(const Constraint &c, const std::optional<QString> &contextValue)
{
    if (!contextValue || contextValue->isEmpty() || contextValue->startsWith(u'v'))
        return false;
    const std::optional<SemVer> subject = SemVer::parse(*contextValue);
    const std::optional<SemVer> value = SemVer::parse(c.value, /*allowLeadingV=*/true);
    if (!subject || !value)
        return false;
    const int cmp = subject->compare(*value);
    if (c.op == u"SEMVER_EQ")
        return cmp == 0;
    if (c.op == u"SEMVER_GT")
        return cmp > 0;
    if (c.op == u"SEMVER_GTE")
        return cmp >= 0;
    if (c.op == u"SEMVER_LT")
        return cmp < 0;
    if (c.op == u"SEMVER_LTE")
        return cmp <= 0;
    return false;
}

bool regexOperator(const Constraint &c, const std::optional<QString> &contextValue)
{
    if (!contextValue || !ConstraintCheck::isRe2Compatible(c.value))
        return false;
    QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption;
    if (c.caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    const QRegularExpression re(c.value, options);
    if (!re.isValid())
        return false;
    return re.match(*contextValue).hasMatch(); // a search, not a full match, like RE2's find()
}

bool cidrOperator(const Constraint &c, const std::optional<QString> &contextValue)
{
    if (!contextValue)
        return false;
    const QStringList ranges = cleanValues(c.values);
    for (const QString &range : ranges)
        if (ConstraintCheck::inCidr(*contextValue, range))
            return true;
    return false;
}

} // namespace

bool ConstraintCheck::matches(const Constraint &constraint, const EvaluationContext &context, qint64 nowMs)
{
    static const QStringList known = {
        u"IN"_s, u"NOT_IN"_s, u"STR_STARTS_WITH"_s, u"STR_ENDS_WITH"_s, u"STR_CONTAINS"_s,
        u"NUM_EQ"_s, u"NUM_GT"_s, u"NUM_GTE"_s, u"NUM_LT"_s, u"NUM_LTE"_s,
        u"DATE_AFTER"_s, u"DATE_BEFORE"_s, u"SEMVER_EQ"_s, u"SEMVER_GT"_s, u"SEMVER_GTE"_s,
        u"SEMVER_LT"_s, u"SEMVER_LTE"_s, u"REGEX"_s, u"IN_CIDR"_s};
    // An unknown operator is false even when inverted: the SDKs never evaluate it.
    if (!known.contains(constraint.op))
        return false;
    const bool result = evaluate(constraint, context, nowMs);
    return constraint.inverted ? !result : result;
}

bool ConstraintCheck::evaluate(const Constraint &c, const EvaluationContext &context, qint64 nowMs)
{
    const std::optional<QString> contextValue = context.value(c.contextName);
    const QString &op = c.op;
    if (op == u"IN" || op == u"NOT_IN")
        return inOperator(c, contextValue);
    if (op.startsWith(u"STR_"))
        return stringOperator(c, contextValue);
    if (op.startsWith(u"NUM_"))
        return numberOperator(c, contextValue);
    if (op.startsWith(u"DATE_"))
        return dateOperator(c, context, nowMs);
    if (op.startsWith(u"SEMVER_"))
        return semverOperator(c, contextValue);
    if (op == u"REGEX")
        return regexOperator(c, contextValue);
    if (op == u"IN_CIDR")
        return cidrOperator(c, contextValue);
    return false;
}

double ConstraintCheck::toNumber(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0.0;
    bool ok = false;
    if (t.startsWith(u"0x"_s, Qt::CaseInsensitive)) {
        const qulonglong v = t.mid(2).toULongLong(&ok, 16);
        return ok ? double(v) : kNaN;
    }
    if (t == u"Infinity" || t == u"+Infinity")
        return std::numeric_limits<double>::infinity();
    if (t == u"-Infinity")
        return -std::numeric_limits<double>::infinity();
    // QString::toDouble accepts "nan"/"inf" spellings JavaScript does not.
    for (QChar ch : t)
        if (!(ch.isDigit() || ch == u'.' || ch == u'e' || ch == u'E' || ch == u'+' || ch == u'-'))
            return kNaN;
    const double v = t.toDouble(&ok);
    return ok ? v : kNaN;
}

bool ConstraintCheck::isRe2Compatible(QStringView p)
{
    const qsizetype n = p.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = p.at(i);
        if (ch == u'\\') {
            if (i + 1 >= n)
                return false;
            const QChar next = p.at(i + 1);
            // Back-references and PCRE-only escapes.
            if ((next >= u'1' && next <= u'9') || next == u'g' || next == u'k' || next == u'K' || next == u'G'
                || next == u'R' || next == u'X')
                return false;
            ++i;
            continue;
        }
        if (ch == u'[') {
            // Skip the class: a leading ']' or '^]' is literal, escapes and [:name:] nest.
            qsizetype j = i + 1;
            if (j < n && p.at(j) == u'^')
                ++j;
            if (j < n && p.at(j) == u']')
                ++j;
            while (j < n && p.at(j) != u']') {
                if (p.at(j) == u'\\')
                    ++j;
                else if (p.at(j) == u'[' && j + 1 < n && p.at(j + 1) == u':') {
                    const qsizetype close = p.indexOf(u":]"_s, j + 2);
                    if (close < 0)
                        return false;
                    j = close + 1;
                }
                ++j;
            }
            i = j;
            continue;
        }
        if (ch == u'(' && i + 2 < n && p.at(i + 1) == u'?') {
            const QChar kind = p.at(i + 2);
            if (kind == u'=' || kind == u'!' || kind == u'>' || kind == u'(' || kind == u'R' || kind == u'|'
                || kind.isDigit() || kind == u'+' || kind == u'&')
                return false;
            if (kind == u'<' && i + 3 < n && (p.at(i + 3) == u'=' || p.at(i + 3) == u'!'))
                return false;
        }
        if ((ch == u'*' || ch == u'+' || ch == u'?' || ch == u'}') && i + 1 < n && p.at(i + 1) == u'+')
            return false; // possessive quantifier
    }
    return true;
}

bool ConstraintCheck::isIpv4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return false;
        for (QChar ch : part)
            if (!ch.isDigit() || ch.unicode() > 127)
                return false;
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

bool ConstraintCheck::inCidr(const QString &address, const QString &range)
{
    const bool v4 = isIpv4(address);
    QHostAddress subject;
    if (v4) {
        subject = QHostAddress(address);
    } else {
        if (!address.contains(u':') || !subject.setAddress(address)
            || subject.protocol() != QAbstractSocket::IPv6Protocol)
            return false;
    }
    const qsizetype slash = range.indexOf(u'/');
    const QString base = slash < 0 ? range : range.left(slash);
    const int maxPrefix = v4 ? 32 : 128;
    int prefix = maxPrefix;
    if (slash >= 0) {
        bool ok = false;
        prefix = range.mid(slash + 1).toInt(&ok);
        if (!ok || prefix < 0 || prefix > maxPrefix)
            return false;
    }
    QHostAddress network;
    if (v4) {
        if (!isIpv4(base))
            return false;
        network = QHostAddress(base);
    } else if (!base.contains(u':') || !network.setAddress(base)
               || network.protocol() != QAbstractSocket::IPv6Protocol) {
        return false;
    }
    return subject.isInSubnet(network, prefix);
}

} // namespace Flags
