#pragma once

#include "core/analysis/analysistypes.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <string>
#include <string_view>

class QIODevice;

namespace Analysis {

// Reads and writes `timestamp,value` time-series CSV (DESIGN §7): timestamps as
// `YYYY-MM-DD HH:MM:SS` (UTC) or unix seconds, gaps and NaN allowed. Parsing streams
// the file in large blocks, so a 10-million-row file costs no more than its values;
// every failure names the line in one translated sentence.
class SeriesCsv final
{
public:
    struct Row
    {
        qint64 timeMs = 0;
        double value = 0;
        std::string_view timestampText; // as written (trimmed, unquoted), valid during the call
        qint64 line = 0;                // 1-based line number in the file
        bool afterPrevious = true;      // false: not later than an earlier row (TimeOrder::AsWritten)
    };
    // Increasing: a row not later than the one before is an error (what a forecast,
    // which puts rows on a grid, needs). AsWritten: such rows are delivered too, flagged,
    // for a streaming scorer that must answer one row per input row (a clock set back
    // for daylight saving repeats an hour of timestamps in real logs).
    enum class TimeOrder { Increasing, AsWritten };
    using RowSink = std::function<void(const Row &)>;

    // Streams every data row to `sink` after validating it (format, monotonic time).
    // Stops at the first bad line; the rows before it have already been delivered.
    static Util::Result<TimestampStyle> forEachRow(QIODevice &device, const RowSink &sink,
                                                   TimeOrder order = TimeOrder::Increasing);
    static Util::Result<TimestampStyle> forEachRow(const QString &path, const RowSink &sink,
                                                   TimeOrder order = TimeOrder::Increasing);

    // Whole series in compact form (run-length timestamps + values) with its step inferred.
    static Util::Result<RawSeries> read(const QString &path);
    static Util::Result<RawSeries> parse(const QByteArray &text);
    // Validates the whole file but keeps only its last `maxRows` rows: memory stays
    // bounded whatever the file's length (a forecast only fits the recent past).
    static Util::Result<RawSeries> readTail(const QString &path, qsizetype maxRows);

    // The last `maxPoints` grid cells of `raw` on its inferred step, anchored at its last
    // timestamp; rows off the grid are snapped to the nearest cell, absent cells are NaN.
    static RegularSeries regularize(const RawSeries &raw, qsizetype maxPoints);

    // Most common spacing of a run-length time axis (median when no spacing dominates).
    static qint64 inferStep(const std::vector<TimeRun> &runs);

    static Util::Result<qint64> parseTimestamp(std::string_view text, TimestampStyle *style);
    static void appendTimestamp(std::string &out, qint64 ms, TimestampStyle style);
    static void appendNumber(std::string &out, double value);

    // Writes `timestamp,forecast,lower,upper`, one row per forecast step.
    static Util::Result<void> writeForecast(const QString &path, const Forecast &forecast,
                                            TimestampStyle style);
};

} // namespace Analysis
