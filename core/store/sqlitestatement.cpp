#include "core/store/sqlitestatement.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Store {

sqlite3 *SqliteStatement::connectionOf(const QSqlDatabase &db)
{
    // QSQLITE hands out its sqlite3* as a QVariant of type "sqlite3*" (Qt docs,
    // QSqlDriver::handle). Qt's plugin links the system libsqlite3, the same one we
    // link, so the pointer is valid for our calls.
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteStatement::SqliteStatement(sqlite3 *connection, const char *sql)
    : m_connection(connection)
{
    if (!m_connection) {
        m_failed = true;
        m_message = "no SQLite connection";
        return;
    }
    if (sqlite3_prepare_v3(m_connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_failed = true;
        m_message = sqlite3_errmsg(m_connection);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, QByteArrayView value)
{
    // A zero-length blob still binds as a blob, never as NULL (the columns are NOT NULL).
    sqlite3_bind_blob64(m_statement, index, value.isEmpty() ? "" : value.data(), sqlite3_uint64(value.size()),
                        SQLITE_TRANSIENT);
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_message = sqlite3_errmsg(m_connection);
    }
    return false;
}

Util::Result<void> SqliteStatement::run()
{
    while (next()) { }
    reset();
    if (m_failed)
        return error();
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqliteStatement::int64At(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::doubleAt(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::blobAt(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return {static_cast<const char *>(data), size};
}

Util::Error SqliteStatement::error() const
{
    return Util::makeError(u"store.query"_s, QCoreApplication::translate("Store", "Database error: %1")
                                                 .arg(QString::fromUtf8(m_message)));
}

} // namespace Store
