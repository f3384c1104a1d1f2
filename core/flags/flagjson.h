#pragma once

#include "core/flags/flagtypes.h"
#include "core/util/result.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Flags {

// Reads Unleash's JSON shapes into the flag value types: the Client API's
// features and segments (what SDKs download), its delta events, the SDK context,
// and the strategy / constraint / variant objects the Admin API shares with it.
// Unknown keys are ignored; wrong types fall back to the SDKs' defaults.
class FlagJson final
{
public:
    static Constraint constraint(const QJsonObject &o);
    static Variant variant(const QJsonObject &o);
    static Strategy strategy(const QJsonObject &o);
    static Segment segment(const QJsonObject &o);
    static Dependency dependency(const QJsonObject &o);
    static ClientFeature clientFeature(const QJsonObject &o);

    // `{version, features[, segments]}` (Client API, specification state) or
    // `{events: [...]}` (delta API: hydration, feature-updated, feature-removed,
    // segment-updated, segment-removed), applied in order.
    static Util::Result<ClientState> clientState(const QJsonObject &state);
    // `{userId, sessionId, ..., properties: {...}}`; nulls are absent values.
    static EvaluationContext context(const QJsonObject &o);

    // Admin API: a project, a feature with its environments
    // (GET /api/admin/projects/{p}/features/{f}), an event.
    static FlagProject adminProject(const QJsonObject &o);
    static Feature adminFeature(const QJsonObject &o);
    static FlagEvent flagEvent(const QJsonObject &o);
    static qint64 timestampMs(const QJsonValue &value); // ISO 8601; 0 when absent

    // The write side, for requests to the Admin API.
    static QJsonObject toJson(const Constraint &c);
    static QJsonObject toJson(const Variant &v);
    static QJsonObject toJson(const Strategy &s);

    // A JSON scalar as the SDKs stringify it: 25 -> "25", true -> "true".
    static std::optional<QString> scalarText(const QJsonValue &value);
};

} // namespace Flags
