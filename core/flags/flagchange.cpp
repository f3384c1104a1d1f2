#include "core/flags/flagchange.h"

#include "core/flags/flagjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QString environmentPath(const FlagChange &c)
{
    return u"/api/admin/projects/%1/features/%2/environments/%3"_s.arg(segment(c.project), segment(c.feature),
                                                                      segment(c.environment));
}

const Strategy *findStrategy(const Feature &feature, const QString &environment, const QString &strategyId)
{
    const FeatureEnvironment *env = feature.environment(environment);
    if (!env)
        return nullptr;
    for (const Strategy &s : env->strategies)
        if (s.id == strategyId)
            return &s;
    return nullptr;
}

QString weightsText(const QVector<Variant> &variants)
{
    QStringList parts;
    for (const Variant &v : variants)
        parts.append(u"%1 %2%"_s.arg(v.name).arg(v.weight / 10.0, 0, 'g', 4));
    return parts.join(u", "_s);
}

} // namespace

bool FlagChange::isValid() const
{
    if (project.isEmpty() || feature.isEmpty() || environment.isEmpty())
        return false;
    switch (kind) {
    case Kind::Enable:
    case Kind::Disable:
        return true;
    case Kind::SetRollout:
        return !strategyId.isEmpty() && rollout >= 0 && rollout <= 100;
    case Kind::SetVariantWeights: {
        int total = 0;
        for (const Variant &v : variants) {
            if (v.weight < 0 || v.name.isEmpty())
                return false;
            total += v.weight;
        }
        return !strategyId.isEmpty() && !variants.isEmpty() && total == 1000;
    }
    }
    return false;
}

AdminRequest FlagChange::request() const
{
    AdminRequest r;
    switch (kind) {
    case Kind::Enable:
    case Kind::Disable:
        r.method = "POST";
        r.path = environmentPath(*this) + (kind == Kind::Enable ? u"/on"_s : u"/off"_s);
        break;
    case Kind::SetRollout: {
        r.method = "PATCH";
        r.path = environmentPath(*this) + u"/strategies/"_s + segment(strategyId);
        QJsonArray patch;
        if (rolloutBefore >= 0)
            patch.append(QJsonObject{{u"op"_s, u"test"_s}, {u"path"_s, u"/parameters/rollout"_s},
                                     {u"value"_s, QString::number(rolloutBefore)}});
        patch.append(QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"/parameters/rollout"_s},
                                 {u"value"_s, QString::number(rollout)}});
        r.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
        break;
    }
    case Kind::SetVariantWeights: {
        r.method = "PATCH";
        r.path = environmentPath(*this) + u"/strategies/"_s + segment(strategyId);
        QJsonArray patch;
        // Guard on what the operator saw: each variant's name and weight.
        for (int i = 0; i < variantsBefore.size(); ++i) {
            patch.append(QJsonObject{{u"op"_s, u"test"_s}, {u"path"_s, u"/variants/%1/name"_s.arg(i)},
                                     {u"value"_s, variantsBefore.at(i).name}});
            patch.append(QJsonObject{{u"op"_s, u"test"_s}, {u"path"_s, u"/variants/%1/weight"_s.arg(i)},
                                     {u"value"_s, variantsBefore.at(i).weight}});
        }
        // Unleash spreads "variable" weights evenly over what "fix" ones leave, and
        // needs at least one variable variant: the heaviest takes the remainder,
        // every other keeps its exact weight.
        qsizetype heaviest = 0;
        for (qsizetype i = 1; i < variants.size(); ++i)
            if (variants.at(i).weight > variants.at(heaviest).weight)
                heaviest = i;
        QJsonArray list;
        for (qsizetype i = 0; i < variants.size(); ++i) {
            Variant v = variants.at(i);
            v.weightType = i == heaviest ? u"variable"_s : u"fix"_s;
            list.append(FlagJson::toJson(v));
        }
        patch.append(QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"/variants"_s}, {u"value"_s, list}});
        r.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
        break;
    }
    }
    return r;
}

QString FlagChange::describe() const
{
    switch (kind) {
    case Kind::Enable:
        return QCoreApplication::translate("Flags", "Turn on %1 in %2").arg(feature, environment);
    case Kind::Disable:
        return QCoreApplication::translate("Flags", "Turn off %1 in %2").arg(feature, environment);
    case Kind::SetRollout:
        if (rolloutBefore >= 0)
            return QCoreApplication::translate("Flags", "Change the rollout of %1 in %2 from %3% to %4% of users")
                .arg(feature, environment)
                .arg(rolloutBefore)
                .arg(rollout);
        return QCoreApplication::translate("Flags", "Set the rollout of %1 in %2 to %3% of users")
            .arg(feature, environment)
            .arg(rollout);
    case Kind::SetVariantWeights:
        return QCoreApplication::translate("Flags", "Split the users of %1 in %2 as %3 (was %4)")
            .arg(feature, environment, weightsText(variants), weightsText(variantsBefore));
    }
    return {};
}

QString FlagChange::dryRun() const
{
    const AdminRequest r = request();
    QString text = QString::fromLatin1(r.method) + u' ' + r.path;
    if (!r.body.isEmpty())
        text += u'\n' + QString::fromUtf8(QJsonDocument::fromJson(r.body).toJson(QJsonDocument::Indented)).trimmed();
    return text;
}

QString FlagChange::idempotencyKey() const
{
    const AdminRequest r = request();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(sourceId.toUtf8());
    hash.addData(r.method);
    hash.addData(r.path.toUtf8());
    hash.addData(r.body);
    return QString::fromLatin1(hash.result().toHex().left(32));
}

bool FlagChange::isAppliedIn(const Feature &f) const
{
    const FeatureEnvironment *env = f.environment(environment);
    if (!env)
        return false;
    switch (kind) {
    case Kind::Enable:
        return env->enabled;
    case Kind::Disable:
        return !env->enabled;
    case Kind::SetRollout: {
        const Strategy *s = findStrategy(f, environment, strategyId);
        return s && s->parameter(u"rollout"_s) == QString::number(rollout);
    }
    case Kind::SetVariantWeights: {
        const Strategy *s = findStrategy(f, environment, strategyId);
        if (!s || s->variants.size() != variants.size())
            return false;
        for (int i = 0; i < variants.size(); ++i)
            if (s->variants.at(i).name != variants.at(i).name || s->variants.at(i).weight != variants.at(i).weight)
                return false;
        return true;
    }
    }
    return false;
}

} // namespace Flags
