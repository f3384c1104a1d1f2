#pragma once

#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

// Value types of the flags domain: what an Unleash server holds (projects, features,
// environments, strategies, variants, segments) in the shape Straja shows and
// evaluates. Field names follow Unleash's Admin and Client APIs.
namespace Flags {

// One condition of a strategy or segment. The operator is kept as Unleash spells it
// ("IN", "SEMVER_GT", ...): an operator Straja does not know evaluates to false, as
// the SDKs do, instead of being rejected when the flag is read.
struct Constraint
{
    QString contextName;
    QString op;
    QStringList values;  // list operators (IN, NOT_IN, STR_*, IN_CIDR)
    QString value;       // single-value operators (NUM_*, DATE_*, SEMVER_*, REGEX)
    bool inverted = false;
    bool caseInsensitive = false;

    friend bool operator==(const Constraint &, const Constraint &) = default;
};

struct VariantOverride
{
    QString contextName;
    QStringList values;

    friend bool operator==(const VariantOverride &, const VariantOverride &) = default;
};

struct VariantPayload
{
    QString type;  // string, json, csv, number
    QString value;

    friend bool operator==(const VariantPayload &, const VariantPayload &) = default;
};

struct Variant
{
    QString name;
    int weight = 0;
    QString weightType;   // Admin API: "variable" or "fix"; empty in client state
    QString stickiness;   // empty means "default"
    std::optional<VariantPayload> payload;
    QVector<VariantOverride> overrides;

    friend bool operator==(const Variant &, const Variant &) = default;
};

// An activation strategy. Parameters stay strings, as the Client API sends them
// ("rollout": "25").
struct Strategy
{
    QString id;           // Admin API id; empty in client state
    QString name;         // default, flexibleRollout, userWithId, remoteAddress, ...
    QString title;
    bool disabled = false;
    QMap<QString, QString> parameters;
    QVector<Constraint> constraints;
    QVector<int> segments;
    QVector<Variant> variants;

    QString parameter(const QString &key) const { return parameters.value(key); }
    friend bool operator==(const Strategy &, const Strategy &) = default;
};

// "This flag is on only when `feature` is on (or off), optionally with one of
// `variants`."
struct Dependency
{
    QString feature;
    bool enabled = true;
    QStringList variants;

    friend bool operator==(const Dependency &, const Dependency &) = default;
};

// A named, reusable list of constraints ("global constraints").
struct Segment
{
    int id = 0;
    QString name;
    QVector<Constraint> constraints;

    friend bool operator==(const Segment &, const Segment &) = default;
};

// What a flag is evaluated for: the SDK context. Standard fields (userId,
// sessionId, remoteAddress, environment, appName, currentTime) and custom
// properties; a field that is absent or null is simply not in the hash.
struct EvaluationContext
{
    QHash<QString, QString> fields;
    QHash<QString, QString> properties;

    // A standard field wins over a property of the same name, as in the SDKs.
    std::optional<QString> value(const QString &name) const
    {
        if (auto it = fields.constFind(name); it != fields.cend())
            return *it;
        if (auto it = properties.constFind(name); it != properties.cend())
            return *it;
        return std::nullopt;
    }
    QString userId() const { return fields.value(QStringLiteral("userId")); }
    QString sessionId() const { return fields.value(QStringLiteral("sessionId")); }
    QString remoteAddress() const { return fields.value(QStringLiteral("remoteAddress")); }
};

// A flag as an SDK sees it in one environment (Client API shape).
struct ClientFeature
{
    QString name;
    QString project;
    bool enabled = false;
    bool strategiesMalformed = false; // "strategies" present but not a list
    QVector<Strategy> strategies;
    QVector<Variant> variants;
    QVector<Dependency> dependencies;
};

// Everything an SDK holds to evaluate flags offline: features and segments of one
// environment.
struct ClientState
{
    QHash<QString, ClientFeature> features;
    QHash<int, Segment> segments;
};
using ClientStatePtr = std::shared_ptr<const ClientState>;

// --- The Admin API's view, per project and environment -------------------------

// Which share of users a flag reaches in one environment.
struct Reach
{
    double share = 0.0;        // 0..1 of all users (of those matching constraints when `conditional`)
    bool conditional = false;  // constraints or segments narrow it further
    int listedUsers = 0;       // users named by userWithId strategies, on top of `share`
    bool listedAddresses = false; // remoteAddress / hostname strategies also reach some
};

struct FeatureEnvironment
{
    QString name;          // development, production, ...
    QString type;
    bool enabled = false;
    QVector<Strategy> strategies;
    QVector<Variant> variants; // deprecated environment variants, still read
    qint64 lastSeenMs = 0;     // an SDK last asked for the flag; 0 = never
    Reach reach;               // computed by Straja, not sent by Unleash
};

// The newest event on a flag: what changed, when and by whom.
struct FlagEvent
{
    qint64 id = 0;
    QString type;          // feature-environment-enabled, feature-strategy-update, ...
    QString createdBy;
    qint64 createdAtMs = 0;
    QString environment;
};

struct Feature
{
    QString name;
    QString project;
    QString type;          // release, experiment, operational, kill-switch, permission
    QString description;
    bool stale = false;
    bool archived = false;
    bool impressionData = false;
    qint64 createdAtMs = 0;
    QVector<FeatureEnvironment> environments;
    QVector<Dependency> dependencies;
    std::optional<FlagEvent> lastChange;

    const FeatureEnvironment *environment(const QString &name) const
    {
        for (const FeatureEnvironment &e : environments)
            if (e.name == name)
                return &e;
        return nullptr;
    }
};

struct FlagProject
{
    QString id;
    QString name;
    QString description;
    QVector<Feature> features;

    const Feature *feature(const QString &name) const
    {
        for (const Feature &f : features)
            if (f.name == name)
                return &f;
        return nullptr;
    }
};

} // namespace Flags
