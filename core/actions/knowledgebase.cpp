#include "core/actions/knowledgebase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Actions {

namespace {

Util::Error sqlFailure(const QSqlQuery &query)
{
    return Util::makeError(u"knowledge.sql"_s,
                           QCoreApplication::translate("Actions", "Saving or reading outcomes failed: %1")
                               .arg(query.lastError().text().trimmed()));
}

} // namespace

Util::Result<void> KnowledgeBase::record(const QString &pattern, const QString &fix, const QString &projectId,
                                         const QString &serviceId, qint64 actionId, bool succeeded, qint64 atMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO knowledge (pattern, fix, project_id, service_id, action_id, outcome, at_ms)"
              " VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(pattern);
    q.addBindValue(fix);
    q.addBindValue(projectId.isNull() ? u""_s : projectId);
    q.addBindValue(serviceId);
    q.addBindValue(actionId);
    q.addBindValue(succeeded ? u"succeeded"_s : u"failed"_s);
    q.addBindValue(atMs);
    if (!q.exec())
        return sqlFailure(q);
    return {};
}

Util::Result<QVector<FixRecord>> KnowledgeBase::rank(const QString &pattern, const QStringList &candidates) const
{
    QVector<FixRecord> records;
    for (const QString &fix : candidates) {
        FixRecord r;
        r.fix = fix;
        QSqlQuery q(m_db);
        q.prepare(u"SELECT outcome, service_id, project_id FROM knowledge WHERE pattern = ? AND fix = ?"
                  " ORDER BY at_ms DESC, id DESC"_s);
        q.addBindValue(pattern);
        q.addBindValue(fix);
        if (!q.exec())
            return sqlFailure(q);
        while (q.next()) {
            ++r.attempts;
            if (q.value(0).toString() == u"succeeded") {
                ++r.successes;
                const QString where = q.value(2).toString().isEmpty()
                                          ? q.value(1).toString()
                                          : u"%1 (%2)"_s.arg(q.value(1).toString(), q.value(2).toString());
                if (!r.workedOn.contains(where))
                    r.workedOn.append(where);
            }
        }
        r.score = (r.successes + 1.0) / (r.attempts + 2.0);
        records.append(r);
    }
    std::stable_sort(records.begin(), records.end(),
                     [](const FixRecord &a, const FixRecord &b) { return a.score > b.score; });
    return records;
}

QString KnowledgeBase::note(const FixRecord &r)
{
    if (r.attempts == 0)
        return QString();
    if (r.workedOn.isEmpty())
        return QCoreApplication::translate("Actions", "Tried %n time(s), never verified as working.", nullptr,
                                           r.attempts);
    return QCoreApplication::translate("Actions", "Worked %1 of %n time(s), on %2.", nullptr, r.attempts)
        .arg(r.successes)
        .arg(r.workedOn.mid(0, 3).join(u", "_s));
}

} // namespace Actions
