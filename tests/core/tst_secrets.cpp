#include "core/secrets/keychain.h"
#include "core/secrets/keychaincredentialsource.h"
#include "core/secrets/keychainerrors.h"
#include "core/secrets/secretkeys.h"
#include "core/secrets/secretstore.h"
#include "core/actions/budgetregistry.h"
#include "core/model/workspacejson.h"
#include "core/sources/railway/railwaysource.h"
#include "core/util/clock.h"
#include "railwayapiserver.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

using ReadResult = Util::Result<std::optional<QString>>;

// Everything any logging call printed while a test ran, as raw bytes.
QByteArray g_log;
QMutex g_logMutex;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log += qFormatLogMessage(type, context, message).toUtf8() + '\n';
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

template<typename T>
T await(std::function<void(std::function<void(T)>)> start)
{
    std::optional<T> answer;
    start([&](T result) { answer.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
        qFatal("no keychain answer within 20 s");
    return std::move(*answer);
}

// A read as text: the value, "<missing>", or "<error CODE>".
QString readText(Secrets::SecretStore *store, const QString &key)
{
    const ReadResult result = await<ReadResult>([&](auto done) { store->read(key, done); });
    if (!result.ok())
        return u"<error "_s + result.error().code + u'>';
    const std::optional<QString> &value = result.value();
    return value ? *value : u"<missing>"_s;
}

// What `secret-tool` (libsecret's own client, not QtKeychain) finds under a key:
// proof that the secret really is in the Secret Service.
QString secretToolLookup(const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"straja"_s, u"user"_s, key});
    if (!tool.waitForFinished(10000))
        return u"<secret-tool did not finish>"_s;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

// Secrets against a real gnome-keyring: this test runs under with-keyring.sh, on a
// private session bus with an unlocked login keyring. The cases without a usable
// keychain run the probe (tests/support/keychainprobe.cpp) in child processes on
// buses made for each case.
class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void missingEntryIsNotAnError();
    void sessionSecretWinsUntilTheKeychainTakesOver();
    void credentialSourceAnswersOnTheCallersThread();
    void failuresWithoutAUsableKeychain_data();
    void failuresWithoutAUsableKeychain();
    void silentServiceTimesOutAndLaterRequestsFailFast();
    void plantedSecretsNeverReachTheLog();
    void railwayTokenOnlyInTheKeychain();

private:
    struct Probe
    {
        QStringList lines;
        int exitCode = -1;
        QString errors;
    };
    Probe runProbe(const QStringList &command, const QProcessEnvironment &env);
    QProcessEnvironment childEnvironment(const QString &home);
    QString writeBusConfigWithoutServices();

    Secrets::SecretStore *m_store = nullptr;
    QTemporaryDir m_dir;
};

void TestSecrets::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "no session bus: run this test through ctest (tests/support/with-keyring.sh sets one up)");
    QVERIFY(m_dir.isValid());
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QLoggingCategory::setFilterRules(u"straja.*.debug=true"_s);
    m_store = new Secrets::SecretStore(this);
    m_store->keychain()->setTimeoutMs(10000);
}

void TestSecrets::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
}

void TestSecrets::roundTrip_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("ascii token") << u"glpat-0123456789abcdef"_s << u"glpat-fedcba9876543210"_s;
    QTest::newRow("romanian password") << u"parolă-ăâîșț-ĂÂÎȘȚ"_s << u"altă parolă"_s;
    QTest::newRow("punctuation and spaces") << u"a b\tc\"d'e\\f;g=h&i"_s << u"  leading and trailing  "_s;
    QTest::newRow("long (4 KiB)") << QString(4096, u'x') << QString(4096, u'y');
}

