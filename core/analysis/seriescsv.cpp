#include "core/analysis/seriescsv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <optional>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Analysis {

namespace {

constexpr qsizetype kBlockSize = 1 << 20;
constexpr qsizetype kMaxLineLength = 64 * 1024;
constexpr qint64 kMsPerDay = 86'400'000;


Util::Error lineError(qint64 line, const QString &what)
{
    return Util::makeError(u"csv.format"_s, QCoreApplication::translate("Analysis::SeriesCsv", "line %1: %2").arg(line).arg(what));
}

QString shown(std::string_view text)
{
    constexpr size_t kMax = 40;
    QString s = QString::fromUtf8(text.data(), qsizetype(std::min(text.size(), kMax)));
    for (QChar &c : s)
        if (!c.isPrint())
            c = u'?';
    if (text.size() > kMax)
        s += u"..."_s;
    return s;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"')
        s = s.substr(1, s.size() - 2);
    return s;
}

// Days since 1970-01-01 of a proleptic Gregorian date (era-based civil calendar arithmetic).
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = qint64(yoe) + era * 400 + (m <= 2);
}

bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

bool parseDateTime(std::string_view s, qint64 &ms)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 16 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d) || (s[10] != ' ' && s[10] != 'T') || !digits(s, 11, 2, h) || s[13] != ':'
        || !digits(s, 14, 2, mi))
        return false;
    size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, 17, 2, sec))
            return false;
        pos = 19;
    }
    int frac = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        int scale = 100;
        while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') {
            frac += (s[pos] - '0') * scale;
            scale /= 10;
            ++pos;
        }
    }
    if (pos < s.size() && s[pos] == 'Z')
        ++pos;
    if (pos != s.size() || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return false;
    static constexpr int kMonthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d > kMonthDays[mo - 1])
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (mo == 2 && d == 29 && !leap)
        return false;
    ms = (daysFromCivil(y, unsigned(mo), unsigned(d)) * 86400 + h * 3600 + mi * 60 + sec) * 1000 + frac;
    return true;
}

bool parseUnixSeconds(std::string_view s, qint64 &ms)
{
    if (s.empty())
        return false;
    size_t dot = s.find('.');
    std::string_view whole = s.substr(0, dot);
    qint64 secs = 0;
    auto [p, ec] = std::from_chars(whole.data(), whole.data() + whole.size(), secs);
    if (ec != std::errc() || p != whole.data() + whole.size() || whole.empty() || whole.front() == '+')
        return false;
    if (secs > 253'402'300'799LL || secs < -62'135'596'800LL) // outside years 1..9999
        return false;
    qint64 frac = 0;
    if (dot != std::string_view::npos) {
        int scale = 100;
        for (size_t i = dot + 1; i < s.size(); ++i) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            frac += (s[i] - '0') * scale;
            scale /= 10;
        }
        if (s.front() == '-')
            frac = -frac;
    }
    ms = secs * 1000 + frac;
    return true;
}

