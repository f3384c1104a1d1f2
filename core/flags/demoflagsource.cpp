#include "core/flags/demoflagsource.h"

#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demorandom.h"
#include "core/util/clock.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Flags {

namespace {

constexpr qint64 kHourMs = 3'600'000;
constexpr int kMaxLooks = 400;

Strategy flexible(const QString &id, const QString &groupId, int rollout, const QString &stickiness = u"default"_s)
{
    Strategy s;
    s.id = id;
    s.name = u"flexibleRollout"_s;
    s.parameters = {{u"groupId"_s, groupId}, {u"rollout"_s, QString::number(rollout)},
                    {u"stickiness"_s, stickiness}};
    return s;
}

Strategy everyone(const QString &id)
{
    Strategy s;
    s.id = id;
    s.name = u"default"_s;
    return s;
}

Variant variant(const QString &name, int weight, const QString &stickiness = u"userId"_s)
{
    Variant v;
    v.name = name;
    v.weight = weight;
    v.weightType = u"variable"_s;
    v.stickiness = stickiness;
    return v;
}

FeatureEnvironment environment(const QString &name, bool enabled, QVector<Strategy> strategies)
{
    FeatureEnvironment e;
    e.name = name;
    e.type = name;
    e.enabled = enabled;
    e.strategies = std::move(strategies);
    return e;
}

Feature feature(const QString &project, const QString &name, const QString &type, const QString &description,
                FeatureEnvironment development, FeatureEnvironment production)
{
    Feature f;
    f.project = project;
    f.name = name;
    f.type = type;
    f.description = description;
    f.environments = {std::move(development), std::move(production)};
    return f;
}

} // namespace

DemoFlagSource::DemoFlagSource(QString sourceId, std::unique_ptr<Sources::Demo::DemoFleet> fleet,
                               const Util::Clock &clock, QObject *parent)
    : FlagSource(parent)
    , m_sourceId(std::move(sourceId))
    , m_fleet(std::move(fleet))
    , m_clock(clock)
{
    buildFlags();
}

DemoFlagSource::~DemoFlagSource() = default;

QString DemoFlagSource::name() const
{
    return QCoreApplication::translate("Flags", "Demo flags");
}

