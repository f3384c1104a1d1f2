#include "core/store/database.h"

#include "core/store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

Util::Error damaged(const QString &path, const QString &detail)
{
    return Util::makeError(
        u"store.corrupt"_s,
        QCoreApplication::translate("Store", "The database %1 is damaged (%2). Straja has not changed it: restore a "
                                             "backup or move it away, or start with --data-dir on another folder.")
            .arg(QDir::toNativeSeparators(path), detail));
}

// SQLite files start with this 16-byte string; anything else is not ours to touch.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text().trimmed();
    return false;
}

} // namespace

Database::~Database()
{
    close();
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Util::Result<void> Database::open(const QString &path, const QString &connectionName, Mode mode)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (mode == Mode::ReadWrite) {
        const QDir dir = info.absoluteDir();
        if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
            return Util::makeError(u"store.dir"_s,
                                   QCoreApplication::translate("Store", "Cannot create the data folder %1.")
                                       .arg(QDir::toNativeSeparators(dir.absolutePath())));
        }
        const QFileInfo dirInfo(dir.absolutePath());
        if (!dirInfo.isWritable() || (info.exists() && !info.isWritable())) {
            return Util::makeError(
                u"store.readonly"_s,
                QCoreApplication::translate("Store", "Straja cannot write to %1 (permission denied). Choose a "
                                                     "writable folder with --data-dir.")
                    .arg(QDir::toNativeSeparators(info.exists() ? path : dir.absolutePath())));
        }
    } else if (!info.exists()) {
        return Util::makeError(u"store.missing"_s,
                               QCoreApplication::translate("Store", "The database %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    if (info.exists() && info.size() > 0 && !hasSqliteHeader(path))
        return damaged(path, QCoreApplication::translate("Store", "not an SQLite database"));

    m_connectionName = connectionName;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    m_db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
    else
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text().trimmed();
        close();
        return Util::makeError(u"store.open"_s,
                               QCoreApplication::translate("Store", "Cannot open the database %1: %2")
                                   .arg(QDir::toNativeSeparators(path), reason));
    }

    QString error;
    // A truncated or overwritten file often opens fine and fails on first read.
    QSqlQuery check(m_db);
    if (!check.exec(u"PRAGMA quick_check(1)"_s) || !check.next() || check.value(0).toString() != u"ok") {
        const QString reason = check.lastError().isValid() ? check.lastError().text().trimmed()
                                                           : check.value(0).toString();
        check.finish();
        close();
        return damaged(path, reason);
    }
    check.finish();

    if (mode == Mode::ReadWrite) {
        // WAL lets the reader connections see committed data while the one writer
        // appends; NORMAL sync is durable across application crashes in WAL mode.
        if (!exec(m_db, u"PRAGMA journal_mode = WAL"_s, &error) || !exec(m_db, u"PRAGMA synchronous = NORMAL"_s, &error)
            || !exec(m_db, u"PRAGMA foreign_keys = ON"_s, &error)) {
            close();
            return damaged(path, error);
        }
        if (auto migrated = migrate(m_db); !migrated) {
            close();
            return migrated.error();
        }
    } else {
        const int version = schemaVersion(m_db);
        if (version > latestSchemaVersion()) {
            close();
            return Util::makeError(u"store.newer"_s,
                                   QCoreApplication::translate("Store", "The database was written by a newer Straja "
                                                                            "(schema %1). Update Straja to open it.")
                                       .arg(version));
        }
    }
    return {};
}

} // namespace Store
