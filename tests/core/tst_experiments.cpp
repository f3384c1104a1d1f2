#include "app/cli/commandregistry.h"
#include "core/experiments/bayesiancomparison.h"
#include "core/experiments/countscsv.h"
#include "core/experiments/distributions.h"
#include "core/experiments/experimentanalyzer.h"
#include "core/experiments/proportiontests.h"
#include "core/experiments/sequentialtest.h"
#include "core/experiments/verdicttext.h"
#include "core/util/translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTest>
#include <QTranslator>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Experiments;

Q_DECLARE_METATYPE(Experiments::Look)

// The experiment statistics against reference values computed independently by
// tests/data/experiments/reference_stats.py (Python standard library only), whose
// output is the committed golden file reference.json. The script uses other
// methods than the C++ code wherever one exists: Wilson bounds as roots of the
// score equation found by bisection, Evan Miller's exact finite sum for the
// Bayesian probability and Stucchio's closed form for the expected loss (C++
// integrates numerically), the exact chi-square series for integer degrees of
// freedom (C++: incomplete gamma continued fraction), normal quantiles by
// bisection (C++: Acklam + Halley). Cases include zero conversions, all
// conversions, an empty arm and very unequal splits.
class TestExperiments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void comparisons_data();
    void comparisons();
    void sampleRatio_data();
    void sampleRatio();
    void sampleSize_data();
    void sampleSize();
    void distributionsSpotChecks();
    void sequentialTestHoldsAlphaUnderRepeatedLooks();
    void verdicts_data();
    void verdicts();
    void verdictTextInBothLanguages();
    void csvImport();
    void csvErrorsNameTheLine_data();
    void csvErrorsNameTheLine();
    void csvReadsFiles();
    void cliAnalyzesACsv();

private:
    QJsonObject m_reference;
};

namespace {

void compareNumber(double actual, const QJsonValue &expected, double tolerance, const char *what)
{
    if (expected.isNull()) {
        QVERIFY2(!std::isfinite(actual), qPrintable(u"%1: expected undefined, got %2"_s.arg(QLatin1StringView(what)).arg(actual)));
        return;
    }
    const double e = expected.toDouble();
    QVERIFY2(std::fabs(actual - e) <= tolerance * std::max(1.0, std::fabs(e)),
             qPrintable(u"%1: %2 vs reference %3"_s.arg(QLatin1StringView(what)).arg(actual, 0, 'g', 17).arg(e, 0, 'g', 17)));
}

void compareInterval(const Interval &actual, const QJsonValue &expected, double tolerance, const char *what)
{
    if (expected.isNull()) {
        QVERIFY2(!isDefined(actual.lower) && !isDefined(actual.upper), what);
        return;
    }
    compareNumber(actual.lower, expected.toArray().at(0), tolerance, what);
    compareNumber(actual.upper, expected.toArray().at(1), tolerance, what);
}

Look look(qint64 t, qint64 nc, qint64 xc, qint64 nt, qint64 xt)
{
    return Look{t, {{u"control"_s, nc, xc}, {u"B"_s, nt, xt}}};
}

ExperimentDefinition definition()
{
    ExperimentDefinition d;
    d.id = u"checkout"_s;
    d.name = u"Checkout"_s;
    d.controlVariant = u"control"_s;
    d.variants = {u"control"_s, u"B"_s};
    d.expectedBaselineRate = 0.04;
    d.minimumDetectableEffect = 0.10;
    return d;
}

} // namespace

void TestExperiments::initTestCase()
{
    QFile file(QStringLiteral(STRAJA_EXPERIMENTS_DATA) + u"/reference.json"_s);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    m_reference = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!m_reference.value(u"comparisons").toArray().isEmpty());
}

void TestExperiments::comparisons_data()
{
    QTest::addColumn<QJsonObject>("row");
    for (const QJsonValue &row : m_reference.value(u"comparisons").toArray())
        QTest::newRow(qPrintable(row.toObject().value(u"name").toString())) << row.toObject();
}

