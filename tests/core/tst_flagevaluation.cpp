#include "app/cli/commandregistry.h"
#include "core/flags/constraintcheck.h"
#include "core/flags/flagevaluator.h"
#include "core/flags/flagjson.h"
#include "core/flags/murmurhash.h"
#include "core/flags/semver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

// Straja's flag evaluator against the official Unleash client specification
// (npm @unleash/client-specification, installed by `npm ci` in tools/unleash):
// every `tests` case (isEnabled) and every `variantTests` case (getVariant) of
// every file listed in its index.json, read from the installed package at run
// time, so a newer specification is picked up by bumping the lockfile.
class TestFlagEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void specification_data();
    void specification();
    void everyFileAndCaseIsCovered();
    void murmurHashMatchesReference_data();
    void murmurHashMatchesReference();
    void normalizedValueMatchesNodeSdk_data();
    void normalizedValueMatchesNodeSdk();
    void semverOrdering_data();
    void semverOrdering();
    void cidr_data();
    void cidr();
    void re2Syntax_data();
    void re2Syntax();
    void explainsStrategies();
    void cliEvaluatesFromAStateFile();

private:
    QJsonObject specFile(const QString &file);

    QDir m_specDir;
    QHash<QString, QJsonObject> m_files;
    QHash<QString, Flags::ClientStatePtr> m_states;
    int m_casesRun = 0;
};

void TestFlagEvaluation::initTestCase()
{
    m_specDir = QDir(QStringLiteral(STRAJA_UNLEASH_SPEC_DIR));
    QVERIFY2(QFile::exists(m_specDir.filePath(u"index.json"_s)),
             qPrintable(u"The Unleash client specification is not installed at %1. Run `npm ci` in "
                        u"tools/unleash (scripts/run-tests.sh does it) and run the test again."_s
                            .arg(m_specDir.absolutePath())));
}

QJsonObject TestFlagEvaluation::specFile(const QString &file)
{
    if (!m_files.contains(file)) {
        QFile f(m_specDir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        m_files.insert(file, QJsonDocument::fromJson(f.readAll()).object());
    }
    return m_files.value(file);
}

void TestFlagEvaluation::specification_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("variantTest");
    QTest::addColumn<int>("index");

    QFile indexFile(m_specDir.filePath(u"index.json"_s));
    if (!indexFile.open(QIODevice::ReadOnly))
        return; // initTestCase already failed with the reason
    const QJsonArray index = QJsonDocument::fromJson(indexFile.readAll()).array();
    for (const QJsonValue &entry : index) {
        const QString file = entry.toString();
        const QJsonObject spec = specFile(file);
        const QJsonArray tests = spec.value(u"tests").toArray();
        for (int i = 0; i < tests.size(); ++i) {
            const QString desc = tests.at(i).toObject().value(u"description").toString();
            QTest::addRow("%s #%d %s", qPrintable(file), i, qPrintable(desc)) << file << false << i;
        }
        const QJsonArray variantTests = spec.value(u"variantTests").toArray();
        for (int i = 0; i < variantTests.size(); ++i) {
            const QString desc = variantTests.at(i).toObject().value(u"description").toString();
            QTest::addRow("%s variant #%d %s", qPrintable(file), i, qPrintable(desc)) << file << true << i;
        }
    }
}

