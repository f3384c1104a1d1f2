#include "core/flags/flagjson.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (std::optional<QString> text = FlagJson::scalarText(v))
            out.append(*text);
    return out;
}

void applyFeatures(ClientState &state, const QJsonArray &features)
{
    for (const QJsonValue &f : features) {
        const ClientFeature feature = FlagJson::clientFeature(f.toObject());
        if (!feature.name.isEmpty())
            state.features.insert(feature.name, feature);
    }
}

void applySegments(ClientState &state, const QJsonArray &segments)
{
    for (const QJsonValue &s : segments) {
        const Segment segment = FlagJson::segment(s.toObject());
        state.segments.insert(segment.id, segment);
    }
}

} // namespace

std::optional<QString> FlagJson::scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return std::nullopt;
    }
}

Constraint FlagJson::constraint(const QJsonObject &o)
{
    Constraint c;
    c.contextName = o.value(u"contextName").toString();
    c.op = o.value(u"operator").toString();
    c.values = stringList(o.value(u"values"));
    c.value = scalarText(o.value(u"value")).value_or(QString());
    c.inverted = o.value(u"inverted").toBool(false);
    c.caseInsensitive = o.value(u"caseInsensitive").toBool(false);
    return c;
}

Variant FlagJson::variant(const QJsonObject &o)
{
    Variant v;
    v.name = o.value(u"name").toString();
    v.weight = o.value(u"weight").toInt(0);
    v.weightType = o.value(u"weightType").toString();
    v.stickiness = o.value(u"stickiness").toString();
    if (o.value(u"payload").isObject()) {
        const QJsonObject p = o.value(u"payload").toObject();
        v.payload = VariantPayload{p.value(u"type").toString(), scalarText(p.value(u"value")).value_or(QString())};
    }
    for (const QJsonValue &ov : o.value(u"overrides").toArray()) {
        const QJsonObject oo = ov.toObject();
        v.overrides.append({oo.value(u"contextName").toString(), stringList(oo.value(u"values"))});
    }
    return v;
}

Strategy FlagJson::strategy(const QJsonObject &o)
{
    Strategy s;
    s.id = o.value(u"id").toString();
    s.name = o.value(u"name").toString();
    s.title = o.value(u"title").toString();
    s.disabled = o.value(u"disabled").toBool(false);
    const QJsonObject params = o.value(u"parameters").toObject();
    for (auto it = params.begin(); it != params.end(); ++it)
        if (std::optional<QString> text = scalarText(it.value()))
            s.parameters.insert(it.key(), *text);
    for (const QJsonValue &c : o.value(u"constraints").toArray())
        s.constraints.append(constraint(c.toObject()));
    for (const QJsonValue &id : o.value(u"segments").toArray())
        s.segments.append(id.toInt());
    for (const QJsonValue &v : o.value(u"variants").toArray())
        s.variants.append(variant(v.toObject()));
    return s;
}

Segment FlagJson::segment(const QJsonObject &o)
{
    Segment s;
    s.id = o.value(u"id").toInt();
    s.name = o.value(u"name").toString();
    for (const QJsonValue &c : o.value(u"constraints").toArray())
        s.constraints.append(constraint(c.toObject()));
    return s;
}

Dependency FlagJson::dependency(const QJsonObject &o)
{
    Dependency d;
    d.feature = o.value(u"feature").toString();
    d.enabled = o.value(u"enabled").toBool(true);
    d.variants = stringList(o.value(u"variants"));
    return d;
}

ClientFeature FlagJson::clientFeature(const QJsonObject &o)
{
    ClientFeature f;
    f.name = o.value(u"name").toString();
    f.project = o.value(u"project").toString();
    f.enabled = o.value(u"enabled").toBool(false);
    const QJsonValue strategies = o.value(u"strategies");
    if (strategies.isArray()) {
        for (const QJsonValue &s : strategies.toArray())
            f.strategies.append(strategy(s.toObject()));
    } else if (!strategies.isUndefined() && !strategies.isNull()) {
        f.strategiesMalformed = true;
    }
    for (const QJsonValue &v : o.value(u"variants").toArray())
        f.variants.append(variant(v.toObject()));
    for (const QJsonValue &d : o.value(u"dependencies").toArray())
        f.dependencies.append(dependency(d.toObject()));
    return f;
}

Util::Result<ClientState> FlagJson::clientState(const QJsonObject &state)
{
    ClientState out;
    if (state.contains(u"events")) {
        for (const QJsonValue &ev : state.value(u"events").toArray()) {
            const QJsonObject e = ev.toObject();
            const QString type = e.value(u"type").toString();
            if (type == u"hydration") {
                out = ClientState();
                applyFeatures(out, e.value(u"features").toArray());
                applySegments(out, e.value(u"segments").toArray());
            } else if (type == u"feature-updated") {
                applyFeatures(out, QJsonArray{e.value(u"feature")});
            } else if (type == u"feature-removed") {
                out.features.remove(e.value(u"featureName").toString());
            } else if (type == u"segment-updated") {
                applySegments(out, QJsonArray{e.value(u"segment")});
            } else if (type == u"segment-removed") {
                out.segments.remove(e.value(u"segmentId").toInt());
            } else {
                return Util::makeError(u"flags.bad_state"_s,
                                       QCoreApplication::translate("Flags", "Unknown delta event type \"%1\".")
                                           .arg(type));
            }
        }
        return out;
    }
    if (!state.value(u"features").isArray())
        return Util::makeError(u"flags.bad_state"_s,
                               QCoreApplication::translate("Flags", "The flag state has no list of features."));
    applyFeatures(out, state.value(u"features").toArray());
    applySegments(out, state.value(u"segments").toArray());
    return out;
}