void TestSecrets::roundTrip()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    const QString key = Secrets::sourceSecretKey(u"roundtrip-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'),
                                                 Secrets::SecretField::Token);

    using WriteResult = Util::Result<Secrets::SecretStorage>;
    const WriteResult written = await<WriteResult>([&](auto done) { m_store->write(key, first, done); });
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(written.value(), Secrets::SecretStorage::Keychain);
    QCOMPARE(readText(m_store, key), first);
    QCOMPARE(secretToolLookup(key), first);

    const WriteResult overwritten = await<WriteResult>([&](auto done) { m_store->write(key, second, done); });
    QVERIFY(overwritten.ok());
    QCOMPARE(readText(m_store, key), second);
    QCOMPARE(secretToolLookup(key), second);

    const auto removed = await<Util::Result<void>>([&](auto done) { m_store->remove(key, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
    QCOMPARE(readText(m_store, key), u"<missing>"_s);
    QCOMPARE(secretToolLookup(key), QString());
}

void TestSecrets::missingEntryIsNotAnError()
{
    const QString key = Secrets::sourceSecretKey(u"never-written"_s, Secrets::SecretField::Password);
    QCOMPARE(readText(m_store, key), u"<missing>"_s); // not an error
    auto removed = await<Util::Result<void>>([&](auto done) { m_store->remove(key, done); });
    QVERIFY2(removed.ok(), qPrintable(removed.error().message));
}

void TestSecrets::sessionSecretWinsUntilTheKeychainTakesOver()
{
    const QString key = Secrets::sourceSecretKey(u"session"_s, Secrets::SecretField::Token);
    m_store->keepForSession(key, u"in-memory"_s);
    QVERIFY(m_store->hasSessionSecret(key));
    QCOMPARE(readText(m_store, key), u"in-memory"_s);
    QCOMPARE(secretToolLookup(key), QString()); // memory only: the keyring never saw it

    // Once the keychain works again, a write lands there and the memory copy goes.
    auto written = await<Util::Result<Secrets::SecretStorage>>(
        [&](auto done) { m_store->write(key, u"in-keychain"_s, done); });
    QVERIFY(written.ok());
    QVERIFY(!m_store->hasSessionSecret(key));
    QCOMPARE(secretToolLookup(key), u"in-keychain"_s);
    QVERIFY(await<Util::Result<void>>([&](auto done) { m_store->remove(key, done); }).ok());
}

void TestSecrets::credentialSourceAnswersOnTheCallersThread()
{
    using Secrets::SecretField;
    const QString id = u"prom-main"_s;
    const QList<std::pair<SecretField, QString>> fields = {
        {SecretField::Token, u"bearer-123"_s}, {SecretField::Username, u"ops"_s}, {SecretField::Password, u"pw-ă"_s}};
    for (const auto &[field, value] : fields) {
        auto written = await<Util::Result<Secrets::SecretStorage>>(
            [&](auto done) { m_store->write(Secrets::sourceSecretKey(id, field), value, done); });
        QVERIFY2(written.ok(), qPrintable(written.error().message));
    }

    Secrets::KeychainCredentialSource credentials(m_store);
    QThread network;
    network.setObjectName(u"network"_s);
    network.start();
    QObject onNetwork;
    onNetwork.moveToThread(&network);

    struct Answer
    {
        QThread *thread = nullptr;
        std::optional<Util::Result<Sources::Credentials>> result;
    };
    for (const QString &sourceId : {id, u"no-secrets"_s}) {
        auto answer = std::make_shared<Answer>();
        QMutex mutex;
        QMetaObject::invokeMethod(&onNetwork, [&credentials, sourceId, answer, &mutex] {
            credentials.lookup(sourceId, [answer, &mutex](Util::Result<Sources::Credentials> result) {
                QMutexLocker lock(&mutex);
                answer->thread = QThread::currentThread();
                answer->result.emplace(std::move(result));
            });
        });
        QVERIFY(QTest::qWaitFor([&] {
            QMutexLocker lock(&mutex);
            return answer->result.has_value();
        }, 20000));
        QMutexLocker lock(&mutex);
        QCOMPARE(answer->thread, &network);
        QVERIFY2(answer->result->ok(), qPrintable(answer->result->error().message));
        const Sources::Credentials &c = answer->result->value();
        if (sourceId == id) {
            QCOMPARE(c.bearerToken, u"bearer-123"_s);
            QCOMPARE(c.username, u"ops"_s);
            QCOMPARE(c.password, u"pw-ă"_s);
        } else {
            QVERIFY(c.isEmpty()); // nothing stored is no credentials, not an error
        }
    }
    network.quit();
    network.wait();
    for (const auto &[field, value] : fields)
        QVERIFY(await<Util::Result<void>>([&](auto done) { m_store->remove(Secrets::sourceSecretKey(id, field), done); }).ok());
}

QProcessEnvironment TestSecrets::childEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    QDir().mkpath(home + u"/run"_s);
    QFile::setPermissions(home + u"/run"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    env.insert(u"XDG_RUNTIME_DIR"_s, home + u"/run"_s);
    return env;
}

QString TestSecrets::writeBusConfigWithoutServices()
{
    // A session bus on which no program can be started on demand: no Secret Service.
    const QString path = m_dir.filePath(u"bus-without-services.conf"_s);
    QFile file(path);
    if (!file.exists() && file.open(QIODevice::WriteOnly)) {
        file.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                   " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                   "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>\n"
                   "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                   "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    }
    return path;
}

TestSecrets::Probe TestSecrets::runProbe(const QStringList &command, const QProcessEnvironment &env)
{
    Probe probe;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        probe.errors = u"<did not finish within 60 s>"_s;
        return probe;
    }
    probe.exitCode = process.exitCode();
    probe.lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    probe.errors = QString::fromUtf8(process.readAllStandardError());
    return probe;
}

void TestSecrets::failuresWithoutAUsableKeychain_data()
{
    QTest::addColumn<QString>("bus");
    QTest::addColumn<QStringList>("operations");
    QTest::addColumn<QStringList>("expected"); // one line prefix per operation
    const QStringList write = {u"write"_s, u"source/x/token"_s, u"t0ken"_s};
    QTest::newRow("K1 no session bus, no display")
        << u"none"_s << write << QStringList{u"write error secrets.no_session_bus "_s};
    QTest::newRow("K6 display but no session bus, no dbus-launch")
        << u"display"_s << write << QStringList{u"write error secrets.no_session_bus "_s};
    QTest::newRow("K3 session bus without a Secret Service")
        << u"bare"_s << (write + QStringList{u"read"_s, u"source/x/token"_s})
        << QStringList{u"write error secrets.no_service "_s, u"read error secrets.no_service "_s};
    QTest::newRow("K2 gnome-keyring started on demand, no keyring, no prompt possible")
        << u"activation"_s << write << QStringList{u"write error secrets.no_keyring "_s};
    // A locked keyring refuses writes. Reads come back as "not found": libsecret
    // answers a lookup it cannot unlock with no secret and no error (docs/secrets.md).
    QTest::newRow("K4 locked keyring")
        << u"locked"_s << (write + QStringList{u"read"_s, u"source/x/token"_s})
        << QStringList{u"write error secrets.locked "_s, u"read ok <missing>"_s};
    QTest::newRow("session-only fallback after the operator agreed")
        << u"bare"_s
        << QStringList{u"--allow-session"_s, u"write"_s, u"source/x/token"_s, u"t0ken"_s, u"read"_s,
                       u"source/x/token"_s, u"remove"_s, u"source/x/token"_s, u"read"_s, u"source/x/token"_s}
        << QStringList{u"write ok session"_s, u"read ok t0ken"_s, u"remove error secrets.no_service "_s,
                       u"read error secrets.no_service "_s};
}

void TestSecrets::failuresWithoutAUsableKeychain()
{
    QFETCH(QString, bus);
    QFETCH(QStringList, operations);
    QFETCH(QStringList, expected);
    const QString probe = QStringLiteral(STRAJA_KEYCHAIN_PROBE);
    const QString home = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).left(2) + u"-home"_s);
    QProcessEnvironment env = childEnvironment(home);
    QStringList command = QStringList{probe, u"--timeout-ms"_s, u"8000"_s} + operations;

    if (bus == u"display") {
        env.insert(u"DISPLAY"_s, u":97"_s);
    } else if (bus == u"bare") {
        command = QStringList{u"dbus-run-session"_s, u"--config-file="_s + writeBusConfigWithoutServices(), u"--"_s}
                + command;
    } else if (bus == u"activation") {
        command = QStringList{u"dbus-run-session"_s, u"--"_s} + command;
    } else if (bus == u"locked") {
        // Create the login keyring with one password (storing an item makes the daemon
        // write the file before it answers), then start a daemon with another.
        const Probe create = runProbe({u"dbus-run-session"_s, u"--"_s, u"sh"_s, u"-c"_s,
                                       u"printf right | gnome-keyring-daemon --unlock --components=secrets "
                                       u">/dev/null && printf x | secret-tool store --label=seed server seed user seed"_s},
                                      env);
        QVERIFY2(create.exitCode == 0, qPrintable(create.errors));
        QVERIFY(QFile::exists(home + u"/data/keyrings/login.keyring"_s));
        command = QStringList{u"dbus-run-session"_s, u"--"_s, u"sh"_s, u"-c"_s,
                              u"printf wrong | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
                              u"exec \"$0\" \"$@\""_s}
                + command;
    }
    const Probe result = runProbe(command, env);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors));
    QCOMPARE(result.lines.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QVERIFY2(result.lines.at(i).startsWith(expected.at(i)),
                 qPrintable(u"line %1: got '%2', expected it to start with '%3'"_s.arg(i).arg(result.lines.at(i),
                                                                                            expected.at(i))));
        // Every failure explains itself beyond the raw keychain text.
        if (result.lines.at(i).contains(u" error "_s))
            QVERIFY(result.lines.at(i).size() > expected.at(i).size() + 40);
    }
}

