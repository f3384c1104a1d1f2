#include "core/actions/schedulecalendar.h"

#include <QDateTime>

#include <algorithm>

namespace Actions {

namespace {
constexpr qint64 kHourMs = 3600'000;
constexpr qint64 kDayMs = 24 * kHourMs;
}

ScheduleCalendar::ScheduleCalendar(const CostSchedule &schedule)
    : m_schedule(schedule), m_zone(schedule.timeZone.toUtf8())
{
    m_valid = m_zone.isValid() && schedule.startHour >= 0 && schedule.startHour < 24 && schedule.endHour >= 0
              && schedule.endHour < 24 && schedule.startHour != schedule.endHour;
}

qint64 ScheduleCalendar::localHourStart(QDate date, int hour) const
{
    // Resolved by hand rather than by QDateTime's own choice for gaps and
    // overlaps (which changed between Qt versions): try the offsets in force
    // around that day and keep the earliest instant that really shows this wall time.
    const qint64 wallMs = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + hour * kHourMs;
    const int before = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wallMs - kDayMs, Qt::UTC));
    const int after = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(wallMs + kDayMs, Qt::UTC));
    qint64 best = -1;
    for (int offset : {before, after}) {
        const qint64 utc = wallMs - qint64(offset) * 1000;
        if (m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC)) == offset && (best < 0 || utc < best))
            best = utc;
    }
    if (best >= 0)
        return best;
    // In the gap of a spring-forward night: the window edge is the jump itself.
    const QTimeZone::OffsetData next =
        m_zone.nextTransition(QDateTime::fromMSecsSinceEpoch(wallMs - qint64(before) * 1000 - kDayMs, Qt::UTC));
    return next.atUtc.toMSecsSinceEpoch();
}

QVector<ScheduleEdge> ScheduleCalendar::edges(qint64 afterMs, qint64 untilMs) const
{
    QVector<ScheduleEdge> out;
    if (!m_valid || untilMs <= afterMs)
        return out;
    const bool crossesMidnight = m_schedule.endHour < m_schedule.startHour;
    // A window that crosses midnight may have started the local day before.
    QDate day = QDateTime::fromMSecsSinceEpoch(afterMs, m_zone).date().addDays(-1);
    const QDate last = QDateTime::fromMSecsSinceEpoch(untilMs, m_zone).date();
    for (; day <= last; day = day.addDays(1)) {
        const qint64 start = localHourStart(day, m_schedule.startHour);
        const qint64 end = localHourStart(crossesMidnight ? day.addDays(1) : day, m_schedule.endHour);
        if (start > afterMs && start <= untilMs)
            out.append({start, true, m_schedule.toReplicas});
        if (end > afterMs && end <= untilMs)
            out.append({end, false, m_schedule.fromReplicas});
    }
    std::sort(out.begin(), out.end(), [](const ScheduleEdge &a, const ScheduleEdge &b) { return a.atMs < b.atMs; });
    return out;
}

ScheduleEdge ScheduleCalendar::nextEdge(qint64 afterMs) const
{
    const QVector<ScheduleEdge> next = edges(afterMs, afterMs + 3 * kDayMs);
    return next.isEmpty() ? ScheduleEdge{} : next.constFirst();
}

bool ScheduleCalendar::inWindow(qint64 atMs) const
{
    // Inside when the newest edge up to now opened the window.
    const QVector<ScheduleEdge> recent = edges(atMs - 2 * kDayMs, atMs);
    return !recent.isEmpty() && recent.constLast().windowStart;
}

} // namespace Actions
