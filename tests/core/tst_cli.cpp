#include "app/cli/commandregistry.h"

#include <QProcess>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data();
    void exitCodes();
    void languageOfMessages_data();
    void languageOfMessages();
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

void TestCli::languageOfMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<int>("expectedCode");
    QTest::addColumn<QString>("expectedOutput");

    const QString romanian = u"Utilizare: straja-cli <comandă> [opțiuni]"_s;
    const QString english = u"Usage: straja-cli <command> [options]"_s;
    QTest::newRow("LANG=ro_RO.UTF-8") << QStringList{u"--help"_s} << QStringList{u"LANG=ro_RO.UTF-8"_s} << 0
                                      << romanian;
    QTest::newRow("LC_ALL wins over LANG") << QStringList{u"--help"_s}
                                           << QStringList{u"LC_ALL=ro_RO.UTF-8"_s, u"LANG=en_GB.UTF-8"_s} << 0
                                           << romanian;
    QTest::newRow("LC_ALL=C wins over LANG=ro") << QStringList{u"--help"_s}
                                                << QStringList{u"LC_ALL=C"_s, u"LANG=ro_RO.UTF-8"_s} << 0 << english;
    QTest::newRow("--lang en over LANG=ro") << QStringList{u"--lang"_s, u"en"_s, u"--help"_s}
                                            << QStringList{u"LANG=ro_RO.UTF-8"_s} << 0 << english;
    QTest::newRow("--lang=ro in the C locale") << QStringList{u"--lang=ro"_s, u"--help"_s}
                                               << QStringList{u"LANG=C.UTF-8"_s} << 0 << romanian;
    QTest::newRow("no locale at all: English") << QStringList{u"--help"_s} << QStringList{} << 0 << english;
    QTest::newRow("--lang after the command") << QStringList{u"bench"_s, u"--help"_s, u"--lang"_s, u"ro"_s}
                                              << QStringList{} << 0 << u"Fără nume rulează"_s;
    QTest::newRow("unknown language") << QStringList{u"--lang"_s, u"de"_s, u"--help"_s} << QStringList{} << 2
                                      << u"unknown language 'de'; available: en, ro"_s;
    QTest::newRow("unknown language, in Romanian") << QStringList{u"--lang"_s, u"de"_s}
                                                   << QStringList{u"LANG=ro_RO.UTF-8"_s} << 2 << u"limbă"_s;
    QTest::newRow("--lang without a value") << QStringList{u"--help"_s, u"--lang"_s} << QStringList{} << 2
                                            << u"--lang needs a language"_s;
}

// The real executable, as a shell would start it: the language comes from --lang,
// else LC_ALL / LC_MESSAGES / LANG, else English.
void TestCli::languageOfMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, environment);
    QFETCH(int, expectedCode);
    QFETCH(QString, expectedOutput);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(STRAJA_CLI_PATH), arguments);
    QVERIFY(cli.waitForFinished(30000));
    const QString output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), expectedCode);
    QVERIFY2(output.contains(expectedOutput), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
