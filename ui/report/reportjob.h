#pragma once

#include "core/model/workspace.h"
#include "core/report/reporttypes.h"
#include "core/util/result.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace Gui {

// One report export from the GUI: gathering and writing run on the thread pool with a
// read-only store connection of their own; only the charts are drawn on the GUI thread
// (by the screens' chart widget). Progress and the outcome arrive as queued signals;
// cancel() stops at the next service or page and leaves no file behind.
class ReportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportJob)
public:
    ReportJob(QString storePath, Model::WorkspacePtr workspace, Report::ReportRequest request, QString outputPath,
              QObject *parent = nullptr);
    ~ReportJob() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // `done` of `total` steps: services gathered, then charts drawn, then the file written.
    void progress(int done, int total);
    // Empty error code: written. "report.cancelled" when cancelled.
    void finished(const Util::Error &error);

private:
    void onGathered(const std::shared_ptr<Util::Result<Report::ReportData>> &gathered);
    void finish(const Util::Error &error);

    QString m_storePath;
    Model::WorkspacePtr m_workspace;
    Report::ReportRequest m_request;
    QString m_outputPath;
    std::shared_ptr<std::atomic_bool> m_cancel;
    int m_services = 0;
    bool m_running = false;
};

} // namespace Gui
