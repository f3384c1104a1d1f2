#include "core/analysis/seriescsv.h"

#include <QIODevice>
#include <QTemporaryDir>
#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using Analysis::SeriesCsv;
using Analysis::TimestampStyle;

// Produces `rows` lines of a regular 1-minute series on the fly, so a multi-million-row
// file can be streamed without holding it in memory.
class GeneratedCsv final : public QIODevice
{
public:
    explicit GeneratedCsv(qint64 rows) : m_rows(rows) { open(QIODevice::ReadOnly); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_next > m_rows)
                    break;
                m_pending = m_next == 0 ? QByteArray("timestamp,value\n")
                                        : QByteArray::number(1'700'000'000 + 60 * m_next) + ','
                                              + QByteArray::number(double(m_next % 1000) * 0.5) + '\n';
                ++m_next;
            }
            const qint64 n = std::min<qint64>(maxSize - written, m_pending.size());
            memcpy(data + written, m_pending.constData(), size_t(n));
            m_pending.remove(0, n);
            written += n;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    QByteArray m_pending;
};

class TestSeriesCsv : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidFiles_data();
    void parsesValidFiles();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void timestampsRoundTrip_data();
    void timestampsRoundTrip();
    void regularizeSnapsAndFillsGaps();
    void streamsMillionsOfRowsCompactly();
    void readTailKeepsLastRows();
    void writesForecastInInputStyle();
    void asWrittenDeliversRowsOutOfOrder();
};

