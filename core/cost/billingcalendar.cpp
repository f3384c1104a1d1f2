#include "core/cost/billingcalendar.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Cost {

BillingCalendar::BillingCalendar(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
{
}

qint64 BillingCalendar::localMidnight(const QDate &date) const
{
    // Where midnight falls into a clock-change gap, the day starts at the first
    // instant that exists (QDateTime moves a gap time forward).
    return QDateTime(date, QTime(0, 0), m_zone).toMSecsSinceEpoch();
}

qint64 BillingCalendar::dayStartMs(qint64 tMs) const
{
    return localMidnight(QDateTime::fromMSecsSinceEpoch(tMs, m_zone).date());
}

qint64 BillingCalendar::nextDayStartMs(qint64 tMs) const
{
    return localMidnight(QDateTime::fromMSecsSinceEpoch(tMs, m_zone).date().addDays(1));
}

qint64 BillingCalendar::monthStartMs(qint64 tMs) const
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(tMs, m_zone).date();
    return localMidnight(QDate(d.year(), d.month(), 1));
}

qint64 BillingCalendar::nextMonthStartMs(qint64 tMs) const
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(tMs, m_zone).date();
    return localMidnight(QDate(d.year(), d.month(), 1).addMonths(1));
}

QString BillingCalendar::monthId(qint64 tMs) const
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(tMs, m_zone).date();
    return u"%1-%2"_s.arg(d.year(), 4, 10, QLatin1Char('0')).arg(d.month(), 2, 10, QLatin1Char('0'));
}

} // namespace Cost
