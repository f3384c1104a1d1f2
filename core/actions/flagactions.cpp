#include "core/actions/flagactions.h"

#include "core/flags/flagjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

QString kindId(Flags::FlagChange::Kind kind)
{
    switch (kind) {
    case Flags::FlagChange::Kind::Enable: return u"enable"_s;
    case Flags::FlagChange::Kind::Disable: return u"disable"_s;
    case Flags::FlagChange::Kind::SetRollout: return u"rollout"_s;
    case Flags::FlagChange::Kind::SetVariantWeights: return u"variants"_s;
    }
    return QString();
}

QJsonArray variantsJson(const QVector<Flags::Variant> &variants)
{
    QJsonArray out;
    for (const Flags::Variant &v : variants)
        out.append(Flags::FlagJson::toJson(v));
    return out;
}

QVector<Flags::Variant> variantsOf(const QJsonValue &value)
{
    QVector<Flags::Variant> out;
    for (const QJsonValue &v : value.toArray())
        out.append(Flags::FlagJson::variant(v.toObject()));
    return out;
}

bool isFlagAction(const ActionRecord &r)
{
    return r.proposal.kind == ActionKind::FlagChange;
}

} // namespace

QString FlagActions::provider()
{
    return u"flags"_s;
}

QJsonObject FlagActions::toJson(const Flags::FlagChange &c)
{
    QJsonObject o{{u"kind"_s, kindId(c.kind)},           {u"sourceId"_s, c.sourceId},
                  {u"project"_s, c.project},             {u"feature"_s, c.feature},
                  {u"environment"_s, c.environment}};
    if (!c.strategyId.isEmpty())
        o.insert(u"strategyId"_s, c.strategyId);
    if (c.kind == Flags::FlagChange::Kind::SetRollout) {
        o.insert(u"rolloutBefore"_s, c.rolloutBefore);
        o.insert(u"rollout"_s, c.rollout);
    }
    if (c.kind == Flags::FlagChange::Kind::SetVariantWeights) {
        o.insert(u"variantsBefore"_s, variantsJson(c.variantsBefore));
        o.insert(u"variants"_s, variantsJson(c.variants));
    }
    if (!c.reason.isEmpty())
        o.insert(u"reason"_s, c.reason);
    return o;
}

