#include "core/report/htmlreportwriter.h"

#include "core/model/metricformat.h"
#include "core/report/reporttranslator.h"

#include <QBuffer>
#include <QDateTime>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using Model::MetricKind;

namespace Report {

namespace {

// Lists longer than this are cut in a report; the CSV keeps every row.
constexpr int kMaxListedRows = 40;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString cell(const QString &text, bool number = false)
{
    return number ? u"<td class=\"n\" align=\"right\">"_s + esc(text) + u"</td>"_s : u"<td>"_s + esc(text) + u"</td>"_s;
}

// `widths` in percent of the table, one per column: QTextDocument would otherwise
// squeeze long numbers into narrow columns and break them in the middle.
QString headerRow(const QStringList &titles, const QList<int> &widths = {})
{
    QString row = u"<tr>"_s;
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QString width = i < widths.size() ? u" width=\"%1%\""_s.arg(widths.at(i)) : QString();
        row += u"<th"_s + width + u">"_s + esc(titles.at(i)) + u"</th>"_s;
    }
    return row + u"</tr>"_s;
}

QString duration(qint64 ms, const ReportTranslator &words)
{
    const qint64 minutes = ms / 60000;
    if (minutes < 120)
        return words.text(QT_TRANSLATE_N_NOOP("Report", "%n min"), int(minutes));
    return words.text(QT_TRANSLATE_N_NOOP("Report", "%n h"), int(minutes / 60));
}

QString serviceName(const ProjectReport &project, const QString &serviceId)
{
    for (const ServiceReport &s : project.services)
        if (s.service.id == serviceId)
            return s.service.name.isEmpty() ? s.service.id : s.service.name;
    return serviceId;
}

QString healthClass(Engine::Health health)
{
    switch (health) {
    case Engine::Health::Ok: return u"ok"_s;
    case Engine::Health::Degraded: return u"degraded"_s;
    case Engine::Health::Down: return u"down"_s;
    case Engine::Health::Stale:
    case Engine::Health::Unknown: break;
    }
    return u"stale"_s;
}

QString imageSource(const ChartImage &chart, HtmlReportWriter::Images images)
{
    if (images == HtmlReportWriter::Images::Resources)
        return HtmlReportWriter::chartUrl(chart.serviceId, chart.metric).toString();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    chart.image.save(&buffer, "PNG");
    return u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
}

void healthSection(QString &out, const ProjectReport &project, const ReportTranslator &words)
{
    out += u"<h3>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Health summary"))) + u"</h3>"_s;
    out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    out += headerRow({words.text(QT_TRANSLATE_NOOP("Report", "Service")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Health at end")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Availability")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Requests")),
                      words.metricLabel(MetricKind::LatencyP95) + u" \u2300 / max"_s,
                      words.metricLabel(MetricKind::ErrorRate) + u" \u2300"_s,
                      words.metricLabel(MetricKind::Cpu) + u" max"_s,
                      words.metricLabel(MetricKind::Memory) + u" max"_s},
                     {15, 10, 13, 14, 18, 10, 9, 11});
    for (const ServiceReport &s : project.services) {
        const Engine::Health h = s.healthAtEnd.health;
        out += u"<tr>"_s + cell(s.service.name.isEmpty() ? s.service.id : s.service.name);
        out += u"<td class=\""_s + healthClass(h) + u"\">"_s + esc(words.healthName(h)) + u"</td>"_s;
        out += cell(words.percent(s.availability(), 2), true);
        out += cell(words.number(s.requests, 0), true);
        out += cell(words.metricValue(MetricKind::LatencyP95, s.metric(MetricKind::LatencyP95).mean) + u" / "_s
                        + words.metricValue(MetricKind::LatencyP95, s.metric(MetricKind::LatencyP95).max),
                    true);
        out += cell(words.metricValue(MetricKind::ErrorRate, s.metric(MetricKind::ErrorRate).mean), true);
        out += cell(words.metricValue(MetricKind::Cpu, s.metric(MetricKind::Cpu).max), true);
        out += cell(words.metricValue(MetricKind::Memory, s.metric(MetricKind::Memory).max), true) + u"</tr>"_s;
    }
    out += u"<tr class=\"total\">"_s + cell(words.text(QT_TRANSLATE_NOOP("Report", "Total"))) + cell({}) + cell({})
        + cell(words.number(project.requests(), 0), true) + u"<td colspan=\"4\"></td></tr>"_s;
    out += u"</table>"_s;
}

