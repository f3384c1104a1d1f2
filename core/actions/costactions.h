#pragma once

#include "core/actions/actiontypes.h"

namespace Actions {

class ActionContext;

// The actions engine's part for cost recommendations (docs/cost.md): off-peak
// schedules (stored by ScheduleRunner; at each window edge the scale is raised here,
// approved by the schedule) and manual changes the operator made by hand (recorded
// as approved manual actions, verified where a metric exists). Shares the engine's
// context like the other parts and runs on its thread.
class CostActions final
{
    Q_DISABLE_COPY_MOVE(CostActions)
public:
    explicit CostActions(ActionContext &ctx) : m_ctx(ctx) { }

    void addSchedule(const CostSchedule &schedule, const QString &actor);
    void setSchedulePaused(const QString &scheduleId, bool paused, const QString &actor);
    void removeSchedule(const QString &scheduleId, const QString &actor);
    void recordManualChange(const Proposal &proposal, const QString &actor);
    // Raises the scale of every schedule edge that is due (called from the pump).
    void runSchedules(qint64 now);

private:
    ActionContext &m_ctx;
};

} // namespace Actions
