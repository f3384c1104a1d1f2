#include "lokiprotocolserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

struct Matcher
{
    QString name;
    QString op; // = != =~ !~
    QString value;

    bool matches(const QMap<QString, QString> &labels) const
    {
        const QString v = labels.value(name);
        if (op == u"=")
            return v == value;
        if (op == u"!=")
            return v != value;
        const QRegularExpression re(QRegularExpression::anchoredPattern(value));
        const bool m = re.match(v).hasMatch();
        return op == u"=~" ? m : !m;
    }
};

struct LineFilter
{
    QString op; // |= != |~ !~
    QString value;

    bool matches(const QString &line) const
    {
        if (op == u"|=")
            return line.contains(value);
        if (op == u"!=")
            return !line.contains(value);
        const bool m = QRegularExpression(value).match(line).hasMatch();
        return op == u"|~" ? m : !m;
    }
};

struct LogQuery
{
    QVector<Matcher> matchers;
    QVector<LineFilter> filters;
    bool metric = false;
};

// A tiny LogQL reader; errors read like Loki's ("parse error at line 1, col N: ...").
class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) { }

    std::optional<LogQuery> parse(QString &error)
    {
        LogQuery query;
        skip();
        static const QRegularExpression function(u"^[a-z_]+\\s*\\("_s);
        if (function.match(m_text.mid(m_pos)).hasMatch()) {
            query.metric = true; // count_over_time(...), rate(...): answered as an empty matrix
            return query;
        }
        if (!eat(u'{'))
            return fail(error, u"syntax error: unexpected IDENTIFIER, expecting { or ("_s);
        while (true) {
            skip();
            Matcher m;
            m.name = identifier();
            if (m.name.isEmpty())
                return fail(error, u"syntax error: unexpected }, expecting IDENTIFIER"_s);
            skip();
            for (const QString &op : {u"=~"_s, u"!~"_s, u"!="_s, u"="_s}) {
                if (m_text.mid(m_pos).startsWith(op)) {
                    m.op = op;
                    m_pos += op.size();
                    break;
                }
            }
            if (m.op.isEmpty())
                return fail(error, u"syntax error: unexpected IDENTIFIER, expecting = or != or =~ or !~"_s);
            skip();
            if (!string(m.value))
                return fail(error, u"syntax error: unexpected IDENTIFIER, expecting STRING"_s);
            query.matchers.append(m);
            skip();
            if (eat(u','))
                continue;
            if (eat(u'}'))
                break;
            return fail(error, u"syntax error: unexpected IDENTIFIER, expecting , or }"_s);
        }
        while (true) {
            skip();
            if (m_pos >= m_text.size())
                break;
            LineFilter f;
            for (const QString &op : {u"|="_s, u"!="_s, u"|~"_s, u"!~"_s}) {
                if (m_text.mid(m_pos).startsWith(op)) {
                    f.op = op;
                    m_pos += op.size();
                    break;
                }
            }
            skip();
            if (f.op.isEmpty() || !string(f.value))
                return fail(error, u"syntax error: unexpected IDENTIFIER"_s);
            query.filters.append(f);
        }
        const bool selective = std::any_of(query.matchers.cbegin(), query.matchers.cend(), [](const Matcher &m) {
            return (m.op == u"=" && !m.value.isEmpty())
                || (m.op == u"=~" && !QRegularExpression(QRegularExpression::anchoredPattern(m.value)).match(QString()).hasMatch());
        });
        if (!selective) {
            error = u"queries require at least one regexp or equality matcher that does not have an empty-compatible "
                    "value. For instance, app=~\".*\" does not meet this requirement, but app=~\".+\" will"_s;
            return std::nullopt;
        }
        return query;
    }

private:
    std::optional<LogQuery> fail(QString &error, const QString &what)
    {
        error = u"parse error at line 1, col %1: %2"_s.arg(m_pos + 1).arg(what);
        return std::nullopt;
    }
    void skip()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    bool eat(QChar c)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QString identifier()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    bool string(QString &out)
    {
        if (!eat(u'"'))
            return false;
        out.clear();
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == u'"')
                return true;
            if (c == u'\\' && m_pos < m_text.size()) {
                const QChar e = m_text[m_pos++];
                out += e == u'n' ? QChar(u'\n') : e;
                continue;
            }
            out += c;
        }
        return false;
    }

    QString m_text;
    qsizetype m_pos = 0;
};

// Loki takes nanosecond integers or RFC 3339 dates.
std::optional<qint64> parseTime(const QString &text)
{
    bool ok = false;
    const qint64 ns = text.toLongLong(&ok);
    if (ok)
        return ns;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toMSecsSinceEpoch() * 1'000'000;
    return std::nullopt;
}

FakeReply badRequest(const QString &message)
{
    return FakeReply::text(message.toUtf8() + '\n', 400, "text/plain; charset=utf-8");
}

} // namespace

void LokiProtocolServer::push(const QMap<QString, QString> &labels, qint64 tMs, const QString &line)
{
    auto it = std::find_if(m_streams.begin(), m_streams.end(), [&](const Stream &s) { return s.labels == labels; });
    if (it == m_streams.end()) {
        m_streams.append({labels, {}});
        it = m_streams.end() - 1;
    }
    it->entries.append({tMs * 1'000'000, line});
    std::stable_sort(it->entries.begin(), it->entries.end(), [](const Entry &a, const Entry &b) { return a.tNs < b.tNs; });
}

