#include "ui/traces/tracesview.h"

#include "core/engine/engineapi.h"
#include "core/traces/traceservice.h"
#include "ui/traces/tracelistmodel.h"
#include "ui/traces/waterfallview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

using namespace Qt::StringLiterals;

namespace Gui {

namespace {

constexpr qint64 kMinute = 60'000;
constexpr std::array kWindows = {15 * kMinute, 60 * kMinute, 6 * 60 * kMinute, 24 * 60 * kMinute};
constexpr int kPerSearch = 20; // slowest and failing traces, each

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

TracesView::TracesView(Engine::EngineApi *engine, Traces::TraceService *traces, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_traces(traces)
{
    setObjectName(u"tracesView"_s);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(u"traceSource"_s);

    m_serviceLabel = new QLabel(this);
    m_service = new QComboBox(this);
    m_service->setObjectName(u"traceService"_s);
    m_service->setEditable(true); // a Jaeger service Straja does not know can be typed in
    m_service->setInsertPolicy(QComboBox::NoInsert);
    m_service->setMinimumContentsLength(16);
    m_serviceLabel->setBuddy(m_service);
    m_operationLabel = new QLabel(this);
    m_operation = new QComboBox(this);
    m_operation->setObjectName(u"traceOperation"_s);
    m_operation->setEditable(true);
    m_operation->setInsertPolicy(QComboBox::NoInsert);
    m_operation->setMinimumContentsLength(14);
    m_operationLabel->setBuddy(m_operation);
    m_windowLabel = new QLabel(this);
    m_window = new QComboBox(this);
    m_window->setObjectName(u"traceWindow"_s);
    m_windowLabel->setBuddy(m_window);
    m_minLabel = new QLabel(this);
    m_minDuration = new QSpinBox(this);
    m_minDuration->setObjectName(u"traceMinDuration"_s);
    m_minDuration->setRange(0, 3'600'000);
    m_minDuration->setSingleStep(50);
    m_minLabel->setBuddy(m_minDuration);
    m_errorsOnly = new QCheckBox(this);
    m_errorsOnly->setObjectName(u"traceErrorsOnly"_s);
    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(u"traceSearch"_s);
    m_searchButton->setDefault(true);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_serviceLabel);
    filters->addWidget(m_service);
    filters->addWidget(m_operationLabel);
    filters->addWidget(m_operation);
    filters->addWidget(m_windowLabel);
    filters->addWidget(m_window);
    filters->addWidget(m_minLabel);
    filters->addWidget(m_minDuration);
    filters->addWidget(m_errorsOnly);
    filters->addStretch(1);
    filters->addWidget(m_searchButton);

    m_status = new QLabel(this);
    m_status->setObjectName(u"traceStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new TraceListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TraceListModel::RawRole);
    m_table = new QTableView(this);
    m_table->setObjectName(u"traceTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TraceListModel::Duration, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(TraceListModel::Root, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TraceListModel::Services, QHeaderView::Interactive);
    for (int column : {TraceListModel::Start, TraceListModel::Duration, TraceListModel::Spans, TraceListModel::Errors})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_traceSummary = new QLabel(this);
    m_traceSummary->setObjectName(u"traceSummary"_s);
    m_traceSummary->setWordWrap(true);
    m_traceSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_treeWarnings = new QLabel(this);
    m_treeWarnings->setObjectName(u"traceWarnings"_s);
    m_treeWarnings->setWordWrap(true);
    m_treeWarnings->setStyleSheet(u"color: #8a5300;"_s);
    m_treeWarnings->hide();
    m_waterfall = new WaterfallView(this);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"spanDetails"_s);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    auto *traceArea = new QWidget(this);
    auto *traceLayout = new QVBoxLayout(traceArea);
    traceLayout->setContentsMargins(0, 0, 0, 0);
    traceLayout->addWidget(m_traceSummary);
    traceLayout->addWidget(m_treeWarnings);
    auto *waterfallSplit = new QSplitter(Qt::Horizontal, traceArea);
    waterfallSplit->addWidget(m_waterfall);
    waterfallSplit->addWidget(m_details);
    waterfallSplit->setStretchFactor(0, 3);
    waterfallSplit->setStretchFactor(1, 1);
    traceLayout->addWidget(waterfallSplit, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"tracesSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(traceArea);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_sourceLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_searchButton, &QPushButton::clicked, this, [this] {
        m_customWindow = m_customWindow && m_window->currentIndex() == m_window->count() - 1;
        search();
    });
    connect(m_window, &QComboBox::activated, this, [this](int index) {
        if (index < static_cast<int>(kWindows.size()))
            m_customWindow = false;
    });
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] {
        m_operation->clear();
        m_operation->addItem(tr("All operations"));
        if (m_traces && !serviceId().isEmpty())
            m_operationsRequest = m_traces->fetchOperations(serviceId());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TracesView::onCurrentRowChanged);
    connect(m_waterfall, &WaterfallView::selectionChanged, this, &TracesView::showSpanDetails);
    if (m_traces) {
        connect(m_traces, &Traces::TraceService::tracesFound, this, &TracesView::onTracesFound);
        connect(m_traces, &Traces::TraceService::treeReady, this, &TracesView::onTreeReady);
        connect(m_traces, &Traces::TraceService::failed, this, &TracesView::onFailed);
        connect(m_traces, &Traces::TraceService::operationsFetched, this, [this](quint64 id, const QStringList &names) {
            if (id != m_operationsRequest)
                return;
            const QString current = m_operation->currentText();
            m_operation->clear();
            m_operation->addItem(tr("All operations"));
            m_operation->addItems(names);
            const int keep = m_operation->findText(current);
            m_operation->setCurrentIndex(std::max(0, keep));
        });
    }
    retranslate();
    if (m_engine)
        setWorkspace(m_engine->workspace());
}

TracesView::~TracesView() = default;

void TracesView::setWorkspace(const Model::WorkspacePtr &workspace)
{
    m_workspace = workspace;
    const QString keep = serviceId();
    const QSignalBlocker blocker(m_service);
    m_service->clear();
    if (workspace) {
        for (const Model::Service &s : workspace->services) {
            const Model::Project *project = workspace->project(s.projectId);
            m_service->addItem(project ? project->name + u" › "_s + s.name : s.name, s.id);
        }
    }
    const int index = m_service->findData(keep);
    m_service->setCurrentIndex(index >= 0 ? index : 0);
    m_operation->clear();
    m_operation->addItem(tr("All operations"));
    m_model->clear();
    m_waterfall->clear();
    m_details->clear();
    m_traceSummary->clear();
    m_treeWarnings->hide();
    updateSourceLabel();
}

QString TracesView::serviceId() const
{
    const int index = m_service->currentIndex();
    if (index >= 0 && m_service->itemText(index) == m_service->currentText())
        return m_service->itemData(index).toString();
    return m_service->currentText().trimmed();
}

qint64 TracesView::windowMs() const
{
    const int index = m_window->currentIndex();
    return index >= 0 && index < static_cast<int>(kWindows.size()) ? kWindows.at(index) : kWindows.at(1);
}

void TracesView::showWindow(const QString &serviceId, qint64 fromMs, qint64 toMs)
{
    const int index = m_service->findData(serviceId);
    if (index >= 0)
        m_service->setCurrentIndex(index);
    else
        m_service->setEditText(serviceId);
    m_fromMs = std::min(fromMs, toMs);
    m_toMs = std::max(fromMs, toMs);
    m_customWindow = true;
    retranslate(); // the window combo's last entry names the window
    m_window->setCurrentIndex(m_window->count() - 1);
    search();
}

void TracesView::search()
{
    if (!m_traces)
        return;
    if (!m_customWindow) {
        m_toMs = m_engine ? m_engine->nowMs() : QDateTime::currentMSecsSinceEpoch();
        m_fromMs = m_toMs - windowMs();
    }
    const QString service = serviceId();
    if (service.isEmpty()) {
        setStatus(tr("Pick a service first."), true);
        return;
    }
    Traces::TraceQuery query;
    query.service = service;
    if (m_operation->currentIndex() != 0 || m_operation->currentText() != m_operation->itemText(0))
        query.operation = m_operation->currentText().trimmed();
    query.minDurationUs = static_cast<qint64>(m_minDuration->value()) * 1000;
    query.startUs = m_fromMs * 1000;
    query.endUs = m_toMs * 1000;
    query.limit = kPerSearch;
    m_searches.clear();
    m_found.clear();
    m_searchErrors.clear();
    // The slowest traces, and separately the failing ones: a fast failure would
    // not make it into the slowest twenty.
    query.errorsOnly = m_errorsOnly->isChecked();
    m_searches.insert(m_traces->findTraces(query));
    if (!query.errorsOnly) {
        query.errorsOnly = true;
        m_searches.insert(m_traces->findTraces(query));
    }
    m_searchButton->setEnabled(false);
    setStatus(tr("Searching the traces of %1 from %2 to %3 UTC…").arg(service, timeText(m_fromMs), timeText(m_toMs)));
}

void TracesView::onTracesFound(quint64 requestId, const Traces::TraceListPtr &traces)
{
    if (!m_searches.remove(requestId))
        return;
    if (traces)
        m_found += *traces;
    finishSearchIfDone();
}

void TracesView::onFailed(quint64 requestId, const Util::Error &error)
{
    if (m_searches.remove(requestId)) {
        if (!m_searchErrors.contains(error.message))
            m_searchErrors.append(error.message);
        finishSearchIfDone();
    } else if (requestId == m_openRequest) {
        m_openRequest = 0;
        setTraceStatus(tr("The trace could not be opened: %1").arg(error.message), true);
    }
}

void TracesView::finishSearchIfDone()
{
    if (!m_searches.isEmpty())
        return;
    m_searchButton->setEnabled(true);
    // One row per trace: a slow failure is in both answers.
    Traces::TraceList unique;
    QSet<QString> seen;
    for (const Traces::TracePtr &t : std::as_const(m_found)) {
        if (t && !seen.contains(t->traceId)) {
            seen.insert(t->traceId);
            unique.append(t);
        }
    }
    const int failing = static_cast<int>(std::count_if(unique.cbegin(), unique.cend(), [](const Traces::TracePtr &t) {
        return t->errorCount() > 0;
    }));
    m_model->setTraces(std::move(unique));
    m_found.clear();
    if (!m_searchErrors.isEmpty())
        setStatus(tr("The search failed: %1").arg(m_searchErrors.join(u"; "_s)), true);
    else if (m_model->rowCount() == 0)
        setStatus(tr("No traces of %1 from %2 to %3 UTC match these filters.")
                      .arg(serviceId(), timeText(m_fromMs), timeText(m_toMs)));
    else
        setStatus(tr("%n trace(s) from %1 to %2 UTC, %3 failing; slowest first.", nullptr, m_model->rowCount())
                      .arg(timeText(m_fromMs), timeText(m_toMs))
                      .arg(failing));
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectRow(0);
    emit searchFinished();
}

void TracesView::onCurrentRowChanged()
{
    const QModelIndex index = m_proxy->mapToSource(m_table->currentIndex());
    if (Traces::TracePtr trace = m_model->trace(index.row()))
        openTrace(trace);
}

void TracesView::openTrace(const Traces::TracePtr &trace)
{
    if (!m_traces || !trace)
        return;
    m_openRequest = m_traces->openTrace(trace);
    setTraceStatus(tr("Opening trace %1 (%n span(s))…", nullptr, static_cast<int>(trace->spans.size())).arg(trace->traceId));
}

void TracesView::onTreeReady(quint64 requestId, const Traces::TraceTreePtr &tree)
{
    if (requestId != m_openRequest)
        return;
    m_openRequest = 0;
    m_waterfall->setTree(tree);
    QStringList warnings = tree->warnings();
    warnings += tree->trace().warnings;
    m_treeWarnings->setText(warnings.join(u'\n'));
    m_treeWarnings->setVisible(!warnings.isEmpty());
    setTraceStatus(tr("Trace %1: %n span(s), %2 failing; critical path %3 ms of %4 ms.", nullptr,
                 static_cast<int>(tree->trace().spans.size()))
                  .arg(tree->trace().traceId)
                  .arg(tree->trace().errorCount())
                  .arg(static_cast<double>(tree->criticalPathUs()) / 1000.0, 0, 'f', 1)
                  .arg(static_cast<double>(tree->durationUs()) / 1000.0, 0, 'f', 1));
    emit traceShown();
}

void TracesView::showSpanDetails(int node)
{
    m_details->setPlainText(m_waterfall->spanText(node, WaterfallView::kShownValueChars));
}

void TracesView::setStatus(const QString &text, bool error)
{
    m_statusText = text;
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

QString TracesView::statusText() const
{
    return m_statusText;
}

void TracesView::setTraceStatus(const QString &text, bool error)
{
    m_traceSummary->setText(text);
    m_traceSummary->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

QString TracesView::traceStatusText() const
{
    return m_traceSummary->text();
}

void TracesView::updateSourceLabel()
{
    if (!m_traces) {
        m_sourceLabel->clear();
        return;
    }
    switch (m_traces->backend()) {
    case Traces::TraceService::Backend::Demo: m_sourceLabel->setText(tr("Demo traces (simulated)")); break;
    case Traces::TraceService::Backend::Jaeger: m_sourceLabel->setText(tr("Jaeger: %1").arg(m_traces->sourceName())); break;
    case Traces::TraceService::Backend::None:
        m_sourceLabel->setText(m_traces->configError() ? m_traces->configError()->message
                                                       : tr("No trace source: add a Jaeger source to the workspace."));
        break;
    }
}

void TracesView::retranslate()
{
    m_title->setText(tr("Traces"));
    m_serviceLabel->setText(tr("&Service:"));
    m_operationLabel->setText(tr("&Operation:"));
    m_windowLabel->setText(tr("&Window:"));
    m_minLabel->setText(tr("&Longer than:"));
    m_minDuration->setSuffix(tr(" ms"));
    m_errorsOnly->setText(tr("&Failing only"));
    m_searchButton->setText(tr("Searc&h"));
    if (m_operation->count() > 0)
        m_operation->setItemText(0, tr("All operations"));
    const int windowIndex = m_window->currentIndex();
    m_window->clear();
    m_window->addItem(tr("Last 15 minutes"));
    m_window->addItem(tr("Last hour"));
    m_window->addItem(tr("Last 6 hours"));
    m_window->addItem(tr("Last 24 hours"));
    if (m_customWindow)
        m_window->addItem(tr("%1 – %2 UTC").arg(timeText(m_fromMs), timeText(m_toMs)));
    m_window->setCurrentIndex(windowIndex >= 0 && windowIndex < m_window->count() ? windowIndex : 1);
    m_model->retranslate();
    updateSourceLabel();
}

void TracesView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Gui