void chartSection(QString &out, const ProjectReport &project, const QVector<ChartImage> &charts,
                  HtmlReportWriter::Images images, const ReportTranslator &words)
{
    bool any = false;
    for (const ServiceReport &s : project.services) {
        for (const ChartImage &chart : charts) {
            if (chart.serviceId != s.service.id || chart.image.isNull())
                continue;
            if (!any)
                out += u"<h3>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Charts"))) + u"</h3>"_s;
            any = true;
            out += u"<p class=\"chart\"><b>"_s + esc(s.service.name) + u"</b> \u2014 "_s
                + esc(words.metricLabel(chart.metric)) + u"<br/><img src=\""_s + imageSource(chart, images)
                + u"\" width=\"600\" height=\"220\" alt=\"\"/></p>"_s;
        }
    }
}

void incidentSection(QString &out, const ProjectReport &project, const ReportTranslator &words)
{
    out += u"<h3>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Incidents"))) + u"</h3>"_s;
    if (project.incidents.isEmpty()) {
        out += u"<p>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "No service was degraded or down in this period.")))
            + u"</p>"_s;
        return;
    }
    out += u"<p>"_s + esc(words.text(QT_TRANSLATE_N_NOOP("Report", "%n incident(s): stretches in which a service was "
                                                                 "degraded or down."),
                                   int(project.incidents.size())))
        + u"</p>"_s;
    out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    out += headerRow({words.text(QT_TRANSLATE_NOOP("Report", "Start")), words.text(QT_TRANSLATE_NOOP("Report", "Duration")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Service")), words.text(QT_TRANSLATE_NOOP("Report", "Worst")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Metric")), words.text(QT_TRANSLATE_NOOP("Report", "Peak")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Limit"))});
    int rows = 0;
    for (const Incident &i : project.incidents) {
        if (++rows > kMaxListedRows)
            break;
        out += u"<tr>"_s + cell(words.dateTime(i.startMs)) + cell(duration(i.endMs - i.startMs, words), true)
            + cell(serviceName(project, i.serviceId)) + u"<td class=\""_s + healthClass(i.worst) + u"\">"_s
            + esc(words.healthName(i.worst)) + u"</td>"_s + cell(words.metricLabel(i.metric))
            + cell(words.metricValue(i.metric, i.peakValue), true) + cell(words.metricValue(i.metric, i.limit), true)
            + u"</tr>"_s;
    }
    out += u"</table>"_s;
    if (project.incidents.size() > kMaxListedRows)
        out += u"<p class=\"note\">"_s
            + esc(words.text(QT_TRANSLATE_N_NOOP("Report", "%n more in the CSV export."),
                           int(project.incidents.size()) - kMaxListedRows))
            + u"</p>"_s;
}

void anomalySection(QString &out, const ProjectReport &project, const ReportTranslator &words)
{
    out += u"<h3>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Anomalies"))) + u"</h3>"_s;
    if (project.anomalies.isEmpty()) {
        out += u"<p>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "No anomalies in requests, latency or errors.")))
            + u"</p>"_s;
        return;
    }
    out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    out += headerRow({words.text(QT_TRANSLATE_NOOP("Report", "Start")), words.text(QT_TRANSLATE_NOOP("Report", "Duration")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Service")), words.text(QT_TRANSLATE_NOOP("Report", "Metric")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Value")), words.text(QT_TRANSLATE_NOOP("Report", "Score"))});
    // The strongest first: the list is cut, and what is cut should be the mildest.
    QVector<Anomaly> sorted = project.anomalies;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const Anomaly &a, const Anomaly &b) { return a.peakScore > b.peakScore; });
    int rows = 0;
    for (const Anomaly &a : sorted) {
        if (++rows > kMaxListedRows)
            break;
        out += u"<tr>"_s + cell(words.dateTime(a.startMs)) + cell(duration(a.endMs - a.startMs, words), true)
            + cell(serviceName(project, a.serviceId)) + cell(words.metricLabel(a.metric))
            + cell(words.metricValue(a.metric, a.valueAtPeak), true) + cell(words.number(a.peakScore, 2), true)
            + u"</tr>"_s;
    }
    out += u"</table>"_s;
    if (sorted.size() > kMaxListedRows)
        out += u"<p class=\"note\">"_s
            + esc(words.text(QT_TRANSLATE_N_NOOP("Report", "%n more in the CSV export."),
                           int(sorted.size()) - kMaxListedRows))
            + u"</p>"_s;
}

