#pragma once

#include "core/util/result.h"

#include <QString>
#include <QStringList>
#include <QVector>

class QSqlDatabase;

namespace Actions {

// How one fix has done against one pattern, across every project.
struct FixRecord
{
    QString fix;
    int attempts = 0;
    int successes = 0;
    double score = 0.5;        // (successes + 1) / (attempts + 2): a fix never tried scores 0.5
    QStringList workedOn;      // "service (project)" where it succeeded, most recent first
};

// What Straja has learnt from outcomes (DESIGN §1, Repair): every verified fix is
// recorded against its pattern; fixes are ranked by their smoothed success rate,
// so a fix that worked on one project is offered first on another with the same
// pattern, and one that failed drops behind the alternatives.
class KnowledgeBase final
{
public:
    explicit KnowledgeBase(QSqlDatabase &db) : m_db(db) { }

    Util::Result<void> record(const QString &pattern, const QString &fix, const QString &projectId,
                              const QString &serviceId, qint64 actionId, bool succeeded, qint64 atMs);

    // `candidates` in the catalogue's order; ties keep that order.
    Util::Result<QVector<FixRecord>> rank(const QString &pattern, const QStringList &candidates) const;

    // "Worked 2 of 2 times, on events-web (Events platform)": empty when never tried.
    static QString note(const FixRecord &record);

private:
    QSqlDatabase &m_db;
};

} // namespace Actions
