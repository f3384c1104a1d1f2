#include "app/cli/commandregistry.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
};

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedInStdout");
    QTest::addColumn<QString>("expectedInStderr");

    QTest::newRow("no arguments") << QStringList{} << 2 << QString() << u"Usage"_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"Usage"_s << QString();
    QTest::newRow("version flag") << QStringList{u"--version"_s} << 0 << u"straja-cli " STRAJA_VERSION ""_s
                                  << QString();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << QString()
                                     << u"unknown command 'frobnicate'"_s;
    QTest::newRow("version with junk") << QStringList{u"version"_s, u"--x"_s} << 2 << QString()
                                       << u"takes no arguments"_s;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedInStdout);
    QFETCH(QString, expectedInStderr);

    QString outText;
    QString errText;
    QTextStream out(&outText);
    QTextStream err(&errText);
    Cli::CommandIo io{out, err};
    QCOMPARE(Cli::runCommandLine(arguments, io), expectedCode);
    out.flush();
    err.flush();
    if (!expectedInStdout.isEmpty())
        QVERIFY2(outText.contains(expectedInStdout), qPrintable(outText));
    if (!expectedInStderr.isEmpty())
        QVERIFY2(errText.contains(expectedInStderr), qPrintable(errText));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
