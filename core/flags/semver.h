#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Flags {

// A Semantic Versioning 2.0.0 version, compared as node-semver compares them
// (the library Unleash's constraint operators are defined by): numeric parts
// first, a pre-release sorts before its release, pre-release identifiers compare
// numerically when both are numbers and as ASCII text otherwise, build metadata
// is ignored.
class SemVer final
{
public:
    // Strict parse. `allowLeadingV` accepts "v1.2.3", as node-semver does for the
    // constraint's own value; context values with a leading "v" are invalid to
    // Unleash.
    static std::optional<SemVer> parse(QStringView text, bool allowLeadingV = false);

    quint64 major() const { return m_major; }
    quint64 minor() const { return m_minor; }
    quint64 patch() const { return m_patch; }
    const QStringList &preRelease() const { return m_preRelease; }

    // <0, 0, >0 like strcmp.
    int compare(const SemVer &other) const;

private:
    SemVer() = default;
    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QStringList m_preRelease;
};

} // namespace Flags
