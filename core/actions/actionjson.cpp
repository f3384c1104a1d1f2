#include "core/actions/actionjson.h"

#include "core/actions/actionstatemachine.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

// JSON has no NaN: "no value" is stored as null.
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

double numberOr(const QJsonValue &v, double fallback = kNoValue)
{
    return v.isDouble() ? v.toDouble() : fallback;
}

QJsonValue integer(qint64 v)
{
    // Doubles hold integers exactly up to 2^53: enough for epoch milliseconds.
    return QJsonValue(static_cast<double>(v));
}

qint64 integerOr(const QJsonValue &v, qint64 fallback = 0)
{
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : fallback;
}

Model::MetricKind metricOr(const QJsonValue &v, Model::MetricKind fallback)
{
    return Model::metricKindFromId(v.toString()).value_or(fallback);
}

QJsonArray doubles(const QVector<double> &values)
{
    QJsonArray a;
    for (double v : values)
        a.append(number(v));
    return a;
}

QVector<double> doublesFrom(const QJsonValue &v)
{
    QVector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.append(numberOr(x));
    return out;
}

QJsonObject evidenceToJson(const EvidenceSeries &e)
{
    QJsonArray t;
    QJsonArray v;
    for (const Model::Sample &s : e.points) {
        t.append(integer(s.t));
        v.append(number(s.v));
    }
    QJsonObject o{{u"kind"_s, Model::metricKindId(e.kind)}, {u"t"_s, t}, {u"v"_s, v},
                  {u"reference"_s, number(e.reference)}};
    if (!e.region.isEmpty())
        o.insert(u"region"_s, e.region);
    return o;
}

EvidenceSeries evidenceFromJson(const QJsonObject &o)
{
    EvidenceSeries e;
    e.kind = metricOr(o.value(u"kind"_s), Model::MetricKind::Cpu);
    e.region = o.value(u"region"_s).toString();
    e.reference = numberOr(o.value(u"reference"_s));
    const QJsonArray t = o.value(u"t"_s).toArray();
    const QJsonArray v = o.value(u"v"_s).toArray();
    for (qsizetype i = 0; i < std::min(t.size(), v.size()); ++i)
        e.points.append({integerOr(t.at(i)), numberOr(v.at(i))});
    return e;
}

QJsonObject verificationToJson(const VerificationRule &r)
{
    QJsonObject o{{u"metric"_s, Model::metricKindId(r.metric)}, {u"below"_s, r.below},
                  {u"threshold"_s, number(r.threshold)},     {u"settleMs"_s, integer(r.settleMs)},
                  {u"windowMs"_s, integer(r.windowMs)},      {u"revertOnFailure"_s, r.revertOnFailure}};
    if (!r.region.isEmpty())
        o.insert(u"region"_s, r.region);
    if (!r.signalId.isEmpty())
        o.insert(u"signal"_s, r.signalId);
    return o;
}

VerificationRule verificationFromJson(const QJsonObject &o)
{
    VerificationRule r;
    r.metric = metricOr(o.value(u"metric"_s), r.metric);
    r.region = o.value(u"region"_s).toString();
    r.signalId = o.value(u"signal"_s).toString();
    r.below = o.value(u"below"_s).toBool(true);
    r.threshold = numberOr(o.value(u"threshold"_s));
    r.settleMs = integerOr(o.value(u"settleMs"_s), r.settleMs);
    r.windowMs = integerOr(o.value(u"windowMs"_s), r.windowMs);
    r.revertOnFailure = o.value(u"revertOnFailure"_s).toBool(false);
    return r;
}

} // namespace

QJsonObject proposalToJson(const Proposal &p)
{
    QJsonArray evidence;
    for (const EvidenceSeries &e : p.evidence)
        evidence.append(evidenceToJson(e));
    QJsonObject o{
        {u"serviceId"_s, p.serviceId},
        {u"projectId"_s, p.projectId},
        {u"provider"_s, p.provider},
        {u"kind"_s, ActionStateMachine::kindId(p.kind)},
        {u"trigger"_s, ActionStateMachine::triggerId(p.trigger)},
        {u"rule"_s, p.rule},
        {u"pattern"_s, p.pattern},
        {u"fix"_s, p.fix},
        {u"targetServiceId"_s, p.targetServiceId},
        {u"fromReplicas"_s, p.fromReplicas},
        {u"toReplicas"_s, p.toReplicas},
        {u"confidence"_s, number(p.confidence)},
        {u"facts"_s, p.facts},
        {u"evidence"_s, evidence},
        {u"effectMetric"_s, Model::metricKindId(p.effectMetric)},
        {u"effectBefore"_s, number(p.effectBefore)},
        {u"effectAfter"_s, number(p.effectAfter)},
        {u"costDeltaPerMonth"_s, number(p.costDeltaPerMonth)},
        {u"verification"_s, verificationToJson(p.verification)},
        {u"learnedNote"_s, p.learnedNote},
        {u"alternatives"_s, QJsonArray::fromStringList(p.alternatives)},
    };
    if (!p.forecast.isEmpty()) {
        o.insert(u"forecast"_s, QJsonObject{{u"startMs"_s, integer(p.forecast.startMs)},
                                            {u"stepMs"_s, integer(p.forecast.stepMs)},
                                            {u"point"_s, doubles(p.forecast.point)},
                                            {u"lower"_s, doubles(p.forecast.lower)},
                                            {u"upper"_s, doubles(p.forecast.upper)},
                                            {u"accuracy"_s, number(p.forecast.accuracy)}});
    }
    return o;
}

