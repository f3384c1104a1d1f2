#include "ui/business/businessview.h"

#include "core/business/businesscsv.h"
#include "core/business/businessmetrics.h"
#include "core/business/businessservice.h"
#include "core/engine/engineapi.h"
#include "ui/business/kpitablemodel.h"
#include "ui/dialogs/filedialog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;
using Business::Kpi;

namespace Gui {

BusinessView::BusinessView(Engine::EngineApi *engine, Business::BusinessService *service, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_service(service)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_projectLabel = new QLabel(this);
    m_project = new QComboBox(this);
    m_project->setObjectName(u"businessProject"_s);
    m_projectLabel->setBuddy(m_project);
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_import = new QPushButton(this);
    m_import->setObjectName(u"businessImport"_s);
    m_source = new QLabel(this);
    m_source->setObjectName(u"businessSource"_s);
    m_source->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(u"businessMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_projectSources = new QLabel(this);
    m_projectSources->setObjectName(u"businessProjectSources"_s);
    m_projectSources->setWordWrap(true);
    m_queryProblems = new QLabel(this);
    m_queryProblems->setObjectName(u"businessQueryProblems"_s);
    m_queryProblems->setWordWrap(true);
    m_queryProblems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_queryProblems->setStyleSheet(u"color: #b00020;"_s);
    m_queryProblems->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(16);
    header->addWidget(m_projectLabel);
    header->addWidget(m_project);
    header->addWidget(m_source, 1);
    header->addWidget(m_import);

    m_model = new KpiTableModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(KpiTableModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"businessTable"_s);
    m_table->setModel(proxy);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_kpiLabel = new QLabel(this);
    m_kpi = new QComboBox(this);
    m_kpi->setObjectName(u"businessKpi"_s);
    for (int k = 0; k < Business::kKpiCount; ++k)
        m_kpi->addItem(QString(), k);
    m_kpiLabel->setBuddy(m_kpi);
    m_chart = new QChart;
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->setLocalizeNumbers(true);
    m_chart->legend()->hide();
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(u"businessChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(200);
    m_help = new QLabel(this);
    m_help->setObjectName(u"businessHelp"_s);
    m_help->setWordWrap(true);
    m_help->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *kpiRow = new QHBoxLayout;
    kpiRow->addWidget(m_kpiLabel);
    kpiRow->addWidget(m_kpi);
    kpiRow->addStretch(1);
    chartLayout->addLayout(kpiRow);
    chartLayout->addWidget(m_chartView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(chartBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_projectSources);
    layout->addWidget(m_queryProblems);
    layout->addWidget(split, 1);
    layout->addWidget(m_help);

    connect(m_project, &QComboBox::currentIndexChanged, this, &BusinessView::showProject);
    connect(m_kpi, &QComboBox::currentIndexChanged, this, &BusinessView::updateChart);
    connect(m_import, &QPushButton::clicked, this, &BusinessView::chooseAndImport);
    if (m_service) {
        connect(m_service, &Business::BusinessService::reportReady, this, &BusinessView::onReport);
        connect(m_service, &Business::BusinessService::importFailed, this, [this](const Util::Error &error) {
            m_message->setText(error.message);
            m_message->setStyleSheet(u"color: #b00020;"_s);
            m_message->show();
        });
        connect(m_service, &Business::BusinessService::failed, this, [this](const Util::Error &error) {
            m_message->setText(error.message);
            m_message->setStyleSheet(u"color: #b00020;"_s);
            m_message->show();
        });
        connect(m_service, &Business::BusinessService::imported, this, [this](int rows) {
            m_message->setText(tr("Imported %n month(s) of figures.", nullptr, rows));
            m_message->setStyleSheet(QString());
            m_message->show();
        });
        if (m_service->latest())
            onReport(m_service->latest());
    }
    retranslate();
}

BusinessView::~BusinessView() = default;

QString BusinessView::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

QString BusinessView::sourcesText() const
{
    return m_projectSources->text();
}

QString BusinessView::queryProblemsText() const
{
    return m_queryProblems->isVisibleTo(this) ? m_queryProblems->text() : QString();
}

void BusinessView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BusinessView::retranslate()
{
    m_title->setText(tr("Business"));
    m_projectLabel->setText(tr("&Project:"));
    m_import->setText(tr("&Import CSV…"));
    m_kpiLabel->setText(tr("&Trend of:"));
    for (int k = 0; k < Business::kKpiCount; ++k)
        m_kpi->setItemText(k, Business::BusinessMetrics::label(Kpi(k)));
    m_source->setText(m_report ? Business::BusinessMetrics::describe(m_report->dataSource) : QString());
    m_help->setText(tr("CSV columns (header line first, any order): %1. One row per project and month (YYYY-MM); "
                       "amounts with a dot, counts as whole numbers, empty cells for what is not known. A file with "
                       "any bad row is refused whole, with the line of each problem. * = the month's infrastructure "
                       "cost is partial.")
                        .arg(Business::BusinessCsv::columns().join(u", "_s)));
    m_model->retranslate();
    showProject(); // the line naming the months' sources follows the language
    if (m_engine && m_engine->workspace()) {
        for (int i = 0; i < m_project->count(); ++i)
            if (const Model::Project *p = m_engine->workspace()->project(m_project->itemData(i).toString()))
                m_project->setItemText(i, p->name);
    }
    updateChart();
}

void BusinessView::onReport(const Business::BusinessReportPtr &report)
{
    m_report = report;
    const QString current = currentProject();
    {
        const QSignalBlocker block(m_project);
        m_project->clear();
        for (const Business::ProjectKpis &p : report->projects) {
            const Model::Project *project = m_engine && m_engine->workspace() ? m_engine->workspace()->project(p.projectId)
                                                                              : nullptr;
            m_project->addItem(project ? project->name : p.projectId, p.projectId);
        }
        const int again = m_project->findData(current);
        m_project->setCurrentIndex(again >= 0 ? again : 0);
    }
    m_source->setText(Business::BusinessMetrics::describe(report->dataSource));
    showProject();
    emit reportShown();
}

void BusinessView::selectProject(const QString &projectId)
{
    const int i = m_project->findData(projectId);
    if (i >= 0)
        m_project->setCurrentIndex(i);
}

QString BusinessView::currentProject() const
{
    return m_project->currentData().toString();
}

void BusinessView::setKpi(Kpi kpi)
{
    m_kpi->setCurrentIndex(int(kpi));
}

void BusinessView::showProject()
{
    Business::ProjectKpis kpis;
    if (m_report) {
        for (const Business::ProjectKpis &p : m_report->projects)
            if (p.projectId == currentProject())
                kpis = p;
    }
    m_model->setProject(kpis);
    m_projectSources->setText(Business::BusinessMetrics::describeSources(kpis));
    if (kpis.queryProblems.isEmpty()) {
        m_queryProblems->clear();
        m_queryProblems->hide();
    } else {
        m_queryProblems->setText(tr("Business PromQL queries of this project:") + u"\n"_s
                                 + kpis.queryProblems.join(u'\n'));
        m_queryProblems->show();
    }
    updateChart();
}

void BusinessView::updateChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const Kpi kpi = Kpi(m_kpi->currentData().toInt());
    m_chart->setTitle(Business::BusinessMetrics::label(kpi));
    const Business::ProjectKpis &project = m_model->project();
    if (project.months.isEmpty())
        return;
    auto *set = new QBarSet(Business::BusinessMetrics::label(kpi));
    set->setColor(QColor(0x00, 0x72, 0xB2));
    QStringList months;
    double low = 0.0, high = 0.0;
    const double scale = Business::BusinessMetrics::isRatio(kpi) ? 100.0 : 1.0;
    for (const Business::KpiRow &row : project.months) {
        const double v = Business::BusinessMetrics::value(row, kpi).value_or(0.0) * scale;
        set->append(v);
        low = std::min(low, v);
        high = std::max(high, v);
        months.append(QLocale().toString(QDate::fromString(row.month + u"-01"_s, Qt::ISODate), u"MMM yy"_s));
    }
    auto *series = new QBarSeries;
    series->append(set);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    auto *y = new QValueAxis;
    // Large amounts in thousands, so the axis reads "600 k$" rather than "6.0E+05 $".
    const bool thousands = !Business::BusinessMetrics::isRatio(kpi) && std::max(std::abs(low), std::abs(high)) >= 10'000;
    if (thousands) {
        for (int i = 0; i < set->count(); ++i)
            set->replace(i, set->at(i) / 1000.0);
        low /= 1000.0;
        high /= 1000.0;
    }
    y->setRange(low, high > low ? high * 1.1 : low + 1.0);
    y->applyNiceNumbers();
    y->setLabelFormat(Business::BusinessMetrics::isRatio(kpi) ? u"%.2f %%"_s
                                                              : (thousands ? u"%.0f k$"_s : u"%.2f $"_s));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void BusinessView::importFile(const QString &path)
{
    m_message->hide();
    if (m_service)
        m_service->importCsv(path);
}

void BusinessView::chooseAndImport()
{
    FileDialog::chooseFileToOpen(this, tr("Import business figures"), tr("CSV files (*.csv);;All files (*)"),
                                 [this](const QString &path) {
                                     if (!path.isEmpty())
                                         importFile(path);
                                 });
}

} // namespace Gui
