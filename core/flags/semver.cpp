#include "core/flags/semver.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

// The grammar of semver.org: numeric identifiers have no leading zeros,
// alphanumeric ones contain at least one non-digit.
const QRegularExpression &semverPattern()
{
    static const QRegularExpression re(
        u"^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        u"(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        u"(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"_s);
    return re;
}

bool isNumeric(const QString &identifier)
{
    if (identifier.isEmpty())
        return false;
    for (QChar c : identifier)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

int compareNumbers(quint64 a, quint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

int compareIdentifiers(const QString &a, const QString &b)
{
    const bool an = isNumeric(a);
    const bool bn = isNumeric(b);
    if (an && bn) {
        // Compare as numbers without overflow: a longer digit string is larger
        // (no leading zeros in valid identifiers).
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        return QString::compare(a, b, Qt::CaseSensitive) < 0 ? -1 : (a == b ? 0 : 1);
    }
    if (an != bn)
        return an ? -1 : 1; // numeric identifiers have lower precedence
    const int c = QString::compare(a, b, Qt::CaseSensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

std::optional<SemVer> SemVer::parse(QStringView text, bool allowLeadingV)
{
    QStringView body = text.trimmed();
    if (allowLeadingV && body.startsWith(u'v'))
        body = body.mid(1);
    const QRegularExpressionMatch m = semverPattern().match(body);
    if (!m.hasMatch())
        return std::nullopt;
    SemVer v;
    bool ok1 = false, ok2 = false, ok3 = false;
    v.m_major = m.capturedView(1).toULongLong(&ok1);
    v.m_minor = m.capturedView(2).toULongLong(&ok2);
    v.m_patch = m.capturedView(3).toULongLong(&ok3);
    if (!ok1 || !ok2 || !ok3)
        return std::nullopt; // beyond 64 bits: node-semver refuses these too
    if (m.hasCaptured(4) && !m.capturedView(4).isEmpty())
        v.m_preRelease = m.captured(4).split(u'.');
    return v;
}

int SemVer::compare(const SemVer &other) const
{
    if (int c = compareNumbers(m_major, other.m_major))
        return c;
    if (int c = compareNumbers(m_minor, other.m_minor))
        return c;
    if (int c = compareNumbers(m_patch, other.m_patch))
        return c;
    if (m_preRelease.isEmpty() || other.m_preRelease.isEmpty()) {
        if (m_preRelease.isEmpty() == other.m_preRelease.isEmpty())
            return 0;
        return m_preRelease.isEmpty() ? 1 : -1;
    }
    const qsizetype n = qMin(m_preRelease.size(), other.m_preRelease.size());
    for (qsizetype i = 0; i < n; ++i)
        if (int c = compareIdentifiers(m_preRelease.at(i), other.m_preRelease.at(i)))
            return c;
    return compareNumbers(quint64(m_preRelease.size()), quint64(other.m_preRelease.size()));
}

} // namespace Flags