Proposal proposalFromJson(const QJsonObject &o)
{
    Proposal p;
    p.serviceId = o.value(u"serviceId"_s).toString();
    p.projectId = o.value(u"projectId"_s).toString();
    p.provider = o.value(u"provider"_s).toString();
    p.kind = ActionStateMachine::kindFromId(o.value(u"kind"_s).toString()).value_or(ActionKind::Manual);
    p.trigger = ActionStateMachine::triggerFromId(o.value(u"trigger"_s).toString()).value_or(Trigger::Diagnosis);
    p.rule = o.value(u"rule"_s).toString();
    p.pattern = o.value(u"pattern"_s).toString();
    p.fix = o.value(u"fix"_s).toString();
    p.targetServiceId = o.value(u"targetServiceId"_s).toString();
    p.fromReplicas = o.value(u"fromReplicas"_s).toInt();
    p.toReplicas = o.value(u"toReplicas"_s).toInt();
    p.confidence = numberOr(o.value(u"confidence"_s), 1.0);
    p.facts = o.value(u"facts"_s).toObject();
    for (const QJsonValue &e : o.value(u"evidence"_s).toArray())
        p.evidence.append(evidenceFromJson(e.toObject()));
    p.effectMetric = metricOr(o.value(u"effectMetric"_s), p.effectMetric);
    p.effectBefore = numberOr(o.value(u"effectBefore"_s));
    p.effectAfter = numberOr(o.value(u"effectAfter"_s));
    p.costDeltaPerMonth = numberOr(o.value(u"costDeltaPerMonth"_s), 0.0);
    p.verification = verificationFromJson(o.value(u"verification"_s).toObject());
    p.learnedNote = o.value(u"learnedNote"_s).toString();
    for (const QJsonValue &a : o.value(u"alternatives"_s).toArray())
        p.alternatives.append(a.toString());
    const QJsonObject f = o.value(u"forecast"_s).toObject();
    if (!f.isEmpty()) {
        p.forecast.startMs = integerOr(f.value(u"startMs"_s));
        p.forecast.stepMs = integerOr(f.value(u"stepMs"_s));
        p.forecast.point = doublesFrom(f.value(u"point"_s));
        p.forecast.lower = doublesFrom(f.value(u"lower"_s));
        p.forecast.upper = doublesFrom(f.value(u"upper"_s));
        p.forecast.accuracy = numberOr(f.value(u"accuracy"_s));
    }
    return p;
}

QJsonObject executionToJson(const ExecutionInfo &e)
{
    return QJsonObject{{u"observedBefore"_s, e.observedBefore}, {u"request"_s, e.request},
                       {u"startedMs"_s, integer(e.startedMs)},  {u"appliedMs"_s, integer(e.appliedMs)},
                       {u"providerReply"_s, e.providerReply},   {u"attempts"_s, e.attempts},
                       {u"revertedMs"_s, integer(e.revertedMs)}};
}

ExecutionInfo executionFromJson(const QJsonObject &o)
{
    ExecutionInfo e;
    e.observedBefore = o.value(u"observedBefore"_s).toObject();
    e.request = o.value(u"request"_s).toString();
    e.startedMs = integerOr(o.value(u"startedMs"_s));
    e.appliedMs = integerOr(o.value(u"appliedMs"_s));
    e.providerReply = o.value(u"providerReply"_s).toString();
    e.attempts = o.value(u"attempts"_s).toInt();
    e.revertedMs = integerOr(o.value(u"revertedMs"_s));
    return e;
}

QJsonObject providerStateToJson(const ProviderState &s)
{
    QJsonArray deploys;
    for (qint64 d : s.deploysMs)
        deploys.append(integer(d));
    return QJsonObject{{u"serviceId"_s, s.serviceId},
                       {u"ok"_s, s.ok},
                       {u"error"_s, s.error},
                       {u"replicas"_s, s.replicas},
                       {u"revision"_s, s.revision},
                       {u"previousRevision"_s, s.previousRevision},
                       {u"deploysMs"_s, deploys},
                       {u"markers"_s, QJsonArray::fromStringList(s.markers)},
                       {u"markersSupported"_s, s.markersSupported},
                       {u"updatedMs"_s, integer(s.updatedMs)}};
}

