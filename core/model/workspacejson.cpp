#include "core/model/workspacejson.h"

#include "core/model/costprofilejson.h"
#include "core/model/metrickind.h"
#include "core/model/sourcetype.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

constexpr int kMaxListedProblems = 30;

// Keys that would carry a secret. A file holding one is refused rather than read
// with the secret silently dropped: the operator should know it was there.
bool looksLikeCredential(const QString &key)
{
    static const QRegularExpression pattern(
        u"^(token|bearer|bearertoken|password|passwd|secret|apikey|api_key|api-key|authorization|credentials?|"
        u"user|username)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(key).hasMatch();
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(value.toDouble());
    case QJsonValue::String: return u"\""_s + value.toString().left(40) + u"\""_s;
    case QJsonValue::Array: return QCoreApplication::translate("WorkspaceFile", "a list");
    case QJsonValue::Object: return QCoreApplication::translate("WorkspaceFile", "an object");
    case QJsonValue::Undefined: break;
    }
    return QCoreApplication::translate("WorkspaceFile", "nothing");
}

QJsonValue limitValue(double v)
{
    return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}

QJsonObject thresholdsToObject(const HealthThresholds &thresholds)
{
    const HealthThresholds defaults = HealthThresholds::defaults();
    QJsonObject root;
    for (MetricKind kind : allMetricKinds()) {
        if (thresholds[kind] == defaults[kind])
            continue;
        root.insert(metricKindId(kind), QJsonObject{{u"degraded"_s, limitValue(thresholds[kind].degraded)},
                                                    {u"down"_s, limitValue(thresholds[kind].down)}});
    }
    if (thresholds.staleAfterSeconds != defaults.staleAfterSeconds)
        root.insert(u"staleAfterSeconds"_s, thresholds.staleAfterSeconds);
    return root;
}

QJsonObject alertRulesToObject(const AlertRules &rules)
{
    QJsonArray list;
    for (const AlertRule &rule : rules) {
        QJsonObject o{{u"id"_s, rule.id},
                      {u"type"_s, alertRuleTypeId(rule.type)},
                      {u"metric"_s, alertMetricId(rule.metric)},
                      {u"comparison"_s, rule.comparison == AlertComparison::Above ? u"above"_s : u"below"_s},
                      {u"threshold"_s, limitValue(rule.threshold)},
                      {u"forSeconds"_s, rule.forSeconds},
                      {u"severity"_s, alertSeverityId(rule.severity)}};
        if (!std::isnan(rule.clearAt))
            o.insert(u"clearAt"_s, rule.clearAt);
        if (rule.type == AlertRuleType::Forecast)
            o.insert(u"horizonSeconds"_s, rule.horizonSeconds);
        if (!rule.enabled)
            o.insert(u"enabled"_s, false);
        list.append(o);
    }
    return QJsonObject{{u"version"_s, kAlertRulesVersion}, {u"rules"_s, list}};
}

// Reads one JSON object field by field, recording a problem with its path for
// every value of the wrong shape, and for every key it was not asked about.
class Reader
{
public:
    Reader(QVector<WorkspaceProblem> &problems, QString path, QJsonObject object)
        : m_problems(problems), m_path(std::move(path)), m_object(std::move(object))
    {
    }

    QString at(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }
    void problem(const QString &key, const QString &message) { m_problems.append({at(key), message}); }
    bool has(const QString &key) const { return m_object.contains(key); }
    QJsonValue raw(const QString &key)
    {
        m_known.append(key);
        return m_object.value(key);
    }

    QString string(const QString &key, bool required)
    {
        const QJsonValue v = raw(key);
        if (v.isUndefined()) {
            if (required)
                problem(key, QCoreApplication::translate("WorkspaceFile", "missing; expected a text"));
            return QString();
        }
        if (!v.isString()) {
            problem(key, QCoreApplication::translate("WorkspaceFile", "expected a text, got %1").arg(typeName(v)));
            return QString();
        }
        return v.toString();
    }

    std::optional<int> wholeNumber(const QString &key)
    {
        const QJsonValue v = raw(key);
        if (v.isUndefined())
            return std::nullopt;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 1e9) {
            problem(key, QCoreApplication::translate("WorkspaceFile", "expected a whole number, got %1")
                             .arg(typeName(v)));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }

