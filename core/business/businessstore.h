#pragma once

#include "core/business/businesstypes.h"
#include "core/util/result.h"

class QSqlDatabase;

namespace Business {

// Reads and writes imported business figures (table business_records, schema 4).
class BusinessStore final
{
    Q_DECLARE_TR_FUNCTIONS(Business::BusinessStore)
public:
    explicit BusinessStore(QSqlDatabase &db) : m_db(db) { }

    Util::Result<QVector<BusinessRecord>> load() const;
    // Replaces the rows of the records' (project, month) pairs, all in one
    // transaction: either every row lands or none does.
    Util::Result<void> replace(const QVector<BusinessRecord> &records, qint64 nowMs);

private:
    QSqlDatabase &m_db;
};

} // namespace Business