void TestExperiments::comparisons()
{
    QFETCH(QJsonObject, row);
    const qint64 xc = row.value(u"control").toArray().at(0).toInteger();
    const qint64 nc = row.value(u"control").toArray().at(1).toInteger();
    const qint64 xt = row.value(u"variant").toArray().at(0).toInteger();
    const qint64 nt = row.value(u"variant").toArray().at(1).toInteger();

    compareInterval(ProportionTests::wilson(xc, nc), row.value(u"wilsonControl"), 1e-12, "Wilson control");
    compareInterval(ProportionTests::wilson(xt, nt), row.value(u"wilsonVariant"), 1e-12, "Wilson variant");
    compareInterval(ProportionTests::newcombeDifference(xt, nt, xc, nc), row.value(u"newcombe"), 1e-12, "Newcombe");

    const ProportionTests::ZTest z = ProportionTests::twoProportionZ(xt, nt, xc, nc);
    if (row.value(u"ztest").isNull()) {
        QVERIFY(!isDefined(z.z) && !isDefined(z.pValue));
    } else {
        compareNumber(z.z, row.value(u"ztest").toArray().at(0), 1e-12, "z");
        compareNumber(z.pValue, row.value(u"ztest").toArray().at(1), 1e-10, "z-test p");
    }

    // Quadrature against an exact sum: agreement to 1e-9 absolute.
    const BayesianComparison::Result b = BayesianComparison::compare(xt, nt, xc, nc);
    QVERIFY2(std::fabs(b.probabilityToBeat - row.value(u"probabilityToBeat").toDouble()) < 1e-9,
             qPrintable(u"P(beat) %1 vs %2"_s.arg(b.probabilityToBeat, 0, 'g', 15)
                            .arg(row.value(u"probabilityToBeat").toDouble(), 0, 'g', 15)));
    QVERIFY2(std::fabs(b.expectedLoss - row.value(u"expectedLoss").toDouble()) < 1e-9,
             qPrintable(u"loss %1 vs %2"_s.arg(b.expectedLoss, 0, 'g', 15).arg(row.value(u"expectedLoss").toDouble())));
    QVERIFY(std::fabs(b.expectedLossControl - row.value(u"expectedLossControl").toDouble()) < 1e-9);

    QVector<SequentialTest::Counts> looks;
    for (const QJsonValue &l : row.value(u"looks").toArray()) {
        const QJsonArray a = l.toArray();
        looks.append({a.at(0).toInteger(), a.at(1).toInteger(), a.at(2).toInteger(), a.at(3).toInteger()});
    }
    const SequentialTest::Result seq =
        SequentialTest::msprt(looks, m_reference.value(u"tau").toDouble(), m_reference.value(u"alpha").toDouble());
    if (row.value(u"msprt").isNull()) {
        QCOMPARE(seq.informativeLooks, 0);
    } else {
        const QJsonArray m = row.value(u"msprt").toArray();
        compareNumber(seq.pValue, m.at(0), 1e-10, "mSPRT p");
        compareNumber(seq.interval.lower, m.at(1), 1e-10, "mSPRT lower");
        compareNumber(seq.interval.upper, m.at(2), 1e-10, "mSPRT upper");
    }
}

void TestExperiments::sampleRatio_data()
{
    QTest::addColumn<QJsonObject>("row");
    for (const QJsonValue &row : m_reference.value(u"srm").toArray())
        QTest::newRow(qPrintable(row.toObject().value(u"name").toString())) << row.toObject();
}

void TestExperiments::sampleRatio()
{
    QFETCH(QJsonObject, row);
    QVector<qint64> exposures;
    for (const QJsonValue &v : row.value(u"exposures").toArray())
        exposures.append(v.toInteger());
    QVector<double> weights;
    for (const QJsonValue &v : row.value(u"weights").toArray())
        weights.append(v.toDouble());
    const SrmCheck srm = ProportionTests::sampleRatio(exposures, weights);
    const QJsonArray expected = row.value(u"result").toArray();
    QVERIFY(srm.checked);
    compareNumber(srm.chiSquare, expected.at(0), 1e-12, "chi-square");
    QCOMPARE(srm.degreesOfFreedom, expected.at(1).toInt());
    // Relative agreement, also for p-values far in the tail (1e-219).
    const double e = expected.at(2).toDouble();
    QVERIFY2(std::fabs(srm.pValue - e) <= 1e-9 * e + 1e-300,
             qPrintable(u"p %1 vs %2"_s.arg(srm.pValue, 0, 'g', 15).arg(e, 0, 'g', 15)));
    QCOMPARE(srm.mismatch, e < 0.001);
}

void TestExperiments::sampleSize_data()
{
    QTest::addColumn<QJsonObject>("row");
    for (const QJsonValue &row : m_reference.value(u"sampleSize").toArray())
        QTest::newRow(qPrintable(row.toObject().value(u"name").toString())) << row.toObject();
}