    std::optional<QJsonArray> array(const QString &key, bool required)
    {
        const QJsonValue v = raw(key);
        if (v.isUndefined()) {
            if (required)
                problem(key, QCoreApplication::translate("WorkspaceFile", "missing; expected a list"));
            return std::nullopt;
        }
        if (!v.isArray()) {
            problem(key, QCoreApplication::translate("WorkspaceFile", "expected a list, got %1").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toArray();
    }

    std::optional<QJsonObject> object(const QString &key)
    {
        const QJsonValue v = raw(key);
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isObject()) {
            problem(key, QCoreApplication::translate("WorkspaceFile", "expected an object, got %1").arg(typeName(v)));
            return std::nullopt;
        }
        return v.toObject();
    }

    // Every key not read is a typo or belongs to another version: say so.
    void finish()
    {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (m_known.contains(it.key()))
                continue;
            if (looksLikeCredential(it.key())) {
                problem(it.key(), QCoreApplication::translate("WorkspaceFile", "credentials are never read from a "
                                                                               "workspace file; remove it and "
                                                                               "enter the secret in Straja, which "
                                                                               "keeps it in the keychain"));
            } else {
                problem(it.key(), QCoreApplication::translate("WorkspaceFile", "unknown key (expected one of: %1)")
                                      .arg(m_known.join(u", "_s)));
            }
        }
    }

private:
    QVector<WorkspaceProblem> &m_problems;
    QString m_path;
    QJsonObject m_object;
    QStringList m_known;
};

std::optional<QJsonObject> objectAt(QVector<WorkspaceProblem> &problems, const QString &path, const QJsonValue &v,
                                    bool &dropped)
{
    if (v.isObject())
        return v.toObject();
    problems.append({path, QCoreApplication::translate("WorkspaceFile", "expected an object, got %1").arg(typeName(v))});
    dropped = true;
    return std::nullopt;
}

void readLimit(Reader &r, const QString &key, double &limit)
{
    const QJsonValue v = r.raw(key);
    if (v.isUndefined())
        return;
    if (v.isNull()) {
        limit = std::nan("");
        return;
    }
    if (!v.isDouble()) {
        r.problem(key, QCoreApplication::translate("WorkspaceFile", "expected a number, or null for no limit, got %1")
                           .arg(typeName(v)));
        return;
    }
    limit = v.toDouble();
}

HealthThresholds readThresholds(QVector<WorkspaceProblem> &problems, const QString &path, const QJsonObject &object)
{
    HealthThresholds thresholds = HealthThresholds::defaults();
    Reader r(problems, path, object);
    for (MetricKind kind : allMetricKinds()) {
        const QString id = metricKindId(kind);
        if (!r.has(id))
            continue;
        const std::optional<QJsonObject> limits = r.object(id);
        if (!limits)
            continue;
        Reader l(problems, r.at(id), *limits);
        readLimit(l, u"degraded"_s, thresholds[kind].degraded);
        readLimit(l, u"down"_s, thresholds[kind].down);
        l.finish();
    }
    if (const auto stale = r.wholeNumber(u"staleAfterSeconds"_s))
        thresholds.staleAfterSeconds = *stale;
    r.finish();
    return thresholds;
}