// "3", or "3 (2–3)" when the projection's band asks for a range: the figure provisions
// for the band's upper edge, as in the predictions view.
QString replicasNeededText(const CapacitySummary &c, const ReportTranslator &words)
{
    const QLocale &locale = words.locale();
    if (c.replicasLow > 0 && c.replicasLow < c.replicasHigh)
        return words.text(QT_TRANSLATE_NOOP("Report", "%1 (%2–%3)"))
            .arg(locale.toString(c.replicasNeeded), locale.toString(c.replicasLow), locale.toString(c.replicasHigh));
    return locale.toString(c.replicasNeeded);
}

void predictionSection(QString &out, const ProjectReport &project, const ReportTranslator &words)
{
    out += u"<h3>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Forecasts and capacity"))) + u"</h3>"_s;
    out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    out += headerRow({words.text(QT_TRANSLATE_NOOP("Report", "Service")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Peak requests/s, next 48 h (95% band)")),
                      words.text(QT_TRANSLATE_NOOP("Report", "CPU daily peak")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Growth per month")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Crosses the limit")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Replicas now / needed"))});
    for (const ServiceReport &s : project.services) {
        out += u"<tr>"_s + cell(s.service.name);
        if (s.forecast)
            out += cell(words.metricValue(MetricKind::Rps, s.forecast->peak) + u" ("_s
                            + words.number(s.forecast->peakLower, 1) + u"\u2013"_s
                            + words.number(s.forecast->peakUpper, 1) + u")"_s,
                        true);
        else
            out += cell(words.text(QT_TRANSLATE_NOOP("Report", "too little history")));
        if (s.capacity) {
            const CapacitySummary &c = *s.capacity;
            QString crossing;
            if (c.alreadyAbove)
                crossing = words.text(QT_TRANSLATE_NOOP("Report", "already above"));
            else if (c.crosses)
                crossing = words.text(QT_TRANSLATE_NOOP("Report", "around %1")).arg(words.date(c.crossingMs));
            else
                crossing = words.text(QT_TRANSLATE_NOOP("Report", "not within 180 days"));
            out += cell(words.metricValue(MetricKind::Cpu, c.currentPeak), true)
                + cell(words.percent(c.growthPerMonth, 1), true) + cell(crossing)
                // Replicas needed only where the limit is reached: beyond it the band is too wide to size by.
                + cell(c.crosses || c.alreadyAbove ? u"%1 / %2"_s.arg(words.locale().toString(c.replicasNow),
                                                                       replicasNeededText(c, words))
                                                   : words.locale().toString(c.replicasNow),
                       true);
        } else {
            out += u"<td colspan=\"4\">"_s
                + esc(words.text(QT_TRANSLATE_NOOP("Report", "capacity needs a period of at least 14 days of CPU data")))
                + u"</td>"_s;
        }
        out += u"</tr>"_s;
    }
    out += u"</table>"_s;
}

void actionSection(QString &out, const ProjectReport &project, bool logAvailable, const ReportTranslator &words)
{
    out += u"<h3>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Actions and outcomes"))) + u"</h3>"_s;
    if (!logAvailable || project.actions.isEmpty()) {
        out += u"<p>"_s
            + esc(logAvailable ? words.text(QT_TRANSLATE_NOOP("Report", "No action was decided in this period."))
                               : words.text(QT_TRANSLATE_NOOP("Report", "This store has no actions log.")))
            + u"</p>"_s;
        return;
    }
    out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    out += headerRow({words.text(QT_TRANSLATE_NOOP("Report", "Decided")), words.text(QT_TRANSLATE_NOOP("Report", "Service")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Action")), words.text(QT_TRANSLATE_NOOP("Report", "Result")),
                      words.text(QT_TRANSLATE_NOOP("Report", "By")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Before \u2192 after"))},
                     {16, 14, 26, 14, 12, 18});
    int rows = 0;
    for (const ActionSummary &a : project.actions) {
        if (++rows > kMaxListedRows)
            break;
        const QString by = a.autoApproved ? words.text(QT_TRANSLATE_NOOP("Report", "auto-approved")) : a.decidedBy;
        const QString effect = std::isfinite(a.before) || std::isfinite(a.after)
                                   ? words.metricLabel(a.metric) + u": "_s + words.metricValue(a.metric, a.before)
                                         + u" \u2192 "_s + words.metricValue(a.metric, a.after)
                                   : QString();
        out += u"<tr>"_s + cell(words.dateTime(a.decidedMs > 0 ? a.decidedMs : a.updatedMs))
            + cell(serviceName(project, a.serviceId)) + cell(words.actionWhat(a.kind, a.fix, a.fromReplicas, a.toReplicas))
            + cell(words.actionState(a.state)) + cell(by) + cell(effect) + u"</tr>"_s;
    }
    out += u"</table>"_s;
    if (project.actions.size() > kMaxListedRows)
        out += u"<p class=\"note\">"_s
            + esc(words.text(QT_TRANSLATE_N_NOOP("Report", "%n more in the CSV export."),
                             int(project.actions.size()) - kMaxListedRows))
            + u"</p>"_s;
}

// The resources anything was charged for in the report: the other columns stay out.
QVector<Cost::Resource> costColumns(const ReportData &data)
{
    QVector<Cost::Resource> columns;
    for (int c = 0; c < Cost::kResourceCount; ++c) {
        bool used = false;
        for (const ProjectReport &p : data.projects)
            for (const CostLine &line : p.cost.services)
                used = used || line.cents.period[size_t(c)] != 0;
        if (used)
            columns.append(Cost::Resource(c));
    }
    return columns;
}

QString costCells(const CostFigures &cents, const QVector<Cost::Resource> &columns, const ReportTranslator &words,
                  bool withPeriod = true)
{
    QString out;
    for (Cost::Resource r : columns)
        out += withPeriod ? cell(words.money(cents.period[size_t(r)]), true) : cell({});
    out += withPeriod ? cell(words.money(cents.periodTotal), true) : cell({});
    return out + cell(words.money(cents.monthToDate), true) + cell(words.money(cents.monthEnd), true);
}

QStringList costHeader(const QVector<Cost::Resource> &columns, const QString &first, const ReportData &data,
                       const ReportTranslator &words)
{
    QStringList titles{first};
    for (Cost::Resource r : columns)
        titles << words.resourceName(r);
    titles << words.text(QT_TRANSLATE_NOOP("Report", "Period"))
           << words.text(QT_TRANSLATE_NOOP("Report", "Month to %1")).arg(words.date(data.request.toMs))
           << words.text(QT_TRANSLATE_NOOP("Report", "Month-end forecast"));
    return titles;
}

// The name column wide enough for a project's name; the amounts share the rest.
QList<int> costWidths(const QVector<Cost::Resource> &columns)
{
    const int amounts = int(columns.size()) + 3;
    QList<int> widths{18};
    for (int i = 0; i < amounts; ++i)
        widths << 82 / amounts;
    return widths;
}

void costSection(QString &out, const ProjectReport &project, const ReportData &data, const ReportTranslator &words)
{
    out += u"<h3>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Cost and recommendations"))) + u"</h3>"_s;
    if (!data.cost.computed)
        return;
    if (project.cost.services.isEmpty()) {
        out += u"<p>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "No service of this project has a price table."))) + u"</p>"_s;
    } else {
        const QVector<Cost::Resource> columns = costColumns(data);
        out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
        out += headerRow(costHeader(columns, words.text(QT_TRANSLATE_NOOP("Report", "Service")), data, words),
                         costWidths(columns));
        for (const CostLine &line : project.cost.services)
            out += u"<tr>"_s + cell(line.name) + costCells(line.cents, columns, words) + u"</tr>"_s;
        out += u"<tr class=\"total\">"_s + cell(words.text(QT_TRANSLATE_NOOP("Report", "Total")))
            + costCells(project.cost.total, columns, words) + u"</tr></table>"_s;
    }
    if (!project.cost.unpriced.isEmpty())
        out += u"<p class=\"note\">"_s
            + esc(words.text(QT_TRANSLATE_NOOP("Report", "Not priced (no price table): %1"))
                      .arg(project.cost.unpriced.join(u", "_s)))
            + u"</p>"_s;
    if (project.cost.recommendations.isEmpty()) {
        out += u"<p>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "No saving to recommend at the period's end."))) + u"</p>"_s;
        return;
    }
    out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    out += headerRow({words.text(QT_TRANSLATE_NOOP("Report", "Recommendation")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Saving per month")),
                      words.text(QT_TRANSLATE_NOOP("Report", "Risk"))},
                     {64, 18, 18});
    for (const Cost::Recommendation &r : project.cost.recommendations)
        out += u"<tr>"_s + cell(words.recommendationTitle(r))
            + cell(words.money(r.monthlySaving.roundedMinor()), true) + cell(words.riskName(r.risk)) + u"</tr>"_s;
    out += u"</table>"_s;
}

