#include "core/model/workspacecheck.h"

#include "core/model/healththresholds.h"
#include "core/model/metrickind.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Model {

namespace {

constexpr int kMaxReplicas = 1000;
constexpr int kMinStaleSeconds = 10;
constexpr int kMaxStaleSeconds = 7 * 24 * 3600;


class Checker
{
public:
    QVector<WorkspaceProblem> problems;

    void add(const QString &path, const QString &message) { problems.append({path, message}); }

    void checkId(const QString &path, const QString &id, QHash<QString, QString> &seen)
    {
        if (id.isEmpty()) {
            add(path, QCoreApplication::translate("WorkspaceCheck", "must not be empty"));
            return;
        }
        if (!isValidWorkspaceId(id)) {
            add(path, QCoreApplication::translate("WorkspaceCheck", "'%1' is not a valid id: use 1 to 64 letters, "
                                                                    "digits, '.', '_' or '-', starting with a "
                                                                    "letter or digit")
                          .arg(id));
            return;
        }
        if (const auto it = seen.constFind(id); it != seen.cend()) {
            add(path, QCoreApplication::translate("WorkspaceCheck", "duplicate id '%1' (also at %2)")
                          .arg(id, it.value()));
            return;
        }
        seen.insert(id, path);
    }

    void checkName(const QString &path, const QString &name)
    {
        if (name.trimmed().isEmpty())
            add(path, QCoreApplication::translate("WorkspaceCheck", "must not be empty"));
    }

    void checkThresholds(const QString &path, const HealthThresholds &thresholds)
    {
        for (MetricKind kind : allMetricKinds()) {
            const MetricLimits &limits = thresholds[kind];
            const QString at = path + u'.' + metricKindId(kind);
            for (const auto &[name, value] : {std::pair{u"degraded"_s, limits.degraded}, std::pair{u"down"_s, limits.down}}) {
                if (!std::isnan(value) && (value < 0 || std::isinf(value)))
                    add(at + u'.' + name, QCoreApplication::translate("WorkspaceCheck", "must be a number of 0 or "
                                                                                          "more, got %1")
                                              .arg(value));
            }
            if (limitsInverted(kind, limits.degraded, limits.down)) {
                add(at, lowerIsWorse(kind)
                            ? QCoreApplication::translate("WorkspaceCheck",
                                                          "the degraded limit (%1) must not be below the down "
                                                          "limit (%2): lower is worse for this metric")
                                  .arg(limits.degraded)
                                  .arg(limits.down)
                            : QCoreApplication::translate("WorkspaceCheck", "the degraded limit (%1) must not be "
                                                                            "above the down limit (%2)")
                                  .arg(limits.degraded)
                                  .arg(limits.down));
            }
        }
        if (thresholds.staleAfterSeconds < kMinStaleSeconds || thresholds.staleAfterSeconds > kMaxStaleSeconds) {
            add(path + u".staleAfterSeconds"_s,
                QCoreApplication::translate("WorkspaceCheck", "must be from %1 to %2 seconds, got %3")
                    .arg(kMinStaleSeconds)
                    .arg(kMaxStaleSeconds)
                    .arg(thresholds.staleAfterSeconds));
        }
    }
};

} // namespace

bool isValidWorkspaceId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    return pattern.match(id).hasMatch();
}

QString makeWorkspaceId(const QString &name, const QStringList &taken)
{
    QString base;
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            base += c;
        else if (c.isSpace() || c == u'-' || c == u'_' || c == u'.')
            base += u'-';
    }
    static const QRegularExpression dashes(u"-{2,}"_s);
    base.replace(dashes, u"-"_s);
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    base.truncate(56);
    if (base.isEmpty())
        base = u"item"_s;
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

QVector<WorkspaceProblem> checkWorkspace(const Workspace &ws)
{
    Checker c;
    c.checkName(u"name"_s, ws.name);

    QHash<QString, QString> sourceIds;
    for (int i = 0; i < ws.sources.size(); ++i) {
        const SourceConfig &s = ws.sources.at(i);
        const QString at = u"sources[%1]"_s.arg(i);
        c.checkId(at + u".id"_s, s.id, sourceIds);
        c.checkName(at + u".name"_s, s.name);
        // A Railway source without an address uses Railway's public endpoint.
        if (s.type != SourceType::Demo && !(s.type == SourceType::Railway && s.url.isEmpty())) {
            const QString scheme = s.url.scheme();
            if (!s.url.isValid() || s.url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
                c.add(at + u".url"_s, QCoreApplication::translate("WorkspaceCheck", "expected an http:// or "
                                                                                    "https:// address, got '%1'")
                                          .arg(s.url.toString()));
            }
        }
        if (!s.caFile.isEmpty() && !QDir::isAbsolutePath(s.caFile)) {
            c.add(at + u".caFile"_s, QCoreApplication::translate("WorkspaceCheck", "expected an absolute path, got "
                                                                                   "'%1'")
                                         .arg(s.caFile));
        }
    }

    QHash<QString, QString> projectIds;
    for (int i = 0; i < ws.projects.size(); ++i) {
        const Project &p = ws.projects.at(i);
        const QString at = u"projects[%1]"_s.arg(i);
        c.checkId(at + u".id"_s, p.id, projectIds);
        c.checkName(at + u".name"_s, p.name);
    }

    QHash<QString, QString> serviceIds;
    static const QRegularExpression region(u"^[A-Za-z0-9._-]{1,64}$"_s);
    for (int i = 0; i < ws.services.size(); ++i) {
        const Service &s = ws.services.at(i);
        const QString at = u"services[%1]"_s.arg(i);
        c.checkId(at + u".id"_s, s.id, serviceIds);
        c.checkName(at + u".name"_s, s.name);
        if (!ws.project(s.projectId)) {
            c.add(at + u".projectId"_s,
                  QCoreApplication::translate("WorkspaceCheck", "no project '%1'").arg(s.projectId));
        }
        if (!ws.source(s.sourceId))
            c.add(at + u".sourceId"_s, QCoreApplication::translate("WorkspaceCheck", "no source '%1'").arg(s.sourceId));
        for (int r = 0; r < s.regions.size(); ++r) {
            if (!region.match(s.regions.at(r)).hasMatch()) {
                c.add(at + u".regions[%1]"_s.arg(r),
                      QCoreApplication::translate("WorkspaceCheck", "'%1' is not a region name: use letters, "
                                                                    "digits, '.', '_' or '-'")
                          .arg(s.regions.at(r)));
            }
        }
        if (s.minReplicas < 0 || s.minReplicas > kMaxReplicas) {
            c.add(at + u".minReplicas"_s, QCoreApplication::translate("WorkspaceCheck", "must be from 0 to %1, got "
                                                                                        "%2")
                                              .arg(kMaxReplicas)
                                              .arg(s.minReplicas));
        }
        if (s.maxReplicas < 1 || s.maxReplicas > kMaxReplicas) {
            c.add(at + u".maxReplicas"_s, QCoreApplication::translate("WorkspaceCheck", "must be from 1 to %1, got "
                                                                                        "%2")
                                              .arg(kMaxReplicas)
                                              .arg(s.maxReplicas));
        } else if (s.maxReplicas < s.minReplicas) {
            c.add(at + u".maxReplicas"_s,
                  QCoreApplication::translate("WorkspaceCheck", "must not be below minReplicas (%1), got %2")
                      .arg(s.minReplicas)
                      .arg(s.maxReplicas));
        }
        c.checkThresholds(at + u".thresholds"_s, s.thresholds);
    }
    return c.problems;
}

} // namespace Model
