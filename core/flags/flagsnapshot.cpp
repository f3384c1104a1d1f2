#include "core/flags/flagsnapshot.h"

namespace Flags {

const Feature *SourceFlags::feature(const QString &project, const QString &name) const
{
    for (const FlagProject &p : projects)
        if (p.id == project)
            return p.feature(name);
    return nullptr;
}

ClientState SourceFlags::clientState(const QString &environment) const
{
    ClientState state;
    for (const Segment &s : segments)
        state.segments.insert(s.id, s);
    for (const FlagProject &p : projects) {
        for (const Feature &f : p.features) {
            if (f.archived)
                continue;
            const FeatureEnvironment *env = f.environment(environment);
            ClientFeature c;
            c.name = f.name;
            c.project = f.project;
            c.enabled = env && env->enabled;
            c.dependencies = f.dependencies;
            if (env) {
                // Disabled strategies are not sent to SDKs.
                for (const Strategy &s : env->strategies)
                    if (!s.disabled)
                        c.strategies.append(s);
                c.variants = env->variants;
            }
            state.features.insert(c.name, c);
        }
    }
    return state;
}

const SourceFlags *FlagsSnapshot::source(const QString &sourceId) const
{
    for (const SourceFlags &s : sources)
        if (s.status.sourceId == sourceId)
            return &s;
    return nullptr;
}

QVector<Experiments::ExperimentReportPtr> FlagsSnapshot::experimentsUsing(const QString &feature) const
{
    QVector<Experiments::ExperimentReportPtr> out;
    for (const Experiments::ExperimentReportPtr &e : experiments)
        if (e->definition.flagName == feature)
            out.append(e);
    return out;
}

} // namespace Flags