void TestFlagEvaluation::specification()
{
    QFETCH(QString, file);
    QFETCH(bool, variantTest);
    QFETCH(int, index);

    const QJsonObject spec = specFile(file);
    if (!m_states.contains(file)) {
        Util::Result<Flags::ClientState> state = Flags::FlagJson::clientState(spec.value(u"state").toObject());
        QVERIFY2(state.ok(), qPrintable(state.error().message));
        m_states.insert(file, std::make_shared<const Flags::ClientState>(std::move(state).value()));
    }
    // Cases with random stickiness are written so any draw gives the same answer;
    // a seeded generator keeps a failure reproducible.
    auto rng = std::make_shared<QRandomGenerator>(42u);
    const Flags::FlagEvaluator evaluator(m_states.value(file), nullptr, [rng] { return rng->generateDouble(); });

    const QJsonObject testCase =
        spec.value(variantTest ? u"variantTests"_s : u"tests"_s).toArray().at(index).toObject();
    const QString toggle = testCase.value(u"toggleName").toString();
    const Flags::EvaluationContext context = Flags::FlagJson::context(testCase.value(u"context").toObject());

    if (!variantTest) {
        QCOMPARE(evaluator.isEnabled(toggle, context), testCase.value(u"expectedResult").toBool());
    } else {
        const QJsonObject expected = testCase.value(u"expectedResult").toObject();
        const Flags::VariantResult actual = evaluator.variant(toggle, context);
        QCOMPARE(actual.name, expected.value(u"name").toString());
        QCOMPARE(actual.enabled, expected.value(u"enabled").toBool());
        QCOMPARE(actual.featureEnabled, expected.value(u"feature_enabled").toBool());
        if (expected.contains(u"payload")) {
            QVERIFY(actual.payload.has_value());
            const QJsonObject payload = expected.value(u"payload").toObject();
            QCOMPARE(actual.payload->type, payload.value(u"type").toString());
            QCOMPARE(actual.payload->value, *Flags::FlagJson::scalarText(payload.value(u"value")));
        } else {
            QVERIFY(!actual.payload.has_value());
        }
    }
    ++m_casesRun;
}

