#pragma once

#include "core/util/result.h"

#include <QSqlDatabase>
#include <QString>

namespace Store {

// One SQLite connection, owned by the thread that opened it (Qt SQL connections
// must not cross threads). The writer opens ReadWrite and runs the migrations;
// readers on other threads open ReadOnly and rely on WAL for concurrency.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    enum class Mode { ReadWrite, ReadOnly };

    Database() = default;
    ~Database();

    // Opens (creating if needed, in ReadWrite) and validates the file. Never
    // deletes or rewrites a file it cannot read: the error says what to do instead.
    Util::Result<void> open(const QString &path, const QString &connectionName, Mode mode);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &handle() { return m_db; }
    const QString &path() const { return m_path; }

private:
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
};

} // namespace Store