void DemoFlagSource::buildFlags()
{
    const qint64 origin = m_fleet->originMs();
    const quint64 seed = m_fleet->seed();
    const QStringList people = {u"ana@ops"_s, u"mihai@dev"_s, u"ioana@product"_s, u"radu@dev"_s};
    // Each flag's last change: some hours before the demo's origin, fixed by the seed.
    auto lastChange = [&](const QString &name, const QString &env, const QString &type) {
        const quint64 h = qHash(name);
        FlagEvent e;
        e.id = m_nextEventId++;
        e.type = type;
        e.environment = env;
        e.createdBy = people.at(int((h ^ seed) % quint64(people.size())));
        e.createdAtMs = origin - qint64(3 + (h ^ (seed * 7)) % 200) * kHourMs;
        return e;
    };

    Segment romania;
    romania.id = 1;
    romania.name = u"Romania and Moldova"_s;
    romania.constraints = {Constraint{u"country"_s, u"IN"_s, {u"RO"_s, u"MD"_s}, {}, false, false}};
    m_segments = {romania};

    const auto &projects = m_fleet->spec().projects;
    for (const Model::Project &p : projects) {
        FlagProject project;
        project.id = p.id;
        project.name = p.name;
        project.description = p.description;
        m_projects.append(project);
    }
    auto add = [&](Feature f, const QString &changeEnv, const QString &changeType) {
        f.lastChange = lastChange(f.name, changeEnv, changeType);
        f.createdAtMs = f.lastChange->createdAtMs - 14 * 24 * kHourMs;
        for (FlagProject &p : m_projects)
            if (p.id == f.project)
                p.features.append(f);
    };

    const bool standard = m_fleet->spec().preset == u"standard";
    if (standard) {
        // Events platform.
        Strategy checkout = flexible(u"s-checkout-prod"_s, u"checkout.new-flow"_s, 100, u"userId"_s);
        checkout.variants = {variant(u"control"_s, 500), variant(u"one-page"_s, 500)};
        add(feature(u"events"_s, u"checkout.new-flow"_s, u"experiment"_s, u"One-page checkout"_s,
                    environment(u"development"_s, true, {everyone(u"s-checkout-dev"_s)}),
                    environment(u"production"_s, true, {checkout})),
            u"production"_s, u"feature-strategy-update"_s);
        add(feature(u"events"_s, u"events.dark-mode"_s, u"release"_s, u"Dark theme for the ticket shop"_s,
                    environment(u"development"_s, true, {everyone(u"s-dark-dev"_s)}),
                    environment(u"production"_s, true, {flexible(u"s-dark-prod"_s, u"events.dark-mode"_s, 25)})),
            u"production"_s, u"feature-strategy-update"_s);
        Strategy search = flexible(u"s-search-prod"_s, u"events.search-v2"_s, 10, u"userId"_s);
        search.segments = {1};
        add(feature(u"events"_s, u"events.search-v2"_s, u"release"_s, u"New search for Romanian users first"_s,
                    environment(u"development"_s, true, {everyone(u"s-search-dev"_s)}),
                    environment(u"production"_s, true, {search})),
            u"production"_s, u"feature-strategy-add"_s);
        Strategy beta;
        beta.id = u"s-voice-beta"_s;
        beta.name = u"userWithId"_s;
        beta.parameters = {{u"userIds"_s, u"ana, mihai, 1042, 2077"_s}};
        add(feature(u"events"_s, u"events.voice-transcripts"_s, u"release"_s, u"Transcripts of voice calls"_s,
                    environment(u"development"_s, true, {everyone(u"s-voice-dev"_s)}),
                    environment(u"production"_s, false, {beta})),
            u"production"_s, u"feature-environment-disabled"_s);
        Strategy recommend = flexible(u"s-reco-prod"_s, u"events.ticket-recommendations"_s, 50, u"userId"_s);
        recommend.variants = {variant(u"control"_s, 334), variant(u"carousel"_s, 333), variant(u"list"_s, 333)};
        add(feature(u"events"_s, u"events.ticket-recommendations"_s, u"experiment"_s,
                    u"Recommended tickets after checkout"_s,
                    environment(u"development"_s, true, {everyone(u"s-reco-dev"_s)}),
                    environment(u"production"_s, true, {recommend})),
            u"production"_s, u"feature-environment-enabled"_s);
        add(feature(u"events"_s, u"events.legacy-payments"_s, u"kill-switch"_s,
                    u"Route payments to the old provider"_s,
                    environment(u"development"_s, false, {}), environment(u"production"_s, false, {})),
            u"production"_s, u"feature-environment-disabled"_s);
        // SEO sites.
        add(feature(u"seo"_s, u"seo.lazy-images"_s, u"release"_s, u"Lazy-load images below the fold"_s,
                    environment(u"development"_s, true, {everyone(u"s-lazy-dev"_s)}),
                    environment(u"production"_s, true, {everyone(u"s-lazy-prod"_s)})),
            u"production"_s, u"feature-environment-enabled"_s);
        add(feature(u"seo"_s, u"seo.new-sitemap"_s, u"release"_s, u"Sitemap split by section"_s,
                    environment(u"development"_s, true, {everyone(u"s-sitemap-dev"_s)}),
                    environment(u"production"_s, false, {flexible(u"s-sitemap-prod"_s, u"seo.new-sitemap"_s, 0)})),
            u"development"_s, u"feature-environment-enabled"_s);
        Strategy headline = flexible(u"s-headline-prod"_s, u"seo.headline-test"_s, 100);
        headline.variants = {variant(u"control"_s, 500, u"default"_s), variant(u"short"_s, 500, u"default"_s)};
        add(feature(u"seo"_s, u"seo.headline-test"_s, u"experiment"_s, u"Shorter article headlines"_s,
                    environment(u"development"_s, true, {everyone(u"s-headline-dev"_s)}),
                    environment(u"production"_s, true, {headline})),
            u"production"_s, u"feature-strategy-update"_s);
        // Shared database.
        add(feature(u"shared-db"_s, u"db.read-replica-routing"_s, u"operational"_s,
                    u"Send read-only queries to the replica"_s,
                    environment(u"development"_s, true, {everyone(u"s-replica-dev"_s)}),
                    environment(u"production"_s, true,
                                {flexible(u"s-replica-prod"_s, u"db.read-replica-routing"_s, 5, u"random"_s)})),
            u"production"_s, u"feature-strategy-update"_s);

        auto experiment = [&](const QString &flag, const QString &name, const QString &service, double perRequest,
                              QStringList arms, QVector<double> weights, QVector<double> rates,
                              QVector<double> shares, qint64 startOffsetHours, QStringList guardrails) {
            DemoExperiment e;
            Experiments::ExperimentDefinition &d = e.definition;
            d.id = m_sourceId + u':' + flag + u":production"_s;
            d.name = name;
            d.projectId = m_fleet->workspace(m_sourceId).service(service)->projectId;
            d.flagName = flag;
            d.environment = u"production"_s;
            d.controlVariant = arms.first();
            d.variants = arms;
            d.expectedSplit = weights;
            d.expectedBaselineRate = rates.first();
            d.minimumDetectableEffect = 0.10;
            d.guardrailServices = guardrails;
            d.source = Experiments::CountsSource::Demo;
            d.startedAtMs = origin - startOffsetHours * kHourMs;
            e.trafficService = service;
            e.exposuresPerRequest = perRequest;
            e.conversionRates = rates;
            e.assignedShares = shares;
            m_experiments.append(e);
        };
        experiment(u"checkout.new-flow"_s, u"Checkout: one-page flow"_s,
                   u"events-web"_s, 0.0015, {u"control"_s, u"one-page"_s}, {500, 500}, {0.038, 0.0432}, {0.5, 0.5},
                   4 * 24, {u"events-web"_s, u"events-api"_s});
        experiment(u"events.ticket-recommendations"_s,
                   u"Ticket recommendations"_s, u"events-api"_s, 0.0004,
                   {u"control"_s, u"carousel"_s, u"list"_s}, {334, 333, 333}, {0.021, 0.022, 0.0205},
                   {0.334, 0.333, 0.333}, 10, {u"events-api"_s});
        experiment(u"seo.headline-test"_s, u"SEO: shorter headlines"_s,
                   u"seo-01"_s, 0.05, {u"control"_s, u"short"_s}, {500, 500}, {0.11, 0.115}, {0.535, 0.465},
                   3 * 24, {u"seo-01"_s});
    } else {
        // Larger presets: a rollout and a toggle per project, enough to fill the view.
        for (const FlagProject &p : std::as_const(m_projects)) {
            const quint64 h = qHash(p.id) ^ seed;
            const int rollout = int(h % 5) * 25;
            add(feature(p.id, p.id + u".new-ui"_s, u"release"_s, QString(),
                        environment(u"development"_s, true, {everyone(p.id + u"-ui-dev"_s)}),
                        environment(u"production"_s, rollout > 0,
                                    {flexible(p.id + u"-ui-prod"_s, p.id + u".new-ui"_s, rollout)})),
                u"production"_s, u"feature-strategy-update"_s);
            add(feature(p.id, p.id + u".maintenance"_s, u"kill-switch"_s, QString(),
                        environment(u"development"_s, false, {}), environment(u"production"_s, false, {})),
                u"production"_s, u"feature-environment-disabled"_s);
        }
    }
}

