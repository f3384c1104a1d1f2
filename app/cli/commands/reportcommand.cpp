#include "app/cli/commands/reportcommand.h"

#include "core/cost/billingcalendar.h"
#include "core/cost/pricetable.h"
#include "core/model/workspacejson.h"
#include "core/report/chartrenderer.h"
#include "core/report/demohistory.h"
#include "core/report/reportgatherer.h"
#include "core/report/reporttranslator.h"
#include "core/report/reportwriter.h"
#include "core/sources/demo/demofleet.h"
#include "core/sources/demo/demopresets.h"
#include "core/store/database.h"
#include "core/store/datalocation.h"
#include "core/store/workspacestore.h"
#include "ui/report/reportchartrenderer.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

struct Options
{
    QString workspace;
    QString project;
    QString format;
    QString language = u"en"_s;
    QString output;
    QString period = u"7d"_s;
    QString until;
    QString dataDir;
    QString timeZone;
    quint64 seed = 1;
};

} // namespace

QString ReportCommand::name() const { return u"report"_s; }

QString ReportCommand::summary() const
{
    return QCoreApplication::translate("Cli", "write a PDF, HTML or CSV report of a project or the whole workspace, offline");
}

QString ReportCommand::usage() const
{
    return QCoreApplication::translate("Cli", "Usage: straja-cli report --workspace FILE|demo --project NAME|all --format pdf|html|csv\n"
              "                         --lang ro|en --output PATH [--period 7d] [--until WHEN]\n"
              "                         [--data-dir DIR] [--tz ZONE] [--seed N]\n"
              "  --workspace  a workspace file (.json: figures from the store in DIR), a Straja\n"
              "               database (.sqlite), or 'demo': the demo fleet simulated offline\n"
              "  --project    a project's id or name, or 'all' for the whole workspace\n"
              "  --period     length of the period, in hours (48h) or days (7d); default 7d\n"
              "  --until      end of the period: 'YYYY-MM-DD', 'YYYY-MM-DD HH:MM' (UTC) or unix\n"
              "               seconds; default now\n"
              "  --tz         time zone of the dates in the report (e.g. Europe/Bucharest)\n"
              "No source is contacted: a report reads the local store only.");
}

