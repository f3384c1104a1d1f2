#include "app/cli/commandregistry.h"
#include "app/cli/commands/benchcommand.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out, err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    Cli::CommandIo io{out, err};
    r.code = Cli::runCommandLine(args, io);
    out.flush();
    err.flush();
    return r;
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

QByteArray seasonalCsv(int n, bool unix)
{
    QByteArray text = "timestamp,value\n";
    const QDateTime start(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < n; ++i) {
        const QDateTime t = start.addSecs(300LL * i);
        text += unix ? QByteArray::number(t.toSecsSinceEpoch()) : t.toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8();
        text += ',' + QByteArray::number(100 + 20 * std::sin(2 * M_PI * i / 288) + (i % 7) * 0.3) + '\n';
    }
    return text;
}

} // namespace

class TestCliAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void exitCodes_data();
    void exitCodes();
    void forecastContinuesInput_data();
    void forecastContinuesInput();
    void anomaliesEchoRows();
    void benchTable();

private:
    QTemporaryDir m_dir;
};

void TestCliAnalysis::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("inStderr");

    const QByteArray good = seasonalCsv(50, false);
    QTest::newRow("forecast ok") << QStringList{u"forecast"_s, u"--horizon"_s, u"5"_s} << good << 0 << QString();
    QTest::newRow("missing horizon") << QStringList{u"forecast"_s} << good << 2 << u"--horizon"_s;
    QTest::newRow("bad horizon") << QStringList{u"forecast"_s, u"--horizon=abc"_s} << good << 2 << u"--horizon"_s;
    QTest::newRow("bad season") << QStringList{u"forecast"_s, u"--horizon"_s, u"5"_s, u"--season"_s, u"1"_s} << good
                                << 2 << u"--season"_s;
    QTest::newRow("unknown option") << QStringList{u"forecast"_s, u"--horizon"_s, u"5"_s, u"--frob"_s, u"1"_s}
                                    << good << 2 << u"--frob"_s;
    QTest::newRow("single row") << QStringList{u"forecast"_s, u"--horizon"_s, u"5"_s}
                                << QByteArray("timestamp,value\n1,2\n") << 1 << u"one data row"_s;
    QTest::newRow("non-monotonic") << QStringList{u"forecast"_s, u"--horizon"_s, u"5"_s}
                                   << QByteArray("timestamp,value\n1,2\n3,2\n2,2\n") << 1 << u"line 4"_s;
    QTest::newRow("anomalies bad input") << QStringList{u"anomalies"_s} << QByteArray("timestamp,value\n1,x\n") << 1
                                         << u"line 2"_s;
    QTest::newRow("anomalies single row ok") << QStringList{u"anomalies"_s} << QByteArray("timestamp,value\n1,2\n")
                                             << 0 << QString();
    QTest::newRow("anomalies repeated hour ok")
        << QStringList{u"anomalies"_s} << QByteArray("timestamp,value\n60,2\n120,2\n120,3\n60,2\n180,2\n") << 0
        << u"not later than an earlier row (first on line 4)"_s;
    QTest::newRow("bench unknown") << QStringList{u"bench"_s, u"nope"_s} << QByteArray() << 2 << u"nope"_s;
}

void TestCliAnalysis::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    QFETCH(QString, inStderr);
    const QString in = m_dir.filePath(u"in.csv"_s);
    const QString out = m_dir.filePath(u"out.csv"_s);
    writeFile(in, input);
    if (args.first() != u"bench")
        args << u"--input"_s << in << u"--output"_s << out;
    const Run r = runCli(args);
    QCOMPARE(r.code, code);
    if (!inStderr.isEmpty())
        QVERIFY2(r.err.contains(inStderr), qPrintable(r.err));
    if (code != 0 || !inStderr.isEmpty())
        QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
}

void TestCliAnalysis::forecastContinuesInput_data()
{
    QTest::addColumn<bool>("unix");
    QTest::newRow("iso") << false;
    QTest::newRow("unix") << true;
}

