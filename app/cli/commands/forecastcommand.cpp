#include "app/cli/commands/forecastcommand.h"

#include "core/analysis/backtester.h"
#include "core/analysis/forecaster.h"
#include "core/analysis/seriescsv.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {


struct Options
{
    QString input;
    QString output;
    int horizon = 0;
    std::vector<int> periods; // empty = auto
};

// Accepts `--name value` and `--name=value`. Returns the reason on a usage error.
std::optional<QString> parse(const QStringList &args, Options &o)
{
    bool haveHorizon = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString key = args[i];
        QString value;
        const qsizetype eq = key.indexOf(u'=');
        if (key.startsWith(u"--"_s) && eq > 0) {
            value = key.mid(eq + 1);
            key = key.left(eq);
        } else if (i + 1 < args.size()) {
            value = args[++i];
        } else {
            return QCoreApplication::translate("Cli", "forecast: option '%1' needs a value").arg(key);
        }
        if (key == u"--input") {
            o.input = value;
        } else if (key == u"--output") {
            o.output = value;
        } else if (key == u"--horizon") {
            bool ok = false;
            o.horizon = value.toInt(&ok);
            if (!ok || o.horizon < 1 || o.horizon > Analysis::Forecaster::kMaxHorizon)
                return QCoreApplication::translate("Cli", "forecast: --horizon must be a whole number from 1 to %1, not '%2'")
                    .arg(Analysis::Forecaster::kMaxHorizon).arg(value);
            haveHorizon = true;
        } else if (key == u"--season") {
            if (value == u"auto")
                continue;
            const QStringList parts = value.split(u',');
            if (parts.size() > 2)
                return QCoreApplication::translate("Cli", "forecast: --season takes 'auto', N or N,M");
            for (const QString &p : parts) {
                bool ok = false;
                const int period = p.trimmed().toInt(&ok);
                if (!ok || period < 2)
                    return QCoreApplication::translate("Cli", "forecast: --season periods are whole numbers of steps, at least 2, not '%1'").arg(p);
                o.periods.push_back(period);
            }
        } else {
            return QCoreApplication::translate("Cli", "forecast: unknown option '%1'").arg(key);
        }
    }
    if (o.input.isEmpty())
        return QCoreApplication::translate("Cli", "forecast: --input is required");
    if (o.output.isEmpty())
        return QCoreApplication::translate("Cli", "forecast: --output is required");
    if (!haveHorizon)
        return QCoreApplication::translate("Cli", "forecast: --horizon is required");
    return std::nullopt;
}

} // namespace

QString ForecastCommand::name() const { return u"forecast"_s; }

QString ForecastCommand::summary() const
{
    return QCoreApplication::translate("Cli", "forecast a timestamp,value series with a 95% band");
}

QString ForecastCommand::usage() const
{
    return u"straja-cli forecast --input IN.csv --horizon H [--season auto|N[,M]] --output OUT.csv\n\n"_s
           + QCoreApplication::translate("Cli", "Reads 'timestamp,value' (YYYY-MM-DD HH:MM:SS UTC or unix seconds; gaps and NaN allowed),\n"
                "writes 'timestamp,forecast,lower,upper': H rows continuing the input at its step.\n"
                "--season: seasonal periods in steps (default: detected from the data).\n"
                "Prints the detected seasonality and the backtest accuracy on standard output.");
}

int ForecastCommand::run(const QStringList &args, CommandIo &io)
{
    Options o;
    if (auto problem = parse(args, o)) {
        io.err << *problem << '\n';
        return ExitUsage;
    }
    auto raw = Analysis::SeriesCsv::readTail(o.input, Analysis::Forecaster::kMaxFitPoints);
    if (!raw.ok()) {
        io.err << QCoreApplication::translate("Cli", "forecast: %1").arg(raw.error().message) << '\n';
        return ExitBadInput;
    }
    if (raw->size() < 2) {
        io.err << QCoreApplication::translate("Cli", "forecast: only one data row; at least two are needed to know the time step") << '\n';
        return ExitBadInput;
    }
    const Analysis::RegularSeries series = Analysis::SeriesCsv::regularize(*raw, Analysis::Forecaster::kMaxFitPoints);
    Analysis::ForecastOptions options;
    options.horizon = o.horizon;
    options.periods = o.periods;
    auto forecast = Analysis::Forecaster().forecast(series, options);
    if (!forecast.ok()) {
        io.err << QCoreApplication::translate("Cli", "forecast: %1").arg(forecast.error().message) << '\n';
        return ExitBadInput;
    }
    // Continue from the last input timestamp exactly, whatever grid snapping did.
    forecast.value().startMs = raw->lastMs() + series.stepMs;
    auto written = Analysis::SeriesCsv::writeForecast(o.output, *forecast, raw->style);
    if (!written.ok()) {
        io.err << QCoreApplication::translate("Cli", "forecast: %1").arg(written.error().message) << '\n';
        return ExitBadInput;
    }
    io.out << forecast->explanation << '\n';
    const Analysis::Accuracy acc = Analysis::Backtester().evaluate(series, options);
    if (acc.valid())
        io.out << QCoreApplication::translate("Cli", "Backtest (%1 origins, %2 points): MASE %3 (seasonal naive %4), sMAPE %5%, 95% band coverage %6%")
                      .arg(acc.origins).arg(acc.points)
                      .arg(acc.mase, 0, 'f', 3).arg(acc.baselineMase, 0, 'f', 3)
                      .arg(acc.smape, 0, 'f', 2).arg(acc.coverage * 100, 0, 'f', 1)
               << '\n';
    else
        io.out << QCoreApplication::translate("Cli", "Backtest: not enough history to measure accuracy.") << '\n';
    return ExitOk;
}

} // namespace Cli
