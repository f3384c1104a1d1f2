#include "core/business/businesscsv.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Business {

namespace {

enum class Column { Period, Project, Visitors, ActiveUsers, NewCustomers, Customers, Churned, Revenue, Marketing };

struct ColumnInfo
{
    Column column;
    const char *name;
    bool money;
};

constexpr ColumnInfo kColumns[] = {
    {Column::Period, "period", false},
    {Column::Project, "project", false},
    {Column::Visitors, "visitors", false},
    {Column::ActiveUsers, "active_users", false},
    {Column::NewCustomers, "new_customers", false},
    {Column::Customers, "customers", false},
    {Column::Churned, "churned_customers", false},
    {Column::Revenue, "revenue", true},
    {Column::Marketing, "marketing_spend", true},
};

struct Field
{
    QString text;
    int line = 0;
};

// RFC 4180 records: comma-separated, fields in double quotes may hold commas, quotes
// ("") and line breaks. Each record remembers the line it starts on.
struct Tokenizer
{
    QString text;
    qsizetype pos = 0;
    int line = 1;
    QString error;
    int errorLine = 0;

    bool atEnd() const { return pos >= text.size(); }

    // One record; false at the end of input or on an error.
    bool next(QVector<Field> &fields, int &recordLine)
    {
        fields.clear();
        if (atEnd())
            return false;
        recordLine = line;
        Field field{QString(), line};
        bool quoted = false;
        bool wasQuoted = false;
        while (pos < text.size()) {
            const QChar c = text.at(pos++);
            if (quoted) {
                if (c == u'"') {
                    if (pos < text.size() && text.at(pos) == u'"') {
                        field.text += u'"';
                        ++pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == u'\n')
                        ++line;
                    field.text += c;
                }
                continue;
            }
            if (c == u'"') {
                if (!field.text.trimmed().isEmpty() || wasQuoted) {
                    error = Business::BusinessCsv::tr("a quote inside a field that does not start with one");
                    errorLine = line;
                    return false;
                }
                field.text.clear();
                quoted = true;
                wasQuoted = true;
            } else if (c == u',') {
                fields.append(field);
                field = Field{QString(), line};
                wasQuoted = false;
            } else if (c == u'\n' || c == u'\r') {
                if (c == u'\r' && pos < text.size() && text.at(pos) == u'\n')
                    ++pos;
                ++line;
                break;
            } else {
                if (wasQuoted && !c.isSpace()) {
                    error = Business::BusinessCsv::tr("text after the closing quote of a field");
                    errorLine = line;
                    return false;
                }
                field.text += c;
            }
        }
        if (quoted) {
            error = Business::BusinessCsv::tr("a quoted field is never closed");
            errorLine = field.line;
            return false;
        }
        fields.append(field);
        return true;
    }
};

bool isBlank(const QVector<Field> &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(), [](const Field &f) { return f.text.trimmed().isEmpty(); });
}

} // namespace

QStringList BusinessCsv::columns()
{
    QStringList out;
    for (const ColumnInfo &c : kColumns)
        out.append(QString::fromLatin1(c.name));
    return out;
}

QString BusinessCsv::describe(const CsvIssue &issue)
{
    if (issue.column.isEmpty())
        return Business::BusinessCsv::tr("line %1: %2").arg(issue.line).arg(issue.message);
    return Business::BusinessCsv::tr("line %1, column '%2': %3").arg(issue.line).arg(issue.column, issue.message);
}