bool parseValue(std::string_view s, double &v)
{
    if (s.empty()) {
        v = kMissing;
        return true;
    }
    auto lower = [&](std::string_view want) {
        if (s.size() != want.size())
            return false;
        for (size_t i = 0; i < s.size(); ++i)
            if (char(s[i] | 0x20) != want[i])
                return false;
        return true;
    };
    if (lower("nan") || lower("null") || lower("na") || lower("none") || lower("-nan")) {
        v = kMissing;
        return true;
    }
    const char *b = s.data();
    if (*b == '+')
        ++b;
    auto [p, ec] = std::from_chars(b, s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size() && std::isfinite(v);
}

// Splits a line at commas into at most `maxFields` trimmed fields; returns the count.
int splitFields(std::string_view line, std::string_view *fields, int maxFields)
{
    int n = 0;
    size_t start = 0;
    while (true) {
        const size_t comma = line.find(',', start);
        const std::string_view f = line.substr(start, comma == std::string_view::npos ? line.npos : comma - start);
        if (n < maxFields)
            fields[n] = trim(f);
        ++n;
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return n;
}

bool isName(std::string_view f, std::initializer_list<std::string_view> names)
{
    for (std::string_view n : names) {
        if (f.size() != n.size())
            continue;
        bool same = true;
        for (size_t i = 0; i < f.size() && same; ++i)
            same = char(f[i] | 0x20) == n[i];
        if (same)
            return true;
    }
    return false;
}

// Validates rows one by one; owns the state that spans lines (style, previous time).
class RowParser
{
public:
    RowParser(const SeriesCsv::RowSink &sink, SeriesCsv::TimeOrder order) : m_sink(sink), m_order(order) { }

    std::optional<Util::Error> line(std::string_view text, qint64 lineNo)
    {
        if (lineNo == 1 && text.size() >= 3 && std::memcmp(text.data(), "\xEF\xBB\xBF", 3) == 0)
            text.remove_prefix(3);
        if (trim(text).empty())
            return std::nullopt;
        constexpr int kMaxFields = 16;
        std::string_view f[kMaxFields];
        const int n = splitFields(text, f, kMaxFields);
        if (!m_sawHeader) {
            m_sawHeader = true;
            return header(f, n, lineNo, text);
        }
        if (n <= std::max(m_timeCol, m_valueCol))
            return lineError(lineNo, QCoreApplication::translate("Analysis::SeriesCsv", "expected %1 comma-separated fields, found %2").arg(m_fields).arg(n));
        return row(f[m_timeCol], f[m_valueCol], lineNo);
    }

    std::optional<Util::Error> finish(qint64 lines)
    {
        if (lines == 0 || !m_sawHeader)
            return Util::makeError(u"csv.empty"_s, QCoreApplication::translate("Analysis::SeriesCsv", "the file is empty"));
        if (m_rows == 0)
            return Util::makeError(u"csv.noRows"_s, QCoreApplication::translate("Analysis::SeriesCsv", "no data rows after the header"));
        return std::nullopt;
    }

    TimestampStyle style() const { return m_style; }

private:
    std::optional<Util::Error> header(const std::string_view *f, int n, qint64 lineNo, std::string_view text)
    {
        const int shownFields = std::min(n, 16);
        int t = -1, v = -1;
        for (int i = 0; i < shownFields; ++i) {
            if (t < 0 && isName(f[i], {"timestamp", "time", "ts", "datetime", "date"}))
                t = i;
            else if (v < 0 && isName(f[i], {"value", "values", "y"}))
                v = i;
        }
        if (t >= 0 && v >= 0) {
            m_timeCol = t;
            m_valueCol = v;
            m_fields = n;
            return std::nullopt;
        }
        if (n == 2) {
            m_fields = 2;
            TimestampStyle s;
            // A headerless file: the first line is already data.
            if (SeriesCsv::parseTimestamp(f[0], &s).ok())
                return row(f[0], f[1], lineNo);
            return std::nullopt; // two named columns: timestamp first, value second
        }
        return lineError(lineNo, QCoreApplication::translate("Analysis::SeriesCsv", "expected the header 'timestamp,value', found '%1'").arg(shown(text)));
    }

    std::optional<Util::Error> row(std::string_view ts, std::string_view val, qint64 lineNo)
    {
        TimestampStyle style;
        auto time = SeriesCsv::parseTimestamp(ts, &style);
        if (!time.ok())
            return lineError(lineNo, QCoreApplication::translate("Analysis::SeriesCsv", "'%1' is not a timestamp (YYYY-MM-DD HH:MM:SS or unix seconds)")
                                         .arg(shown(ts)));
        if (m_rows == 0)
            m_style = style;
        else if (style != m_style)
            return lineError(lineNo, QCoreApplication::translate("Analysis::SeriesCsv", "timestamp '%1' is not written like the one on line %2")
                                         .arg(shown(ts)).arg(m_firstLine));
        double v = 0;
        if (!parseValue(val, v))
            return lineError(lineNo, QCoreApplication::translate("Analysis::SeriesCsv", "value '%1' is not a number").arg(shown(val)));
        if (m_rows > 0 && *time <= m_prevMs && m_order == SeriesCsv::TimeOrder::AsWritten) {
            // Delivered as written; the previous time stays the latest one seen.
            ++m_rows;
            m_sink(SeriesCsv::Row{*time, v, ts, lineNo, false});
            return std::nullopt;
        }
        if (m_rows > 0 && *time <= m_prevMs) {
            if (*time == m_prevMs)
                return lineError(lineNo, QCoreApplication::translate("Analysis::SeriesCsv", "duplicate timestamp '%1' (also on line %2)")
                                             .arg(shown(ts)).arg(m_prevLine));
            return lineError(lineNo, QCoreApplication::translate("Analysis::SeriesCsv", "timestamp '%1' is earlier than the one on line %2; rows must be in "
                                        "time order").arg(shown(ts)).arg(m_prevLine));
        }
        if (m_rows == 0)
            m_firstLine = lineNo;
        m_prevMs = *time;
        m_prevLine = lineNo;
        ++m_rows;
        m_sink(SeriesCsv::Row{*time, v, ts, lineNo});
        return std::nullopt;
    }

    const SeriesCsv::RowSink &m_sink;
    const SeriesCsv::TimeOrder m_order;
    bool m_sawHeader = false;
    int m_timeCol = 0;
    int m_valueCol = 1;
    int m_fields = 2;
    TimestampStyle m_style = TimestampStyle::DateTime;
    qint64 m_rows = 0;
    qint64 m_prevMs = 0;
    qint64 m_prevLine = 0;
    qint64 m_firstLine = 0;
};

void appendRow(RawSeries &raw, qint64 t, double v)
{
    raw.values.push_back(v);
    if (!raw.runs.empty()) {
        TimeRun &r = raw.runs.back();
        if (r.count == 1) {
            r.stepMs = t - r.firstMs;
            r.count = 2;
            return;
        }
        if (t == r.firstMs + r.count * r.stepMs) {
            ++r.count;
            return;
        }
    }
    raw.runs.push_back(TimeRun{t, 0, 1});
}

} // namespace

Util::Result<qint64> SeriesCsv::parseTimestamp(std::string_view text, TimestampStyle *style)
{
    qint64 ms = 0;
    if (text.size() >= 10 && text[4] == '-' && parseDateTime(text, ms)) {
        if (style)
            *style = TimestampStyle::DateTime;
        return ms;
    }
    if (parseUnixSeconds(text, ms)) {
        if (style)
            *style = TimestampStyle::UnixSeconds;
        return ms;
    }
    return Util::makeError(u"csv.timestamp"_s, QCoreApplication::translate("Analysis::SeriesCsv", "'%1' is not a timestamp").arg(shown(text)));
}

void SeriesCsv::appendTimestamp(std::string &out, qint64 ms, TimestampStyle style)
{
    char buf[48];
    if (style == TimestampStyle::UnixSeconds) {
        const qint64 secs = ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
        const qint64 rest = ms - secs * 1000;
        auto [p, ec] = std::to_chars(buf, buf + sizeof buf, secs);
        Q_UNUSED(ec);
        out.append(buf, p);
        if (rest != 0) {
            std::snprintf(buf, sizeof buf, ".%03lld", static_cast<long long>(rest));
            std::string frac(buf);
            while (frac.back() == '0')
                frac.pop_back();
            out += frac;
        }
        return;
    }
    qint64 days = ms >= 0 ? ms / kMsPerDay : -((-ms + kMsPerDay - 1) / kMsPerDay);
    const qint64 inDay = ms - days * kMsPerDay;
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, y, m, d);
    const qint64 secs = inDay / 1000;
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u %02lld:%02lld:%02lld", static_cast<long long>(y), m, d,
                  static_cast<long long>(secs / 3600), static_cast<long long>(secs / 60 % 60),
                  static_cast<long long>(secs % 60));
    out += buf;
}