void TestSeriesCsv::parsesValidFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("stepMs");
    QTest::addColumn<int>("missing");
    QTest::addColumn<bool>("unix");

    QTest::newRow("iso 5 min") << QByteArray("timestamp,value\n2026-01-01 00:00:00,1\n2026-01-01 00:05:00,2\n"
                                             "2026-01-01 00:10:00,3\n")
                               << 3 << qint64(300'000) << 0 << false;
    QTest::newRow("unix hourly with NaN") << QByteArray("timestamp,value\n3600,1\n7200,NaN\n10800,\n14400,4\n")
                                          << 4 << qint64(3'600'000) << 2 << true;
    QTest::newRow("crlf, bom, quotes, blank lines")
        << QByteArray("\xEF\xBB\xBFtimestamp,value\r\n\"2026-01-01 00:00:00\",\"1.5\"\r\n\r\n2026-01-01 00:01:00,2e3\r\n")
        << 2 << qint64(60'000) << 0 << false;
    QTest::newRow("extra columns by name")
        << QByteArray("value,is_anomaly,timestamp\n1,0,100\n2,0,101\n3,1,102\n") << 3 << qint64(1000) << 0 << true;
    QTest::newRow("gap keeps most common step")
        << QByteArray("timestamp,value\n0,1\n60,1\n120,1\n600,1\n660,1\n720,1\n") << 6 << qint64(60'000) << 0 << true;
    QTest::newRow("single row") << QByteArray("timestamp,value\n2026-01-01 00:00:00,7\n") << 1 << qint64(0) << 0
                                << false;
    QTest::newRow("jittered minute snaps to 60 s")
        << QByteArray("timestamp,value\n0,1\n61,2\n119,3\n181,4\n240,5\n") << 5 << qint64(60'000) << 0 << true;
    QTest::newRow("iso with T and Z") << QByteArray("timestamp,value\n2026-01-01T00:00:00Z,1\n2026-01-01T00:00:30Z,2\n")
                                      << 2 << qint64(30'000) << 0 << false;
}

void TestSeriesCsv::parsesValidFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(int, rows);
    QFETCH(qint64, stepMs);
    QFETCH(int, missing);
    QFETCH(bool, unix);
    auto raw = SeriesCsv::parse(text);
    QVERIFY2(raw.ok(), qPrintable(raw.error().message));
    QCOMPARE(raw->size(), rows);
    QCOMPARE(raw->inferredStepMs, stepMs);
    QCOMPARE(int(std::count_if(raw->values.begin(), raw->values.end(), [](double v) { return std::isnan(v); })),
             missing);
    QCOMPARE(raw->style == TimestampStyle::UnixSeconds, unix);
}

void TestSeriesCsv::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("whitespace only") << QByteArray("\n\n  \n") << u"empty"_s;
    QTest::newRow("header only") << QByteArray("timestamp,value\n") << u"no data rows"_s;
    QTest::newRow("garbage") << QByteArray("this is not a csv\n\x00\x01", 21) << u"line 1:"_s;
    QTest::newRow("bad number") << QByteArray("timestamp,value\n2026-01-01 00:00:00,abc\n") << u"line 2: value 'abc'"_s;
    QTest::newRow("infinite value") << QByteArray("timestamp,value\n1,inf\n") << u"line 2: value"_s;
    QTest::newRow("bad timestamp") << QByteArray("timestamp,value\n2026-13-01 00:00:00,1\n") << u"line 2:"_s;
    QTest::newRow("february 30") << QByteArray("timestamp,value\n2026-02-30 00:00:00,1\n") << u"line 2:"_s;
    QTest::newRow("duplicate") << QByteArray("timestamp,value\n5,1\n5,2\n") << u"line 3: duplicate timestamp"_s;
    QTest::newRow("non-monotonic") << QByteArray("timestamp,value\n5,1\n9,1\n7,2\n") << u"line 4:"_s;
    QTest::newRow("mixed styles") << QByteArray("timestamp,value\n2026-01-01 00:00:00,1\n1767225660,2\n")
                                  << u"line 3:"_s;
    QTest::newRow("missing field") << QByteArray("timestamp,value\n1,1\n2\n") << u"line 3:"_s;
    QTest::newRow("unknown header") << QByteArray("a,b,c\n1,2,3\n") << u"line 1: expected the header"_s;
    QTest::newRow("huge line") << (QByteArray("timestamp,value\n") + QByteArray(100'000, '7')) << u"line 2:"_s;
}

void TestSeriesCsv::rejectsBadFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    auto raw = SeriesCsv::parse(text);
    QVERIFY(!raw.ok());
    QVERIFY2(raw.error().message.contains(expected), qPrintable(raw.error().message));
    QVERIFY(!raw.error().message.contains(u'\n'));
}

void TestSeriesCsv::timestampsRoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("epoch") << u"1970-01-01 00:00:00"_s << qint64(0);
    QTest::newRow("leap day") << u"2024-02-29 23:59:59"_s << qint64(1'709'251'199'000);
    QTest::newRow("checker start") << u"2026-03-02 00:00:00"_s << qint64(1'772'409'600'000);
    QTest::newRow("before epoch") << u"1969-12-31 23:00:00"_s << qint64(-3'600'000);
    QTest::newRow("unix") << u"1767225600"_s << qint64(1'767'225'600'000);
}

void TestSeriesCsv::timestampsRoundTrip()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const QByteArray utf8 = text.toUtf8();
    TimestampStyle style;
    auto parsed = SeriesCsv::parseTimestamp(std::string_view(utf8.constData(), size_t(utf8.size())), &style);
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, ms);
    std::string back;
    SeriesCsv::appendTimestamp(back, ms, style);
    QCOMPARE(QString::fromStdString(back), text);
}