void TestExperiments::sampleSize()
{
    QFETCH(QJsonObject, row);
    QCOMPARE(ProportionTests::sampleSizePerVariant(row.value(u"baseline").toDouble(), row.value(u"mde").toDouble(),
                                                   row.value(u"alpha").toDouble(), row.value(u"power").toDouble()),
             row.value(u"perVariant").toInteger());
}

void TestExperiments::distributionsSpotChecks()
{
    // Textbook values.
    QVERIFY(std::fabs(Distributions::normalQuantile(0.975) - 1.959963984540054) < 1e-14);
    QVERIFY(std::fabs(Distributions::normalQuantile(1e-10) + 6.361340902404056) < 1e-10);
    QVERIFY(std::fabs(Distributions::chiSquareSurvival(3.841458820694124, 1) - 0.05) < 1e-13);
    QVERIFY(std::fabs(Distributions::regularizedBeta(0.5, 3, 3) - 0.5) < 1e-15);
    // I_x(1, b) = 1 - (1 - x)^b.
    QVERIFY(std::fabs(Distributions::regularizedBeta(0.01, 1, 200) - (1 - std::pow(0.99, 200))) < 1e-14);
}

void TestExperiments::sequentialTestHoldsAlphaUnderRepeatedLooks()
{
    // A/A experiments looked at 20 times each: the fixed-horizon z-test "finds" a
    // difference in far more than 5% of them, the mSPRT in at most 5% (Monte
    // Carlo, fixed seed; the bound has slack for 400 runs).
    QRandomGenerator rng(20260305u);
    const int runs = 400;
    int naiveFalse = 0;
    int sequentialFalse = 0;
    for (int run = 0; run < runs; ++run) {
        QVector<SequentialTest::Counts> looks;
        SequentialTest::Counts c;
        bool naive = false;
        for (int l = 0; l < 20; ++l) {
            for (int u = 0; u < 500; ++u) {
                c.nt += 1;
                c.xt += rng.generateDouble() < 0.05 ? 1 : 0;
                c.nc += 1;
                c.xc += rng.generateDouble() < 0.05 ? 1 : 0;
            }
            looks.append(c);
            naive = naive || ProportionTests::twoProportionZ(c.xt, c.nt, c.xc, c.nc).pValue < 0.05;
        }
        naiveFalse += naive ? 1 : 0;
        sequentialFalse += SequentialTest::msprt(looks, 0.005, 0.05).pValue < 0.05 ? 1 : 0;
    }
    QVERIFY2(naiveFalse > runs * 0.12, qPrintable(u"naive false positives: %1 of %2"_s.arg(naiveFalse).arg(runs)));
    QVERIFY2(sequentialFalse <= runs * 0.05, qPrintable(u"mSPRT false positives: %1 of %2"_s.arg(sequentialFalse).arg(runs)));
}

void TestExperiments::verdicts_data()
{
    QTest::addColumn<QVector<Look>>("looks");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("variant");

    QTest::newRow("no data") << QVector<Look>{} << int(VerdictKind::NoData) << QString();
    QTest::newRow("nobody exposed") << QVector<Look>{look(1, 0, 0, 0, 0)} << int(VerdictKind::NoData) << QString();
    QTest::newRow("early") << QVector<Look>{look(1, 1000, 40, 1000, 45)} << int(VerdictKind::NotEnoughData)
                           << QString();
    QVector<Look> winning;
    for (int day = 1; day <= 20; ++day)
        winning.append(look(day, 2500 * day, 95 * day, 2500 * day, 110 * day));
    QTest::newRow("winner") << winning << int(VerdictKind::Winner) << u"B"_s;
    QVector<Look> losing;
    for (int day = 1; day <= 20; ++day)
        losing.append(look(day, 2500 * day, 110 * day, 2500 * day, 90 * day));
    QTest::newRow("loser") << losing << int(VerdictKind::Loser) << u"B"_s;
    QTest::newRow("split broken") << QVector<Look>{look(1, 5300, 212, 4700, 190)}
                                  << int(VerdictKind::SampleRatioMismatch) << QString();
    QTest::newRow("variant never shown") << QVector<Look>{Look{1, {{u"control"_s, 1000, 40}}}}
                                         << int(VerdictKind::SampleRatioMismatch) << QString();
    QTest::newRow("planned size, no difference") << QVector<Look>{look(1, 60000, 2400, 60000, 2410)}
                                                 << int(VerdictKind::NoDifference) << QString();
}

