#include "app/cli/commands/experimentscommand.h"

#include "core/experiments/countscsv.h"
#include "core/experiments/experimentanalyzer.h"
#include "core/experiments/verdicttext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace Cli {

QString ExperimentsCommand::name() const
{
    return u"experiments"_s;
}

QString ExperimentsCommand::summary() const
{
    return QCoreApplication::translate("Cli", "analyse an A/B test from a CSV of exposures and conversions");
}

QString ExperimentsCommand::usage() const
{
    return u"straja-cli experiments analyze --input COUNTS.csv [--control NAME] [--mde 0.10] [--baseline 0.05]\n"
           u"                               [--alpha 0.05] [--power 0.8]\n\n"_s
           + QCoreApplication::translate(
               "Cli", "COUNTS.csv has the columns timestamp (optional), variant, exposures, conversions,\n"
                      "one row per variant and period. Prints the verdict and, per variant, conversion with\n"
                      "its 95% interval, lift, the always-valid p-value (mSPRT), the probability to beat\n"
                      "control and the expected loss. --mde is the relative effect worth detecting.");
}

int ExperimentsCommand::run(const QStringList &args, CommandIo &io)
{
    if (args.value(0) != u"analyze") {
        io.err << QCoreApplication::translate("Cli", "experiments: expected 'analyze'; see 'straja-cli experiments --help'")
               << '\n';
        return ExitUsage;
    }
    QString input;
    Experiments::ExperimentDefinition d;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString key = args.at(i);
        if (i + 1 >= args.size()) {
            io.err << QCoreApplication::translate("Cli", "experiments: option '%1' needs a value").arg(key) << '\n';
            return ExitUsage;
        }
        const QString value = args.at(++i);
        bool ok = true;
        if (key == u"--input")
            input = value;
        else if (key == u"--control")
            d.controlVariant = value;
        else if (key == u"--mde")
            d.minimumDetectableEffect = value.toDouble(&ok);
        else if (key == u"--baseline")
            d.expectedBaselineRate = value.toDouble(&ok);
        else if (key == u"--alpha")
            d.alpha = value.toDouble(&ok);
        else if (key == u"--power")
            d.power = value.toDouble(&ok);
        else {
            io.err << QCoreApplication::translate("Cli", "experiments: unknown option '%1'").arg(key) << '\n';
            return ExitUsage;
        }
        if (!ok) {
            io.err << QCoreApplication::translate("Cli", "experiments: '%1' is not a number for %2").arg(value, key)
                   << '\n';
            return ExitUsage;
        }
    }
    if (input.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "experiments: --input is required") << '\n';
        return ExitUsage;
    }
    const Util::Result<Experiments::ExperimentData> data = Experiments::CountsCsv::readFile(input);
    if (!data.ok()) {
        io.err << u"experiments: "_s << data.error().message << '\n';
        return ExitBadInput;
    }
    d.name = QFileInfo(input).completeBaseName();
    for (const Experiments::VariantCounts &v : data->latest().variants)
        d.variants.append(v.variant);
    if (d.controlVariant.isEmpty())
        d.controlVariant = d.variants.contains(u"control"_s) ? u"control"_s : d.variants.value(0);
    if (!d.variants.contains(d.controlVariant)) {
        io.err << QCoreApplication::translate("Cli", "experiments: no variant '%1' in the file").arg(d.controlVariant)
               << '\n';
        return ExitBadInput;
    }
    const Experiments::ExperimentReport r =
        Experiments::ExperimentAnalyzer::analyze(d, data.value(), QDateTime::currentMSecsSinceEpoch());
    const QLocale c = QLocale::c();
    io.out << Experiments::VerdictText::headline(r.verdict) << '\n'
           << Experiments::VerdictText::detail(r) << '\n'
           << u"variant,users,conversions,conversion,low95,high95,lift,p_always_valid,p_fixed_horizon,"
              u"prob_beat_control,expected_loss"_s
           << '\n';
    auto num = [&c](double v, int decimals) { return Experiments::isDefined(v) ? c.toString(v, 'f', decimals) : QString(); };
    for (const Experiments::VariantStats &v : r.variants)
        io.out << v.variant << ',' << v.exposures << ',' << v.conversions << ',' << num(v.rate, 6) << ','
               << num(v.rateInterval.lower, 6) << ',' << num(v.rateInterval.upper, 6) << ',' << num(v.relativeLift, 6)
               << ',' << num(v.alwaysValidPValue, 6) << ',' << num(v.fixedHorizonPValue, 6) << ','
               << num(v.probabilityToBeatControl, 6) << ',' << num(v.expectedLoss, 8) << '\n';
    if (r.srm.checked)
        io.out << u"srm: chi2="_s << num(r.srm.chiSquare, 3) << u" p="_s << c.toString(r.srm.pValue, 'g', 3)
               << (r.srm.mismatch ? u" MISMATCH"_s : QString()) << '\n';
    return ExitOk;
}

} // namespace Cli