std::optional<double> readNumber(Reader &r, const QString &key, bool required)
{
    const QJsonValue v = r.raw(key);
    if (v.isUndefined()) {
        if (required)
            r.problem(key, QCoreApplication::translate("WorkspaceFile", "missing; expected a number"));
        return std::nullopt;
    }
    if (!v.isDouble()) {
        r.problem(key, QCoreApplication::translate("WorkspaceFile", "expected a number, got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return v.toDouble();
}

AlertRule readAlertRule(QVector<WorkspaceProblem> &problems, const QString &path, const QJsonObject &object)
{
    AlertRule rule;
    Reader r(problems, path, object);
    rule.id = r.string(u"id"_s, true);
    const QString type = r.string(u"type"_s, false);
    if (const auto t = alertRuleTypeFromId(type.isEmpty() ? u"threshold"_s : type))
        rule.type = *t;
    else
        r.problem(u"type"_s, QCoreApplication::translate("WorkspaceFile", "unknown rule type '%1' (expected one of: "
                                                                          "threshold, anomaly, forecast)")
                                 .arg(type));
    const QString metric = r.string(u"metric"_s, true);
    if (const auto m = alertMetricFromId(metric)) {
        rule.metric = *m;
    } else if (!metric.isEmpty()) {
        QStringList ids;
        for (int i = 0; i < kAlertMetricCount; ++i)
            ids.append(alertMetricId(static_cast<AlertMetric>(i)));
        r.problem(u"metric"_s, QCoreApplication::translate("WorkspaceFile", "unknown metric '%1' (expected one of: "
                                                                            "%2)")
                                   .arg(metric, ids.join(u", "_s)));
    }
    const QString comparison = r.string(u"comparison"_s, false);
    if (comparison == u"below")
        rule.comparison = AlertComparison::Below;
    else if (!comparison.isEmpty() && comparison != u"above")
        r.problem(u"comparison"_s, QCoreApplication::translate("WorkspaceFile", "expected \"above\" or \"below\", "
                                                                                "got '%1'")
                                       .arg(comparison));
    if (const auto threshold = readNumber(r, u"threshold"_s, true))
        rule.threshold = *threshold;
    if (const auto clearAt = readNumber(r, u"clearAt"_s, false))
        rule.clearAt = *clearAt;
    if (const auto forSeconds = r.wholeNumber(u"forSeconds"_s)) {
        if (*forSeconds < 0)
            r.problem(u"forSeconds"_s, QCoreApplication::translate("WorkspaceFile", "must not be negative"));
        else
            rule.forSeconds = *forSeconds;
    }
    if (const auto horizon = r.wholeNumber(u"horizonSeconds"_s))
        rule.horizonSeconds = *horizon;
    if (rule.type == AlertRuleType::Forecast && rule.horizonSeconds <= 0)
        r.problem(u"horizonSeconds"_s, QCoreApplication::translate("WorkspaceFile", "a forecast rule needs a "
                                                                                    "horizon of at least one "
                                                                                    "second"));
    const QString severity = r.string(u"severity"_s, false);
    if (const auto sev = alertSeverityFromId(severity.isEmpty() ? u"warning"_s : severity))
        rule.severity = *sev;
    else
        r.problem(u"severity"_s, QCoreApplication::translate("WorkspaceFile", "expected \"warning\" or "
                                                                              "\"critical\", got '%1'")
                                     .arg(severity));
    const QJsonValue enabled = r.raw(u"enabled"_s);
    if (enabled.isBool())
        rule.enabled = enabled.toBool();
    else if (!enabled.isUndefined())
        r.problem(u"enabled"_s, QCoreApplication::translate("WorkspaceFile", "expected true or false, got %1")
                                    .arg(typeName(enabled)));
    r.finish();
    return rule;
}

// {"version": 1, "rules": [...]}; a file without the key keeps the default rules.
std::optional<AlertRules> readAlertRules(QVector<WorkspaceProblem> &problems, const QString &path,
                                         const QJsonObject &object)
{
    Reader r(problems, path, object);
    const std::optional<int> version = r.wholeNumber(u"version"_s);
    if (!version) {
        if (!r.has(u"version"_s))
            r.problem(u"version"_s, QCoreApplication::translate("WorkspaceFile", "missing; expected %1")
                                        .arg(kAlertRulesVersion));
        r.raw(u"rules"_s);
        r.finish();
        return std::nullopt;
    }
    if (*version > kAlertRulesVersion || *version < 1) {
        r.problem(u"version"_s, QCoreApplication::translate("WorkspaceFile", "alert rules of version %1 are not "
                                                                             "understood by this Straja (it reads "
                                                                             "version %2)")
                                    .arg(*version)
                                    .arg(kAlertRulesVersion));
        r.raw(u"rules"_s);
        r.finish();
        return std::nullopt;
    }
    AlertRules rules;
    QStringList ids;
    if (const auto list = r.array(u"rules"_s, true)) {
        for (int i = 0; i < list->size(); ++i) {
            const QString at = r.at(u"rules[%1]"_s.arg(i));
            if (!list->at(i).isObject()) {
                problems.append({at, QCoreApplication::translate("WorkspaceFile", "expected an object, got %1")
                                         .arg(typeName(list->at(i)))});
                continue;
            }
            AlertRule rule = readAlertRule(problems, at, list->at(i).toObject());
            if (!rule.id.isEmpty() && ids.contains(rule.id))
                problems.append({at + u".id"_s, QCoreApplication::translate("WorkspaceFile", "the rule id '%1' is "
                                                                                             "used twice")
                                                    .arg(rule.id)});
            ids.append(rule.id);
            rules.append(rule);
        }
    }
    r.finish();
    return rules;
}

SourceConfig readSource(QVector<WorkspaceProblem> &problems, const QString &path, const QJsonObject &object)
{
    SourceConfig source;
    Reader r(problems, path, object);
    source.id = r.string(u"id"_s, true);
    const QString type = r.string(u"type"_s, true);
    if (const auto parsed = sourceTypeFromId(type)) {
        source.type = *parsed;
    } else if (r.has(u"type"_s) && r.raw(u"type"_s).isString()) {
        QStringList ids;
        for (SourceType t : allSourceTypes())
            ids.append(sourceTypeId(t));
        r.problem(u"type"_s, QCoreApplication::translate("WorkspaceFile", "unknown source type '%1' (expected one "
                                                                          "of: %2)")
                                 .arg(type, ids.join(u", "_s)));
    }
    source.name = r.string(u"name"_s, true);
    const QString url = r.string(u"url"_s, false);
    source.url = QUrl(url, QUrl::StrictMode);
    if (!url.isEmpty() && !source.url.isValid()) {
        r.problem(u"url"_s, QCoreApplication::translate("WorkspaceFile", "'%1' is not a valid address: %2")
                                .arg(url, source.url.errorString()));
    }
    const QString auth = r.string(u"auth"_s, false);
    if (const auto parsed = sourceAuthFromId(auth.isEmpty() ? u"none"_s : auth)) {
        source.auth = *parsed;
    } else {
        r.problem(u"auth"_s, QCoreApplication::translate("WorkspaceFile", "unknown authentication '%1' (expected "
                                                                          "one of: none, bearer, basic)")
                                 .arg(auth));
    }
    source.caFile = r.string(u"caFile"_s, false);
    if (const auto options = r.object(u"options"_s)) {
        source.options = *options;
        for (auto it = options->constBegin(); it != options->constEnd(); ++it) {
            const QString at = r.at(u"options."_s + it.key());
            if (looksLikeCredential(it.key())) {
                problems.append({at, QCoreApplication::translate("WorkspaceFile", "credentials are never read from "
                                                                                   "a workspace file; remove it and "
                                                                                   "enter the secret in Straja, "
                                                                                   "which keeps it in the keychain")});
            } else if (it.key() == u"auth" || it.key() == u"caFile") {
                problems.append({at, QCoreApplication::translate("WorkspaceFile", "reserved; write it one level "
                                                                                   "up, as %1")
                                         .arg(r.at(it.key()))});
            }
        }
    }
    r.finish();
    return source;
}

// A service's cost profile (docs/cost.md): texts, and amounts that are numbers >= 0.
CostProfile readCostProfile(QVector<WorkspaceProblem> &problems, const QString &path, const QJsonObject &object)
{
    Reader r(problems, path, object);
    QJsonObject valid;
    for (const QString &key : {u"pricing"_s, u"nodeType"_s, u"region"_s}) {
        const QString v = r.string(key, false);
        if (!v.isEmpty())
            valid.insert(key, v);
    }
    for (const QString &key : {u"cpu"_s, u"memoryGb"_s, u"volumeGb"_s, u"egressKbPerRequest"_s}) {
        const QJsonValue v = r.raw(key);
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || v.toDouble() < 0)
            r.problem(key, QCoreApplication::translate("WorkspaceFile", "expected a number of at least 0, got %1")
                               .arg(typeName(v)));
        else
            valid.insert(key, v);
    }
    r.finish();
    return costProfileFromObject(valid);
}

Project readProject(QVector<WorkspaceProblem> &problems, const QString &path, const QJsonObject &object)
{
    Project project;
    Reader r(problems, path, object);
    project.id = r.string(u"id"_s, true);
    project.name = r.string(u"name"_s, true);
    project.description = r.string(u"description"_s, false);
    if (const auto queries = r.object(u"businessQueries"_s)) {
        Reader q(problems, r.at(u"businessQueries"_s), *queries);
        for (const QString &key : queries->keys())
            project.businessQueries.insert(key, q.string(key, true));
    }
    r.finish();
    return project;
}

Service readService(QVector<WorkspaceProblem> &problems, const QString &path, const QJsonObject &object)
{
    Service service;
    Reader r(problems, path, object);
    service.id = r.string(u"id"_s, true);
    service.projectId = r.string(u"projectId"_s, true);
    service.name = r.string(u"name"_s, true);
    service.role = r.string(u"role"_s, false);
    service.sourceId = r.string(u"sourceId"_s, true);
    service.provider = r.string(u"provider"_s, false);
    if (const auto regions = r.array(u"regions"_s, false)) {
        for (int i = 0; i < regions->size(); ++i) {
            const QJsonValue v = regions->at(i);
            if (v.isString())
                service.regions.append(v.toString());
            else
                r.problem(u"regions[%1]"_s.arg(i), QCoreApplication::translate("WorkspaceFile", "expected a text, "
                                                                                               "got %1")
                                                      .arg(typeName(v)));
        }
    }
    if (const auto min = r.wholeNumber(u"minReplicas"_s))
        service.minReplicas = *min;
    if (const auto max = r.wholeNumber(u"maxReplicas"_s))
        service.maxReplicas = *max;
    if (const auto thresholds = r.object(u"thresholds"_s))
        service.thresholds = readThresholds(problems, r.at(u"thresholds"_s), *thresholds);
    if (const auto cost = r.object(u"cost"_s))
        service.cost = readCostProfile(problems, r.at(u"cost"_s), *cost);
    if (const auto rules = r.object(u"alertRules"_s))
        service.alertRules = readAlertRules(problems, r.at(u"alertRules"_s), *rules);
    r.finish();
    return service;
}

// Upgrades a file of an older schema, one version at a time, to the current one.
// Append a step here whenever kWorkspaceFileSchema grows (docs/workspace-file.md).
using Upgrade = std::function<void(QJsonObject &root)>;
const QVector<std::pair<int, Upgrade>> &upgrades()
{
    static const QVector<std::pair<int, Upgrade>> steps = {
        // {1, [](QJsonObject &root) { ... schema 1 -> 2 ... }},
    };
    return steps;
}

Util::Error invalid(const QVector<WorkspaceProblem> &problems)
{
    // Counts go through a variable: lupdate misreads a cast inside translate().
    const int count = static_cast<int>(problems.size());
    QString message = QCoreApplication::translate("WorkspaceFile", "The workspace file has %n problem(s):", nullptr,
                                                  count);
    for (int i = 0; i < count && i < kMaxListedProblems; ++i)
        message += u"\n"_s + problems.at(i).toString();
    if (count > kMaxListedProblems) {
        const int more = count - kMaxListedProblems;
        message += u"\n"_s + QCoreApplication::translate("WorkspaceFile", "…and %n more.", nullptr, more);
    }
    return Util::makeError(u"workspace_file.invalid"_s, message);
}

} // namespace

QByteArray workspaceToJson(const Workspace &ws)
{
    QJsonArray sources;
    for (const SourceConfig &s : ws.sources) {
        QJsonObject o{{u"id"_s, s.id}, {u"type"_s, sourceTypeId(s.type)}, {u"name"_s, s.name}};
        if (!s.url.isEmpty())
            o.insert(u"url"_s, s.url.toString());
        o.insert(u"auth"_s, sourceAuthId(s.auth));
        if (!s.caFile.isEmpty())
            o.insert(u"caFile"_s, s.caFile);
        QJsonObject options = s.options;
        // Belt and braces: a connector must never put a secret into its options,
        // but if one did, it still would not leave this machine.
        for (const QString &key : s.options.keys()) {
            if (looksLikeCredential(key))
                options.remove(key);
        }
        if (!options.isEmpty())
            o.insert(u"options"_s, options);
        sources.append(o);
    }
    QJsonArray projects;
    for (const Project &p : ws.projects) {
        QJsonObject o{{u"id"_s, p.id}, {u"name"_s, p.name}};
        if (!p.description.isEmpty())
            o.insert(u"description"_s, p.description);
        if (!p.businessQueries.isEmpty())
            o.insert(u"businessQueries"_s, QJsonDocument::fromJson(businessQueriesToJson(p.businessQueries)).object());
        projects.append(o);
    }
    QJsonArray services;
    for (const Service &s : ws.services) {
        QJsonObject o{{u"id"_s, s.id},
                      {u"projectId"_s, s.projectId},
                      {u"name"_s, s.name},
                      {u"sourceId"_s, s.sourceId},
                      {u"minReplicas"_s, s.minReplicas},
                      {u"maxReplicas"_s, s.maxReplicas}};
        if (!s.role.isEmpty())
            o.insert(u"role"_s, s.role);
        if (!s.provider.isEmpty())
            o.insert(u"provider"_s, s.provider);
        if (!s.regions.isEmpty())
            o.insert(u"regions"_s, QJsonArray::fromStringList(s.regions));
        const QJsonObject thresholds = thresholdsToObject(s.thresholds);
        if (!thresholds.isEmpty())
            o.insert(u"thresholds"_s, thresholds);
        const QJsonObject cost = costProfileToObject(s.cost);
        if (!cost.isEmpty())
            o.insert(u"cost"_s, cost);
        if (s.alertRules)
            o.insert(u"alertRules"_s, alertRulesToObject(*s.alertRules));
        services.append(o);
    }
    QJsonObject root{{u"schema"_s, kWorkspaceFileSchema},
                     {u"generator"_s, QString(u"Straja "_s + QStringLiteral(STRAJA_VERSION))},
                     {u"name"_s, ws.name},
                     {u"sources"_s, sources},
                     {u"projects"_s, projects},
                     {u"services"_s, services}};
    if (!ws.plans.isEmpty())
        root.insert(u"plans"_s, QJsonDocument::fromJson(plansToJson(ws.plans)).array());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Util::Result<Workspace> workspaceFromJson(const QByteArray &json, QVector<WorkspaceProblem> *problemsOut)
{
    QVector<WorkspaceProblem> problems;
    auto fail = [&](Util::Error error) -> Util::Result<Workspace> {
        if (problemsOut)
            *problemsOut = problems;
        return error;
    };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        const int column = static_cast<int>(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        problems.append({QString(), QCoreApplication::translate("WorkspaceFile", "line %1, column %2: %3")
                                        .arg(line)
                                        .arg(column)
                                        .arg(parseError.errorString())});
        return fail(Util::makeError(u"workspace_file.syntax"_s,
                                    QCoreApplication::translate("WorkspaceFile", "The workspace file is not valid "
                                                                                 "JSON: %1")
                                        .arg(problems.constFirst().message)));
    }
    if (!doc.isObject()) {
        problems.append({QString(), QCoreApplication::translate("WorkspaceFile", "expected a JSON object at the top "
                                                                                 "level")});
        return fail(invalid(problems));
    }
    QJsonObject root = doc.object();

    const QJsonValue schema = root.value(u"schema"_s);
    const double version = schema.toDouble(std::nan(""));
    if (!schema.isDouble() || std::floor(version) != version || version < 1) {
        problems.append({u"schema"_s, QCoreApplication::translate("WorkspaceFile", "expected a schema version (a "
                                                                                   "whole number from 1 to %1), got "
                                                                                   "%2")
                                          .arg(kWorkspaceFileSchema)
                                          .arg(typeName(schema))});
        return fail(invalid(problems));
    }
    if (version > kWorkspaceFileSchema) {
        problems.append({u"schema"_s, QCoreApplication::translate("WorkspaceFile", "this file was written by a newer "
                                                                                   "Straja (schema %1); this "
                                                                                   "version reads schema %2 and "
                                                                                   "older. Update Straja to import "
                                                                                   "it.")
                                          .arg(static_cast<int>(version))
                                          .arg(kWorkspaceFileSchema)});
        return fail(Util::makeError(u"workspace_file.newer"_s, problems.constFirst().toString()));
    }
    for (const auto &[from, step] : upgrades()) {
        if (from >= static_cast<int>(version)) {
            step(root);
            root.insert(u"schema"_s, from + 1);
        }
    }

    Workspace ws;
    bool dropped = false; // a list item that is not an object
    Reader r(problems, QString(), root);
    r.raw(u"schema"_s);
    r.raw(u"generator"_s);
    ws.name = r.string(u"name"_s, true);
    if (const auto sources = r.array(u"sources"_s, true)) {
        for (int i = 0; i < sources->size(); ++i) {
            const QString at = u"sources[%1]"_s.arg(i);
            if (const auto o = objectAt(problems, at, sources->at(i), dropped))
                ws.sources.append(readSource(problems, at, *o));
        }
    }
    if (const auto projects = r.array(u"projects"_s, true)) {
        for (int i = 0; i < projects->size(); ++i) {
            const QString at = u"projects[%1]"_s.arg(i);
            if (const auto o = objectAt(problems, at, projects->at(i), dropped))
                ws.projects.append(readProject(problems, at, *o));
        }
    }
    if (const auto services = r.array(u"services"_s, true)) {
        for (int i = 0; i < services->size(); ++i) {
            const QString at = u"services[%1]"_s.arg(i);
            if (const auto o = objectAt(problems, at, services->at(i), dropped))
                ws.services.append(readService(problems, at, *o));
        }
    }
    // Provider plans (docs/cost.md): {pricing, plan, seats}.
    if (const auto plans = r.array(u"plans"_s, false)) {
        for (int i = 0; i < plans->size(); ++i) {
            const QString at = u"plans[%1]"_s.arg(i);
            if (const auto o = objectAt(problems, at, plans->at(i), dropped)) {
                Reader p(problems, at, *o);
                ProviderPlan plan;
                plan.pricing = p.string(u"pricing"_s, true);
                plan.plan = p.string(u"plan"_s, true);
                if (const auto seats = p.wholeNumber(u"seats"_s)) {
                    if (*seats < 1)
                        p.problem(u"seats"_s, QCoreApplication::translate("WorkspaceFile", "expected at least 1"));
                    plan.seats = std::max(1, *seats);
                }
                p.finish();
                ws.plans.append(plan);
            }
        }
    }
    r.finish();
    // With a list item unreadable, indexes in the model no longer match the file's
    // and the rules would name the wrong places: then only the shape is reported.
    // Otherwise every rule runs too, so one pass lists everything to fix; a value
    // of the wrong shape is reported once, not again by the rule it then breaks.
    if (!dropped) {
        for (const WorkspaceProblem &p : checkWorkspace(ws)) {
            const bool known = std::any_of(problems.cbegin(), problems.cend(),
                                           [&](const WorkspaceProblem &q) { return q.path == p.path; });
            if (!known)
                problems.append(p);
        }
    }
    if (!problems.isEmpty())
        return fail(invalid(problems));
    if (problemsOut)
        problemsOut->clear();
    return ws;
}

QByteArray alertRulesToJson(const AlertRules &rules)
{
    return QJsonDocument(alertRulesToObject(rules)).toJson(QJsonDocument::Compact);
}

std::optional<AlertRules> alertRulesFromJson(const QByteArray &json, QVector<WorkspaceProblem> *problemsOut)
{
    if (json.trimmed().isEmpty())
        return std::nullopt;
    QVector<WorkspaceProblem> problems;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    std::optional<AlertRules> rules;
    if (doc.isObject())
        rules = readAlertRules(problems, u"alertRules"_s, doc.object());
    else
        problems.append({u"alertRules"_s, QCoreApplication::translate("WorkspaceFile", "expected an object, got %1")
                                              .arg(typeName(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue()))});
    if (problemsOut)
        *problemsOut = problems;
    return problems.isEmpty() ? rules : std::nullopt;
}

} // namespace Model