Experiments::ExperimentData DemoFlagSource::counts(const DemoExperiment &e, qint64 nowMs) const
{
    Experiments::ExperimentData data;
    const Experiments::ExperimentDefinition &d = e.definition;
    qint64 end = nowMs;
    if (auto it = m_concludedAtMs.constFind(d.id); it != m_concludedAtMs.cend())
        end = std::min(end, *it);
    const int service = m_fleet->indexOf(e.trafficService);
    if (service < 0 || end <= d.startedAtMs)
        return data;
    const qint64 span = end - d.startedAtMs;
    const qint64 step = std::max<qint64>(kHourMs, (span / kMaxLooks + kHourMs - 1) / kHourMs * kHourMs);
    const int arms = int(d.variants.size());
    QVector<Experiments::VariantCounts> totals(arms);
    for (int a = 0; a < arms; ++a)
        totals[a].variant = d.variants.at(a);
    const quint64 seed = m_fleet->seed() ^ qHash(d.id);
    for (qint64 t = d.startedAtMs + step; t <= end; t += step) {
        // Users exposed during this step, from the simulated traffic at its middle.
        const double rps = m_fleet->value(service, Model::MetricKind::Rps, t - step / 2);
        const double exposed = std::max(0.0, rps) * double(step) / 1000.0 * e.exposuresPerRequest;
        for (int a = 0; a < arms; ++a) {
            const double share = e.assignedShares.value(a);
            const double mean = exposed * share;
            const double n = std::max(0.0, std::round(mean + std::sqrt(mean * (1 - share))
                                                          * Sources::Demo::hashGauss(seed, quint64(t), quint64(a), 1)));
            const double p = e.conversionRates.value(a);
            const double x = std::clamp(std::round(n * p + std::sqrt(n * p * (1 - p))
                                                   * Sources::Demo::hashGauss(seed, quint64(t), quint64(a), 2)),
                                        0.0, n);
            totals[a].exposures += qint64(n);
            totals[a].conversions += qint64(x);
        }
        data.looks.append(Experiments::Look{t, totals});
    }
    return data;
}