ProviderState providerStateFromJson(const QJsonObject &o)
{
    ProviderState s;
    s.serviceId = o.value(u"serviceId"_s).toString();
    s.ok = o.value(u"ok"_s).toBool();
    s.error = o.value(u"error"_s).toString();
    s.replicas = o.value(u"replicas"_s).toInt(-1);
    s.revision = o.value(u"revision"_s).toString();
    s.previousRevision = o.value(u"previousRevision"_s).toString();
    for (const QJsonValue &d : o.value(u"deploysMs"_s).toArray())
        s.deploysMs.append(integerOr(d));
    for (const QJsonValue &m : o.value(u"markers"_s).toArray())
        s.markers.append(m.toString());
    s.markersSupported = o.value(u"markersSupported"_s).toBool();
    s.updatedMs = integerOr(o.value(u"updatedMs"_s));
    return s;
}

QJsonObject outcomeToJson(const OutcomeInfo &o)
{
    return QJsonObject{{u"before"_s, number(o.before)},     {u"after"_s, number(o.after)},
                       {u"threshold"_s, number(o.threshold)}, {u"samples"_s, o.samples},
                       {u"note"_s, o.note},                  {u"shadowScore"_s, number(o.shadowScore)}};
}

OutcomeInfo outcomeFromJson(const QJsonObject &j)
{
    OutcomeInfo o;
    o.before = numberOr(j.value(u"before"_s));
    o.after = numberOr(j.value(u"after"_s));
    o.threshold = numberOr(j.value(u"threshold"_s));
    o.samples = j.value(u"samples"_s).toInt();
    o.note = j.value(u"note"_s).toString();
    o.shadowScore = numberOr(j.value(u"shadowScore"_s));
    return o;
}

QJsonObject guardrailsToJson(const Guardrails &g)
{
    return QJsonObject{{u"minReplicas"_s, g.minReplicas},
                       {u"maxReplicas"_s, g.maxReplicas},
                       {u"maxStep"_s, g.maxStep},
                       {u"cooldownMs"_s, integer(g.cooldownMs)},
                       {u"scaleDownWindowMs"_s, integer(g.scaleDownWindowMs)},
                       {u"replicaMonthlyCost"_s, number(g.replicaMonthlyCost)},
                       {u"monthlySpendCap"_s, number(g.monthlySpendCap)}};
}

Guardrails guardrailsFromJson(const QJsonObject &o, const Guardrails &d)
{
    Guardrails g;
    g.minReplicas = o.value(u"minReplicas"_s).toInt(d.minReplicas);
    g.maxReplicas = o.value(u"maxReplicas"_s).toInt(d.maxReplicas);
    g.maxStep = o.value(u"maxStep"_s).toInt(d.maxStep);
    g.cooldownMs = integerOr(o.value(u"cooldownMs"_s), d.cooldownMs);
    g.scaleDownWindowMs = integerOr(o.value(u"scaleDownWindowMs"_s), d.scaleDownWindowMs);
    g.replicaMonthlyCost = numberOr(o.value(u"replicaMonthlyCost"_s), d.replicaMonthlyCost);
    g.monthlySpendCap = numberOr(o.value(u"monthlySpendCap"_s), d.monthlySpendCap);
    return g;
}

QJsonObject scalingTargetToJson(const ScalingTarget &t)
{
    return QJsonObject{{u"metric"_s, Model::metricKindId(t.metric)},
                       {u"target"_s, number(t.target)},
                       {u"tolerance"_s, number(t.tolerance)},
                       {u"enabled"_s, t.enabled}};
}

ScalingTarget scalingTargetFromJson(const QJsonObject &o, const ScalingTarget &d)
{
    ScalingTarget t;
    t.metric = metricOr(o.value(u"metric"_s), d.metric);
    t.target = numberOr(o.value(u"target"_s), d.target);
    t.tolerance = numberOr(o.value(u"tolerance"_s), d.tolerance);
    t.enabled = o.value(u"enabled"_s).toBool(d.enabled);
    return t;
}

QJsonObject proposalSummary(const Proposal &p)
{
    QJsonObject o{{u"service"_s, p.actedServiceId()},
                  {u"kind"_s, ActionStateMachine::kindId(p.kind)},
                  {u"trigger"_s, ActionStateMachine::triggerId(p.trigger)},
                  {u"rule"_s, p.rule},
                  {u"fix"_s, p.fix},
                  {u"confidence"_s, number(p.confidence)},
                  {u"costDeltaPerMonth"_s, number(p.costDeltaPerMonth)}};
    if (!p.pattern.isEmpty())
        o.insert(u"pattern"_s, p.pattern);
    if (p.kind == ActionKind::Scale) {
        o.insert(u"fromReplicas"_s, p.fromReplicas);
        o.insert(u"toReplicas"_s, p.toReplicas);
    }
    if (p.actedServiceId() != p.serviceId)
        o.insert(u"diagnosedOn"_s, p.serviceId);
    return o;
}

} // namespace Actions