// One flag in every environment, from consecutive rows of the store.
struct FlagRow
{
    const Flags::StoredFlagState *first = nullptr;
    QStringList states;
    qint64 fetchedAtMs = 0;
};

QString flagState(const Flags::StoredFlagState &f, const ReportTranslator &words)
{
    if (!f.enabled)
        return f.environment + u": "_s + words.text(QT_TRANSLATE_NOOP("Report", "off"));
    QString text = f.environment + u": "_s + words.text(QT_TRANSLATE_NOOP("Report", "on"));
    if (std::isfinite(f.rollout))
        text += u", "_s + words.percent(f.rollout, 0);
    if (f.conditional)
        text += u' ' + words.text(QT_TRANSLATE_NOOP("Report", "(with constraints)"));
    return text;
}

QVector<FlagRow> flagRows(const QVector<Flags::StoredFlagState> &flags, const ReportTranslator &words)
{
    QVector<FlagRow> rows;
    for (const Flags::StoredFlagState &f : flags) {
        if (rows.isEmpty() || rows.last().first->sourceId != f.sourceId || rows.last().first->project != f.project
            || rows.last().first->feature != f.feature)
            rows.append(FlagRow{&f, {}, 0});
        rows.last().states << flagState(f, words);
        rows.last().fetchedAtMs = std::max(rows.last().fetchedAtMs, f.fetchedAtMs);
    }
    return rows;
}

