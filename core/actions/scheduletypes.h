#pragma once

// Off-peak schedules an operator approved from a cost recommendation: value types,
// immutable once shared between threads.

#include <QMetaType>
#include <QString>
#include <QVector>

namespace Actions {

// "Fewer replicas in the quiet hours": local hours [startHour, endHour) in timeZone
// at toReplicas, back to fromReplicas after. endHour <= startHour means the window
// crosses midnight. The approval of the recommendation is the approval of every
// scale the schedule raises at its window edges.
struct CostSchedule
{
    QString id;                // stable; names the schedule in the audit log
    QString serviceId;
    QString projectId;
    QString provider;
    QString recommendationId;  // the cost recommendation it came from
    int startHour = 0;
    int endHour = 0;
    QString timeZone;          // IANA id, the operator's zone when it was approved
    int fromReplicas = 1;
    int toReplicas = 1;
    double monthlySaving = 0;  // as estimated when approved, USD
    QString approvedBy;
    qint64 approvedMs = 0;
    bool paused = false;
    qint64 lastEdgeMs = 0;     // the newest window edge handled (acted on or skipped)
    QString note;              // what happened at the last edge, as recorded (translated then)
};

// A moment the schedule changes the replica count.
struct ScheduleEdge
{
    qint64 atMs = 0;
    bool windowStart = true;   // true: down to toReplicas; false: back to fromReplicas
    int replicas = 0;
    friend bool operator==(const ScheduleEdge &, const ScheduleEdge &) = default;
};

} // namespace Actions

Q_DECLARE_METATYPE(Actions::CostSchedule)