void TestFlagEvaluation::everyFileAndCaseIsCovered()
{
    // Counted straight from the files on disk, independently of the data table:
    // a file dropped from the table or a case skipped would show here.
    const QStringList files = m_specDir.entryList({u"[0-9][0-9]-*.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 22, qPrintable(u"only %1 specification files found"_s.arg(files.size())));
    int cases = 0;
    for (const QString &file : files) {
        QFile f(m_specDir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject spec = QJsonDocument::fromJson(f.readAll()).object();
        cases += int(spec.value(u"tests").toArray().size() + spec.value(u"variantTests").toArray().size());
    }
    QVERIFY(cases >= 279); // 227 tests + 52 variant tests in 6.1.0
    QCOMPARE(m_casesRun, cases);
}

void TestFlagEvaluation::murmurHashMatchesReference_data()
{
    // Reference values from murmurhash3js 3.0.1 (the hash the Node SDK and the
    // specification package use), run with the Node 22 in tools/unleash.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<quint32>("hash");
    QTest::newRow("empty") << QByteArray() << 0u << 0u;
    QTest::newRow("empty, variant seed") << QByteArray() << 86028157u << 4002661964u;
    QTest::newRow("1 byte") << QByteArray("a") << 0u << 1009084850u;
    QTest::newRow("2 bytes") << QByteArray("ab") << 86028157u << 1594296940u;
    QTest::newRow("3 bytes") << QByteArray("abc") << 0u << 3017643002u;
    QTest::newRow("4 bytes") << QByteArray("abcd") << 86028157u << 2679851658u;
    QTest::newRow("hello") << QByteArray("hello") << 0u << 613153351u;
    QTest::newRow("spec key") << QByteArray("Feature.flexibleRollout.10:174") << 0u << 3067997709u;
    QTest::newRow("group key, variant seed") << QByteArray("groupId:user-42") << 86028157u << 145090243u;
    QTest::newRow("long key") << QByteArray("checkout.new-flow:1234567890") << 0u << 1338099394u;
}

void TestFlagEvaluation::murmurHashMatchesReference()
{
    QFETCH(QByteArray, key);
    QFETCH(quint32, seed);
    QFETCH(quint32, hash);
    QCOMPARE(Flags::murmurHash3x86_32(key, seed), hash);
}

void TestFlagEvaluation::normalizedValueMatchesNodeSdk_data()
{
    // From unleash-client 6.12.1's normalizedStrategyValue / normalizedVariantValue(…, 1000).
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("groupId");
    QTest::addColumn<int>("strategyBucket");
    QTest::addColumn<int>("variantBucket");
    QTest::newRow("174") << u"174"_s << u"Feature.flexibleRollout.10"_s << 10 << 156;
    QTest::newRow("499") << u"499"_s << u"Feature.flexibleRollout.10"_s << 32 << 113;
    QTest::newRow("122") << u"122"_s << u"AB12A"_s << 23 << 613;
    QTest::newRow("155") << u"155"_s << u"AB12A"_s << 100 << 386;
    QTest::newRow("user-7") << u"user-7"_s << u"checkout.new-flow"_s << 77 << 902;
}

void TestFlagEvaluation::normalizedValueMatchesNodeSdk()
{
    QFETCH(QString, id);
    QFETCH(QString, groupId);
    QFETCH(int, strategyBucket);
    QFETCH(int, variantBucket);
    QCOMPARE(Flags::normalizedValue(id, groupId, 100, Flags::kStrategySeed), strategyBucket);
    QCOMPARE(Flags::normalizedValue(id, groupId, 1000, Flags::kVariantSeed), variantBucket);
}

void TestFlagEvaluation::semverOrdering_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::newRow("patch") << u"1.2.3"_s << u"1.2.10"_s << -1;
    QTest::newRow("equal") << u"1.2.3"_s << u"1.2.3"_s << 0;
    QTest::newRow("build ignored") << u"1.2.3+build.7"_s << u"1.2.3"_s << 0;
    QTest::newRow("pre-release before release") << u"1.0.0-rc.1"_s << u"1.0.0"_s << -1;
    QTest::newRow("numeric identifiers numerically") << u"1.0.0-alpha.10"_s << u"1.0.0-alpha.9"_s << 1;
    QTest::newRow("numeric before alphanumeric") << u"1.0.0-1"_s << u"1.0.0-alpha"_s << -1;
    QTest::newRow("shorter pre-release first") << u"1.0.0-alpha"_s << u"1.0.0-alpha.1"_s << -1;
    QTest::newRow("huge numbers") << u"1.0.0-99999999999999999999"_s << u"1.0.0-100000000000000000000"_s << -1;
}

void TestFlagEvaluation::semverOrdering()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    const auto va = Flags::SemVer::parse(a);
    const auto vb = Flags::SemVer::parse(b);
    QVERIFY(va && vb);
    const int c = va->compare(*vb);
    QCOMPARE((c > 0) - (c < 0), order);
    QVERIFY(!Flags::SemVer::parse(u"01.2.3"_s));
    QVERIFY(!Flags::SemVer::parse(u"1.2"_s));
    QVERIFY(!Flags::SemVer::parse(u"v1.2.3"_s));
    QVERIFY(Flags::SemVer::parse(u"v1.2.3"_s, true));
}

void TestFlagEvaluation::cidr_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("range");
    QTest::addColumn<bool>("inside");
    QTest::newRow("v4 /8") << u"10.1.2.3"_s << u"10.0.0.0/8"_s << true;
    QTest::newRow("v4 /32 edge") << u"10.0.0.1"_s << u"10.0.0.0/32"_s << false;
    QTest::newRow("v4 /0") << u"203.0.113.9"_s << u"0.0.0.0/0"_s << true;
    QTest::newRow("v4 bad prefix") << u"10.0.0.1"_s << u"10.0.0.0/33"_s << false;
    QTest::newRow("v4 short form refused") << u"127.1"_s << u"127.0.0.0/8"_s << false;
    QTest::newRow("v4 against v6 range") << u"10.0.0.1"_s << u"::/0"_s << false;
    QTest::newRow("v6 /64") << u"2001:db8:0:1::9"_s << u"2001:db8:0:1::/64"_s << true;
    QTest::newRow("v6 outside") << u"2001:db8:0:2::9"_s << u"2001:db8:0:1::/64"_s << false;
}

void TestFlagEvaluation::cidr()
{
    QFETCH(QString, address);
    QFETCH(QString, range);
    QFETCH(bool, inside);
    QCOMPARE(Flags::ConstraintCheck::inCidr(address, range), inside);
}