void flagTables(QString &out, const QVector<Flags::StoredFlagState> &flags,
                const QVector<Flags::StoredExperiment> &experiments, const ReportTranslator &words)
{
    if (!flags.isEmpty()) {
        out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
        out += headerRow({words.text(QT_TRANSLATE_NOOP("Report", "Flag")), words.text(QT_TRANSLATE_NOOP("Report", "Type")),
                          words.text(QT_TRANSLATE_NOOP("Report", "State per environment (rollout)")),
                          words.text(QT_TRANSLATE_NOOP("Report", "Last change")),
                          words.text(QT_TRANSLATE_NOOP("Report", "As of"))},
                         {22, 10, 34, 18, 16});
        for (const FlagRow &row : flagRows(flags, words)) {
            const Flags::StoredFlagState &f = *row.first;
            QString change = f.changedAtMs > 0 ? words.dateTime(f.changedAtMs) : u"\u2014"_s;
            if (f.changedAtMs > 0 && !f.changedBy.isEmpty())
                change += u" ("_s + f.changedBy + u")"_s;
            out += u"<tr>"_s + cell(f.feature) + cell(f.type) + cell(row.states.join(u"; "_s)) + cell(change)
                + cell(words.dateTime(row.fetchedAtMs)) + u"</tr>"_s;
        }
        out += u"</table>"_s;
    }
    if (!experiments.isEmpty()) {
        out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
        out += headerRow({words.text(QT_TRANSLATE_NOOP("Report", "Experiment")),
                          words.text(QT_TRANSLATE_NOOP("Report", "Flag")),
                          words.text(QT_TRANSLATE_NOOP("Report", "Verdict")),
                          words.text(QT_TRANSLATE_NOOP("Report", "Users")),
                          words.text(QT_TRANSLATE_NOOP("Report", "As of"))},
                         {18, 14, 44, 8, 16});
        for (const Flags::StoredExperiment &e : experiments)
            out += u"<tr>"_s + cell(e.name) + cell(e.feature + u" ("_s + e.environment + u")"_s)
                + cell(words.verdictHeadline(e.verdict)) + cell(words.locale().toString(e.users), true)
                + cell(words.dateTime(e.computedAtMs)) + u"</tr>"_s;
        out += u"</table>"_s;
    }
}

