#include "core/report/reporttranslator.h"

#include "core/cost/money.h"
#include "core/experiments/verdicttext.h"
#include "core/util/translations.h"

#include <QDateTime>
#include <QDir>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Report {

ReportTranslator::ReportTranslator(const QString &language, const QString &timeZoneId)
    : m_language(language == u"ro" ? u"ro"_s : u"en"_s)
    , m_locale(m_language == u"ro" ? QLocale(QLocale::Romanian, QLocale::Romania)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom))
    , m_zone(timeZoneId.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(timeZoneId.toUtf8()))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    // English is the source language, but its catalogue holds the plural forms.
    m_loaded = Util::loadTranslation(m_translator, m_language);
}

QString ReportTranslator::text(const char *sourceText, int n) const
{
    // Texts of other domains (metric names, health) are looked up in their own contexts
    // by the helpers below; report texts live in "Report".
    QString text = m_loaded ? m_translator.translate("Report", sourceText, nullptr, n) : QString();
    if (text.isEmpty())
        text = QString::fromUtf8(sourceText);
    if (n >= 0)
        text.replace(u"%n"_s, m_locale.toString(n));
    return text;
}

namespace {

QString lookUp(const QTranslator &translator, bool loaded, const char *context, const char *source)
{
    const QString text = loaded ? translator.translate(context, source) : QString();
    return text.isEmpty() ? QString::fromUtf8(source) : text;
}

} // namespace

QString ReportTranslator::metricLabel(Model::MetricKind kind) const
{
    // The same source texts as Model::metricKindLabel, so the screens and reports agree.
    static constexpr const char *labels[] = {"Requests/s", "p95 latency", "Error rate", "CPU", "Memory",
                                             "Replicas",   "Restarts/h",  "HTTP 429/s", "Disk",
                                             "Network in", "Network out", "Cache hit ratio",
                                             "Certificate expiry", "Queue depth", "Pool usage"};
    static_assert(std::size(labels) == Model::kMetricKindCount);
    return lookUp(m_translator, m_loaded, "Metric", labels[Model::metricIndex(kind)]);
}

QString ReportTranslator::metricUnit(Model::MetricKind kind) const
{
    switch (Model::metricUnit(kind)) {
    case Model::MetricUnit::PerSecond: return lookUp(m_translator, m_loaded, "Metric", "/s");
    case Model::MetricUnit::BytesPerSecond: return lookUp(m_translator, m_loaded, "Metric", "B/s");
    case Model::MetricUnit::Milliseconds: return lookUp(m_translator, m_loaded, "Metric", "ms");
    case Model::MetricUnit::Days: return lookUp(m_translator, m_loaded, "Metric", "d");
    case Model::MetricUnit::Messages: return lookUp(m_translator, m_loaded, "Metric", "msg");
    case Model::MetricUnit::Fraction:
    case Model::MetricUnit::Percent: return u"%"_s;
    case Model::MetricUnit::Count: break;
    }
    return {};
}

QString ReportTranslator::healthName(Engine::Health health) const
{
    switch (health) {
    case Engine::Health::Ok: return lookUp(m_translator, m_loaded, "Health", "OK");
    case Engine::Health::Unknown: return lookUp(m_translator, m_loaded, "Health", "Unknown");
    case Engine::Health::Stale: return lookUp(m_translator, m_loaded, "Health", "Stale");
    case Engine::Health::Degraded: return lookUp(m_translator, m_loaded, "Health", "Degraded");
    case Engine::Health::Down: return lookUp(m_translator, m_loaded, "Health", "Down");
    }
    return {};
}

QString ReportTranslator::actionState(Actions::ActionState state) const
{
    switch (state) {
    case Actions::ActionState::Proposed: return text(QT_TRANSLATE_NOOP("Report", "Proposed"));
    case Actions::ActionState::Approved: return text(QT_TRANSLATE_NOOP("Report", "Approved"));
    case Actions::ActionState::Rejected: return text(QT_TRANSLATE_NOOP("Report", "Rejected"));
    case Actions::ActionState::Expired: return text(QT_TRANSLATE_NOOP("Report", "Expired"));
    case Actions::ActionState::Executing: return text(QT_TRANSLATE_NOOP("Report", "Executing"));
    case Actions::ActionState::Verifying: return text(QT_TRANSLATE_NOOP("Report", "Verifying"));
    case Actions::ActionState::Succeeded: return text(QT_TRANSLATE_NOOP("Report", "Succeeded"));
    case Actions::ActionState::Failed: return text(QT_TRANSLATE_NOOP("Report", "Failed"));
    case Actions::ActionState::RolledBack: return text(QT_TRANSLATE_NOOP("Report", "Rolled back"));
    case Actions::ActionState::DryRun: return text(QT_TRANSLATE_NOOP("Report", "Dry run (not sent)"));
    }
    return {};
}