void TestSecrets::silentServiceTimesOutAndLaterRequestsFailFast()
{
    const QString home = m_dir.filePath(u"silent-home"_s);
    const QStringList command = {u"dbus-run-session"_s,
                                 u"--config-file="_s + writeBusConfigWithoutServices(),
                                 u"--"_s,
                                 QStringLiteral(STRAJA_KEYCHAIN_PROBE),
                                 u"--timeout-ms"_s,
                                 u"1500"_s,
                                 u"--hang-service"_s,
                                 u"write"_s,
                                 u"source/x/token"_s,
                                 u"t0ken"_s,
                                 u"read"_s,
                                 u"source/x/token"_s};
    QElapsedTimer elapsed;
    elapsed.start();
    const Probe result = runProbe(command, childEnvironment(home));
    QVERIFY2(result.exitCode == 0, qPrintable(result.errors + result.lines.join(u'\n')));
    QCOMPARE(result.lines.size(), 2);
    QVERIFY2(result.lines.at(0).startsWith(u"write error secrets.timeout "_s), qPrintable(result.lines.at(0)));
    QVERIFY2(result.lines.at(1).startsWith(u"read error secrets.busy "_s), qPrintable(result.lines.at(1)));
    qInfo("a silent Secret Service cost %lld ms (timeout 1500 ms)", elapsed.elapsed());
}