void TestExperiments::verdicts()
{
    QFETCH(QVector<Look>, looks);
    QFETCH(int, kind);
    QFETCH(QString, variant);
    const ExperimentReport report = ExperimentAnalyzer::analyze(definition(), ExperimentData{looks}, 42);
    QCOMPARE(int(report.verdict.kind), kind);
    QCOMPARE(report.verdict.variant, variant);
    QCOMPARE(report.variants.size(), 2);
    QCOMPARE(report.variants.at(0).variant, u"control"_s);
    QVERIFY(report.variants.at(0).isControl);
    if (report.verdict.kind == VerdictKind::NotEnoughData) {
        QVERIFY(report.verdict.moreUsersPerVariant > 0);
        QCOMPARE(report.verdict.moreUsersPerVariant, report.plan.perVariant - 1000);
    }
    if (report.verdict.kind == VerdictKind::Winner) {
        QVERIFY(report.verdict.probability > 0.99);
        QVERIFY(std::fabs(report.verdict.relativeLift - (110.0 - 95.0) / 95.0) < 1e-12);
    }
}

void TestExperiments::verdictTextInBothLanguages()
{
    Verdict winner;
    winner.kind = VerdictKind::Winner;
    winner.variant = u"B"_s;
    winner.relativeLift = 0.1234;
    winner.probability = 0.9712;
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(VerdictText::headline(winner, en), u"Variant B wins: +12% conversion, 97% probability to beat control."_s);
    Verdict more;
    more.kind = VerdictKind::NotEnoughData;
    more.moreUsersPerVariant = 4187;
    QCOMPARE(VerdictText::headline(more, en), u"Not enough data yet: about 4,200 more users per variant."_s);
    QCOMPARE(VerdictText::roundedUsers(87), 87);
    QCOMPARE(VerdictText::roundedUsers(12001), 13000);
    QCOMPARE(VerdictText::probabilityNumber(0.99996, en), u"> 99.9"_s);
    QCOMPARE(VerdictText::probabilityNumber(0.99449, en), u"99.4"_s);

    QTranslator translator;
    QVERIFY(Util::loadTranslation(translator, u"ro"_s));
    QCoreApplication::installTranslator(&translator);
    const QLocale ro(QLocale::Romanian, QLocale::Romania);
    const QString winnerRo = VerdictText::headline(winner, ro);
    const QString moreRo = VerdictText::headline(more, ro);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(winnerRo, u"Varianta B câștigă: +12 % conversie, probabilitate de 97 % să depășească varianta de control."_s);
    QCOMPARE(moreRo, u"Încă nu sunt destule date: mai trebuie aproximativ 4.200 de utilizatori pe variantă."_s);
}

void TestExperiments::csvImport()
{
    const QByteArray csv = "timestamp,variant,exposures,conversions\n"
                           "2026-03-01,control,1000,40\n"
                           "2026-03-01,B,990,45\n"
                           "\n"
                           "2026-03-02 00:00:00,control,1100,41\n"
                           "1772409600,B,1000,50\n"; // 2026-03-02 00:00 UTC in Unix seconds
    const Util::Result<ExperimentData> data = CountsCsv::parse(csv);
    QVERIFY2(data.ok(), qPrintable(data.error().message));
    QCOMPARE(data->looks.size(), 2);
    QCOMPARE(data->looks.at(0).atMs, 1772323200000LL);
    QCOMPARE(data->looks.at(1).atMs, 1772409600000LL);
    QCOMPARE(*data->looks.at(1).variant(u"control"_s), (VariantCounts{u"control"_s, 2100, 81}));
    QCOMPARE(*data->looks.at(1).variant(u"B"_s), (VariantCounts{u"B"_s, 1990, 95}));

    // Semicolons, quotes, a byte-order mark, no timestamp column: one look.
    const Util::Result<ExperimentData> plain =
        CountsCsv::parse("\xEF\xBB\xBFVariant;Conversions;Exposures\n\"con;trol\";3;10\nB;0;0\n");
    QVERIFY2(plain.ok(), qPrintable(plain.error().message));
    QCOMPARE(plain->looks.size(), 1);
    QCOMPARE(*plain->looks.at(0).variant(u"con;trol"_s), (VariantCounts{u"con;trol"_s, 10, 3}));
    QCOMPARE(*plain->looks.at(0).variant(u"B"_s), (VariantCounts{u"B"_s, 0, 0}));
}

