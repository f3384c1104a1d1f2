// File > Export report… on the real main window and engine (demo fleet): the dialog
// exports in the background with progress, Cancel leaves no file, errors are shown in
// the dialog, and it speaks the report's language choices in English and Romanian.
#include "core/engine/fleetengine.h"
#include "core/sources/demo/demopresets.h"
#include "core/util/clock.h"
#include "ui/i18n/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/report/reportchartrenderer.h"
#include "ui/report/reportdialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kOrigin = 1772712000000LL; // 2026-03-05 12:00 UTC
}

class TestReportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportsFromTheFileMenu_data();
    void exportsFromTheFileMenu();
    void cancelLeavesNoFile();
    void badPathIsExplained();
    void chartAxesInTheReportZone();

private:
    Gui::ReportDialog *openDialog();
    void screenshot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    std::shared_ptr<Util::ManualClock> m_clock;
    std::unique_ptr<Gui::LanguageManager> m_languages;
    std::unique_ptr<Engine::FleetEngine> m_engine;
    std::unique_ptr<Gui::MainWindow> m_window;
};

void TestReportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestReportDialog::init()
{
    // Six simulated hours after the demo's start, so the store holds some history.
    m_clock = std::make_shared<Util::ManualClock>(kOrigin + 6 * 3600'000);
    m_languages = std::make_unique<Gui::LanguageManager>();
    QVERIFY(m_languages->setLanguage(u"en"_s));
    Engine::EngineOptions options;
    options.databasePath =
        m_dir.filePath(u"ws-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.firstStartWorkspace = std::make_shared<const Model::Workspace>(
        *Sources::Demo::DemoPresets::workspace(u"standard"_s, 7, kOrigin));
    options.clock = m_clock;
    options.poller.refreshIntervalMs = 3600 * 1000;
    m_engine = std::make_unique<Engine::FleetEngine>(options);
    m_window = std::make_unique<Gui::MainWindow>(m_engine.get(), m_languages.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy opened(m_engine.get(), &Engine::EngineApi::opened);
    m_engine->start();
    QVERIFY(opened.wait(10000));
}

void TestReportDialog::cleanup()
{
    m_window.reset();
    m_engine.reset();
    m_languages.reset();
}

Gui::ReportDialog *TestReportDialog::openDialog()
{
    QAction *action = m_window->findChild<QAction *>(u"actionExportReport"_s);
    if (!action)
        return nullptr;
    action->trigger();
    auto *dialog = m_window->findChild<Gui::ReportDialog *>(u"reportDialog"_s);
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestReportDialog::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

void TestReportDialog::exportsFromTheFileMenu_data()
{
    QTest::addColumn<QString>("uiLanguage");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("expected");
    QTest::newRow("English UI, CSV") << u"en"_s << u"csv"_s << u"Health summary"_s;
    QTest::newRow("Romanian UI, PDF") << u"ro"_s << u"pdf"_s << u"%PDF-"_s;
}

void TestReportDialog::exportsFromTheFileMenu()
{
    QFETCH(QString, uiLanguage);
    QFETCH(QString, format);
    QFETCH(QString, expected);
    QVERIFY(m_languages->setLanguage(uiLanguage));
    Gui::ReportDialog *dialog = openDialog();
    QVERIFY(dialog);
    // The report's language follows the window's by default.
    QCOMPARE(dialog->request().language, uiLanguage);
    auto *formatBox = dialog->findChild<QComboBox *>(u"reportFormat"_s);
    formatBox->setCurrentIndex(formatBox->findData(format == u"csv" ? int(Report::Format::Csv)
                                                                     : int(Report::Format::Pdf)));
    const QString path = m_dir.filePath(u"export-%1.%2"_s.arg(uiLanguage, format));
    dialog->findChild<QLineEdit *>(u"reportPath"_s)->setText(path);
    auto *scope = dialog->findChild<QComboBox *>(u"reportScope"_s);
    QCOMPARE(scope->count(), 1 + int(m_engine->workspace()->projects.size()));
    screenshot(dialog, u"report-dialog-"_s + uiLanguage);

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reportExport"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    QVERIFY2(QFile::exists(path), qPrintable(dialog->statusText()));
    QVERIFY(dialog->statusText().contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(4096).contains(expected.toUtf8()));
    screenshot(dialog, u"report-dialog-done-"_s + uiLanguage);
}

void TestReportDialog::cancelLeavesNoFile()
{
    Gui::ReportDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QString path = m_dir.filePath(u"cancelled.pdf"_s);
    dialog->findChild<QLineEdit *>(u"reportPath"_s)->setText(path);
    dialog->startExport();
    QVERIFY(dialog->isExporting());
    // Close while exporting means Cancel: the job stops, the dialog stays to say so.
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reportClose"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isExporting(), 60000);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->statusText(), u"Cancelled; no file was written."_s);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({u"cancelled*"_s}).size(), 0);
}

// A report chart in Europe/Bucharest drawn on a machine in UTC (the tests' TZ) is the
// same picture as the machine-zone chart of the same data two hours later: its axis
// reads Bucharest's wall clock.
void TestReportDialog::chartAxesInTheReportZone()
{
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 0);
    constexpr qint64 kHour = 3'600'000;
    const qint64 from = kOrigin - 24 * kHour;
    Report::ChartData chart;
    chart.serviceId = u"api"_s;
    chart.metric = Model::MetricKind::Rps;
    chart.series.key = {u"api"_s, Model::MetricKind::Rps, {}};
    for (int h = 0; h < 24; ++h)
        chart.series.points.append({from + h * kHour, 10.0 + h % 5, 9.0, 15.0});
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const QSize size(600, 220);
    const QImage bucharest = Gui::ReportChartRenderer(locale, QTimeZone("Europe/Bucharest"))
                                 .render(chart, from, kOrigin, u"Requests/s"_s, size);
    Report::ChartData moved = chart;
    for (Store::StoredPoint &p : moved.series.points)
        p.t += 2 * kHour; // UTC+2 in March
    const QImage machine = Gui::ReportChartRenderer(locale, QTimeZone::systemTimeZone())
                               .render(moved, from + 2 * kHour, kOrigin + 2 * kHour, u"Requests/s"_s, size);
    const QImage unmoved = Gui::ReportChartRenderer(locale, QTimeZone::systemTimeZone())
                               .render(chart, from, kOrigin, u"Requests/s"_s, size);
    QVERIFY(!bucharest.isNull());
    QCOMPARE(bucharest, machine);
    QVERIFY(bucharest != unmoved); // the labels differ from the machine zone's
    if (const QString dir = qEnvironmentVariable("STRAJA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        bucharest.save(QDir(dir).filePath(u"report-chart-bucharest.png"_s));
        unmoved.save(QDir(dir).filePath(u"report-chart-utc.png"_s));
    }
}

void TestReportDialog::badPathIsExplained()
{
    Gui::ReportDialog *dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(u"reportPath"_s)->setText(m_dir.filePath(u"no/such/folder/r.pdf"_s));
    dialog->startExport();
    QVERIFY(!dialog->isExporting());
    QCOMPARE(dialog->statusText(), u"Choose a file in an existing folder to write the report to."_s);
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