void SeriesCsv::appendNumber(std::string &out, double value)
{
    if (!std::isfinite(value)) {
        out += "NaN";
        return;
    }
    char buf[64];
    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::general, 10);
    Q_UNUSED(ec);
    out.append(buf, p);
}

Util::Result<TimestampStyle> SeriesCsv::forEachRow(QIODevice &device, const RowSink &sink, TimeOrder order)
{
    RowParser parser(sink, order);
    std::vector<char> buf(static_cast<size_t>(kBlockSize + kMaxLineLength + 1));
    qsizetype have = 0;
    qint64 lineNo = 0;
    bool eof = false;
    while (!eof) {
        const qint64 got = device.read(buf.data() + have, kBlockSize);
        if (got < 0)
            return Util::makeError(u"csv.read"_s, QCoreApplication::translate("Analysis::SeriesCsv", "cannot read the input: %1").arg(device.errorString()));
        eof = got == 0;
        have += got;
        qsizetype start = 0;
        while (start < have) {
            const void *nl = std::memchr(buf.data() + start, '\n', size_t(have - start));
            qsizetype end = nl ? static_cast<const char *>(nl) - buf.data() : -1;
            if (end < 0) {
                if (!eof)
                    break; // incomplete line: read more
                end = have;
            }
            ++lineNo;
            if (end - start > kMaxLineLength)
                return lineError(lineNo, QCoreApplication::translate("Analysis::SeriesCsv", "the line is longer than %1 bytes").arg(kMaxLineLength));
            if (auto err = parser.line(std::string_view(buf.data() + start, size_t(end - start)), lineNo))
                return *err;
            start = end + 1;
        }
        if (start < have) {
            if (have - start > kMaxLineLength)
                return lineError(lineNo + 1, QCoreApplication::translate("Analysis::SeriesCsv", "the line is longer than %1 bytes").arg(kMaxLineLength));
            std::memmove(buf.data(), buf.data() + start, size_t(have - start));
        }
        have = std::max<qsizetype>(0, have - start);
    }
    if (auto err = parser.finish(lineNo))
        return *err;
    return parser.style();
}