void TestFlagEvaluation::re2Syntax_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << u"^user\\d{3}$"_s << true;
    QTest::newRow("posix class") << u"^[[:alpha:]]+$"_s << true;
    QTest::newRow("lazy") << u"^a.*?b$"_s << true;
    QTest::newRow("inline flags") << u"(?i)abc"_s << true;
    QTest::newRow("named group") << u"(?P<x>a)"_s << true;
    QTest::newRow("escaped paren in class") << u"[(?=]"_s << true;
    QTest::newRow("lookahead") << u"^(?=a)b$"_s << false;
    QTest::newRow("negative lookbehind") << u"(?<!a)b"_s << false;
    QTest::newRow("back-reference") << u"^(a)\\1$"_s << false;
    QTest::newRow("atomic group") << u"(?>a+)b"_s << false;
    QTest::newRow("possessive") << u"a++b"_s << false;
}

void TestFlagEvaluation::re2Syntax()
{
    QFETCH(QString, pattern);
    QFETCH(bool, accepted);
    QCOMPARE(Flags::ConstraintCheck::isRe2Compatible(pattern), accepted);
}

void TestFlagEvaluation::explainsStrategies()
{
    // A user outside a 10% rollout, then inside the user list of the second strategy.
    const QByteArray json = R"({"version":2,"features":[{"name":"f","enabled":true,"strategies":[
        {"name":"flexibleRollout","parameters":{"rollout":"10","stickiness":"userId","groupId":"Feature.flexibleRollout.10"}},
        {"name":"userWithId","parameters":{"userIds":"499, 7"}}]}]})";
    auto state = Flags::FlagJson::clientState(QJsonDocument::fromJson(json).object());
    QVERIFY(state.ok());
    const Flags::FlagEvaluator evaluator(std::make_shared<const Flags::ClientState>(state.value()));
    Flags::EvaluationContext context;
    context.fields.insert(u"userId"_s, u"499"_s);
    const Flags::Evaluation e = evaluator.evaluate(u"f"_s, context);
    QVERIFY(e.found);
    QVERIFY(e.enabled);
    QCOMPARE(e.strategyIndex, 1);
    QCOMPARE(e.strategies.size(), 2);
    QCOMPARE(e.strategies.at(0).bucket, 32); // see normalizedValueMatchesNodeSdk
    QVERIFY(!e.strategies.at(0).enabled);
    QVERIFY(e.strategies.at(1).enabled);
    QVERIFY(!evaluator.evaluate(u"missing"_s, context).found);
}

void TestFlagEvaluation::cliEvaluatesFromAStateFile()
{
    // A specification file is a state an SDK could have downloaded.
    const QString file = m_specDir.filePath(u"10-flexible-rollout-strategy.json"_s);
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    Cli::CommandIo io{outStream, errStream};
    QCOMPARE(Cli::runCommandLine({u"flags"_s, u"evaluate"_s, u"--state"_s, file, u"--flag"_s,
                                  u"Feature.flexibleRollout.10"_s, u"--user"_s, u"174"_s}, io), 0);
    outStream.flush();
    QVERIFY2(out.startsWith(u"enabled\nstrategy 1 flexibleRollout: constraints met, bucket 10, on (decides)"_s),
             qPrintable(out));
    out.clear();
    QCOMPARE(Cli::runCommandLine({u"flags"_s, u"evaluate"_s, u"--state"_s, file, u"--flag"_s,
                                  u"Feature.flexibleRollout.10"_s, u"--user"_s, u"499"_s}, io), 0);
    outStream.flush();
    QVERIFY2(out.startsWith(u"disabled\n"_s), qPrintable(out));
    QCOMPARE(Cli::runCommandLine({u"flags"_s, u"evaluate"_s, u"--state"_s, file, u"--flag"_s, u"nope"_s}, io), 1);
    QCOMPARE(Cli::runCommandLine({u"flags"_s, u"evaluate"_s, u"--state"_s, file, u"--flag"_s, u"x"_s,
                                  u"--context"_s, u"novalue"_s}, io), 2);
}

QTEST_GUILESS_MAIN(TestFlagEvaluation)
#include "tst_flagevaluation.moc"