CsvImport BusinessCsv::read(const QByteArray &data, const QHash<QString, QString> &projects, int maxIssues)
{
    CsvImport out;
    auto issue = [&](int line, const QString &column, const QString &message) {
        if (out.issues.size() < maxIssues)
            out.issues.append({line, column, message});
    };
    if (data.size() > kMaxBytes) {
        issue(0, {}, tr("the file is larger than %1 MB").arg(kMaxBytes / (1024 * 1024)));
        return out;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    Tokenizer tok;
    tok.text = decoder.decode(data);
    if (decoder.hasError()) {
        issue(0, {}, tr("the file is not UTF-8 text"));
        return out;
    }
    if (tok.text.startsWith(QChar(0xFEFF)))
        tok.text.remove(0, 1);

    // The header: the first non-blank record.
    QVector<Field> fields;
    int line = 0;
    do {
        if (!tok.next(fields, line)) {
            if (!tok.error.isEmpty())
                issue(tok.errorLine, {}, tok.error);
            else
                issue(1, {}, tr("the file is empty: it needs a header line naming the columns"));
            return out;
        }
    } while (isBlank(fields));
    const int headerLine = line;
    QVector<std::optional<ColumnInfo>> layout;
    QSet<int> seen;
    for (const Field &f : fields) {
        const QString name = f.text.trimmed().toLower();
        std::optional<ColumnInfo> found;
        for (const ColumnInfo &c : kColumns)
            if (name == QLatin1String(c.name))
                found = c;
        if (!found) {
            issue(headerLine, f.text.trimmed(),
                  tr("unknown column; the columns are: %1").arg(columns().join(u", "_s)));
        } else if (seen.contains(int(found->column))) {
            issue(headerLine, name, tr("this column appears twice"));
        } else {
            seen.insert(int(found->column));
        }
        layout.append(found);
    }
    for (Column required : {Column::Period, Column::Project})
        if (!seen.contains(int(required)))
            issue(headerLine, QString::fromLatin1(kColumns[int(required)].name), tr("this required column is missing"));
    if (seen.size() <= 2 && out.issues.isEmpty())
        issue(headerLine, {}, tr("no figure columns: name at least one of %1").arg(columns().mid(2).join(u", "_s)));
    if (!out.issues.isEmpty())
        return out;

    static const QRegularExpression monthPattern(u"^(\\d{4})-(\\d{2})$"_s);
    static const QRegularExpression dayPattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    static const QRegularExpression wholePattern(u"^\\+?\\d+$"_s);
    QHash<QString, int> firstLine; // project|month -> line
    while (tok.next(fields, line)) {
        if (isBlank(fields))
            continue;
        ++out.rows;
        if (fields.size() != layout.size()) {
            issue(line, {}, tr("%n field(s), but the header names %1", nullptr, int(fields.size())).arg(layout.size()));
            continue;
        }
        BusinessRecord record;
        record.source = u"csv"_s;
        bool anyFigure = false;
        const int issuesBefore = int(out.issues.size());
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const ColumnInfo &c = *layout.at(i);
            const QString name = QString::fromLatin1(c.name);
            const QString v = fields.at(i).text.trimmed();
            const int at = fields.at(i).line;
            if (c.column == Column::Period) {
                const auto m = monthPattern.match(v);
                if (v.isEmpty())
                    issue(at, name, tr("empty; write the month as YYYY-MM"));
                else if (dayPattern.match(v).hasMatch())
                    issue(at, name, tr("'%1' is a day; the figures are monthly: write the month as YYYY-MM").arg(v));
                else if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
                    issue(at, name, tr("'%1' is not a month (YYYY-MM)").arg(v));
                else
                    record.month = v;
                continue;
            }
            if (c.column == Column::Project) {
                if (v.isEmpty()) {
                    issue(at, name, tr("empty; name a project of the workspace"));
                } else if (const auto id = projects.constFind(v); id != projects.cend()) {
                    record.projectId = id.value();
                } else {
                    QStringList ids = projects.values();
                    ids.removeDuplicates();
                    ids.sort();
                    issue(at, name, tr("unknown project '%1'; the workspace has: %2").arg(v, ids.join(u", "_s)));
                }
                continue;
            }
            if (v.isEmpty())
                continue; // not known this month
            anyFigure = true;
            if (c.money) {
                auto money = Cost::Money::parse(v);
                if (!money) {
                    issue(at, name, money.error().message);
                    continue;
                }
                if (money->micros() < 0) {
                    issue(at, name, tr("'%1' is negative").arg(v));
                    continue;
                }
                (c.column == Column::Revenue ? record.revenue : record.marketingSpend) = *money;
                continue;
            }
            if (v.startsWith(u'-') && wholePattern.match(v.mid(1)).hasMatch()) {
                issue(at, name, tr("'%1' is negative").arg(v));
                continue;
            }
            bool ok = false;
            const qint64 n = wholePattern.match(v).hasMatch() ? v.toLongLong(&ok) : 0;
            if (!ok || n > 1'000'000'000'000LL) {
                issue(at, name, tr("'%1' is not a whole number").arg(v));
                continue;
            }
            switch (c.column) {
            case Column::Visitors: record.visitors = n; break;
            case Column::ActiveUsers: record.activeUsers = n; break;
            case Column::NewCustomers: record.newCustomers = n; break;
            case Column::Customers: record.customers = n; break;
            case Column::Churned: record.churnedCustomers = n; break;
            default: break;
            }
        }
        if (int(out.issues.size()) != issuesBefore)
            continue;
        if (!anyFigure) {
            issue(line, {}, tr("no figures: every figure cell is empty"));
            continue;
        }
        const QString key = record.projectId + u'|' + record.month;
        if (const auto first = firstLine.constFind(key); first != firstLine.cend()) {
            issue(line, {}, tr("project '%1', month %2 is already given on line %3")
                                .arg(record.projectId, record.month)
                                .arg(first.value()));
            continue;
        }
        firstLine.insert(key, line);
        out.records.append(record);
    }
    if (!tok.error.isEmpty())
        issue(tok.errorLine, {}, tok.error);
    if (out.rows == 0 && out.issues.isEmpty())
        issue(headerLine, {}, tr("the header is not followed by any row"));
    return out;
}

Util::Result<QVector<BusinessRecord>> BusinessCsv::parse(const QByteArray &data, const QHash<QString, QString> &projects)
{
    const int maxIssues = 20;
    CsvImport imported = read(data, projects, maxIssues + 1);
    if (imported.issues.isEmpty())
        return imported.records;
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(imported.issues.size(), maxIssues); ++i)
        lines.append(describe(imported.issues.at(i)));
    QString summary;
    if (imported.issues.size() > maxIssues) {
        lines.append(tr("... and more."));
        summary = tr("Nothing was imported: the file has more than %n problem(s); the first ones:", nullptr, maxIssues);
    } else {
        summary = tr("Nothing was imported: the file has %n problem(s):", nullptr, int(imported.issues.size()));
    }
    return Util::makeError(u"business.csv"_s, summary + u'\n' + lines.join(u'\n'));
}

QByteArray BusinessCsv::write(const QVector<BusinessRecord> &records)
{
    QByteArray out = columns().join(u',').toUtf8() + '\n';
    auto number = [](const std::optional<qint64> &v) { return v ? QByteArray::number(*v) : QByteArray(); };
    auto money = [](const std::optional<Cost::Money> &v) {
        return v ? v->toPlainString(6).toUtf8() : QByteArray();
    };
    for (const BusinessRecord &r : records) {
        QByteArray project = r.projectId.toUtf8();
        if (project.contains(',') || project.contains('"'))
            project = '"' + project.replace("\"", "\"\"") + '"';
        out += r.month.toUtf8() + ',' + project + ',' + number(r.visitors) + ',' + number(r.activeUsers) + ','
            + number(r.newCustomers) + ',' + number(r.customers) + ',' + number(r.churnedCustomers) + ','
            + money(r.revenue) + ',' + money(r.marketingSpend) + '\n';
    }
    return out;
}

} // namespace Business
