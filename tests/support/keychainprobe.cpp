// straja-keychain-probe: runs keychain operations through Straja's own
// Secrets::SecretStore in a process of its own, so tests can put it on a session
// bus of their choosing (none, no Secret Service, a locked keyring, a service
// that never answers) without disturbing the test's own keychain.
//
//   straja-keychain-probe [--timeout-ms N] [--allow-session] [--hang-service] OP...
//   OP: write KEY VALUE | read KEY | remove KEY
//
// Prints one line per operation: "write ok keychain|session", "read ok <value>",
// "read ok <missing>", "remove ok", or "<op> error <code> <message>".
#include "core/secrets/keychain.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusVirtualObject>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Owns org.freedesktop.secrets and swallows every call without a reply: a Secret
// Service stuck behind a prompt nobody can see (TOOLCHAIN K5), reproduced.
class SilentService final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &, const QDBusConnection &) override { return true; }
};

struct Op
{
    QString name;
    QString key;
    QString value;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QStringList args = QCoreApplication::arguments().mid(1);
    int timeoutMs = 0;
    bool allowSession = false;
    bool hang = false;
    QVector<Op> ops;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--timeout-ms" && !args.isEmpty()) {
            timeoutMs = args.takeFirst().toInt();
        } else if (arg == u"--allow-session") {
            allowSession = true;
        } else if (arg == u"--hang-service") {
            hang = true;
        } else if (arg == u"write" && args.size() >= 2) {
            ops.append({arg, args.takeFirst(), args.takeFirst()});
        } else if ((arg == u"read" || arg == u"remove") && !args.isEmpty()) {
            ops.append({arg, args.takeFirst(), {}});
        } else {
            QTextStream(stderr) << "usage: straja-keychain-probe [--timeout-ms N] [--allow-session] [--hang-service] "
                                   "write KEY VALUE | read KEY | remove KEY ...\n";
            return 2;
        }
    }

    SilentService silent;
    if (hang) {
        QDBusConnection bus = QDBusConnection::sessionBus();
        if (!bus.registerVirtualObject(u"/"_s, &silent, QDBusConnection::SubPath)
            || !bus.registerService(u"org.freedesktop.secrets"_s)) {
            out << "setup error cannot own org.freedesktop.secrets: " << bus.lastError().message() << Qt::endl;
            return 3;
        }
    }

    Secrets::SecretStore store;
    if (timeoutMs > 0)
        store.keychain()->setTimeoutMs(timeoutMs);
    if (allowSession)
        store.allowSessionOnly();

    int next = 0;
    std::function<void()> runNext = [&] {
        if (next == ops.size()) {
            QCoreApplication::quit();
            return;
        }
        const Op op = ops.at(next++);
        auto report = [&out, op](const Util::Error &error) {
            out << op.name << " error " << error.code << ' ' << error.message << Qt::endl;
        };
        if (op.name == u"write") {
            store.write(op.key, op.value, [&, report, op](Util::Result<Secrets::SecretStorage> r) {
                if (r)
                    out << "write ok " << (*r == Secrets::SecretStorage::Keychain ? "keychain" : "session") << Qt::endl;
                else
                    report(r.error());
                runNext();
            });
        } else if (op.name == u"read") {
            store.read(op.key, [&, report](Util::Result<std::optional<QString>> r) {
                if (r)
                    out << "read ok " << r->value_or(u"<missing>"_s) << Qt::endl;
                else
                    report(r.error());
                runNext();
            });
        } else {
            store.remove(op.key, [&, report](Util::Result<void> r) {
                if (r)
                    out << "remove ok" << Qt::endl;
                else
                    report(r.error());
                runNext();
            });
        }
    };
    QMetaObject::invokeMethod(&app, runNext, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
