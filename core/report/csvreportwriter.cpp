#include "core/report/csvreportwriter.h"

#include "core/report/htmlreportwriter.h"
#include "core/report/reporttranslator.h"

#include <QDateTime>

#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Report {

namespace {

QString num(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    return QString::number(value, 'f', decimals);
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// Cents as a plain decimal: "1234.50", "-0.05".
QString cents(qint64 minor)
{
    const qint64 a = minor < 0 ? -minor : minor;
    return (minor < 0 ? u"-"_s : QString()) + QString::number(a / 100) + u'.'
        + u"%1"_s.arg(a % 100, 2, 10, QLatin1Char('0'));
}

class Table
{
public:
    explicit Table(QString &out) : m_out(out) { }
    void row(const QStringList &fields)
    {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString &f : fields)
            quoted << CsvReportWriter::field(f);
        m_out += quoted.join(u',') + u"\r\n"_s;
    }

private:
    QString &m_out;
};

} // namespace

QString CsvReportWriter::field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray CsvReportWriter::csv(const ReportData &data, const ReportTranslator &words)
{
    QString out;
    Table t(out);
    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Report")), HtmlReportWriter::title(data, words)});
    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Period start (UTC)")), iso(data.request.fromMs)});
    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Period end (UTC)")), iso(data.request.toMs)});
    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Generated (UTC)")), iso(data.generatedAtMs)});
    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Data")), data.origin});
    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Bucket (minutes)")), QString::number(data.bucketMs / 60000)});
    out += u"\r\n"_s;

    const QString project = words.text(QT_TRANSLATE_NOOP("Report", "Project"));
    const QString service = words.text(QT_TRANSLATE_NOOP("Report", "Service"));
    const QString total = words.text(QT_TRANSLATE_NOOP("Report", "Total"));

    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Health summary"))});
    t.row({project, service, words.text(QT_TRANSLATE_NOOP("Report", "Health at end")),
           words.text(QT_TRANSLATE_NOOP("Report", "Availability (%)")),
           words.text(QT_TRANSLATE_NOOP("Report", "Buckets OK")),
           words.text(QT_TRANSLATE_NOOP("Report", "Buckets degraded")),
           words.text(QT_TRANSLATE_NOOP("Report", "Buckets down")), words.text(QT_TRANSLATE_NOOP("Report", "Requests")),
           words.metricLabel(MetricKind::Rps) + u" mean"_s, words.metricLabel(MetricKind::Rps) + u" max"_s,
           words.metricLabel(MetricKind::LatencyP95) + u" mean (ms)"_s,
           words.metricLabel(MetricKind::LatencyP95) + u" max (ms)"_s,
           words.metricLabel(MetricKind::ErrorRate) + u" mean (%)"_s,
           words.metricLabel(MetricKind::Cpu) + u" mean (%)"_s, words.metricLabel(MetricKind::Cpu) + u" max (%)"_s,
           words.metricLabel(MetricKind::Memory) + u" max (%)"_s});
    double workspaceRequests = 0;
    for (const ProjectReport &p : data.projects) {
        int ok = 0, degraded = 0, down = 0;
        for (const ServiceReport &s : p.services) {
            ok += s.okBuckets;
            degraded += s.degradedBuckets;
            down += s.downBuckets;
            const double errors = s.metric(MetricKind::ErrorRate).mean * 100.0;
            t.row({p.project.name, s.service.name, words.healthName(s.healthAtEnd.health),
                   num(s.availability() * 100.0, 3), QString::number(s.okBuckets), QString::number(s.degradedBuckets),
                   QString::number(s.downBuckets), num(s.requests, 0), num(s.metric(MetricKind::Rps).mean, 3),
                   num(s.metric(MetricKind::Rps).max, 3), num(s.metric(MetricKind::LatencyP95).mean, 1),
                   num(s.metric(MetricKind::LatencyP95).max, 1), num(errors, 3),
                   num(s.metric(MetricKind::Cpu).mean, 2), num(s.metric(MetricKind::Cpu).max, 2),
                   num(s.metric(MetricKind::Memory).max, 2)});
        }
        // Requests are whole numbers (ReportGatherer), so the totals are exact sums of the rows.
        const double requests = p.requests();
        workspaceRequests += requests;
        t.row({p.project.name, total, {}, {}, QString::number(ok), QString::number(degraded), QString::number(down),
               num(requests, 0)});
    }
    t.row({total, {}, {}, {}, {}, {}, {}, num(workspaceRequests, 0)});
    out += u"\r\n"_s;

    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Incidents"))});
    t.row({project, service, words.text(QT_TRANSLATE_NOOP("Report", "Start (UTC)")),
           words.text(QT_TRANSLATE_NOOP("Report", "End (UTC)")), words.text(QT_TRANSLATE_NOOP("Report", "Minutes")),
           words.text(QT_TRANSLATE_NOOP("Report", "Worst")), words.text(QT_TRANSLATE_NOOP("Report", "Metric")),
           words.text(QT_TRANSLATE_NOOP("Report", "Peak")), words.text(QT_TRANSLATE_NOOP("Report", "Limit"))});
    for (const ProjectReport &p : data.projects)
        for (const Incident &i : p.incidents)
            t.row({p.project.name, i.serviceId, iso(i.startMs), iso(i.endMs), QString::number((i.endMs - i.startMs) / 60000),
                   words.healthName(i.worst), Model::metricKindId(i.metric), num(i.peakValue, 4), num(i.limit, 4)});
    out += u"\r\n"_s;

    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Anomalies"))});
    t.row({project, service, words.text(QT_TRANSLATE_NOOP("Report", "Start (UTC)")),
           words.text(QT_TRANSLATE_NOOP("Report", "End (UTC)")), words.text(QT_TRANSLATE_NOOP("Report", "Metric")),
           words.text(QT_TRANSLATE_NOOP("Report", "Value")), words.text(QT_TRANSLATE_NOOP("Report", "Score"))});
    for (const ProjectReport &p : data.projects)
        for (const Anomaly &a : p.anomalies)
            t.row({p.project.name, a.serviceId, iso(a.startMs), iso(a.endMs), Model::metricKindId(a.metric),
                   num(a.valueAtPeak, 4), num(a.peakScore, 3)});
    out += u"\r\n"_s;

    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Actions and outcomes"))});
    t.row({project, service, words.text(QT_TRANSLATE_NOOP("Report", "Decided (UTC)")),
           words.text(QT_TRANSLATE_NOOP("Report", "Action")), words.text(QT_TRANSLATE_NOOP("Report", "Fix")),
           words.text(QT_TRANSLATE_NOOP("Report", "From replicas")), words.text(QT_TRANSLATE_NOOP("Report", "To replicas")),
           words.text(QT_TRANSLATE_NOOP("Report", "Result")), words.text(QT_TRANSLATE_NOOP("Report", "By")),
           words.text(QT_TRANSLATE_NOOP("Report", "Metric")), words.text(QT_TRANSLATE_NOOP("Report", "Before")),
           words.text(QT_TRANSLATE_NOOP("Report", "After")),
           words.text(QT_TRANSLATE_NOOP("Report", "Cost change per month"))});
    for (const ProjectReport &p : data.projects)
        for (const ActionSummary &a : p.actions)
            t.row({p.project.name, a.serviceId, iso(a.decidedMs > 0 ? a.decidedMs : a.updatedMs),
                   words.actionWhat(a.kind, a.fix, a.fromReplicas, a.toReplicas), a.fix,
                   QString::number(a.fromReplicas), QString::number(a.toReplicas), words.actionState(a.state),
                   a.autoApproved ? words.text(QT_TRANSLATE_NOOP("Report", "auto-approved")) : a.decidedBy,
                   Model::metricKindId(a.metric), num(a.before, 4), num(a.after, 4), num(a.costDeltaPerMonth, 2)});
    out += u"\r\n"_s;

    t.row({words.text(QT_TRANSLATE_NOOP("Report", "Forecasts and capacity"))});
    t.row({project, service, words.text(QT_TRANSLATE_NOOP("Report", "Peak requests/s, next 48 h")),
           words.text(QT_TRANSLATE_NOOP("Report", "Lower (95%)")), words.text(QT_TRANSLATE_NOOP("Report", "Upper (95%)")),
           words.text(QT_TRANSLATE_NOOP("Report", "CPU limit (%)")),
           words.text(QT_TRANSLATE_NOOP("Report", "CPU daily peak (%)")),
           words.text(QT_TRANSLATE_NOOP("Report", "Growth per month (%)")),
           words.text(QT_TRANSLATE_NOOP("Report", "Crossing (UTC)")), words.text(QT_TRANSLATE_NOOP("Report", "Replicas now")),
           words.text(QT_TRANSLATE_NOOP("Report", "Replicas needed")),
           // Added after the existing columns, so that readers of older exports still match.
           words.text(QT_TRANSLATE_NOOP("Report", "Replicas needed, low (95%)")),
           words.text(QT_TRANSLATE_NOOP("Report", "Replicas needed, high (95%)"))});
    for (const ProjectReport &p : data.projects) {
        for (const ServiceReport &s : p.services) {
            QStringList row{p.project.name, s.service.name};
            if (s.forecast)
                row << num(s.forecast->peak, 3) << num(s.forecast->peakLower, 3) << num(s.forecast->peakUpper, 3);
            else
                row << QString() << QString() << QString();
            if (s.capacity) {
                const CapacitySummary &c = *s.capacity;
                row << num(c.limit, 1) << num(c.currentPeak, 2) << num(c.growthPerMonth * 100.0, 2)
                    << (c.crosses ? iso(c.crossingMs) : QString()) << QString::number(c.replicasNow)
                    << (c.crosses || c.alreadyAbove ? QString::number(c.replicasNeeded) : QString())
                    << (c.crosses || c.alreadyAbove ? QString::number(c.replicasLow) : QString())
                    << (c.crosses || c.alreadyAbove ? QString::number(c.replicasHigh) : QString());
            }
            t.row(row);
        }
    }
    out += u"\r\n"_s;

    if (data.cost.computed) {
        // Every resource column, so that the table is the same shape for every workspace;
        // each total row is the exact sum of the rows above it.
        t.row({words.text(QT_TRANSLATE_NOOP("Report", "Cost"))});
        QStringList header{project, service};
        for (int c = 0; c < Cost::kResourceCount; ++c)
            header << words.resourceName(Cost::Resource(c));
        header << words.text(QT_TRANSLATE_NOOP("Report", "Period")) << words.text(QT_TRANSLATE_NOOP("Report", "Month to date"))
               << words.text(QT_TRANSLATE_NOOP("Report", "Month-end forecast"));
        t.row(header);
        auto figures = [](QStringList row, const CostFigures &f, bool withPeriod) {
            for (qint64 c : f.period)
                row << (withPeriod ? cents(c) : QString());
            row << (withPeriod ? cents(f.periodTotal) : QString()) << cents(f.monthToDate) << cents(f.monthEnd);
            return row;
        };
        for (const ProjectReport &p : data.projects) {
            for (const CostLine &line : p.cost.services)
                t.row(figures({p.project.name, line.name}, line.cents, true));
            t.row(figures({p.project.name, total}, p.cost.total, true));
        }
        const QString plans = words.resourceName(Cost::Resource::Plan);
        for (const CostLine &plan : data.cost.plans)
            t.row(figures({plans, plan.name}, plan.cents, false));
        t.row(figures({total, {}}, data.cost.total, true));
        out += u"\r\n"_s;

        t.row({words.text(QT_TRANSLATE_NOOP("Report", "Recommendations"))});
        t.row({project, service, words.text(QT_TRANSLATE_NOOP("Report", "Kind")),
               words.text(QT_TRANSLATE_NOOP("Report", "Recommendation")),
               words.text(QT_TRANSLATE_NOOP("Report", "Saving per month")), words.text(QT_TRANSLATE_NOOP("Report", "Risk")),
               words.text(QT_TRANSLATE_NOOP("Report", "Fix")), words.text(QT_TRANSLATE_NOOP("Report", "From replicas")),
               words.text(QT_TRANSLATE_NOOP("Report", "To replicas"))});
        for (const ProjectReport &p : data.projects)
            for (const Cost::Recommendation &r : p.cost.recommendations)
                t.row({p.project.name, r.serviceIds.join(u' '), Cost::recommendationKindId(r.kind),
                       words.recommendationTitle(r), cents(r.monthlySaving.roundedMinor()), words.riskName(r.risk),
                       r.proposal.fix, QString::number(r.proposal.fromReplicas), QString::number(r.proposal.toReplicas)});
    }
    out += u"\r\n"_s;

    if (data.flagsAvailable) {
        // One row per flag and environment, as last read; times in UTC like every CSV time.
        t.row({words.text(QT_TRANSLATE_NOOP("Report", "Flags"))});
        t.row({project, words.text(QT_TRANSLATE_NOOP("Report", "Flag source")),
               words.text(QT_TRANSLATE_NOOP("Report", "Flag project")), words.text(QT_TRANSLATE_NOOP("Report", "Flag")),
               words.text(QT_TRANSLATE_NOOP("Report", "Type")), words.text(QT_TRANSLATE_NOOP("Report", "Environment")),
               words.text(QT_TRANSLATE_NOOP("Report", "Enabled")), words.text(QT_TRANSLATE_NOOP("Report", "Rollout (%)")),
               words.text(QT_TRANSLATE_NOOP("Report", "With constraints")),
               words.text(QT_TRANSLATE_NOOP("Report", "Last change (UTC)")), words.text(QT_TRANSLATE_NOOP("Report", "Changed by")),
               words.text(QT_TRANSLATE_NOOP("Report", "As of (UTC)"))});
        const QString yes = words.text(QT_TRANSLATE_NOOP("Report", "yes"));
        const QString no = words.text(QT_TRANSLATE_NOOP("Report", "no"));
        auto flagRow = [&](const QString &projectName, const Flags::StoredFlagState &f) {
            t.row({projectName, f.sourceName, f.project, f.feature, f.type, f.environment, f.enabled ? yes : no,
                   num(f.rollout * 100.0, 1), f.conditional ? yes : no, f.changedAtMs > 0 ? iso(f.changedAtMs) : QString(),
                   f.changedBy, iso(f.fetchedAtMs)});
        };
        for (const ProjectReport &p : data.projects)
            for (const Flags::StoredFlagState &f : p.flags)
                flagRow(p.project.name, f);
        for (const Flags::StoredFlagState &f : data.otherFlags)
            flagRow({}, f);
        out += u"\r\n"_s;

        t.row({words.text(QT_TRANSLATE_NOOP("Report", "Experiments"))});
        t.row({project, words.text(QT_TRANSLATE_NOOP("Report", "Experiment")), words.text(QT_TRANSLATE_NOOP("Report", "Flag")),
               words.text(QT_TRANSLATE_NOOP("Report", "Environment")), words.text(QT_TRANSLATE_NOOP("Report", "Verdict")),
               words.text(QT_TRANSLATE_NOOP("Report", "Variant")), words.text(QT_TRANSLATE_NOOP("Report", "Lift (%)")),
               words.text(QT_TRANSLATE_NOOP("Report", "Probability (%)")), words.text(QT_TRANSLATE_NOOP("Report", "Users")),
               words.text(QT_TRANSLATE_NOOP("Report", "As of (UTC)"))});
        auto experimentRow = [&](const QString &projectName, const Flags::StoredExperiment &e) {
            t.row({projectName, e.name, e.feature, e.environment, words.verdictHeadline(e.verdict), e.verdict.variant,
                   num(e.verdict.relativeLift * 100.0, 2), num(e.verdict.probability * 100.0, 2),
                   QString::number(e.users), iso(e.computedAtMs)});
        };
        for (const ProjectReport &p : data.projects)
            for (const Flags::StoredExperiment &e : p.experiments)
                experimentRow(p.project.name, e);
        for (const Flags::StoredExperiment &e : data.otherExperiments)
            experimentRow({}, e);
    }
    // A byte order mark lets spreadsheet programs read the diacritics as UTF-8.
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace Report