QString ReportTranslator::actionWhat(Actions::ActionKind kind, const QString &fix, int fromReplicas,
                                     int toReplicas) const
{
    switch (kind) {
    case Actions::ActionKind::Scale:
        return text(QT_TRANSLATE_NOOP("Report", "Scale from %1 to %2 replicas"))
            .arg(m_locale.toString(fromReplicas), m_locale.toString(toReplicas));
    case Actions::ActionKind::Restart: return text(QT_TRANSLATE_NOOP("Report", "Restart"));
    case Actions::ActionKind::Rollback: return text(QT_TRANSLATE_NOOP("Report", "Roll back the last deploy"));
    case Actions::ActionKind::Manual: return text(QT_TRANSLATE_NOOP("Report", "Manual fix (%1)")).arg(fix);
    case Actions::ActionKind::FlagChange: return text(QT_TRANSLATE_NOOP("Report", "Change a feature flag"));
    }
    return fix;
}

QString ReportTranslator::resourceName(Cost::Resource resource) const
{
    switch (resource) {
    case Cost::Resource::Cpu: return lookUp(m_translator, m_loaded, "Cost::Resource", "vCPU");
    case Cost::Resource::Memory: return lookUp(m_translator, m_loaded, "Cost::Resource", "Memory");
    case Cost::Resource::Node: return lookUp(m_translator, m_loaded, "Cost::Resource", "Node share");
    case Cost::Resource::Egress: return lookUp(m_translator, m_loaded, "Cost::Resource", "Egress");
    case Cost::Resource::Volume: return lookUp(m_translator, m_loaded, "Cost::Resource", "Volumes");
    case Cost::Resource::Plan: return lookUp(m_translator, m_loaded, "Cost::Resource", "Plans");
    case Cost::Resource::Count: break;
    }
    return {};
}

QString ReportTranslator::riskName(Cost::Risk risk) const
{
    switch (risk) {
    case Cost::Risk::Low: return lookUp(m_translator, m_loaded, "Cost::Risk", "Low");
    case Cost::Risk::Medium: return lookUp(m_translator, m_loaded, "Cost::Risk", "Medium");
    case Cost::Risk::High: return lookUp(m_translator, m_loaded, "Cost::Risk", "High");
    }
    return {};
}

QString ReportTranslator::recommendationTitle(const Cost::Recommendation &r) const
{
    // The texts of Cost::Recommendation::title(), looked up in this report's catalogue
    // (title() uses the session's language) with numbers in the report's locale.
    auto translated = [this](const char *source, int n = -1) {
        QString text = m_loaded ? m_translator.translate("Cost::Recommendation", source, nullptr, n) : QString();
        if (text.isEmpty())
            text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(u"%n"_s, m_locale.toString(n));
        return text;
    };
    auto hour = [](int h) { return u"%1:00"_s.arg(h % 24, 2, 10, QLatin1Char('0')); };
    const QString name = r.facts.value(u"service"_s).toString();
    switch (r.kind) {
    case Cost::RecommendationKind::IdleService:
        return translated("Sleep %1: no traffic for %n day(s)", r.facts.value(u"days"_s).toInt()).arg(name);
    case Cost::RecommendationKind::OffPeakSchedule:
        return translated("Run %1 on %2 instead of %3 replicas from %4 to %5")
            .arg(name, m_locale.toString(r.proposal.toReplicas), m_locale.toString(r.proposal.fromReplicas),
                 hour(r.proposal.windowStartHour), hour(r.proposal.windowEndHour));
    case Cost::RecommendationKind::RightSize:
        return translated("Right-size %1 to %2 vCPU and %3 GB per replica")
            .arg(name, number(r.facts.value(u"cpuTo"_s).toDouble(), 2), number(r.facts.value(u"memTo"_s).toDouble(), 2));
    case Cost::RecommendationKind::ExcessReplicas:
        return translated("Scale %1 from %2 to %3 replicas")
            .arg(name, m_locale.toString(r.proposal.fromReplicas), m_locale.toString(r.proposal.toReplicas));
    case Cost::RecommendationKind::SharedResource:
        return translated("Serve %n small %1 services from one shared deployment", r.facts.value(u"count"_s).toInt())
            .arg(r.facts.value(u"role"_s).toString());
    case Cost::RecommendationKind::DeployCloser:
        return translated("Deploy a replica of %1 in %2").arg(name, r.facts.value(u"region"_s).toString());
    }
    return {};
}

