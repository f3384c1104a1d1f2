#pragma once

#include "core/business/businesstypes.h"
#include "core/util/result.h"

#include <QHash>
#include <QStringList>

namespace Business {

// One problem in an imported file, with the line it is on (1 = the header).
struct CsvIssue
{
    int line = 0;
    QString column; // empty when the problem is the whole line
    QString message;
};

struct CsvImport
{
    QVector<BusinessRecord> records;
    QVector<CsvIssue> issues; // non-empty: nothing may be imported
    int rows = 0;             // data rows read
};

// Business figures from CSV (docs/cost.md, "Business CSV"): a header naming the
// columns in any order, one row per project and month. Every row is checked before
// anything is imported; one bad cell refuses the whole file, with an error naming
// the line and the column, so nothing is ever half imported.
class BusinessCsv final
{
    Q_DECLARE_TR_FUNCTIONS(Business::BusinessCsv)
public:
    static constexpr qint64 kMaxBytes = 32LL * 1024 * 1024;

    // The documented columns; "period" and "project" are required.
    static QStringList columns();
    // `projects`: project ids and names -> id (a row may name a project either way).
    static CsvImport read(const QByteArray &data, const QHash<QString, QString> &projects, int maxIssues = 50);
    // All rows, or one error listing the problems line by line.
    static Util::Result<QVector<BusinessRecord>> parse(const QByteArray &data, const QHash<QString, QString> &projects);
    // The same format back (for a template and for tests).
    static QByteArray write(const QVector<BusinessRecord> &records);
    // One-line text of an issue ("line 4, column 'revenue': ...").
    static QString describe(const CsvIssue &issue);
};

} // namespace Business