void flagsSection(QString &out, const ProjectReport &project, const ReportData &data, const ReportTranslator &words)
{
    out += u"<h3>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Flags and experiments"))) + u"</h3>"_s;
    if (!data.flagsAvailable) {
        out += u"<p>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "This store keeps no flags."))) + u"</p>"_s;
        return;
    }
    if (project.flags.isEmpty() && project.experiments.isEmpty()) {
        out += u"<p>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Straja has read no flag of this project."))) + u"</p>"_s;
        return;
    }
    out += u"<p class=\"meta\">"_s
        + esc(words.text(QT_TRANSLATE_NOOP("Report", "As last read from the flag sources and kept in the local store; "
                                                     "\"as of\" says when.")))
        + u"</p>"_s;
    flagTables(out, project.flags, project.experiments, words);
}

// The workspace's cost: each project's total, the plan fees and the sum of them all.
void workspaceCostSection(QString &out, const ReportData &data, const ReportTranslator &words)
{
    if (!data.cost.computed)
        return;
    const QVector<Cost::Resource> columns = costColumns(data);
    out += u"<h2>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Cost of the workspace"))) + u"</h2>"_s;
    QStringList sources;
    for (const Cost::PriceSource &p : data.cost.priceSources)
        sources << p.name + u' ' + p.version;
    out += u"<p class=\"meta\">"_s
        + esc(words.text(QT_TRANSLATE_NOOP("Report", "Charges computed from the stored usage and the price tables "
                                                     "(%1); month figures for %2 as of the period's end, plan fees "
                                                     "in the month figures only."))
                  .arg(sources.isEmpty() ? u"\u2014"_s : sources.join(u", "_s),
                       words.monthName(data.cost.monthStartMs)))
        + u"</p>"_s;
    out += u"<table class=\"grid\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"_s;
    out += headerRow(costHeader(columns, words.text(QT_TRANSLATE_NOOP("Report", "Project")), data, words),
                     costWidths(columns));
    for (const ProjectReport &p : data.projects)
        out += u"<tr>"_s + cell(p.project.name) + costCells(p.cost.total, columns, words) + u"</tr>"_s;
    for (const CostLine &plan : data.cost.plans)
        out += u"<tr>"_s + cell(plan.name) + costCells(plan.cents, columns, words, false) + u"</tr>"_s;
    out += u"<tr class=\"total\">"_s + cell(words.text(QT_TRANSLATE_NOOP("Report", "Total")))
        + costCells(data.cost.total, columns, words) + u"</tr></table>"_s;
    for (const QString &warning : data.cost.warnings)
        out += u"<p class=\"note\">"_s + esc(warning) + u"</p>"_s;
}

} // namespace

