#include "app/straja/launchoptions.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void accepted();
    void refused_data();
    void refused();
    void unknownFlagOnTheRealBinary();
};

void TestLaunchOptions::defaults()
{
    const auto options = App::parseLaunchOptions({u"straja"_s});
    QVERIFY(options.ok());
    QCOMPARE(options->demoPreset, u"standard"_s);
    QCOMPARE(options->demoSpeed, 1.0);
    QCOMPARE(options->refreshSeconds, 5);
    QVERIFY(options->dataDir.isEmpty());
    QVERIFY(options->language.isEmpty());
}

void TestLaunchOptions::accepted()
{
    const auto options = App::parseLaunchOptions({u"straja"_s, u"--data-dir"_s, u"/tmp/x"_s, u"--demo-speed"_s,
                                                  u"60"_s, u"--demo-preset"_s, u"large"_s, u"--lang"_s, u"ro"_s,
                                                  u"--seed"_s, u"42"_s});
    QVERIFY(options.ok());
    QCOMPARE(options->dataDir, u"/tmp/x"_s);
    QCOMPARE(options->demoSpeed, 60.0);
    QCOMPARE(options->demoPreset, u"large"_s);
    QCOMPARE(options->language, u"ro"_s);
    QCOMPARE(options->seed, quint64(42));
}

void TestLaunchOptions::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown flag") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
    QTest::newRow("speed zero") << QStringList{u"--demo-speed"_s, u"0"_s} << u"--demo-speed"_s;
    QTest::newRow("speed text") << QStringList{u"--demo-speed"_s, u"fast"_s} << u"fast"_s;
    QTest::newRow("preset") << QStringList{u"--demo-preset"_s, u"huge"_s} << u"standard, large"_s;
    QTest::newRow("language") << QStringList{u"--lang"_s, u"fr"_s} << u"en, ro"_s;
    QTest::newRow("refresh") << QStringList{u"--refresh"_s, u"0"_s} << u"--refresh"_s;
    QTest::newRow("missing value") << QStringList{u"--data-dir"_s} << u"data-dir"_s;
    QTest::newRow("positional") << QStringList{u"extra"_s} << u"extra"_s;
}

void TestLaunchOptions::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const auto options = App::parseLaunchOptions(QStringList{u"straja"_s} + arguments);
    QVERIFY(!options.ok());
    QVERIFY2(options.error().message.contains(mentions), qPrintable(options.error().message));
}

void TestLaunchOptions::unknownFlagOnTheRealBinary()
{
    QProcess straja;
    straja.setProcessEnvironment([] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }());
    straja.start(QStringLiteral(STRAJA_GUI_PATH), {u"--no-such-flag"_s});
    QVERIFY(straja.waitForFinished(20000));
    QCOMPARE(straja.exitCode(), 2);
    const QString err = QString::fromUtf8(straja.readAllStandardError());
    QVERIFY2(err.contains(u"no-such-flag"_s) && err.contains(u"--help"_s), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
