#include "core/sources/railway/graphqlbatch.h"

using namespace Qt::StringLiterals;

namespace Sources::Railway {

QString GraphQlBatch::add(const QString &name, const QVector<Argument> &args, const QString &selection)
{
    const QString alias = u"f%1"_s.arg(m_count++);
    QStringList direct;
    QStringList input;
    for (const Argument &a : args) {
        const QString var = alias + u'_' + (a.inInput.isEmpty() ? a.name : a.inInput);
        m_definitions.append(u"$%1: %2"_s.arg(var, a.type));
        m_variables.insert(var, a.value);
        if (a.inInput.isEmpty())
            direct.append(u"%1: $%2"_s.arg(a.name, var));
        else
            input.append(u"%1: $%2"_s.arg(a.inInput, var));
    }
    if (!input.isEmpty())
        direct.append(u"input: { "_s + input.join(u", "_s) + u" }"_s);
    QString field = alias + u": "_s + name;
    if (!direct.isEmpty())
        field += u'(' + direct.join(u", "_s) + u')';
    if (!selection.isEmpty())
        field += u' ' + selection;
    m_fields.append(field);
    return alias;
}

QJsonObject GraphQlBatch::document() const
{
    QString query = u"query "_s + m_operation;
    if (!m_definitions.isEmpty())
        query += u'(' + m_definitions.join(u", "_s) + u')';
    query += u" { "_s + m_fields.join(u" "_s) + u" }"_s;
    return QJsonObject{{u"query"_s, query}, {u"variables"_s, m_variables}};
}

} // namespace Sources::Railway
