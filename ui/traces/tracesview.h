#pragma once

#include "core/model/workspace.h"
#include "core/traces/tracetree.h"
#include "core/traces/tracetypes.h"
#include "core/util/result.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTableView;

namespace Engine {
class EngineApi;
}
namespace Traces {
class TraceService;
}

namespace Gui {

class TraceListModel;
class WaterfallView;

// The traces tab: the slowest and the failing traces of a service in a time
// window (from a spike in the project view, or picked here), and the chosen one
// as a waterfall with its critical path and the selected span's tags and logs.
// Searches and tree building run off the GUI thread (Traces::TraceService).
class TracesView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TracesView)
public:
    TracesView(Engine::EngineApi *engine, Traces::TraceService *traces, QWidget *parent = nullptr);
    ~TracesView() override;

    void setWorkspace(const Model::WorkspacePtr &workspace);
    // Searches the traces of `serviceId` between the two times (ms since the epoch).
    void showWindow(const QString &serviceId, qint64 fromMs, qint64 toMs);
    // Searches with the filters as they are on screen.
    void search();
    // Shows a trace at hand (its tree is built off the GUI thread).
    void openTrace(const Traces::TracePtr &trace);

    TraceListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    WaterfallView *waterfall() const { return m_waterfall; }
    // The search's outcome, and the open trace's (or why it could not open).
    QString statusText() const;
    QString traceStatusText() const;
    QString serviceId() const;
    qint64 fromMs() const { return m_fromMs; }
    qint64 toMs() const { return m_toMs; }

signals:
    // A search answered (rows are in the model) or failed.
    void searchFinished();
    // A trace's waterfall is on screen.
    void traceShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateSourceLabel();
    void onTracesFound(quint64 requestId, const Traces::TraceListPtr &traces);
    void onTreeReady(quint64 requestId, const Traces::TraceTreePtr &tree);
    void onFailed(quint64 requestId, const Util::Error &error);
    void finishSearchIfDone();
    void onCurrentRowChanged();
    void showSpanDetails(int node);
    void setStatus(const QString &text, bool error = false);
    void setTraceStatus(const QString &text, bool error = false);
    qint64 windowMs() const;

    QPointer<Engine::EngineApi> m_engine;
    QPointer<Traces::TraceService> m_traces;
    Model::WorkspacePtr m_workspace;
    TraceListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QComboBox *m_service = nullptr;
    QLabel *m_operationLabel = nullptr;
    QComboBox *m_operation = nullptr;
    QLabel *m_windowLabel = nullptr;
    QComboBox *m_window = nullptr;
    QLabel *m_minLabel = nullptr;
    QSpinBox *m_minDuration = nullptr;
    QCheckBox *m_errorsOnly = nullptr;
    QPushButton *m_searchButton = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_traceSummary = nullptr;
    QLabel *m_treeWarnings = nullptr;
    WaterfallView *m_waterfall = nullptr;
    QPlainTextEdit *m_details = nullptr;

    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_customWindow = false;
    QSet<quint64> m_searches; // ids still to answer in the current search
    Traces::TraceList m_found;
    QStringList m_searchErrors;
    quint64 m_operationsRequest = 0;
    quint64 m_openRequest = 0;
    QString m_statusText;
};

} // namespace Gui
