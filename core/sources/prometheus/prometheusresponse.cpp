#include "core/sources/prometheus/prometheusresponse.h"

#include "core/sources/http/jsoncursor.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;
using Sources::Http::JsonCursor;

namespace Sources::Prometheus {

namespace {

Util::Error formatError(const QString &message)
{
    return Util::makeError(u"prometheus.format"_s, message);
}

Util::Error notJson(const JsonCursor &cursor)
{
    return formatError(
        QCoreApplication::translate("Prometheus", "The answer is not valid Prometheus JSON (%1).").arg(cursor.error()));
}

qint64 toMs(double seconds)
{
    return std::llround(seconds * 1000.0);
}

bool readLabels(JsonCursor &cursor, QVector<Label> &labels)
{
    if (!cursor.enterObject())
        return false;
    QByteArray name;
    while (cursor.nextMember(name)) {
        Label label;
        label.name = QString::fromUtf8(name);
        if (!cursor.readString(label.value))
            return false;
        labels.append(std::move(label));
    }
    return cursor.ok();
}

// [ <unix seconds>, "<value>" ]; non-finite values are counted and left out.
bool readPoint(JsonCursor &cursor, QVector<Model::Sample> &samples, int &nonFinite)
{
    double t = 0.0;
    double v = 0.0;
    if (!cursor.enterArray() || !cursor.nextElement() || !cursor.readNumber(t) || !cursor.nextElement()
        || !cursor.readFloatString(v))
        return false;
    if (cursor.nextElement()) {
        cursor.skipValue();
        return false; // more than two items: not a sample
    }
    if (!cursor.ok())
        return false;
    if (std::isfinite(v))
        samples.append({toMs(t), v});
    else
        ++nonFinite;
    return true;
}

bool readSeries(JsonCursor &cursor, QueryResult &result, QString &shapeError)
{
    ResultSeries series;
    if (!cursor.enterObject())
        return false;
    QByteArray key;
    while (cursor.nextMember(key)) {
        if (key == "metric") {
            if (!readLabels(cursor, series.labels))
                return false;
        } else if (key == "values") {
            if (!cursor.enterArray())
                return false;
            while (cursor.nextElement()) {
                if (!readPoint(cursor, series.samples, result.nonFiniteDropped)) {
                    if (cursor.ok())
                        shapeError = QCoreApplication::translate("Prometheus", "a sample is not a [time, value] pair");
                    return false;
                }
            }
            if (!cursor.ok())
                return false;
        } else if (key == "value") {
            if (!readPoint(cursor, series.samples, result.nonFiniteDropped)) {
                if (cursor.ok())
                    shapeError = QCoreApplication::translate("Prometheus", "a sample is not a [time, value] pair");
                return false;
            }
        } else {
            // "histogram(s)" of native histograms and future fields: not ours.
            if (!cursor.skipValue())
                return false;
        }
    }
    if (!cursor.ok())
        return false;
    result.series.append(std::move(series));
    return true;
}

bool readData(JsonCursor &cursor, QueryResult &result, QString &resultType, bool &sawResult, QString &shapeError)
{
    if (cursor.peek() != JsonCursor::Kind::Object) {
        shapeError = QCoreApplication::translate("Prometheus", "\"data\" is not an object");
        return false;
    }
    cursor.enterObject();
    QByteArray key;
    while (cursor.nextMember(key)) {
        if (key == "resultType") {
            if (!cursor.readString(resultType))
                return false;
        } else if (key == "result") {
            sawResult = true;
            if (!cursor.enterArray())
                return false;
            if (!cursor.nextElement())
                continue; // []
            if (cursor.peek() == JsonCursor::Kind::Object) {
                do {
                    if (!readSeries(cursor, result, shapeError))
                        return false;
                } while (cursor.nextElement());
                if (!cursor.ok())
                    return false;
            } else {
                // A scalar or string result: [time, "value"].
                double t = 0.0;
                if (!cursor.readNumber(t) || !cursor.nextElement())
                    return false;
                ResultSeries scalar;
                QString text;
                if (!cursor.readString(text))
                    return false;
                double v = 0.0;
                const QByteArray latin = text.toLatin1();
                if (text == u"NaN" || text == u"+Inf" || text == u"-Inf") {
                    ++result.nonFiniteDropped;
                    result.series.append(std::move(scalar));
                } else if (Sources::Http::parseDecimal(latin, v)) {
                    scalar.samples.append({toMs(t), v});
                    result.series.append(std::move(scalar));
                } // else: a string result, which has no samples
                if (cursor.nextElement()) {
                    shapeError = QCoreApplication::translate("Prometheus", "a scalar result has more than two items");
                    return false;
                }
                if (!cursor.ok())
                    return false;
            }
        } else if (!cursor.skipValue()) {
            return false;
        }
    }
    return cursor.ok();
}

} // namespace

QString ResultSeries::label(QStringView name) const
{
    for (const Label &l : labels) {
        if (l.name == name)
            return l.value;
    }
    return QString();
}

QString ResultSeries::selectorText() const
{
    QString text = label(u"__name__");
    QStringList parts;
    for (const Label &l : labels) {
        if (l.name != u"__name__")
            parts << l.name + u"=\""_s + l.value + u'"';
    }
    return text + u'{' + parts.join(u", "_s) + u'}';
}

Util::Result<QueryResult> parseQueryResponse(QByteArrayView body)
{
    qsizetype first = 0;
    while (first < body.size() && QChar::isSpace(static_cast<unsigned char>(body.at(first))))
        ++first;
    if (first == body.size())
        return formatError(QCoreApplication::translate("Prometheus", "The server sent an empty answer."));
    if (body.at(first) == '<') {
        return formatError(
            QCoreApplication::translate("Prometheus",
                                        "The server sent a web page instead of Prometheus JSON: is this the address of "
                                        "the Prometheus API?"));
    }

    JsonCursor cursor(body);
    QueryResult result;
    QString status;
    QString errorType;
    QString errorText;
    QString resultType;
    QString shapeError;
    bool sawData = false;
    bool sawResult = false;
    if (cursor.peek() != JsonCursor::Kind::Object)
        return cursor.ok()
            ? formatError(QCoreApplication::translate("Prometheus", "The answer is JSON but not a Prometheus answer."))
            : notJson(cursor);
    cursor.enterObject();
    QByteArray key;
    while (cursor.nextMember(key)) {
        bool fine = true;
        if (key == "status") {
            fine = cursor.readString(status);
        } else if (key == "errorType") {
            fine = cursor.readString(errorType);
        } else if (key == "error") {
            fine = cursor.readString(errorText);
        } else if (key == "warnings" || key == "infos") {
            if (cursor.peek() != JsonCursor::Kind::Array) {
                fine = cursor.skipValue();
                continue;
            }
            cursor.enterArray();
            while (fine && cursor.nextElement()) {
                QString warning;
                fine = cursor.readString(warning);
                result.warnings.append(warning);
            }
            fine = fine && cursor.ok();
        } else if (key == "data") {
            sawData = true;
            fine = readData(cursor, result, resultType, sawResult, shapeError);
        } else {
            fine = cursor.skipValue();
        }
        if (!fine)
            break;
    }
    if (!shapeError.isEmpty())
        return formatError(QCoreApplication::translate("Prometheus", "The answer is not a Prometheus query result: %1.")
                               .arg(shapeError));
    if (!cursor.atEnd())
        return cursor.ok()
            ? formatError(QCoreApplication::translate("Prometheus", "The answer has data after its end."))
            : notJson(cursor);

    if (status == u"error") {
        const QString type = errorType.isEmpty() ? u"error"_s : errorType;
        return Util::makeError(
            u"prometheus."_s + type,
            QCoreApplication::translate("Prometheus", "Prometheus refused the query (%1): %2").arg(type, errorText));
    }
    if (status != u"success")
        return formatError(QCoreApplication::translate(
            "Prometheus", "The answer has no success status: not a Prometheus query answer."));
    if (!sawData || !sawResult)
        return formatError(QCoreApplication::translate("Prometheus", "The answer has no result."));
    if (resultType == u"matrix") {
        result.type = QueryResult::Type::Matrix;
    } else if (resultType == u"vector") {
        result.type = QueryResult::Type::Vector;
    } else if (resultType == u"scalar") {
        result.type = QueryResult::Type::Scalar;
    } else if (resultType == u"string") {
        result.type = QueryResult::Type::String;
        result.series.clear();
    } else {
        return formatError(QCoreApplication::translate("Prometheus", "Unknown result type '%1'.").arg(resultType));
    }
    return result;
}

} // namespace Sources::Prometheus
