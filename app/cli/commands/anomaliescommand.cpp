#include "app/cli/commands/anomaliescommand.h"

#include "core/analysis/anomalydetector.h"
#include "core/analysis/seriescsv.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <optional>
#include <string>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {


std::optional<QString> parse(const QStringList &args, QString &input, QString &output)
{
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
            return QCoreApplication::translate("Cli", "anomalies: option '%1' needs a value").arg(key);
        }
        if (key == u"--input")
            input = value;
        else if (key == u"--output")
            output = value;
        else
            return QCoreApplication::translate("Cli", "anomalies: unknown option '%1'").arg(key);
    }
    if (input.isEmpty())
        return QCoreApplication::translate("Cli", "anomalies: --input is required");
    if (output.isEmpty())
        return QCoreApplication::translate("Cli", "anomalies: --output is required");
    return std::nullopt;
}

} // namespace

QString AnomaliesCommand::name() const { return u"anomalies"_s; }

QString AnomaliesCommand::summary() const
{
    return QCoreApplication::translate("Cli", "score every row of a timestamp,value series for anomalies (0..1)");
}

QString AnomaliesCommand::usage() const
{
    return u"straja-cli anomalies --input IN.csv --output OUT.csv\n\n"_s
           + QCoreApplication::translate("Cli", "Writes 'timestamp,value,anomaly_score', one row per input row. Scores are causal:\n"
                "a row's score uses only the rows up to it, so a prefix of the file scores the same.\n"
                "Rows must be in time order; a row not later than an earlier one (a clock set back)\n"
                "is scored as another sample of the latest time, with a warning.");
}

int AnomaliesCommand::run(const QStringList &args, CommandIo &io)
{
    QString input, output;
    if (auto problem = parse(args, input, output)) {
        io.err << *problem << '\n';
        return ExitUsage;
    }
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly)) {
        io.err << QCoreApplication::translate("Cli", "anomalies: cannot write '%1': %2").arg(output, file.errorString()) << '\n';
        return ExitBadInput;
    }
    Analysis::AnomalyDetector detector;
    std::string text = "timestamp,value,anomaly_score\n";
    text.reserve(1 << 21);
    bool writeFailed = false;
    qint64 rows = 0;
    qint64 unordered = 0;
    qint64 firstUnorderedLine = 0;
    auto flush = [&] {
        if (file.write(text.data(), qint64(text.size())) != qint64(text.size()))
            writeFailed = true;
        text.clear();
    };
    auto style = Analysis::SeriesCsv::forEachRow(input, [&](const Analysis::SeriesCsv::Row &row) {
        if (!row.afterPrevious && unordered++ == 0)
            firstUnorderedLine = row.line;
        const double score = detector.score(row.timeMs, row.value);
        text.append(row.timestampText);
        text += ',';
        Analysis::SeriesCsv::appendNumber(text, row.value);
        text += ',';
        Analysis::SeriesCsv::appendNumber(text, score);
        text += '\n';
        ++rows;
        if (text.size() >= (1u << 20))
            flush();
    }, Analysis::SeriesCsv::TimeOrder::AsWritten);
    if (!style.ok()) {
        file.cancelWriting();
        io.err << QCoreApplication::translate("Cli", "anomalies: %1").arg(style.error().message) << '\n';
        return ExitBadInput;
    }
    flush();
    if (writeFailed || !file.commit()) {
        io.err << QCoreApplication::translate("Cli", "anomalies: cannot write '%1': %2").arg(output, file.errorString()) << '\n';
        return ExitBadInput;
    }
    // Scored all the same: a streaming scorer owes one row per input row, and refusing
    // a whole log for an hour repeated at a daylight-saving change would lose it all.
    if (unordered > 0)
        io.err << QCoreApplication::translate("Cli", "anomalies: warning: %n row(s) not later than an earlier row (first on line %1); "
                                              "each was scored as another sample of the latest time", nullptr, int(unordered))
                      .arg(firstUnorderedLine)
               << '\n';
    return ExitOk;
}

} // namespace Cli
