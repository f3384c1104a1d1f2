#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace TestSupport {

// What scripts/lab.sh wrote into its lab.env (ports, seed, origin, backfill end),
// found through $STRAJA_LAB_ENV, which the lab tests' CTest fixture sets.
class LabEnvironment final
{
public:
    // Empty with `error` set when the file is missing or unreadable.
    static LabEnvironment load();

    bool isValid() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    QString value(const QString &key) const { return m_values.value(key); }
    qint64 number(const QString &key) const { return m_values.value(key).toLongLong(); }
    QUrl url(const QString &key) const { return QUrl(m_values.value(key)); }

private:
    QHash<QString, QString> m_values;
    QString m_error;
};

} // namespace TestSupport
