#include "ui/report/reportdialog.h"

#include "core/engine/engineapi.h"
#include "ui/dialogs/filedialog.h"
#include "ui/report/reportjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr qint64 kHourMs = 3600'000;

} // namespace

ReportDialog::ReportDialog(Engine::EngineApi *engine, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_workspace(engine ? engine->workspace() : nullptr)
{
    setObjectName(u"reportDialog"_s);
    setWindowModality(Qt::WindowModal);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"reportScope"_s);
    m_scope->addItem(QString(), QString());
    if (m_workspace)
        for (const Model::Project &p : m_workspace->projects)
            m_scope->addItem(p.name, p.id);

    m_period = new QComboBox(this);
    m_period->setObjectName(u"reportPeriod"_s);
    for (qint64 days : {1, 7, 30, 90})
        m_period->addItem(QString(), days * 24 * kHourMs);
    m_period->setCurrentIndex(1);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"reportFormat"_s);
    for (Report::Format f : {Report::Format::Pdf, Report::Format::Html, Report::Format::Csv})
        m_format->addItem(QString(), int(f));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"reportLanguage"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Română"_s, u"ro"_s);
    m_language->setCurrentIndex(language == u"ro" ? 1 : 0);

    m_path = new QLineEdit(this);
    m_path->setObjectName(u"reportPath"_s);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(u"straja-report.pdf"_s));
    m_browse = new QPushButton(this);
    m_browse->setObjectName(u"reportBrowse"_s);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    m_scopeLabel = new QLabel(this);
    m_periodLabel = new QLabel(this);
    m_formatLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_fileLabel = new QLabel(this);
    form->addRow(m_scopeLabel, m_scope);
    form->addRow(m_periodLabel, m_period);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_fileLabel, pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"reportProgress"_s);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setWordWrap(true);

    m_buttons = new QDialogButtonBox(this);
    // Qt has no Romanian for its standard buttons: our own texts, translated.
    m_export = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"reportExport"_s);
    m_close = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_close->setObjectName(u"reportClose"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    connect(m_browse, &QPushButton::clicked, this, &ReportDialog::chooseFile);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::suggestSuffix);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::startExport);
    connect(m_close, &QPushButton::clicked, this, &ReportDialog::reject);
    m_statusText = [] { return tr("Reports are made from the local store only; no source is contacted."); };
    if (!m_engine || m_engine->databasePath().isEmpty()) {
        m_export->setEnabled(false);
        m_statusText = [] { return tr("There is no local store to report from."); };
    }
    retranslateUi();
}

void ReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportDialog::retranslateUi()
{
    setWindowTitle(tr("Export report"));
    m_scope->setItemText(0, tr("Whole workspace"));
    if (m_workspace)
        for (int i = 1; i < m_scope->count() && i - 1 < m_workspace->projects.size(); ++i)
            m_scope->setItemText(i, tr("Project %1").arg(m_workspace->projects.at(i - 1).name));
    m_period->setItemText(0, tr("Last 24 hours"));
    m_period->setItemText(1, tr("Last 7 days"));
    m_period->setItemText(2, tr("Last 30 days"));
    m_period->setItemText(3, tr("Last 90 days"));
    m_format->setItemText(0, tr("PDF document"));
    m_format->setItemText(1, tr("HTML page"));
    m_format->setItemText(2, tr("CSV tables"));
    m_browse->setText(tr("Choose…"));
    m_scopeLabel->setText(tr("Scope:"));
    m_periodLabel->setText(tr("Period:"));
    m_formatLabel->setText(tr("Format:"));
    m_languageLabel->setText(tr("Language:"));
    m_fileLabel->setText(tr("File:"));
    // Qt has no Romanian for its standard buttons: our own texts, translated.
    m_export->setText(tr("Export"));
    m_close->setText(isExporting() ? tr("Cancel") : tr("Close"));
    m_status->setText(m_statusText ? m_statusText() : QString());
}

void ReportDialog::setStatus(std::function<QString()> text)
{
    m_statusText = std::move(text);
    m_status->setText(m_statusText());
}

ReportDialog::~ReportDialog() = default;

Report::ReportRequest ReportDialog::request() const
{
    Report::ReportRequest r;
    r.projectId = m_scope->currentData().toString();
    const qint64 now = m_engine ? m_engine->nowMs() : 0;
    r.toMs = now / 60'000 * 60'000;
    r.fromMs = r.toMs - m_period->currentData().toLongLong();
    r.format = Report::Format(m_format->currentData().toInt());
    r.language = m_language->currentData().toString();
    return r;
}

QString ReportDialog::outputPath() const
{
    return m_path->text().trimmed();
}

QString ReportDialog::statusText() const
{
    return m_status->text();
}

bool ReportDialog::isExporting() const
{
    return m_job && m_job->isRunning();
}

void ReportDialog::suggestSuffix()
{
    const QString suffix = Report::formatId(Report::Format(m_format->currentData().toInt()));
    QFileInfo info(outputPath());
    if (info.fileName().isEmpty())
        return;
    m_path->setText(QDir(info.path()).filePath(info.completeBaseName() + u'.' + suffix));
}

void ReportDialog::chooseFile()
{
    const QString suffix = Report::formatId(Report::Format(m_format->currentData().toInt()));
    QPointer<ReportDialog> self(this);
    FileDialog::chooseFileToSave(this, tr("Export report"), QFileInfo(outputPath()).fileName(),
                                 tr("Reports (*.%1)").arg(suffix), [self](const QString &path) {
                                     if (self && !path.isEmpty())
                                         self->m_path->setText(path);
                                 });
}

void ReportDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_scope), static_cast<QWidget *>(m_period),
                       static_cast<QWidget *>(m_format), static_cast<QWidget *>(m_language),
                       static_cast<QWidget *>(m_path), static_cast<QWidget *>(m_browse),
                       static_cast<QWidget *>(m_export)})
        w->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_close->setText(busy ? tr("Cancel") : tr("Close"));
}

void ReportDialog::startExport()
{
    if (isExporting() || !m_engine || !m_workspace)
        return;
    const QString path = outputPath();
    const QFileInfo info(path);
    if (path.isEmpty() || info.isDir() || !QFileInfo(info.absolutePath()).isDir()) {
        setStatus([] { return tr("Choose a file in an existing folder to write the report to."); });
        return;
    }
    delete m_job;
    m_job = new ReportJob(m_engine->databasePath(), m_workspace, request(), path, this);
    connect(m_job, &ReportJob::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_job, &ReportJob::finished, this, [this, path](const Util::Error &error) {
        onFinished(path, error.code, error.message);
    });
    setBusy(true);
    setStatus([] { return tr("Writing the report…"); });
    m_job->start();
}

void ReportDialog::cancelExport()
{
    if (!isExporting())
        return;
    m_job->cancel();
    setStatus([] { return tr("Cancelling…"); });
}

void ReportDialog::onFinished(const QString &path, const QString &errorCode, const QString &message)
{
    setBusy(false);
    if (errorCode.isEmpty()) {
        setStatus([path] { return tr("Written to %1.").arg(QDir::toNativeSeparators(path)); });
        emit exported(path);
        return;
    }
    if (errorCode == u"report.cancelled")
        setStatus([] { return tr("Cancelled; no file was written."); });
    else
        setStatus([message] { return tr("The report could not be written: %1").arg(message); });
}

void ReportDialog::reject()
{
    // Closing while exporting first cancels; the dialog stays until the job has stopped.
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace Gui
