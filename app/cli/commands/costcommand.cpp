#include "app/cli/commands/costcommand.h"

#include "core/cost/costanalyzer.h"
#include "core/store/database.h"
#include "core/store/datalocation.h"
#include "core/store/samplestore.h"
#include "core/store/workspacestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString cents(qint64 minor)
{
    return Cost::Money::formatMinor(minor, 2, QLocale::c(), false).remove(u',');
}

} // namespace

QString CostCommand::name() const { return u"cost"_s; }

QString CostCommand::summary() const
{
    return QCoreApplication::translate("Cli", "cost per project, service and resource from the local store (CSV)");
}

QString CostCommand::usage() const
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: straja-cli cost [--data-dir DIR] [--period today|month|monthend] [--tz ZONE]\n"
        "                       [--at \"YYYY-MM-DD HH:MM\"] [--prices DIR] [--recommendations] [--output FILE]\n"
        "Reads the workspace and its cached usage from DIR (default: Straja's data folder), prices it with\n"
        "the built-in price tables (or those in --prices), and writes CSV: one row per service and plan,\n"
        "then a total row; amounts in dollars, rounded so that the rows add up to the total exactly.\n"
        "--period  today, month (month to date, the default) or monthend (forecast)\n"
        "--tz      the time zone of days and months (default: the system's), e.g. Europe/Bucharest\n"
        "--at      the moment to compute for, UTC (default: now)\n"
        "--recommendations  the savings and region recommendations instead of the table");
}