void TestCliAnalysis::forecastContinuesInput()
{
    QFETCH(bool, unix);
    const QString in = m_dir.filePath(u"in.csv"_s);
    const QString out = m_dir.filePath(u"fc.csv"_s);
    writeFile(in, seasonalCsv(3 * 288, unix));
    const Run r = runCli({u"forecast"_s, u"--input"_s, in, u"--horizon"_s, u"12"_s, u"--season"_s, u"auto"_s,
                          u"--output"_s, out});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"Seasonality"_s));
    const QStringList lines = readLines(out);
    QCOMPARE(lines.size(), 13);
    QCOMPARE(lines[0], u"timestamp,forecast,lower,upper"_s);
    const QString expectedFirst = unix ? u"1772668800"_s : u"2026-03-05 00:00:00"_s;
    QCOMPARE(lines[1].section(u',', 0, 0), expectedFirst);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(u',');
        QCOMPARE(f.size(), 4);
        QVERIFY(f[2].toDouble() <= f[1].toDouble() && f[1].toDouble() <= f[3].toDouble());
    }
}

void TestCliAnalysis::anomaliesEchoRows()
{
    const QString in = m_dir.filePath(u"in.csv"_s);
    const QString out = m_dir.filePath(u"an.csv"_s);
    writeFile(in, "timestamp,value\n2026-01-01 00:00:00,1\n2026-01-01 00:01:00,NaN\n2026-01-01 00:03:00,2.5\n");
    QCOMPARE(runCli({u"anomalies"_s, u"--input"_s, in, u"--output"_s, out}).code, 0);
    QCOMPARE(readLines(out), (QStringList{u"timestamp,value,anomaly_score"_s, u"2026-01-01 00:00:00,1,0"_s,
                                          u"2026-01-01 00:01:00,NaN,0"_s, u"2026-01-01 00:03:00,2.5,0"_s}));
    // A repeated hour (a clock set back) is scored row by row, echoed as written.
    writeFile(in, "timestamp,value\n2026-01-01 01:00:00,1\n2026-01-01 01:30:00,2\n2026-01-01 01:00:00,3\n"
                  "2026-01-01 02:00:00,4\n");
    QCOMPARE(runCli({u"anomalies"_s, u"--input"_s, in, u"--output"_s, out}).code, 0);
    QCOMPARE(readLines(out), (QStringList{u"timestamp,value,anomaly_score"_s, u"2026-01-01 01:00:00,1,0"_s,
                                          u"2026-01-01 01:30:00,2,0"_s, u"2026-01-01 01:00:00,3,0"_s,
                                          u"2026-01-01 02:00:00,4,0"_s}));
    // A failed run leaves no partial output behind.
    writeFile(in, "timestamp,value\n1,1\n2,x\n");
    QFile::remove(out);
    QCOMPARE(runCli({u"anomalies"_s, u"--input"_s, in, u"--output"_s, out}).code, 1);
    QVERIFY(!QFile::exists(out));
}

void TestCliAnalysis::benchTable()
{
    QStringList names;
    for (const auto &b : Cli::BenchCommand::benches()) {
        QVERIFY(!b.description.isEmpty());
        names << b.name;
    }
    QVERIFY(names.contains(u"forecast"_s) && names.contains(u"anomalies"_s));
    const Run help = runCli({u"bench"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"anomalies"_s));
    const Run r = runCli({u"bench"_s, u"forecast"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"ms CPU per series"_s), qPrintable(r.out));
    // Issue 10's figure, on the bench_alerts code path.
    QVERIFY(names.contains(u"alerts"_s));
    const Run alerts = runCli({u"bench"_s, u"alerts"_s});
    QCOMPARE(alerts.code, 0);
    QVERIFY2(alerts.out.contains(u"1000 services x 10 rules:"_s) && alerts.out.contains(u"ms CPU per refresh"_s),
             qPrintable(alerts.out));
}

QTEST_GUILESS_MAIN(TestCliAnalysis)
#include "tst_cli_analysis.moc"
