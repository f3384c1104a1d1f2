#include "ui/flags/experimentpanel.h"

#include "core/experiments/verdicttext.h"
#include "ui/flags/conversionchart.h"
#include "ui/flags/experimentmodel.h"
#include "ui/flags/flagtext.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

QString verdictColor(Experiments::VerdictKind kind)
{
    switch (kind) {
    case Experiments::VerdictKind::Winner: return u"#1b7f3b"_s;
    case Experiments::VerdictKind::Loser:
    case Experiments::VerdictKind::SampleRatioMismatch: return u"#b3261e"_s;
    default: return QString();
    }
}

} // namespace

ExperimentPanel::ExperimentPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"experimentPanel"_s);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_experiments = new QComboBox(this);
    m_experiments->setObjectName(u"experimentSelector"_s);
    m_experiments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_import = new QPushButton(this);
    m_import->setObjectName(u"importCounts"_s);
    connect(m_experiments, &QComboBox::currentIndexChanged, this, &ExperimentPanel::showCurrent);
    connect(m_import, &QPushButton::clicked, this, [this] {
        // Counts replace those of an experiment that has none of its own (an
        // Unleash experiment waiting for data) or came from a file; otherwise
        // the file becomes a new experiment.
        const Experiments::ExperimentReportPtr report = m_model->report();
        const bool replace = report
            && (report->definition.source == Experiments::CountsSource::CsvImport || report->history.isEmpty());
        emit importRequested(replace ? report->definition.id : QString());
    });

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(u"experimentVerdict"_s);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_verdict->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"experimentDetail"_s);
    m_detail->setWordWrap(true);
    m_checks = new QLabel(this);
    m_checks->setObjectName(u"experimentChecks"_s);
    m_checks->setWordWrap(true);

    m_model = new ExperimentModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"experimentTable"_s);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setMaximumHeight(140);

    m_proposal = new QLabel(this);
    m_proposal->setObjectName(u"experimentProposal"_s);
    m_proposal->setWordWrap(true);
    m_review = new QPushButton(this);
    m_review->setObjectName(u"reviewProposal"_s);
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (const Flags::RolloutProposal *p = currentProposal())
            emit proposalReviewRequested(*p);
    });

    m_chart = new ConversionChart(this);
    m_chart->setObjectName(u"conversionChart"_s);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_experiments);
    header->addStretch(1);
    header->addWidget(m_import);
    auto *proposalRow = new QHBoxLayout;
    proposalRow->addWidget(m_proposal, 1);
    proposalRow->addWidget(m_review);
    auto *left = new QVBoxLayout;
    left->addWidget(m_verdict);
    left->addWidget(m_detail);
    left->addWidget(m_table);
    left->addWidget(m_checks);
    left->addLayout(proposalRow);
    left->addStretch(1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 2);
    body->addWidget(m_chart, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addLayout(body, 1);
    retranslate();
}

ExperimentPanel::~ExperimentPanel() = default;

void ExperimentPanel::retranslate()
{
    m_title->setText(tr("Experiment:"));
    m_import->setText(tr("Import counts from CSV…"));
    m_import->setToolTip(tr("A file with the columns timestamp, variant, exposures, conversions (one row per "
                            "variant and period)."));
    m_review->setText(tr("Review and approve…"));
    m_model->retranslate();
    m_chart->retranslate();
    showCurrent();
}

QString ExperimentPanel::currentExperimentId() const
{
    return m_experiments->currentData().toString();
}

QString ExperimentPanel::verdictText() const
{
    return m_verdict->text();
}

bool ExperimentPanel::selectExperiment(const QString &experimentId)
{
    const int i = m_experiments->findData(experimentId);
    if (i < 0)
        return false;
    m_experiments->setCurrentIndex(i);
    return true;
}

void ExperimentPanel::setSnapshot(const Flags::FlagsSnapshotPtr &snapshot, const QString &projectId)
{
    m_snapshot = snapshot;
    m_projectId = projectId;
    const QString current = currentExperimentId();
    const QSignalBlocker blocker(m_experiments);
    m_experiments->clear();
    if (snapshot) {
        for (const Experiments::ExperimentReportPtr &e : snapshot->experiments) {
            // Imported experiments belong to no project: show them everywhere.
            if (e->definition.projectId.isEmpty() || e->definition.projectId == projectId)
                m_experiments->addItem(e->definition.name, e->definition.id);
        }
    }
    const int keep = m_experiments->findData(current);
    m_experiments->setCurrentIndex(keep >= 0 ? keep : (m_experiments->count() > 0 ? 0 : -1));
    showCurrent();
}

