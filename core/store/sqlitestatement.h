#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QByteArrayView>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace Store {

// One prepared statement on the SQLite connection behind a QSqlDatabase. The sample
// cache writes ~300,000 rows per large refresh; through QSqlQuery each row costs a
// QVariant round trip per value, which made the write path 2-3x slower than binding
// through the C API (docs/performance.md). Only the store thread uses it, inside the
// transaction the QSqlDatabase opened, so both APIs see one connection state.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)
public:
    // The connection behind `db`, or nullptr when the driver is not QSQLITE.
    static sqlite3 *connectionOf(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *connection, const char *sql);
    ~SqliteStatement();

    // False, with error() set, when the SQL did not compile or there is no connection.
    bool isValid() const { return m_statement != nullptr; }

    void bind(int index, qint64 value);
    void bind(int index, double value);
    // The bytes are copied: the caller may drop `value` before step().
    void bind(int index, QByteArrayView value);

    // One step. Returns true while a row is available; false when done or failed
    // (then failed() tells which).
    bool next();
    // Runs to completion (INSERT, DELETE) and resets for the next binding.
    Util::Result<void> run();
    // Resets for the next binding after next() loops.
    void reset();

    qint64 int64At(int column) const;
    double doubleAt(int column) const;
    // A view into SQLite's buffer, valid until the next next()/reset().
    QByteArrayView blobAt(int column) const;

    bool failed() const { return m_failed; }
    Util::Error error() const;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    QByteArray m_message;
};

} // namespace Store
