#include "core/flags/flagsnapshotstore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

QVariant nullable(double v)
{
    return std::isfinite(v) ? QVariant(v) : QVariant(QMetaType::fromType<double>());
}

// A null QString binds as NULL; the text columns are NOT NULL and empty is meant.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? u""_s : s);
}

double orUndefined(const QVariant &v)
{
    return v.isNull() ? Experiments::kUndefined : v.toDouble();
}

Util::Error sqlError(const QSqlQuery &query)
{
    return Util::makeError(u"flags.store"_s,
                           QCoreApplication::translate("Flags", "Cannot store the flags: %1")
                               .arg(query.lastError().text().trimmed()));
}

} // namespace

QString FlagSnapshotStore::verdictId(Experiments::VerdictKind kind)
{
    using Experiments::VerdictKind;
    switch (kind) {
    case VerdictKind::NoData: return u"no_data"_s;
    case VerdictKind::SampleRatioMismatch: return u"srm"_s;
    case VerdictKind::NotEnoughData: return u"not_enough_data"_s;
    case VerdictKind::Winner: return u"winner"_s;
    case VerdictKind::Loser: return u"loser"_s;
    case VerdictKind::NoDifference: return u"no_difference"_s;
    }
    return u"no_data"_s;
}

Experiments::VerdictKind FlagSnapshotStore::verdictFromId(const QString &id)
{
    using Experiments::VerdictKind;
    for (VerdictKind k : {VerdictKind::NoData, VerdictKind::SampleRatioMismatch, VerdictKind::NotEnoughData,
                          VerdictKind::Winner, VerdictKind::Loser, VerdictKind::NoDifference})
        if (verdictId(k) == id)
            return k;
    return VerdictKind::NoData;
}

Util::Result<void> FlagSnapshotStore::save(const FlagsSnapshot &snapshot)
{
    if (!m_db.transaction())
        return Util::makeError(u"flags.store"_s, QCoreApplication::translate("Flags", "Cannot store the flags: %1")
                                                     .arg(m_db.lastError().text().trimmed()));
    auto fail = [this](const QSqlQuery &query) {
        const Util::Error error = sqlError(query);
        m_db.rollback();
        return error;
    };
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM flag_states WHERE source = ?"_s);
    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO flag_states (source, source_name, project, feature, environment, type, enabled,"
                   " rollout, conditional, changed_ms, changed_by, fetched_ms)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const SourceFlags &source : snapshot.sources) {
        // A source that did not answer keeps what it last said.
        if (!source.status.ok)
            continue;
        remove.addBindValue(source.status.sourceId);
        if (!remove.exec())
            return fail(remove);
        const qint64 fetched = source.status.fetchedAtMs > 0 ? source.status.fetchedAtMs : snapshot.atMs;
        for (const FlagProject &project : source.projects) {
            for (const Feature &f : project.features) {
                if (f.archived)
                    continue;
                for (const FeatureEnvironment &e : f.environments) {
                    for (const QVariant &v :
                         {text(source.status.sourceId), text(source.status.name), text(project.id), text(f.name),
                          text(e.name), text(f.type), QVariant(e.enabled ? 1 : 0),
                          nullable(e.reach.share), QVariant(e.reach.conditional ? 1 : 0),
                          f.lastChange ? QVariant(f.lastChange->createdAtMs) : QVariant(QMetaType::fromType<qint64>()),
                          f.lastChange ? QVariant(f.lastChange->createdBy) : QVariant(QMetaType::fromType<QString>()),
                          QVariant(fetched)})
                        insert.addBindValue(v);
                    if (!insert.exec())
                        return fail(insert);
                }
            }
        }
    }
    QSqlQuery verdict(m_db);
    verdict.prepare(u"INSERT OR REPLACE INTO experiment_verdicts (id, name, project, feature, environment, verdict,"
                    " variant, lift, probability, more_users, srm_p, users, computed_ms)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Experiments::ExperimentReportPtr &report : snapshot.experiments) {
        if (!report)
            continue;
        const Experiments::ExperimentDefinition &d = report->definition;
        qint64 users = 0;
        for (const Experiments::VariantStats &v : report->variants)
            users += v.exposures;
        for (const QVariant &v :
             {text(d.id), text(d.name), text(d.projectId), text(d.flagName), text(d.environment),
              QVariant(verdictId(report->verdict.kind)), text(report->verdict.variant),
              nullable(report->verdict.relativeLift), nullable(report->verdict.probability),
              QVariant(report->verdict.moreUsersPerVariant), nullable(report->verdict.srmPValue), QVariant(users),
              QVariant(report->computedAtMs > 0 ? report->computedAtMs : snapshot.atMs)})
            verdict.addBindValue(v);
        if (!verdict.exec())
            return fail(verdict);
    }
    if (!m_db.commit())
        return Util::makeError(u"flags.store"_s, QCoreApplication::translate("Flags", "Cannot store the flags: %1")
                                                     .arg(m_db.lastError().text().trimmed()));
    return {};
}

Util::Result<StoredFlags> FlagSnapshotStore::load() const
{
    StoredFlags out;
    if (!m_db.tables().contains(u"flag_states"_s))
        return out;
    out.available = true;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT source, source_name, project, feature, environment, type, enabled, rollout, conditional,"
                " changed_ms, changed_by, fetched_ms FROM flag_states ORDER BY source, project, feature, environment"_s))
        return sqlError(q);
    while (q.next()) {
        StoredFlagState s;
        s.sourceId = q.value(0).toString();
        s.sourceName = q.value(1).toString();
        s.project = q.value(2).toString();
        s.feature = q.value(3).toString();
        s.environment = q.value(4).toString();
        s.type = q.value(5).toString();
        s.enabled = q.value(6).toInt() != 0;
        s.rollout = orUndefined(q.value(7));
        s.conditional = q.value(8).toInt() != 0;
        s.changedAtMs = q.value(9).toLongLong();
        s.changedBy = q.value(10).toString();
        s.fetchedAtMs = q.value(11).toLongLong();
        out.flags.append(s);
    }
    if (!q.exec(u"SELECT id, name, project, feature, environment, verdict, variant, lift, probability, more_users,"
                " srm_p, users, computed_ms FROM experiment_verdicts ORDER BY name, id"_s))
        return sqlError(q);
    while (q.next()) {
        StoredExperiment e;
        e.id = q.value(0).toString();
        e.name = q.value(1).toString();
        e.project = q.value(2).toString();
        e.feature = q.value(3).toString();
        e.environment = q.value(4).toString();
        e.verdict.kind = verdictFromId(q.value(5).toString());
        e.verdict.variant = q.value(6).toString();
        e.verdict.relativeLift = orUndefined(q.value(7));
        e.verdict.probability = orUndefined(q.value(8));
        e.verdict.moreUsersPerVariant = q.value(9).toLongLong();
        e.verdict.srmPValue = orUndefined(q.value(10));
        e.users = q.value(11).toLongLong();
        e.computedAtMs = q.value(12).toLongLong();
        out.experiments.append(e);
    }
    return out;
}

} // namespace Flags