QVector<ExperimentInput> DemoFlagSource::experiments(qint64 nowMs) const
{
    QVector<ExperimentInput> out;
    for (const DemoExperiment &e : m_experiments)
        out.append({e.definition, counts(e, nowMs)});
    return out;
}

void DemoFlagSource::fetch(quint64 requestId)
{
    auto flags = std::make_shared<SourceFlags>();
    flags->status.sourceId = m_sourceId;
    flags->status.name = name();
    flags->status.demo = true;
    flags->status.ok = true;
    flags->status.fetchedAtMs = m_clock.nowMs();
    flags->projects = m_projects;
    flags->segments = m_segments;
    flags->environments = {u"development"_s, u"production"_s};
    flags->experiments = experiments(m_clock.nowMs());
    // Asynchronous like a network source, so callers never depend on re-entrancy.
    QMetaObject::invokeMethod(this, [this, requestId, flags] {
        emit fetched(requestId, flags);
    }, Qt::QueuedConnection);
}

Feature *DemoFlagSource::findFeature(const QString &project, const QString &name)
{
    for (FlagProject &p : m_projects)
        if (p.id == project)
            for (Feature &f : p.features)
                if (f.name == name)
                    return &f;
    return nullptr;
}

void DemoFlagSource::apply(quint64 requestId, const FlagChange &change)
{
    FlagChangeOutcome out = applyAt(change, m_clock.nowMs());
    out.requestId = requestId;
    QMetaObject::invokeMethod(this, [this, out] { emit applied(out.requestId, out); }, Qt::QueuedConnection);
}

void DemoFlagSource::replay(const FlagChange &change, qint64 atMs)
{
    applyAt(change, atMs);
}

FlagChangeOutcome DemoFlagSource::applyAt(const FlagChange &change, qint64 atMs)
{
    FlagChangeOutcome out;
    out.change = change;
    out.atMs = atMs;
    Feature *f = findFeature(change.project, change.feature);
    FeatureEnvironment *env = nullptr;
    if (f)
        for (FeatureEnvironment &e : f->environments)
            if (e.name == change.environment)
                env = &e;
    Strategy *strategy = nullptr;
    if (env)
        for (Strategy &s : env->strategies)
            if (s.id == change.strategyId)
                strategy = &s;

    QString eventType;
    if (!change.isValid() || !env) {
        out.message = QCoreApplication::translate("Flags", "The demo has no such flag or environment.");
    } else if (change.kind == FlagChange::Kind::Enable || change.kind == FlagChange::Kind::Disable) {
        env->enabled = change.kind == FlagChange::Kind::Enable;
        // Unleash adds a 100% rollout when a flag without strategies is turned on.
        if (env->enabled && env->strategies.isEmpty())
            env->strategies.append(flexible(change.feature + u'-' + change.environment, change.feature, 100));
        eventType = env->enabled ? u"feature-environment-enabled"_s : u"feature-environment-disabled"_s;
    } else if (!strategy) {
        out.message = QCoreApplication::translate("Flags", "The demo has no such strategy.");
    } else if (change.kind == FlagChange::Kind::SetRollout) {
        if (change.rolloutBefore >= 0 && strategy->parameter(u"rollout"_s) != QString::number(change.rolloutBefore)) {
            out.message = QCoreApplication::translate("Flags", "The flag was changed after Straja read it, so "
                                                               "nothing was changed. Refresh and review the change "
                                                               "again.");
        } else {
            strategy->parameters.insert(u"rollout"_s, QString::number(change.rollout));
            eventType = u"feature-strategy-update"_s;
        }
    } else {
        strategy->variants = change.variants;
        for (Variant &v : strategy->variants)
            v.weightType = u"fix"_s;
        eventType = u"feature-strategy-update"_s;
        // One variant with all the weight ends the experiment: its counts stop here.
        int nonZero = 0;
        for (const Variant &v : change.variants)
            nonZero += v.weight > 0 ? 1 : 0;
        if (nonZero <= 1)
            for (const DemoExperiment &e : std::as_const(m_experiments))
                if (e.definition.flagName == change.feature && e.definition.environment == change.environment)
                    m_concludedAtMs.insert(e.definition.id, out.atMs);
    }
    if (!eventType.isEmpty()) {
        FlagEvent e;
        e.id = m_nextEventId++;
        e.type = eventType;
        e.environment = change.environment;
        e.createdBy = QCoreApplication::translate("Flags", "you (Straja)");
        e.createdAtMs = out.atMs;
        f->lastChange = e;
        out.verified = change.isAppliedIn(*f);
        out.succeeded = out.verified;
        out.message = QCoreApplication::translate("Flags", "Done and verified in the demo.");
    }
    return out;
}

} // namespace Flags
