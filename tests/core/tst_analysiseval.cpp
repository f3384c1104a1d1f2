#include "core/analysis/analysisevaluation.h"

#include <QTest>

using namespace Analysis;

// The accuracy floors of docs/analysis.md, measured on the synthetic suite. The figures
// are printed so a run documents them; the assertions fail on a real regression.
class TestAnalysisEval : public QObject
{
    Q_OBJECT

private slots:
    void forecastBeatsBaselines();
    void anomalyDetectionFloors();
};

void TestAnalysisEval::forecastBeatsBaselines()
{
    const AnalysisEvaluation::ForecastFigures f = AnalysisEvaluation::forecastSuite();
    qInfo().noquote() << AnalysisEvaluation::describe(f);
    QVERIFY(f.series >= 40);
    QVERIFY2(f.mase < 0.9 * f.maseNaive, "MASE must beat seasonal naive by 10%");
    QVERIFY2(f.mase < f.maseHoltWinters, "MASE must beat Holt-Winters");
    QVERIFY(f.smape < f.smapeNaive && f.smape < f.smapeHoltWinters);
    QVERIFY(f.winsOverNaive >= f.series * 3 / 4);
    // The last origin alone (a Monday night after 12 days of 5-minute history: the week
    // rests on weekday levels seen once or twice) ran at 0.98-0.99 before those levels
    // were fitted from less than two weeks; now it must stay within 0.90..0.98 overall and
    // for every family. Over three rolling origins the band must hold the 90-97%,
    // for every family of series, not only on average.
    QVERIFY2(f.coverage >= 0.90 && f.coverage <= 0.98, "95% band coverage at the last origin out of 0.90..0.98");
    QVERIFY2(f.rollingCoverage >= 0.90 && f.rollingCoverage <= 0.97, "rolling-origin coverage out of 0.90..0.97");
    QVERIFY(f.families.size() >= 7);
    for (const auto &family : f.families) {
        QVERIFY2(family.rollingCoverage >= 0.90 && family.rollingCoverage <= 0.97, qPrintable(family.name));
        QVERIFY2(family.coverage >= 0.90 && family.coverage <= 0.98, qPrintable(family.name));
    }
    QVERIFY(f.worstCoverage >= 0.6);
}

void TestAnalysisEval::anomalyDetectionFloors()
{
    const AnalysisEvaluation::AnomalyFigures a = AnalysisEvaluation::anomalySuite(0.5);
    qInfo().noquote() << AnalysisEvaluation::describe(a);
    QVERIFY(a.events >= 80);
    QVERIFY2(a.recall >= 0.78, "recall floor");
    QVERIFY2(a.precision >= 0.30, "precision floor (one event per series, so every false alarm weighs)");
    QVERIFY2(a.cleanFalseAlarmsPerDay <= 0.07, "false alarms on normal daily/weekly patterns");
    for (const auto &[kind, recall] : a.recallByKind)
        QVERIFY2(recall >= 0.6, qPrintable(kind));
}

QTEST_GUILESS_MAIN(TestAnalysisEval)
#include "tst_analysiseval.moc"