FakeReply LokiProtocolServer::handle(const FakeRequest &request) const
{
    if (!m_tenant.isEmpty()) {
        const QByteArray org = request.header("x-scope-orgid");
        if (org.isEmpty())
            return FakeReply::text("no org id\n", 401, "text/plain; charset=utf-8");
        if (QString::fromUtf8(org) != m_tenant)
            return FakeReply::json(R"({"status":"success","data":{"resultType":"streams","result":[]}})");
    }
    if (request.method != "GET" && request.method != "POST")
        return FakeReply::text("405 method not allowed\n", 405);
    if (request.path == "/loki/api/v1/query_range")
        return queryRange(request.params());
    if (request.path == "/loki/api/v1/labels")
        return labels();
    return FakeReply::text("404 page not found\n", 404);
}

FakeReply LokiProtocolServer::queryRange(const QUrlQuery &params) const
{
    const QString text = params.queryItemValue(u"query"_s, QUrl::FullyDecoded);
    if (text.isEmpty())
        return badRequest(u"query parameter is required"_s);
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
    const auto end = params.hasQueryItem(u"end"_s) ? parseTime(params.queryItemValue(u"end"_s)) : nowNs;
    const auto start = params.hasQueryItem(u"start"_s) ? parseTime(params.queryItemValue(u"start"_s))
                                                       : std::optional<qint64>(*end - 3600LL * 1'000'000'000);
    if (!start || !end)
        return badRequest(u"invalid parameter: cannot parse timestamp"_s);
    if (*end <= *start)
        return badRequest(u"end timestamp must not be before or equal to start time"_s);
    bool ok = true;
    const int limit = params.hasQueryItem(u"limit"_s) ? params.queryItemValue(u"limit"_s).toInt(&ok) : 100;
    if (!ok || limit <= 0)
        return badRequest(u"limit must be a positive value"_s);
    if (limit > kMaxEntriesLimit)
        return badRequest(u"max entries limit per query exceeded, limit > max_entries_limit (%1 > %2)"_s.arg(limit).arg(
            kMaxEntriesLimit));
    const QString direction = params.queryItemValue(u"direction"_s).isEmpty() ? u"backward"_s
                                                                              : params.queryItemValue(u"direction"_s);
    if (direction != u"backward" && direction != u"forward")
        return badRequest(u"invalid direction"_s);
    QString error;
    const auto query = Parser(text).parse(error);
    if (!query)
        return badRequest(error);
    if (query->metric)
        return FakeReply::json(R"({"status":"success","data":{"resultType":"matrix","result":[]}})");

    // Every matching entry, then the `limit` first in the asked direction.
    struct Hit
    {
        int stream;
        qint64 tNs;
        QString line;
    };
    QVector<Hit> hits;
    for (int i = 0; i < m_streams.size(); ++i) {
        const Stream &s = m_streams.at(i);
        if (!std::all_of(query->matchers.cbegin(), query->matchers.cend(),
                         [&](const Matcher &m) { return m.matches(s.labels); }))
            continue;
        for (const Entry &e : s.entries) {
            if (e.tNs < *start || e.tNs >= *end) // start inclusive, end exclusive, as Loki
                continue;
            if (std::all_of(query->filters.cbegin(), query->filters.cend(),
                            [&](const LineFilter &f) { return f.matches(e.line); }))
                hits.append({i, e.tNs, e.line});
        }
    }
    const bool backward = direction == u"backward";
    std::stable_sort(hits.begin(), hits.end(),
                     [backward](const Hit &a, const Hit &b) { return backward ? a.tNs > b.tNs : a.tNs < b.tNs; });
    if (hits.size() > limit)
        hits.resize(limit);
    QMap<int, QJsonArray> values;
    for (const Hit &h : std::as_const(hits))
        values[h.stream].append(QJsonArray{QString::number(h.tNs), h.line});
    QJsonArray result;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QJsonObject labels;
        for (auto l = m_streams.at(it.key()).labels.cbegin(); l != m_streams.at(it.key()).labels.cend(); ++l)
            labels.insert(l.key(), l.value());
        result.append(QJsonObject{{u"stream"_s, labels}, {u"values"_s, it.value()}});
    }
    const QJsonObject stats{{u"summary"_s, QJsonObject{{u"totalEntriesReturned"_s, int(hits.size())}}}};
    const QJsonObject root{{u"status"_s, u"success"_s},
                           {u"data"_s, QJsonObject{{u"resultType"_s, u"streams"_s}, {u"result"_s, result},
                                                   {u"stats"_s, stats}}}};
    return FakeReply::json(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

FakeReply LokiProtocolServer::labels() const
{
    QStringList names;
    for (const Stream &s : m_streams) {
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            if (!names.contains(it.key()))
                names << it.key();
        }
    }
    names.sort();
    return FakeReply::json(QJsonDocument(QJsonObject{{u"status"_s, u"success"_s},
                                                     {u"data"_s, QJsonArray::fromStringList(names)}})
                               .toJson(QJsonDocument::Compact));
}

} // namespace TestSupport