void TestExperiments::csvErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray("\n\n") << u"The file is empty."_s;
    QTest::newRow("no header columns") << QByteArray("a,b,c\n1,2,3\n") << u"Line 1: the header must name"_s;
    QTest::newRow("header only") << QByteArray("variant,exposures,conversions\n")
                                 << u"The file has a header but no data rows."_s;
    QTest::newRow("field count") << QByteArray("variant,exposures,conversions\nA,10,1\nB,10\n")
                                 << u"Line 3: expected 3 fields like the header, found 2."_s;
    QTest::newRow("fraction") << QByteArray("variant,exposures,conversions\nA,10.5,1\n")
                              << u"Line 2: exposures must be a whole number from 0 to 10^12, found \"10.5\"."_s;
    QTest::newRow("negative") << QByteArray("variant,exposures,conversions\nA,10,-1\n")
                              << u"Line 2: conversions must be a whole number"_s;
    QTest::newRow("more conversions than exposures")
        << QByteArray("variant,exposures,conversions\nA,10,1\n\nB,100,120\n")
        << u"Line 4: 120 conversions exceed 100 exposures."_s;
    QTest::newRow("bad date") << QByteArray("date,variant,exposures,conversions\n2026-13-01,A,10,1\n")
                              << u"Line 2: unreadable timestamp \"2026-13-01\""_s;
    QTest::newRow("empty variant") << QByteArray("variant,exposures,conversions\n,10,1\n")
                                   << u"Line 2: the variant name is empty."_s;
    QTest::newRow("open quote") << QByteArray("variant,exposures,conversions\n\"A,10,1\n")
                                << u"Line 2: a quoted field is not closed."_s;
    QTest::newRow("too large") << QByteArray("variant,exposures,conversions\nA,10000000000000,1\n")
                               << u"Line 2: exposures must be a whole number"_s;
}

void TestExperiments::csvErrorsNameTheLine()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const Util::Result<ExperimentData> data = CountsCsv::parse(csv);
    QVERIFY(!data.ok());
    QVERIFY2(data.error().message.startsWith(message), qPrintable(data.error().message));
}

void TestExperiments::csvReadsFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"counts.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("variant,exposures,conversions\ncontrol,100,4\nB,100,5\n");
    f.close();
    const Util::Result<ExperimentData> data = CountsCsv::readFile(path);
    QVERIFY(data.ok());
    QCOMPARE(data->latest().variants.size(), 2);
    const Util::Result<ExperimentData> missing = CountsCsv::readFile(dir.filePath(u"missing.csv"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(u"missing.csv"_s));
}

void TestExperiments::cliAnalyzesACsv()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"checkout.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray csv = "timestamp,variant,exposures,conversions\n";
    for (int day = 1; day <= 20; ++day)
        csv += QByteArray("2026-03-") + QByteArray::number(day).rightJustified(2, '0') + ",control,2500,95\n"
            + QByteArray("2026-03-") + QByteArray::number(day).rightJustified(2, '0') + ",B,2500,110\n";
    f.write(csv);
    f.close();
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    Cli::CommandIo io{outStream, errStream};
    QCOMPARE(Cli::runCommandLine({u"experiments"_s, u"analyze"_s, u"--input"_s, path, u"--baseline"_s, u"0.04"_s}, io), 0);
    outStream.flush();
    QVERIFY2(out.startsWith(u"Variant B wins: +16% conversion, > 99.9% probability to beat control."_s), qPrintable(out));
    QVERIFY(out.contains(u"B,50000,2200,0.044000,"_s));

    f.open(QIODevice::WriteOnly);
    f.write("variant,exposures,conversions\ncontrol,10,1\nB,ten,1\n");
    f.close();
    QCOMPARE(Cli::runCommandLine({u"experiments"_s, u"analyze"_s, u"--input"_s, path}, io), 1);
    errStream.flush();
    QVERIFY2(err.contains(u"Line 3: exposures must be a whole number"_s), qPrintable(err));
    QCOMPARE(Cli::runCommandLine({u"experiments"_s, u"analyze"_s}, io), 2);
}

QTEST_GUILESS_MAIN(TestExperiments)
#include "tst_experiments.moc"
