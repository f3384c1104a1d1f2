#pragma once

#include <QString>
#include <QTimeZone>

namespace Cost {

// Days and calendar months in the operator's time zone, as instants. A day is not
// always 24 hours (23 or 25 on the days the clocks change) and a month not always
// 24 x its days: every boundary is computed from the local calendar, never by adding
// a fixed length.
class BillingCalendar final
{
public:
    explicit BillingCalendar(QTimeZone zone = QTimeZone::utc());

    const QTimeZone &zone() const { return m_zone; }
    qint64 dayStartMs(qint64 tMs) const;
    qint64 nextDayStartMs(qint64 tMs) const;
    qint64 monthStartMs(qint64 tMs) const;
    qint64 nextMonthStartMs(qint64 tMs) const;
    // "2026-03" for the month `tMs` falls in.
    QString monthId(qint64 tMs) const;

private:
    qint64 localMidnight(const QDate &date) const;
    QTimeZone m_zone;
};

} // namespace Cost
