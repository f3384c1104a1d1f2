#include "ui/flags/flagtext.h"

#include "core/flags/rolloutreach.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gui {

QString FlagText::percent(double fraction, int decimals, const QLocale &locale)
{
    if (!Experiments::isDefined(fraction))
        return u"\u2014"_s;
    return tr("%1%").arg(locale.toString(fraction * 100.0, 'f', decimals));
}

QString FlagText::flagType(const QString &type)
{
    if (type == u"release")
        return tr("release");
    if (type == u"experiment")
        return tr("experiment");
    if (type == u"operational")
        return tr("operational");
    if (type == u"kill-switch")
        return tr("kill switch");
    if (type == u"permission")
        return tr("permission");
    return type;
}

QString FlagText::reach(const Flags::Reach &reach, const QLocale &locale)
{
    QString text;
    const int decimals = reach.share > 0 && reach.share < 0.01 ? 1 : 0;
    if (reach.share > 0 || reach.listedUsers == 0)
        text = reach.conditional ? tr("%1 of users matching the constraints").arg(percent(reach.share, decimals, locale))
                                 : tr("%1 of users").arg(percent(reach.share, decimals, locale));
    if (reach.listedUsers > 0) {
        const QString listed = tr("%n listed user(s)", nullptr, reach.listedUsers);
        text = text.isEmpty() ? listed : text + u" + "_s + listed;
    }
    if (reach.listedAddresses)
        text += u" + "_s + tr("listed addresses or hosts");
    return text;
}

QString FlagText::environmentState(const Flags::FeatureEnvironment &environment, const QLocale &locale)
{
    if (!environment.enabled)
        return tr("Off");
    const Flags::Reach &r = environment.reach;
    if (r.share >= 1.0 && !r.conditional)
        return tr("On · everyone");
    if (r.share <= 0.0 && r.listedUsers > 0)
        return tr("On · %n user(s)", nullptr, r.listedUsers);
    const QString share = percent(r.share, r.share > 0 && r.share < 0.01 ? 1 : 0, locale);
    return r.conditional ? tr("On · %1, targeted").arg(share) : tr("On · %1").arg(share);
}

QString FlagText::strategy(const Flags::Strategy &s, const QLocale &locale)
{
    QString text;
    const int percentValue = Flags::RolloutReach::rolloutPercent(s);
    if (s.name == u"default") {
        text = tr("Everyone");
    } else if (s.name == u"flexibleRollout" || s.name.startsWith(u"gradualRollout")) {
        QString stickiness = s.parameter(u"stickiness"_s);
        if (s.name == u"gradualRolloutUserId")
            stickiness = u"userId"_s;
        else if (s.name == u"gradualRolloutSessionId")
            stickiness = u"sessionId"_s;
        else if (s.name == u"gradualRolloutRandom")
            stickiness = u"random"_s;
        const QString share = tr("%1%").arg(locale.toString(std::max(0, percentValue)));
        if (stickiness.isEmpty() || stickiness == u"default")
            text = tr("Gradual rollout %1").arg(share);
        else if (stickiness == u"random")
            text = tr("Gradual rollout %1, random").arg(share);
        else
            text = tr("Gradual rollout %1 by %2").arg(share, stickiness);
    } else if (s.name == u"userWithId") {
        const QStringList ids = s.parameter(u"userIds"_s).split(u',', Qt::SkipEmptyParts);
        text = tr("Users: %1").arg(ids.size() > 3 ? ids.mid(0, 3).join(u',') + u", …"_s : ids.join(u','));
    } else if (s.name == u"remoteAddress") {
        text = tr("IP addresses: %1").arg(s.parameter(u"IPs"_s));
    } else if (s.name == u"applicationHostname") {
        text = tr("Hosts: %1").arg(s.parameter(u"hostNames"_s));
    } else {
        text = tr("Custom strategy %1").arg(s.name);
    }
    if (!s.constraints.isEmpty())
        text += u" · "_s + tr("%n constraint(s)", nullptr, int(s.constraints.size()));
    if (!s.segments.isEmpty())
        text += u" · "_s + tr("%n segment(s)", nullptr, int(s.segments.size()));
    if (s.variants.size() > 1) {
        QStringList parts;
        for (const Flags::Variant &v : s.variants)
            parts.append(u"%1 %2"_s.arg(v.name, tr("%1%").arg(locale.toString(v.weight / 10.0, 'f', v.weight % 10 ? 1 : 0))));
        text += u" · "_s + parts.join(u" / "_s);
    }
    if (s.disabled)
        text = tr("(paused) %1").arg(text);
    return text;
}

QString FlagText::strategies(const Flags::FeatureEnvironment &environment, const QLocale &locale)
{
    if (environment.strategies.isEmpty())
        return environment.enabled ? tr("Everyone (no strategy)") : tr("No strategy");
    QStringList parts;
    for (const Flags::Strategy &s : environment.strategies)
        parts.append(strategy(s, locale));
    return parts.join(u"; "_s);
}

QString FlagText::eventType(const QString &type)
{
    if (type == u"feature-environment-enabled")
        return tr("turned on");
    if (type == u"feature-environment-disabled")
        return tr("turned off");
    if (type == u"feature-strategy-update")
        return tr("strategy changed");
    if (type == u"feature-strategy-add")
        return tr("strategy added");
    if (type == u"feature-strategy-remove")
        return tr("strategy removed");
    if (type == u"feature-created")
        return tr("created");
    if (type == u"feature-updated" || type == u"feature-metadata-updated")
        return tr("details changed");
    if (type == u"feature-archived")
        return tr("archived");
    QString plain = type;
    return plain.replace(u'-', u' ');
}

QString FlagText::ago(qint64 thenMs, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, (nowMs - thenMs) / 60'000);
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

QString FlagText::lastChange(const Flags::FlagEvent &event, qint64 nowMs)
{
    QString text = eventType(event.type);
    if (!event.environment.isEmpty())
        text = tr("%1 in %2").arg(text, event.environment);
    text = tr("%1, %2").arg(text, ago(event.createdAtMs, nowMs));
    if (!event.createdBy.isEmpty())
        text = tr("%1 by %2").arg(text, event.createdBy);
    return text;
}

QString FlagText::guardrail(const Flags::GuardrailReading &r, const QLocale &locale)
{
    if (!r.known())
        return tr("%1: no recent error rate or latency").arg(r.serviceName);
    return tr("%1: errors %2 (limit %3), p95 %4 ms (limit %5 ms)")
        .arg(r.serviceName, percent(r.errorRate, 2, locale), percent(r.errorRateLimit, 0, locale),
             locale.toString(r.p95LatencyMs, 'f', 0), locale.toString(r.p95LatencyLimitMs, 'f', 0));
}

QString FlagText::experimentSource(Experiments::CountsSource source)
{
    switch (source) {
    case Experiments::CountsSource::Demo:
        return tr("simulated (demo)");
    case Experiments::CountsSource::Prometheus:
        return tr("metrics source (PromQL counters)");
    case Experiments::CountsSource::CsvImport:
        return tr("imported CSV");
    }
    return {};
}

} // namespace Gui