std::optional<Flags::FlagChange> FlagActions::fromJson(const QJsonObject &o)
{
    Flags::FlagChange c;
    const QString kind = o.value(u"kind"_s).toString();
    bool known = false;
    for (auto k : {Flags::FlagChange::Kind::Enable, Flags::FlagChange::Kind::Disable,
                   Flags::FlagChange::Kind::SetRollout, Flags::FlagChange::Kind::SetVariantWeights}) {
        if (kindId(k) == kind) {
            c.kind = k;
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    c.sourceId = o.value(u"sourceId"_s).toString();
    c.project = o.value(u"project"_s).toString();
    c.feature = o.value(u"feature"_s).toString();
    c.environment = o.value(u"environment"_s).toString();
    c.strategyId = o.value(u"strategyId"_s).toString();
    c.rolloutBefore = o.value(u"rolloutBefore"_s).toInt(-1);
    c.rollout = o.value(u"rollout"_s).toInt(-1);
    c.variantsBefore = variantsOf(o.value(u"variantsBefore"_s));
    c.variants = variantsOf(o.value(u"variants"_s));
    c.reason = o.value(u"reason"_s).toString();
    if (!c.isValid())
        return std::nullopt;
    return c;
}

Proposal FlagActions::proposal(const Flags::FlagChange &change, const QString &actor, quint64 requestId)
{
    Proposal p;
    // Flags are not workspace services: the flag itself names what is acted on.
    p.serviceId = u"flag:"_s + change.feature;
    p.provider = provider();
    p.kind = ActionKind::FlagChange;
    p.trigger = Trigger::TargetTracking;
    p.rule = change.reason.isEmpty() ? u"flags.operator"_s : u"flags.rollout_advice"_s;
    p.fix = u"flag_"_s + kindId(change.kind);
    p.facts = QJsonObject{{u"change"_s, toJson(change)}, {u"requestedBy"_s, actor},
                          {u"requestId"_s, QString::number(requestId)}};
    // Verified by reading the flag back (the executor and the reconciler), not by a metric.
    p.verification.settleMs = 0;
    p.verification.windowMs = 0;
    return p;
}

std::optional<AppliedChange> FlagActions::appliedChange(const ActionRecord &record)
{
    if (record.proposal.kind != ActionKind::FlagChange || record.shadow || record.state != ActionState::Succeeded
        || record.execution.appliedMs <= 0)
        return std::nullopt;
    return AppliedChange{record.proposal.serviceId, record.proposal.provider, record.proposal.kind, 0,
                         record.execution.appliedMs, record.idempotencyKey,
                         record.proposal.facts.value(u"change"_s).toObject()};
}

std::optional<Flags::FlagChange> FlagActions::changeOf(const Proposal &p)
{
    if (p.kind != ActionKind::FlagChange)
        return std::nullopt;
    return fromJson(p.facts.value(u"change"_s).toObject());
}

QJsonObject FlagActions::targetConfig(const Proposal &p, const QString &idempotencyKey)
{
    return QJsonObject{{u"change"_s, p.facts.value(u"change"_s)}, {u"idempotencyKey"_s, idempotencyKey}};
}

std::optional<Flags::FlagChange> FlagActions::changeOfTarget(const ActionTarget &target)
{
    return fromJson(target.config.value(u"change"_s).toObject());
}

QString FlagActions::keyOfTarget(const ActionTarget &target)
{
    return target.config.value(u"idempotencyKey"_s).toString();
}

QString FlagActions::idempotencyKey(const Flags::FlagChange &change)
{
    return change.idempotencyKey() + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

QString FlagActions::describe(const Proposal &p)
{
    if (const std::optional<Flags::FlagChange> c = changeOf(p))
        return c->describe();
    return QCoreApplication::translate("Actions", "Change the flag %1").arg(p.serviceId.mid(5));
}

QString FlagActions::stateDigest(const Flags::Feature &feature, const QString &environment)
{
    const Flags::FeatureEnvironment *env = feature.environment(environment);
    if (!env)
        return QString();
    QJsonArray strategies;
    for (const Flags::Strategy &s : env->strategies)
        strategies.append(Flags::FlagJson::toJson(s));
    const QJsonObject state{{u"enabled"_s, env->enabled}, {u"strategies"_s, strategies}};
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(state).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(16));
}

ProviderState FlagActions::stateOf(const ActionTarget &target, const Flags::SourceFlags &flags)
{
    ProviderState s;
    s.serviceId = target.serviceId;
    s.markersSupported = true;
    const std::optional<Flags::FlagChange> change = changeOfTarget(target);
    if (!change) {
        s.error = QCoreApplication::translate("Actions", "The recorded flag change cannot be read.");
        return s;
    }
    const Flags::Feature *feature = flags.feature(change->project, change->feature);
    if (!feature || !feature->environment(change->environment)) {
        s.error = QCoreApplication::translate("Actions", "%1 has no flag %2 in %3.")
                      .arg(flags.status.name, change->feature, change->environment);
        return s;
    }
    s.ok = true;
    s.revision = stateDigest(*feature, change->environment);
    if (change->isAppliedIn(*feature))
        s.markers.append(keyOfTarget(target));
    if (feature->lastChange)
        s.updatedMs = feature->lastChange->createdAtMs;
    const Flags::FeatureEnvironment *env = feature->environment(change->environment);
    s.raw = QJsonObject{{u"feature"_s, feature->name}, {u"environment"_s, env->name}, {u"enabled"_s, env->enabled}};
    return s;
}

QString FlagActions::verifiedNote()
{
    return QCoreApplication::translate("Actions", "Read back: the flag holds the new state.");
}

QString FlagActions::divergedNote()
{
    return QCoreApplication::translate("Actions", "The flag was changed outside Straja meanwhile; nothing was "
                                                  "sent.");
}

Flags::FlagAuditEntry FlagActions::auditEntry(const ActionRecord &r)
{
    Flags::FlagAuditEntry e;
    e.actionId = r.id;
    e.atMs = r.decidedMs > 0 ? r.decidedMs : r.createdMs;
    e.approvedBy = r.decidedBy;
    e.change = changeOf(r.proposal).value_or(Flags::FlagChange{});
    e.request = r.execution.request.isEmpty() ? e.change.dryRun() : r.execution.request;
    e.pending = r.state == ActionState::Approved || r.state == ActionState::Executing
                || r.state == ActionState::Verifying;
    e.succeeded = r.state == ActionState::Succeeded || r.state == ActionState::Verifying;
    e.verified = r.state == ActionState::Succeeded;
    e.message = r.state == ActionState::Succeeded ? r.outcome.note : r.reason;
    return e;
}

Flags::FlagChangeOutcome FlagActions::outcome(const ActionRecord &r)
{
    Flags::FlagChangeOutcome o;
    o.change = changeOf(r.proposal).value_or(Flags::FlagChange{});
    o.succeeded = r.state == ActionState::Succeeded;
    o.verified = r.state == ActionState::Succeeded;
    o.message = o.succeeded ? r.outcome.note : r.reason;
    o.atMs = r.updatedMs;
    o.requestId = r.proposal.facts.value(u"requestId"_s).toString().toULongLong();
    return o;
}

QVector<Flags::FlagAuditEntry> FlagActions::audit(const InboxSnapshot &inbox)
{
    QVector<ActionRecord> records;
    for (const ActionRecord &r : inbox.inFlight)
        if (isFlagAction(r))
            records.append(r);
    for (const ActionRecord &r : inbox.history)
        if (isFlagAction(r))
            records.append(r);
    std::stable_sort(records.begin(), records.end(),
                     [](const ActionRecord &a, const ActionRecord &b) { return a.id > b.id; });
    QVector<Flags::FlagAuditEntry> out;
    out.reserve(records.size());
    for (const ActionRecord &r : std::as_const(records))
        out.append(auditEntry(r));
    return out;
}

} // namespace Actions