void TestSeriesCsv::regularizeSnapsAndFillsGaps()
{
    // 60 s step, one jittered row (+5 s) and one missing minute.
    auto raw = SeriesCsv::parse("timestamp,value\n0,1\n60,2\n125,3\n240,5\n300,6\n");
    QVERIFY(raw.ok());
    QCOMPARE(raw->inferredStepMs, qint64(60'000));
    const Analysis::RegularSeries s = SeriesCsv::regularize(*raw, 1000);
    QCOMPARE(s.stepMs, qint64(60'000));
    QCOMPARE(s.size(), 6);
    QCOMPARE(s.timeAt(s.size() - 1), qint64(300'000));
    QCOMPARE(s.values[2], 3.0);
    QVERIFY(std::isnan(s.values[3]));
    // Only the tail is kept when the window is smaller; a leading empty cell is dropped.
    const Analysis::RegularSeries tail = SeriesCsv::regularize(*raw, 3);
    QCOMPARE(tail.size(), 2);
    QCOMPARE(tail.startMs, qint64(240'000));
}

void TestSeriesCsv::streamsMillionsOfRowsCompactly()
{
    constexpr qint64 kRows = 2'000'000;
    GeneratedCsv device(kRows);
    Analysis::RawSeries raw;
    qint64 rows = 0;
    double sum = 0;
    auto style = SeriesCsv::forEachRow(device, [&](const SeriesCsv::Row &r) {
        ++rows;
        sum += r.value;
    });
    QVERIFY(style.ok());
    QCOMPARE(rows, kRows);
    QVERIFY(sum > 0);
    // A regular file is one run of timestamps, whatever its length.
    GeneratedCsv again(20'000);
    QByteArray all = again.readAll();
    auto parsed = SeriesCsv::parse(all);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->runs.size(), size_t(1));
    QCOMPARE(parsed->inferredStepMs, qint64(60'000));
}

void TestSeriesCsv::readTailKeepsLastRows()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("timestamp,value\n");
    for (int i = 0; i < 1000; ++i)
        f.write(QByteArray::number(60 * i) + ',' + QByteArray::number(i) + '\n');
    f.write("59940,5\n"); // a duplicate of the last timestamp: the whole file is still validated
    f.close();
    auto bad = SeriesCsv::readTail(path, 10);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error().message.contains(u"line 1002"_s));

    QVERIFY(f.resize(f.size() - 8));
    auto tail = SeriesCsv::readTail(path, 10);
    QVERIFY2(tail.ok(), qPrintable(tail.error().message));
    QCOMPARE(tail->size(), 10);
    QCOMPARE(tail->values.front(), 990.0);
    QCOMPARE(tail->values.back(), 999.0);
    QCOMPARE(tail->lastMs(), qint64(59'940'000));
    QCOMPARE(tail->inferredStepMs, qint64(60'000));
}

void TestSeriesCsv::writesForecastInInputStyle()
{
    QTemporaryDir dir;
    Analysis::Forecast f;
    f.startMs = 1'767'225'600'000;
    f.stepMs = 3'600'000;
    f.point = {1.5, 2.0};
    f.lower = {1.0, 1.0};
    f.upper = {2.0, 3.0};
    const QString path = dir.filePath(u"f.csv"_s);
    QVERIFY(SeriesCsv::writeForecast(path, f, TimestampStyle::DateTime).ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("timestamp,forecast,lower,upper\n2026-01-01 00:00:00,1.5,1,2\n"
                                        "2026-01-01 01:00:00,2,1,3\n"));
}

void TestSeriesCsv::asWrittenDeliversRowsOutOfOrder()
{
    const QByteArray text("timestamp,value\n5,1\n9,2\n9,3\n7,4\n11,5\n");
    QBuffer device;
    device.setData(text);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QList<qint64> lines, late;
    QList<double> values;
    auto style = SeriesCsv::forEachRow(
        device,
        [&](const SeriesCsv::Row &r) {
            lines.append(r.line);
            values.append(r.value);
            if (!r.afterPrevious)
                late.append(r.line);
        },
        SeriesCsv::TimeOrder::AsWritten);
    QVERIFY2(style.ok(), qPrintable(style.ok() ? QString() : style.error().message));
    QCOMPARE(lines, (QList<qint64>{2, 3, 4, 5, 6}));
    QCOMPARE(values, (QList<double>{1, 2, 3, 4, 5}));
    // 9 repeats line 3's time and 7 is earlier than it; 11 is later than every row before.
    QCOMPARE(late, (QList<qint64>{4, 5}));
    // The default still refuses the same file, naming the line.
    QVERIFY(device.seek(0));
    auto strict = SeriesCsv::forEachRow(device, [](const SeriesCsv::Row &) {});
    QVERIFY(!strict.ok());
    QVERIFY(strict.error().message.contains(u"line 4"_s));
}

QTEST_GUILESS_MAIN(TestSeriesCsv)
#include "tst_seriescsv.moc"