qint64 FlagJson::timestampMs(const QJsonValue &value)
{
    if (!value.isString())
        return 0;
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

FlagProject FlagJson::adminProject(const QJsonObject &o)
{
    FlagProject p;
    p.id = o.value(u"id").toString();
    p.name = o.value(u"name").toString(p.id);
    p.description = o.value(u"description").toString();
    return p;
}

Feature FlagJson::adminFeature(const QJsonObject &o)
{
    Feature f;
    f.name = o.value(u"name").toString();
    f.project = o.value(u"project").toString();
    f.type = o.value(u"type").toString();
    f.description = o.value(u"description").toString();
    f.stale = o.value(u"stale").toBool(false);
    f.archived = o.value(u"archived").toBool(false) || o.value(u"archivedAt").isString();
    f.impressionData = o.value(u"impressionData").toBool(false);
    f.createdAtMs = timestampMs(o.value(u"createdAt"));
    for (const QJsonValue &ev : o.value(u"environments").toArray()) {
        const QJsonObject e = ev.toObject();
        FeatureEnvironment env;
        env.name = e.value(u"name").toString();
        env.type = e.value(u"type").toString();
        env.enabled = e.value(u"enabled").toBool(false);
        env.lastSeenMs = timestampMs(e.value(u"lastSeenAt"));
        for (const QJsonValue &s : e.value(u"strategies").toArray())
            env.strategies.append(strategy(s.toObject()));
        for (const QJsonValue &v : e.value(u"variants").toArray())
            env.variants.append(variant(v.toObject()));
        f.environments.append(env);
    }
    for (const QJsonValue &d : o.value(u"dependencies").toArray())
        f.dependencies.append(dependency(d.toObject()));
    return f;
}

FlagEvent FlagJson::flagEvent(const QJsonObject &o)
{
    FlagEvent e;
    e.id = o.value(u"id").toInteger();
    e.type = o.value(u"type").toString();
    e.createdBy = o.value(u"createdBy").toString();
    e.createdAtMs = timestampMs(o.value(u"createdAt"));
    e.environment = o.value(u"environment").toString();
    return e;
}

EvaluationContext FlagJson::context(const QJsonObject &o)
{
    EvaluationContext c;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == u"properties") {
            const QJsonObject props = it.value().toObject();
            for (auto p = props.begin(); p != props.end(); ++p)
                if (std::optional<QString> text = scalarText(p.value()))
                    c.properties.insert(p.key(), *text);
        } else if (std::optional<QString> text = scalarText(it.value())) {
            c.fields.insert(it.key(), *text);
        }
    }
    return c;
}

QJsonObject FlagJson::toJson(const Constraint &c)
{
    QJsonObject o{{u"contextName"_s, c.contextName}, {u"operator"_s, c.op}};
    if (!c.values.isEmpty() || c.value.isEmpty())
        o.insert(u"values"_s, QJsonArray::fromStringList(c.values));
    if (!c.value.isEmpty())
        o.insert(u"value"_s, c.value);
    if (c.inverted)
        o.insert(u"inverted"_s, true);
    if (c.caseInsensitive)
        o.insert(u"caseInsensitive"_s, true);
    return o;
}

QJsonObject FlagJson::toJson(const Variant &v)
{
    QJsonObject o{{u"name"_s, v.name}, {u"weight"_s, v.weight}};
    o.insert(u"weightType"_s, v.weightType.isEmpty() ? u"variable"_s : v.weightType);
    o.insert(u"stickiness"_s, v.stickiness.isEmpty() ? u"default"_s : v.stickiness);
    if (v.payload)
        o.insert(u"payload"_s, QJsonObject{{u"type"_s, v.payload->type}, {u"value"_s, v.payload->value}});
    if (!v.overrides.isEmpty()) {
        QJsonArray overrides;
        for (const VariantOverride &ov : v.overrides)
            overrides.append(QJsonObject{{u"contextName"_s, ov.contextName},
                                         {u"values"_s, QJsonArray::fromStringList(ov.values)}});
        o.insert(u"overrides"_s, overrides);
    }
    return o;
}

QJsonObject FlagJson::toJson(const Strategy &s)
{
    QJsonObject params;
    for (auto it = s.parameters.cbegin(); it != s.parameters.cend(); ++it)
        params.insert(it.key(), it.value());
    QJsonArray constraints;
    for (const Constraint &c : s.constraints)
        constraints.append(toJson(c));
    QJsonArray variants;
    for (const Variant &v : s.variants)
        variants.append(toJson(v));
    QJsonArray segments;
    for (int id : s.segments)
        segments.append(id);
    QJsonObject o{{u"name"_s, s.name}, {u"parameters"_s, params}, {u"constraints"_s, constraints},
                  {u"variants"_s, variants}, {u"segments"_s, segments}, {u"disabled"_s, s.disabled}};
    if (!s.title.isEmpty())
        o.insert(u"title"_s, s.title);
    return o;
}

} // namespace Flags
