#include "core/experiments/countscsv.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QTimeZone>

#include <optional>

using namespace Qt::StringLiterals;

namespace Experiments {

namespace {

// The largest count accepted: far beyond any real experiment, far below overflow
// of the sums.
constexpr qint64 kMaxCount = 1'000'000'000'000LL;

Util::Error lineError(int line, const QString &what)
{
    return Util::makeError(u"experiments.csv"_s,
                           QCoreApplication::translate("Experiments", "Line %1: %2").arg(line).arg(what));
}

// Splits one line; double quotes may wrap a field ("a,b") and "" is a quote.
std::optional<QStringList> splitFields(const QString &line, QChar separator)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += ch;
            }
        } else if (ch == u'"' && current.trimmed().isEmpty()) {
            quoted = true;
            current.clear();
        } else if (ch == separator) {
            fields.append(current.trimmed());
            current.clear();
        } else {
            current += ch;
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(current.trimmed());
    return fields;
}

std::optional<qint64> parseTimestamp(const QString &text)
{
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds * 1000;
    const QTimeZone utc = QTimeZone::utc();
    for (const QString &format : {u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s, u"yyyy-MM-dd"_s}) {
        QDateTime t = QDateTime::fromString(text, format);
        if (t.isValid()) {
            t.setTimeZone(utc);
            return t.toMSecsSinceEpoch();
        }
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid()) {
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeZone(utc); // no offset given: UTC, like the other forms
        return t.toMSecsSinceEpoch();
    }
    return std::nullopt;
}

std::optional<qint64> parseCount(const QString &text)
{
    if (text.isEmpty() || text.size() > 15)
        return std::nullopt;
    for (QChar ch : text)
        if (ch < u'0' || ch > u'9')
            return std::nullopt;
    const qint64 v = text.toLongLong();
    return v <= kMaxCount ? std::optional<qint64>(v) : std::nullopt;
}

} // namespace

Util::Result<ExperimentData> CountsCsv::parse(const QByteArray &csv)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a byte-order mark from spreadsheet exports
    const QStringList lines = text.split(u'\n');

    int headerLine = 0;
    while (headerLine < lines.size() && lines.at(headerLine).trimmed().isEmpty())
        ++headerLine;
    if (headerLine >= lines.size())
        return Util::makeError(u"experiments.csv"_s, QCoreApplication::translate("Experiments", "The file is empty."));
    const QString header = lines.at(headerLine).trimmed();
    const QChar separator = header.count(u';') > header.count(u',') ? u';' : u',';
    const std::optional<QStringList> names = splitFields(header, separator);
    int colTime = -1, colVariant = -1, colExposures = -1, colConversions = -1;
    if (names) {
        for (int i = 0; i < names->size(); ++i) {
            const QString n = names->at(i).toLower();
            if (n == u"timestamp" || n == u"date" || n == u"time")
                colTime = i;
            else if (n == u"variant")
                colVariant = i;
            else if (n == u"exposures")
                colExposures = i;
            else if (n == u"conversions")
                colConversions = i;
        }
    }
    if (colVariant < 0 || colExposures < 0 || colConversions < 0)
        return lineError(headerLine + 1,
                         QCoreApplication::translate("Experiments", "the header must name the columns variant, exposures and conversions (and optionally "
                            "timestamp); found \"%1\".")
                             .arg(header.left(120)));
    const int columns = int(names->size());

    // Increments per (time, variant), in order of first appearance of each variant.
    QMap<qint64, QMap<QString, VariantCounts>> periods;
    QStringList order;
    int rows = 0;
    for (int i = headerLine + 1; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int lineNo = i + 1;
        if (line.isEmpty())
            continue;
        const std::optional<QStringList> fields = splitFields(line, separator);
        if (!fields)
            return lineError(lineNo, QCoreApplication::translate("Experiments", "a quoted field is not closed."));
        if (fields->size() != columns)
            return lineError(lineNo, QCoreApplication::translate("Experiments", "expected %1 fields like the header, found %2.").arg(columns).arg(fields->size()));
        const QString variant = fields->at(colVariant);
        if (variant.isEmpty())
            return lineError(lineNo, QCoreApplication::translate("Experiments", "the variant name is empty."));
        const std::optional<qint64> exposures = parseCount(fields->at(colExposures));
        if (!exposures)
            return lineError(lineNo, QCoreApplication::translate("Experiments", "exposures must be a whole number from 0 to 10^12, found \"%1\".")
                                         .arg(fields->at(colExposures).left(40)));
        const std::optional<qint64> conversions = parseCount(fields->at(colConversions));
        if (!conversions)
            return lineError(lineNo, QCoreApplication::translate("Experiments", "conversions must be a whole number from 0 to 10^12, found \"%1\".")
                                         .arg(fields->at(colConversions).left(40)));
        if (*conversions > *exposures)
            return lineError(lineNo, QCoreApplication::translate("Experiments", "%1 conversions exceed %2 exposures.").arg(*conversions).arg(*exposures));
        qint64 t = 0;
        if (colTime >= 0) {
            const std::optional<qint64> parsed = parseTimestamp(fields->at(colTime));
            if (!parsed)
                return lineError(lineNo, QCoreApplication::translate("Experiments", "unreadable timestamp \"%1\" (use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS or "
                                            "Unix seconds).")
                                             .arg(fields->at(colTime).left(40)));
            t = *parsed;
        }
        VariantCounts &c = periods[t][variant];
        c.variant = variant;
        c.exposures += *exposures;
        c.conversions += *conversions;
        if (!order.contains(variant))
            order.append(variant);
        ++rows;
    }
    if (rows == 0)
        return Util::makeError(u"experiments.csv"_s, QCoreApplication::translate("Experiments", "The file has a header but no data rows."));

    ExperimentData data;
    QMap<QString, VariantCounts> running;
    for (auto period = periods.cbegin(); period != periods.cend(); ++period) {
        for (const VariantCounts &inc : *period) {
            VariantCounts &total = running[inc.variant];
            total.variant = inc.variant;
            total.exposures += inc.exposures;
            total.conversions += inc.conversions;
        }
        Look look;
        look.atMs = period.key();
        for (const QString &v : order)
            if (running.contains(v))
                look.variants.append(running.value(v));
        data.looks.append(look);
    }
    return data;
}

Util::Result<ExperimentData> CountsCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Util::makeError(u"experiments.csv_open"_s,
                               QCoreApplication::translate("Experiments", "Cannot read %1: %2")
                                   .arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > kMaxBytes)
        return Util::makeError(u"experiments.csv_size"_s,
                               QCoreApplication::translate("Experiments", "%1 is larger than %2 MB.")
                                   .arg(QFileInfo(path).fileName())
                                   .arg(kMaxBytes / (1024 * 1024)));
    return parse(file.readAll());
}

} // namespace Experiments
