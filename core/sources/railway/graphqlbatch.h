#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Sources::Railway {

// Several top-level GraphQL fields sent as ONE request under aliases (f0, f1, ...):
// Railway counts requests, not fields, against the hourly budget, so everything
// that can share a request does. Arguments always travel as variables, never
// spliced into the document, so ids and dates need no escaping.
class GraphQlBatch final
{
public:
    struct Argument
    {
        QString name;     // the field's argument, e.g. "serviceId"
        QString type;     // its GraphQL type, e.g. "String!"
        QJsonValue value;
        QString inInput;  // non-empty: a key of the field's `input: { ... }` object instead
    };

    explicit GraphQlBatch(QString operationName) : m_operation(std::move(operationName)) { }

    // Adds `name(args) selection` and returns its alias.
    QString add(const QString &name, const QVector<Argument> &args, const QString &selection);
    int size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // {"query": ..., "variables": {...}}
    QJsonObject document() const;

private:
    QString m_operation;
    QStringList m_definitions;
    QStringList m_fields;
    QJsonObject m_variables;
    int m_count = 0;
};

} // namespace Sources::Railway