Util::Result<TimestampStyle> SeriesCsv::forEachRow(const QString &path, const RowSink &sink, TimeOrder order)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Util::makeError(u"csv.open"_s, QCoreApplication::translate("Analysis::SeriesCsv", "cannot open '%1': %2").arg(path, file.errorString()));
    return forEachRow(file, sink, order);
}

qint64 SeriesCsv::inferStep(const std::vector<TimeRun> &runs)
{
    std::unordered_map<qint64, qint64> weight;
    qint64 total = 0;
    for (size_t i = 0; i < runs.size(); ++i) {
        if (runs[i].count >= 2) {
            weight[runs[i].stepMs] += runs[i].count - 1;
            total += runs[i].count - 1;
        }
        if (i > 0) {
            const TimeRun &p = runs[i - 1];
            weight[runs[i].firstMs - (p.firstMs + (p.count - 1) * p.stepMs)] += 1;
            total += 1;
        }
    }
    if (total == 0)
        return 0;
    qint64 best = 0, bestWeight = -1;
    for (const auto &[step, w] : weight)
        if (w > bestWeight || (w == bestWeight && step < best))
            best = step, bestWeight = w;
    if (bestWeight * 2 >= total)
        return best;
    // No spacing dominates (jittered timestamps): the weighted median spacing, snapped
    // to a round interval when one is within 5% (a scraper's "every minute").
    std::vector<std::pair<qint64, qint64>> sorted(weight.begin(), weight.end());
    std::sort(sorted.begin(), sorted.end());
    qint64 acc = 0;
    qint64 median = best;
    for (const auto &[step, w] : sorted) {
        acc += w;
        if (acc * 2 >= total) {
            median = step;
            break;
        }
    }
    static constexpr qint64 kRound[] = {1'000, 5'000, 10'000, 15'000, 20'000, 30'000, 60'000, 120'000, 300'000,
                                        600'000, 900'000, 1'200'000, 1'800'000, 3'600'000, 7'200'000,
                                        10'800'000, 21'600'000, 43'200'000, 86'400'000, 604'800'000};
    for (qint64 r : kRound)
        if (std::abs(median - r) * 20 <= r)
            return r;
    return median;
}

Util::Result<RawSeries> SeriesCsv::parse(const QByteArray &text)
{
    QByteArray copy = text;
    QBuffer device(&copy);
    device.open(QIODevice::ReadOnly);
    RawSeries raw;
    auto style = forEachRow(device, [&raw](const Row &r) { appendRow(raw, r.timeMs, r.value); });
    if (!style.ok())
        return style.error();
    raw.style = *style;
    raw.inferredStepMs = inferStep(raw.runs);
    return raw;
}