qint64 ReportCommand::parsePeriod(const QString &text)
{
    static const QRegularExpression pattern(u"^(\\d{1,4})([hd])$"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return 0;
    const qint64 n = match.captured(1).toLongLong();
    return n * (match.captured(2) == u"h" ? 3600'000LL : 24 * 3600'000LL);
}

qint64 ReportCommand::parseInstant(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds * 1000;
    for (const QString &format : {u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-dd"_s, u"yyyy-MM-ddTHH:mm"_s}) {
        QDateTime t = QDateTime::fromString(text, format);
        if (t.isValid()) {
            t.setTimeZone(QTimeZone::utc());
            return t.toMSecsSinceEpoch();
        }
    }
    return -1;
}

int ReportCommand::run(const QStringList &args, CommandIo &io)
{
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString *target = nullptr;
        if (arg == u"--workspace")
            target = &o.workspace;
        else if (arg == u"--project")
            target = &o.project;
        else if (arg == u"--format")
            target = &o.format;
        else if (arg == u"--lang")
            target = &o.language;
        else if (arg == u"--output")
            target = &o.output;
        else if (arg == u"--period")
            target = &o.period;
        else if (arg == u"--until")
            target = &o.until;
        else if (arg == u"--data-dir")
            target = &o.dataDir;
        else if (arg == u"--tz")
            target = &o.timeZone;
        QString seed;
        if (arg == u"--seed")
            target = &seed;
        if (!target || i + 1 >= args.size()) {
            io.err << QCoreApplication::translate("Cli", "report: unexpected argument '%1'").arg(arg) << '\n' << usage() << '\n';
            return ExitUsage;
        }
        *target = args.at(++i);
        if (!seed.isEmpty()) {
            bool ok = false;
            o.seed = seed.toULongLong(&ok);
            if (!ok) {
                io.err << QCoreApplication::translate("Cli", "report: --seed must be a whole number") << '\n';
                return ExitUsage;
            }
        }
    }
    if (o.workspace.isEmpty() || o.project.isEmpty() || o.output.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "report: --workspace, --project and --output are required") << '\n' << usage() << '\n';
        return ExitUsage;
    }
    if (o.format.isEmpty())
        o.format = QFileInfo(o.output).suffix().toLower();
    const auto format = Report::formatFromId(o.format);
    if (!format) {
        io.err << QCoreApplication::translate("Cli", "report: unknown format '%1' (expected pdf, html or csv)").arg(o.format) << '\n';
        return ExitUsage;
    }
    if (o.language != u"ro" && o.language != u"en") {
        io.err << QCoreApplication::translate("Cli", "report: unknown language '%1' (expected ro or en)").arg(o.language) << '\n';
        return ExitUsage;
    }
    const qint64 periodMs = parsePeriod(o.period);
    if (periodMs <= 0) {
        io.err << QCoreApplication::translate("Cli", "report: --period must look like 48h or 7d, not '%1'").arg(o.period) << '\n';
        return ExitUsage;
    }
    qint64 untilMs = o.until.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : parseInstant(o.until);
    if (untilMs < 0) {
        io.err << QCoreApplication::translate("Cli", "report: --until must be a date, a date and time, or unix seconds, not '%1'").arg(o.until)
               << '\n';
        return ExitUsage;
    }
    untilMs = untilMs / 60'000 * 60'000;
    if (!o.timeZone.isEmpty() && !QTimeZone(o.timeZone.toUtf8()).isValid()) {
        io.err << QCoreApplication::translate("Cli", "report: unknown time zone '%1'").arg(o.timeZone) << '\n';
        return ExitUsage;
    }

    Report::ReportRequest request;
    request.fromMs = untilMs - periodMs;
    request.toMs = untilMs;
    request.language = o.language;
    request.format = *format;
    request.timeZoneId = o.timeZone;

    // The store the figures come from, and the workspace that names them.
    Store::Database db;
    Model::Workspace workspace;
    QString origin;
    QTemporaryDir scratch;
    if (o.workspace == u"demo") {
        if (!scratch.isValid()) {
            io.err << QCoreApplication::translate("Cli", "report: cannot create a temporary folder: %1").arg(scratch.errorString()) << '\n';
            return ExitBadInput;
        }
        // The demo's origin is the period's end, as if Straja had been started then.
        auto ws = Sources::Demo::DemoPresets::workspace(u"standard"_s, o.seed, untilMs);
        auto spec = Sources::Demo::DemoPresets::byName(u"standard"_s, o.seed);
        Q_ASSERT(ws && spec);
        workspace = *ws;
        const Sources::Demo::DemoFleet fleet(std::move(*spec), o.seed, untilMs);
        if (auto opened = db.open(scratch.filePath(u"demo.sqlite"_s), u"straja-cli-report"_s,
                                  Store::Database::Mode::ReadWrite);
            !opened) {
            io.err << u"report: "_s << opened.error().message << '\n';
            return ExitBadInput;
        }
        const qint64 bucket = Report::ReportGatherer::bucketFor(request.fromMs, request.toMs);
        if (auto filled = Report::DemoHistory::fill(db.handle(), fleet, request.fromMs, request.toMs, bucket);
            !filled) {
            io.err << u"report: "_s << filled.error().message << '\n';
            return ExitBadInput;
        }
        // The cost section needs the billing month up to the period's end and the
        // savings rules' 15 days: simulate what of them lies before the period, hourly.
        const QTimeZone zone = o.timeZone.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(o.timeZone.toUtf8());
        const qint64 billingFrom = std::min(Cost::BillingCalendar(zone).monthStartMs(request.toMs - 1),
                                            request.toMs - 15 * 24 * 3'600'000LL);
        if (billingFrom < request.fromMs) {
            if (auto filled = Report::DemoHistory::fill(db.handle(), fleet, billingFrom, request.fromMs, 3'600'000);
                !filled) {
                io.err << u"report: "_s << filled.error().message << '\n';
                return ExitBadInput;
            }
        }
        // The flags section reads the flag states the GUI's flag engine keeps in its store:
        // the demo's as its flags view shows them at the period's end.
        if (auto flags = Report::DemoHistory::fillFlags(db.handle(), workspace, request.toMs); !flags) {
            io.err << u"report: "_s << flags.error().message << '\n';
            return ExitBadInput;
        }
        origin = Report::ReportTranslator(o.language).demoOrigin(o.seed);
    } else {
        QString databasePath = o.workspace;
        const bool jsonFile = o.workspace.endsWith(u".json"_s, Qt::CaseInsensitive);
        if (jsonFile) {
            QFile file(o.workspace);
            if (!file.open(QIODevice::ReadOnly)) {
                io.err << QCoreApplication::translate("Cli", "report: cannot read %1: %2").arg(QDir::toNativeSeparators(o.workspace), file.errorString())
                       << '\n';
                return ExitBadInput;
            }
            auto parsed = Model::workspaceFromJson(file.readAll());
            if (!parsed) {
                io.err << u"report: "_s << parsed.error().message << '\n';
                return ExitBadInput;
            }
            workspace = *parsed;
            databasePath = Store::workspaceDatabasePath(o.dataDir.isEmpty() ? Store::defaultDataDir() : o.dataDir,
                                                        u"standard"_s);
        }
        if (!QFileInfo::exists(databasePath)) {
            io.err << QCoreApplication::translate("Cli", "report: no local store at %1").arg(QDir::toNativeSeparators(databasePath)) << '\n';
            return ExitBadInput;
        }
        if (auto opened = db.open(databasePath, u"straja-cli-report"_s, Store::Database::Mode::ReadOnly); !opened) {
            io.err << u"report: "_s << opened.error().message << '\n';
            return ExitBadInput;
        }
        if (!jsonFile) {
            auto loaded = Store::WorkspaceStore(db.handle()).load();
            if (!loaded) {
                io.err << u"report: "_s << loaded.error().message << '\n';
                return ExitBadInput;
            }
            workspace = *loaded;
        }
        origin = Report::ReportTranslator(o.language).storeOrigin(QFileInfo(databasePath).absoluteFilePath());
    }

    if (o.project != u"all") {
        for (const Model::Project &p : workspace.projects)
            if (p.id == o.project || p.name.compare(o.project, Qt::CaseInsensitive) == 0)
                request.projectId = p.id;
        if (request.projectId.isEmpty()) {
            QStringList names;
            for (const Model::Project &p : workspace.projects)
                names << p.id;
            io.err << QCoreApplication::translate("Cli", "report: the workspace has no project '%1' (it has: %2)").arg(o.project, names.join(u", "_s))
                   << '\n';
            return ExitBadInput;
        }
    }

    // The operator's own price tables where there are any, as in the cost view.
    auto catalog = Cost::PriceCatalog::load(Cost::PriceCatalog::defaultOverrideDir());
    if (!catalog) {
        io.err << u"report: "_s << catalog.error().message << '\n';
        return ExitBadInput;
    }
    auto data = Report::ReportGatherer(std::make_shared<const Cost::PriceCatalog>(std::move(catalog).value()))
                    .gather(db.handle(), workspace, request);
    if (!data) {
        io.err << u"report: "_s << data.error().message << '\n';
        return ExitBadInput;
    }
    data.value().origin = origin;
    data.value().generatedAtMs = QDateTime::currentMSecsSinceEpoch();

    const Report::ReportTranslator words(o.language, o.timeZone);
    QVector<Report::ChartImage> charts;
    if (*format != Report::Format::Csv && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        Gui::ReportChartRenderer renderer(words.locale(), words.timeZone());
        charts = Report::renderCharts(*data, renderer, words);
    }
    if (auto written = Report::ReportWriter::write(o.output, *data, charts, words); !written) {
        io.err << u"report: "_s << written.error().message << '\n';
        return ExitBadInput;
    }
    io.out << QCoreApplication::translate("Cli", "Wrote %1").arg(QDir::toNativeSeparators(o.output)) << '\n';
    return ExitOk;
}

} // namespace Cli