QUrl HtmlReportWriter::chartUrl(const QString &serviceId, Model::MetricKind metric)
{
    return QUrl(u"chart://%1/%2"_s.arg(serviceId, Model::metricKindId(metric)));
}

QString HtmlReportWriter::title(const ReportData &data, const ReportTranslator &words)
{
    if (!data.request.projectId.isEmpty() && data.projects.size() == 1)
        return words.text(QT_TRANSLATE_NOOP("Report", "Straja report: project %1")).arg(data.projects.first().project.name);
    return words.text(QT_TRANSLATE_NOOP("Report", "Straja report: workspace %1")).arg(data.workspaceName);
}

QString HtmlReportWriter::periodText(const ReportData &data, const ReportTranslator &words)
{
    return words.text(QT_TRANSLATE_NOOP("Report", "%1 to %2"))
        .arg(words.dateTime(data.request.fromMs), words.dateTime(data.request.toMs, true));
}

QString HtmlReportWriter::html(const ReportData &data, const QVector<ChartImage> &charts, const ReportTranslator &words,
                               Images images)
{
    QString out;
    out.reserve(64 * 1024);
    out += u"<!DOCTYPE html>\n<html lang=\""_s + words.language() + u"\"><head><meta charset=\"utf-8\"/><title>"_s
        + esc(title(data, words)) + u"</title>"_s;
    out += u"<style>body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#1d1d1f;margin:0 auto;max-width:"
           "1000px}h1{font-size:16pt;margin:0 0 4px 0}h2{font-size:13pt;margin:14px 0 4px 0;color:#1a5fd0}"
           "h3{font-size:10.5pt;margin:10px 0 4px 0}table.grid{border-collapse:collapse;font-size:8pt}"
           "table.grid th{background:#e8eef8;text-align:left;border-bottom:1px solid #9db3d8}"
           "table.grid td{border-bottom:1px solid #dde3ec}td.n{text-align:right}tr.total td{font-weight:bold}"
           ".ok{color:#1b7f3b}.degraded{color:#a86400}.down{color:#b3261e;font-weight:bold}.stale{color:#666}"
           ".meta{color:#555}.note{color:#555;font-style:italic}</style></head><body>\n"_s;
    out += u"<h1>"_s + esc(title(data, words)) + u"</h1>"_s;
    out += u"<p class=\"meta\">"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Period: %1")).arg(periodText(data, words)))
        + u"<br/>"_s
        + esc(words.text(QT_TRANSLATE_NOOP("Report", "Generated: %1")).arg(words.dateTime(data.generatedAtMs, true)))
        + u"<br/>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Data: %1")).arg(data.origin)) + u"<br/>"_s
        + esc(words.text(QT_TRANSLATE_N_NOOP("Report", "Figures computed from %n-minute buckets of the local store; "
                                                     "no source was contacted."),
                       int(data.bucketMs / 60000)))
        + u"</p>\n"_s;

    for (const ProjectReport &project : data.projects) {
        out += u"<h2>"_s + esc(project.project.name) + u"</h2>"_s;
        if (!project.project.description.isEmpty())
            out += u"<p class=\"meta\">"_s + esc(project.project.description) + u"</p>"_s;
        healthSection(out, project, words);
        incidentSection(out, project, words);
        anomalySection(out, project, words);
        predictionSection(out, project, words);
        actionSection(out, project, data.actionsLogAvailable, words);
        costSection(out, project, data, words);
        flagsSection(out, project, data, words);
        chartSection(out, project, charts, images, words);
        out += u"\n"_s;
    }
    workspaceCostSection(out, data, words);
    if (!data.otherFlags.isEmpty() || !data.otherExperiments.isEmpty()) {
        out += u"<h2>"_s + esc(words.text(QT_TRANSLATE_NOOP("Report", "Flags of other projects"))) + u"</h2>"_s;
        flagTables(out, data.otherFlags, data.otherExperiments, words);
    }
    out += u"</body></html>\n"_s;
    return out;
}

} // namespace Report