void TestSecrets::plantedSecretsNeverReachTheLog()
{
    const QByteArray planted = "straja-planted-" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QString token = QString::fromLatin1(planted);
    const QString key = Secrets::sourceSecretKey(u"planted"_s, Secrets::SecretField::Token);
    QVERIFY(await<Util::Result<Secrets::SecretStorage>>([&](auto done) { m_store->write(key, token, done); }).ok());
    QCOMPARE(readText(m_store, key), token);
    Secrets::KeychainCredentialSource credentials(m_store);
    auto looked = await<Util::Result<Sources::Credentials>>(
        [&](auto done) { credentials.lookup(u"planted"_s, done); });
    QCOMPARE(looked->bearerToken, token);
    QVERIFY(await<Util::Result<void>>([&](auto done) { m_store->remove(key, done); }).ok());

    QMutexLocker lock(&g_logMutex);
    QVERIFY2(g_log.contains("source/planted/token"), "the keychain calls were not logged at all");
    QVERIFY(!g_log.contains(planted));
    QVERIFY(!g_log.contains(token.toUtf8().toBase64()));
}

// A Railway token: written once to the keychain under the account's entry, read
// from there for each request, sent only in the request header, and found nowhere
// else: not in the workspace file, not in the log.
void TestSecrets::railwayTokenOnlyInTheKeychain()
{
    const QString token = u"rw-keychain-only-5e1c"_s;
    const QString key = Secrets::sourceSecretKey(u"railway:kc-acme"_s, Secrets::SecretField::Token);
    auto written = await<Util::Result<Secrets::SecretStorage>>([&](auto done) { m_store->write(key, token, done); });
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(written.value(), Secrets::SecretStorage::Keychain);
    QCOMPARE(secretToolLookup(key), token);

    RailwayApiServer server(token);
    QVERIFY(server.listen());
    server.addProject(u"p1"_s, u"Shop"_s, {{u"e1"_s, u"production"_s}});
    server.addProjectService(u"p1"_s, u"s1"_s, u"api"_s, u"e1"_s, 1, QString());
    Model::Workspace ws;
    ws.name = u"Ops"_s;
    Model::SourceConfig config;
    config.id = u"rw"_s;
    config.type = Model::SourceType::Railway;
    config.name = u"Railway"_s;
    config.url = QUrl(server.url().toString() + u"/graphql/v2"_s);
    config.options = QJsonObject{{u"account"_s, u"kc-acme"_s},
                                 {u"services"_s, QJsonObject{{u"api"_s, QJsonObject{{u"projectId"_s, u"p1"_s},
                                                                                     {u"environmentId"_s, u"e1"_s},
                                                                                     {u"serviceId"_s, u"s1"_s}}}}}};
    ws.sources.append(config);
    Secrets::KeychainCredentialSource credentials(m_store);
    const Util::ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    Sources::Railway::RailwaySource source(config, &credentials, clock, nullptr, nullptr,
                                           std::make_shared<Actions::BudgetRegistry>());
    QSignalSpy fetched(&source, &Sources::MetricSource::fetched);
    QSignalSpy failed(&source, &Sources::MetricSource::failed);
    source.fetch(1, Sources::RangeRequest{{{u"api"_s, Model::MetricKind::Cpu, {}}},
                                          clock.nowMs() - 300'000, clock.nowMs(), 60'000});
    QVERIFY(QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 20'000));
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).value<Util::Error>().message));
    const auto batch = fetched.first().at(1).value<Model::SeriesBatchPtr>();
    QVERIFY(!batch->first().samples.isEmpty());
    QCOMPARE(server.log().last().headers.value("authorization"), "Bearer " + token.toUtf8());
    QVERIFY(!server.log().last().body.contains(token.toUtf8()));
    QVERIFY(!Model::workspaceToJson(ws).contains(token.toUtf8()));
    QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_log.contains(token.toUtf8()));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
