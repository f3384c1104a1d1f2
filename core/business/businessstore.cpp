#include "core/business/businessstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Business {

namespace {

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalMoney(const std::optional<Cost::Money> &v)
{
    return v ? QVariant(v->micros()) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> readOptional(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

std::optional<Cost::Money> readMoney(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<Cost::Money>(Cost::Money::fromMicros(v.toLongLong()));
}

} // namespace

Util::Result<QVector<BusinessRecord>> BusinessStore::load() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT project_id, period, visitors, active_users, new_customers, customers,"
                    " churned_customers, revenue_micros, marketing_micros, source FROM business_records"
                    " ORDER BY project_id, period"_s))
        return Util::makeError(u"business.store"_s, tr("Reading business figures failed: %1")
                                                        .arg(query.lastError().text().trimmed()));
    QVector<BusinessRecord> out;
    while (query.next()) {
        BusinessRecord r;
        r.projectId = query.value(0).toString();
        r.month = query.value(1).toString();
        r.visitors = readOptional(query.value(2));
        r.activeUsers = readOptional(query.value(3));
        r.newCustomers = readOptional(query.value(4));
        r.customers = readOptional(query.value(5));
        r.churnedCustomers = readOptional(query.value(6));
        r.revenue = readMoney(query.value(7));
        r.marketingSpend = readMoney(query.value(8));
        r.source = query.value(9).toString();
        out.append(r);
    }
    return out;
}

Util::Result<void> BusinessStore::replace(const QVector<BusinessRecord> &records, qint64 nowMs)
{
    if (!m_db.transaction())
        return Util::makeError(u"business.store"_s,
                               tr("Cannot start a transaction: %1").arg(m_db.lastError().text().trimmed()));
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT OR REPLACE INTO business_records (project_id, period, visitors, active_users,"
                       " new_customers, customers, churned_customers, revenue_micros, marketing_micros, source,"
                       " imported_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)) {
        const QString reason = query.lastError().text().trimmed();
        m_db.rollback();
        return Util::makeError(u"business.store"_s, tr("Saving business figures failed: %1").arg(reason));
    }
    for (const BusinessRecord &r : records) {
        query.addBindValue(r.projectId);
        query.addBindValue(r.month);
        query.addBindValue(optionalValue(r.visitors));
        query.addBindValue(optionalValue(r.activeUsers));
        query.addBindValue(optionalValue(r.newCustomers));
        query.addBindValue(optionalValue(r.customers));
        query.addBindValue(optionalValue(r.churnedCustomers));
        query.addBindValue(optionalMoney(r.revenue));
        query.addBindValue(optionalMoney(r.marketingSpend));
        query.addBindValue(r.source);
        query.addBindValue(nowMs);
        if (!query.exec()) {
            const QString reason = query.lastError().text().trimmed();
            m_db.rollback();
            return Util::makeError(u"business.store"_s, tr("Saving business figures failed: %1").arg(reason));
        }
    }
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text().trimmed();
        m_db.rollback();
        return Util::makeError(u"business.store"_s, tr("Saving business figures failed: %1").arg(reason));
    }
    return {};
}

} // namespace Business