QString ReportTranslator::verdictHeadline(const Experiments::Verdict &verdict) const
{
    // The source texts of Experiments::VerdictText::headline, so the translations agree.
    using Experiments::VerdictKind;
    using Experiments::VerdictText;
    auto translated = [this](const char *source, int n = -1) {
        const QString text = m_loaded ? m_translator.translate("Experiments", source, nullptr, n) : QString();
        return text.isEmpty() ? QString::fromUtf8(source) : text;
    };
    switch (verdict.kind) {
    case VerdictKind::NoData: return translated("No data yet: nobody has been exposed to the experiment.");
    case VerdictKind::SampleRatioMismatch:
        return translated("Sample ratio mismatch (p = %1): the variants did not get the share of users the flag assigns. "
                  "Fix the assignment before trusting any result.")
            .arg(m_locale.toString(verdict.srmPValue, 'g', 2));
    case VerdictKind::NotEnoughData: {
        if (verdict.moreUsersPerVariant <= 0)
            return translated("Not enough data yet.");
        const qint64 users = VerdictText::roundedUsers(verdict.moreUsersPerVariant);
        return translated("Not enough data yet: about %1 more users per variant.",
                  int(std::min<qint64>(users, std::numeric_limits<int>::max())))
            .arg(m_locale.toString(users));
    }
    case VerdictKind::Winner:
        return translated("Variant %1 wins: %2% conversion, %3% probability to beat control.")
            .arg(verdict.variant, VerdictText::liftNumber(verdict.relativeLift, m_locale),
                 VerdictText::probabilityNumber(verdict.probability, m_locale));
    case VerdictKind::Loser:
        return translated("Variant %1 loses: %2% conversion, %3% probability that control is better.")
            .arg(verdict.variant, VerdictText::liftNumber(verdict.relativeLift, m_locale),
                 VerdictText::probabilityNumber(verdict.probability, m_locale));
    case VerdictKind::NoDifference:
        return translated("No difference found: at the planned size no variant changes conversion by the effect the "
                  "experiment was built to detect.");
    }
    return {};
}

QString ReportTranslator::money(qint64 cents) const
{
    return Cost::Money::formatMinor(cents, 2, m_locale, true);
}

QString ReportTranslator::storeOrigin(const QString &databasePath) const
{
    return text(QT_TRANSLATE_NOOP("Report", "the local store %1")).arg(QDir::toNativeSeparators(databasePath));
}

QString ReportTranslator::demoOrigin(quint64 seed) const
{
    return text(QT_TRANSLATE_NOOP("Report", "the demo fleet (seed %1), simulated offline for this period")).arg(seed);
}

QString ReportTranslator::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return u"\u2014"_s;
    return m_locale.toString(value, 'f', decimals);
}

QString ReportTranslator::metricValue(Model::MetricKind kind, double value) const
{
    if (!std::isfinite(value))
        return u"\u2014"_s;
    if (Model::metricUnit(kind) == Model::MetricUnit::BytesPerSecond) {
        // As on screen (Model::formatMetricValue): the decimal unit that keeps 1–3 digits.
        static constexpr const char *units[] = {"B/s", "kB/s", "MB/s", "GB/s"};
        double scaled = value;
        int unit = 0;
        while (std::abs(scaled) >= 1000.0 && unit < 3) {
            scaled /= 1000.0;
            ++unit;
        }
        return m_locale.toString(scaled, 'f', std::abs(scaled) < 10.0 && unit > 0 ? 1 : 0) + u'\u00A0'
             + lookUp(m_translator, m_loaded, "Metric", units[unit]);
    }
    const bool fraction = Model::metricUnit(kind) == Model::MetricUnit::Fraction;
    const double shown = fraction ? value * 100.0 : value;
    const double magnitude = std::abs(shown);
    int decimals = 1;
    switch (Model::metricUnit(kind)) {
    case Model::MetricUnit::Count: decimals = magnitude < 10.0 ? 1 : 0; break;
    case Model::MetricUnit::Milliseconds: decimals = magnitude < 10.0 ? 1 : 0; break;
    case Model::MetricUnit::Fraction: decimals = magnitude < 10.0 ? 2 : 1; break;
    case Model::MetricUnit::Percent: decimals = magnitude < 10.0 ? 1 : 0; break;
    case Model::MetricUnit::PerSecond: decimals = magnitude < 10.0 ? 2 : (magnitude < 100.0 ? 1 : 0); break;
    case Model::MetricUnit::BytesPerSecond: decimals = 0; break; // scaled above
    case Model::MetricUnit::Days: decimals = magnitude < 10.0 ? 1 : 0; break;
    case Model::MetricUnit::Messages: decimals = 0; break;
    }
    const QString unit = metricUnit(kind);
    const QString text = m_locale.toString(shown, 'f', decimals);
    if (unit.isEmpty())
        return text;
    if (unit.startsWith(u'/'))
        return text + unit;
    return text + u'\u00A0' + unit;
}

QString ReportTranslator::percent(double fraction, int decimals) const
{
    if (!std::isfinite(fraction))
        return u"\u2014"_s;
    return m_locale.toString(fraction * 100.0, 'f', decimals) + u"\u00A0%"_s;
}

QString ReportTranslator::dateTime(qint64 ms, bool withZone) const
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, m_zone);
    QString text = t.toString(u"yyyy-MM-dd HH:mm"_s);
    if (withZone)
        text += u' ' + m_zone.abbreviation(t);
    return text;
}

QString ReportTranslator::date(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, m_zone).toString(u"yyyy-MM-dd"_s);
}

QString ReportTranslator::monthName(qint64 ms) const
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms, m_zone).date();
    return m_locale.standaloneMonthName(d.month()) + u' ' + QString::number(d.year());
}

} // namespace Report