const Flags::RolloutProposal *ExperimentPanel::currentProposal() const
{
    if (!m_snapshot)
        return nullptr;
    for (const Flags::RolloutProposal &p : m_snapshot->proposals)
        if (p.experimentId == currentExperimentId())
            return &p;
    return nullptr;
}

void ExperimentPanel::showCurrent()
{
    Experiments::ExperimentReportPtr report;
    if (m_snapshot)
        for (const Experiments::ExperimentReportPtr &e : m_snapshot->experiments)
            if (e->definition.id == currentExperimentId())
                report = e;
    m_model->setReport(report);
    m_chart->setReport(report);
    m_import->setEnabled(true);
    if (!report) {
        m_verdict->setText(tr("No experiment in this project. Import counts from a CSV file to analyse one."));
        m_verdict->setStyleSheet(QString());
        m_detail->clear();
        m_checks->clear();
        m_proposal->clear();
        m_review->hide();
        return;
    }
    const QLocale locale;
    m_verdict->setText(Experiments::VerdictText::headline(report->verdict, locale));
    const QString color = verdictColor(report->verdict.kind);
    m_verdict->setStyleSheet(color.isEmpty() ? QString() : u"color: %1"_s.arg(color));
    const Experiments::ExperimentDefinition &d = report->definition;
    QString detail = tr("Flag %1 in %2 · counts: %3").arg(d.flagName.isEmpty() ? tr("(none)") : d.flagName,
                                                          d.environment.isEmpty() ? tr("(none)") : d.environment,
                                                          FlagText::experimentSource(d.source));
    if (report->dataAtMs > 0)
        detail += u" · "_s + tr("data up to %1").arg(locale.toString(
                                  QDateTime::fromMSecsSinceEpoch(report->dataAtMs).toLocalTime(), QLocale::ShortFormat));
    if (const QString problem = m_snapshot->countsProblems.value(d.id); !problem.isEmpty())
        detail += u"\n"_s + tr("Counts could not be read: %1").arg(problem);
    m_detail->setText(detail + u"\n"_s + Experiments::VerdictText::detail(*report, locale));

    QStringList checks;
    if (report->srm.checked)
        checks.append(report->srm.mismatch
                          ? tr("Sample ratio: MISMATCH (chi-square %1, p = %2).")
                                .arg(locale.toString(report->srm.chiSquare, 'f', 1),
                                     locale.toString(report->srm.pValue, 'g', 2))
                          : tr("Sample ratio: as assigned (p = %1).").arg(locale.toString(report->srm.pValue, 'g', 2)));
    const int remainingUsers = int(qMin<qint64>(report->plan.remainingPerVariant, INT_MAX));
    if (report->plan.defined)
        checks.append(report->plan.remainingPerVariant > 0
                          ? tr("Sample size: %Ln more user(s) per variant for the planned size.", nullptr,
                               remainingUsers)
                          : tr("Sample size: planned size reached."));
    m_checks->setText(checks.join(u"  "_s));

    const Flags::RolloutProposal *p = currentProposal();
    m_review->setVisible(p != nullptr);
    if (!p) {
        m_proposal->clear();
        return;
    }
    QString text = p->guardrailsHealthy
        ? tr("Proposal: %1. Guardrails are healthy.").arg(p->change.describe())
        : tr("Proposal held: %1 waits until the guardrails are healthy.").arg(p->change.describe());
    if (p->guardrails.isEmpty())
        text += u' ' + tr("No guardrail services are set for this experiment.");
    for (const Flags::GuardrailReading &g : p->guardrails)
        if (!g.healthy())
            text += u"\n  • "_s + FlagText::guardrail(g, locale);
    m_proposal->setText(text);
    m_review->setEnabled(p->guardrailsHealthy);
}

} // namespace Gui
