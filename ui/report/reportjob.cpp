#include "ui/report/reportjob.h"

#include "core/report/chartrenderer.h"
#include "core/report/reportgatherer.h"
#include "core/report/reporttranslator.h"
#include "core/report/reportwriter.h"
#include "core/store/database.h"
#include "ui/report/reportchartrenderer.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QThread>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

std::atomic<quint64> s_connectionSerial{0};

} // namespace

ReportJob::ReportJob(QString storePath, Model::WorkspacePtr workspace, Report::ReportRequest request,
                     QString outputPath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_workspace(std::move(workspace))
    , m_request(std::move(request))
    , m_outputPath(std::move(outputPath))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    for (const Model::Service &s : m_workspace->services)
        m_services += m_request.projectId.isEmpty() || s.projectId == m_request.projectId ? 1 : 0;
}

// The pool's tasks hold the cancel flag and the inputs by value; a job deleted while
// they run only sets the flag, and their answers go nowhere (QPointer).
ReportJob::~ReportJob()
{
    m_cancel->store(true);
}

void ReportJob::cancel()
{
    m_cancel->store(true);
}

void ReportJob::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_running = true;
    const int total = m_services + 2;
    emit progress(0, total);
    QPointer<ReportJob> self(this);
    const QString storePath = m_storePath;
    const Model::WorkspacePtr workspace = m_workspace;
    const Report::ReportRequest request = m_request;
    const auto cancel = m_cancel;
    QThreadPool::globalInstance()->start([self, storePath, workspace, request, cancel] {
        auto result = std::make_shared<Util::Result<Report::ReportData>>(
            Util::makeError(u"report.store"_s, QString()));
        {
            Store::Database db;
            const QString name = u"straja-report-%1"_s.arg(s_connectionSerial.fetch_add(1));
            if (auto opened = db.open(storePath, name, Store::Database::Mode::ReadOnly); !opened) {
                *result = opened.error();
            } else {
                auto progress = [self](int done, int) {
                    QMetaObject::invokeMethod(self, [self, done] {
                        if (self)
                            emit self->progress(done, self->m_services + 2);
                    }, Qt::QueuedConnection);
                };
                // The operator's own price tables where there are any, as in the cost view.
                Cost::PriceCatalogPtr catalog;
                if (auto loaded = Cost::PriceCatalog::load(Cost::PriceCatalog::defaultOverrideDir()))
                    catalog = std::make_shared<const Cost::PriceCatalog>(std::move(loaded).value());
                *result = Report::ReportGatherer(catalog).gather(db.handle(), *workspace, request, progress, cancel.get());
            }
        }
        QMetaObject::invokeMethod(self, [self, result] {
            if (self)
                self->onGathered(result);
        }, Qt::QueuedConnection);
    });
}

void ReportJob::onGathered(const std::shared_ptr<Util::Result<Report::ReportData>> &gathered)
{
    if (!gathered->ok()) {
        finish(gathered->error());
        return;
    }
    if (m_cancel->load()) {
        finish(Report::ReportGatherer::cancelledError());
        return;
    }
    auto data = std::make_shared<Report::ReportData>(std::move(gathered->value()));
    data->origin = Report::ReportTranslator(m_request.language).storeOrigin(QFileInfo(m_storePath).absoluteFilePath());
    data->generatedAtMs = QDateTime::currentMSecsSinceEpoch();

    // Charts need widgets, so they are drawn here; a few milliseconds each.
    auto charts = std::make_shared<QVector<Report::ChartImage>>();
    if (m_request.format != Report::Format::Csv) {
        const Report::ReportTranslator words(m_request.language, m_request.timeZoneId);
        ReportChartRenderer renderer(words.locale(), words.timeZone());
        *charts = Report::renderCharts(*data, renderer, words);
    }
    emit progress(m_services + 1, m_services + 2);

    QPointer<ReportJob> self(this);
    const QString path = m_outputPath;
    const auto cancel = m_cancel;
    QThreadPool::globalInstance()->start([self, data, charts, path, cancel] {
        const Report::ReportTranslator words(data->request.language, data->request.timeZoneId);
        const auto written = Report::ReportWriter::write(path, *data, *charts, words, cancel.get());
        const Util::Error error = written.ok() ? Util::Error{} : written.error();
        QMetaObject::invokeMethod(self, [self, error] {
            if (self)
                self->finish(error);
        }, Qt::QueuedConnection);
    });
}

void ReportJob::finish(const Util::Error &error)
{
    m_running = false;
    if (error.code.isEmpty())
        emit progress(m_services + 2, m_services + 2);
    emit finished(error);
}

} // namespace Gui