int CostCommand::run(const QStringList &args, CommandIo &io)
{
    QString dataDir, periodText = u"month"_s, zoneText, atText, pricesDir = Cost::PriceCatalog::defaultOverrideDir(),
                     output;
    bool recommendations = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == u"--help" || arg == u"-h") {
            io.out << usage() << '\n';
            return ExitOk;
        }
        if (arg == u"--recommendations") {
            recommendations = true;
            continue;
        }
        QString *target = arg == u"--data-dir" ? &dataDir
            : arg == u"--period"               ? &periodText
            : arg == u"--tz"                   ? &zoneText
            : arg == u"--at"                   ? &atText
            : arg == u"--prices"               ? &pricesDir
            : arg == u"--output"               ? &output
                                               : nullptr;
        if (!target || i + 1 >= args.size()) {
            io.err << QCoreApplication::translate("Cli", "cost: unexpected argument '%1'").arg(arg) << '\n' << usage() << '\n';
            return ExitUsage;
        }
        *target = args.at(++i);
    }
    Cost::Period period;
    if (periodText == u"today")
        period = Cost::Period::Today;
    else if (periodText == u"month")
        period = Cost::Period::MonthToDate;
    else if (periodText == u"monthend")
        period = Cost::Period::MonthEnd;
    else {
        io.err << QCoreApplication::translate("Cli", "cost: --period takes today, month or monthend, not '%1'").arg(periodText) << '\n';
        return ExitUsage;
    }
    Cost::CostInputs inputs;
    inputs.zone = zoneText.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(zoneText.toUtf8());
    if (!inputs.zone.isValid()) {
        io.err << QCoreApplication::translate("Cli", "cost: unknown time zone '%1'").arg(zoneText) << '\n';
        return ExitUsage;
    }
    inputs.nowMs = QDateTime::currentMSecsSinceEpoch();
    if (!atText.isEmpty()) {
        const QDateTime at = QDateTime::fromString(atText, u"yyyy-MM-dd HH:mm"_s);
        if (!at.isValid()) {
            io.err << QCoreApplication::translate("Cli", "cost: --at takes \"YYYY-MM-DD HH:MM\" (UTC), not '%1'").arg(atText) << '\n';
            return ExitUsage;
        }
        inputs.nowMs = QDateTime(at.date(), at.time(), QTimeZone::utc()).toMSecsSinceEpoch();
    }

    auto catalog = Cost::PriceCatalog::load(pricesDir);
    if (!catalog) {
        io.err << u"cost: "_s << catalog.error().message << '\n';
        return ExitBadInput;
    }
    for (const QString &warning : catalog->warnings())
        io.err << u"cost: "_s << warning << '\n';
    inputs.catalog = std::make_shared<const Cost::PriceCatalog>(std::move(catalog).value());

    Store::Database db;
    const QString path = Store::workspaceDatabasePath(dataDir.isEmpty() ? Store::defaultDataDir() : dataDir,
                                                      u"standard"_s);
    if (auto opened = db.open(path, u"straja-cli-cost"_s, Store::Database::Mode::ReadOnly); !opened) {
        io.err << u"cost: "_s << opened.error().message << '\n';
        return ExitBadInput;
    }
    auto workspace = Store::WorkspaceStore(db.handle()).load();
    if (!workspace) {
        io.err << u"cost: "_s << workspace.error().message << '\n';
        return ExitBadInput;
    }
    inputs.workspace = std::make_shared<const Model::Workspace>(std::move(workspace).value());
    const Store::SampleStore samples(db.handle());
    QVector<Store::StoredSeries> series;
    qint64 from = inputs.nowMs;
    for (const Engine::HistoryRequest &request :
         Cost::CostAnalyzer::historyRequests(*inputs.workspace, inputs.nowMs, Cost::BillingCalendar(inputs.zone))) {
        from = std::min(from, request.fromMs);
        for (const Model::SeriesKey &key : request.series) {
            auto read = samples.read(key, request.fromMs, request.toMs, Store::Resolution::OneHour);
            if (!read) {
                io.err << u"cost: "_s << read.error().message << '\n';
                return ExitBadInput;
            }
            series.append(std::move(read).value());
        }
    }
    const Cost::CostReportPtr report =
        Cost::CostAnalyzer::analyze(inputs, Cost::CostAnalyzer::usageFrom(series, from, inputs.nowMs));

    QString text;
    QTextStream out(&text);
    if (recommendations) {
        out << "kind,service,project,monthly_saving,risk,action,from_replicas,to_replicas,title\n";
        for (const auto *list : {&report->recommendations, &report->regionRecommendations}) {
            for (const Cost::Recommendation &r : *list) {
                out << Cost::recommendationKindId(r.kind) << ',' << csvField(r.serviceIds.join(u' ')) << ','
                    << csvField(r.projectId) << ',' << r.monthlySaving.toPlainString() << ','
                    << Cost::riskLabel(r.risk) << ',' << r.proposal.fix << ',' << r.proposal.fromReplicas << ','
                    << r.proposal.toReplicas << ',' << csvField(r.title()) << '\n';
            }
        }
    } else {
        const Cost::CostTable &table = report->tables[size_t(period)];
        out << "project,service";
        for (int r = 0; r < Cost::kResourceCount; ++r)
            out << ',' << Cost::resourceId(Cost::Resource(r));
        out << ",total\n";
        for (int row = 0; row < table.rowIds.size(); ++row) {
            out << csvField(table.groupIds.at(table.groupOfRow.at(row))) << ',' << csvField(table.rowIds.at(row));
            for (int c = 0; c < Cost::kResourceCount; ++c)
                out << ',' << cents(table.cents.cell(row, c));
            out << ',' << cents(table.cents.rowTotals.at(row)) << '\n';
        }
        out << "total,";
        for (int c = 0; c < Cost::kResourceCount; ++c)
            out << ',' << cents(table.cents.columnTotals.at(c));
        out << ',' << cents(table.cents.total) << '\n';
    }
    out.flush();
    for (const QString &warning : report->warnings)
        io.err << u"cost: "_s << warning << '\n';
    if (output.isEmpty()) {
        io.out << text;
        return ExitOk;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        io.err << QCoreApplication::translate("Cli", "cost: cannot write %1: %2").arg(QDir::toNativeSeparators(output), file.errorString()) << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

} // namespace Cli
