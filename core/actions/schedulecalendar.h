#pragma once

#include "core/actions/scheduletypes.h"

#include <QDate>
#include <QTimeZone>

namespace Actions {

// Where a schedule's window edges fall in real time. Hours are local wall-clock
// hours of the schedule's zone, so a window keeps its local hours across daylight
// saving changes: an hour that does not exist (spring forward) starts at the moment
// the clocks jump, an hour that occurs twice (fall back) at its first occurrence.
class ScheduleCalendar final
{
public:
    explicit ScheduleCalendar(const CostSchedule &schedule);

    bool isValid() const { return m_valid; }
    // The instant local `hour`:00 on `date` begins (see above for the DST nights).
    qint64 localHourStart(QDate date, int hour) const;
    // Every edge in (afterMs, untilMs], ascending.
    QVector<ScheduleEdge> edges(qint64 afterMs, qint64 untilMs) const;
    // The first edge after `afterMs`.
    ScheduleEdge nextEdge(qint64 afterMs) const;
    // Whether `atMs` is inside the window (where the service should run toReplicas).
    bool inWindow(qint64 atMs) const;

private:
    CostSchedule m_schedule;
    QTimeZone m_zone;
    bool m_valid = false;
};

} // namespace Actions