Util::Result<RawSeries> SeriesCsv::read(const QString &path)
{
    RawSeries raw;
    auto style = forEachRow(path, [&raw](const Row &r) { appendRow(raw, r.timeMs, r.value); });
    if (!style.ok())
        return style.error();
    raw.style = *style;
    raw.values.shrink_to_fit();
    raw.runs.shrink_to_fit();
    raw.inferredStepMs = inferStep(raw.runs);
    return raw;
}

Util::Result<RawSeries> SeriesCsv::readTail(const QString &path, qsizetype maxRows)
{
    maxRows = std::max<qsizetype>(1, maxRows);
    std::vector<std::pair<qint64, double>> ring;
    ring.reserve(size_t(std::min<qsizetype>(maxRows, 1 << 16)));
    qint64 rows = 0;
    auto style = forEachRow(path, [&](const Row &r) {
        if (qsizetype(ring.size()) < maxRows)
            ring.emplace_back(r.timeMs, r.value);
        else
            ring[size_t(rows % maxRows)] = {r.timeMs, r.value};
        ++rows;
    });
    if (!style.ok())
        return style.error();
    RawSeries raw;
    raw.style = *style;
    const size_t first = rows > maxRows ? size_t(rows % maxRows) : 0;
    raw.values.reserve(ring.size());
    for (size_t k = 0; k < ring.size(); ++k) {
        const auto &[t, v] = ring[(first + k) % ring.size()];
        appendRow(raw, t, v);
    }
    raw.inferredStepMs = inferStep(raw.runs);
    return raw;
}

RegularSeries SeriesCsv::regularize(const RawSeries &raw, qsizetype maxPoints)
{
    RegularSeries out;
    if (raw.values.empty())
        return out;
    const qint64 step = raw.inferredStepMs > 0 ? raw.inferredStepMs : 1000;
    const qint64 last = raw.lastMs();
    const qint64 span = (last - raw.firstMs() + step / 2) / step + 1;
    const qint64 cells = std::max<qint64>(1, std::min<qint64>(span, maxPoints));
    out.stepMs = step;
    out.startMs = last - (cells - 1) * step;
    out.values.assign(size_t(cells), kMissing);
    qsizetype row = 0;
    for (const TimeRun &run : raw.runs) {
        for (qint64 k = 0; k < run.count; ++k, ++row) {
            const qint64 t = run.firstMs + k * run.stepMs;
            const qint64 rel = t - out.startMs;
            const qint64 idx = rel >= 0 ? (rel + step / 2) / step : -((-rel + step / 2) / step);
            if (idx < 0 || idx >= cells)
                continue;
            const double v = raw.values[size_t(row)];
            if (!std::isnan(v) || std::isnan(out.values[size_t(idx)]))
                out.values[size_t(idx)] = v;
        }
    }
    // Leading cells before the first kept row carry nothing: drop them.
    size_t lead = 0;
    while (lead + 1 < out.values.size() && std::isnan(out.values[lead]))
        ++lead;
    if (lead > 0) {
        out.values.erase(out.values.begin(), out.values.begin() + qsizetype(lead));
        out.startMs += qint64(lead) * step;
    }
    return out;
}

Util::Result<void> SeriesCsv::writeForecast(const QString &path, const Forecast &forecast, TimestampStyle style)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Util::makeError(u"csv.write"_s, QCoreApplication::translate("Analysis::SeriesCsv", "cannot write '%1': %2").arg(path, file.errorString()));
    std::string text = "timestamp,forecast,lower,upper\n";
    text.reserve(forecast.point.size() * 64 + 32);
    for (size_t i = 0; i < forecast.point.size(); ++i) {
        appendTimestamp(text, forecast.startMs + qint64(i) * forecast.stepMs, style);
        text += ',';
        appendNumber(text, forecast.point[i]);
        text += ',';
        appendNumber(text, forecast.lower[i]);
        text += ',';
        appendNumber(text, forecast.upper[i]);
        text += '\n';
    }
    if (file.write(text.data(), qint64(text.size())) != qint64(text.size()) || !file.commit())
        return Util::makeError(u"csv.write"_s, QCoreApplication::translate("Analysis::SeriesCsv", "cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

} // namespace Analysis
